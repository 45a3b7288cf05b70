"""Node names in hostlist notation (`gpu[01-04,07]`), through python-hostlist (GPL-2.0-or-later).

The one module that imports `hostlist`, so the dependency can be swapped in one place.
"""
from __future__ import annotations

from typing import Iterable

import hostlist


def compress(names: Iterable[str]) -> str:
    """`gpu01,gpu02,gpu03,gpu07` -> `gpu[01-03,07]`; '' for no names."""
    return hostlist.collect_hostlist(list(names))


def expand(expression: str) -> list[str]:
    """`gpu[01-03]` -> [gpu01, gpu02, gpu03]; ValueError on a malformed expression."""
    try:
        return hostlist.expand_hostlist(expression)
    except hostlist.BadHostlist as e:
        raise ValueError(f"not a hostlist: {expression!r} ({e})") from e


def sort_names(names: Iterable[str]) -> list[str]:
    """Numeric order: gpu2 before gpu10."""
    return hostlist.numerically_sorted(list(names))
