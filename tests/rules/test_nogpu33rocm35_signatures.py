"""rocm-cuda-wheel-on-amd (session 33): which CUDA-only errors show a torch build on an AMD machine.

A CUDA torch with no NVIDIA driver says "Found no NVIDIA driver on your system" (c10/cuda/CUDAFunctions.cpp,
device_count_impl, turns cudaErrorInsufficientDriver with driver version 0 into it); the CUDA runtime's own "CUDA driver
version is insufficient for CUDA runtime version" beside an AMD card comes from another program (a C++ CUDA tool,
onnxruntime's or CTranslate2's CUDA provider), which a ROCm torch would not change.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "rocm-cuda-wheel-on-amd"

FIRES = [
    ('cuda_only_error', 'RuntimeError: Found no NVIDIA driver on your system. Please check that you have an NVIDIA GPU and installed a driver from http://www.nvidia.com/Download/index.aspx', 'https://github.com/Comfy-Org/ComfyUI/issues/653'),
    ('cuda_only_error', 'UserWarning: CUDA initialization: The NVIDIA driver on your system is too old (found version 10010). Please update your GPU driver', 'https://github.com/microsoft/DirectML/issues/529'),
]

QUIET = [
    ('cuda_only_error', '"CudaGetDeviceCount CUDA driver version is insufficient for CUDA runtime version"', 'a C++ CUDA tool on an RX 580 (JeanLucPons/Kangaroo#84): no torch build to swap'),
    ('cuda_only_error', 'Cuda check failed (35 vs. 0): CUDA driver version is insufficient for CUDA runtime version', "OpenPose's own check (peterljq/OpenMMD#41)"),
    ('cuda_only_error', 'RuntimeError: CUDA failed with error CUDA driver version is insufficient for CUDA runtime version', "CTranslate2 under faster-whisper on a Radeon RX 580 (myshell-ai/OpenVoice#234)"),
]
