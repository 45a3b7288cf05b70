"""Libraries beside torch and extensions built for another torch, read a fourth time (session 37, deps).

- No release of a wheel-served extension said to exist for the installed torch, in the words of the version rather than
  the wheel ("there is no right version of mmcv-full", "no version of mmcv suitable for torch 1.5.0", "the mmcv doesn't
  have the matched version", "没有看到支持torch1.12.1的版本"), and the project's publishing said to skip combinations
  ("doesn't always publish prebuilt binaries") or the participle misspelt ("no pre-build xformers"):
  extension-no-prebuilt-wheel-for-torch.
- CTranslate2 (faster-whisper) of one CUDA or cuDNN major beside a torch build of another, read from the versions a pip
  list or the user's words state (CTranslate2 3.x / faster-whisper 0.x: CUDA 11; 4.x / 1.x: CUDA 12; 4.5+: cuDNN 9, torch
  2.4+), with a failure beside them: non-torch-library-cuda-deps.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

WHEEL = "extension-no-prebuilt-wheel-for-torch"
NTL = "non-torch-library-cuda-deps"

FIRES = [
    (WHEEL, 'ext_version_missing_said', 'my gpu is 3070, cuda 11.2 and pytorch 1.9 it seems there is no right version of mmcv-full... can u tell me which version is correct?', 'https://github.com/open-mmlab/mmdetection/issues/5547 (a second user; maintainer: no pre-compiled mmcv-full yet)'),
    (WHEEL, 'ext_version_missing_said', 'Have you solved the problem？It seems that there is no version of mmcv suitable for torch 1.5.0 and cuda10.0?  When you "pip install mmcv-full==1.0.4+torch1.5.0+cu100 -f https://openmmlab.oss-accelerate.aliyuncs.com/mmcv/dist/index.html" , you can not find a suitable source.', 'https://github.com/open-mmlab/mmdetection/issues/3525 (a second user; maintainer: torch 1.5 has no CUDA 10.0 build)'),
    (WHEEL, 'ext_version_missing_said', 'Hello, I have this problem too, I use cuda 10.2 and torch 1.3, but the mmcv doesn\'t have the matched version, so what should I do?', 'https://github.com/open-mmlab/mmdetection/issues/3272 (a second user; maintainer: pip install mmcv-full or build from source)'),
    (WHEEL, 'ext_version_missing_said', '请问是如何配置mmcv呢，我在官网上没有看到支持torch1.12.1的版本，我是用pip install mmcv-full==1.6.2 -f https://download.openmmlab.com/mmcv/dist/cu113/torch1.12.1/index.html下载的，会报错，我的cuda是11.3，显卡是RTX 3090，可以告诉我详细的环境或步骤吗？', 'https://github.com/Jumpat/SegmentAnythingin3D/issues/4'),
    (WHEEL, 'wheel_missing_said', 'I’m aware that xFormers doesn’t always publish prebuilt binaries for every Torch/CUDA/Python combination, which often means compiling from source—but given StabilityMatrix’s environment restrictions, I’m not sure what’s feasible here.', 'https://github.com/facebookresearch/xformers/issues/1302'),
    (WHEEL, 'wheel_missing_for_torch', '1. xformers==0.0.23 is compatible with torch==2.1.1 instead of 2.2.1, while there\'s no pre-build xformers compatible with torch==2.2.1;', 'https://github.com/Akegarasu/lora-scripts/pull/377'),
]

FIRES += [
    (NTL, 'fw_stated', "It's using faster-whisper version `0.10.0`", 'https://github.com/m-bain/whisperX/issues/632'),
    (NTL, 'fw_stated', 'faster-whisper                   0.10.0', 'https://github.com/m-bain/whisperX/issues/632'),
    (NTL, 'torch_cu_stated', 'torch                            2.1.0+cu121', 'https://github.com/m-bain/whisperX/issues/632'),
    (NTL, 'torch_cu_stated', 'Pytorch 2.2.1+cu118', 'https://github.com/OHF-Voice/wyoming-faster-whisper/issues/30'),
    (NTL, 'fw_stated', 'The service works well enough when using CPU, but I  cannot get it to work with CUDA. Every guide I have have followed so far has used CUDA 11.8 but it seems that the version of cTranslate2 used in faster-whisper 1.0.0 now requires CUDA12 libraries.', 'https://github.com/OHF-Voice/wyoming-faster-whisper/issues/30'),
    (NTL, 'fw_stated', 'upgrade faster-whisper version 0.10.0 -> 1.0.0', 'https://github.com/SYSTRAN/faster-whisper/issues/717'),
    (NTL, 'ct2_stated', '!pip install faster-whisper ctranslate2==4.4.0', 'https://github.com/SYSTRAN/faster-whisper/issues/1086 (a second user)'),
    (NTL, 'torch_cu_stated', 'Colab uses CUDA 12.2 and `torch==2.5.0+cu121` by default, ', 'https://github.com/SYSTRAN/faster-whisper/issues/1086 (a second user)'),
]

QUIET = [
    (WHEEL, 'ext_version_missing_said', 'ERROR: Could not find a version that satisfies the requirement torchaudio==0.8.1 (from versions: 0.11.0, 0.11.0+cpu, 0.11.0+cu102', "https://github.com/XDynames/SAI-app/issues/15 (pip's own refusal of a pin, not the user's verdict)"),
    (WHEEL, 'ext_version_missing_said', 'ERROR: No matching distribution found for torchaudio==0.8.1', 'https://github.com/XDynames/SAI-app/issues/15'),
    (WHEEL, 'ext_version_missing_said', 'The system comes with `cuda 11.3` and `pytorch 11.1` . The `pytorch` is installed under `conda` environment', 'https://github.com/open-mmlab/mmcv/issues/2102 (versions stated, no release said to be missing)'),
    (WHEEL, 'ext_version_missing_said', 'Yep, we have new wheels compiled for pytorch 2.3.0', 'https://github.com/Dao-AILab/flash-attention/issues/931 (a maintainer announcing wheels)'),
    (WHEEL, 'wheel_missing_said', 'Yep, we have new wheels compiled for pytorch 2.3.0', 'https://github.com/Dao-AILab/flash-attention/issues/931 (wheels that exist)'),
    (WHEEL, 'wheel_missing_said', '  Using cached xformers-0.0.26.post1-cp310-cp310-manylinux2014_x86_64.whl (222.7 MB)', 'https://github.com/facebookresearch/xformers/issues/1052 (a wheel being installed, nothing missing)'),
    (NTL, 'torch_cu_stated', 'torchaudio                       2.1.0+cu121', 'https://github.com/m-bain/whisperX/issues/632 (torchaudio, not torch)'),
    (NTL, 'ct2_stated', 'whisper-ctranslate2 does not work with latest CUDA 13:', 'https://github.com/Softcatala/whisper-ctranslate2/issues/146 (the package name, no release)'),
    (NTL, 'fw_stated', '  File "/home/user/.local/share/uv/tools/whisper-ctranslate2/lib/python3.11/site-packages/faster_whisper/transcribe.py", line 1400, in encode', 'https://github.com/SYSTRAN/faster-whisper/issues/1431 (a path, no release)'),
]
