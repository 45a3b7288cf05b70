"""The driver family (session 37): a missing build retyped or said in words, and the build of the local CUDA asked for.

no-matching-wheel: pip's refusal retyped by hand (lower-cased, in backticks: the backtick is no part of the pin), and the
missing build said in words (no wheel, package or binary of torch for the reporter's Python), with torch as the subject
or "there is/are no ..." in a report about torch; another package's gap (open3d, TensorFlow) is not torch's.
toolkit-question (toolkit-not-needed): no torch build for the local CUDA said as a plain absence, in English and Chinese.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('no-matching-wheel', 'not_found', '`could not find a version that satisfies the requirement torch==1.7.1+cu110`', 'https://github.com/modernmt/modernmt/issues/601'),
    ('no-matching-wheel', 'not_found', 'ERROR: could not find a version that satisfies the requirement torch==1.9.1+cu111(from versions 0.1.2, 0.1.2post1, 0.1.2post2', 'https://github.com/pytorch/pytorch/issues/66399'),
    ('no-matching-wheel', 'not_found', 'ERROR: Could not find a version that satisfies the requirement torch==1.8.1 (from versions: 1.13.0, 1.13.1, 2.0.0, 2.0.1, 2.1.0, 2.1.1, 2.1.2, 2.2.0, 2.2.1, 2.2.2, 2.3.0, 2.3.1, 2.4.0, 2.4.1, 2.5.0, 2.5.1, 2.6.0, 2.7.0, 2.7.1, 2.8.0)', 'https://github.com/YassineYousfi/comma10k-baseline/issues/13'),
    ('no-matching-wheel', 'said_no_py_build', 'However, there are no packages for Python 3.11 at', 'https://github.com/pytorch/pytorch/issues/91839'),
    ('no-matching-wheel', 'said_no_py_build', 'https://download.pytorch.org/whl/torch_stable.html does not include pre-compiled wheels for 2.1.0 with Python 3.12.', 'https://github.com/EveryVoiceTTS/EveryVoice/issues/329'),
    ('no-matching-wheel', 'said_no_py_build', 'On PyPI, [there is no wheel for Python 3.10](https://pypi.org/project/torch/1.10.1/#files) yet. This breaks installing via `pip`:', 'https://github.com/pytorch/pytorch/issues/71112'),
    ('no-matching-wheel', 'said_no_py_build', 'Pytorch for Python 3.12 not available', 'https://github.com/pytorch/pytorch/issues/110436 (title)'),
    ('toolkit-question', 'asks_build_of_local_cuda', 'pytorch的版本里面，没有找到支持cuda11.2的，导致生成sh失败，看看是否可以添加更新？', 'https://github.com/cnstark/pytorch-docker/issues/9'),
    ('toolkit-question', 'asks_build_of_local_cuda', 'Pytorch Versions 里面，没有pytorch版本支持CUDA11.2的', 'https://github.com/cnstark/pytorch-docker/issues/9 (title)'),
    ('toolkit-question', 'asks_build_of_local_cuda', 'Bug Report No Version Of Pytorch for cuda 12.3', 'https://github.com/pytorch/pytorch/issues/112500 (title)'),
    ('toolkit-question', 'asks_build_of_local_cuda', 'There is no CUDA 12.6 version of PyTorch.', 'https://github.com/pytorch/pytorch/issues/139498'),
]

QUIET = [
    ('no-matching-wheel', 'not_found', 'a error: could not find a version that satisfies the requirement thorchvision>=0.5(from easyocr)', 'the corpus\'s JaidedAI/EasyOCR#151 (a misspelt package name)'),
    ('no-matching-wheel', 'said_no_py_build', 'An upstream project is having installation issues due to open3d requiring python 3.12. And I noticed it has no cuda wheels and needs to be compiled for Cuda manually. It would make sense to use a cuda version like Torch. ', 'https://github.com/ByteDance-Seed/Depth-Anything-3/issues/206 (open3d\'s gap)'),
    ('no-matching-wheel', 'said_no_py_build', 'This project requires 3.12 due to that package having no wheel for 313. Making it complicated to manage multiple versions of python. This worked on Ubuntu but only with uv. Pip is not installing with the 3.12 package. ', 'https://github.com/ByteDance-Seed/Depth-Anything-3/issues/206'),
    ('no-matching-wheel', 'said_no_py_build', 'Hi, do you have any plans for making pytorch3d available in Python 3.12? ', 'https://github.com/facebookresearch/pytorch3d/issues/1794 (a question about pytorch3d)'),
    ('toolkit-question', 'asks_build_of_local_cuda', '我安装的驱动是 11.4 ，torch 的 cuda 是 11.7 或11.8都试过，可以正常使用。', 'the corpus\'s chatchat-space/Langchain-Chatchat#467 (it works)'),
    ('toolkit-question', 'asks_build_of_local_cuda', 'pytorch官方没有release cuda11.2的安装包，具体可以看https://pytorch.org/get-started/previous-versions/。', 'https://github.com/cnstark/pytorch-docker/issues/9 (the maintainer\'s answer)'),
]
