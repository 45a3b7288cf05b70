"""Facts from pasted text, on real reports (source URL beside each); linear time; garbage-proof."""
from __future__ import annotations

import random
import time

import pytest

from gpufix.facts import FactBase
from gpufix.probes.pasted import conda_torch_build, extract_facts_from_text


def fb_of(text: str) -> FactBase:
    facts = extract_facts_from_text(text)
    assert all(f.origin == "log" and f.source in ("log", "log-prose") for f in facts)
    fb = FactBase()
    fb.extend(facts)
    return fb


# https://github.com/pytorch/pytorch/issues/51858 (comment by HAMZA12337, 2023-06-25; the stored copy
# stops inside the conda lines)
WINDOWS_COLLECT_ENV = """\
python -m torch.utils.collect_env
Collecting environment information...
PyTorch version: 2.0.1+cu117
Is debug build: False
CUDA used to build PyTorch: 11.7
ROCM used to build PyTorch: N/A

OS: Microsoft Windows 11 Pro
GCC version: Could not collect
Clang version: Could not collect
CMake version: Could not collect
Libc version: N/A

Python version: 3.9.16 (main, May 17 2023, 17:49:16) [MSC v.1916 64 bit (AMD64)] (64-bit runtime)
Python platform: Windows-10-10.0.22621-SP0
Is CUDA available: True
CUDA runtime version: 11.7.64
CUDA_MODULE_LOADING set to: LAZY
GPU models and configuration: GPU 0: NVIDIA GeForce GTX 1050 Ti
Nvidia driver version: 535.98
cuDNN version: C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v11.7\\bin\\cudnn_ops_train64_8.dll
HIP runtime version: N/A
MIOpen runtime version: N/A
Is XNNPACK available: True

CPU:
Architecture=9
CurrentClockSpeed=2904
DeviceID=CPU0
Family=198
L2CacheSize=2048
L2CacheSpeed=
Manufacturer=GenuineIntel
MaxClockSpeed=2904
Name=Intel(R) Core(TM) i7-10700 CPU @ 2.90GHz
ProcessorType=3
Revision=

Versions of relevant libraries:
[pip3] numpy==1.23.5
[pip3] torch==2.0.1+cu117
[pip3] torchaudio==2.0.2+cu117
[pip3] torchvision==0.15.2
"""


def test_windows_collect_env():
    fb = fb_of(WINDOWS_COLLECT_ENV)
    assert fb.value("torch.version_full") == "2.0.1+cu117"
    assert fb.value("torch.version") == "2.0.1"
    assert fb.value("torch.build") == "cu117"
    assert fb.value("torch.cuda") == "11.7"
    assert fb.value("torch.cuda_available") is True
    assert fb.value("nvcc.version") == "11.7.64"  # "CUDA runtime version" is the system toolkit
    assert fb.value("gpu.name") == ["NVIDIA GeForce GTX 1050 Ti"]
    assert fb.value("gpu.count") == 1
    assert fb.value("driver.version") == "535.98"
    assert fb.value("os.name") == "windows"
    assert fb.value("python.version") == "3.9.16"
    assert fb.value("python.bits") == 64
    assert fb.value("numpy.version") == "1.23.5"
    assert fb.value("torchaudio.version_full") == "2.0.2+cu117"
    assert fb.value("torchvision.version") == "0.15.2"
    assert fb.value("cudnn.system") == ["8"]
    assert fb.get("torch.cudnn") is None  # the system cuDNN is not torch's


# https://github.com/pytorch/pytorch/issues/122924 (R4yanW1ang, 2024-03-28): a CPU-only PyPI wheel on
# Windows. Newer collect_env prints every None as "Could not collect", torch.version.cuda included.
CPU_COLLECT_ENV = """\
Collecting environment information...
PyTorch version: 2.2.2
Is debug build: False
CUDA used to build PyTorch: Could not collect
ROCM used to build PyTorch: N/A

OS: Microsoft Windows 11 Education
GCC version: Could not collect
"""


