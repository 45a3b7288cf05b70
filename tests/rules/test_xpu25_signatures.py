"""xpu-runtime-missing (session 25) reads an Intel GPU that torch's XPU build or IPEX cannot use because the GPU's
user-space runtime (compute runtime / Level Zero, the Windows graphics driver, the oneAPI release IPEX needs) is missing,
too old or of another release: the empty device enumeration in every era's words (IPEX 1.x's DPCPP, IPEX 2.x and torch
>= 2.4's XPU count, torch's lazy init and its 2.6 warning), the runtime's refusal to start beside the enumeration call,
and a runtime library the loader cannot find. Each line is verbatim from the thread named; the near misses are the same
codes in the middle of a run, a torch built without XPU, and libraries of other stacks."""
from __future__ import annotations


RULE = "xpu-runtime-missing"

FIRES = [
    ("no_xpu_device", "/home/axel/ai_tr/lib/python3.10/site-packages/intel_extension_for_pytorch/xpu/lazy_init.py:73: "
     "UserWarning: DPCPP Device count is zero! (Triggered internally at /build/intel-pytorch-extension/csrc/gpu/runtime/"
     "Device.cpp:120.)", "intel/intel-extension-for-pytorch#287"),
    ("no_xpu_device", "\"RuntimeError: Number of dpcpp devices should be greater than zero!\"",
     "intel/intel-extension-for-pytorch#292"),
    ("no_xpu_device", "`[W Device.cpp:127] Warning: XPU Device count is zero! (function initGlobalDevicePoolState)",
     "vladmandic/sdnext#3201"),
    ("no_xpu_device", "/home/bjyuan/anaconda3/envs/ipex/lib/python3.10/site-packages/torch/xpu/__init__.py:57: UserWarning: "
     "XPU device count is zero! (Triggered internally at /build/pytorch/c10/xpu/XPUFunctions.cpp:50.)",
     "intel/intel-extension-for-pytorch#702"),
    ("no_xpu_device", "RuntimeError: No XPU devices are available.", "vladmandic/sdnext#3808"),
    ("no_xpu_device", "C:\\Users\\PC\\AppData\\Local\\Programs\\AI Playground\\resources\\ai-backend-env\\Lib\\site-packages\\"
     "torch\\xpu\\__init__.py:60: UserWarning: Failed to initialize XPU devices. The driver may not be installed, installed "
     "incorrectly, or incompatible with the current setup.", "intel/AI-Playground#342"),
    ("no_xpu_device", "  what():  dpcppSetDevice: device_id is out of range", "intel/intel-extension-for-pytorch#364"),
    ("runtime_not_initialised", "RuntimeError: Native API failed. Native API returns: -1102 (PI_ERROR_UNINITIALIZED) -1102 "
     "(PI_ERROR_UNINITIALIZED)", "intel/intel-extension-for-pytorch#708"),
    ("runtime_not_initialised", "   # zeInit returns 0x78000001 (ZE_RESULT_ERROR_DEPENDENCY_UNAVAILABLE)",
     "intel/compute-runtime#905"),
    ("enumeration_frame", "    return torch._C._xpu_getDeviceCount()", "intel/intel-extension-for-pytorch#708"),
    ("enumeration_frame", "  _C._initExtension()", "intel/intel-extension-for-pytorch#266"),
    ("enumeration_frame", "│ ❱ 120         torch._C._xpu_init()", "vladmandic/sdnext#3808"),
    ("runtime_lib_missing", "ImportError: libze_loader.so.1: cannot open shared object file: No such file or directory",
     "pytorch/pytorch#135867"),
    ("runtime_lib_missing", "ImportError: libmkl_sycl.so.3: cannot open shared object file: No such file or directory",
     "vladmandic/sdnext#2601"),
    ("runtime_lib_missing", "`ImportError: libmkl_sycl.so.2: cannot open shared object file: No such file or directory`",
     "intel/intel-extension-for-pytorch#280"),
    ("runtime_lib_missing", "./ollama: error while loading shared libraries: libsycl.so.7: cannot open shared object file: "
     "No such file or directory", "intel/ipex-llm#12763"),
    ("ur_loader_too_old", "ImportError: /opt/intel/oneapi/compiler/2025.1/lib/libur_loader.so.0: version `LIBUR_LOADER_0.10' "
     "not found (required by /media/seth/Main/conda_pytorch/lib/python3.12/site-packages/torch/lib/../../../../libsycl.so.8)",
     "pytorch/pytorch#149953"),
    ("ur_loader_too_old", "ImportError: /opt/intel/oneapi/compiler/2025.3/lib/libur_loader.so.0: version `LIBUR_LOADER_0.11' "
     "not found (required by /home/guido/anaconda3/envs/vllm-xpu/lib/python3.12/site-packages/torch/lib/../../../../"
     "libsycl.so.8)", "vllm-project/vllm-xpu-kernels#53"),
    # The step-asides read what they are for.
    ("xpu_not_compiled", "AssertionError: Torch not compiled with XPU enabled", "vladmandic/sdnext#4357"),
    ("xpu_not_compiled", "RuntimeError: PyTorch is not linked with support for xpu devices",
     "luosiallen/latent-consistency-model#71"),
    ("libstdcxx_too_old", "xpu-smi: /tmp/_MEILnG2Y1/libstdc++.so.6: version `GLIBCXX_3.4.32' not found (required by "
     "/lib/x86_64-linux-gnu/libze_loader.so.1)", "open-edge-platform/geti_v2#1390"),
]

QUIET = [
    # The same codes from an operator or a synchronize, or codes a working runtime returns mid-run.
    ("runtime_not_initialised", "RuntimeError: Native API failed. Native API returns: -2 (PI_ERROR_DEVICE_NOT_AVAILABLE) -2 "
     "(PI_ERROR_DEVICE_NOT_AVAILABLE)", "intel/intel-extension-for-pytorch#643"),
    ("runtime_not_initialised", "!!! Exception during processing !!! Native API failed. Native API returns: 20 "
     "(UR_RESULT_ERROR_DEVICE_LOST)", "intel/intel-extension-for-pytorch#780"),
    ("enumeration_frame", "    return intel_extension_for_pytorch._C._synchronize(idx)",
     "intel/intel-extension-for-pytorch#448"),
    # Another stack's library, or the GPU driver of another vendor, missing.
    ("runtime_lib_missing", "<LOADER>[INFO]: failed to load adapter 'libur_adapter_cuda.so.0' with error: libcuda.so.1: "
     "cannot open shared object file: No such file or directory", "intel/compute-runtime#818"),
    ("runtime_lib_missing", "OSError: libmkl_intel_lp64.so.1: cannot open shared object file: No such file or directory",
     "pytorch/pytorch#56882"),
    # A device count that is not zero.
    ("no_xpu_device", "xpu device_count 2", "intel/intel-extension-for-pytorch#625"),
]
