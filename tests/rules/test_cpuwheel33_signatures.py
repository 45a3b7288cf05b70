"""cpu-only-wheel family (session 33): two lines the CPU-wheel base rate (cpu-build-likely) read as a CPU-only torch.

1. app-gpu-refused-evidence, app_accel_refused: koharu picks its torch package from its own hardware check
   (Hardware::supports_cuda(): an NVIDIA device with compute capability 7.5 and up in one release, a driver for CUDA 13 and
   up in another) and, when the check turns the GPU down and no ROCm device passes either, warns "no supported Torch
   accelerator was discovered; using CPU" and selects its CPU package (koharu's source; the maintainer: "it will
   automaticlly use CPU if GPU not supported", koharu-rs/koharu#877). The CPU torch is the application's choice below its
   own floor. Other programs' "no supported torch accelerator is available" (a benchmark's RuntimeError, a VAD's fallback
   note) are not koharu's floor and stay quiet.
2. cpu-build-likely, container_said: Singularity and Apptainer named. They start a container without the host's GPU unless
   given --nv, so a GPU unused there is the container's (container-started-without-gpus), not a CPU wheel. The word alone,
   not "singular" (a singular matrix is no container).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('app-gpu-refused-evidence', 'app_accel_refused', '│ ⚠ no supported Torch accelerator was discovered; using CPU', 'https://github.com/koharu-rs/koharu/issues/1002'),
    ('app-gpu-refused-evidence', 'app_accel_refused', '2026-08-28T10:00:00Z  WARN koharu_runtime::torch: no supported Torch accelerator was discovered; using CPU', 'https://github.com/koharu-rs/koharu/issues/1002'),
    ('cpu-build-likely', 'container_said', 'Currently when I run with the singularity runner, it complains and just uses the CPU (although the execution is correct). Thanks.', 'https://github.com/mlcommons/mlcube/issues/236'),
    ('cpu-build-likely', 'container_said', 'singularity shell nemo.sif', 'https://github.com/apptainer/singularity/issues/6203'),
    ('cpu-build-likely', 'container_said', '$ singularity run /risapps/singularity/repo/cellbender/0.3.0/cellbender.sif /bin/bash', 'https://github.com/broadinstitute/CellBender/issues/280'),
    ('cpu-build-likely', 'container_said', 'singularity exec --nv cpilab_latest.sif python collect_env.py', 'https://github.com/apptainer/singularity/issues/5966'),
]

QUIET = [
    ('app-gpu-refused-evidence', 'app_accel_refused', "    raise RuntimeError('no supported torch accelerator is available')", "another program's own error (a benchmark with no CUDA/MLU/MUSA/NPU device), not koharu's floor"),
    ('app-gpu-refused-evidence', 'app_accel_refused', '        return "cpu", "no supported Torch accelerator available"', "a VAD module's fallback note, not koharu's hardware check"),
    ('app-gpu-refused-evidence', 'app_accel_refused', 'Koharu logs indicate that no supported Torch accelerator could be found.', "the reporter's paraphrase: the read is koharu's exact log line"),
    ('cpu-build-likely', 'container_said', 'numpy.linalg.LinAlgError: Singular matrix', 'a singular matrix is no container runtime'),
]
