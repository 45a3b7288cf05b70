"""Libraries beside torch and extensions built for another torch, read a ninth time (session 42, deps).

- An extension's build for a torch release asked for in the other words its tracker uses (extension-no-prebuilt-wheel-for-
  torch's prebuilt_asked_alone, the torch release named anywhere in the report): a "binary whl" or "wheel files" rather
  than a pre-built wheel, its arrival asked ("any timeline for when wheels will be available"), and the request said as a
  wish or a plan ("We'd like to be able to use a pre-compiled wheel", "if you plan to release pre-compiled wheels"). The
  wheel's existence counts only after a question of whether it is there or when it comes: help asked with the wheel that
  was installed is the wheel for another torch, and a question whether the latest wheel works is no request.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

WHEEL = "extension-no-prebuilt-wheel-for-torch"

FIRES = [
    (WHEEL, 'prebuilt_asked_alone', "pytorch 2.1 got released in October. We'd like to be able to use a pre-compiled wheel with pytorch-2.1 ; we are building a C++ project that depends on 2.1.", 'https://github.com/pytorch/TensorRT/issues/2412 (sample the reading was written from)'),
    (WHEEL, 'torch_release_named', "pytorch 2.1 got released in October. We'd like to be able to use a pre-compiled wheel with pytorch-2.1 ; we are building a C++ project that depends on 2.1.", 'https://github.com/pytorch/TensorRT/issues/2412'),
    (WHEEL, 'prebuilt_asked_alone', "PyTorch 2.1.0 RC1 version is out, perhaps a 0.0.22 dev version of the binary whl file can be released to support it for easy testing? (After all, compiling it on one's own is not particularly convenient.)", 'https://github.com/facebookresearch/xformers/issues/835 (sample the reading was written from; maintainer: wheels once 2.1.0 is final)'),
    (WHEEL, 'prebuilt_asked_alone', 'I am wondering if there are already wheel files for `natten` with `torch 2.0`, or there will be such wheel files soon after the `torch 2.0` release.', 'https://github.com/SHI-Labs/NATTEN/issues/19 (checked on, not written from; maintainer: wheels once torch 2.0 is out)'),
    (WHEEL, 'torch_release_named', '`torch 2.0` is going to be released soon (I believe it is this week).', 'https://github.com/SHI-Labs/NATTEN/issues/19'),
    (WHEEL, 'prebuilt_asked_alone', 'There was a release of torch 2.9 last week https://github.com/pytorch/pytorch/releases, and I wanted to check if there is any timeline for when wheels will be available https://data.pyg.org/whl/ for this version? ', 'https://github.com/rusty1s/pytorch_cluster/issues/261 (checked on, not written from; maintainer: built later)'),
    (WHEEL, 'prebuilt_asked_alone', 'Torch 2.0 brings a lot of improvements, just checking in if you plan to release pre-compiled wheels for it.', 'https://github.com/bitsandbytes-foundation/bitsandbytes/issues/226 (checked on, not written from)'),
]

QUIET = [
    (WHEEL, 'prebuilt_asked_alone', 'Can you help me with the wheel file for xformer , which can be compatible with torch2.2.2cuda118', 'https://github.com/SAIS-FUXI/VidGen/issues/5 (dev: the installed wheel is for another torch)'),
    (WHEEL, 'prebuilt_asked_alone', 'I recently updated my comfyui, and now running Torch2.10.0+cu130. Im wondering if the latest wheel works for this, or if its only for torch2.9?', 'https://github.com/woct0rdho/SageAttention/issues/86 (the wheel works: no request)'),
    (WHEEL, 'prebuilt_asked_alone', 'https://download.pytorch.org/whl/torch_stable.html does not include pre-compiled wheels for 2.1.0 with Python 3.12.', "https://github.com/EveryVoiceTTS/EveryVoice/issues/329 (torch's own wheels, stated)"),
]
