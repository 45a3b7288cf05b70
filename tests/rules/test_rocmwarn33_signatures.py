"""arch-gap-elsewhere-evidence (session 33): torch's CUDA capability warning naming an AMD GPU.

A ROCm build of torch 1.x before 1.6 ran the CUDA capability check too (pytorch/pytorch#35949 removed it for ROCm) and
HIP then reported every AMD GPU as capability 3.0, so the too-old warning ("Found GPU0 Ellesmere [Radeon RX 470/...] which
is of cuda capability 3.0. PyTorch no longer supports this GPU because it is too old.") came with an AMD device's name in
it. gpu-arch-unsupported steps aside on it: no NVIDIA architecture is involved.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "arch-gap-elsewhere-evidence"

FIRES = [
    ('amd_gpu_in_cuda_warning', '    Found GPU0 Ellesmere [Radeon RX 470/480/570/570X/580/580X] which is of cuda capability 3.0.', 'https://github.com/ROCm/pytorch/issues/627'),
    ('amd_gpu_in_cuda_warning', '    Found GPU0 Vega 10 XT [Radeon RX Vega 64] which is of cuda capability 3.0.', 'https://github.com/ROCm/legacy-rocm-build/issues/1113'),
]

QUIET = [
    ('amd_gpu_in_cuda_warning', '    Found GPU0 GeForce GTX 670M which is of cuda capability 2.1.', 'https://github.com/pytorch/pytorch/issues/16712 (an NVIDIA GPU: the arch rule reads it)'),
    ('amd_gpu_in_cuda_warning', '    Found GPU0 NVIDIA GeForce GTX 1080 Ti which is of cuda capability 6.1.', 'https://github.com/mmartial/ComfyUI-Nvidia-Docker/issues/61 (torch 2.8 range warning, NVIDIA)'),
    ('amd_gpu_in_cuda_warning', 'Found GPU0 Tesla K80 which is of cuda capability 3.7. CPU: AMD Ryzen 9 5950X', 'an AMD CPU named after the warning on the same line, not in the GPU name'),
]
