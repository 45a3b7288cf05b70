"""Session 21: PaddlePaddle's own CUDA libraries clashing with another CUDA install, and Paddle's wording of cuDNN's
status, are read as Paddle's CUDA dependencies (non-torch-library-cuda-deps); torch's own wording of the same stays
quiet. Each line is verbatim from the thread named (or a near miss written to show the boundary)."""
from __future__ import annotations

RULE = "non-torch-library-cuda-deps"

FIRES = [
    ("nontorch_cuda_symbol", "。ImportError: /home/xxx/anaconda3/envs/paddle/lib/python3.7/site-packages/paddle/fluid/libpaddle.so: "
     "undefined symbol: cudaGraphDebugDotPrint, version libcudart.so.11.0", "PaddlePaddle/PaddleSeg#3579"),
    ("bare_name_lib_symbol", "python: relocation error: /usr/local/cuda-11.1/lib64/libcublas.so: symbol runGemmShortApi, version "
     "libcublasLt.so.11 not defined in file libcublasLt.so.11 with link time reference", "PaddlePaddle/PaddleOCR#9793"),
    ("paddle_cudnn_mismatch", "OSError: (External)  Cudnn error, CUDNN_STATUS_VERSION_MISMATCH  (at /paddle/paddle/fluid/operators/rnn_op.c",
     "PaddlePaddle/Paddle#36411"),
    ("paddle_cudnn_mismatch", "OSError: (External) CUDNN error(14), CUDNN_STATUS_VERSION_MISMATCH.", "PaddlePaddle/FastDeploy#1020"),
    ("paddle_cudnn_mismatch", "量化训练报(External) CUDNN error(14), CUDNN_STATUS_VERSION_MISMATCH", "PaddlePaddle/Paddle#54295"),
    ("paddle_status_format", "ExternalError:  Cudnn error, CUDNN_STATUS_INTERNAL_ERROR  at (/paddle/paddle/fluid/platform/device_context.h:165)",
     "PaddlePaddle/PaddleFormers#878"),
    ("paddle_status_format", "OSError: (External) CUDNN error(4), CUDNN_STATUS_INTERNAL_ERROR", "PaddlePaddle/Paddle#46630"),
    ("paddle_loader", "RuntimeError: (PreconditionNotMet) The third-party dynamic library (cublas64_102.dll;cublas64_10.dll) that "
     "Paddle depends on is not configured correctly. (error code is 126)", "PaddlePaddle/Paddle#43197"),
    ("cudnn_said_missing", "已安装，但是未发现libcudnn---Can not find library: libcudnn.so", "PaddlePaddle/Paddle#26716 (its title)"),
    ("cudnn_said_missing", "容器里的cuda版本是9.0，cudnn没有安装", "prose"),
    ("cudnn_said_missing", "I have CUDA 11.2 but cuDNN is not installed", "prose"),
]

QUIET = [
    ("nontorch_cuda_symbol", "doods_1  | ImportError: /usr/local/lib/python3.8/dist-packages/torch/lib/libtorch_cuda.so: undefined symbol: "
     "cudaGraphDebugDotPrint, version libcudart.so.11.0", "snowzach/doods2#92 (torch's own library)"),
    ("bare_name_lib_symbol", "site-packages/nvidia/cublas/lib/libcublas.so.11: undefined symbol: cublasLtGetStatusString, version "
     "libcublasLt.so.11", "a versioned name: torch's wheel, missing-cuda-libs"),
    ("paddle_status_format", "RuntimeError: cuDNN error: CUDNN_STATUS_NOT_INITIALIZED", "facebookresearch/detectron2#414 (torch's wording)"),
    ("paddle_cudnn_mismatch", "RuntimeError: cuDNN error: CUDNN_STATUS_VERSION_MISMATCH", "torch's wording (near miss)"),
    ("cudnn_said_missing", "cuDNN is installed and nvcc works", "prose"),
]


def test_the_windows_dll_list_names_the_first_dll(signature_hit) -> None:
    m = signature_hit(RULE, "paddle_loader", "The third-party dynamic library (cublas64_118.dll;cublas64_11.dll) that Paddle "
                      "depends on is not configured correctly. (error code is 126)")
    assert m and m.group("library_paddle") == "cublas64_118.dll"
