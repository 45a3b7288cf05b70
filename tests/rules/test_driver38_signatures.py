"""The driver family (session 38): pip's refusal with its first letters cut, a pin cut inside its release, uv's older
wordings of a missing wheel, torch's "No CUDA GPUs" beside a driver that does not answer, and the question about a
cuDNN not seen beside torch.

no-matching-wheel: pip's "... satisfies the requirement torch..." keyed on its stable middle (a title or a retyped line
loses its first word); the launcher's pin read by its release alone ("torch==1.12." cut; "2.1" ends there, 2.10 is
another release).
cuda-visible-devices: "No CUDA GPUs are available" is no hidden index when the driver itself is shown down (driver_down,
tested with `not`).
toolkit-question (toolkit-not-needed): the reporter notices no cuDNN beside torch and asks whether it is missing or
needed; cmake's and the loader's cuDNN errors are not questions.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('no-matching-wheel', 'not_found', 'ould not find a version that satisfies the requirement torch==1.11.0+cu113 (from versions: none)', 'https://github.com/zeyad-mansour/lunar/issues/204 (title)'),
    ('no-matching-wheel', 'not_found', 'could not find a version that satisfies the requirement torch==2.1.', 'https://github.com/jianchang512/stt/issues/117'),
    ('no-matching-wheel', 'not_found', "`ERROR: Could not find a version that satisfies the requirement torch==1.12.0 (from versions: 1.13.0, 1.13.1, 2.0.0, 2.0.1, 2.1.0, 2.1.1, 2.1.2, 2.2.0, 2.2.1, 2.2.2, 2.3.0, 2.3.1)", 'https://github.com/memgraph/mage/issues/489'),
    ('no-matching-wheel', 'pin_torch_1x', 'Command: "C:\\Users\\SENOR(Admin)\\stable-diffusion-webui\\venv\\Scripts\\python.exe" -m pip install torch==1.12.', 'https://github.com/AUTOMATIC1111/stable-diffusion-webui/issues/5841 (cut there)'),
    ('no-matching-wheel', 'pin_torch_le_2_1', 'could not find a version that satisfies the requirement torch==2.1.', 'https://github.com/jianchang512/stt/issues/117'),
    ('no-matching-wheel', 'uv_no_platform_wheel', "error: distribution torchvision==0.19.1+cpu @ registry+https://download.pytorch.org/whl/cpu can't be installed because it doesn't have a source distribution or wheel for the current platform", 'https://github.com/astral-sh/uv/issues/5945 (uv 0.4, a +cpu build on a Mac)'),
    ('no-matching-wheel', 'uv_no_platform_wheel', '  `-> Because torch==2.1.1 is unusable because no wheels are available with a matching platform and you require torch==2.1.1, we can conclude that the requirements are unsatisfiable.', 'https://github.com/astral-sh/uv/issues/1497 (uv 0.1)'),
    ('cuda-visible-devices', 'driver_down', "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.", 'https://github.com/pytorch/pytorch/issues/67991'),
    ('cuda-visible-devices', 'driver_down', 'RuntimeError: Found no NVIDIA driver on your system. Please check that you have an NVIDIA GPU and installed a driver from http://www.nvidia.com/Download/index.aspx', 'https://github.com/googlecolab/colabtools/issues/4433'),
    ('toolkit-question', 'asks_cudnn_missing', 'then I use the command **_conda list_** to list the packages that have been installed with pytorch, I found the cudatoolkit but I did not found the cudnn, why? the pytorch do not need the cudnn ?', 'https://github.com/pytorch/pytorch/issues/17500'),
    ('toolkit-question', 'asks_cudnn_missing', 'Is cudnn library not installed?', 'https://github.com/anibali/docker-pytorch/issues/14'),
    ('toolkit-question', 'asks_cudnn_missing', 'cudnn is not installed?', 'https://github.com/anibali/docker-pytorch/issues/14 (title)'),
]

QUIET = [
    ('no-matching-wheel', 'not_found', 'a error: could not find a version that satisfies the requirement thorchvision>=0.5(from easyocr)', 'the corpus\'s JaidedAI/EasyOCR#151 (a misspelt package name)'),
    ('no-matching-wheel', 'pin_torch_le_2_1', '  `pip install torch==2.10.0 torchvision torchaudio --index-url https://download.pytorch.org/whl/cu130`', 'the corpus\'s deepbeepmeep/Wan2GP#1701 (2.10 is not 2.1)'),
    ('no-matching-wheel', 'pin_torch_le_2_8', '  `pip install torch==2.10.0 torchvision torchaudio --index-url https://download.pytorch.org/whl/cu130`', 'the corpus\'s deepbeepmeep/Wan2GP#1701'),
    ('cuda-visible-devices', 'driver_down', 'If not comment out the line `os.environ["CUDA_VISIBLE_DEVICES"]=\'1\'` in train.py, training will encounter an error: `RuntimeError: No CUDA GPUs are available`.', 'https://github.com/Grace9994/CoMoSVC/issues/6 (a hidden index, the driver fine)'),
    ('toolkit-question', 'asks_cudnn_missing', 'OSError: libcudnn.so.8: cannot open shared object file: No such file or directory (in server with cuda 11.2)', 'the corpus\'s apache/mxnet#20279 (a loader error, no question)'),
]
