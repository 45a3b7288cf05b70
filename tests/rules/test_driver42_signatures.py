"""The driver family (session 42): outside threads of every era read by the existing signatures, Python's 32-bit banner,
and conda's CUDA-driver note that is no driver fault.

driver-older-than-runtime: torch's verdict from THC's "cuda runtime error (35)" (2018, Linux and Windows paths) to
torch 2.x's "too old (found version 12090)" (2026), pasted whole or quoted. Near misses: conda's classic solver prints "The
following specifications were found to be incompatible with your CUDA driver: - feature:/linux-64::__cuda==10.2=0 / Your
installed CUDA driver is: 10.2" beside unrelated conflicts (a RAPIDS maintainer on cudf#5830: "those messages related to
`__cuda` are a bug in conda and are typically innocuous"); a GPU said not to support a CUDA (the card, not the driver); a
machine's CUDA said beside a torch too old for the code.
no-matching-wheel: Windows CPython's banner "[MSC v.1932 32 bit (Intel)]" is a 32-bit Python, for which torch never
published wheels; the 64-bit banner "64 bit (AMD64)" is not.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('driver-older-than-runtime', 'too_old', 'RuntimeError: The NVIDIA driver on your system is too old (found version 11040). Please update your GPU driver by downloading and installing a new version from the URL: http://www.nvidia.com/Download/index.aspx Alternatively, go to: https://pytorch.org to install a PyTorch version that has been compiled with your version of the CUDA driver.', 'https://github.com/serend1p1ty/SeqNet/issues/36'),
    ('driver-older-than-runtime', 'too_old', '`The NVIDIA driver on your system is too old (found version 12090)`', 'https://github.com/tile-ai/TileOPs/issues/980'),
    ('driver-older-than-runtime', 'too_old', 'UserWarning: CUDA initialization: The NVIDIA driver on your system is too old (found version 11050). Please update your GPU driver by downloading and installing a new version from the URL: http://www.nvidia.com/Download/index.aspx Alternatively, go to: https://pytorch.org to install a PyTorch version that has been compiled with your version of the CUDA driver. (Triggered internally at ../c10/cuda/CUDAFunctions.cpp:108.) ', 'https://github.com/ContinualAI/avalanche/issues/1530'),
    ('driver-older-than-runtime', 'too_old', '`RunTime Error: The NVIDIA driver on your system is too old (found version 10010). Please update your GPU driver [bla bla]. Alternatively go to Pytorch and install a pytorch version that has been compiled with your version of the CUDA driver.`', 'https://github.com/ContinualAI/avalanche/issues/255'),
    ('driver-older-than-runtime', 'insufficient', 'RuntimeError: cuda runtime error (35) : CUDA driver version is insufficient for CUDA runtime version at /opt/conda/conda-bld/pytorch_1525909934016/work/aten/src/THC/THCGeneral.cpp:70', 'https://github.com/mcleonard/pytorch-charRNN/issues/1'),
    ('driver-older-than-runtime', 'insufficient', 'RuntimeError: cuda runtime error (35) : CUDA driver version is insufficient for CUDA runtime version at ..\\aten\\src\\THC\\THCGeneral.cpp:74', 'https://github.com/minar09/cp-vton-plus/issues/95'),
    ('driver-older-than-runtime', 'insufficient', 'RuntimeError: cuda runtime error (35) : CUDA driver version is insufficient for CUDA runtime version at torch/csrc/cuda/Module.cpp:32', 'https://github.com/microsoft/transductive-vos.pytorch/issues/6'),
    ('driver-older-than-runtime', 'insufficient', 'THCudaCheck FAIL file=/pytorch/torch/csrc/cuda/Module.cpp line=34 error=35 : CUDA driver version is insufficient for CUDA runtime version', 'https://github.com/mlcommons/inference/issues/54'),
    ('no-matching-wheel', 'python_32bit', 'Python 3.10.6 (tags/v3.10.6:9c7b4bd, Aug  1 2022, 21:38:17) [MSC v.1932 32 bit (Intel)]', 'https://github.com/AUTOMATIC1111/stable-diffusion-webui/issues/17439'),
    ('no-matching-wheel', 'python_32bit', 'Python 3.10.7 (tags/v3.10.7:6cc6b13, Sep  5 2022, 13:51:36) [MSC v.1933 32 bit (Intel)]', 'https://github.com/AUTOMATIC1111/stable-diffusion-webui/issues/704'),
    ('no-matching-wheel', 'python_32bit', 'Requirement already satisfied: pyyaml in c:\\users\\apdo\\appdata\\local\\programs\\python\\python37-32\\lib\\site-packages (from torch) (5.1.2)', 'https://github.com/pytorch/pytorch/issues/28840'),
    ('no-matching-wheel', 'not_found', 'stderr: ERROR: Could not find a version that satisfies the requirement torch==1.12.1+cu113 (from versions: 1.11.0, 1.12.0, 1.12.1', 'https://github.com/AUTOMATIC1111/stable-diffusion-webui/issues/3779 (a Mac asked for a +cu113 build; the line cut)'),
]

QUIET = [
    ('no-matching-wheel', 'python_32bit', 'Python version: 3.10.6 (tags/v3.10.6:9c7b4bd, Aug  1 2022, 21:53:49) [MSC v.1932 64 bit (AMD64)] (64-bit runtime)', 'https://github.com/AUTOMATIC1111/stable-diffusion-webui/issues/15827 (the 64-bit build)'),
    ('driver-older-than-runtime', 'said_too_old', 'UnsatisfiableError: The following specifications were found to be incompatible with your CUDA driver:', 'https://github.com/knights-lab/SHOGUN/issues/38 (conda\'s note on the __cuda virtual package, no driver fault)'),
    ('driver-older-than-runtime', 'insufficient', 'Output in format: Requested package -> Available versionsThe following specifications were found to be incompatible with your CUDA driver:', 'https://github.com/facebookresearch/pytorch3d/issues/317 (conda\'s note beside another conflict)'),
    ('driver-older-than-runtime', 'driver_floor', 'Your installed CUDA driver is: 10.2', 'https://github.com/knights-lab/SHOGUN/issues/38 (the CUDA conda read from the driver, no minimum)'),
    ('driver-older-than-runtime', 'said_too_old', "I have been working on porting mini-dalle using ocaml-torch. I just realized that the GPU I have doesn't support CUDA 10.2. Any plans on upgrading this library to CUDA 11.x versions? What would happen if I try to run this library with libtorch compiled for cuda 11.x ?", 'https://github.com/LaurentMazare/ocaml-torch/issues/68 (the GPU, not the driver)'),
    ('driver-older-than-runtime', 'said_cuda_low', "My machine  cuda version is 11.4, and I can't run the training code with my torch version of 1.9.0. So I want to know the oldest torch version that can run the code.Thanks", 'https://github.com/MCZhi/DTPP/issues/14 (torch too old for the code; torch 1.12.0 ran)'),
]
