"""non-torch-library-cuda-deps (session 30): more of the loaders that open CUDA libraries beside torch, in their own words
and eras. bitsandbytes 0.37-0.41's generate_instructions() ("The main issue seems to be that the main CUDA runtime library
was not detected", "... the main CUDA library was not detected", "CUDA SETUP: Something unexpected happened. Please compile
from source"), printed only when torch sees the GPU and bitsandbytes' binary did not load; PaddlePaddle's Windows/macOS
loader note "Note: [Recommend] copy cudnn into ..." (dynamic_loader.cc, printed only when cuDNN failed to load); ONNX
Runtime < 1.6's "Cannot load onnxruntime.capi. Error: 'DLL load failed" (read with the GPU package named), ONNX Runtime
1.2x's 'Error loading "...onnxruntime_providers_cuda.dll"' whose tail a Chinese-locale Windows garbles; and
llama-cpp-python's Windows ctypes loader failing on llama.dll / ggml.dll with a CUDA build in view.
The near misses: bitsandbytes' and Paddle's healthy banners, a llama.dll failure or a CUDA wheel index that is not a
llama.cpp CUDA build, and the look-alikes owned by others: TensorFlow's and JAX's own loaders (the corpus files those as
not-an-env-problem) and torch's own failing libraries (missing-cuda-libs, windows-dll-load).
Each line is verbatim from the thread named."""
from __future__ import annotations

from pathlib import Path

import pytest

from gpufix.core.checkout import rules_source
from gpufix.core.corpus import diagnose_text

RULE = "non-torch-library-cuda-deps"

