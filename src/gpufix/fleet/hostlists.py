"""Node names in hostlist notation (`gpu[01-04,07]`), through python-hostlist (GPL-2.0-or-later).

The one module that imports `hostlist`, so the dependency can be swapped in one place.
"""
from __future__ import annotations

from typing import Iterable

import re

import hostlist

_UNSAFE = re.compile(r"[\[\],\s]")

def compress(names: Iterable[str]) -> str:
    """`gpu01,gpu02,gpu03,gpu07` -> `gpu[01-03,07]`; '' for no names.

    A name the notation cannot hold (a label with a comma, a bracket or a space: labels are
    data) is listed as it is after the others, never an error.
    """
    plain, odd = [], []
    for n in names:
        (odd if _UNSAFE.search(n) or not n else plain).append(n)
    text = hostlist.collect_hostlist(plain) if plain else ""
    return ",".join([text, *sorted(set(odd))] if text else sorted(set(odd)))


def expand(expression: str) -> list[str]:
    """`gpu[01-03]` -> [gpu01, gpu02, gpu03]; ValueError on a malformed expression."""
    try:
        return hostlist.expand_hostlist(expression)
    except hostlist.BadHostlist as e:
        raise ValueError(f"not a hostlist: {expression!r} ({e})") from e


def sort_names(names: Iterable[str]) -> list[str]:
    """Numeric order: gpu2 before gpu10."""
    return hostlist.numerically_sorted(list(names))
