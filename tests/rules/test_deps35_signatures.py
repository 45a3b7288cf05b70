"""Libraries beside torch and extensions built for another torch, read again (session 35, deps).

- A wheel asked for a torch release in the extension's own tracker ("Is there any wheel released for Pytorch 2.8?",
  "release a whl file for torch 2.5.0"): the extension has no wheel for that torch, whether or not it is named.
- A C++ ABI mismatch told from another torch by the build: an extension built here (from source, an .egg, "built with
  PyTorch X") missing a torch symbol in the C++11 ABI while torch is a pre-2.7 pip/conda build (old ABI); and a
  package's own verdict on the two ABI flags ("compiled with CXX11_ABI_FLAG=0, but PyTorch runtime was compiled with
  CXX11_ABI_FLAG=1"). A prebuilt wheel with the other ABI stays extension-built-for-other-torch's (the corpus
  convention: the remedy is the wheel for this torch).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

WHEEL = "extension-no-prebuilt-wheel-for-torch"

FIRES = [
    (WHEEL, 'wheel_asked_for_torch', "I'd appreciate it  if you could release a whl file for torch 2.5.0.", 'https://github.com/Dao-AILab/flash-attention/issues/1302'),
    (WHEEL, 'wheel_asked_for_torch', 'is there newest  precompile whl for win10 torch2.5 python3.10?', 'https://github.com/Dao-AILab/flash-attention/issues/1339'),
    (WHEEL, 'wheel_asked_for_torch', 'Would be great to also have prebuilt wheels for PyTorch 2.9 on the 2.8.3 release', 'https://github.com/Dao-AILab/flash-attention/issues/1967'),
    (WHEEL, 'wheel_asked_for_torch', '[Wheel] Is there any wheel released for Pytorch 2.8?', 'https://github.com/Dao-AILab/flash-attention/issues/1758 (title)'),
    (WHEEL, 'wheel_asked_for_torch', 'Hi! Wondering if there were any plans on building wheels for pytorch 2.3. As of right now pip installing will cause us to have to build from source, which is extremely slow with limited hardware.', 'https://github.com/Dao-AILab/flash-attention/issues/790'),
]

QUIET = [
    (WHEEL, 'wheel_asked_for_torch', 'I did not find a version that supports torch=2.5.0 in flash_attntion v2.6.3 release. Is this a typo?', 'https://github.com/mit-han-lab/Quest/issues/15 (a compatibility question, no wheel asked for)'),
    (WHEEL, 'wheel_asked_for_torch', 'Is there some place to download the whl of flash-attention v1.x ?', "https://github.com/Dao-AILab/flash-attention/issues/1508 (the extension's own old release, not a torch)"),
    (WHEEL, 'wheel_asked_for_torch', 'Building wheel for torch-scatter (setup.py) ... error', 'https://github.com/pyg-team/pytorch_geometric/issues/6605 (a package name after "for", no torch release)'),
]
