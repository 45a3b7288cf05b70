"""non-torch-library-cuda-deps (session 26) reads more of the libraries beside torch in their own words: bitsandbytes'
CUDA setup catalogue of every release (0.35's and 0.38-0.41's "CUDA SETUP: Required library version not found" / "CUDA
detection failed", 0.43-0.45's "Could not find the bitsandbytes CUDA binary", "despite CUDA being available", 0.46+'s
"CUDA SETUP ERROR: Missing dependency"), its CPU library asked for a GPU kernel, ONNX Runtime's node status when its CUDA
build has no kernel for the GPU, pyvideotrans' "cublasxx.dll" placeholder, and a CUDA Node addon that Windows cannot load.
Each line is verbatim from the thread named; the near misses are bitsandbytes' healthy banner, a CUDA library of an older
bitsandbytes release, torch's own no-kernel message and a Node addon with no CUDA in view."""
from __future__ import annotations


RULE = "non-torch-library-cuda-deps"

FIRES = [
    # bitsandbytes: its binary for torch's CUDA is not in the package, or will not load.
    ("bnb_setup_failed", "CUDA SETUP: Required library version not found: libbitsandbytes_cuda121.so. Maybe you need to "
     "compile it from source?", "bitsandbytes-foundation/bitsandbytes#427"),
    ("bnb_setup_failed", "CUDA SETUP: CUDA detection failed! Possible reasons:", "bitsandbytes-foundation/bitsandbytes#427"),
    ("bnb_setup_failed", "CUDA SETUP: Required library version not found: libbitsandbytes_cuda100.so. Maybe you need to "
     "compile it from source?", "bitsandbytes-foundation/bitsandbytes#82"),
    ("bnb_setup_failed", "CUDA SETUP: Required library version not found: libbitsandbytes_cuda117_nocublaslt.so. Maybe you "
     "need to compile it from source?", "bitsandbytes-foundation/bitsandbytes#138"),
    ("bnb_setup_failed", "Required library version not found: libbitsandbytes_cuda121_nocublaslt.so. Maybe you need to "
     "compile it from source?", "chatchat-space/Langchain-Chatchat#438"),
    ("bnb_setup_failed", "Could not find the bitsandbytes CUDA binary at PosixPath('/public/home/sb/anaconda3/envs/ft/lib/"
     "python3.10/site-packages/bitsandbytes-0.44.0.dev0-py3.10-linux-x86_64.egg/bitsandbytes/libbitsandbytes_cuda121.so')",
     "bitsandbytes-foundation/bitsandbytes#1355"),
    ("bnb_setup_failed", "CUDA Setup failed despite CUDA being available. Please run the following command to get more "
     "information:", "bitsandbytes-foundation/bitsandbytes#1200"),
    ("bnb_setup_failed", "RuntimeError: CUDA Setup failed despite GPU being available. Please run the following command to "
     "get more information: python -m bitsandbytes", "bitsandbytes-foundation/bitsandbytes#748"),
    ("bnb_setup_failed", "Could not load bitsandbytes native library: libcusparse.so.11: cannot open shared object file: No "
     "such file or directory", "bitsandbytes-foundation/bitsandbytes#1452"),
    # ...its CPU library loaded in a GPU program, asked for a GPU kernel.
    ("bnb_cpu_library", "AttributeError: lib/python3.9/site-packages/bitsandbytes/libbitsandbytes_cpu.so: undefined symbol: "
     "cquantize_blockwise_fp16_nf4", "huggingface/autotrain-advanced#237"),
    ("bnb_cpu_library", "/envs/myenv/lib/python3.9/site-packages/bitsandbytes/libbitsandbytes_cpu.so: undefined symbol: "
     "cquantize_blockwise_fp16_fp4", "bitsandbytes-foundation/bitsandbytes#534"),
    ("bnb_cpu_library", "/home/server/anaconda3/envs/qlora/lib/python3.11/site-packages/bitsandbytes/libbitsandbytes_cpu.so: "
     "undefined symbol: cadam32bit_grad_fp32", "artidoro/qlora#31"),
    ("bnb_cpu_library", "AttributeError: 'NoneType' object has no attribute 'cquantize_blockwise_fp16_nf4'",
     "bitsandbytes-foundation/bitsandbytes#693"),
    ("bnb_cpu_library", "bitsandbytes/libbitsandbytes_cpu.so:undefined symbol: cdequantize_blockwise_fp32",
     "bitsandbytes-foundation/bitsandbytes#1208"),
    # ONNX Runtime's CUDA build without a kernel for this GPU.
    ("ort_no_kernel", "> [ONNXRuntimeError] : 1 : FAIL : Non-zero status code returned while running Mul node. "
     "Name:'densenet121_cls_with_preproc/preprocess_densenet/truediv' Status Message: CUDA error "
     "cudaErrorNoKernelImageForDevice:no kernel image is available for execution on the device", "microsoft/onnxruntime#26245"),
    ("ort_no_kernel", "onnxruntime.capi.onnxruntime_pybind11_state.Fail: [ONNXRuntimeError] : 1 : FAIL : Non-zero status code "
     "returned while running Slice node. Name:'Slice_12' Status Message: CUDA error cudaErrorNoKernelImageForDevice:no kernel "
     "image is available for execution on the device", "RVC-Boss/GPT-SoVITS#2625"),
    ("ort_no_kernel", "[ONNXRuntimeError] : 1 : FAIL : Non-zero status code returned while running Add node. Name:'Add_15' "
     "Status Message: CUDA error cudaErrorNoKernelImageForDevice:no kernel image is available for execution on the device",
     "onnx/onnx-tensorrt#985"),
    # pyvideotrans' and stt's placeholder for faster-whisper's cuBLAS DLL.
    ("app_cublas_placeholder", "我下载的1.8g的网盘版，提示：[error]请打开 github.com/jianchang512/pyvideotrans 查看常见问题【缺少cublasxx.dll]",
     "jianchang512/pyvideotrans#248"),
    ("app_cublas_placeholder", "其实 _“cublasxx.dll不存在”_ 问题就是 现在都是安装的 cuda12 而要求 cuda11 库（吧？），再根源是 cuda12 对 "
     "faster-whisper 有 debuff 。", "jianchang512/pyvideotrans#334"),
    ("app_cublas_placeholder", "[**下载cuBLAS dll 文件**](https://github.com/jianchang512/stt/releases/download/0.0/cuBLAS_win.7z) "
     "如果遇到 \"cublasxxx.dll不存在\"，请下载该文件，然后将里面的dll文件复制到 C:/Windows/System32 目录下", "jianchang512/pyvideotrans#443"),
    # A CUDA Node addon (SmartSub's whisper.cpp) that Windows cannot load.
    ("node_module_not_found", "generate subtitle error: Error: The specified module could not be found.",
     "buxuku/SmartSub#126"),
    ("node_addon_path", "E:\\Program Files\\zimu\\Video Subtitle Master\\resources\\extraResources\\addons\\win-x64-cuda\\"
     "addon.node", "buxuku/SmartSub#126"),
    ("cuda_node_addon", "E:\\Program Files\\zimu\\Video Subtitle Master\\resources\\extraResources\\addons\\win-x64-cuda\\"
     "addon.node", "buxuku/SmartSub#126"),
    ("cuda_node_addon", "2025/3/15 20:05:19 - Using CUDA 12.8.1 addon", "buxuku/SmartSub#129"),
    ("cuda_node_addon", "2026/2/4 14:24:34 - cudaVersion: 13", "buxuku/SmartSub#284"),
    ("node_addon_path", "D:\\Program Files\\SmartSub\\resources\\extraResources\\addons\\addon.node", "buxuku/SmartSub#284"),
]