def test_collect_env_could_not_collect_cuda_is_a_cpu_build():
    fb = fb_of(CPU_COLLECT_ENV)
    assert fb.value("torch.version_full") == "2.2.2"
    assert fb.value("torch.build") == "cpu"
    assert fb.status("torch.cuda") == "absent"


# https://github.com/pytorch/pytorch/issues/37212 (comment by WenmuZhou, 2020-04-26): the 1.5-era format,
# no colon after "PyTorch version", "Os:", GPU lines with a full-width colon
OLD_COLLECT_ENV = """\
PyTorch version 1.5.0
Is debug build: No
CUDA used to build PyTorch: 10.2

Os: Ubuntu 18.04.3 LTS
GCC version: (Ubuntu 7.4.0-1ubuntu1~18.04.1) 7.4.0
CMake version: version 3.10.2

Python version: 3.6
Is CUDA available: No
CUDA runtime version: 10.0.130
GPU models and configuration:
GPU 0： Tesla P100-PCIE-16GB
GPU 1： Tesla P100-PCIE-16GB
GPU 2： Tesla P100-PCIE-16GB
GPU 3： Tesla P100-PCIE-16GB

Nvidia driver version: 410.104
cuDNN version: /usr/lib/x86_64-linux-gnu/libcudnn.so.7.6.5

Version of relevant libraries:
[pip3] numpy==1.17.4
[pip3] torch==1.5.0
[pip3] torchvision==0.6.0
[conda] Could not collect
"""


def test_old_collect_env():
    fb = fb_of(OLD_COLLECT_ENV)
    assert fb.value("torch.version") == "1.5.0"
    assert fb.value("torch.build") == "cu102"  # no suffix: from "CUDA used to build PyTorch"
    assert fb.value("torch.cuda_available") is False
    assert fb.value("gpu.count") == 4
    assert fb.value("gpu.name") == ["Tesla P100-PCIE-16GB"] * 4
    assert fb.value("driver.version") == "410.104"
    assert fb.value("os.name") == "linux"
    assert fb.value("os.distro") == "Ubuntu 18.04.3 LTS"
    assert fb.value("python.version") == "3.6"
    assert fb.value("cudnn.system") == ["7.6.5"]


# https://github.com/pytorch/pytorch/issues/40682 (2020-06-28): the report quoted with "> "
QUOTED = """\
> Collecting`environment information...
> PyTorch version: 1.5.0+cu101
> Is debug build: No
> CUDA used to build PyTorch: 10.1
> 
> OS: Microsoft Windows Server 2019 Standard
> GCC version: (MinGW.org GCC Build-20200227-1) 9.2.0
> CMake version: Could not collect
> 
> Python version: 3.7
> Is CUDA available: Yes
> CUDA runtime version: 10.1.243
> GPU models and configuration:
> GPU 0: TITAN RTX
> GPU 1: TITAN RTX
> 
> Nvidia driver version: 442.92
"""


def test_quoted_report():
    fb = fb_of(QUOTED)
    assert fb.value("torch.build") == "cu101"
    assert fb.value("torch.cuda_available") is True
    assert fb.value("gpu.name") == ["TITAN RTX", "TITAN RTX"]
    assert fb.value("driver.version") == "442.92"


# https://github.com/pytorch/pytorch/issues/28321 (2019-10-18): pip says torch 1.2.0, conda says pytorch 1.3.0,
# and the torch that imports is 1.3.0
CONDA_AND_PIP = """\
Collecting environment information...
PyTorch version: 1.3.0
Is debug build: No
CUDA used to build PyTorch: 10.1.243

OS: Debian GNU/Linux 9.11 (stretch)
GCC version: (Debian 6.3.0-18+deb9u1) 6.3.0 20170516
CMake version: Could not collect

Python version: 3.7
Is CUDA available: No
CUDA runtime version: 10.0.130
GPU models and configuration: GPU 0: Tesla T4
Nvidia driver version: 410.104
cuDNN version: Could not collect

Versions of relevant libraries:
[pip3] intel-numpy==1.15.1
[pip3] numpy==1.15.1
[pip3] torch==1.2.0
[pip3] torchvision==0.4.0
[conda] blas                      1.0                         mkl
[conda] mkl                       2019.4                      243
[conda] mkl-service               2.3.0            py37he904b0f_0
[conda] mkl_fft                   1.0.14           py37ha843d7b_0
[conda] mkl_random                1.1.0            py37hd6b4f25_0
[conda] pytorch                   1.3.0           py3.7_cuda10.1.243_cudnn7.6.3_0    pytorch
[conda] torchvision               0.4.1                py37_cu101    pytorch
"""


