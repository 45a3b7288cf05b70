"""The probes gpufix runs, in one explicit list (cheap sources first).

Which probe wins when two state the same fact is the fact catalog's `precedence` for that
fact (NVML over nvidia-smi for the driver and GPU facts), not this order; each probe's name
is a producer in gpufix.fact_catalog.PRODUCERS (tests/core/test_fact_catalog.py checks).
"""
from __future__ import annotations

from gpufix.probes import (environment, index_check, installer_config, nvcc, nvidia_smi, nvml, path_python, pci,
                           platform_info, proc_driver, python_env, rocm, torch_runtime, torch_static)
from gpufix.probes.base import PHASES, Probe

ALL_PROBES: tuple[Probe, ...] = tuple(sorted((
    platform_info.PROBE,     # 5   in-process, instant
    environment.PROBE,       # 6   in-process, instant
    pci.PROBE,               # 7   /sys/bus/pci files (+ lspci); PowerShell / system_profiler elsewhere
    installer_config.PROBE,  # 8   a few small files
    path_python.PROBE,       # 9   in-process PATH scan
    python_env.PROBE,        # 20  one fast subprocess (no imports)
    torch_static.PROBE,      # 21  one fast subprocess: torch's files, never `import torch`
    nvidia_smi.PROBE,        # 30  subprocess, up to 30 s without persistence mode
    nvcc.PROBE,              # 30  subprocess
    proc_driver.PROBE,       # 31  one /proc file
    nvml.PROBE,              # 32  NVML in-process
    rocm.PROBE,              # 33  AMD: rocminfo, rocm-smi, amd-smi, /opt/rocm, /sys/class/kfd
    torch_runtime.PROBE,     # 90  imports torch in the target interpreter: the long pole
), key=lambda p: p.order))


# Probes that use the network: they run only when asked (`gpufix --online`, the TUI's index step).
ONLINE_PROBES: tuple[Probe, ...] = (index_check.PROBE,)


def probes_in(phases: tuple[str, ...] | list[str] = PHASES, online: bool = False) -> tuple[Probe, ...]:
    """The probes of the given phases, in registry order (with the online ones when asked)."""
    chosen = ALL_PROBES + (ONLINE_PROBES if online else ())
    return tuple(sorted((p for p in chosen if p.phase in phases), key=lambda p: p.order))


def probe_by_name(name: str) -> Probe | None:
    return next((p for p in ALL_PROBES + ONLINE_PROBES if p.name == name), None)
