"""The driver family (session 35): builds that do not exist, asked for or refused, and the old driver's number in words.

toolkit-question: the build of the local CUDA minor asked for as missing, how or when ("could not find the version of cuda
11.7 when use conda", "How can i build Pytorch to CUDA Version 11.7 ?", "there is no pytorch compatible with 11.4"); the
maintainers' answer in each thread: a build for an older CUDA of the same major runs, nothing to rebuild.
no-nvidia-gpu-stated: an Apple-silicon Mac in conda's own words ("Platform: osx-arm64", an osx-arm64 channel) and with the
OS version between ("macOS 14.5 + M2"): a refused pytorch-cuda there is the machine's, not a missing build.
driver-older-than-runtime: CUDA's error 804 told in the reporter's words ("the messages with the error 804 are there").
no-matching-wheel: uv's verbose resolver line ("No compatible version found for: torch") beside the interpreter it names.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('toolkit-question', 'asks_build_of_local_cuda', 'could not find the version of cuda 11.7 when use conda', 'https://github.com/pytorch/pytorch/issues/85625'),
    ('toolkit-question', 'asks_build_of_local_cuda', 'How can i build Pytorch to CUDA Version 11.7 ? ', 'https://github.com/deepjavalibrary/djl/issues/1675'),
    ('toolkit-question', 'asks_build_of_local_cuda', "I am using cuda11.4 which you do not provide install doc on this version cuda. So I'd like to ask why? ", 'https://github.com/pyg-team/pytorch_geometric/issues/5464'),
    ('toolkit-question', 'asks_build_of_local_cuda', 'What should I do if the environment setup fails when I use cuda11.4 version but there is no pytorch compatible with 11.4?', 'https://github.com/HpWang-whu/RoReg/issues/8'),
    ('toolkit-question', 'asks_build_of_local_cuda', 'i try to set the env as readme in tools ,but cant find a pytorch1.11.0 with cuda11.4 (pytorch.org only has cu113,cu115,cu116)', 'https://github.com/NVIDIA-AI-IOT/CUDA-PointPillars/issues/69'),
    ('toolkit-question', 'asks_build_of_local_cuda', 'How to install pytorch1.8.1 with cuda 11.3?', 'https://github.com/pytorch/pytorch/issues/58554'),
    ('toolkit-question', 'asks_build_of_local_cuda', 'When pytorch for cuda 11.2 will be available?', 'https://github.com/pytorch/pytorch/issues/50032'),
    ('toolkit-question', 'asks_build_of_local_cuda', "@joellehanna97 Is it 11.4 or 11.3? I can't find cuda11.4 in pytorch and docker.", 'https://github.com/HSG-AIML/SSLTransformerRS/issues/3'),
    ('no-nvidia-gpu-stated', 'apple_silicon', 'Platform: osx-arm64', 'https://github.com/myshell-ai/OpenVoice/issues/38'),
    ('no-nvidia-gpu-stated', 'apple_silicon', 'macOS 14.5 + M2', 'https://github.com/Gouryella/ChatTTS-webui/issues/4'),
    ('no-nvidia-gpu-stated', 'apple_silicon', 'Mac M2 Max, 14.3.1 (23D60)', 'https://github.com/guoyww/AnimateDiff/issues/293'),
    ('driver-older-than-runtime', 'forward_compat', 'After a "docker-compose up" and some downloading the messages with the error 804 are there(see below).', 'https://github.com/Atinoda/text-generation-webui-docker/issues/37'),
    ('no-matching-wheel', 'install_failed', 'DEBUG No compatible version found for: torch', 'https://github.com/astral-sh/uv/issues/9597'),
]

QUIET = [
    ('toolkit-question', 'asks_build_of_local_cuda', 'ERROR: Could not find a version that satisfies the requirement torch==1.11.0+cu113 (from versions: none)', 'https://github.com/zeyad-mansour/lunar/issues/293 (pip refusing a pin: no question about a CUDA)'),
    ('toolkit-question', 'asks_build_of_local_cuda', 'How to install pytorch?', 'https://github.com/prefix-dev/pixi/issues/262 (no CUDA version asked for)'),
    ('toolkit-question', 'asks_build_of_local_cuda', 'When this version of CUDA will be avaliable ?', 'https://github.com/deepjavalibrary/djl/issues/1675 (no version on the line: its line above carries it)'),
    ('no-nvidia-gpu-stated', 'apple_silicon', '  - https://conda.anaconda.org/pytorch/osx-64', 'https://github.com/vt-vl-lab/3d-photo-inpainting/issues/120 (an Intel Mac could hold an NVIDIA GPU)'),
    ('no-nvidia-gpu-stated', 'apple_silicon', 'Platform: linux-64', 'https://github.com/rsxdalv/TTS-WebUI/issues/428 (conda on Linux)'),
    ('no-matching-wheel', 'install_failed', 'DEBUG Searching for a compatible version of torch (>=2.3.0, <2.3.0+)', 'https://github.com/astral-sh/uv/issues/9597 (the search, before its outcome)'),
]
