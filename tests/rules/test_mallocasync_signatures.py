"""cuda-malloc-async-evidence (session 22) reads torch's cudaMallocAsync allocator backend failing where the GPU,
driver or program cannot use it: torch's own messages naming the backend, ComfyUI's cuda-malloc warning, the start-up
line that shows the backend on a card without memory pools, the reporter naming the allocator, and the bare
"operation not supported" with what tells it apart. Each line is verbatim from the thread named; the near misses are
the healthy start-up line, an out-of-memory under the backend and other allocators' "not supported"."""
from __future__ import annotations


RULE = "cuda-malloc-async-evidence"

FIRES = [
    ("async_failure", "RuntimeError: cudaMallocAsync does not yet support checkPoolLiveAllocations. If you need it, please "
     "file an issue describing your use case.", "shenduldh/ComfyUI-Lightning#3"),
    ("async_failure", "- **Exception Message:** cudaMallocAsync does not yet support checkPoolLiveAllocations. If you need it, "
     "please file an issue describing your use case.", "Comfy-Org/ComfyUI#6831"),
    ("async_failure", "> cudaMallocAsync does not yet support checkPoolLiveAllocations", "kijai/ComfyUI-WanVideoWrapper#1584"),
    ("async_failure", "Hi i keep getting this error. cudaMallocAsync does not yet support checkPoolLiveAllocations.",
     "if-ai/ComfyUI-IF_AI_WishperSpeechNode#3"),
    ("comfy_warning", "WARNING: this card most likely does not support cuda-malloc, if you get \"CUDA error\" please run "
     "ComfyUI with: --disable-cuda-malloc", "Comfy-Org/ComfyUI#5542"),
    ("op_not_supported", "RuntimeError: CUDA error: operation not supported", "Comfy-Org/ComfyUI#1845"),
    ("op_not_supported", "- **Exception Message:** CUDA error: operation not supported", "Comfy-Org/ComfyUI#6843"),
    ("async_in_use", "Device: cuda:0 Tesla M40 24GB : cudaMallocAsync", "Comfy-Org/ComfyUI#2935"),
    ("async_in_use", "2023-10-10 07:56:40,539 INFO Device: cuda:0 NVIDIA GeForce GTX 950M : cudaMallocAsync",
     "Acly/krita-ai-diffusion#24"),
    ("async_in_use", "When I use `os.environ['PYTORCH_CUDA_ALLOC_CONF']=\"backend:native\"`, things went well; but when I "
     "switch to `os.environ['PYTORCH_CUDA_ALLOC_CONF']=\"backend:cudaMallocAsync\"`, things went wrong.", "pytorch/pytorch#124351"),
    ("old_card_async", "Device: cuda:0 NVIDIA GeForce GTX 960M : cudaMallocAsync", "Comfy-Org/ComfyUI#940"),
    ("old_card_async", "2025-03-15T22:57:28.208512 - Device: cuda:0 NVIDIA GeForce MX130 : cudaMallocAsync",
     "Comfy-Org/ComfyUI_frontend#3078"),
    ("old_card_async", "2024-03-24 11:13:44,338 INFO Device: cuda:0 NVIDIA GeForce MX110 : cudaMallocAsync",
     "Acly/krita-ai-diffusion#610"),
    ("old_card_async", "Device: cuda:0 Quadro M4000 : cudaMallocAsync", "Comfy-Org/ComfyUI#4668"),
    ("old_card_async", "Device: cuda:0 GRID P40-8Q : cudaMallocAsync", "lllyasviel/Fooocus#188"),
    ("old_card_async", "Device: cuda:0 Tesla M40 24GB : cudaMallocAsync", "Comfy-Org/ComfyUI#2935"),
    ("said", "I have confirmed that the default arg `--cuda-malloc` causes error on my computer.", "Comfy-Org/ComfyUI#940"),
    ("said", "cudaMallocAsync not working is a known issue with GTX 950M and similar.", "Acly/krita-ai-diffusion#24"),
    ("said", "So I'm running an older GPU, one that can do CUDA and is technically supported by the Pytorch version but "
     "malloc async is a no-go.", "invoke-ai/InvokeAI#9084"),
    ("app_context", "Error occurred when executing KSampler:", "Comfy-Org/ComfyUI#991"),
    ("app_context", "  File \"C:\\Fooocus_win64_1-1-10\\Fooocus\\modules\\core.py\", line 190, in ksampler_with_refiner",
     "lllyasviel/Fooocus#73"),
    ("other_cause", "register_host_buffer: warning: failed to register 7794.73 MiB of pinned memory: operation not supported",
     "QwenLM/Qwen3#196"),
    ("driver_too_old", "RuntimeError: CUDA error: API call is not supported in the installed CUDA driver",
     "InternLM/lmdeploy#708"),
]

QUIET = [
    # The same start-up line on cards that do support memory pools: healthy.
    ("old_card_async", "Device: cuda:0 NVIDIA GeForce RTX 2060 : cudaMallocAsync", "Comfy-Org/ComfyUI#2975"),
    ("old_card_async", "Device: cuda:0 NVIDIA GeForce RTX 2080 Ti : cudaMallocAsync", "smthemex/ComfyUI_FlashVSR#36"),
    ("old_card_async", "Device: cuda:0 NVIDIA GeForce GTX 950M : native", "Acly/krita-ai-diffusion#24"),
    # An out-of-memory assert inside the async allocator is cuda-oom's.
    ("async_failure", "RuntimeError: free_upper_bound + pytorch_used_bytes[device] <= device_total INTERNAL ASSERT FAILED at "
     "\"..\\\\c10\\\\cuda\\\\CUDAMallocAsyncAllocator.cpp\":540, please report a bug to PyTorch.", "chaojie/ComfyUI-MuseTalk#5"),
    # expandable_segments' driver-API failure and CTranslate2's own allocator are other causes.
    ("op_not_supported", "RuntimeError: CUDA driver error: operation not supported", "unslothai/unsloth#1446 (title)"),
    ("async_in_use", "[2026-01-16 10:51:17.385] [ctranslate2] [thread 209] [info] Using CUDA allocator: cuda_malloc_async",
     "OpenNMT/CTranslate2#1981"),
    # The fix named is not the failure said.
    ("said", "I can only generate with `--disable-cuda-malloc`.", "Comfy-Org/ComfyUI#940"),
]
