"""gpu-below-app-requirement (session 25) reads an application's own refusal of a working GPU in its own words:
RVC's and GPT-SoVITS' card list for training (the zh i18n string and its English translation), ChatTTS' free-memory
floor, Easy Diffusion's VRAM floor, and the compute-capability floors of Ollama, DeepFaceLab and koharu.
app-gpu-refused-evidence reads the unambiguous ones with the same regexes (keep the two in step: these rows check
both). Each line is verbatim from the thread named; the near misses are other causes' lines (a CUDA out of memory,
Ollama's own arch check of its build, a CPU torch's refusal) and look-alike sentences."""
from __future__ import annotations

APP = "gpu-below-app-requirement"
EVI = "app-gpu-refused-evidence"

FIRES = [
    (APP, "app_card_list", "NVIDIA GeForce MX450的显卡，训练这里无法识别，很遗憾您这没有能用的显卡来支持您训练。",
     "RVC-Boss/GPT-SoVITS#2510"),
    (APP, "app_card_list", "Is it true the RTX A4500 is not supported or is something else not working correctly? It says "
     "\"Unfortunately, there is no compatible GPU available to support your training.\" on the train tab.",
     "RVC-Project/Retrieval-based-Voice-Conversion-WebUI#1424"),
    (APP, "app_card_list", "I am using RTX 6000 mobile (24GB) on my laptop but it doesn't recognize it. Says \"Unfortunately, "
     "there is no compatible GPU available to support your training.\"", "RVC-Project/Retrieval-based-Voice-Conversion-WebUI#2037"),
    (APP, "app_card_list", "很遗憾你没有支持的显卡来训练", "RVC-Boss/GPT-SoVITS#244 (title)"),
    (APP, "app_free_vram", "WARNING:ChatTTS.utils.gpu_utils:GPU 0 has 4095.56 MB memory left.", "jianchang512/ChatTTS-ui#106"),
    (EVI, "app_free_vram", "WARNING:ChatTTS.utils.gpu_utils:GPU 0 has 4095.56 MB memory left.", "jianchang512/ChatTTS-ui#106"),
    (APP, "app_free_vram", "命令行提示：WARNING:ChatTTS.utils.gpu_utils:GPU 0 has 4095.5 MB memory left.",
     "jianchang512/ChatTTS-ui#245"),
    (EVI, "app_free_vram", "WARNING:ChatTTS.utils.gpu utils:GPU 0 has 4095.75 MB memory left.", "2noise/ChatTTS#387"),
    (APP, "app_vram_floor", "GPU cuda:0 with less than 3 GB of VRAM is not compatible with Stable Diffusion",
     "easydiffusion/easydiffusion#761 (title)"),
    (EVI, "app_vram_floor", "GPU cuda:0 with less than 3 GB of VRAM is not compatible with Stable Diffusion",
     "easydiffusion/easydiffusion#761 (title)"),
    (APP, "app_cc_floor", "2024/01/14 19:50:06 gpu.go:138: CUDA GPU is too old. Falling back to CPU mode. Compute Capability "
     "detected: 5.2", "ollama/ollama#1992"),
    (EVI, "app_cc_floor", "2024/01/06 21:52:17 gpu.go:89: CUDA GPU is too old. Falling back to CPU mode. Compute Capability "
     "detected: 3.0", "ollama/ollama#1834"),
    (APP, "app_cc_floor", "I have a k40 graphics card，but your software says that Tesla K40m does not meet minimum required "
     "compute capability: 3.7. Falling back to CPU mode.TeslaI k40m's compute capability is 3.5,and I want to use gpu for "
     "calculations, why does the software always call cpu calculations automatically? This is very slow ",
     "iperov/DeepFaceLab#140"),
    (EVI, "app_cc_floor", "GPU compute capability 7.5 is below the minimum required 8.0; falling back to CPU. An Ampere "
     "(RTX 30xx) or newer GPU is required for GPU acceleration", "koharu-rs/koharu#576"),
    (EVI, "cpu_used_said", "my server have 4 nvidia tesla k80 24gb gpu and 256gb mem, can i only use gpu run a model? ollama "
     "can't find my gpu and use cpu", "ollama/ollama#9124"),
    (EVI, "cpu_used_said", "I found that Ollama doesn't use the GPU at all.  I cannot find any documentation on the minimum "
     "required CUDA version", "ollama/ollama#1756"),
    (EVI, "cpu_used_said", "I'm a Ubuntu 22.04 use have a Nvidia tesla p40 and a k80 gpu and it will not use gpu. I can use "
     "text generation webui and get gpu.", "ollama/ollama#2034"),
    (APP, "other_vendor", "我需要使用intel ARC核心显卡进行训练（Intel XPU），但是“很遗憾您这没有能用的显卡来支持您训练”。",
     "RVC-Project/Retrieval-based-Voice-Conversion-WebUI#2789"),
    (APP, "gpu_oom", "OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 4.00 GiB total capacity; 3.39 "
     "GiB already", "riffusion/riffusion-hobby#81"),
]

QUIET = [
    # A run-time out of memory is cuda-oom's, whatever a maintainer then says about the card.
    (APP, "app_free_vram", "OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 4.00 GiB total "
     "capacity; 3.39 GiB already", "riffusion/riffusion-hobby#81"),
    (APP, "app_vram_floor", "Error code > failed: Could not allocate tensor with 1026555904 bytes. There is not enough GPU "
     "video memory available!", "Acly/krita-ai-diffusion#619"),
    # Ollama's check of its own build's archs (a build without sm_86: the build, not a floor).
    (APP, "app_cc_floor", "msg=\"skipping CUDA device — compute capability not in compiled architectures\"",
     "ollama/ollama#17841"),
    # torch's own old-GPU warning is gpu-arch-unsupported's.
    (APP, "app_cc_floor", "    PyTorch no longer supports this GPU because it is too old.",
     "CompVis/stable-diffusion#555"),
    (EVI, "app_cc_floor", "    The minimum cuda capability supported by this library is 3.7.", "CompVis/stable-diffusion#555"),
    # Other apps' generic no-GPU words: a CPU torch as often as a refused card.
    (APP, "app_card_list", "No supported Nvidia GPU found", "IAHispano/Applio#125"),
    (APP, "app_card_list", "I have GTX 1080 TI and windows 7. But no compatible GPU found. I can't switch \"Use CPU (not "
     "GPU)\" button.", "easydiffusion/easydiffusion#1177"),
    (EVI, "cpu_used_said", "CPU utilization: 13.0%, System RAM used: 0.9 of 15.6 GiB, GPU RAM used (cuda:0): 0.0 of 4.0 GiB",
     "easydiffusion/easydiffusion#1292"),
    (EVI, "app_free_vram", "INFO:ChatTTS.core:use cuda:0", "jianchang512/ChatTTS-ui#106 (a reply's log)"),
]
