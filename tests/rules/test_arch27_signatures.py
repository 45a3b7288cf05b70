"""cuda-said-predates-gpu (session 27) reads the CUDA a report states, now also in Chinese reports' words ("CUDA版本10.0",
"cuda装的是10.0版本"), and takes it without a failing cuDNN call on a PaddlePaddle-only
report: Paddle 1.x-2.x runs on the CUDA it was installed for, so a GPU newer than that CUDA (RTX 30xx / A30 / A100 on
CUDA 10.x) has no kernels whatever the symptom (run_check() hangs, a model stops). Each line is verbatim from the thread
named; the near misses state a cuDNN or runtime version, not the CUDA.

gpu-too-old-for-feature reads ptxas refusing float16 arithmetic below sm_53 ("Feature 'f16 arithemetic and compare
instructions' requires .target sm_53 or higher", ptxas' spelling); the rule takes it only with a GPU of compute capability
5.2 or below shown (fixtures). The near misses are ptxas' other feature refusals, read by other signatures."""
from __future__ import annotations


CSP = "cuda-said-predates-gpu"
FEAT = "gpu-too-old-for-feature"

FIRES = [
    (CSP, "cuda_said", "cuda装的是10.0版本", "PaddlePaddle/Paddle#30092"),
    (CSP, "cuda_said", "cuda ver: 10.2", "PaddlePaddle/Paddle#44140"),
    (CSP, "cuda_said", "3）GPU：rtx3090, CUDA: 10.0.130, CUDNN: 7.6.5", "PaddlePaddle/Paddle#28141"),
    (CSP, "cuda_said", "在本地安装了paddle 2.2 cuda 10.2 cudnn 7.6之后", "PaddlePaddle/Paddle#39154"),
    (CSP, "cuda_said", "配置：`windows10, RTX 3070, CUDA 10.2, cuDNN 7.6.5, paddlepaddle2.0rc. `", "PaddlePaddle/Paddle#29191"),
    (CSP, "cuda_said", "环境如图：paddle2.3.1 CUDA10.2 cuDNN7.6，与AI studio相同，显卡3060.", "PaddlePaddle/PaddleDetection#6756"),
    (CSP, "paddle_build_named", "paddlepaddle-gpu==2.4.1.post117", "PaddlePaddle/Paddle#49609"),
    (FEAT, "ptxas_f16", "[Installation]: Feature 'f16 arithemetic and compare instructions' requires .target sm_53 or higher",
     "vllm-project/vllm#4500"),
    (FEAT, "ptxas_f16", "      ptxas /tmp/tmpxft_00001a7b_00000000-6_paged_attention_v1.ptx, line 110274; error   : Feature 'f16 "
     "arithemetic and compare instructions' requires .target sm_53 or higher", "vllm-project/vllm#15751"),
    (FEAT, "ptxas_f16", "  ptxas /tmp/tmpxft_00000247_00000000-13_cutlass_qlinear_dynamic_kernel.compute_52.ptx, line 3757; error   : "
     "Feature 'f16 arithemetic and compare instructions' requires .target sm_53 or higher", "chengzeyi/stable-fast#86"),
]

QUIET = [
    (FEAT, "ptxas_f16", "ptxas C:\\Users\\ADMINI~1\\AppData\\Local\\Temp\\tmpgwmeal32.ptx, line 496; error : Feature '.bf16' requires "
     ".target sm_80 or higher", "kijai/ComfyUI-HunyuanVideoWrapper#465"),
    # a .post10x tag is a CUDA 10 build: the words' old CUDA still decides
    (CSP, "paddle_build_named", "paddlepaddle-gpu 1.6.3.post107",
     "PaddlePaddle/Paddle#22576"),
    # cuDNN's version and Paddle's runtime line are not the CUDA said.
    (CSP, "cuda_said", "cudnn ver: 7.6.5", "PaddlePaddle/Paddle#44140"),
    (CSP, "cuda_said", "W1028 18:11:05.839093 11559 device_context.cc:245] device: 0, cuDNN Version: 7.5.",
     "PaddlePaddle/PaddleOCR#1046"),
    (CSP, "cuda_said", "W0620 12:53:27.994474 149242 device_context.cc:236] Please NOTE: device: 0, CUDA Capability: 80, "
     "Driver API Version: 12.0, Runtime API Version: 10.0", "PaddlePaddle/Paddle#65312"),
]
