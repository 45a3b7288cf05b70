"""extension-cuda-major-differs-evidence (session 29) reads a CUDA extension build that stopped in nvcc or ninja, so that
extension-cuda-version-mismatch can take the facts (nvcc's release and torch's CUDA, or a conda pytorch's cudatoolkit, of
different majors) when torch's own refusal is not in the paste; and nvcc's refusal of the C++ standard torch asks for,
which says by itself that the nvcc is older than any CUDA torch was built with. Each line is verbatim from the thread
named; the near misses are other failures of the same builds."""
from __future__ import annotations

import pytest

from gpufix.core.corpus import diagnose_text
from gpufix.engine.api import load_rules

RULE = "extension-cuda-major-differs-evidence"

FIRES = [
    ("ext_build_failed", "When running apex command `python setup.py install --cuda_ext --cpp_ext`  I get the following "
     "error  `error: command '/usr/bin/nvcc' failed with exit status 1`", "NVIDIA/apex#1012"),
    ("ext_build_failed", "error: command '/usr/local/cuda-9.0/bin/nvcc' failed with exit status 1", "zju3dv/snake#111"),
    ("ext_build_failed", "    error: command '/usr/local/cuda-11.1/bin/nvcc' failed with exit code 1", "NVIDIA/apex#1531"),
    ("ext_build_failed", "ninja: build stopped: subcommand failed.", "levihsu/OOTDiffusion#64"),
    ("ext_build_failed", "  RuntimeError: Error compiling objects for extension", "open-mmlab/mmpose#869"),
    ("ext_build_failed", "RuntimeError: Error building extension 'slstm_HS128BS8NH4NS4DBfDRbDWbDGbDSbDAfNG4SA1GRCV0GRC0d0FCV0FC0d0'",
     "NX-AI/xlstm#14"),
    ("ext_build_failed", "nvcc fatal   : Value 'c++14' is not defined for option 'std'", "pytorch/pytorch#32135"),
    ("nvcc_cxx14_refused", "    nvcc fatal   : Value 'c++14' is not defined for option 'std'", "facebookresearch/detectron2#3098"),
    ("nvcc_cxx14_refused", "`nvcc fatal   : Value 'c++14' is not defined for option 'std'   error: command "
     "'/usr/local/cuda-8.0/bin/nvcc' failed with exit status 1", "erikwijmans/Pointnet2_PyTorch#150"),
    ("nvcc_cxx17_refused", "nvcc fatal   : Value 'c++17' is not defined for option 'std'", "loki-47-6F-64/sunshine#361"),
    ("torch_headers", "    [5/6] /usr/local/cuda-8.0-cudnn6/bin/nvcc -DWITH_CUDA -I/home/rubyyao/anaconda3/envs/det2_pytorch/lib/"
     "python3.6/site-packages/torch/include -c", "facebookresearch/detectron2#3098"),
    ("torch_source_build", "python ../tools/build_libtorch.py", "pytorch/pytorch#38626"),
    ("host_compiler", "#error -- unsupported GNU version! gcc versions later than 8 are not supported!", "tianzhi0549/FCOS#37"),
    ("pypi_torch", "torch                     1.8.1                    pypi_0    pypi", "conda list's row of a pip-installed torch"),
]

QUIET = [
    # pip's own verdict says nothing about nvcc; a build step that printed no failure is not one.
    ("ext_build_failed", "ERROR: Failed building wheel for mmcv-full", "open-mmlab/mmcv#1055"),
    ("ext_build_failed", "[1/3] /usr/local/cuda-9.0/bin/nvcc -DTORCH_EXTENSION_NAME=lltm_cuda", "pytorch/extension-cpp#51"),
    # MSVC's own errors (file(line): error C2059) and gcc's (file:line:col: error:) are the host compiler's.
    ("ext_build_failed", "E:/Python36/lib/site-packages/torch/lib/include\\c10/util/Array.h(183): error C2059: syntax error",
     "pytorch/pytorch#19671 (shape of MSVC's line)"),
    ("ext_build_failed", "/usr/include/c++/7/bits/basic_string.tcc:1067:16: error: cannot call member function",
     "open-mmlab/mmcv#1767"),
    # An older standard than torch asks for, or none: not the refusal read here.
    ("nvcc_cxx14_refused", "nvcc fatal   : Value 'c++17' is not defined for option 'std'", "levihsu/OOTDiffusion#64"),
    ("pypi_torch", "pytorch                   1.8.1           py3.8_cuda10.2_cudnn7.6.5_0    pytorch", "a conda pytorch row"),
]


@pytest.mark.parametrize("text, fires", [
    # nvcc 9.1 and a conda pytorch 1.4.0 with cudatoolkit 10.0.130: another major (NVIDIA/apex#1012).
    ("cudatoolkit: 10.0.130\nPytorch: 1.4.0\nCuda compilation tools, release 9.1, V9.1.85\n"
     "error: command '/usr/bin/nvcc' failed with exit status 1\n", True),
    # The same with torch 2.x: a cudatoolkit beside it is a separate toolkit, not torch's CUDA.
    ("cudatoolkit: 11.8.0\nPytorch: 2.1.0\nCuda compilation tools, release 12.1, V12.1.105\n"
     "error: command '/usr/bin/nvcc' failed with exit status 1\n", False),
    # torch from PyPI in the conda list: the cudatoolkit row is not torch's.
    ("cudatoolkit               11.3.1               h2bc3f7f_2\ntorch                     1.10.0                   pypi_0    pypi\n"
     "Cuda compilation tools, release 10.2, V10.2.89\nninja: build stopped: subcommand failed.\n", False),
    # A minor difference within one major is accepted by torch: not this reading.
    ("torch 2.0.1+cu117\nCuda compilation tools, release 11.5, V11.5.119\nninja: build stopped: subcommand failed.\n", False),
    # Another major, torch's CUDA from its version string.
    ("torch 2.0.1+cu117\nCuda compilation tools, release 10.2, V10.2.89\nninja: build stopped: subcommand failed.\n", True),
    # The same facts with no build failure shown (a runtime error): not this reading.
    ("torch 2.0.1+cu117\nCuda compilation tools, release 10.2, V10.2.89\nRuntimeError: CUDA error: out of memory\n", False),
    # The host compiler refused: its own rule.
    ("torch 2.0.1+cu117\nCuda compilation tools, release 10.2, V10.2.89\n"
     "#error -- unsupported GNU version! gcc versions later than 8 are not supported!\n"
     "ninja: build stopped: subcommand failed.\n", False),
])
def test_major_differs_from_the_facts(text: str, fires: bool) -> None:
    fired = set(diagnose_text(text, load_rules()).evaluation.fired_ids)
    assert (RULE in fired) is fires, text
