"""Environment variables that matter to GPU PyTorch, by ALLOW-LIST only.

Nothing outside the list is read into a fact or a recording: environments hold tokens
(HF_TOKEN, AWS_SECRET_ACCESS_KEY...). A name on the list that still looks secret
(NVIDIA_API_KEY under NVIDIA_*) is dropped, and credentials inside URLs are redacted.
"""
from __future__ import annotations

import json

from gpufix import linear_re as re  # linear time on text gpufix did not write
from gpufix.probes.base import loads_json
from gpufix.facts import Fact, absent, ok
from gpufix.probes.base import Probe, ProbeContext, Raw
from gpufix.probes.redact import is_secret_name, redact

NAME = "environment"
FILE = "env.json"

ALLOWED_NAMES = frozenset({
    "PATH", "LD_LIBRARY_PATH", "LD_PRELOAD", "DYLD_LIBRARY_PATH",
    "PYTHONPATH", "PYTHONHOME", "PYTHONNOUSERSITE",
    "TORCH_CUDA_ARCH_LIST", "TORCH_HOME",
    "CONDA_PREFIX", "CONDA_DEFAULT_ENV", "CONDA_OVERRIDE_CUDA", "CONDA_SHLVL",
    "VIRTUAL_ENV",
    "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "PIP_CONFIG_FILE", "PIP_NO_INDEX",
    "PIP_TRUSTED_HOST", "PIP_REQUIRE_VIRTUALENV", "PIP_USER",
    "UV_INDEX_URL", "UV_EXTRA_INDEX_URL", "UV_DEFAULT_INDEX", "UV_INDEX", "UV_FIND_LINKS",
    "UV_TORCH_BACKEND", "UV_PYTHON",
    "HIP_VISIBLE_DEVICES", "ROCR_VISIBLE_DEVICES", "HSA_OVERRIDE_GFX_VERSION", "ROCM_PATH", "ROCM_HOME",
    "CUDNN_PATH", "CUDNN_HOME", "NVCC_APPEND_FLAGS", "NVCC_PREPEND_FLAGS",
    "WSL_DISTRO_NAME",
    # A batch job and the GPUs its scheduler gave it (Slurm sets the GPU ones only for a job or step that asked):
    # a job with none on a GPU node is the cluster-job-without-gpu cause, and the fleet summary shows them.
    "SLURM_JOB_ID", "SLURM_STEP_ID", "SLURM_JOB_PARTITION", "SLURMD_NODENAME", "SLURM_JOB_GPUS",
    "SLURM_STEP_GPUS", "SLURM_GPUS_ON_NODE", "SLURM_GPUS", "SLURM_GPUS_PER_NODE", "PBS_JOBID", "LSB_JOBID",
})
ALLOWED_PREFIXES = ("CUDA_", "NVIDIA_", "PYTORCH_")

# Unset variables worth saying "not set" about (rules test `present: false`).
WATCHED = ("CUDA_VISIBLE_DEVICES", "CUDA_HOME", "CUDA_PATH", "LD_LIBRARY_PATH", "PIP_INDEX_URL",
           "PIP_EXTRA_INDEX_URL", "CONDA_PREFIX", "VIRTUAL_ENV", "TORCH_CUDA_ARCH_LIST",
           "CONDA_OVERRIDE_CUDA", "PYTORCH_CUDA_ALLOC_CONF", "HIP_VISIBLE_DEVICES", "CUDA_LAUNCH_BLOCKING",
           # torch's Apple-GPU allocator limits (mps-watermark-ratio-invalid reads and re-probes them).
           "PYTORCH_MPS_HIGH_WATERMARK_RATIO", "PYTORCH_MPS_LOW_WATERMARK_RATIO")

_NAME_OK = re.compile(r"^[A-Z][A-Z0-9_]*$")
MAX_VALUE = 8192  # a PATH longer than this is cut (and says so)


def is_allowed(name: str) -> bool:
    """Whether an environment variable may leave the machine."""
    upper = name.upper()
    if not _NAME_OK.match(upper) or is_secret_name(upper):
        return False
    return upper in ALLOWED_NAMES or upper.startswith(ALLOWED_PREFIXES)


def select(env: dict[str, str] | object) -> dict[str, str]:
    """The allowed subset of an environment mapping, names upper-cased, values redacted."""
    out: dict[str, str] = {}
    for name, value in env.items():  # type: ignore[attr-defined]
        if not isinstance(name, str) or not isinstance(value, str) or not is_allowed(name):
            continue
        value = redact(value)
        if len(value) > MAX_VALUE:
            value = value[:MAX_VALUE] + " ...[cut]"
        out[name.upper()] = value
    return dict(sorted(out.items()))


def parse_env_json(text: str) -> list[Fact]:
    """env.<NAME> facts from env.json (pure; filters and redacts again, whatever the file says)."""
    doc = loads_json(text)
    if not isinstance(doc, dict):
        raise ValueError("env.json is not an object")
    chosen = select({k: v for k, v in doc.items() if isinstance(v, str)})
    facts = [ok(f"env.{k}", v, NAME) for k, v in chosen.items()]
    facts += [absent(f"env.{k}", NAME, f"{k} is not set") for k in WATCHED if k not in chosen]
    return facts


def parse(raw: Raw) -> list[Fact]:
    if FILE not in raw:
        raise ValueError("env.json missing")
    return parse_env_json(raw[FILE])


def collect(ctx: ProbeContext) -> Raw:
    return {FILE: json.dumps(select(ctx.env), indent=2, sort_keys=True, ensure_ascii=False) + "\n"}


# The facts a re-probe may ask this probe for: the watched names, and PATH (windows-system32-missing-from-path checks
# that its remedy put the system folder back).
PROBE = Probe(NAME, collect, parse, files=(FILE,), timeout=5.0,
              facts=tuple(f"env.{k}" for k in WATCHED + ("PATH",)), order=6)
