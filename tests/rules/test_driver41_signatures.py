"""The driver family (session 41): the driver said to fall short in words, and a driver minimum said beside the driver.

driver-older-than-runtime: "the NVIDIA driver version on Replicate nodes is less than required by CUDA 11.3", "the NVIDIA
driver that we are currently using `550.54.15` is too old", "my driver is too old", "the driver does not support CUDA 12",
"驱动版本低于要求", "驱动不支持cuda12", "torch 2.1.0 is not
compatible with nvidia driver version 470.182.03" say the verdict of the driver with words between (said_too_old). The GPU said to be
too old names no driver and stays out (gpu-arch-unsupported's case). A driver minimum said ("CUDA 13 requires driver
>=580.65.06", "与cuda12.1x相兼容的driver版本>=530.30.02", "requires driver 535 or newer") is captured (driver_floor) and
compared with the driver's own version in the rule; a minimum alone is no finding (fixture
driver-older-than-runtime--floor-said-no-driver-version-ok).
toolkit-not-needed: its question path needs the text to be about the toolkit; "安装cuda" / "装cuda" now counts as the English
"install cuda" does, except on a Mac (mac-named-evidence now reads "mac系统" too): there the answer is no NVIDIA GPU.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('driver-older-than-runtime', 'said_too_old', 'However, when pushing to Replicate I needed to set CUDA==10.2 because the NVIDIA driver version on Replicate nodes is less than required by CUDA 11.3.', 'https://github.com/pschaldenbrand/StyleCLIPDraw/pull/7'),
    ('driver-older-than-runtime', 'said_too_old', 'It turns out that the NVIDIA driver that we are currently using `550.54.15` is too old.', 'https://github.com/pytorch/test-infra/pull/6530'),
    ('driver-older-than-runtime', 'driver_floor', "The runner's NVIDIA driver is 570.195.03 (CUDA 12.8 max). CUDA 13 requires driver >=580.65.06. So torch 2.11 (which pulls CUDA 13) simply can't work with the current driver.", 'https://github.com/PyLops/pylops/pull/742'),
    ('driver-older-than-runtime', 'driver_floor', '实际结果 / Actual Result 描述实际发生的结果 / Describe the actual result. 目前已经排查出来了是cuda版本不兼容的问题。LanchainChatchat v0.2.6版本以 nvidia/cuda:12.1.1-cudnn8-devel-ubuntu22.04 为基础镜像， 而与cuda12.1x相兼容的driver版本>=530.30.02.', 'https://github.com/chatchat-space/Langchain-Chatchat/issues/2312'),
    ('driver-older-than-runtime', 'driver_floor', 'PyTorch 2.11 switches to cuda 13.0 by default. This [requires](https://docs.nvidia.com/deploy/cuda-compatibility/minor-version-compatibility.html) cuda driver >= 580, which I guess is newer than on this image, and we get `The NVIDIA driver on your system is too old`.', 'https://github.com/actions/partner-runner-images/issues/172'),
    ('driver-older-than-runtime', 'said_too_old', 'torch 2.1.0 is not compatible with nvidia driver version 470.182.03 (GKE v1.25 COS version)', 'https://github.com/pytorch/pytorch/issues/112553 (title)'),
    ('mac-named-evidence', 'mac_named', 'mac系统需要安装cuda但是nvida有关mac系统cuda的软件都不支持下载，所以是不是mac系统不可以运行？', 'https://github.com/visual-openllm/visual-openllm/issues/15'),
    ('toolkit-not-needed', 'toolkit_topic', '必须要安装cuda吗进行模型训练我就装了个pytorch为啥你这还要装cuda', 'https://github.com/xaio6/LabelQuick/issues/10'),
]

QUIET = [
    ('driver-older-than-runtime', 'said_too_old', '我的显卡太旧了，不支持这个版本', 'the GPU is old (gpu-arch-unsupported), not the driver'),
    ('driver-older-than-runtime', 'said_too_old', 'My GPU only support cuda>=11, only support pytorch>=1.7.', 'https://github.com/yrcong/STTran/issues/24 (the GPU needs a newer CUDA: no driver verdict)'),
    ('driver-older-than-runtime', 'said_too_old', 'I updated my NVIDIA drivers to version 384.98, but I\'m still getting this error.', 'https://github.com/pytorch/pytorch/issues/3989 (the driver updated, no shortfall said)'),
    ('driver-older-than-runtime', 'said_too_old', 'pytorch 1.13 is not compatible with python 3.11 yet', 'a Python version, not the driver'),
    ('driver-older-than-runtime', 'driver_floor', 'Torch only supports cuda 11.3 or earlier versions, unfortunately my cuda version is 11.7, so GPU accelerating is not available.', 'https://github.com/mlverse/torch/issues/859 (a CUDA, not a driver number)'),
    ('driver-older-than-runtime', 'driver_floor', 'Update the driver version to `535.86.10` to support 12.2.', 'https://github.com/GoogleCloudPlatform/ml-auto-solutions/pull/239 (a fix told, no minimum said)'),
]
