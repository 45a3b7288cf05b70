"""Footer key descriptions in the user's language.

Textual reads descriptions from class-level BINDINGS; gpufix writes them as ui_strings keys
(``key.quit``) and swaps in the translation per instance.
"""
from __future__ import annotations

import dataclasses

from textual.dom import DOMNode

from gpufix.ui_strings import t


def localize_bindings(node: DOMNode, lang: str) -> None:
    bindings = node._bindings  # noqa: SLF001 - the per-instance copy Textual made in __init__
    for key, items in bindings.key_to_bindings.items():
        bindings.key_to_bindings[key] = [
            dataclasses.replace(b, description=t(b.description, lang)) if b.description.startswith("key.") else b
            for b in items
        ]