def test_collect_env_wins_over_package_lines():
    fb = fb_of(CONDA_AND_PIP)
    assert fb.value("torch.version") == "1.3.0"
    assert fb.value("torch.cuda") == "10.1.243"
    assert fb.value("torch.build") == "cu101"
    assert fb.value("conda.pytorch_build") == "py3.7_cuda10.1.243_cudnn7.6.3_0"
    assert fb.value("torchvision.version") == "0.4.1"  # the conda line comes last
    assert fb.value("pkg.intel-numpy") == "1.15.1"
    assert fb.value("nvcc.version") == "10.0.130"


# https://github.com/pytorch/pytorch/issues/85332 (2022-09-20): one-line nvidia-smi, nvcc, a print
PROSE = """\
import torch
print(torch.cuda.is_available())

return False

### Versions

nvidia-smi:NVIDIA-SMI 450.51.05    Driver Version: 450.51.05    CUDA Version: 11.0 
nvcc -V:Cuda compilation tools, release 10.2, V10.2.89
install : pip install torch==1.8.1+cu102 torchvision==0.9.1+cu102 torchaudio==0.8.1 -f https://download.pytorch.org/whl/torch_stable.html

print(torch.__version__)
1.8.1+cu102
"""


def test_prose_report():
    fb = fb_of(PROSE)
    assert fb.value("driver.version") == "450.51.05"
    assert fb.value("driver.cuda") == "11.0"
    assert fb.value("nvcc.version") == "10.2.89"
    assert fb.value("torch.version_full") == "1.8.1+cu102"
    assert fb.value("torch.build") == "cu102"
    # "return False" below the check is the user telling its answer (session 16: read, like "it prints False")
    assert fb.value("torch.cuda_available") is False


# https://github.com/pytorch/pytorch/issues/68611 (2021-11-18): a table inside an issue body
TABLE_IN_ISSUE = """\
`torch.cuda.is_available() `
false
**pytorch installed** 
conda install pytorch torchvision torchaudio cudatoolkit=11.3 -c pytorch-nightly

**nvidia-smi**
```
+-----------------------------------------------------------------------------+
| NVIDIA-SMI 461.72       Driver Version: 461.72       CUDA Version: 11.2     |
|-------------------------------+----------------------+----------------------+
| GPU  Name            TCC/WDDM | Bus-Id        Disp.A | Volatile Uncorr. ECC |
| Fan  Temp  Perf  Pwr:Usage/Cap|         Memory-Usage | GPU-Util  Compute M. |
|                               |                      |               MIG M. |
|===============================+======================+======================|
|   0  GeForce GTX 105... WDDM  | 00000000:01:00.0 Off |                  N/A |
| N/A   61C    P8    N/A /  N/A |     78MiB /  4096MiB |      0%      Default |
|                               |                      |                  N/A |
+-------------------------------+----------------------+----------------------+
```
"""


def test_table_in_issue():
    fb = fb_of(TABLE_IN_ISSUE)
    assert fb.value("driver.version") == "461.72"
    assert fb.value("driver.cuda") == "11.2"
    assert fb.value("gpu.name") == ["GeForce GTX 105..."]
    assert fb.value("gpu.memory_total_mib") == [4096]
    assert fb.get("driver.error") is None
    assert fb.get("torch.cuda_available").value is False  # "false" under the expression


def test_nvidia_smi_errors_in_text():
    # https://github.com/lyulyul/shine-cluster/issues/30 (2021-04-27)
    fb = fb_of("$ nvidia-smi\nFailed to initialize NVML: Driver/library version mismatch\n$ squeue\n")
    assert fb.value("driver.error") == "Failed to initialize NVML: Driver/library version mismatch"
    assert fb.get("driver.version") is None


