"""non-torch-library-cpu-build (session 22) reads each library's own statement that the build installed has no GPU code:
ONNX Runtime's available-provider list without a CUDA provider (every release's wording), the program's execution-provider
choice without CUDA, faiss's missing GPU classes, PaddlePaddle's refusal of the GPU, llama.cpp's system line without a GPU
backend, dlib, OpenCV and CTranslate2 built without CUDA, and both builds installed side by side. Each line is verbatim
from the thread named (threads that are not corpus reports), or a near miss that must stay quiet."""
from __future__ import annotations

# The libraries' own wordings live once, in the derive rule that non-torch-library-cpu-build, cpu-only-wheel and
# cpu-build-likely read; the Mac (where the CPU build is the right one) is the cause rule's own step-aside.
EVIDENCE = "nontorch-cpu-build-evidence"
CAUSE = "non-torch-library-cpu-build"


def _owner(name: str) -> str:
    return CAUSE if name == "macos_said" else EVIDENCE

FIRES = [
    ("ort_cpu_list", "onnxruntime_inference_collection.py:69: UserWarning: Specified provider 'CUDAExecutionProvider' is "
     "not in available provider\nnames.Available providers: 'AzureExecutionProvider, CPUExecutionProvider'",
     "s9roll7/animatediff-cli-prompt-travel#206"),
    ("ort_cpu_list", "UserWarning: Specified provider 'CUDAExecutionProvider' is not in available provider names.Available "
     "providers: 'AzureExecutionProvider, CPUExecutionProvider'", "SunOner/sunone_aimbot#195"),
    ("ort_cpu_list", "ValueError: Asked to use CUDAExecutionProvider as an ONNX Runtime execution provider, but the "
     "available execution providers are ['AzureExecutionProvider', 'CPUExecutionProvider'].", "breezedeus/Pix2Text#65"),
    ("ort_cpu_list", "    ValueError: ['CUDAExecutionProvider'] does not contain a subset of available providers "
     "['CPUExecutionProvider']", "microsoft/onnxruntime#3326"),
    ("ort_cpu_list", "Actual Behavior\n\nOnly the following providers are shown: Available providers: "
     "['AzureExecutionProvider', 'CPUExecutionProvider']", "nazdridoy/kokoro-tts#59"),
    ("ort_cpu_list", "Specified provider ‘CUDAExecutionProvider’ is not in available provider names. Available providers: "
     "‘AzureExecutionProvider, CPUExecutionProvider’", "microsoft/onnxruntime#26996"),
    ("ort_cpu_said", "CUDAExecutionProvider is not available in the list of execution providers when creating an ONNX "
     "Runtime inference session. Only AzureExecutionProvider and CPUExecutionProvider are listed, even though CUDA "
     "support was expected.", "nazdridoy/kokoro-tts#59"),
    ("ort_cpu_said", "If you install `onnxruntime-gpu` first and then `onnxruntime`, you will notice that only "
     "`CPUExecutionProvider` is available.", "pythongosssss/ComfyUI-WD14-Tagger#23"),
    ("ort_no_cuda_choice", "run.py: error: argument --execution-provider: invalid choice: 'cuda' (choose from 'azure', "
     "'cpu')", "hacksider/Deep-Live-Cam#975"),
    ("faiss_no_gpu", "AttributeError: module 'faiss' has no attribute 'StandardGpuResources'", "dammsi/AnomalyDINO#6"),
    ("faiss_no_gpu", "AttributeError: 'module' object has no attribute 'StandardGpuResources'",
     "facebookresearch/faiss#1440"),
    ("paddle_cpu_build", "E0721 22:36:11.350354 24760 pybind.cc:2342] Cannot use GPU because you have installed CPU version "
     "PaddlePaddle.", "PaddlePaddle/Paddle#44531"),
    ("paddle_cpu_build", "2020-07-23 09:22:17,124-ERROR: Config use_gpu cannot be set as true while you are using "
     "paddlepaddle cpu version !", "PaddlePaddle/PaddleDetection#1091"),
    ("paddle_cpu_build", "> [06-16 14:16:01 MainThread @machine_info.py:105] WRN Found non-empty CUDA_VISIBLE_DEVICES.     "
     "            But PARL found that Paddle was not complied with CUDA, which may cause issues.",
     "PaddlePaddle/PARL#299"),
    ("llama_blas0", "AVX = 1 | AVX2 = 1 | AVX512 = 0 | AVX512_VBMI = 0 | AVX512_VNNI = 0 | FMA = 1 | NEON = 0 | ARM_FMA = 0 "
     "| F16C = 1 | FP16_VA = 0 | WASM_SIMD = 0 | BLAS = 0 | SSE3 = 1 | VSX = 0 |", "langchain-ai/langchain#5187"),
    ("llama_blas0", "to which the server starts but still show BLAS=0 and nvidia-smi shows no GPU usage.",
     "zylon-ai/private-gpt#2107"),
    ("llama_no_offload", "warning: not compiled with GPU offload support, --gpu-layers option will be ignored",
     "ggml-org/llama.cpp#9153"),
    ("dlib_no_cuda", "-- Disabling CUDA support for dlib.  DLIB WILL NOT USE CUDA", "dlib's CMake output"),
    ("ct2_no_cuda", "ValueError: This CTranslate2 package was not compiled with CUDA support", "OpenNMT/CTranslate2#1908"),
    ("both_said", "Both faiss-cpu and faiss-gpu is installed. (Using pip install -r requirements.txt)",
     "amazon-science/patchcore-inspection#30"),
    ("ort_cuda_listed", "['TensorrtExecutionProvider', 'CUDAExecutionProvider', 'AzureExecutionProvider', "
     "'CPUExecutionProvider']", "commaai/openpilot#31708"),
    ("ort_cuda_failed", "2024-03-05 11:40:14.847815005 [W:onnxruntime:Default, onnxruntime_pybind_state.cc:861 "
     "CreateExecutionProviderInstance] Failed to create CUDAExecutionProvider. Please reference "
     "https://onnxruntime.ai/docs/execution-providers/CUDA-ExecutionProvider.html#requirementsto ensure all dependencies "
     "are met.", "commaai/openpilot#31708"),
    ("macos_said", "I get this error when I run the python code on a macbook pro M1 Silicone, do you know how could I solve "
     "this?", "m-bain/whisperX#575"),
]

