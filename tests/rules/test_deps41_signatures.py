"""Libraries beside torch and extensions built for another torch, read an eighth time (session 41, deps).

- An extension's library that misses the launch calls of an nvcc older than 9.2 (cudaSetupArgument, cudaConfigureCall,
  cudaLaunch), which CUDA runtimes from 10.1 on no longer have: the op was compiled by an older toolkit than the CUDA runtime
  it is loaded with (extension-cuda-version-mismatch's old_launch_undefined; the mirror of __cudaRegisterFatBinaryEnd).
  The linker's "undefined reference to `cudaSetupArgument'" is a C++ program's own build and stays out; NVIDIA FleX's
  bindings (pyflex) are no torch extension (flex_bindings).
- A pre-built wheel asked for on its own line with the torch release named on another line of the report ("Since Pytorch
  2.2.1 Release has been published / Perhaps we can have a pre-built wheel."; extension-no-prebuilt-wheel-for-torch's
  prebuilt_asked_alone with torch_release_named). torch's own pre-built wheels are kept out (torch_prebuilt_own), and
  llama-cpp-python's CUDA wheels asked for (no torch extension) by torch_itself_unmatched.
- libcudart missing retold in words ("there's an import error : libcudart.so.10.2: cannot open shared object file",
  extension-built-for-other-torch's cudart_import_missing).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

MISMATCH = "extension-cuda-version-mismatch"
WHEEL = "extension-no-prebuilt-wheel-for-torch"
OTHER = "extension-built-for-other-torch"

FIRES = [
    (MISMATCH, 'old_launch_undefined', "ImportError: /envs/anaconda3/envs/venv/lib/python3.8/site-packages/MultiScaleDeformableAttention-1.0-py3.8-linux-x86_64.egg/MultiScaleDeformableAttention.cpython-38-x86_64-linux-gnu.so: undefined symbol: cudaSetupArgument", 'https://github.com/fundamentalvision/Deformable-DETR/issues/3 (the held-out dev report the reading was written from)'),
    (MISMATCH, 'old_launch_undefined', 'ImportError: /data/mry/code/ATSS/atss_core/_C.cpython-37m-x86_64-linux-gnu.so: undefined symbol: cudaSetupArgument', 'https://github.com/sfzhang15/ATSS/issues/7 (sample; reporter: CUDA 10.1 -> 9.0 fixed it)'),
    (MISMATCH, 'old_launch_undefined', 'ImportError: /home/wangls@1/anaconda3/envs/py37/lib/python3.7/site-packages/soft_renderer-1.0.0-py3.7-linux-x86_64.egg/soft_renderer/cuda/load_textures.cpython-37m-x86_64-linux-gnu.so: undefined symbol: cudaSetupArgument', 'https://github.com/ShichenLiu/SoftRas/issues/92 (sample; maintainer: modules built for another CUDA)'),
    (MISMATCH, 'old_launch_undefined', 'ImportError: /home/yiwei.ru/Code/Slowfast/detectron2_repo/detectron2/_C.cpython-37m-x86_64-linux-gnu.so: undefined symbol: cudaSetupArgument', 'https://github.com/facebookresearch/SlowFast/issues/75'),
    (MISMATCH, 'old_launch_undefined', 'ImportError: /home/yy18dlz/opt/anaconda3/envs/open-mmlab/lib/python3.7/site-packages/mmcv/_ext.cpython-37m-x86_64-linux-gnu.so: undefined symbol: cudaSetupArgument', 'https://github.com/open-mmlab/mmdetection/issues/3974 (nvcc 9.2)'),
    (MISMATCH, 'old_launch_undefined', 'ImportError: /home/xu/mmdetection/mmdet/ops/dcn/deform_conv_cuda.cpython-37m-x86_64-linux-gnu.so: undefined symbol: cudaSetupArgument', 'https://github.com/open-mmlab/mmdetection/issues/1705 (PyTorch 1.3.0 with CUDA 9.0.176)'),
    (MISMATCH, 'old_launch_undefined', 'ImportError: /data/***/CenterNet_Online/src/lib/models/networks/DCNv2/_ext.cpython-36m-x86_64-linux-gnu.so: undefined symbol: cudaSetupArgument', 'https://github.com/lucasjinreal/DCNv2_latest/issues/3 (pytorch 1.5.0, cuda 10.1)'),
    (MISMATCH, 'old_launch_undefined', 'ImportError: /mnt/lustre/hanyibo1/anaconda3/envs/tvm/lib/python3.7/site-packages/byteps-0.2.5-py3.7-linux-x86_64.egg/byteps/torch/c_lib.cpython-37m-x86_64-linux-gnu.so: undefined symbol: cudaSetupArgument', 'https://github.com/bytedance/byteps/issues/386 ("it works fine on my another local machine")'),
    (MISMATCH, 'old_launch_undefined', 'question:pytorch3d-0.2.0/pytorch3d/_C.cpython-38-x86_64-linux-gnu.so: undefined symbol: cudaSetupArgument"', 'https://github.com/facebookresearch/pytorch3d/issues/1460 (title; cudatoolkit 10.2)'),
    (MISMATCH, 'flex_bindings', 'ImportError: /home/rzg/flingbot/PyFlex/bindings/build/pyflex.cpython-36m-x86_64-linux-gnu.so: undefined symbol: cudaSetupArgument', 'https://github.com/real-stanford/flingbot/issues/13 (NVIDIA FleX bindings: no torch extension)'),
    (MISMATCH, 'flex_bindings', 'gl_renderer_src/flex_renderer.cpython-310-x86_64-linux-gnu.so: undefined symbol: cudaSetupArgument', 'https://github.com/zhouxian/FluidLab/issues/12'),
    (WHEEL, 'prebuilt_asked_alone', 'Perhaps we can have a pre-built wheel.', 'https://github.com/facebookresearch/xformers/issues/991 (sample the reading was written from)'),
    (WHEEL, 'prebuilt_asked_alone', 'Perhaps we can have a pre-built wheel.', 'https://github.com/facebookresearch/xformers/issues/1010 (maintainer: a build tomorrow)'),
    (WHEEL, 'prebuilt_asked_alone', 'Is there a way you could provide prebuilt wheels for 2.5.1 ? ', 'https://github.com/rusty1s/pytorch_cluster/issues/244'),
    (WHEEL, 'torch_release_named', 'Since Pytorch 2.2.1 Release has been published ', 'https://github.com/facebookresearch/xformers/issues/991'),
    (WHEEL, 'torch_release_named', 'I am running pytorch 2.5.1 (unfortunately this is on a cluster with predefined dependencies and downgrading torch is risky)', 'https://github.com/rusty1s/pytorch_cluster/issues/244'),
    (WHEEL, 'torch_itself_unmatched', 'I am writing to request the inclusion of prebuilt CUDA 11.8 wheels in future releases of llama-cpp-python. Although the current requirement is CUDA 12.1 and above, I have successfully built llama-cpp-python with CUDA 11.8 on Windows 7 without any issues.', 'https://github.com/abetlen/llama-cpp-python/issues/1570 (no torch extension)'),
    (OTHER, 'cudart_import_missing', "there's an import error : libcudart.so.10.2: cannot open shared object file", 'https://github.com/open-mmlab/mmcv/issues/1380 (held-out dev report the reading was written from)'),
    (OTHER, 'cudart_import_missing', 'ImportError: libcudart.so.10.1: cannot open shared object file: No such file or directory', 'https://github.com/namtuanly/MTL-TabNet/issues/5 (sample; maintainer: rebuild mmcv for your CUDA)'),
    (OTHER, 'cudart_import_missing', 'ImportError: libcudart.so.10.1: cannot open shared object file: No such file or directory', 'https://github.com/open-mmlab/mmsegmentation/issues/690 (pytorch 1.3.0, cuda 10.0, mmcv-full 1.3.7)'),
]

QUIET = [
    (MISMATCH, 'old_launch_undefined', "tmpxft_000053c6_00000000-4_math_functions.compute_61.cudafe1.cpp:(.text+0x1d): undefined reference to `cudaSetupArgument'", 'https://github.com/BVLC/caffe/issues/6269 (the linker, a C++ program\'s build)'),
    (MISMATCH, 'old_launch_undefined', "/tmp/tmpxft_000035b5_00000000-4_lv2_gpu_functions.cudafe1.stub.c:16: undefined reference to `cudaSetupArgument'", 'https://github.com/voutcn/megahit/issues/95 (the linker)'),
    (MISMATCH, 'flex_bindings', 'ImportError: /home/xxx/detectron2/detectron2/_C.cpython-36m-x86_64-linux-gnu.so: undefined symbol: cudaSetupArgument', 'https://github.com/facebookresearch/detectron2/issues/567 (title; a torch extension)'),
    (WHEEL, 'prebuilt_asked_alone', 'I found the latest pre-built wheel with CUDA12x support for windows is 0.3.4, that is too old.', 'https://github.com/abetlen/llama-cpp-python/issues/2190 (stated, not asked)'),
    (WHEEL, 'prebuilt_asked_alone', 'Would it be possible to have a page somewhere listing which actual pre-built wheels are available for installation through pip?', 'https://github.com/facebookresearch/pytorch3d/issues/1434 (the request word too far before; a miss it leaves)'),
    (WHEEL, 'torch_release_named', 'We used to release wheels which are pre-built with PyTorch extensions.', 'https://github.com/hpcaitech/ColossalAI/issues/2636 (no torch release named)'),
]
