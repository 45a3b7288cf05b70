"""/proc/driver/nvidia/version: the loaded kernel module's version (Linux; cheapest source).

It exists whenever the nvidia kernel module is loaded, even in a container without
nvidia-smi, and it tells a driver/library mismatch apart (module 580.173.02 vs NVML
580.178). WSL2 has no such file (the driver lives in Windows): absent is normal there.
"""
from __future__ import annotations

from gpufix import linear_re as re  # linear time on text gpufix did not write
from gpufix.facts import Fact, absent, ok
from gpufix.probes.base import Probe, ProbeAbsent, ProbeContext, ProbeFailed, Raw

NAME = "proc-driver"
FILE = "proc-driver-nvidia-version.txt"
PROC_PATH = "/proc/driver/nvidia/version"

# "NVRM version: NVIDIA UNIX x86_64 Kernel Module  535.104.05  Sat Aug 19 ..."
# "NVRM version: NVIDIA UNIX Open Kernel Module for x86_64  565.57.01  Release Build ..."
_NVRM = re.compile(r"NVRM version:.*?Kernel Module(?:\s+for\s+\S+)?\s+(\d+\.\d+(?:\.\d+)*)", re.I)


def parse_proc_version(text: str) -> list[Fact]:
    """Facts from the text of /proc/driver/nvidia/version (pure)."""
    m = _NVRM.search(text)
    if not m:
        raise ValueError("no 'NVRM version: ... Kernel Module X.Y' line")
    line = text[text.rfind("\n", 0, m.start()) + 1:].split("\n", 1)[0].strip()
    # Only the kernel module: driver.version is the user-space driver (nvidia-smi, NVML), and
    # after a driver update without a reboot the two differ - that difference is a diagnosis
    # (driver-library-mismatch). The knowledge base falls back to this when nothing else knows.
    return [ok("driver.kernel_module", m.group(1), NAME, line)]


def parse(raw: Raw) -> list[Fact]:
    if FILE not in raw:
        # Only the kernel-module fact is absent: another probe may still know the driver.
        return [absent("driver.kernel_module", NAME, "no NVIDIA kernel module loaded (no /proc/driver/nvidia/version)")]
    return parse_proc_version(raw[FILE])


def collect(ctx: ProbeContext) -> Raw:
    if not ctx.platform.startswith("linux"):
        raise ProbeAbsent("not Linux")
    try:
        with open(PROC_PATH, encoding="utf-8", errors="replace") as f:
            return {FILE: f.read(4096)}
    except FileNotFoundError as e:
        raise ProbeAbsent(f"{PROC_PATH} does not exist") from e
    except OSError as e:
        raise ProbeFailed(f"cannot read {PROC_PATH}: {e.strerror or e}") from e


PROBE = Probe(NAME, collect, parse, files=(FILE,), timeout=5.0,
              facts=("driver.kernel_module",), order=31)
