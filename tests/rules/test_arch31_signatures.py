"""gpu-arch-unsupported (session 31): cpm_kernels' own "no kernel image", a library's prebuilt kernels missing whatever
torch covers.

cpm_kernels (OpenBMB; the int4/int8 quantization kernels of ChatGLM-6B, ChatGLM2-6B, GLM-130B, BMInf and VisualGLM through
SwissArmyTransformer) ships fatbins for sm_61 sm_62 sm_70 sm_72 sm_75 sm_80 sm_86 only, no PTX (its cuda/Makefile), loads
them with cuModuleLoadData and raises RuntimeError("CUDA Error: %s" % cuGetErrorString(error)) from checkCUStatus
(cpm_kernels/library/cuda.py). The capital "Error" after "RuntimeError: " is its spelling: torch says "CUDA error:", and
darknet's and Caffe's own checks print "CUDA Error: ..." with no Python exception before it.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "gpu-arch-unsupported"

FIRES = [
    ('cpm_kernels_no_kernel', 'RuntimeError: CUDA Error: no kernel image is available for execution on the device', 'https://github.com/zai-org/ChatGLM-6B/issues/119'),
    ('cpm_kernels_no_kernel', 'RuntimeError: CUDA Error: no kernel image is available for execution on the device', 'https://github.com/zai-org/ChatGLM2-6B/issues/267'),
    ('cpm_kernels_no_kernel', '  RuntimeError: CUDA Error: no kernel image is available for execution on the device', 'https://github.com/OpenBMB/BMInf/issues/29'),
    ('cpm_kernels_no_kernel', 'RuntimeError: CUDA Error: no kernel image is available for execution on the device', 'https://github.com/zai-org/ChatGLM-6B/issues/1347'),
]

QUIET = [
    ('cpm_kernels_no_kernel', 'RuntimeError: CUDA error: no kernel image is available for execution on the device', "torch's own spelling (lower-case 'error'): read by no_kernel, with the knowledge base's guard"),
    ('cpm_kernels_no_kernel', 'CUDA Error: no kernel image is available for execution on the device', "darknet's check_error (pjreddie/darknet#2179): no Python exception, darknet's own build"),
    ('cpm_kernels_no_kernel', 'CUDA Error: no kernel image is available for execution on the device: File exists', 'darknet (pjreddie/darknet#1523), its own kernels'),
    ('cpm_kernels_no_kernel', "RuntimeError: CUDA Error: out of memory", "cpm_kernels' check with another driver error: its kernels loaded"),
    ('cpm_kernels_no_kernel', 'void check_error(cudaError_t): Assertion `0\' failed. CUDA Error: no kernel image is available for execution on the device', "caffe-yolov3's C++ check (ChenYingpeng/caffe-yolov3#75)"),
]
