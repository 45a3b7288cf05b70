"""Libraries beside torch and extensions built for another torch, read a fifth time (session 38, deps).

- faiss's GPU classes said missing in other words than AttributeError's: faiss's own wrapper reaching for a class the CPU
  build lacks ("NameError: name 'GpuResourcesVector' is not defined"), the attribute named before the word ("has no
  `StandardGpuResources` attribute") and a printed hasattr() check ("hasattr(faiss, "StandardGpuResources")` gives false"):
  nontorch-cpu-build-evidence, read by non-torch-library-cpu-build.
- A wheel of an extension asked for a torch release with the release pinned or quoted ("wheels for `torch==2.5.0+cu118`"),
  the extension's own release between ("wheel for natten==0.17.4+cu118 support torch==2.5.0"), the request as "Can we have"
  / "possible" / "could you", and the torch release before the word ("build torch 2.12.0 wheels", "provide torch 2.0
  wheel"): extension-no-prebuilt-wheel-for-torch.
- PaddlePaddle's CPU package said to be there in Chinese, beside the GPU one or as something to remove first ("需要先卸载cpu
  版本的paddle吗？", "同时安装了paddle的CPU版本和GPU版本"): nontorch-cpu-build-evidence's both_said.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

WHEEL = "extension-no-prebuilt-wheel-for-torch"
EVID = "nontorch-cpu-build-evidence"

FIRES = [
    (EVID, 'faiss_no_gpu', "NameError: name 'GpuResourcesVector' is not defined", 'https://github.com/facebookresearch/faiss/issues/591 (maintainer: the CPU-only version is installed)'),
    (EVID, 'faiss_no_gpu', 'conda faiss-gpu install has no `StandardGpuResources` attribute.', 'https://github.com/facebookresearch/faiss/issues/1013 (title; the sample the reading was written from)'),
    (EVID, 'faiss_no_gpu', 'Ok, so the problem is actually with version I\'m using. The one I checked the importing was actually the cpu version. Though `conda list | grep faiss` shows `faiss-gpu 1.4.0`. I\'m not sure now, `hasattr(faiss, "StandardGpuResources")` gives false.', 'https://github.com/facebookresearch/faiss/issues/1013'),
    (EVID, 'faiss_no_gpu', "AttributeError: module 'faiss' has no attribute 'StandardGpuResources'", 'https://github.com/facebookresearch/faiss/issues/1725 (the reading of earlier sessions, unchanged)'),
    (WHEEL, 'wheel_asked_for_torch', 'Is it also possible to upload pre-built NATTEN wheels for `torch==2.5.0+cu118`?', 'https://github.com/SHI-Labs/NATTEN/issues/295 (the sample the reading was written from)'),
    (WHEEL, 'wheel_asked_for_torch', 'Any pre-built wheel for natten==0.17.4+cu118 support torch==2.5.0', 'https://github.com/SHI-Labs/NATTEN/issues/295 (title)'),
    (WHEEL, 'wheel_asked_for_torch', "Can we have a pre-built wheel for torch 2.1.1? I've been waiting for it for a long time.", 'https://github.com/facebookresearch/xformers/issues/933 (maintainer: wheels for 2.1.1 next week)'),
    (WHEEL, 'wheel_asked_for_torch', 'Hi, would it be possible for you to build torch 2.12.0 wheels? Many thanks! :)', 'https://github.com/SHI-Labs/NATTEN/issues/338 (maintainer built them)'),
    (WHEEL, 'wheel_asked_for_torch', 'Any plan to provide torch 2.0 wheel?', 'https://github.com/facebookresearch/detectron2/issues/4914'),
    (WHEEL, 'wheel_asked_for_torch', '@alihassanijr could you compile a wheel for Torch 2.10 and python 3.14? :)', 'https://github.com/SHI-Labs/NATTEN/issues/308 (0.21.5 released for it)'),
    (WHEEL, 'wheel_asked_for_torch', 'any chance you could cut another release with torch 2.11 wheels while you still have access to the build machine? 👀 😁', 'https://github.com/SHI-Labs/NATTEN/issues/308 (the same user, later)'),
    (EVID, 'both_said', '需要先卸载cpu版本的paddle吗？ [...] 但是换到V100平台， 卸载后也报错，报什么paddle.distrubution找不到。', 'https://github.com/opendatalab/MinerU/issues/1772 (a dev corpus report; maintainer: uninstall both, reinstall paddlepaddle-gpu)'),
    (EVID, 'both_said', 'CentOS系统，同时安装了paddle的CPU版本和GPU版本，卸载GPU版本后进入python环境无法import paddle，报错说找不到模块，实际系统是存在cpu版本paddle的', 'https://github.com/PaddlePaddle/Paddle/issues/47344 (maintainer: both versions install into the same paddle folder)'),
]

QUIET = [
    (EVID, 'both_said', '卸载GPU版本paddle后cpu版本无法正常使用', 'https://github.com/PaddlePaddle/Paddle/issues/47344 (title: the GPU package removed, no CPU package said to be there)'),
    (EVID, 'both_said', '使用CPU版的paddle报错', 'https://github.com/baidu/Senta/issues/69 (title: the CPU package used, read by paddle_cpu_build instead)'),
    (EVID, 'faiss_no_gpu', 'so i tried "import faiss" and "res = faiss.StandardGpuResources()"', 'https://github.com/facebookresearch/faiss/issues/500 (the class named, nothing said missing)'),
    (EVID, 'faiss_no_gpu', 'Failed to load GPU Faiss: ./_swigfaiss_gpu.so: undefined symbol: omp_set_lock', 'https://github.com/facebookresearch/faiss/issues/500 (a GPU build that fails to load: not the CPU package)'),
    (WHEEL, 'wheel_asked_for_torch', 'Wheels built for torch 2.10 and 2.11.', 'https://github.com/SHI-Labs/NATTEN/issues/308 (a maintainer announcing wheels)'),
    (WHEEL, 'wheel_asked_for_torch', 'https://download.pytorch.org/whl/torch_stable.html does not include pre-compiled wheels for 2.1.0 with Python 3.12.', "https://github.com/EveryVoiceTTS/EveryVoice/issues/329 (torch's own wheels, nothing asked)"),
    (WHEEL, 'wheel_asked_for_torch', 'Our pre-built wheel is built with PyTorch 2.1.0, which is not compatible with PyTorch 2.2.0. We should build PyTorch version-specific wheels.', 'https://github.com/flashinfer-ai/flashinfer/issues/105 (a maintainer describing the wheel that exists)'),
]