FIRES = [
    # bitsandbytes 0.37-0.41: generate_instructions(), reached only when torch.cuda.is_available() and its binary failed.
    ("bnb_setup_failed", "CUDA SETUP: Problem: The main issue seems to be that the main CUDA runtime library was not detected.",
     "https://github.com/bitsandbytes-foundation/bitsandbytes/issues/829"),
    ("bnb_setup_failed", "CUDA SETUP: Problem: The main issue seems to be that the main CUDA runtime library was not detected.",
     "https://github.com/bitsandbytes-foundation/bitsandbytes/issues/589"),
    ("bnb_setup_failed", "CUDA SETUP: Problem: The main issue seems to be that the main CUDA library was not detected.",
     "https://github.com/bitsandbytes-foundation/bitsandbytes/issues/1322"),
    ("bnb_setup_failed", "\"CUDA Setup failed despite GPU being available. ...  the main CUDA library was not detected....",
     "https://github.com/lyogavin/airllm/issues/132"),
    ("bnb_setup_failed", "CUDA SETUP: Something unexpected happened. Please compile from source:",
     "https://github.com/bitsandbytes-foundation/bitsandbytes/issues/1483"),
    # PaddlePaddle's Windows loader note, printed only when cuDNN did not load.
    ("paddle_loader", "W0720 15:10:57.650135 10080 dynamic_loader.cc:238] Note: [Recommend] copy cudnn into CUDA installation "
     "directory. ", "https://github.com/PaddlePaddle/Paddle/issues/34268"),
    ("paddle_loader", "W0530 16:48:04.292114  6064 dynamic_loader.cc:276] Note: [Recommend] copy cudnn into CUDA installation "
     "directory.", "https://github.com/PaddlePaddle/Paddle/issues/64756"),
    # ONNX Runtime < 1.6 on Windows: its own warning around the pybind DLL failure (Python 3.7 and older name no module).
    ("ort_pybind_dll", "C:\\Users\\l\\.conda\\envs\\onnx-gpu\\lib\\site-packages\\onnxruntime\\capi\\_pybind_state.py:14: "
     "UserWarning: Cannot load onnxruntime.capi. Error: 'DLL load failed: The specified module could not be found.'.",
     "https://github.com/microsoft/onnxruntime/issues/4806"),
    ("ort_pybind_dll", "C:\\onnxruntime\\build\\Windows\\Release\\Release\\onnxruntime\\capi\\_pybind_state.py:22: UserWarning: "
     "Cannot load onnxruntime.capi. Error: 'DLL load failed while importing onnxruntime_pybind11_state: The specified module "
     "could not be found.'.", "https://github.com/microsoft/onnxruntime/pull/6046"),
    ("ort_pybind_dll", "C:\\Program Files (x86)\\Microsoft Visual Studio\\Shared\\Python36_64\\lib\\site-packages\\onnxruntime\\"
     "capi\\_pybind_state.py:12: UserWarning: Cannot load onnxruntime.capi. Error: 'DLL load failed: The specified module could "
     "not be found.'", "https://github.com/microsoft/onnxruntime/issues/247"),
    # ONNX Runtime 1.2x's own "Error loading" of its CUDA/TensorRT provider, read whatever follows (garbled on Chinese Windows).
    ("ort_create_failed", "[ONNXRuntimeError] : 1 : FAIL : Error loading \"D:\\AI\\ComfyUI\\venv\\Lib\\site-packages\\onnxruntime\\capi\\"
     "onnxruntime_providers_cuda.dll\" which depN0Rc歔剉!jWW0\")Lt64_12.dll\" which is missing. (Error 126: \"~b",
     "https://github.com/microsoft/onnxruntime/issues/27766"),
    ("ort_create_failed", "[ONNXRuntimeError] : 1 : FAIL : Error loading \"E:\\AI\\HivisionIDPhotos\\venv\\Lib\\site-packages\\onnxruntime\\"
     "capi\\onnxruntime_providers_cuda.dll\" N0Rc歔剉!jWW0\")n \"cudnn64_9.dll\" which is missing. (Error 126: \"~b",
     "https://github.com/Zeyi-Lin/HivisionIDPhotos/issues/279"),
    ("ort_create_failed", "[ONNXRuntimeError] : 1 : FAIL : Error loading \"E:\\FyProject\\Go\\porject\\gohljhsg\\pkg\\lib\\third_party_gpu\\"
     "onnxruntime_providers_cuda.dll\" which depends on \"cublasLt64_12.dll\" which is missing. (Error 126: \"",
     "https://github.com/yalue/onnxruntime_go/issues/124"),
    ("ort_create_failed", "\"[ONNXRuntimeError] : 1 : FAIL : Error loading \"C:\\Users\\Administrator\\Downloads\\Exp_ComfyUI_windows_portable_nvidia\\"
     "ComfyUI_windows_portable\\python_embeded\\Lib\\site-packages\\onnxruntime\\capi\\onnxruntime_providers_cuda.dll\" which depends on "
     "\"cublasLt64_12.dll\" which is missing. (Error 126: \"The specified module could not be found.\")\"",
     "https://github.com/Gourieff/ComfyUI-ReActor/issues/201"),
    # llama-cpp-python's Windows ctypes loader (0.1-0.2 llama.dll, 0.3 lib\ggml.dll).
    ("llama_dll_failed", "RuntimeError: Failed to load shared library 'D:\\My_Tech\\GenAIPlay\\venv\\Lib\\site-packages\\llama_cpp"
     "\\llama.dll': Could not find module 'D:\\My_Tech\\GenAIPlay\\venv\\Lib\\site-packages\\llama_cpp\\llama.dll' (or one of its "
     "dependencies). Try using the full path with constructor syntax.", "https://github.com/abetlen/llama-cpp-python/issues/1280"),
    ("llama_dll_failed", "Failed to load shared library 'C:\\Users\\teristam\\Anaconda3\\envs\\textgen\\Lib\\site-packages\\"
     "llama_cpp\\llama.dll': ", "https://github.com/abetlen/llama-cpp-python/issues/208"),
    ("llama_dll_failed", "FileNotFoundError: Could not find module 'C:\\Users\\water\\AppData\\Local\\Programs\\Python\\Python311\\"
     "Lib\\site-packages\\llama_cpp\\lib\\ggml.dll' (or one of its dependencies). Try using the full path with constructor "
     "syntax.", "https://github.com/JamePeng/llama-cpp-python/issues/14"),
    ("llama_dll_failed", "FileNotFoundError: Could not find module 'D:\\ComfyUI_portable\\python_embeded\\Lib\\site-packages\\"
     "llama_cpp\\lib\\ggml.dll' (or one of its dependencies). Try using the full path with constructor syntax.",
     "https://github.com/JamePeng/llama-cpp-python/issues/29"),
    ("llama_dll_failed", "RuntimeError: Failed to load shared library 'C:\\Program Files\\CodeProject\\AI\\modules\\LlamaChat\\bin\\"
     "windows\\python311\\venv\\lib\\site-packages\\llama_cpp\\lib\\llama.dll': Could not find module", "https://github.com/abetlen/llama-cpp-python/issues/981"),
    # ...and the CUDA build in view.
    ("llama_cuda_build", "CUDACXX=\"C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v12.4\\bin\\nvcc.exe\" CMAKE_ARGS="
     "\"-DLLAMA_CUBLAS=on -DCMAKE_CUDA_ARCHITECTURES=all-major\" FORCE_CMAKE=1 pip install llama-cpp-python --no-cache-dir",
     "https://github.com/abetlen/llama-cpp-python/issues/1280"),
    ("llama_cuda_build", "The compilation with cuBLAS flag and installation were successful.",
     "https://github.com/abetlen/llama-cpp-python/issues/208"),
    ("llama_cuda_build", "``pip install https://github.com/JamePeng/llama-cpp-python/releases/download/v0.3.16-cu128-AVX2-win-"
     "20251023/llama_cpp_python-0.3.16-cp311-cp311-win_amd64.whl``", "https://github.com/JamePeng/llama-cpp-python/issues/14"),
]

