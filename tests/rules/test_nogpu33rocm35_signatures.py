"""rocm-cuda-wheel-on-amd (session 33): which CUDA-only errors show a torch build on an AMD machine.

A CUDA torch with no NVIDIA driver says "Found no NVIDIA driver on your system" (c10/cuda/CUDAFunctions.cpp,
device_count_impl, turns cudaErrorInsufficientDriver with driver version 0 into it); the CUDA runtime's own "CUDA driver
version is insufficient for CUDA runtime version" beside an AMD card comes from another program (a C++ CUDA tool,
onnxruntime's or CTranslate2's CUDA provider), which a ROCm torch would not change.

Session 37: the app's complaint retold beside a ROCm setup ("keeps asking for CUDA and an Nvidia GPU", "still expects
Nvidia GPU"), read only with the ROCm intent; "requires CUDA" and "requires NVIDIA Container Toolkit" are not it.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "rocm-cuda-wheel-on-amd"

FIRES = [
    ('cuda_only_error', 'RuntimeError: Found no NVIDIA driver on your system. Please check that you have an NVIDIA GPU and installed a driver from http://www.nvidia.com/Download/index.aspx', 'https://github.com/Comfy-Org/ComfyUI/issues/653'),
    ('cuda_only_error', 'UserWarning: CUDA initialization: The NVIDIA driver on your system is too old (found version 10010). Please update your GPU driver', 'https://github.com/microsoft/DirectML/issues/529'),
    ('app_wants_nvidia', 'Updating to the latest one in StabilityMatrix UI now has caused all versions of the installation to not run because now it requires Nvidia GPU, even though I specified ROCm during installation', 'https://github.com/Comfy-Org/ComfyUI/issues/6649'),
    ('app_wants_nvidia', 'Choosing ROCm install, ComfyUI still expects Nvidia GPU', 'https://github.com/aldenparker/comfyui-nix-devshell/issues/2'),
    ('app_wants_nvidia', 'Looking for NVIDIA drivers on an AMD GPU', 'https://github.com/Comfy-Org/ComfyUI/issues/2058'),
    ('app_wants_nvidia', 'AMD install does not detect mROC and just errors out asking for CUDA', 'https://github.com/LykosAI/StabilityMatrix/issues/1058'),
]

QUIET = [
    ('cuda_only_error', '"CudaGetDeviceCount CUDA driver version is insufficient for CUDA runtime version"', 'a C++ CUDA tool on an RX 580 (JeanLucPons/Kangaroo#84): no torch build to swap'),
    ('cuda_only_error', 'Cuda check failed (35 vs. 0): CUDA driver version is insufficient for CUDA runtime version', "OpenPose's own check (peterljq/OpenMMD#41)"),
    ('cuda_only_error', 'RuntimeError: CUDA failed with error CUDA driver version is insufficient for CUDA runtime version', "CTranslate2 under faster-whisper on a Radeon RX 580 (myshell-ai/OpenVoice#234)"),
    ('app_wants_nvidia', 'And then it failed because pytorch requires cuda to work.', 'a CUDA requirement, not an app asking for one (lucidrains/deep-daze#156)'),
    ('app_wants_nvidia', '      # GPU support - requires NVIDIA Container Toolkit', "a compose file's comment (metadist/synaplan#331)"),
]
