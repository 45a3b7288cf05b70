"""The driver family (session 39): the CUDA version a project requires, asked before anything fails, and torch's missing
build for a Python said in words.

toolkit-question (toolkit-not-needed): "What version of CUDA is required?", "What's the minimum CUDA version to run your
project?", "CUDA要求是什么版本", "cuda的版本有要求吗" ask which CUDA a project needs; a pip or conda torch brings its own
runtime, so the answer is a torch build and a new enough driver. A question beside a failure (is_available() False, "CUDA
driver version is insufficient") stays with the failure's rule: toolkit-question's said_unavailable and toolkit-not-needed's
building_or_failing keep it quiet there (dev: sentence-transformers#339, faster-whisper#866).
no-matching-wheel: "torch not available in 3.14", "the Pytorch library does not support python 3.13": torch said to have no
build for the reporter's Python. A bare version ("available in 3.14") only with available/released; "support" needs the
word python, so a GPU generation ("does not support 3.0 GPUs") is not read. torch.compile's and Dynamo's refusals of a new
Python are not a missing build.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('toolkit-question', 'asks_cuda_choice', 'What is the required CUDA version to run this repo reliably?', 'https://github.com/numz/sd-wav2lip-uhq/issues/106 (title)'),
    ('toolkit-question', 'asks_cuda_choice', "What's the minimum CUDA version to run your project?", 'https://github.com/lsdefine/simple_GRPO/issues/29 (title)'),
    ('toolkit-question', 'asks_cuda_choice', 'what is required Cuda version Py torch version for installing this ?', 'https://github.com/fishbotics/pointnet2_ops/issues/2'),
    ('toolkit-question', 'asks_cuda_choice', 'What version of CUDA and cuDNN is required to start using the GPU option?', 'https://github.com/ZFTurbo/MVSEP-MDX23-music-separation-model/issues/35 (title)'),
    ('toolkit-question', 'asks_cuda_choice', 'What are the requirements for CUDA? 11.8？ 11.3 Incompatibility', 'https://github.com/thuml/TimeXer/issues/27 (title)'),
    ('toolkit-question', 'asks_cuda_choice', 'which cuda --version does this project need？', 'https://github.com/akanazawa/hmr/issues/125 (title)'),
    ('toolkit-question', 'asks_cuda_choice', 'CUDA要求是什么版本', 'https://github.com/meituan/YOLOv6/issues/186 (title)'),
    ('toolkit-question', 'asks_cuda_choice', '您好，请问cudnn和cuda的版本有要求吗？', 'https://github.com/opendatalab/PDF-Extract-Kit/issues/76'),
    ('no-matching-wheel', 'said_no_py_build', 'torch not available in 3.14', 'https://github.com/python/cpython/issues/139883 (title)'),
    ('no-matching-wheel', 'said_no_py_build', 'I\'m using python3.13 to develop a project, and I need to use the Whisper library, which depends on the Pytorch library, but I encountered the problem of "unable to find the applicable version" when pip, and after checking the Internet, I found that the Pytorch library does not support python 3.13 version! So please support python 3.13! （Windows10 32bit）', 'https://github.com/pytorch/pytorch/issues/149823'),
    ('no-matching-wheel', 'said_no_py_build', 'Pytorch for Python 3.12 not available', 'https://github.com/pytorch/pytorch/issues/110436 (title; session 37)'),
]

QUIET = [
    ('toolkit-question', 'asks_cuda_choice', 'Readme says 10.1 is required but the troubleshooting page says 10.2. Not sure if it works on both but just wanted to mention this.', 'https://github.com/jbikker/lighthouse2/issues/7 (a statement, no question about a required version)'),
    ('no-matching-wheel', 'said_no_py_build', 'Torch compile does not work on python 3.12', 'https://github.com/pytorch/pytorch/issues/120233 (title; torch.compile, not a missing build)'),
    ('no-matching-wheel', 'said_no_py_build', 'Torch no longer runs on Python 3.12 although the project is suppose to run with Python >= 3.10', 'https://github.com/instructlab/instructlab/issues/1491 (Dynamo refusing 3.12)'),
    ('no-matching-wheel', 'said_no_py_build', 'RuntimeError: Dynamo is not supported on Python 3.12+', 'https://github.com/jianchang512/ChatTTS-ui/issues/36'),
]