QUIET = [
    # bitsandbytes' healthy banner: the runtime found, the CUDA binary loaded.
    ("bnb_setup_failed", "CUDA SETUP: CUDA runtime path found: /usr/local/cuda/lib64/libcudart.so",
     "https://github.com/bitsandbytes-foundation/bitsandbytes/issues/186"),
    ("bnb_setup_failed", "CUDA SETUP: Loading binary /usr/local/lib/python3.9/dist-packages/bitsandbytes/libbitsandbytes_cuda118.so...",
     "https://github.com/bitsandbytes-foundation/bitsandbytes/issues/186"),
    # Paddle's healthy loader banner.
    ("paddle_loader", "W0126 18:07:13.152613 31828 device_context.cc:330] device: 0, cuDNN Version: 7.6.",
     "https://github.com/PaddlePaddle/PaddleOCR/issues/1838"),
    ("paddle_loader", "W0126 18:07:13.143615 31828 device_context.cc:320] Please NOTE: device: 0, GPU Compute Capability: 7.5, "
     "Driver API Version: 11.1, Runtime API Version: 10.2", "https://github.com/PaddlePaddle/PaddleOCR/issues/1838"),
    # ONNX Runtime's follow-up ImportError alone (a mixed onnxruntime/onnxruntime-gpu install says it too).
    ("ort_pybind_dll", "ImportError: cannot import name 'get_all_providers' from 'onnxruntime.capi._pybind_state' (C:\\ProgramData\\"
     "Anaconda3\\lib\\site-packages\\onnxruntime\\capi\\_pybind_state.py)", "https://github.com/microsoft/onnxruntime/issues/2894"),
    # torch's own "Error loading" of a DLL in torch\\lib (windows-dll-load), in a Russian locale.
    ("ort_create_failed", "OSError: [WinError 126] Не найден указанный модуль. Error loading \"C:\\Users\\USER\\AppData\\Local\\Programs\\"
     "Python\\Python311\\Lib\\site-packages\\torch\\lib\\cudnn_cnn_infer64_8.dll\" or one of its dependencies.",
     "https://github.com/SunOner/sunone_aimbot/issues/66"),
    # Another package's DLL that Windows cannot load (CuPy's NVRTC, read by cupy_softlink), not llama.cpp's.
    ("llama_dll_failed", "RuntimeError: CuPy failed to load nvrtc64_120_0.dll: FileNotFoundError: Could not find module "
     "'nvrtc64_120_0.dll' (or one of its dependencies). Try using the full path with constructor syntax.",
     "https://github.com/kijai/ComfyUI-GIMM-VFI/issues/17"),
    # torch's CUDA build (cu130) and JAX's CUDA wheel index are not a llama.cpp CUDA build.
    ("llama_cuda_build", "cu130 torch2.9.1 python3.13.6 加载glmm.dll报错", "https://github.com/JamePeng/llama-cpp-python/issues/29"),
    ("llama_cuda_build", "pip install --upgrade \"jax[cuda12_pip]\" -f https://storage.googleapis.com/jax-releases/jax_cuda_releases.html",
     "https://github.com/jax-ml/jax/issues/20519"),
]

