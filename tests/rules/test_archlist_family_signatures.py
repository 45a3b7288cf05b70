"""arch-list-undetermined-evidence (session 23) reads a CUDA extension build that saw no GPU and had no architecture list:
cpp_extension's empty arch_list (torch >= 1.5, and the setup scripts that copy its line), tiny-cuda-nn's build-time
"Unknown compute capability", setup scripts' own "No GPUs found", CMake handing nvcc an empty compute_, and old torch's
capability query failing inside a docker build. Its look-alikes (tiny-cuda-nn's import-time message, a real architecture
nvcc does not know, a container run without a GPU) are not read. Each line is verbatim from the thread named."""
from __future__ import annotations


RULE = "arch-list-undetermined-evidence"

FIRES = [
    ("arch_list_empty", "    arch_list[-1] += '+PTX'", "qwopqwop200/GPTQ-for-LLaMa#85"),
    ("arch_list_empty", "#0 16.34     arch_list[-1] += '+PTX'", "hirotomusiker/CLRerNet#4"),
    ("arch_list_empty", "# arch_list[-1] += '+PTX' IndexError: list index out of range", "BlinkDL/RWKV-LM#182 (title)"),
    ("arch_flags_frame", "...line 1773, in _get_cuda_arch_flags", "qwopqwop200/GPTQ-for-LLaMa#85"),
    ("arch_flags_frame", "      File \"/home/vic/workspace/AutoGPTQ/setup.py\", line 68, in detect_local_sm_architectures",
     "AutoGPTQ/AutoGPTQ#669"),
    ("tcnn_unknown", "#0 1.764 OSError: Unknown compute capability. Specify the target compute capabilities in the "
     "TCNN_CUDA_ARCHITECTURES environment variable or install PyTorch with the CUDA backend to detect it automatically.\"",
     "openxrlab/xrnerf#30"),
    ("cmake_arch_empty", "  nvcc fatal : Unsupported gpu architecture 'compute_'", "ingonyama-zk/icicle#159"),
    ("cmake_arch_empty", "  Id flags: --keep;--keep-dir;tmp;-gencode=arch=compute_,code=sm_ -v", "ingonyama-zk/icicle#159"),
    ("cmake_arch_empty", "# CMake Error at CMakeLists.txt:255 (message): You must set CMAKE_CUDA_ARCHITECTURES to e.g. 'native', "
     "'all-major', '70', etc. More information at", "colmap/colmap#1940 (title)"),
    ("no_gpu", "RuntimeError: cuda runtime error (38) : no CUDA-capable device is detected at "
     "/pytorch/aten/src/THC/THCGeneral.cpp:50", "facebookresearch/detectron2#265"),
    ("docker_build", "I'm building a `Dockerfile` on my OS X machine (that has no GPU).. I'm using standard Docker, but the "
     "image I'm building will run on a cluster machine with an NVIDIA GPU and the CUDA driver (where `nvidia-docker` is used).",
     "facebookresearch/detectron2#265"),
    ("docker_build", " => ERROR [13/14] RUN cd Pytorch-Correlation-extension && python setup.py install",
     "ClementPinard/Pytorch-Correlation-extension#95"),
    ("no_runtime_found", "#0 1.665 No CUDA runtime is found, using CUDA_HOME='/usr/local/cuda'",
     "ClementPinard/Pytorch-Correlation-extension#95"),
    ("arch_unset_warning", "UserWarning: TORCH_CUDA_ARCH_LIST is not set, all archs for visible cards are included for "
     "compilation. If this is not desired, please set os.environ['TORCH_CUDA_ARCH_LIST']", "MiroPsota/torch_packages_builder#3"),
    ("setup_py_frame", "  File \"/media/user/precp1/prob_centerpoint/det3d/ops/dcn/setup.py\", line 4, in <module>",
     "tianweiy/CenterPoint#234"),
    ("half2_atomic", "            argument types are: (__half2 *, __half2)", "Totoro97/f2-nerf#12"),
    ("build_without_gpu_said", "I think my use case is fairly reasonable - build a docker image suitable for CUDA/GPU, on a "
     "machine that does not have it. But it fails.", "facebookresearch/detectron2#265"),
    ("cpu_torch", "Using /home/comp.cache/torch_extensions/py37_cpu as PyTorch extensions root...", "sunset1995/DirectVoxGO#55"),
    ("driver_broken", "/home/siat/Downloads/ENTER/lib/python3.9/site-packages/torch/cuda/__init__.py:82: UserWarning: CUDA "
     "initialization: Unexpected error from cudaGetDeviceCount(). Did you run some cuda functions before calling "
     "NumCudaDevices() that might have already set an error? Error 804: forward compatibility was attempted on non "
     "supported HW (Triggered internally at  ../c10/cuda/CUDAFunctions.cpp:112.)", "sshaoshuai/Pointnet2.PyTorch#39"),
]

QUIET = [
    # tinycudann's import-time check in a container run: the GPU is missing at run time, not at build time.
    ("tcnn_unknown", "Docker `dromni/nerfstudi` `ns-train` crashes with tinycudann/modules.py:19 `Unknown compute capability. "
     "Ensure PyTorch with CUDA support`", "nerfstudio-project/nerfstudio#2883"),
    # An architecture nvcc does not know is a toolkit older than the GPU (nvcc-too-old-for-gpu-arch), not an empty list.
    ("cmake_arch_empty", "nvcc fatal   : Unsupported gpu architecture 'compute_86'", "zhanghang1989/PyTorch-Encoding#383"),
    ("cmake_arch_empty", "nvcc fatal   : Unsupported gpu architecture 'compute_30'", "depctg/udacity-cs344-colab#3"),
    # The extension built for other architectures and run on this GPU: a runtime failure, not an undetermined list.
    ("tcnn_unknown", "OSError: Could not find compatible tinycudann extension for compute capability 75.",
     "NVlabs/tiny-cuda-nn#330"),
    # docker run, not docker build.
    ("docker_build", "docker run --gpus all -it --name temp-container oobabooga /bin/bash", "pytorch/extension-cpp#71"),
]
