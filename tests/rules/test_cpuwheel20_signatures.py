"""Session 20: the CPU-build and wheel families in more of their words (gpu-unused-said, cpu-only-wheel's stated build,
conda's plan table, pip's fallback to PyPI's torch 0.1.2 placeholder, torch-not-installed). Each line that must be read is
verbatim from the thread or program named, none of them a corpus report's; each near miss is verbatim or written to show
the boundary."""
from __future__ import annotations


FIRES = [
    ("no-matching-wheel", "sdist_fallback", "    ModuleNotFoundError: No module named 'tools.nnwrap'", "pytorch/pytorch#37126"),
    ("no-matching-wheel", "sdist_fallback", "  Downloading https://files.pythonhosted.org/packages/f8/02/"
     "880b468bd382dc79896eaecbeb8ce95e9c4b99a24902874a2cef0b562cea/torch-0.1.2.post2.tar.gz (128kB)", "pytorch/pytorch#34612"),
    ("gpu-unused-said", "said_unavailable", '            print("没有发现支持的N卡, 使用CPU进行推理")',
     "RVC-Project/Retrieval-based-Voice-Conversion-WebUI configs/config.py"),
    ("gpu-unused-said", "said_unavailable", "Dear Professor, my GPU is a 2060, and the Torch version is 1.13.1+cu117. I am training "
     "with this configuration, but it is using the CPU instead of the GPU.", "visitworld123/FedFed#9"),
]

NEAR_MISSES = [
    # RVC on a Mac: the NVIDIA half of its line is printed before the MPS one
    ("gpu-unused-said", "said_unavailable", '            print("没有发现支持的N卡, 使用MPS进行推理")',
     "RVC-Project/Retrieval-based-Voice-Conversion-WebUI configs/config.py"),
    # the CPU wanted, not the GPU missed
    ("gpu-unused-said", "said_unavailable", "How do I use the CPU instead of the GPU?", "written: the other direction"),
    # conda's plan rows of CUDA builds and their companions
    ("cpu-build-evidence", "conda_cpu_plan", "    cuda-cudart-12.1.105       |                0         189 KB  nvidia",
     "pytorch/test-infra#4567"),
    ("cpu-only-wheel", "conda_cpu_plan", "    cuda-cudart-12.1.105       |                0         189 KB  nvidia",
     "pytorch/test-infra#4567"),
    # the reporter's own attempt to get the CPU build, not a solver's choice
    ("cpu-only-wheel", "stated_cpu_build", "When I tried to install CPU-only version of pytorch and torchvision with conda by the "
     "following cmd", "pytorch/vision#390"),
    # a command installs what it is told: no statement that the solver picked a CPU build
    ("cpu-only-wheel", "stated_cpu_build", "conda install -c pytorch pytorch-cpu=1.0.1", "pytorch/builder#270"),
    # a real torch source tree builds with its own tools/ package
    ("no-matching-wheel", "sdist_fallback", "    from tools.setup_helpers.cmake import CMake", "written: torch's own setup.py"),
]
