"""PaddlePaddle's own messages about its GPU setup (session 26), read from Paddle's source in every release reachable
(paddle/phi/backends/gpu/gpu_resources.cc and platform/device_context.cc before it, python/paddle/device, the core
loader's AVX check, PaddleHub's modules) and filed under the causes gpufix already names: Paddle's arch warning
(gpu-arch-unsupported), its start-up line's compute capability against the CUDA of its build (cuda-said-predates-gpu),
PaddleHub's own CUDA_VISIBLE_DEVICES refusal (cuda-visible-devices), its no-AVX core check (cpu-illegal-instruction),
the CPU package refusing the GPU (nontorch-cpu-build-evidence), a paddlepaddle-gpu post tag's CUDA and Paddle 1.x's bare
code 35 (driver-older-than-runtime). Each line is verbatim from the thread named; the near misses are the opposite
warnings and look-alike lines that say nothing about the setup."""
from __future__ import annotations

FIRES = [
    ("cuda-visible-devices", "invalid_device_id", "RuntimeError: Attempt to use GPU for prediction, but environment "
     "variable CUDA_VISIBLE_DEVICES was not set correctly.", "PaddlePaddle/PaddleFormers#548"),
    ("cuda-visible-devices", "invalid_device_id", "报错：RuntimeError: Environment Variable CUDA_VISIBLE_DEVICES is not set "
     "correctly. If you wanna use gpu, please set CUDA_VISIBLE_DEVICES via export CUDA_VISIBLE_DEVICES=cuda_device_id.",
     "PaddlePaddle/PaddleFormers#971"),
    ("cuda-visible-devices", "invalid_device_id", "    \"Environment Variable CUDA_VISIBLE_DEVICES is not set correctly. If "
     "you wanna use gpu, please set CUDA_VISIBLE_DEVICES as cuda_device_id.\"", "baidu/lac#144"),
    ("gpu-arch-unsupported", "too_old", "The GPU architecture in your current machine is Maxwell, which is not compatible "
     "with Paddle installation with arch: 60 61 70 75 , it is recommended to install the corresponding wheel package "
     "according to the installation information on the official Paddle website.  ", "YaoFANGUK/video-subtitle-extractor#414"),
    ("gpu-arch-unsupported", "too_old", "```W0616 17:16:24.460505  2840 gpu_resources.cc:96] The GPU architecture in your "
     "current machine is Pascal, which is not compatible with Paddle installation with arch: 70 75 80 86 , it is recommended "
     "to install the corresponding wheel package according to the installation information on the official Paddle "
     "website.```", "PaddlePaddle/Paddle#54713"),
    ("gpu-arch-unsupported", "too_old", "The GPU compute capability in your current machine is 120, which is not supported "
     "by Paddle, it is recommended to install the corresponding wheel package according to the installation information "
     "on the official Paddle website.", "PaddlePaddle/Paddle#72746"),
    ("cuda-said-predates-gpu", "paddle_note", "W0120 19:29:14.875797 20703 device_context.cc:447] Please NOTE: device: 0, "
     "GPU Compute Capability: 8.6, Driver API Version: 11.4, Runtime API Version: 10.2", "PaddlePaddle/Paddle#39090"),
    ("cuda-said-predates-gpu", "paddle_note", "`W0509 13:09:59.510846 14922 device_context.cc:362] Please NOTE: device: 0, "
     "GPU Compute Capability: 8.6, Driver API Version: 11.1, Runtime API Version: 10.2", "PaddlePaddle/PaddleNLP#348"),
    ("cuda-said-predates-gpu", "paddle_note", "W0513 16:34:00.386127  4360 gpu_resources.cc:119] Please NOTE: device: 0, GPU "
     "Compute Capability: 12.0, Driver API Version: 12.9, Runtime API Version: 11.8", "PaddlePaddle/Paddle#72746"),
    ("cuda-said-predates-gpu", "paddle_loader_failed", "W0421 22:18:47.915446 58190 dynamic_loader.cc:287] The third-party "
     "dynamic library (libcudnn.so) that Paddle depends on is not configured correctly. (error code is "
     "/usr/local/cuda/lib64/libcudnn.so: cannot open shared object file: No such file or directory)",
     "PaddlePaddle/PaddleDetection#5795"),
    ("cpu-illegal-instruction", "paddle_no_avx", "Error: Your machine doesn't support AVX, but the installed PaddlePaddle is "
     "avx core, you should reinstall paddlepaddle with no-avx core.", "PaddlePaddle/Paddle#43067"),
    ("cpu-illegal-instruction", "paddle_no_avx", "Error: AVX is not support on your machine, but you have installed "
     "paddlepaddle with avx core, you should reinstall paddlepaddle by 'python -m pip install -U paddlepaddle-gpu[==version] "
     "-f https://paddlepaddle.org.cn/whl/stable_noavx.html'", "PaddlePaddle/PaddleOCR#4214"),
    ("cpu-illegal-instruction", "cpuinfo_unreadable", "cat: /proc/cpuinfo: Transport endpoint is not connected",
     "PaddlePaddle/PaddleOCR#4275"),
    ("cpu-illegal-instruction", "umi_paddle_engine", "在使用截图功能后，步入自动识别文字时PaddleOCR-json.exe弹出错误窗口，“应用程序无法正常启动"
     "（0xc0000142）”。随后，Umi-OCR同样报错。", "hiroi-sora/Umi-OCR#453"),
    ("cpu-illegal-instruction", "dll_init_failed", "应用程序无法正常启动(0xc0000142)。请单击“确定”关闭应用程序。 ",
     "hiroi-sora/Umi-OCR#480"),
    ("cpu-illegal-instruction", "dll_init_failed", "应用程序无法正常启动0xc000142", "hiroi-sora/Umi-OCR_v2#37"),
    ("cpu-illegal-instruction", "umi_paddle_engine", "[Error] OCR init fail. Argd: {'enable_mkldnn': True, 'cpu_threads': 4, "
     "'config_path': 'models/config_chinese.txt', 'cls': False, 'use_angle_cls': False, 'limit_side_len': 960}",
     "hiroi-sora/Umi-OCR#308"),
    ("nontorch-cpu-build-evidence", "paddle_cpu_build", "ValueError: The device should not be 'gpu', since PaddlePaddle is "
     "not compiled with CUDA", "PaddlePaddle/PaddleGAN#353"),
    ("nontorch-cpu-build-evidence", "paddle_cpu_build", "PaddleDetection运行出现 paddlepaddle is not compiled with cuda",
     "PaddlePaddle/PaddleDetection#4551 (its title)"),
    ("driver-older-than-runtime", "needs_cuda_build", "python -m pip install paddlepaddle-gpu==2.4.2.post112 -f "
     "https://www.paddlepaddle.org.cn/whl/linux/mkl/avx/stable.html", "PaddlePaddle/Paddle#52100"),
    ("driver-older-than-runtime", "needs_cuda_build", "在官网上查找对应版本【pip3 install paddlepaddle-gpu==1.5.0.post107】，然后下载"
     "paddlepaddle_gpu-1.5.0.post107-cp37-cp37m-manylinux1_x86_64.whl 到服务器", "PaddlePaddle/Paddle#18602"),
    ("driver-older-than-runtime", "insufficient", "Error: cudaGetDeviceCount failed in "
     "paddle::platform::GetCUDADeviceCountImpl, error code : 35, Please see detail in https://docs.nvidia.com/cuda/"
     "cuda-runtime-api/group__CUDART__TYPES.html#group__CUDART__TYPES_1g3f51e3575c2178246db0a94a430e0038 at "
     "(/paddle/paddle/fluid/platform/gpu_info.cc:67)", "PaddlePaddle/Paddle#22576"),
]