QUIET = [
    # insightface's "Applied providers" is what a session got, not what the package offers: a GPU package that failed to
    # load CUDA prints the same.
    ("ort_cpu_list", "Applied providers: ['CPUExecutionProvider'], with options: {'CPUExecutionProvider': {}}",
     "bytedance/LatentSync#225"),
    # The GPU package's list names CUDA: not a CPU-only list.
    ("ort_cpu_list", "# ['TensorrtExecutionProvider', 'CUDAExecutionProvider', 'CPUExecutionProvider']",
     "microsoft/onnxruntime#11323"),
    ("ort_cpu_list", "Falling back to ['CUDAExecutionProvider', 'CPUExecutionProvider'] and retrying.",
     "pythongosssss/ComfyUI-WD14-Tagger#23"),
    # A CUDA build of llama.cpp prints BLAS = 1; -DLLAMA_CUBLAS=ON is a build flag, not the system line.
    ("llama_blas0", "llama_new_context_with_model: ... | BLAS = 1 | SSE3 = 1 | VSX = 0 |", "langchain-ai/langchain#4739"),
    ("llama_blas0", "set CMAKE_ARGS=-DLLAMA_CUBLAS=on", "abetlen/llama-cpp-python#1315"),
    # faiss's own names only: another module's missing attribute is not faiss.
    ("faiss_no_gpu", "AttributeError: module 'torch' has no attribute 'compile'", "a near miss: another module"),
    # PaddlePaddle's GPU package finding no usable GPU at run time is not the CPU package.
    ("paddle_cpu_build", "UserWarning: You are using GPU version Paddle, but your CUDA device is not set properly. CPU device "
     "will be used by default.", "PaddlePaddle/Paddle#33209"),
    ("paddle_cpu_build", "Paddle With CUDA: True", "PaddlePaddle/Paddle#33209"),
    # "Available" followed by a list that names CUDA is the GPU package.
    ("ort_cpu_said", "I verified `onnxruntime.get_available_providers()` returns `['CUDAExecutionProvider', "
     "'CPUExecutionProvider']`", "microsoft/onnxruntime#9302"),
    # A Windows path under C:/Users or WSL's /mnt/c/Users is no Mac.
    ("macos_said", "File \"/mnt/c/Users/dev/project/run.py\", line 3", "a near miss: WSL"),
    ("macos_said", "C:/Users/dev/AppData/Local/Programs/Python/Python310/lib/site-packages", "a near miss: Windows"),
]

FIRES = [(_owner(name), name, line, source) for name, line, source in FIRES]
QUIET = [(_owner(name), name, line, source) for name, line, source in QUIET]


def test_the_provider_list_is_kept_for_the_diagnosis(signature_hit) -> None:
    m = signature_hit(EVIDENCE, "ort_cpu_list", "UserWarning: Specified provider 'CUDAExecutionProvider' is not in available "
                      "provider names.Available providers: 'AzureExecutionProvider, CPUExecutionProvider'")
    assert m and m.group("ort_cpu_only") == "Available providers: 'AzureExecutionProvider, CPUExecutionProvider'"


def test_faiss_names_the_missing_gpu_class(signature_hit) -> None:
    m = signature_hit(EVIDENCE, "faiss_no_gpu", "AttributeError: module 'faiss' has no attribute 'GpuIndexFlatL2'")
    assert m and m.group("faiss_symbol") == "GpuIndexFlatL2"
