"""extension-build-tools-missing (session 24) reads a torch extension build (pip / setup.py, or cpp_extension.load at
import) that stops for lack of a basic build tool that is not CUDA: Ninja, a C/C++ compiler, the Xcode Command Line
Tools or Python's development headers. Each line is verbatim from the thread named; the near misses are a compiler that
runs and fails, nvcc paths (CUDA_HOME), CXX holding flags, ninja running, and Python.h in a CMake libtorch project or in
Triton's run-time launcher."""
from __future__ import annotations


RULE = "extension-build-tools-missing"

FIRES = [
    ("ninja_required", "RuntimeError: Ninja is required to load C++ extensions", "CSAILVision/unifiedparsing#12"),
    ("ninja_required", '        raise RuntimeError("Ninja is required to load C++ extensions (pip install ninja to get it)")',
     "pytorch/pytorch#147698"),
    ("ninja_not_found", "FileNotFoundError: [Errno 2] No such file or directory: 'ninja'",
     "zhanghang1989/PyTorch-Encoding#167"),
    ("ninja_not_found", "FileNotFoundError: [Errno 2] No such file or directory: 'ninja': 'ninja'",
     "BradMcDanel/column-combine#2"),
    ("ninja_said", "It seems that ninja is required here and it should be at /usr/bin which makes it hard without sudo "
     "privileges  :", "fangwei123456/spikingjelly#47"),
    ("ninja_said", "Ps, I've installed ninja and its version is 1.10.1", "openseg-group/openseg.pytorch#32"),
    ("ninja_said", "Ninja安装后仍报错", "laprf/DSTC#1 (title)"),
    ("ninja_said", "How to solve this problem when I test VRWKV? Do I have to install the Ninja?",
     "OpenGVLab/Vision-RWKV#23"),
    ("ninja_not_found", "RuntimeError: Unable to JIT load the fused_adam op due to ninja not being installed.",
     "deepspeedai/DeepSpeed op_builder/builder.py (its raise, quoted in a public setup guide)"),
    ("compiler_said", "I have solved this problem, the reason for the above problem is that my server does not have gcc, "
     "after installing gcc it works", "microsoft/CodeT#11"),
    ("compiler_said", "I need to install g++,then it's ok", "facebookresearch/detectron2#160"),
    ("compiler_spawn", "unable to execute 'gcc': No such file or directory",
     "https://www.repoflow.io/errors/pip/build-toolchain-missing"),
    ("compiler_spawn", "gcc: No such file or directory", "JPaulMora/Pyrit#152"),
    ("which_compiler", "subprocess.CalledProcessError: Command '['which', 'c++']' returned non-zero exit status 1.",
     "deepspeedai/DeepSpeed#1649 (title)"),
    ("which_compiler", "CalledProcessError: Command '['which', 'g++']' returned non-zero exit status 1.",
     "tianzhi0549/FCOS#59 (title)"),
    ("cc1_missing", "g++: fatal error: cannot execute ‘cc1plus’: execvp: No such file or directory",
     "deepspeedai/DeepSpeed#3221"),
    ("cc1_missing", "gcc: fatal error: cannot execute ‘cc1plus’: execvp: 没有那个文件或目录",
     "OpenGVLab/video-mamba-suite#5"),
    ("cc1_missing", "    x86_64-linux-gnu-gcc: error trying to exec 'cc1plus': execvp: No such file or directory",
     "pytorch/pytorch#15078"),
    ("xcrun_missing", "    xcrun: error: invalid active developer path (/Library/Developer/CommandLineTools), missing xcrun "
     "at: /Library/Developer/CommandLineTools/usr/bin/xcrun", "Franck-Dernoncourt/NeuroNER#142"),
    ("python_h", "/home/srinija/venv3/lib/python3.8/site-packages/torch-1.12.1-py3.8-linux-x86_64.egg/torch/include/torch/"
     "csrc/python_headers.h:10:10: fatal error: Python.h: No such file or directory", "openvinotoolkit/nncf#1395"),
    ("python_h", "torch/csrc/python_headers.h:9:20: fatal error: Python.h: no such directory or file",
     "rusty1s/pytorch_scatter#31 (title)"),
    ("python_h", "fatal error: python2.7/Python.h: No such file or directory", "whai362/PSENet#104 (title)"),
    ("python_h", "D:\\Stable-Diffusion-webui\\py310\\lib\\site-packages\\torch\\include\\torch/csrc/python_headers.h(12): "
     "fatal error C1083: 无法打开包括文件: “Python.h”: No such file or directory", "IDEA-Research/GroundingDINO#117"),
]

QUIET = [
    # CUDA_HOME holding a path list: nvcc's path, cuda-home-invalid's.
    ("compiler_spawn", "error: command ':/usr/local/cuda/bin/nvcc' failed: No such file or directory",
     "microsoft/Graphormer#124 (title)"),
    ("compiler_shell_missing", "make_cuda.sh: line 9: nvcc: command not found", "NVlabs/PWC-Net#70"),
    # A compiler that runs and misses an object file another step failed to make.
    ("compiler_spawn", "g++: error: /data/flash-attention/build/temp.linux-x86_64-cpython-38/csrc/flash_attn/src/"
     "flash_fwd_split_hdim192_fp16_sm80.o: No such file or directory", "Dao-AILab/flash-attention#843"),
    # The compiler runs; the failure is the code or the toolkit's headers.
    ("cc1_missing", "cc1plus: fatal error: cuda_runtime.h: No such file or directory", "OpenGVLab/VideoMamba#102 (title)"),
    # -ccbin naming a gcc version that is not there (fixed by dropping the flag).
    ("compiler_spawn", "gcc-6.3.0: No such file or directory", "ChristophReich1996/Cell-DETR#13"),
    # ninja is there and the build it runs fails.
    ("ninja_not_found", "subprocess.CalledProcessError: Command '['ninja', '-v']' returned non-zero exit status 1.",
     "CASIA-IVA-Lab/DANet#46"),
    ("ninja_said", "ninja: error: loading 'build.ninja': No such file or directory", "ninja-build/ninja#1633 (title)"),
    ("ninja_said", "pip install ninja", "icon-lab/SynDiff#34 (an answer's command)"),
    ("ninja_said", "Successfully installed deepspeed-0.6.1 hjson-3.0.2 ninja-1.10.2.3 py-cpuinfo-8.0.0", "microsoft/CodeT#11"),
    # A compiler mentioned, not missing.
    ("compiler_said", "I carefully check my installation of gcc and g++, which not have problem.",
     "OpenGVLab/video-mamba-suite#5"),
    ("compiler_shell_missing", "/bin/sh: 1: :/usr/local/cuda-10.1:/usr/local/cuda-10.1/bin/nvcc: not found",
     "ThibaultGROUEIX/ChamferDistancePytorch#7"),
    # CXX holding flags: torch runs `which` on the whole string.
    ("which_compiler", "Install failed: Command '['which', 'g++ -std=gnu++0x']' returned non-zero exit status 1",
     "thomasbrandon/mish-cuda#19 (title)"),
    # BuildExtension's warning without ninja: it falls back, it does not fail.
    ("ninja_required", "/home/celso/projects/venvs/LightXML/lib/python3.8/site-packages/torch/utils/cpp_extension.py:476: "
     "UserWarning: Attempted to use ninja as the BuildExtension backend but we could not find ninja.. Falling back to "
     "using the slow distutils backend.", "NVIDIA/apex#1609"),
]
