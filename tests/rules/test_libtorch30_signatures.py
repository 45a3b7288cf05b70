"""libtorch-cuda-library-not-linked (session 30): the signatures that tell a C++ or Rust program on a CUDA libtorch
whose link dropped torch_cuda from a Python CPU build raising the same ATen words.

Since libtorch 1.5 the CUDA backend is its own library that the program never references, so MSVC (projects not made
by libtorch's CMake config), GNU ld under --as-needed and tch-rs release builds drop it (pytorch#31611, #35604,
tch-rs#907). The rule needs the program (libtorch, its C++ API, tch-rs), the symptom, and a CUDA libtorch shown.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "libtorch-cuda-library-not-linked"

FIRES = [
    ('libtorch_program', '\t\tstd::cout << "CUDA:   " << torch::cuda::is_available() << std::endl;', 'https://github.com/pytorch/pytorch/issues/41664'),
    ('libtorch_program', 'build QT program use libtorch-cxx11-abi-shared-with-deps-1.5.0+cu101 ok with CPU but error with cuda GPU', 'https://github.com/pytorch/pytorch/issues/39917'),
    ('libtorch_program', "terminate called after throwing an instance of 'at::Error'", 'https://github.com/zdevito/ATen/issues/216'),
    ('libtorch_program', 'I use _tch = "0.18.0"_ on windows 11', 'https://github.com/LaurentMazare/tch-rs/issues/907'),
    ('libtorch_program', '**LIBTORCH=D:\\softwares\\Libtorch\\libtorch-win-shared-with-deps-2.5.0+cu118\\libtorch', 'https://github.com/LaurentMazare/tch-rs/issues/907'),
    ('libtorch_program', '    println!("Cuda available: {:?}", Cuda::is_available());', 'https://github.com/LaurentMazare/tch-rs/issues/213'),
    ('libtorch_program', 'On Win10 with cuda 11.3, and tch-rs 0.7.2 and [torchlib 1.11.0_cuda11.3](https://pytorch.org/get-started/locally/)', 'https://github.com/LaurentMazare/tch-rs/issues/489'),
    ('cuda_unseen', '   torch::cuda::is_available() ==False', 'https://github.com/pytorch/pytorch/issues/60011'),
    ('cuda_unseen', 'I have cuda10.2, and download the libtorch1.7.1, torch::cuda::is_available() return 0 ,can you help me?', 'https://github.com/wsx000/YOLOv4-LibTorch-GPU-deployment/issues/3'),
    ('cuda_unseen', 'my torch::cuda::is_available() always return false when i use qt', 'https://github.com/pytorch/pytorch/issues/39917'),
    ('cuda_unseen', 'CUDA:   0', 'https://github.com/pytorch/pytorch/issues/41664'),
    ('cuda_unseen', '4. The returned device_count is zero, and no tensor or model can be moved to CUDA without crashing the program', 'https://github.com/pytorch/pytorch/issues/35604'),
    ('cuda_unseen', 'when calling ` tch::Device::cuda_if_available(),` in release mode, it  turns to using cpu.', 'https://github.com/LaurentMazare/tch-rs/issues/489'),
    ('cuda_unseen', 'Cuda available: false', 'https://github.com/LaurentMazare/diffusers-rs/issues/74'),
    ('cuda_unseen', 'Without this, my executable is only linked with libtorch_cpu.so, not libtorch_cuda.so.', 'https://github.com/LaurentMazare/tch-rs/issues/980'),
    ('cuda_unseen', '  what():  **cannot initialize CUDA without ATen_cuda library** (initCUDA at /home/pharrell/downloads/ATen/aten/src/ATen/detail/CUDAHooksInterface.h:42)', 'https://github.com/zdevito/ATen/issues/216'),
    ('cuda_libtorch', '1. Download the latest nightly https://download.pytorch.org/libtorch/nightly/cu101/libtorch-win-shared-with-deps-latest.zip', 'https://github.com/pytorch/pytorch/issues/35604'),
    ('cuda_libtorch', 'https://download.pytorch.org/libtorch/cu111/libtorch-win-shared-with-deps-1.8.1%2Bcu111.zip', 'https://github.com/pytorch/pytorch/issues/60447'),
    ('cuda_libtorch', "I Can't load GPU  when using the latest prebuilt version  Libtorch 1.5.1 with CUDA 10.1 in VS2017", 'https://github.com/pytorch/pytorch/issues/41664'),
    ('cuda_libtorch', 'cuda is availabe in visual stuido using this [setting](https://zhuanlan.zhihu.com/p/1904148693453616552)', 'https://github.com/LaurentMazare/tch-rs/issues/964'),
    ('cuda_libtorch', 'Downloaded libtorch-win-shared-with-deps-2.5.0+cu118', 'https://github.com/LaurentMazare/tch-rs/issues/907'),
    ('cuda_libtorch', 'torch_cuda.lib', 'https://github.com/pytorch/pytorch/issues/72396'),
    ('cuda_libtorch', 'VS link opencv_world410.lib;c10.lib;c10_cuda.lib;torch_cpu.lib;torch_cuda.lib;torch_cuda_cpp.lib;torch_cuda_cu.lib;', 'https://github.com/pytorch/pytorch/issues/60447'),
]

QUIET = [
    ('cuda_libtorch', 'frame #3: c10::cuda::getDeviceCount() (0x7f in /site-packages/torch/lib/libtorch_cuda.so)', 'a Python traceback frame: a .so of a Python install names no download'),
    ('libtorch_program', 'frame #5: <unknown function> + 0x1a6b0c (0x7f1c in /usr/lib/python3/dist-packages/torch/lib/libtorch_cuda.so)', 'https://github.com/pytorch/pytorch/issues/77084'),
    ('libtorch_program', 'frame #0: c10::Error::Error(c10::SourceLocation, std::string) + 0x42 (0x7f in /opt/conda/lib/python3.8/site-packages/torch/lib/libtorch.so)', 'https://github.com/pytorch/pytorch/issues/77084'),
    ('libtorch_program', '  File "main.py", line 83, in batchify', "Python's torch.cuda call (pytorch/examples#435's traceback)"),
    ('cuda_unseen', 'Using device: cuda:0', 'a device string, not an answer (an ordinary training log)'),
    ('cuda_unseen', '`torch::cuda::is_available()` prints `1`', 'https://github.com/pytorch/pytorch/issues/46161'),
    ('cuda_unseen', 'CUDA available: True', 'https://github.com/pytorch/pytorch/issues/46161'),
    ('cuda_libtorch', 'wget https://download.pytorch.org/libtorch/cpu/libtorch-cxx11-abi-shared-with-deps-2.1.0%2Bcpu.zip', "a CPU download (seen in pytorch.org's C++ install page: the CPU zip)"),
    ('cuda_libtorch', 'Cuda compilation tools, release 11.7, V11.7.99', 'https://github.com/LaurentMazare/tch-rs/issues/702'),
    ('cuda_libtorch', "I'm trying to use tch on a paperspace gpu cloud machine, getting cuda not availble even tough I can access it using python just fine.", 'https://github.com/LaurentMazare/tch-rs/issues/213'),
]
