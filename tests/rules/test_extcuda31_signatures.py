"""extension-cuda-version-mismatch (session 31): "invalid device function" reported by a project's own CUDA op rather
than by torch's kernels - the THC-era check in the op's .cu file (error 98 since CUDA 10.1, 8 before), the check
macros ops copy from each other (`fprintf(stderr, "cudaCheckError() failed : %s\\n", ...)`, pointnet2's
`"CUDA kernel failed : %s\\n"`), or the error number retold beside the op's file.

An op whose binary holds no kernel this GPU and runtime can run was built by another toolkit than torch's CUDA
(SoftPool#13's maintainer: an NVCC/CUDA runtime version mismatch). torch's own THC files (aten/src, THC, conda-bld)
are another rule's; the rule also steps aside when the paste shows nvcc matching torch's CUDA.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "extension-cuda-version-mismatch"

FIRES = [
    ('op_check_macro', 'cudaCheckError() failed : invalid device function', 'https://github.com/alexandrosstergiou/SoftPool/issues/13'),
    ('op_check_macro', 'CUDA kernel failed : invalid device function', 'https://github.com/facebookresearch/NSVF/issues/16'),
    ('error98_said', '非常感谢开源的工作！我在使用代码时会报错CUDA_runtime error (98)。', 'https://github.com/TencentYoutuResearch/ActionDetection-AFSD/issues/16'),
    ('op_cu_line', '报错位置为：AFSD/prop_pooling/boundary_max_pooling_kernel.cu:110', 'https://github.com/TencentYoutuResearch/ActionDetection-AFSD/issues/16'),
    ('torch_own_cu', 'THCudaCheck FAIL file=/opt/conda/conda-bld/pytorch_1513363039688/work/torch/lib/THC/generated/../generic/THCTensorMathPointwise.cu line=343 error=8 : invalid device function', 'https://github.com/JDAI-CV/Partial-Person-ReID/issues/1'),
    ('torch_own_cu', 'RuntimeError: cuda runtime error (8) : invalid device function at /pytorch/torch/lib/THC/generic/THCTensorMath.cu:35', 'https://github.com/yikang-li/FactorizableNet/issues/5'),
]

QUIET = [
    ('op_check_macro', 'RuntimeError: CUDA error: invalid device function', "torch's own kernel launch check (ATen), not an op's macro"),
    ('op_check_macro', 'cudaErrorInvalidDeviceFunction: invalid device function', 'https://github.com/JIA-Lab-research/SphereFormer/issues/48 (another wording, not read here)'),
    ('error98_said', '    Error code: 98', 'https://github.com/laugh12321/TensorRT-YOLO/issues/74 (a TensorRT program, not a torch op)'),
    ('torch_own_cu', 'THCudaCheck FAIL file=/home/me/myproj/ops/src/nms_kernel.cu line=103 error=98 : invalid device function', "a project's own .cu file (the shape torch's __THCudaCheck prints, THCGeneral.cpp)"),
    ('thc_fail_op', 'THCudaCheck FAIL file=/pytorch/aten/src/THC/THCGeneral.cpp line=405 error=8 : invalid device function', "https://github.com/mrlooi/rotated_maskrcnn/issues/44 (torch's THCGeneral.cpp, not a .cu op)"),
]