def test_repl_session():
    text = (">>> import torch\n>>> torch.__version__\n'2.1.0+cu121'\n>>> torch.cuda.is_available()\nFalse\n"
            ">>> torch.version.cuda\n'12.1'\n")
    fb = fb_of(text)
    assert fb.value("torch.version_full") == "2.1.0+cu121"
    assert fb.value("torch.cuda_available") is False
    assert fb.value("torch.cuda") == "12.1"


def test_repl_mps_checks_and_jupyter_out_prompt():
    # https://github.com/spack/spack/pull/31283 (2022-06-24): the bare REPL check and its value
    fb = fb_of("$ python\n>>> torch.backends.mps.is_available()\nTrue\n")
    assert fb.value("torch.mps_available") is True
    # the same checks in a notebook: the value follows "Out[n]:"
    fb = fb_of("In [2]: torch.backends.mps.is_built()\nOut[2]: True\n\nIn [3]: torch.backends.mps.is_available()\n"
               "Out[3]: False\n\nIn [4]: torch.cuda.is_available()\nOut[4]: False\n")
    assert fb.value("torch.mps_built") is True
    assert fb.value("torch.mps_available") is False
    assert fb.value("torch.cuda_available") is False


def test_arch_list_and_device_capability_printed():
    # https://github.com/lucasxlu/ComboLoss/issues/3: the build's kernels, as maintainers ask for them
    fb = fb_of(">>> import torch\nt>>> torch.cuda.get_arch_list()\n['sm_37', 'sm_50', 'sm_60', 'sm_70', 'sm_75', 'sm_80', 'sm_86']\n"
               ">>> exit()\n")
    assert fb.value("torch.arch_list") == ["sm_37", "sm_50", "sm_60", "sm_70", "sm_75", "sm_80", "sm_86"]
    fb = fb_of("print(torch.cuda.get_arch_list()) ['sm_50', 'sm_60', 'sm_70', 'sm_75', 'sm_80', 'sm_86', 'sm_90']\n"
               ">>> torch.cuda.get_device_capability()\n(12, 0)\n")
    assert fb.value("torch.arch_list")[-1] == "sm_90" and fb.value("torch.device_capability") == ["12.0"]
    # an environment dump's labels (https://github.com/MIC-DKFZ/nnDetection/issues/220)
    fb = fb_of("PyTorch CUDA Arch List: ['sm_37', 'sm_50', 'sm_60', 'sm_61', 'sm_70', 'sm_75', 'sm_80', 'sm_86', 'compute_37']\n"
               "PyTorch Current Device Capability: (8, 6)\nSystem Arch List: None\n")
    assert fb.value("torch.arch_list")[-1] == "compute_37" and fb.value("torch.device_capability") == ["8.6"]
    # the call with nothing printed after it (the next prompt) says nothing
    assert fb_of(">>> torch.cuda.get_arch_list()\n>>> exit()\n").get("torch.arch_list") is None


def test_one_liner_with_two_values():
    text = 'python -c "import torch; print(torch.__version__, torch.cuda.is_available())"\n2.5.1+cpu False\n'
    fb = fb_of(text)
    assert fb.value("torch.build") == "cpu"
    assert fb.value("torch.cuda_available") is False


def test_one_liner_with_values_one_a_line():
    # https://github.com/pinokiocomputer/pinokio/issues/1105: several print() calls, one value a line, after "returned:"
    text = ('python -c "import torch; print(torch.__version__); print(torch.version.cuda); '
            'print(torch.cuda.is_available())"\n\nreturned:\n\n2.4.0+cpu\nNone\nFalse\n')
    fb = fb_of(text)
    assert fb.value("torch.version_full") == "2.4.0+cpu" and fb.value("torch.build") == "cpu"
    assert fb.value("torch.cuda_available") is False
    # directly below the command too; a row count that does not match the prints says nothing
    fb = fb_of('python -c "import torch; print(torch.__version__); print(torch.cuda.is_available())"\n2.1.0+cu121\nTrue\n')
    assert fb.value("torch.version_full") == "2.1.0+cu121" and fb.value("torch.cuda_available") is True
    assert fb_of('python -c "import torch; print(torch.__version__); print(torch.cuda.is_available())"\n'
                 '2.1.0+cu121\nTraceback (most recent call last):\n').get("torch.cuda_available") is None


