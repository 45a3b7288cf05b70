"""no-rocm-os-evidence (session 33): a Mac said in words, where no ROCm build of torch exists.

An Intel Mac's Radeon Pro (560X, 5300M/5500M, Vega 56) beside a CUDA-only error is "no NVIDIA GPU, use the CPU or MPS",
not a CUDA or CPU wheel to swap for a ROCm one: rocm-cuda-wheel-on-amd steps aside by derived.no_rocm_wheel_os.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "no-rocm-os-evidence"

FIRES = [
    ('mac_said', 'In MAC - AssertionError: Torch not compiled with CUDA enabled', 'https://github.com/chenfei-wu/TaskMatrix/issues/341'),
    ('mac_said', 'AssertionError: Torch not compiled with CUDA enabled - macOS Sequoia 15.1.1 (intel, AMD)', 'https://github.com/Tencent-Hunyuan/HunyuanVideo/issues/22'),
    ('mac_said', 'compatibility issues on macOS systems using Intel or AMD GPUs (such as the Radeon Pro Vega 56)', 'https://github.com/pytorch/pytorch/issues/141973'),
    ('mac_said', 'Platform: macbook pro 16in', 'https://github.com/alex-damian/pulse/issues/13'),
    ('mac_said', '  File "/Users/greg/miniconda/lib/python3.12/site-packages/torch/cuda/__init__.py", line 293, in _lazy_init', 'https://github.com/Tencent-Hunyuan/Hunyuan3D-1/issues/55'),
]

QUIET = [
    ('mac_said', '  File "C:\\Users\\me\\ComfyUI\\venv\\lib\\site-packages\\torch\\cuda\\__init__.py", line 289, in _lazy_init', 'a Windows path: backslashes'),
    ('mac_said', 'MAC address of the ethernet adapter changed after the driver update', 'a MAC address, not the machine'),
    ('mac_said', 'GPU: AMD Radeon RX 7900 XTX (gfx1100), machine: Ubuntu 22.04', 'a Linux AMD machine: ROCm is the answer there'),
]
