"""Libraries beside torch and extensions built for another torch (session 34, deps).

- Windows' error 127 for an extension's compiled module retyped from a Chinese system: 找不到指定的程序 comes back as "The
  specified program could not be found" / "cannot be found" (程序 is both "procedure" and "program"), and the frame that
  imports it is the package's own relative import of its _C ("from . import _C", "from ..._C.ops import"), which torch
  never writes for its own _C ("from torch._C import *").
- THC's removal said through Markdown (a link or bold around the header or the verb), as a noun ("the deprecation of the
  THC lib") or as the namespace no longer known.
- A library other than torch said to look for a CUDA library of one major ("is looking for libcublasLt.so.11",
  "为什么会去找libcublasLt.so.11").

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

EXT = "extension-built-for-other-torch"
OLD = "extension-source-too-old-for-torch"
LIB = "non-torch-library-cuda-deps"

FIRES = [
    (EXT, 'win_procedure', 'ImportError: DLL load failed while importing _C: The specified program cannot be found.', 'https://github.com/graphdeco-inria/gaussian-splatting/issues/701'),
    (EXT, 'win_procedure', 'ImportError: DLL load failed while importing _C: The specified program could not be found.', 'https://github.com/facebookresearch/pytorch3d/issues/1792 (title)'),
    (EXT, 'win_procedure', 'ImportError: DLL load failed while importing _C: 找不到指定的程序。', 'https://github.com/smthemex/ComfyUI_TRELLIS/issues/27'),
    (EXT, 'ext_c_relative', '    from . import _C', 'https://github.com/graphdeco-inria/gaussian-splatting/issues/701'),
    (EXT, 'ext_c_relative', '06:57:17.292 [Warning] [ComfyUI-0/STDERR]     from ...flash_attn_3 import _C  # type: ignore[attr-defined]  # noqa: F401', 'https://github.com/Comfy-Org/ComfyUI/issues/11498'),
    (OLD, 'th_removed_said', '[THC](https://github.com/shanice-l/gdrnpp_bop2022/blob/main/core/csrc/flow/src/flow_cuda_kernel.cu#L4) is removed from recent Torch versions. I have commented the related imports, and it seems to compile well.', 'https://github.com/shanice-l/gdrnpp_bop2022/issues/76'),
    (OLD, 'th_removed_said', 'PyTorch 1.11 [removed](https://github.com/pytorch/pytorch/releases/tag/v1.11.0) THC APIs (which had been deprecated for a while) in favor of c10 APIs.', 'https://github.com/b-flo/warp-transducer/pull/2'),
    (OLD, 'th_removed_said', 'Seem PyTorch 1.11 has removed **THC.h** headers, so when I install pcdet it showed **THC/THC.h: No such file or directory**', 'https://github.com/open-mmlab/OpenPCDet/issues/900'),
    (OLD, 'th_removed_said', 'The build issues are due to the deprecation of the THC lib,', 'https://github.com/Media-Smart/vedadet/pull/96'),
    (OLD, 'th_removed_said', 'I get into the following error when running in the latest stable version of PyTorch, which is 1.11 with Cuda toolkit 11.3. It seems the THC namespace is not recognized anymore. ', 'https://github.com/vacancy/PreciseRoIPooling/issues/73'),
    (OLD, 'type_dispatch_removed', '"const at::DeprecatedTypeProperties" to "torch::headeronly::ScalarType" exists', 'https://github.com/IDEA-Research/GroundingDINO/pull/462 (torch 2.9+ namespace)'),
    (LIB, 'lib_sought', 'The issue seems to be that CUDA 12.4 installs libcublasLt.so.12, while libonnxruntime_providers_cuda.so is looking for libcublasLt.so.11. I believe you need to update the compilation of libonnxruntime_providers_cuda.so to be compatible with libcublasLt.so.12.', 'https://github.com/microsoft/onnxruntime/issues/20944'),
    (LIB, 'lib_sought', '我在docker中采用命令 pip install onnxruntime-gpu --extra-index-url https://aiinfra.pkgs.visualstudio.com/PublicPackages/_packaging/onnxruntime-cuda-12/pypi/simple/ 安装了onnxruntime-gpu，但是代码执行过程中为什么会去找libcublasLt.so.11的库文件，而不是libcublasLt.so.12', 'https://github.com/infiniflow/ragflow/issues/905'),
]

QUIET = [
    (OLD, 'type_dispatch_removed', 'ms_deform_attn_cuda.cu(66): error: no suitable conversion function from', 'https://github.com/IDEA-Research/GroundingDINO/pull/462 (the wrapped first half: read with the second)'),
    (EXT, 'win_procedure', 'DLL load failed while importing _C: 找不到指定的模块。', 'https://github.com/HypoX64/DeepMosaics/issues/154 (error 126, a module not found: a DLL missing, not a function)'),
    (EXT, 'win_procedure', 'ImportError: DLL load failed while importing custom_rasterizer_kernel: 找不到指定的模块。 ', 'https://github.com/kijai/ComfyUI-Hunyuan3DWrapper/pull/112 (error 126)'),
    (EXT, 'ext_c_relative', '    from torch._C import *  # noqa: F403', 'https://github.com/pytorch/pytorch/issues/144244 (torch imports its own _C absolutely)'),
    (EXT, 'ext_c_relative', 'from detectron2 import _C', 'https://github.com/facebookresearch/detectron2/issues/3163 (absolute: ext_c_import reads the named packages)'),
    (OLD, 'th_removed_said', 'remove #include <THC/THC.h> in xxx_align_kernel.h', 'https://github.com/intchous/SmartText/issues/3 (the fix instruction, the header not said gone)'),
    (OLD, 'th_removed_said', 'replace  #include <THC/THC.h> in xxx_align_cuda.cpp', 'https://github.com/intchous/SmartText/issues/3'),
    (LIB, 'lib_sought', "I have just ``libcublasLt.so.11`` under ``/usr/local/cuda-11.7/targets/x86_64-linux/lib/libcublasLt.so.11``, why is cutensor linked against ``libcublasLt.so.12``?", 'https://github.com/NVIDIA/CUDALibrarySamples/issues/151 (no library said to look for one)'),
    (LIB, 'lib_sought', '      4709:\tfind library=libnvJitLink.so.12 [0]; searching', 'https://github.com/jax-ml/jax/issues/30050 (the loader\'s LD_DEBUG trace, not a library said to ask for a major)'),
]
