"""Libraries beside torch and extensions built for another torch, read a sixth time (session 39, deps).

- An extension's build for a torch release asked for in the words of a build request rather than the word "wheel": the
  build named by its torch tag and requested or asked whether released ("Requesting mmcv-2.2.0+pt2.10.0cu130",
  "mmcv_full-latest+torch1.7.0+cu110.whl was released ?"), the extension for a CUDA and torch pair ("mmcv-full for
  cuda10.0+torch1.6"), wheel builds asked ("binary wheel builds for pt-1.9.0"), wheels said unreleased, the published wheel said to stop below the torch
  (extension-no-prebuilt-wheel-for-torch's build_for_torch_asked). The same words as a request keep
  extension-built-for-other-torch's "built with PyTorch X" quiet (ext_build_requested).
- torchaudio's load failure said before the word or shown only by its loader's frame (audio_load_failed), read with a torch
  that is no release wheel (NVIDIA's ".nv22.3", a source build's "a0+<hash>") beside a torchaudio of a release.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

WHEEL = "extension-no-prebuilt-wheel-for-torch"
OTHER = "extension-built-for-other-torch"

FIRES = [
    (WHEEL, 'build_for_torch_asked', 'Requesting mmcv-2.2.0+pt2.10.0cu130', 'https://github.com/MiroPsota/torch_packages_builder/issues/15 (title; the sample the reading was written from)'),
    (WHEEL, 'build_for_torch_asked', 'I need **mmcv-2.2.0 built with PyTorch 2.10.0 + CUDA 13.0**.', 'https://github.com/MiroPsota/torch_packages_builder/issues/15'),
    (WHEEL, 'build_for_torch_asked', 'the package of mmcv_full-latest+torch1.7.0+cu110.whl was released ?', 'https://github.com/open-mmlab/mmcv/issues/694 (title; the sample the reading was written from)'),
    (WHEEL, 'build_for_torch_asked', 'mmcv-full for cuda10.0+torch1.6 or cuda11.0+torch1.8', 'https://github.com/open-mmlab/mmcv/issues/904 (title; maintainer: compile it yourself)'),
    (WHEEL, 'build_for_torch_asked', 'The current wheel only supports pytorch 2.12 and lower, but some software requires later versions.  Would it be possible to build it for pytorch 2.14 (and cuda 13)?', 'https://github.com/rusty1s/pytorch_scatter/issues/513'),
    (WHEEL, 'build_for_torch_asked', 'so kindly requesting to make binary wheel builds for pt-1.9.0.', 'https://github.com/rusty1s/pytorch_scatter/issues/224 (maintainer built them)'),
    (WHEEL, 'build_for_torch_asked', 'pytorch 1.9.0 binary wheels please', 'https://github.com/rusty1s/pytorch_scatter/issues/224 (title)'),
    (OTHER, 'ext_build_requested', 'I need **mmcv-2.2.0 built with PyTorch 2.10.0 + CUDA 13.0**.', 'https://github.com/MiroPsota/torch_packages_builder/issues/15'),
    (OTHER, 'audio_load_failed', 'unable to load torchaudio after installing torchaudio==0.12.0', 'https://github.com/pytorch/audio/issues/2731 (title; the sample the reading was written from)'),
    (OTHER, 'audio_load_failed', '  File "/home/yilinw/.local/lib/python3.8/site-packages/torchaudio/_extension.py", line 103, in <module>', 'https://github.com/pytorch/audio/issues/2731'),
    (OTHER, 'audio_load_failed', '  File "/home/jetson/.local/lib/python3.8/site-packages/torchaudio/_extension.py", line 105, in _init_extension', 'https://github.com/Qengineering/Jetson-Nano-Ubuntu-20-image/issues/82 (pip torchaudio 0.13.0 on the Jetson image\'s torch)'),
]

QUIET = [
    (WHEEL, 'build_for_torch_asked', 'ERROR: Could not find a version that satisfies the requirement mmcv-full==latest+torch1.5.0+cu101 (from versions: 1.0rc0, 1.0rc2, 1.0.0, 1.0.1, 1.0.2, 1.0.3, 1.0.4, 1.0.5, 1.1.0, 1.1.1, 1.1.2, 1.1.3)', 'https://github.com/open-mmlab/mmdetection/issues/3806 (an untrusted http index ignored, not a missing build)'),
    (WHEEL, 'build_for_torch_asked', 'ERROR: Could not find a version that satisfies the requirement mmcv-full==latest+torch1.6.0+cpu (from versions: 1.0rc0, 1.0rc2, 1.0.0, 1.0.1, 1.0.2, 1.0.3, 1.0.4, 1.0.5, 1.1.0, 1.1.1, 1.1.2, 1.1.3)', 'https://github.com/open-mmlab/mmcv/issues/571 (a plain pip install mmcv-full worked)'),
    (WHEEL, 'build_for_torch_asked', 'Hi @Edwardwaw, still not. mmcv_full built with torch1.7.0 and cu110 still has some bugs so we are currently fixing them.', 'https://github.com/open-mmlab/mmcv/issues/694 (the maintainer\'s answer, no request)'),
    (WHEEL, 'build_for_torch_asked', 'Release for torch 2.10', 'https://github.com/rusty1s/pytorch_scatter/issues/506 (title alone: a release of what is not said)'),
    (OTHER, 'ext_build_requested', 'Hi @Edwardwaw, still not. mmcv_full built with torch1.7.0 and cu110 still has some bugs so we are currently fixing them.', 'https://github.com/open-mmlab/mmcv/issues/694 (a build stated, not requested)'),
    (OTHER, 'audio_load_failed', 'import torchaudio', 'https://github.com/pytorch/audio/issues/2731 (the import line alone)'),
]
