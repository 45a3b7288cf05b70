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
ABI = "extension-cxx-abi-mismatch"

FIRES = [
    (WHEEL, 'wheel_asked_for_torch', "I'd appreciate it  if you could release a whl file for torch 2.5.0.", 'https://github.com/Dao-AILab/flash-attention/issues/1302'),
    (WHEEL, 'wheel_asked_for_torch', 'is there newest  precompile whl for win10 torch2.5 python3.10?', 'https://github.com/Dao-AILab/flash-attention/issues/1339'),
    (WHEEL, 'wheel_asked_for_torch', 'Would be great to also have prebuilt wheels for PyTorch 2.9 on the 2.8.3 release', 'https://github.com/Dao-AILab/flash-attention/issues/1967'),
    (WHEEL, 'wheel_asked_for_torch', '[Wheel] Is there any wheel released for Pytorch 2.8?', 'https://github.com/Dao-AILab/flash-attention/issues/1758 (title)'),
    (WHEEL, 'wheel_asked_for_torch', 'Hi! Wondering if there were any plans on building wheels for pytorch 2.3. As of right now pip installing will cause us to have to build from source, which is extremely slow with limited hardware.', 'https://github.com/Dao-AILab/flash-attention/issues/790'),
    (WHEEL, 'torch_itself_unmatched', 'Hi, just wondering if the wheel for Jetson Nano PyTorch 1.11.0 supports GPU? After installing the wheel `torch.cuda.is_available()` returns False.', 'https://github.com/Qengineering/PyTorch-Jetson-Nano/issues/2 (torch\'s own Jetson wheel: the filter that keeps wheel_asked_for_torch quiet)'),
    (ABI, 'built_here', 'I am getting error while importing torch_ccl built with PyTorch 1.8.1.', 'https://github.com/intel/torch-ccl/issues/16'),
    (ABI, 'built_here', '  File "/nfs_home/ddkalamk/miniconda3/envs/ccl_test/lib/python3.8/site-packages/torch_ccl-1.1.0+3141686-py3.8-linux-x86_64.egg/torch_ccl/__init__.py", line 11, in <module>', 'https://github.com/intel/torch-ccl/issues/16 (an .egg: what setup.py install made here)'),
    (ABI, 'built_here', 'I followed the guide [here](https://github.com/NVIDIA/FasterTransformer/blob/main/docs/bert_guide.md) and built the libth_transformer.so.', 'https://github.com/NVIDIA/FasterTransformer/issues/708'),
    (ABI, 'built_here', 'After very painfully building the repo from source due to a lot of strangely hardcoded paths to libraries and include which had me modify both the setup.py and the WORKSPACE, I have successfully completed the compilation using bazel.', 'https://github.com/pytorch/TensorRT/issues/294'),
    (ABI, 'built_here', 'python setup.py install --use-cxx11-abi # without the cxx11 flag gives me error', 'https://github.com/pytorch/TensorRT/issues/794'),
    (ABI, 'new_abi_symbol', 'ImportError: /home/anhman/.local/lib/python3.8/site-packages/trtorch/lib/libtrtorch.so: undefined symbol: _ZN2at11show_configB5cxx11Ev', 'https://github.com/pytorch/TensorRT/issues/294'),
    (ABI, 'package_abi_verdict', 'RuntimeError: This deepmd-kit package was compiled with CXX11_ABI_FLAG=0, but PyTorch runtime was compiled with CXX11_ABI_FLAG=1. These two library ABIs are incompatible and thus an error is raised when loading deepmd_op_pt. You need to rebuild deepmd-kit against this PyTorch runtime.', 'https://github.com/deepmodeling/deepmd-kit/issues/4877'),
]

QUIET = [
    (WHEEL, 'wheel_asked_for_torch', 'I did not find a version that supports torch=2.5.0 in flash_attntion v2.6.3 release. Is this a typo?', 'https://github.com/mit-han-lab/Quest/issues/15 (a compatibility question, no wheel asked for)'),
    (WHEEL, 'wheel_asked_for_torch', 'Is there some place to download the whl of flash-attention v1.x ?', "https://github.com/Dao-AILab/flash-attention/issues/1508 (the extension's own old release, not a torch)"),
    (WHEEL, 'wheel_asked_for_torch', 'Building wheel for torch-scatter (setup.py) ... error', 'https://github.com/pyg-team/pytorch_geometric/issues/6605 (a package name after "for", no torch release)'),
    (ABI, 'built_here', 'pip install torch-scatter -f https://data.pyg.org/whl/torch-2.4.0+cu118.html --no-cache-dir', 'https://github.com/rusty1s/pytorch_scatter/issues/470 (a prebuilt wheel from the PyG index: another torch build, not an ABI built here)'),
    (ABI, 'built_here', 'pip install https://github.com/Dao-AILab/flash-attention/releases/download/v2.5.8/flash_attn-2.5.8+cu118torch2.3cxx11abiFALSE-cp311-cp311-linux_x86_64.whl', 'https://github.com/Dao-AILab/flash-attention/issues/966 (a release wheel)'),
    (ABI, 'package_abi_verdict', 'RuntimeError: This deepmd-kit package was compiled with CXX11_ABI_FLAG=1, but TensorFlow runtime was compiled with CXX11_ABI_FLAG=0. These two library ABIs are incompatible and thus an error is raised when loading libop_abi.You need to rebuild deepmd-kit against this TensorFlow runtime.', "https://github.com/deepmodeling/deepmd-kit/issues/1329 (TensorFlow's runtime)"),
]
