"""Session 18: structural signs of the CPU-build and old-driver families, read whatever the user's words: torch._C without
its CUDA bindings, collect_env's "Could not collect" for a CPU build, +cpu wheels in pip's (URL-encoded) download lines,
a CUDA wheel named in pip's log (no hidden-CPU base rate then), conda list's pytorch-cuda row. Each line that must be read
is verbatim from the thread named, none of them a corpus report's; each near miss is verbatim or written to show the
boundary."""
from __future__ import annotations


FIRES = [
    ("cpu-only-wheel", "aten_cuda_missing", "AttributeError: module 'torch._C' has no attribute '_cuda_setDevice'",
     "insilicomedicine/GENTRL#36"),
    ("cpu-only-wheel", "aten_cuda_missing", "{AttributeError}module 'torch._C' has no attribute '_cuda_setDevice'",
     "levihsu/OOTDiffusion#110"),
    ("cpu-only-wheel", "collect_env_cuda_present", "CUDA used to build PyTorch: Could not collect",
     "pytorch/pytorch#51858 (a comment's collect_env)"),
    ("cpu-build-evidence", "cpu_build_seen", "  Downloading https://download.pytorch.org/whl/cpu/torch-2.7.0%2Bcpu-cp312-cp312-"
     "manylinux_2_28_x86_64.whl.metadata (27 kB)", "Samsung/ONE#16110"),
    ("cpu-build-likely", "cuda_wheel", "  Using cached https://download-r2.pytorch.org/whl/cu124/torch-2.4.0%2Bcu124-cp311-"
     "cp311-linux_x86_64.whl (797.3 MB)", "pytorch/pytorch#193491"),
    ("driver-older-than-runtime", "needs_cuda_build", "[conda] pytorch-cuda              12.1                 ha16c6d3_5"
     "    pytorch", "a collect_env's conda section"),
]

NEAR_MISSES = [
    # a binding added in a later torch: a library written for a newer torch, not a CPU build
    ("cpu-only-wheel", "aten_cuda_missing", "AttributeError: module 'torch._C' has no attribute '_cuda_clearCublasWorkspaces'",
     "written: a newer binding"),
    # collect_env with no NVIDIA driver, GPU or nvcc at all: a CPU build on a CPU-only machine is the right build
    ("cpu-only-wheel", "collect_env_cuda_present", "CUDA used to build PyTorch: None", "written: the no-CUDA branch"),
    ("cpu-build-evidence", "cpu_build_seen", "  Downloading https://download.pytorch.org/whl/cpu/torchvision-0.22.0%2Bcpu-"
     "cp312-cp312-manylinux_2_28_x86_64.whl", "written: torchvision's wheel"),
    ("cpu-build-likely", "cuda_wheel", "pip install torch==2.4.0 --index-url https://download.pytorch.org/whl/cu124",
     "written: a command names an index, no wheel"),
    ("cpu-only-wheel", "stated_cpu_installed", "Finally I find the problem is that I use torch-cpu rather than torch-gpu.",
     "ROCm/legacy-rocm-build#2354 (an AMD GPU)"),
    ("cpu-only-wheel", "stated_cpu_installed", "it gets replaced by torch 2.8.0+cu128", "written: a CUDA build replaced it"),
]
