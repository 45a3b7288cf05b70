"""cuda-said-predates-gpu (session 27) reads the CUDA a report states, now also in Chinese reports' words ("CUDA版本10.0",
"cuda装的是10.0版本"), and takes it without a failing cuDNN call on a PaddlePaddle-only
report: Paddle 1.x-2.x runs on the CUDA it was installed for, so a GPU newer than that CUDA (RTX 30xx / A30 / A100 on
CUDA 10.x) has no kernels whatever the symptom (run_check() hangs, a model stops). Each line is verbatim from the thread
named; the near misses state a cuDNN or runtime version, not the CUDA."""
from __future__ import annotations


RULE = "cuda-said-predates-gpu"

FIRES = [
    ("cuda_said", "cuda装的是10.0版本", "PaddlePaddle/Paddle#30092"),
    ("cuda_said", "手里一台服务器系统Ubuntu 16.04，CUDA版本10.0，Nvidia驱动版本455.28。", "PaddlePaddle/Paddle#28304"),
    ("cuda_said", "3）GPU：rtx3090, CUDA: 10.0.130, CUDNN: 7.6.5", "PaddlePaddle/Paddle#28141"),
    ("cuda_said", "在本地安装了paddle 2.2 cuda 10.2 cudnn 7.6之后", "PaddlePaddle/Paddle#39154"),
    ("cuda_said", "配置：`windows10, RTX 3070, CUDA 10.2, cuDNN 7.6.5, paddlepaddle2.0rc. `", "PaddlePaddle/Paddle#29191"),
    ("cuda_said", "环境如图：paddle2.3.1 CUDA10.2 cuDNN7.6，与AI studio相同，显卡3060.", "PaddlePaddle/PaddleDetection#6756"),
]

QUIET = [
    # cuDNN's version and Paddle's runtime line are not the CUDA said.
    ("cuda_said", "cudnn：7.6.5", "PaddlePaddle/PaddleClas#965"),
    ("cuda_said", "W0509 13:09:59.515894 14922 device_context.cc:372] device: 0, cuDNN Version: 7.6.",
     "PaddlePaddle/PaddleNLP#348"),
    ("cuda_said", "W0509 13:09:59.510846 14922 device_context.cc:362] Please NOTE: device: 0, GPU Compute Capability: 8.6, "
     "Driver API Version: 11.1, Runtime API Version: 10.2", "PaddlePaddle/PaddleNLP#348"),
]
