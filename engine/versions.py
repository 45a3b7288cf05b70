"""Versions as sortable integers, so durable-rules can compare them (12.10 > 12.9).

durable-rules compares numbers, not versions, and a float would put 12.10 below 12.9. A
version is parsed with packaging.version and encoded as one 64-bit integer:

    release a.b.c.d (each part < 10000, missing parts 0)  -> a*10^12 + b*10^8 + c*10^4 + d
    then x100 + a phase for what follows the release       -> dev 0-9 < a 10-29 < b 30-49
                                                              < rc 50-69 < final 70 < post 71-99

so ordering of the integers is packaging's ordering. Limits (documented in docs/rules.md):
the epoch must be 0, parts after the fourth must be 0, pre/post/dev numbers above the
slot are clamped (2.6.0.dev20241112 sorts with the other dev builds of 2.6.0), and the
local part (+cu121) is ignored. Rule literals must encode exactly (the linter checks).
"""
from __future__ import annotations

from typing import Any

from packaging.version import InvalidVersion, Version

_PART = 10_000
_PHASE_FINAL = 70
_PRE_BASE = {"a": 10, "b": 30, "rc": 50}
_PRE_SLOT, _DEV_SLOT, _POST_SLOT = 19, 9, 28


def parse_version(text: Any) -> Version | None:
    if isinstance(text, bool) or text is None:
        return None
    try:
        return Version(str(text).strip())
    except InvalidVersion:
        return None


def encode_version(text: Any) -> int | None:
    """The sortable integer for a version, or None when it is not a version we can encode."""
    v = parse_version(text)
    if v is None or v.epoch:
        return None
    release = v.release
    if any(part >= _PART for part in release) or any(release[4:]):
        return None
    number = 0
    for part in (tuple(release) + (0, 0, 0, 0))[:4]:
        number = number * _PART + part
    return number * 100 + _phase(v)


def _phase(v: Version) -> int:
    if v.pre is not None:
        kind, n = v.pre
        return _PRE_BASE[kind] + min(n, _PRE_SLOT)
    if v.post is not None:
        return _PHASE_FINAL + 1 + min(v.post, _POST_SLOT)
    if v.dev is not None:
        return min(v.dev, _DEV_SLOT)
    return _PHASE_FINAL


def encodes_exactly(text: Any) -> bool:
    """True when the integer keeps everything packaging would compare (for rule literals)."""
    v = parse_version(text)
    if v is None or encode_version(text) is None:
        return False
    if v.local is not None:
        return False
    if v.pre is not None and (v.pre[1] > _PRE_SLOT or v.dev is not None or v.post is not None):
        return False
    if v.post is not None and (v.post > _POST_SLOT or v.dev is not None):
        return False
    return not (v.dev is not None and v.dev > _DEV_SLOT)
