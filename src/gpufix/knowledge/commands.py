"""Install commands for a recommendation: argument lists, always through the target interpreter.

pip runs as `<python> -m pip` (a bare `pip` may belong to another interpreter), uv as
`uv pip install --python <python>`, conda into the target env's prefix. Nothing here runs them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from gpufix.knowledge import index, tables
from gpufix.knowledge import versions as V
from gpufix.knowledge.machine import Machine

if TYPE_CHECKING:
    from gpufix.knowledge.recommend import Recommendation


def index_url(patch: tables.Patch, variant: str) -> str:
    """The PyTorch wheel index of one variant (the 1.8 LTS has its own)."""
    if patch.index:
        return patch.index.format(variant=variant)
    return f"{tables.torch_meta()['wheel_index']}/{variant}"


def _pins(rec: Recommendation, suffix: str | None) -> list[str]:
    tag = f"+{suffix}" if suffix else ""
    pins = [f"torch=={rec.torch}{tag}"]
    if rec.torchvision:
        pins.append(f"torchvision=={rec.torchvision}{tag}")
    if rec.torchaudio:
        pins.append(f"torchaudio=={rec.torchaudio}{tag}")
    return pins


def fill(m: Machine, rec: Recommendation) -> None:
    """pip, uv, conda and mirror commands for rec, always through the target interpreter."""
    rel = tables.release_for(rec.torch) if rec.torch else None
    if rel is None:
        return
    exe = m.python_executable
    variant = rec.build
    if rec.kind == "mps" or (m.os_name == "macos"):
        pins = _pins(rec, None)
        index_args: list[str] = []
    elif rel.install == "find-links":
        plain = variant == rel.pypi_linux and m.os_name == "linux"
        pins = _pins(rec, None if plain else variant)
        index_args = [] if plain else ["-f", tables.torch_meta()["find_links_page"]]
        rec.index_url = None if plain else tables.torch_meta()["find_links_page"]
    elif rel.install == "extra-index-url":
        pins = _pins(rec, variant)
        index_args = ["--extra-index-url", rec.index_url]
    else:
        pins = _pins(rec, None)
        index_args = ["--index-url", rec.index_url]
    if exe:
        rec.pip_command = [exe, "-m", "pip", "install", *pins, *index_args]
        rec.uv_command = ["uv", "pip", "install", "--python", exe, *pins, *index_args]
    else:
        rec.notes.append("Target interpreter unknown: no command given (run gpufix with --python PATH).")
    rec.conda_command = _conda_command(m, rec)
    _mirror_command(m, rec)


def _conda_command(m: Machine, rec: Recommendation) -> list[str] | None:
    if m.python_env != "conda":
        return None
    cf = tables.torch_meta()["conda_forge"]
    target = ["-p", m.conda_prefix or m.python_prefix] if (m.conda_prefix or m.python_prefix) else []
    if rec.kind == "cuda":
        cuda = V.variant_cuda(rec.build or "")
        return ["conda", "install", *target, "-c", cf["channel"], cf["gpu_package"], "torchvision",
                f"{cf['cuda_pin_package']}={cuda}"]
    if rec.kind == "cpu" and m.os_name != "macos":
        return ["conda", "install", *target, "-c", cf["channel"], cf["cpu_package"], "torchvision"]
    if rec.kind in ("cpu", "mps"):
        return ["conda", "install", *target, "-c", cf["channel"], "pytorch", "torchvision"]
    return None


def _mirror_command(m: Machine, rec: Recommendation) -> None:
    """A variant of the pip command through a China mirror, when the user's pip uses a mirror."""
    user = tables.mirror_named(m.pip_mirror) or tables.mirror_for_url(m.pip_index_url)
    if (user is None and not m.pip_mirror) or not m.python_executable or rec.torch is None:
        return
    info = index.classify(m.pip_index_url or "", m.os_name, m.os_arch, m.pip_mirror)
    pypi = m.pip_index_url if info.kind == "pypi-mirror" else (user.pypi if user else None)
    if rec.kind == "mps" or m.os_name == "macos":
        if pypi:  # macOS wheels are plain PyPI wheels: the PyPI mirror has them
            rec.mirror, rec.mirror_index_url = (user.name if user else m.pip_mirror), pypi
            rec.mirror_pip_command = [m.python_executable, "-m", "pip", "install", *_pins(rec, None), "-i", pypi]
        return
    # The user's own mirror when its wheel mirror is well sourced, else the best-sourced one.
    wheels = user if user and user.wheels and not user.wheels_uncertain else \
        tables.mirror_named(tables.mirrors_meta().get("default_wheel_mirror"))
    if wheels is None or rec.build is None:
        return
    url = wheels.wheel_url(rec.build)
    rec.mirror, rec.mirror_index_url = wheels.name, url
    if wheels.wheels_style == "find-links":
        # A flat page of wheel files: pin the local version so pip takes the mirror's build,
        # and keep a PyPI mirror for the dependencies.
        args = ["-f", url] + (["-i", pypi or wheels.pypi] if (pypi or wheels.pypi) else [])
        rec.mirror_pip_command = [m.python_executable, "-m", "pip", "install", *_pins(rec, rec.build), *args]
    else:
        rec.mirror_pip_command = [m.python_executable, "-m", "pip", "install", *_pins(rec, None), "--index-url", url]
    note = f"Mirror: {wheels.label} mirrors download.pytorch.org/whl/{rec.build}"
    if wheels.wheels_uncertain:
        note += " (weakly sourced; fall back to the official index if it fails)"
    rec.notes.append(note + ".")
