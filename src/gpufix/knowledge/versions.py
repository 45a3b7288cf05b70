"""Small parsers for the version-like strings the knowledge base compares.

Every comparison goes through packaging.version (12.10 > 12.9; 535.104.05 > 535.54.03);
nothing here compares floats or plain strings.
"""
from __future__ import annotations

import functools
from typing import NamedTuple

from packaging.version import InvalidVersion, Version

from gpufix import linear_re as re  # linear time on text gpufix did not write

_VARIANT = re.compile(r"^cu(\d{2,3})$")
_ARCH = re.compile(r"^(sm|compute)_(\d+)([af]?)$")


def parse(text: object) -> Version | None:
    """A Version, or None for anything packaging cannot read (never raises)."""
    if text is None:
        return None
    return _parse(str(text).strip())


@functools.lru_cache(maxsize=4096)  # the recommender compares the same few hundred strings ~100k times a run
def _parse(text: str) -> Version | None:
    try:
        return Version(text)
    except InvalidVersion:
        return None


def public(text: object) -> str | None:
    """'2.4.1+cu121' -> '2.4.1' (the version without its local suffix)."""
    v = parse(text)
    return v.public if v is not None else None


def local(text: object) -> str | None:
    """'2.4.1+cu121' -> 'cu121'; None when there is no local suffix."""
    v = parse(text)
    return v.local if v is not None else None


def major_minor(text: object) -> Version | None:
    """'12.6.3' -> Version('12.6')."""
    v = parse(text)
    if v is None:
        return None
    rel = v.release + (0,)
    return parse(f"{rel[0]}.{rel[1]}")


@functools.lru_cache(maxsize=256)  # a few dozen variant names, read ~40k times a run
def variant_cuda(variant: str) -> str | None:
    """'cu126' -> '12.6', 'cu92' -> '9.2', 'cu110' -> '11.0'; None for cpu/rocm/garbage."""
    m = _VARIANT.match(variant or "")
    if not m:
        return None
    digits = m.group(1)
    return f"{int(digits[:-1])}.{digits[-1]}"


def cuda_variant(cuda: object) -> str | None:
    """'12.6' (or '12.6.3') -> 'cu126'."""
    v = major_minor(cuda)
    if v is None:
        return None
    return f"cu{v.release[0]}{v.release[1]}"


def is_cuda_variant(variant: str | None) -> bool:
    return bool(variant) and _VARIANT.match(variant) is not None


class Arch(NamedTuple):
    """One entry of an arch list: 'sm_86' (cubin) or 'compute_90' (PTX)."""

    kind: str  # sm | compute
    major: int
    minor: int
    suffix: str  # '' | 'a' (this exact CC only) | 'f' (family)

    @property
    def cc(self) -> Version:
        return parse(f"{self.major}.{self.minor}")  # type: ignore[return-value]  # always valid


def parse_arch(text: str) -> Arch | None:
    """'sm_120' -> Arch('sm', 12, 0, ''); the last digit is the minor (sm_103 = CC 10.3)."""
    return _parse_arch(str(text).strip().lower())


@functools.lru_cache(maxsize=1024)  # a few dozen arch names, read ~50k times a run
def _parse_arch(text: str) -> Arch | None:
    m = _ARCH.match(text)
    if not m or len(m.group(2)) < 2:
        return None
    digits = m.group(2)
    return Arch(m.group(1), int(digits[:-1]), int(digits[-1]), m.group(3))


def cc_to_sm(cc: object) -> str | None:
    """Compute capability '8.6' -> 'sm_86', '12.0' -> 'sm_120'."""
    v = parse(cc)
    if v is None or len(v.release) < 2:
        return None
    return f"sm_{v.release[0]}{v.release[1]}"


def sm_to_cc(sm: str) -> str | None:
    a = parse_arch(sm)
    return f"{a.major}.{a.minor}" if a else None


def found_version_cuda(found: object) -> str | None:
    """PyTorch's 'found version 11040' -> '11.4' (1000*major + 10*minor)."""
    try:
        n = int(str(found).strip())
    except (TypeError, ValueError):
        return None
    if n < 1000:
        return None
    return f"{n // 1000}.{(n % 1000) // 10}"
