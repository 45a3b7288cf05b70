"""Which package index pip is using, and whether it can serve CUDA torch wheels for this OS.

PyPI's torch is a CUDA build on Linux x86_64 but CPU-only on Windows and macOS, and a PyPI
mirror (TUNA, Aliyun pypi/simple...) serves exactly what PyPI has; CUDA wheels on Windows need
download.pytorch.org/whl/cuXXX or a mirror of it (install_channels.yaml; mirrors.yaml).
"""
from __future__ import annotations

from typing import NamedTuple
from urllib.parse import urlsplit

from gpufix.knowledge import tables
from gpufix.knowledge import versions as V


class IndexInfo(NamedTuple):
    kind: str  # pypi | pypi-mirror | pytorch | pytorch-mirror | other
    variant: str | None  # cu126 / cpu for a wheel index
    cuda_wheels: bool | None  # can it serve CUDA torch wheels for this OS?
    mirror: tables.Mirror | None


def classify(url: str, os_name: str | None, os_arch: str | None, mirror_name: str | None = None) -> IndexInfo:
    """What kind of index a pip index URL is, and whether it can serve CUDA torch wheels here.

    mirror_name: the `pip.mirror` fact, when the probe recognised the URL as a mirror that
    mirrors.yaml does not list.
    """
    host = tables.url_host(url)
    try:
        path = urlsplit(url.strip()).path.rstrip("/")
    except ValueError:
        path = ""
    variant = _variant_in(path)
    official = tables.mirrors_meta().get("official") or {}
    mirror = tables.mirror_for_url(url)
    pypi_cuda = _pypi_has_cuda(os_name, os_arch)
    if host in official.get("pytorch_hosts", ()):
        return IndexInfo("pytorch", variant, _variant_has_cuda(variant), None)
    if host in official.get("pypi_hosts", ()):
        return IndexInfo("pypi", None, pypi_cuda, None)
    if mirror is not None or mirror_name:
        if "pytorch" in path.lower() and variant is not None:
            return IndexInfo("pytorch-mirror", variant, _variant_has_cuda(variant), mirror)
        if "pypi" in path.lower() or "simple" in path.lower():
            return IndexInfo("pypi-mirror", None, pypi_cuda, mirror)
    return IndexInfo("other", variant, None, mirror)


def _variant_in(path: str) -> str | None:
    for part in reversed([p for p in path.lower().split("/") if p]):
        if part == "cpu" or V.is_cuda_variant(part) or part.startswith("rocm"):
            return part
    return None


def _variant_has_cuda(variant: str | None) -> bool | None:
    if variant is None:
        return None  # e.g. download.pytorch.org/whl: every variant, chosen by local version
    return V.is_cuda_variant(variant)


def _pypi_has_cuda(os_name: str | None, os_arch: str | None) -> bool | None:
    """PyPI torch: a CUDA build on Linux x86_64, CPU-only on Windows and macOS."""
    if os_name in tables.torch_meta().get("pypi_cpu_only_on", ()):
        return False
    if os_name == "linux" and os_arch == "x86_64":
        return True
    return None  # Linux aarch64 varies by release; unknown OS
