"""The probes gpufix runs, in one explicit list (cheap sources first)."""
from __future__ import annotations

from gpufix.probes import nvcc
from gpufix.probes.base import Probe

ALL_PROBES: tuple[Probe, ...] = tuple(sorted((
    nvcc.PROBE,
), key=lambda p: p.order))


def probe_by_name(name: str) -> Probe | None:
    return next((p for p in ALL_PROBES if p.name == name), None)
