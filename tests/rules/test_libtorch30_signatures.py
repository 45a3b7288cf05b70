"""libtorch-cuda-library-not-linked (session 30): the signatures that tell a C++ or Rust program on a CUDA libtorch
whose link dropped torch_cuda from a Python CPU build raising the same ATen words.

Since libtorch 1.5 the CUDA backend is its own library that the program never references, so MSVC (projects not made
by libtorch's CMake config), GNU ld under --as-needed and tch-rs release builds drop it (pytorch#31611, #35604,
tch-rs#907). The rule needs the program (libtorch, its C++ API, tch-rs), the symptom, and a CUDA libtorch shown."""
from __future__ import annotations

import pytest

EV = "libtorch-cuda-library-not-linked"

PROGRAM_FIRES = [
    # seen: https://github.com/pytorch/pytorch/issues/41664 (a Visual Studio project's test program)
    '\t\tstd::cout << "CUDA:   " << torch::cuda::is_available() << std::endl;',
    # seen: https://github.com/pytorch/pytorch/issues/39917 (the download's name in a Qt report)
    "build QT program use libtorch-cxx11-abi-shared-with-deps-1.5.0+cu101 ok with CPU but error with cuda GPU",
    # seen: https://github.com/zdevito/ATen/issues/216 (a standalone ATen C++ test's uncaught exception)
    "terminate called after throwing an instance of 'at::Error'",
    # seen: https://github.com/LaurentMazare/tch-rs/issues/907 (tch-rs: the crate pin and the LIBTORCH variable)
    'I use _tch = "0.18.0"_ on windows 11',
    r"**LIBTORCH=D:\softwares\Libtorch\libtorch-win-shared-with-deps-2.5.0+cu118\libtorch",
    # seen: https://github.com/LaurentMazare/tch-rs/issues/213 (tch's Cuda API in Rust)
    '    println!("Cuda available: {:?}", Cuda::is_available());',
    # seen: https://github.com/LaurentMazare/tch-rs/issues/489 (a typo of the name, beside its version)
    "On Win10 with cuda 11.3, and tch-rs 0.7.2 and [torchlib 1.11.0_cuda11.3](https://pytorch.org/get-started/locally/)",
]

PROGRAM_QUIET = [
    # a Python CUDA torch's own library files in a traceback frame (seen: https://github.com/pytorch/pytorch/issues/77084)
    "frame #5: <unknown function> + 0x1a6b0c (0x7f1c in /usr/lib/python3/dist-packages/torch/lib/libtorch_cuda.so)",
    "frame #0: c10::Error::Error(c10::SourceLocation, std::string) + 0x42 (0x7f in /opt/conda/lib/python3.8/site-packages/torch/lib/libtorch.so)",
    # Python's torch.cuda call (pytorch/examples#435's traceback)
    '  File "main.py", line 83, in batchify',
]

UNSEEN_FIRES = [
    # seen: https://github.com/pytorch/pytorch/issues/60011
    "   torch::cuda::is_available() ==False",
    # seen: https://github.com/wsx000/YOLOv4-LibTorch-GPU-deployment/issues/3
    "I have cuda10.2, and download the libtorch1.7.1, torch::cuda::is_available() return 0 ,can you help me?",
    # seen: https://github.com/pytorch/pytorch/issues/39917 (a comment)
    "my torch::cuda::is_available() always return false when i use qt",
    # seen: https://github.com/pytorch/pytorch/issues/41664 (the program's printed answer)
    "CUDA:   0",
    # seen: https://github.com/pytorch/pytorch/issues/35604
    "4. The returned device_count is zero, and no tensor or model can be moved to CUDA without crashing the program",
    # seen: https://github.com/LaurentMazare/tch-rs/issues/489
    "when calling ` tch::Device::cuda_if_available(),` in release mode, it  turns to using cpu.",
    # seen: https://github.com/LaurentMazare/diffusers-rs/issues/74
    "Cuda available: false",
    # seen: https://github.com/LaurentMazare/tch-rs/issues/980
    "Without this, my executable is only linked with libtorch_cpu.so, not libtorch_cuda.so.",
    # seen: https://github.com/zdevito/ATen/issues/216
    "  what():  **cannot initialize CUDA without ATen_cuda library** (initCUDA at /home/pharrell/downloads/ATen/aten/src/ATen/detail/CUDAHooksInterface.h:42)",
]

UNSEEN_QUIET = [
    # a device string, not an answer (an ordinary training log)
    "Using device: cuda:0",
    # CUDA working (seen: https://github.com/pytorch/pytorch/issues/46161)
    "`torch::cuda::is_available()` prints `1`",
    "CUDA available: True",
]

CUDA_LIBTORCH_FIRES = [
    # seen: https://github.com/pytorch/pytorch/issues/35604 (the download folder)
    "1. Download the latest nightly https://download.pytorch.org/libtorch/nightly/cu101/libtorch-win-shared-with-deps-latest.zip",
    # seen: https://github.com/pytorch/pytorch/issues/60447 (an encoded "+")
    "https://download.pytorch.org/libtorch/cu111/libtorch-win-shared-with-deps-1.8.1%2Bcu111.zip",
    # seen: https://github.com/pytorch/pytorch/issues/41664
    "I Can't load GPU  when using the latest prebuilt version  Libtorch 1.5.1 with CUDA 10.1 in VS2017",
    # seen: https://github.com/LaurentMazare/tch-rs/issues/964 (the same libtorch works from Visual Studio)
    "cuda is availabe in visual stuido using this [setting](https://zhuanlan.zhihu.com/p/1904148693453616552)",
    # seen: https://github.com/LaurentMazare/tch-rs/issues/907
    "Downloaded libtorch-win-shared-with-deps-2.5.0+cu118",
]

CUDA_LIBTORCH_QUIET = [
    # a CPU download (seen in pytorch.org's C++ install page: the CPU zip)
    "wget https://download.pytorch.org/libtorch/cpu/libtorch-cxx11-abi-shared-with-deps-2.1.0%2Bcpu.zip",
    # a toolkit, not the libtorch build (seen: https://github.com/LaurentMazare/tch-rs/issues/702)
    "Cuda compilation tools, release 11.7, V11.7.99",
    # works from Python: tch's automatic download is the CPU build (seen: https://github.com/LaurentMazare/tch-rs/issues/213)
    "I'm trying to use tch on a paperspace gpu cloud machine, getting cuda not availble even tough I can access it using python just fine.",
]


@pytest.mark.parametrize("line", PROGRAM_FIRES)
def test_libtorch_program_fires(signature_hit, line):
    assert signature_hit(EV, "libtorch_program", line)


@pytest.mark.parametrize("line", PROGRAM_QUIET)
def test_libtorch_program_quiet(signature_hit, line):
    assert not signature_hit(EV, "libtorch_program", line)


@pytest.mark.parametrize("line", UNSEEN_FIRES)
def test_cuda_unseen_fires(signature_hit, line):
    assert signature_hit(EV, "cuda_unseen", line)


@pytest.mark.parametrize("line", UNSEEN_QUIET)
def test_cuda_unseen_quiet(signature_hit, line):
    assert not signature_hit(EV, "cuda_unseen", line)


@pytest.mark.parametrize("line", CUDA_LIBTORCH_FIRES)
def test_cuda_libtorch_fires(signature_hit, line):
    assert signature_hit(EV, "cuda_libtorch", line)


@pytest.mark.parametrize("line", CUDA_LIBTORCH_QUIET)
def test_cuda_libtorch_quiet(signature_hit, line):
    assert not signature_hit(EV, "cuda_libtorch", line)