def test_value_said_in_words_on_the_next_line():
    # https://github.com/hzwer/ECCV2022-RIFE/issues/76: the check quoted, its answer told in a sentence below it
    fb = fb_of("`print(torch.cuda.is_available())`\n\nit prints False so clearly I am doing something wrong here.\n")
    assert fb.value("torch.cuda_available") is False
    assert fb_of("torch.cuda.is_available()\nbut it still returns True\n").value("torch.cuda_available") is True
    assert fb_of("torch.cuda.is_available()\n结果是False\n").value("torch.cuda_available") is False
    # a sentence that only mentions a value, not as the command's answer, says nothing
    assert fb_of("torch.cuda.is_available()\nFalse positives are common in this tool\n").get("torch.cuda_available") is None


def test_pip_list_freeze_conda_list():
    pip_list = ("Package            Version\n------------------ ------------\nnumpy              2.0.0\n"
                "torch              2.2.2\ntorchvision        0.17.2+cu121\n\nsomething else 1.0\n")
    fb = fb_of(pip_list)
    assert fb.value("numpy.version") == "2.0.0"
    assert fb.value("torch.version_full") == "2.2.2"
    assert fb.get("torch.build") is None  # a bare version says nothing about the build
    assert fb.value("torchvision.version_full") == "0.17.2+cu121"
    assert fb.get("pkg.something") is None  # after the list ended
    # the conda build string of the CPU package in https://github.com/pytorch/pytorch/issues/69202
    conda_list = ("# packages in environment at /home/u/miniconda3/envs/t:\n#\n"
                  "# Name                    Version                   Build  Channel\n"
                  "cpuonly                   2.0                           0    pytorch\n"
                  "pytorch                   1.9.0               py3.8_cpu_0    pytorch\n")
    fb = fb_of(conda_list)
    assert fb.value("conda.cpuonly") is True
    assert fb.value("conda.pytorch_build") == "py3.8_cpu_0"
    assert fb.value("torch.build") == "cpu"
    fb = fb_of("torch==2.4.1+cu124\nnumpy==1.26.4\n")
    assert fb.value("torch.build") == "cu124"


def test_arch_warning():
    # tests/fixtures/machine--linux-h100-driver535-cu117 (https://github.com/pytorch/pytorch/issues/110153)
    text = ("/root/torchbuild/lib/python3.10/site-packages/torch/cuda/__init__.py:173: UserWarning:\n"
            "NVIDIA H100 PCIe with CUDA capability sm_90 is not compatible with the current PyTorch installation.\n"
            "The current PyTorch install supports CUDA capabilities sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86.\n")
    fb = fb_of(text)
    assert fb.value("torch.arch_list") == ["sm_37", "sm_50", "sm_60", "sm_70", "sm_75", "sm_80", "sm_86"]
    assert fb.value("torch.device_names") == ["NVIDIA H100 PCIe"]
    assert fb.value("torch.device_capability") == ["9.0"]


@pytest.mark.parametrize("build,expected", [
    ("py3.10_cuda12.1_cudnn8.9.2_0", "cu121"), ("py3.7_cuda10.1.243_cudnn7.6.3_0", "cu101"),
    ("cuda120_py311h1234567_300", "cu120"), ("cpu_mkl_py311h0123456_100", "cpu"), ("py3.8_cpu_0", "cpu"),
    ("h1234567_0", None)])
def test_conda_build_strings(build, expected):
    assert conda_torch_build(build) == expected


@pytest.mark.parametrize("text", ["", "   \n\n", "\x00" * 100, "PyTorch version:", "GPU 0:" * 1000,
                                  "| NVIDIA-SMI\n" * 3, "[conda] \n[pip3] ==\n", "Package Version\n-- --\n",
                                  ">>> torch.__version__\n>>> torch.__version__\n", "\udcff\ud800 bad surrogates"])
