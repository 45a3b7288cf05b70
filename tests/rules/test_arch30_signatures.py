"""Session 30 (arch): two message families of a GPU's architecture against what runs on it.

1. cuBLAS refusing a bfloat16 GEMM (old-gpu-bf16-gemm-evidence, read by gpu-too-old-for-feature): torch retells the
   refused call in its error ("CUBLAS_STATUS_NOT_SUPPORTED when calling `cublasGemmStridedBatchedEx(... a, CUDA_R_16BF,
   ..."); only a bfloat16 operand makes it the GPU's missing bf16 GEMM (float16, CUDA_R_16F, runs on these GPUs).
2. The deformable attention/convolution ops' own launch check ("error in ms_deformable_im2col_cuda: no kernel image is
   available for execution on the device"), read by gpu-arch-unsupported's ext_kernel_at as the op's kernels, not torch's.
   Only "no kernel image": an illegal memory access or an invalid argument is a kernel that ran.

Each line is verbatim from the thread named in its comment, or written to show a boundary."""
from __future__ import annotations

import pytest

BF16 = "old-gpu-bf16-gemm-evidence"
ARCH = "gpu-arch-unsupported"


@pytest.mark.parametrize("name, line", [
    # https://github.com/deepspeedai/DeepSpeed/issues/6723 (TITAN X)
    ("cublas_bf16_gemm", "```RuntimeError: CUDA error: CUBLAS_STATUS_NOT_SUPPORTED when calling `cublasGemmStridedBatchedEx(handle, "
     "opa, opb, (int)m, (int)n, (int)k, (void*)&falpha, a, CUDA_R_16BF, (int)lda, stridea, b, CUDA_R_16BF, (int)ldb, strideb, "
     "(void*)&fbeta, c, CUDA_R_16BF, (int)ldc, stridec, (int)num_batches, compute_type, CUBLAS_GEMM_DEFAULT_TENSOR_OP)```"),
    # https://github.com/numz/ComfyUI-SeedVR2_VideoUpscaler/issues/543 (GTX Titan X; torch 2.x's wording, no backtick)
    ("cublas_bf16_gemm", "RuntimeError: CUDA error: CUBLAS_STATUS_NOT_SUPPORTED when calling cublasGemmStridedBatchedEx(handle, "
     "opa, opb, (int)m, (int)n, (int)k, (void*)&falpha, a, CUDA_R_16BF, (int)lda, stridea, b, CUDA_R_16BF, (int)ldb, strideb, "
     "(void*)&fbeta, c, std::is_same_v<C_Dtype, float> ? CUDA_R_32F : CUDA_R_16BF, (int)ldc, stridec, (int)num_batches, "
     "compute_type, CUBLAS_GEMM_DEFAULT_TENSOR_OP)"),
    # https://github.com/opendatalab/MinerU/issues/1508 (Tesla M40)
    ("cublas_bf16_gemm", "RuntimeError: CUDA error: CUBLAS_STATUS_NOT_SUPPORTED when calling `cublasGemmStridedBatchedEx(handle, "
     "opa, opb, (int)m, (int)n, (int)k, (void*)&falpha, a, CUDA_R_16BF, (int)lda, stridea, b, CUDA_R_16BF, (int)ldb"),
    # torch 1.6-1.7's own check (aten/src/ATen/cuda/CUDABlas.cpp, removed by pytorch/pytorch#50442)
    ("cublas_bf16_gemm", 'RuntimeError: BFloat16 gemm in CUDA requires Ampere or later GPU'),
    # https://github.com/pytorch/pytorch/issues/57773 (P100): the call wrapped over three lines
    ("cublas_ex_refused", "RuntimeError: CUDA error: CUBLAS_STATUS_NOT_SUPPORTED when calling `cublasGemmStridedBatchedExFix(handle, "
     "opa, opb,"),
    ("bf16_operand", "(int)m, (int)n, (int)k, (void*)&falpha, a, CUDA_R_16BF, (int)lda, stridea, b, CUDA_R_16BF, (int)ldb, strideb, "
     "(void*)&fbeta, c,"),
    ("bf16_operand", "CUDA_R_16BF, (int)ldc, stridec, (int)num_batches, CUDA_R_32F, CUBLAS_GEMM_DEFAULT_TENSOR_OP)"),
])
def test_bf16_gemm_lines(name: str, line: str, signature_hit) -> None:
    assert signature_hit(BF16, name, line)


