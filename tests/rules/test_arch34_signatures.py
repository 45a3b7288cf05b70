"""old-gpu-cublas-arch-evidence (session 34): cuBLAS's CUBLAS_STATUS_ARCH_MISMATCH ("an absent device architectural
feature is required"), read as a GEMM the GPU is too old for, in every library's wrapping of the status: torch's
"CUDA error: ... when calling `cublasGemmEx(...`", FasterTransformer's "CUDA runtime error", Kaldi's "cublasStatus_t 8",
CUDA.jl's "(code 8, ...)". cuDNN's CUDNN_STATUS_ARCH_MISMATCH (the build's cuDNN dropping the GPU) is
gpu-arch-unsupported's and stays out; the rule's guard keeps a Volta-or-newer GPU out (FasterTransformer#286).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "old-gpu-cublas-arch-evidence"

FIRES = [
    ('cublas_arch_mismatch', 'RuntimeError: CUDA error: CUBLAS_STATUS_ARCH_MISMATCH when calling `cublasGemmEx( handle, opa, opb, m, n, k, &falpha, a, CUDA_R_16F, lda, b, CUDA_R_16F, ldb, &fbeta, c, CUDA_R_16F, ldc, CUDA_R_32F, CUBLAS_GEMM_DFALT_TENSOR_OP)`', 'https://github.com/mit-han-lab/bevfusion/issues/615'),
    ('cublas_arch_mismatch', "  what():  [FT][ERROR] CUDA runtime error: CUBLAS_STATUS_ARCH_MISMATCH /workspace/tf_case/FasterTransformer/fastertransformer/cuda/open_attention.h:171 ", 'https://github.com/NVIDIA/DeepLearningExamples/issues/147'),
    ('cublas_arch_mismatch', 'ERROR (VoskAPI:AddMatMat():cu-matrix.cc:1329) cublasStatus_t 8 : "CUBLAS_STATUS_ARCH_MISMATCH" returned from \'cublas_gemm(GetCublasHandle(), (transB==kTrans? CUBLAS_OP_T:CUBLAS_OP_N), (transA==kTrans? CUBLAS_OP_T:CUBLAS_OP_N), m, n, k, alpha, B.data_, B.Stride(), A.data_, A.Stride(), beta, data_, Stride())\'', 'https://github.com/alphacep/vosk-api/issues/665'),
    ('cublas_arch_mismatch', '  CUBLASError: an absent device architectural feature is required (code 8, CUBLAS_STATUS_ARCH_MISMATCH)', 'https://github.com/JuliaGPU/CUDA.jl/issues/609'),
]

QUIET = [
    ('cublas_arch_mismatch', 'Running inference with the pre-trained model on a VM (Tesla K80) gives RuntimeError: cuDNN error: CUDNN_STATUS_ARCH_MISMATCH.', "cuDNN's status, the build's cuDNN (https://github.com/dailenson/SDT/issues/25)"),
    ('cublas_arch_mismatch', 'RuntimeError: CuDNN error: CUDNN_STATUS_ARCH_MISMATCH', "cuDNN's status (https://github.com/pytorch/ELF/issues/99)"),
    ('cublas_arch_mismatch', 'RuntimeError: CUDA error: CUBLAS_STATUS_NOT_SUPPORTED when calling `cublasGemmStridedBatchedExFix(handle, opa, opb,', "another status, old-gpu-bf16-gemm-evidence's (https://github.com/pytorch/pytorch/issues/57773)"),
]