def test_odd_inputs(text):
    assert isinstance(extract_facts_from_text(text), list)


def test_random_garbage_never_raises():
    rng = random.Random(1234)
    pieces = WINDOWS_COLLECT_ENV.splitlines() + TABLE_IN_ISSUE.splitlines() + ["|", "+", "====", "GPU 0:", ">>>"]
    for _ in range(200):
        lines = [rng.choice(pieces) if rng.random() < 0.7 else
                 "".join(chr(rng.randrange(0, 0x3000)) for _ in range(rng.randrange(0, 80)))
                 for _ in range(rng.randrange(0, 60))]
        extract_facts_from_text("\n".join(lines))


def test_linear_time():
    # A big paste (many tables and reports, one endless line) costs what its size says, no more.
    unit = WINDOWS_COLLECT_ENV + TABLE_IN_ISSUE + CONDA_AND_PIP
    small = unit * 20
    big = unit * 400 + "x" * 2_000_000 + "\n" + "|" * 100_000
    t0 = time.perf_counter()
    extract_facts_from_text(small)
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    extract_facts_from_text(big)
    t_big = time.perf_counter() - t0
    # A ratio measured in the same run, not a wall-clock bound (the machine may be busy).
    assert t_big < max(t_small, 0.01) * 20 * 4  # 20x the text, well under quadratic


def test_device_query_gives_the_drivers_cuda_not_the_samples_runtime():
    # https://github.com/open-mmlab/mmskeleton/issues/113 (CUDA's deviceQuery sample on a GTX TITAN Black)
    fb = fb_of('Device 0: "GeForce GTX TITAN Black"\n  CUDA Driver Version / Runtime Version          8.0 / 8.0\n')
    assert fb.value("driver.cuda") == "8.0"
    assert fb.value("nvcc.version") is None and fb.value("torch.cuda") is None


def test_torch_build_config_gives_torchs_cuda():
    # torch.__config__.show() as mmcv/mmdetection's collect_env prints it (open-mmlab/mmdetection#4673)
    block = ("PyTorch compiling details: PyTorch built with:\n    - GCC 7.3\n    - C++ Version: 201402\n"
             "    - OpenMP 201511 (a.k.a. OpenMP 4.5)\n    - NNPACK is enabled\n    - CPU capability usage: AVX2\n"
             "    - CUDA Runtime 10.1\n    - CuDNN 7.6.3\n")
    fb = fb_of(block)
    assert fb.value("torch.cuda") == "10.1" and "CUDA Runtime 10.1" in fb.get("torch.cuda").evidence
    # the same block on one line with its breaks written "\n" (an mmdetection training log's env_info, JSON)
    one = ('"env_info": "sys.platform: linux\\nNVCC: Cuda compilation tools, release 10.1, V10.1.243\\nGPU 0: Tesla P4\\n'
           'PyTorch: 1.4.0\\nPyTorch compiling details: PyTorch built with:\\n  - GCC 7.3\\n  - NNPACK is enabled\\n'
           '  - CUDA Runtime 10.1\\n  - CuDNN 7.6.3\\n"')
    assert fb_of(one).value("torch.cuda") == "10.1"
    # other programs' runtimes are not torch's: deviceQuery's pair, TensorRT's line, a "CUDA Runtime" with no block head
    assert fb_of("[TRT] CUDA Runtime Version = 11.4\n").value("torch.cuda") is None
    assert fb_of("  - CUDA Runtime 11.3\n").value("torch.cuda") is None


def test_pip_show_not_found_says_no_torch_for_that_python():
    # pip's own wording (src/pip/_internal/commands/show.py): "Package(s) not found: %s", the names sorted and joined.
    facts = extract_facts_from_text("$ pip show d2l torch\nWARNING: Package(s) not found: d2l, torch\n")
    meta = [f for f in facts if f.name == "torch.metadata_version"]
    assert meta and meta[0].status == "absent"
    # torchaudio alone, or torch found: nothing said about torch
    for text in ("WARNING: Package(s) not found: torchaudio\n", "Name: torch\nVersion: 2.1.0\n"):
        assert not [f for f in extract_facts_from_text(text) if f.name == "torch.metadata_version" and f.status == "absent"]


