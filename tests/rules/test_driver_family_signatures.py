"""Session 20, driver and no-GPU families: wordings the rules now read and their near misses. Each line is verbatim
from the thread named (a near miss written to show the boundary says so)."""
from __future__ import annotations


FIRES = [
    # NVML's own name for a driver/library mismatch, as the libraries that call NVML print it.
    ("driver-library-mismatch", "rm_mismatch", "`NVML ERROR: RM has detected an NVML/RM version mismatch.`", "XuehaiPan/nvitop#41"),
    ("driver-library-mismatch", "rm_mismatch", "> tensorpack.utils.nvml.NvmlException: NVML_ERROR_LIB_RM_VERSION_MISMATCH",
     "tensorpack/tensorpack#1244"),
    ("driver-library-mismatch", "rm_mismatch", "of type `pynvml.nvml.NVMLError_LibRmVersionMismatch`.", "wookayin/gpustat#147"),
    ("driver-library-mismatch", "rm_mismatch", "[BUG] error in fastai NVMLError_LibRmVersionMismatch: RM has detected an "
     "NVML/RM version mismatch.", "recommenders-team/recommenders#1287 (title)"),
    ("driver-library-mismatch", "rm_mismatch", "nvmlInit_v2 err: 18", "abysssol/ollama-flake#4"),
    ("driver-library-mismatch", "rm_mismatch", "Unable to load CUDA management library /nix/store/z6557r7pgvmxr9x16a4ffazly8dflh65-"
     "nvidia-x11-545.29.06-6.1.77/lib/libnvidia-ml.so.545.29.06: nvml vram init failure: 18", "abysssol/ollama-flake#4"),
    ("no-driver", "nvml_mismatch", "`NVML ERROR: RM has detected an NVML/RM version mismatch.`", "XuehaiPan/nvitop#41"),
    # TensorRT's builder names only CUDA's code 35 (cudaErrorInsufficientDriver), in each release's spelling.
    ("driver-older-than-runtime", "insufficient", "ERROR: Cuda initialization failure with error 35. Please check cuda "
     "installation:  http://docs.nvidia.com/cuda/cuda-installation-guide-linux/index.html.", "lewes6369/TensorRT-Yolov3#61"),
    ("driver-older-than-runtime", "insufficient", "[11/05/2023-16:18:50] [W] [TRT] CUDA initialization failure with error: 35. "
     "Please check your CUDA installation:  http://docs.nvidia.com/cuda/cuda-installation-guide-linux/index.html",
     "linghu8812/tensorrt_inference#173"),
    # A machine without a GPU said in the past tense or with another verb.
    ("no-nvidia-gpu-stated", "no_gpu_at_all", "I finally understood that I didn't have a graphic card on my work computer. ",
     "broadinstitute/CellBender#161 (a dev-split corpus report)"),
    ("no-nvidia-gpu-stated", "no_gpu_at_all", "I don't own a dedicated GPU.", "written: the verb own"),
    ("no-nvidia-gpu-stated", "stated_none", "I do not own an NVIDIA GPU", "written: the verb own"),
    ("mac-named-evidence", "mac_named", "in my macOs giving this error in       model = Model(2).cuda()",
     "abhijithjadhav/Deepfake_detection_using_deep_learning#7 (a dev-split corpus report)"),
]

MISSES = [
    # Other NVML return codes are other causes (no driver loaded, no permission).
    ("driver-library-mismatch", "rm_mismatch", "pynvml.nvml.NVMLError_DriverNotLoaded: Driver Not Loaded", "written: another NVML code"),
    ("driver-library-mismatch", "rm_mismatch", "nvmlInit_v2 err: 9", "written: NVML_ERROR_DRIVER_NOT_LOADED"),
    ("driver-library-mismatch", "rm_mismatch", "Mismatch in versions between nvidia-smi and NVML.", "Bruce-Lee-LY/cuda_hook#15 "
     "(a hooked nvidia-smi binary against its own library, not the kernel module)"),
    # TensorRT's other codes are other causes (2: out of memory, 100: no device).
    ("driver-older-than-runtime", "insufficient", "[E] [TRT] Cuda initialization failure with error 2. Please check cuda "
     "installation:  http://docs.nvidia.com/cuda/cuda-installation-guide-linux/index.html.", "NVIDIA/TensorRT#149"),
    ("driver-older-than-runtime", "insufficient", "`[E] [TRT] Cuda initialization failure with error 100. Please check cuda "
     "installation: http://docs.nvidia.com/cuda/cuda-installation-guide-linux/index.html.`", "NVIDIA/TensorRT#149"),
    # The past tense speaks of a machine only when the GPU word ends the clause.
    ("no-nvidia-gpu-stated", "no_gpu_at_all", "Before the update I didn't have any GPU problems", "written: a GPU word as adjective"),
    ("no-nvidia-gpu-stated", "no_gpu_at_all", "I didn't have the driver installed", "written: no GPU word"),
]
