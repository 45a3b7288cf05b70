"""How a step's checks (`verify:` in the rules) read to the user.

The rules name checks by their machine names (`cuda-alloc`, `mnist`, `reprobe:driver.version`);
those are ids, not text, and must never be shown as they are ("check afterwards:
reprobe:driver.version" told a user nothing). The report, the TUI and the remedy lint all
render them through `verify_label`.
"""
from __future__ import annotations

from typing import Sequence

_CHECKS: dict[str, dict[str, str]] = {
    "cuda-alloc": {"en": "allocate a tensor on the GPU", "zh": "在 GPU 上分配一个张量"},
    "mnist": {"en": "train a few MNIST steps", "zh": "训练几步 MNIST"},
    "rerun": {"en": "run the program that failed again and read its new output",
              "zh": "重新运行出错的程序并读取它的新输出"},
}

# What re-reading a fact checks, in words. A fact not listed here falls back to its area's
# wording below, so a new `reprobe:` in a rule still reads as text, if a vaguer one.
_FACTS: dict[str, dict[str, str]] = {
    "driver.version": {"en": "read the NVIDIA driver version again", "zh": "重新读取 NVIDIA 驱动版本"},
    "numpy.version": {"en": "read the NumPy version again", "zh": "重新读取 NumPy 版本"},
    "nvcc.version": {"en": "read the CUDA Toolkit (nvcc) version again", "zh": "重新读取 CUDA Toolkit（nvcc）版本"},
    "env.CUDA_HOME": {"en": "read CUDA_HOME again", "zh": "重新读取 CUDA_HOME"},
    "pip.python": {"en": "check which Python pip installs into", "zh": "检查 pip 安装到哪个 Python"},
    "python.version": {"en": "read the Python version again", "zh": "重新读取 Python 版本"},
    "torch.build": {"en": "check whether torch is a CPU or a CUDA build", "zh": "检查 torch 是 CPU 版还是 CUDA 版"},
    "torch.install_count": {"en": "count the torch installs Python can see", "zh": "统计 Python 能看到的 torch 安装数"},
    "torch.location": {"en": "check where torch is imported from", "zh": "检查 torch 从哪里导入"},
    "torch.mps_available": {"en": "check that torch can use MPS", "zh": "检查 torch 能否使用 MPS"},
    "torch.version": {"en": "read the torch version again", "zh": "重新读取 torch 版本"},
    "torchvision.version": {"en": "check that torchvision imports", "zh": "检查 torchvision 能否导入"},
    "torchaudio.version": {"en": "check that torchaudio imports", "zh": "检查 torchaudio 能否导入"},
}

_AREAS: dict[str, dict[str, str]] = {
    "gpu": {"en": "check the GPU and driver again", "zh": "重新检查 GPU 与驱动"},
    "cuda": {"en": "check the CUDA runtime again", "zh": "重新检查 CUDA 运行时"},
    "torch": {"en": "check torch again", "zh": "重新检查 torch"},
    "python": {"en": "check the Python environment again", "zh": "重新检查 Python 环境"},
    "packages": {"en": "check the installed packages again", "zh": "重新检查相关包"},
}
_FALLBACK = {"en": "check this setup again", "zh": "重新检查当前环境"}
_SEP = {"en": "; ", "zh": "；"}


def _pick(table: dict[str, str], lang: str) -> str:
    return table.get(lang) or table["en"]


def verify_label(check: str, lang: str = "en") -> str:
    """One check in words: `reprobe:driver.version` -> "read the NVIDIA driver version again"."""
    if check in _CHECKS:
        return _pick(_CHECKS[check], lang)
    if check.startswith("reprobe:"):
        fact = check[len("reprobe:"):]
        if fact in _FACTS:
            return _pick(_FACTS[fact], lang)
        # lazy: the catalog is only needed for a fact without its own wording
        from gpufix.fact_catalog import area_of
        return _pick(_AREAS.get(area_of(fact) or "", _FALLBACK), lang)
    return _pick(_FALLBACK, lang)


def verify_labels(checks: Sequence[str], lang: str = "en") -> str:
    """Several checks in words, joined for one line."""
    return _pick(_SEP, lang).join(verify_label(c, lang) for c in checks)


__all__ = ["verify_label", "verify_labels"]