def _ok(text: str) -> dict:
    return {f.name: f.value for f in extract_facts_from_text(text) if f.status == "ok"}


def test_conda_info_virtual_cuda_is_the_drivers_ceiling():
    # seen: https://github.com/tuna/issues/issues/604 (conda 4.7, the package on the label's line)
    one = ("     active environment : pytorchtest\n"
           "       virtual packages : __cuda=10.1\n"
           "       base environment : D:\\ProgramData\\Anaconda3  (writable)\n")
    assert _ok(one)["driver.cuda"] == "10.1"
    # newer conda: one package a line, the build after a second "="
    many = ("       virtual packages : __archspec=1=x86_64\n"
            "                          __cuda=12.2=0\n"
            "                          __glibc=2.35=0\n"
            "       base environment : /opt/conda  (writable)\n")
    assert _ok(many)["driver.cuda"] == "12.2"
    # what a package asks for is not the driver's
    asked = ("  - pytorch-cuda=12.1 -> __cuda[version='>=12.1']\n"
             "  - feature:/linux-64::__cuda==11.4=0\n")
    assert "driver.cuda" not in _ok(asked)


def test_failed_assert_on_is_available_means_cuda_is_not_available():
    # seen: https://github.com/effusiveperiscope/so-vits-svc/issues/22
    tb = ('  File "train.py", line 53, in main\n'
          '    assert torch.cuda.is_available(), "CPU training is not allowed."\n'
          "AssertionError: CPU training is not allowed.\n")
    assert _ok(tb)["torch.cuda_available"] is False
    py311 = ("    assert torch.cuda.is_available()\n"
             "           ^^^^^^^^^^^^^^^^^^^^^^^^^\n"
             "AssertionError\n")
    assert _ok(py311)["torch.cuda_available"] is False
    # another assert, or the assert with no error after it, says nothing
    assert "torch.cuda_available" not in _ok("    assert not torch.cuda.is_available()\nAssertionError\n")
    assert "torch.cuda_available" not in _ok("    assert torch.cuda.is_available()\n    model.cuda()\n")


def test_driver_cuda_from_control_panel_components_and_driver_logs():
    # NVIDIA Control Panel > System Information > Components: the NVCUDA64.DLL row, as users copy it shortened to the
    # product version (a real comment: "# NVCUDA64.dll 12.0.113 -- już jest"), or whole (file version, product name)
    assert _ok("# NVCUDA64.dll 12.0.113 -- już jest")["driver.cuda"] == "12.0"
    whole = _ok("NVCUDA64.DLL\t30.0.14.7212\tNVIDIA CUDA 11.4.120 driver")
    assert whole["driver.cuda"] == "11.4" and whole["driver.version"] == "472.12"
    # cudaDriverGetVersion()'s integer in a start-up log: "[kdl:INFO] CUDA driver version: 13000, devices: 1"
    assert _ok("[kdl:INFO] CUDA driver version: 13000, devices: 1")["driver.cuda"] == "13.0"
    # a DLL named in an error, the runtime's version, a file version alone: nothing
    assert "driver.cuda" not in _ok('Could not find module "nvcuda.dll"')
    assert "driver.cuda" not in _ok("CUDA runtime version: 11040")
    assert "driver.cuda" not in _ok("NVCUDA.DLL 27.21.14.5671")


def test_torch_and_lightning_say_cuda_is_unavailable():
    # seen: https://github.com/TIBHannover/tibava/issues/2
    warn = ("/usr/local/lib/python3.10/site-packages/torch/amp/autocast_mode.py:250: UserWarning: User provided "
            "device_type of 'cuda', but CUDA is not available. Disabling")
    assert _ok(warn)["torch.cuda_available"] is False
    assert _ok("GPU available: False, used: False\nTPU available: False, using: 0 TPU cores")["torch.cuda_available"] is False
    assert "torch.cuda_available" not in _ok("GPU available: True (cuda), used: True")
