"""Libraries beside torch and extensions built for another torch, read a third time (session 36, deps).

- Installing a wheel-served extension replaces the torch that is there ("pip install xformers, it will re-install the
  torch==2.0.1 ... even if I have the torch=2.1.0", pip's "Collecting torch==2.0.0 (from xformers==0.0.19)"): the
  extension has no wheel for the installed torch (extension-no-prebuilt-wheel-for-torch). Not when what comes in is a CPU
  torch, when the extension then fails to load, or when the extension is built from its own checkout.
- ONNX Runtime's CPU package put on top of, or after, its GPU package, or the two said not to co-exist: the CPU build wins
  (nontorch-cpu-build-evidence, read by non-torch-library-cpu-build).
- torch's own nvJitLink clash when the paste is cut before the error: the reporter points LD_LIBRARY_PATH at the
  nvidia/nvjitlink wheel, or ldd shows a system libnvJitLink serving the wheel's cuSPARSE (missing-cuda-libs).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

WHEEL = "extension-no-prebuilt-wheel-for-torch"
CPUB = "nontorch-cpu-build-evidence"
LIBS = "missing-cuda-libs"

FIRES = [
    (WHEEL, 'ext_replaces_torch', 'Hi,  when I use pip install xformers, it will re-install the torch==2.0.1 with cuda-11.x, even if I have the torch=2.1.0 with cuda 12.1 in nvcr.io/nvidia/pytorch:23.06-py3.  Does it support the latest cuda and torch?', 'https://github.com/facebookresearch/xformers/issues/802'),
    (WHEEL, 'ext_replaces_torch', 'when i   run   cmd  pip install xformers-0.0.18-cp310-cp310-win_amd64.whl  ,He always uninstalls my pytorch1.13.1 and then installs torch2.0', 'https://github.com/facebookresearch/xformers/issues/715'),
    (WHEEL, 'ext_replaces_torch', 'When installing `xformers`, it upgrades `torch` to version `2.0.1`, even if a previous version (`1.12.1`) is already installed. This causes a compatibility issue with `torchvision 0.13.1`, which requires `torch 1.12.1`.', 'https://github.com/facebookresearch/xformers/issues/823'),
    (WHEEL, 'pip_torch_for_ext', 'Collecting torch==2.0.0 (from xformers==0.0.19)', 'https://github.com/facebookresearch/xformers/issues/752'),
    (WHEEL, 'pip_torch_for_ext', 'Installing collected packages: torch, xformers', 'https://github.com/facebookresearch/xformers/issues/1146'),
    (WHEEL, 'pip_torch_uninstalled', '  Attempting uninstall: torch', 'https://github.com/facebookresearch/xformers/issues/1146'),
    (WHEEL, 'source_checkout', 'git clone https://github.com/facebookresearch/xformers.git', 'https://github.com/Stability-AI/stablediffusion/issues/363 (the guard: a build from the checkout)'),
    (CPUB, 'both_said', 'It seems installing `onnxruntime` on top of `onnxruntime-gpu` will strip the ability of ONNX runtime to use CUDA.', 'https://github.com/pythongosssss/ComfyUI-WD14-Tagger/issues/23'),
    (CPUB, 'both_said', 'If you install `onnxruntime-gpu` first and then `onnxruntime`, you will notice that only `CPUExecutionProvider` is available.', 'https://github.com/pythongosssss/ComfyUI-WD14-Tagger/issues/23 (a second user)'),
    (CPUB, 'both_said', '`onnxruntime` and `onnxruntime-gpu` can not co-exist and support CUDAExecutionProvider', 'https://github.com/microsoft/onnxruntime/issues/26996 (title)'),
    (LIBS, 'nvjitlink_wheel_said', 'I have tried to export env variable: `export LD_LIBRARY_PATH=$HOME/.local/lib/python3.12/sitepackages/nvidia/nvjitlink:$LD_LIBRARY_PATH`  but did not work', 'https://github.com/mlcommons/inference/issues/1700'),
    (LIBS, 'nvjitlink_wheel_said', 'https://github.com/pytorch/pytorch/issues/111469 adding `site-packages/nvidia/nvjitlink/lib` to LD_LIBRARY_PATH works...', 'https://github.com/pytorch/pytorch/issues/141467 (the reporter\'s comment)'),
    (LIBS, 'nvjitlink_wheel_said', '\tlibnvJitLink.so.12 => /usr/local/cuda-12.1/lib64/libnvJitLink.so.12 (0x000070ddad800000)', 'https://github.com/infiniflow/ragflow/issues/4466'),
]

QUIET = [
    (WHEEL, 'ext_replaces_torch', 'Regardless of this, the requirements automatically installs Torch 2.0, and since your command to install the requirements comes after the torch and xformers installation, it uninstalled the existing version of Torch, and replaces it with this version, causing Xformers to fail to load.', 'https://github.com/Comfy-Org/ComfyUI/issues/99 (requirements.txt replaced torch; the extension then failed: extension-built-for-other-torch)'),
    (WHEEL, 'ext_replaces_torch', "we have to use the low version 'xformers' like 0.0.12 to satisfy torch==1.12.1+cu113. If using high version xformers, it will automatically download torch=2.1.2. ", 'https://github.com/sherwinbahmani/4dfy/issues/7 (no install said before the extension: the pair\'s versions, companion-package-version-mismatch)'),
    (WHEEL, 'ext_replaces_torch', 'The current instructions may need to be updated. This particular set of code results in xformers replacing torch with the latest version:', 'https://github.com/Stability-AI/stablediffusion/issues/363 (a docs request about a source build)'),
    (WHEEL, 'pip_torch_for_ext', 'Collecting pyre-extensions==0.0.29 (from xformers==0.0.19)', 'https://github.com/facebookresearch/xformers/issues/752 (another dependency of the extension, not torch)'),
    (CPUB, 'both_said', '@yakhyo I found also another ticket which recommend removing onnx , onnxruntime and onnxruntime-gpu and after that install onnxruntime-gpu (https://github.com/microsoft/onnxruntime/issues/7748#issuecomment-844358537)', 'https://github.com/yakhyo/uniface/issues/77 (the remedy: the GPU package alone, put last)'),
    (CPUB, 'both_said', 'Test on Linux with onnxruntime and onnxruntime-gpu.', 'https://github.com/danielgatis/rembg/pull/728 (both named, no order and no clash)'),
    (LIBS, 'nvjitlink_wheel_said', '`export LD_LIBRARY_PATH=/usr/local/cuda/lib64:/usr/local/cuda/lib', 'https://github.com/microsoft/onnxruntime/issues/19616 (a toolkit on LD_LIBRARY_PATH for ONNX Runtime, no nvJitLink wheel)'),
]
