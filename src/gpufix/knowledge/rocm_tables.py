"""The ROCm table (rules/knowledge/rocm.yaml), loaded once and read through small typed views.

Kept apart from gpufix.knowledge.tables (the CUDA/torch tables): its own file, its own loader,
its own rows. Versions compare with packaging.version; a release the table lacks is unknown.
"""
from __future__ import annotations

import functools
import re
from typing import Any

from packaging.version import Version

from gpufix.errors import GpufixError
from gpufix.knowledge import versions as V
from gpufix.probes.rocm import gfx_from_target_version, gfx_from_version  # noqa: F401 - one gfx naming
from gpufix.records import record

FILE = "rocm.yaml"
INDEX_URL = "https://download.pytorch.org/whl/{variant}"
_VARIANT = re.compile(r"^rocm(\d+(?:\.\d+){1,2})$")
_GFX = re.compile(r"^gfx[0-9a-f]{3,4}$")


class RocmTableError(GpufixError):
    """rocm.yaml is missing or malformed (a packaging bug, or a table edited in a checkout): one line, exit 2."""


@functools.lru_cache(maxsize=1)
def load() -> dict[str, Any]:
    """The parsed rocm.yaml (cached: read-only data)."""
    from gpufix.knowledge.tables import TableError, read_table  # lazy: start-up (only when ROCm facts exist)
    try:
        return read_table(FILE)
    except TableError as e:
        raise RocmTableError(str(e)) from e


def as_of() -> str:
    return str(load().get("as_of", ""))


def variant_version(variant: object) -> Version | None:
    """'rocm6.2.4' -> Version('6.2.4'); None for anything that is not a ROCm variant."""
    m = _VARIANT.match(str(variant or "").strip().lower())
    return V.parse(m.group(1)) if m else None


def is_gfx(text: object) -> bool:
    return bool(_GFX.match(str(text or "")))


@record(frozen=True)
class TorchRocm:
    """The ROCm builds of one torch release."""

    torch: Version  # the release, major.minor
    listed: tuple[str, ...]  # rocm variants
    sources: tuple[str, ...]


def torch_rows() -> list[TorchRocm]:
    """Releases newest first."""
    rows = [TorchRocm(Version(str(r["torch"])), tuple(r["listed"]), tuple(r.get("sources", ())))
            for r in load().get("torch_rocm", [])]
    return sorted(rows, key=lambda r: r.torch, reverse=True)


def variants_for(torch: object) -> tuple[str, ...] | None:
    """The ROCm variants the table lists for a torch version ('2.5.1' -> rocm6.1, rocm6.2); None if unknown."""
    mm = V.major_minor(V.public(torch))
    row = next((r for r in torch_rows() if r.torch == mm), None)
    return row.listed if row else None


def amd_gfx(rocm: object) -> tuple[str, ...] | None:
    """The gfx targets AMD's matrix lists for a ROCm release (by major.minor); None if the table lacks it."""
    mm = V.major_minor(rocm)
    for r in load().get("rocm_gfx", []):
        if V.parse(str(r["rocm"])) == mm:
            return tuple(r["gfx"])
    return None


def wheel_gfx(variant: str) -> tuple[str, ...] | None:
    """The gfx targets a torch ROCm variant's wheels carry, where a source shows them."""
    for r in load().get("wheel_gfx", []):
        if r["variant"] == variant:
            return tuple(r["gfx"])
    return None


def userspace_for(rocm: object) -> tuple[Version, ...] | None:
    """The user-space releases AMD tested with the kernel driver of this ROCm release; None if unlisted."""
    mm = V.major_minor(rocm)
    for r in load().get("kmd_userspace", []):
        if V.parse(str(r["rocm"])) == mm:
            return tuple(v for v in (V.parse(str(u)) for u in r["userspace"]) if v is not None)
    return None


def override_for(gfx: str) -> tuple[str, str] | None:
    """(HSA_OVERRIDE_GFX_VERSION value, the target it stands for) for an unsupported consumer gfx."""
    for r in load().get("overrides", []):
        if gfx.startswith(str(r["family"])) and gfx != r["target"]:
            return str(r["value"]), str(r["target"])
    return None


def _name_key(name: str) -> str:
    """'AMD Radeon(TM) RX 6700 XT' -> 'RX6700XT', 'Radeon 8060S Graphics' -> '8060S': the product name without brand
    words, case or spaces."""
    key = str(name).upper().replace("(TM)", "").replace("AMD", "").replace("RADEON", "").replace("GRAPHICS", "")
    return "".join(key.split())


@functools.lru_cache(maxsize=1)
def _names() -> tuple[tuple[str, str], ...]:
    """(name key, gfx), longest key first: "RX7900XTX" is tried before "RX7900XT"."""
    rows = [(_name_key(n), str(r["gfx"])) for r in load().get("gpu_names", []) for n in r.get("names", [])]
    return tuple(sorted(rows, key=lambda kv: -len(kv[0])))


def gfx_for_name(name: object) -> str | None:
    """The gfx target of an AMD GPU product name ('Radeon RX 6700 XT' -> 'gfx1031'); None if the table lacks it.
    The whole name must be a listed product (after dropping brand words), so 'RX 6700 XT' is not read as 'RX 6700'."""
    key = _name_key(str(name or ""))
    return next((gfx for k, gfx in _names() if k == key), None)


def index_url(variant: str) -> str:
    return INDEX_URL.format(variant=variant)