QUIET = [
    # bitsandbytes' healthy banner: the CUDA binary found and loaded.
    ("bnb_setup_failed", "CUDA SETUP: Loading binary /usr/local/lib/python3.10/dist-packages/bitsandbytes/"
     "libbitsandbytes_cuda118.so...", "bitsandbytes-foundation/bitsandbytes#698"),
    ("bnb_setup_failed", "CUDA_SETUP: WARNING! libcudart.so not found in any environmental path. Searching in backup paths...",
     "bitsandbytes-foundation/bitsandbytes#698"),
    # Windows without a GPU build asks for the CPU library under a misspelt name: not a CUDA binary.
    ("bnb_setup_failed", "CUDA SETUP: Required library version not found: libsbitsandbytes_cpu.so. Maybe you need to compile "
     "it from source?", "bitsandbytes-foundation/bitsandbytes#228"),
    # A CUDA library of an older release without the nf4 kernels: the CUDA binary did load.
    ("bnb_cpu_library", "AttributeError: /root/anaconda3/envs/group_chat/lib/python3.10/site-packages/bitsandbytes/"
     "libbitsandbytes_cuda117.so: undefined symbol: cdequantize_blockwise_fp16_nf4. Did you mean: 'cdequantize_blockwise_fp32'?",
     "unslothai/unsloth#15"),
    # torch's own no-kernel message (gpu-arch-unsupported's).
    ("ort_no_kernel", "RuntimeError: CUDA error: no kernel image is available for execution on the device",
     "YanWenKun/Hunyuan3D-2-WinPortable#67"),
    # cuBLAS named by its real file name is CTranslate2's own line (ct2_library), not the app's placeholder.
    ("app_cublas_placeholder", "RuntimeError: Library cublas64_11.dll is not found or cannot be loaded",
     "Purfview/whisper-standalone-win#237"),
    # A Node addon with no CUDA in its path.
    ("cuda_node_addon", "\\\\?\\C:\\Users\\Administrator\\Desktop\\Cyclo\\cyclo\\node_modules\\node-wick\\bin-package\\index.node",
     "nodejs/node#37551"),
    ("cuda_node_addon", "D:\\Program Files\\SmartSub\\resources\\extraResources\\addons\\addon.node", "buxuku/SmartSub#284"),
]

