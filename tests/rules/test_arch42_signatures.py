"""Session 42, the arch family: a GPU and a CUDA named apart, read as a structure.

- cuda-said-predates-gpu's cuda_said: the CUDA a report states, now also said with "is/was/should be/must be" ("Cuda should
  be 10.1"), as an integer of the CUDA 9 and 10 families ("cuda10 在RTX30系列显卡上", "install with cuda 10"), and at the end of
  a sentence ("doesn't support cuda10.1."). With a GPU named whose first CUDA is newer than that one, the rule now fires
  with no failing call pasted (the words-only reading); a range ("supports CUDA versions 11.8 to 12.2") and an integer of a
  later family ("cuda 11") are not read.
- gpu-arch-unsupported-said-evidence's gpu_refuses_older_cuda: the release at the end of a sentence is read too.
- building / extension_build: English "compile" as Chinese "编译": an nvcc older than the GPU there is
  nvcc-too-old-for-gpu-arch's, so both words-only readings step aside.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

PRED = 'cuda-said-predates-gpu'
SAID = 'gpu-arch-unsupported-said-evidence'

FIRES = [
    (PRED, 'cuda_said', 'What should I do if CUDA 10.2 is not compatible with my GPU architecture during environment setup? I am using an RTX 3090. Has anyone successfully run configurations with CUDA 11 or higher? Could you share your environment setup for reference?', 'https://github.com/apple/ml-neuman/issues/108'),
    (PRED, 'cuda_said', 'How can I install cuda 10.1 on a RTX3090, as stated in your installation guide?', 'https://github.com/VL-Group/PENET/issues/5'),
    (PRED, 'cuda_said', 'I tried to use the repo on the RTX3070, but that did not work because Cuda should be 10.1 and that can not be installed on my system. ', 'https://github.com/SJTU-LuHe/TransVOD/issues/18'),
    (PRED, 'cuda_said', 'cuda10 在RTX30系列显卡上无法正常使用，有没有支持30系列以上的编译过程？', 'https://github.com/hzhao1997/HF-Avatar/issues/18'),
    (PRED, 'cuda_said', "My 3070 graphics card doesn't support cuda10.1. When I compile qd-3dt, it will report an error.", 'https://github.com/SysCV/qd-3dt/issues/20'),
    (PRED, 'building', "My 3070 graphics card doesn't support cuda10.1. When I compile qd-3dt, it will report an error.", 'https://github.com/SysCV/qd-3dt/issues/20'),
    (SAID, 'gpu_refuses_older_cuda', "My 3070 graphics card doesn't support cuda10.1. When I compile qd-3dt, it will report an error.", 'https://github.com/SysCV/qd-3dt/issues/20'),
    (SAID, 'extension_build', "My 3070 graphics card doesn't support cuda10.1. When I compile qd-3dt, it will report an error.", 'https://github.com/SysCV/qd-3dt/issues/20'),
]

QUIET = [
    (PRED, 'cuda_said', 'I also tried to build on cuda 11, but I could not', 'https://github.com/SJTU-LuHe/TransVOD/issues/18 (an integer of the CUDA 11 family: its minor decides, so it is not read)'),
    (PRED, 'cuda_said', 'Nvidia GeForce RTX 4060 Ti has compute capability of 8.9 (Ada Lovelace architecture) and hence supports CUDA versions 11.8 to 12.2. (No support of 11.0 to 11.7.1).', 'https://github.com/graspnet/anygrasp_sdk/issues/67 (a range the GPU supports, not a stack)'),
    (PRED, 'building', 'How can I install cuda 10.1 on a RTX3090, as stated in your installation guide?', 'https://github.com/VL-Group/PENET/issues/5 (an install, no build)'),
]
