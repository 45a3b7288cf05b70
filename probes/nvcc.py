"""`nvcc -V`: the CUDA Toolkit's compiler version, if a toolkit is installed.

pip and conda wheels of torch bring their own CUDA runtime, so a missing or different
nvcc is normal; rules use this fact mostly to say *not* to install a toolkit.
"""
from __future__ import annotations

import glob
import os

from gpufix import linear_re as re  # linear time on text gpufix did not write
from gpufix.facts import Fact, absent, ok
from gpufix.probes.base import Probe, ProbeAbsent, ProbeContext, ProbeFailed, Raw, find_executable, run_command

NAME = "nvcc"
FILE = "nvcc.txt"
PATH_FILE = "nvcc-path.txt"

# "Cuda compilation tools, release 12.1, V12.1.105"
_RELEASE = re.compile(r"Cuda compilation tools,\s*release\s+(\d+\.\d+)(?:,\s*V(\d+(?:\.\d+)+))?", re.I)
# Fallback: "Build cuda_13.0.r13.0/compiler.36424714_0"
_BUILD = re.compile(r"Build\s+cuda_(\d+\.\d+)\.r", re.I)


def parse_nvcc_version(text: str) -> list[Fact]:
    """Facts from `nvcc -V` output (pure)."""
    m = _RELEASE.search(text)
    if m:
        return [ok("nvcc.version", m.group(2) or m.group(1), NAME, m.group(0))]
    m = _BUILD.search(text)
    if m:
        return [ok("nvcc.version", m.group(1), NAME, m.group(0))]
    raise ValueError("no 'release X.Y' line in nvcc output")


def parse(raw: Raw) -> list[Fact]:
    if FILE not in raw:
        return [absent("nvcc.version", NAME, "nvcc not found on PATH, CUDA_HOME or the default locations"),
                absent("nvcc.path", NAME, "nvcc not found")]
    facts = parse_nvcc_version(raw[FILE])
    path = raw.get(PATH_FILE, "").strip()
    if path:
        facts.append(ok("nvcc.path", path, NAME))
    return facts


def candidate_dirs(ctx: ProbeContext) -> list[str]:
    """Where toolkits live when nvcc is not on PATH (per OS)."""
    dirs = []
    for var in ("CUDA_HOME", "CUDA_PATH", "CUDA_ROOT"):
        if ctx.env.get(var):
            dirs.append(os.path.join(ctx.env[var], "bin"))
    if ctx.platform == "win32":
        pf = ctx.env.get("ProgramFiles", r"C:\Program Files")
        dirs += sorted(glob.glob(os.path.join(pf, "NVIDIA GPU Computing Toolkit", "CUDA", "v*", "bin")), reverse=True)
    else:
        dirs += ["/usr/local/cuda/bin"] + sorted(glob.glob("/usr/local/cuda-*/bin"), reverse=True)
        dirs += ["/opt/cuda/bin"]
    return dirs


def collect(ctx: ProbeContext) -> Raw:
    exe = find_executable("nvcc", ctx, candidate_dirs(ctx))
    if exe is None:
        raise ProbeAbsent("nvcc not found")
    res = run_command([exe, "-V"], timeout=PROBE.timeout, env=ctx.env)
    if res.returncode != 0 and not res.stdout:
        raise ProbeFailed(f"nvcc -V exited with {res.returncode}: {res.stderr.strip()[:200]}")
    return {FILE: res.stdout, PATH_FILE: exe + "\n"}


PROBE = Probe(NAME, collect, parse, files=(FILE, PATH_FILE), timeout=10.0,
              facts=("nvcc.version", "nvcc.path"), order=30)