FIRES += [
    # ctypes' OSError for a cuDNN 5-7 or a CUDA runtime 7.x-9.0: older than torch's own ctypes preload.
    ("oserror_old_cudnn", "`OSError: libcudnn.so.7: cannot open shared object file: No such file or directory`",
     "microsoft/onnxruntime#3632"),
    ("oserror_old_cudnn", "OSError: libcudart.so.7.5: cannot open shared object file: No such file or directory",
     "apache/mxnet#1081"),
    ("oserror_old_cudnn", "OSError: libcudart.so.8.0: cannot open shared object file: No such file or directory",
     "aws-samples/ecs-deep-learning-workshop#11"),
    ("oserror_old_cudnn", "OSError: libcudart.so.9.0: cannot open shared object file: No such file or directory",
     "awslabs/multi-model-server#390"),
]

QUIET += [
    # The same OSError for cuDNN 8 or CUDA 10.2+, which torch's own ctypes preload (1.5+) can print too, is not read alone
    # (these two are MXNet's and ONNX Runtime's, which other signatures read with the library named).
    ("oserror_old_cudnn", "OSError: libcudnn.so.8: cannot open shared object file: No such file or directory",
     "apache/mxnet#20953"),
    ("oserror_old_cudnn", "OSError: libcudart.so.10.2: cannot open shared object file: No such file or directory",
     "microsoft/onnxruntime#6497"),
    # torch 0.3's own cuDNN 7, under its hashed name in torch/lib, failing in torch._C (an ImportError).
    ("oserror_old_cudnn", "ImportError: libcudnn-a2b758a6.so.7.0.3: cannot open shared object file: No such file or directory",
     "pytorch/pytorch#4494"),
]

FIRES += [
    # CuPy 13+'s softlink loader opening the system toolkit's NVRTC.
    ("cupy_softlink", "RuntimeError: CuPy failed to load libnvrtc.so.12: OSError: libnvrtc.so.12: cannot open shared object file: "
     "No such file or directory", "cupy/cupy#8317"),
    ("cupy_softlink", "`CuPy failed to load libnvrtc.so.13: OSError: libnvrtc.so.13: cannot open shared object file: No such file "
     "or directory`", "cupy/cupy#9318"),
    ("cupy_softlink", "RuntimeError: CuPy failed to load nvrtc64_120_0.dll: FileNotFoundError: Could not find module "
     "'nvrtc64_120_0.dll' (or one of its dependencies). Try using the full path with constructor syntax.",
     "kijai/ComfyUI-GIMM-VFI#17"),
]

QUIET += [
    # NVRTC's own builtins missing (Chainer/CuPy compiling a kernel; torch's JIT says the same) is not CuPy's loader.
    ("cupy_softlink", "Exception in main training loop: nvrtc: error: failed to open libnvrtc-builtins.so.", "chainer/chainer#4813"),
]

FIRES += [
    # bitsandbytes' native library refused by an old glibc (CentOS 7): system-glibc-too-old's, read to step aside.
    ("glibc_missing", "Could not load bitsandbytes native library: /lib64/libc.so.6: version `GLIBC_2.34' not found (required "
     "by /home/it4i-chang505/.local/lib/python3.11/site-packages/bitsandbytes/libbitsandbytes_cuda128.so)",
     "AnswerDotAI/fsdp_qlora#76"),
    ("glibc_missing", "OSError: /home/USER/.conda/envs/bits-env/bin/../lib/libstdc++.so.6: version `GLIBCXX_3.4.32' not found "
     "(required by /home/USER/Documents/temp/bitsandbytes/bitsandbytes/libbitsandbytes_hip_nohipblaslt.so)",
     "ROCm/legacy-rocm-build#3132"),
]