QUIET = [
    # PaddleHub's module reading the variable is not the refusal: the KeyError line comes before it.
    ("cuda-visible-devices", "invalid_device_id", "    _places = os.environ[\"CUDA_VISIBLE_DEVICES\"]", "baidu/lac#144"),
    # Paddle's warning when the GPU build counts no GPU names no cause (a driver, a container, a hidden device).
    ("cuda-visible-devices", "invalid_device_id", "/home/dfst/venv3/lib/python3.6/site-packages/paddle/fluid/framework.py:301: "
     "UserWarning: You are using GPU version Paddle, but your CUDA device is not set properly. CPU device will be used by "
     "default.", "PaddlePaddle/PaddleSeg#964"),
    ("nontorch-cpu-build-evidence", "paddle_cpu_build", "/home/dfst/venv3/lib/python3.6/site-packages/paddle/fluid/"
     "framework.py:301: UserWarning: You are using GPU version Paddle, but your CUDA device is not set properly. CPU device "
     "will be used by default.", "PaddlePaddle/PaddleSeg#964"),
    # The opposite AVX warning: a slower no-AVX core on a CPU that has AVX.
    ("cpu-illegal-instruction", "paddle_no_avx", "在docker的虚拟镜像中运行时，出现WARNING: AVX is supported on local machine, but "
     "you have installed paddlepaddle without avx core. Hence, no_avx core which has worse preformance will be imported.",
     "PaddlePaddle/Paddle#42225"),
    # Another Windows status beside Umi-OCR's engine (a missing system DLL on Windows Server 2008 R2) is not 0xc0000142.
    ("cpu-illegal-instruction", "dll_init_failed", "无法启动此程序，因为计算机中丢失 api-ms-win-core-processtopology-obsolete-l1-1-0.dll。"
     "尝试重新安装该程序以解决此问题。 ", "hiroi-sora/Umi-OCR#78"),
    # Paddle's cuDNN check is wrong-cudnn's and the loader's, not the arch warning.
    ("gpu-arch-unsupported", "too_old", "W0104 09:58:24.399132 7912 device_context.h:397] WARNING: device: 0. The installed "
     "Paddle is compiled with CUDNN 8.2, but CUDNN version in your machine is 8.1, which may cause serious incompatible bug. "
     "Please recompile or reinstall Paddle with compatible CUDNN version.", "PaddlePaddle/Paddle#38668"),
    # A version without a post tag names no CUDA.
    ("driver-older-than-runtime", "needs_cuda_build", "1）python3.7    PaddlePaddle 1.8.0    paddlehub-1.8.2",
     "PaddlePaddle/PaddleFormers#971"),
    # Paddle 1.x's other bare codes (30: unknown error) are not the driver's shortfall.
    ("driver-older-than-runtime", "insufficient", "> PaddleCheckError: cudaGetDeviceProperties failed in "
     "paddle::platform::GetCUDAComputeCapability, error code : 30, Please see detail in https://docs.nvidia.com/cuda/"
     "cuda-runtime-api/group__CUDART__TYPES.html#group__CUDART__TYPES_1g3f51e3575c2178246db0a94a430e0038: unknown error at "
     "[D:\\1.6.1\\paddle\\paddle\\fluid\\platform\\gpu_info.cc:84]", "PaddlePaddle/PaddleSeg#84"),
]