# Whole lines from other owners: the rule must stay quiet on them (TensorFlow's and JAX's loaders; the corpus files those
# setups as not-an-env-problem), and torch's own failing libraries are other rules'.
OTHERS_OWN = [
    ("2021-06-06 15:22:42.083594: W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library "
     "'cudart64_110.dll'; dlerror: cudart64_110.dll not found\n2021-06-06 15:22:42.083750: I tensorflow/stream_executor/cuda/"
     "cudart_stub.cc:29] Ignore above cudart dlerror if you do not have a GPU set up on your machine.",
     "https://github.com/tensorflow/tensorflow/issues/25807"),
    ("2022-06-22 15:44:53.578885: W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library "
     "'cudart64_110.dll'; dlerror: cudart64_110.dll not found", "https://github.com/google/lightweight_mmm/issues/23"),
    ("CUDA backend failed to initialize: Found CUDA version 12010, but JAX was built against version 12020, which is newer. The "
     "copy of CUDA that is installed must be at least as new as the version against which JAX was built. (Set "
     "TF_CPP_MIN_LOG_LEVEL=0 and rerun for more info.)", "https://github.com/hollowstrawberry/kohya-colab/issues/94"),
    ("E1027 15:10:59.012564 3266428 cuda_dnn.cc:456] Loaded runtime CuDNN library: 9.10.1 but source was compiled with: 9.13.1.  "
     "CuDNN library needs to have matching major version and equal or higher minor version. If using a binary install, upgrade "
     "your CuDNN library.", "https://github.com/conda-forge/jaxlib-feedstock/issues/329"),
    ("CUDA backend failed to initialize: Unable to use CUDA because of the following issues with CUDA components:\nOutdated cuDNN "
     "installation found.\nVersion JAX was built against: 8907\nMinimum supported: 9100\nInstalled version: 8907",
     "https://github.com/rgommers/pixi-dev-scipystack/issues/1"),
    # torch's own libraries failing to load, in Windows' localised wordings too: windows-dll-load's and missing-cuda-libs'.
    ("Error running job: [WinError 126] The specified module could not be found. Error loading \"D:\\ai-toolkit\\venv\\lib\\"
     "site-packages\\torch\\lib\\fbgemm.dll\" or one of its dependencies.", "https://github.com/ostris/ai-toolkit/issues/50"),
    ("OSError: [WinError 1114] 动态链接库(DLL)初始化例程失败。 Error loading \"D:\\python_project\\开源项目\\Kronos\\.venv\\Lib\\"
     "site-packages\\torch\\lib\\c10.dll\" or one of its dependencies.", "https://github.com/shiyu-coder/Kronos/issues/166"),
    ("  File \"/home/anne/.cache/pypoetry/virtualenvs/transformers-test-hTrBSg_k-py3.8/lib/python3.8/site-packages/torch/"
     "__init__.py\", line 229, in <module>\n    from torch._C import *  # noqa: F403\nImportError: libcudnn.so.8: cannot open "
     "shared object file: No such file or directory", "https://github.com/pytorch/pytorch/issues/104259"),
]


@pytest.fixture(scope="module")
def rules():
    return rules_source(None, Path(__file__).resolve().parent).load()


@pytest.mark.parametrize("text, source", OTHERS_OWN, ids=[row[1] for row in OTHERS_OWN])
def test_other_frameworks_own_loaders_are_not_read(text: str, source: str, rules) -> None:
    found = [d.id for d in diagnose_text(text, rules).diagnoses]
    assert RULE not in found, f"{RULE} fired on {source}: {found}"