@pytest.mark.parametrize("name, line", [
    # float16 operands: https://github.com/buaacyw/GaussianEditor/issues/46
    ("cublas_bf16_gemm", "RuntimeError: CUDA error: CUBLAS_STATUS_NOT_SUPPORTED when calling `cublasGemmEx( handle, opa, opb, m, n, "
     "k, &falpha, a, CUDA_R_16F, lda, b, CUDA_R_16F, ldb, &fbeta, c, CUDA_R_16F, ldc, CUDA_R_32F, CUBLAS_GEMM_DEFAULT_TENSOR_OP)`"),
    # another status for the same bf16 call is not a refusal (written to show the boundary)
    ("cublas_bf16_gemm", "RuntimeError: CUDA error: CUBLAS_STATUS_EXECUTION_FAILED when calling `cublasGemmStridedBatchedEx(handle, "
     "opa, opb, (int)m, (int)n, (int)k, (void*)&falpha, a, CUDA_R_16BF, (int)lda"),
    # cublasSgemm is no *Ex call: https://github.com/longzw1997/Open-GroundingDino/issues/18
    ("cublas_ex_refused", "RuntimeError: CUDA error: CUBLAS_STATUS_INTERNAL_ERROR when calling `cublasSgemm( handle, opa, opb, m, n, "
     "k, &alpha, a, lda, b, ldb, &beta, c, ldc)`"),
    # ggml's own words on an RTX 3090 (https://github.com/0xShug0/audio.cpp/pull/211)
    ("cublas_bf16_gemm", "cublasGemmEx(... CUDA_R_16BF ... CUDA_R_16BF ... CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT_TENSOR_OP)"),
])
def test_bf16_gemm_near_misses(name: str, line: str, signature_hit) -> None:
    assert not signature_hit(BF16, name, line)


@pytest.mark.parametrize("line, src", [
    # https://github.com/retsuh-bqw/SRFormer-Text-Det/issues/10 (RTX A6000, torch 1.13.1+cu116)
    ("`error in ms_deformable_im2col_cuda: no kernel image is available for execution on the device.`",
     "ms_deformable_im2col_cuda"),
    # https://github.com/xyzlancehe/DentexSegAndDet/issues/4
    ("error in ms_deformable_col2im_cuda: no kernel image is available for execution on the device", "ms_deformable_col2im_cuda"),
    # https://github.com/Media-Smart/vedadet/issues/38 (V100)
    ('"error in deformable_im2col: no kernel image is available for execution on the device" with different GPU',
     "deformable_im2col"),
    # https://github.com/xinntao/EDVR/issues/171
    ('" error in modulated_deformable_im2col_cuda: no kernel image is available for execution on the device "',
     "modulated_deformable_im2col_cuda"),
    # the earlier form: an extension's check naming its .cu file (nunchaku)
    ("CUDA error: no kernel image is available for execution on the device (at D:\\Project\\nunchaku-dev\\src\\kernels\\awq\\"
     "gemv_awq.cu:313)", "D:\\Project\\nunchaku-dev\\src\\kernels\\awq\\gemv_awq.cu"),
])
def test_extension_kernel_lines(line: str, src: str, signature_hit) -> None:
    m = signature_hit(ARCH, "ext_kernel_at", line)
    assert m and m.group("ext_kernel_src") == src
    assert signature_hit(ARCH, "no_kernel", line)


@pytest.mark.parametrize("line", [
    # a kernel that ran and failed: https://github.com/IDEA-Research/GroundingDINO/issues/440
    "error in ms_deformable_im2col_cuda: an illegal memory access was encountered",
    # https://github.com/OpenDriveLab/PersFormer_3DLane/issues/86
    "error in ms_deformable_im2col_cuda: invalid configuration argument",
    # https://github.com/chengdazhi/Deformable-Convolution-V2-PyTorch/issues/30
    "got `error in deformable_im2col: invalid argument `",
])
def test_extension_kernel_near_misses(line: str, signature_hit) -> None:
    assert not signature_hit(ARCH, "ext_kernel_at", line)
