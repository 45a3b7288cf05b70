"""container-started-without-gpus (session 28) reads vLLM's own word that no NVIDIA device reached it: at import vLLM
probes NVML (vllm/platforms/__init__.py) and, finding no GPU, logs "No platform detected, vLLM is running on
UnspecifiedPlatform"; its engine then stops with "RuntimeError: Failed to infer device type" (vllm/config.py, DeviceConfig).
In a container started without the GPU this is the first thing a vllm/vllm-openai image prints. Another accelerator's
build says the same (other_accel keeps those out). Each line is verbatim from the thread or source named."""
from __future__ import annotations


RULE = "container-started-without-gpus"

FIRES = [
    # https://github.com/studio-dots-ai/dots.ocr/issues/11 (plain `docker run -p 8000:8000 ...`)
    ("vllm_no_platform", "INFO 08-02 02:39:50 [__init__.py:248] No platform detected, vLLM is running on UnspecifiedPlatform",
     "studio-dots-ai/dots.ocr#11"),
    # https://github.com/vllm-project/vllm/issues/13946 (collaborator: no GPU could be found in the container)
    ("vllm_no_platform", "RuntimeError: Failed to infer device type", "vllm-project/vllm#13946"),
    # the later wording, as vllm/config/device.py raises it (a troubleshooting note kept in a repository)
    ("vllm_no_platform", "RuntimeError: Failed to infer device type, please set the environment variable "
     "`VLLM_LOGGING_LEVEL=DEBUG` to turn on verbose logging to help debug the issue.", "(vLLM >= 0.9 DeviceConfig)"),
    # https://github.com/gpustack/gpustack/issues/3518 (maintainer: docker run without the NVIDIA runtime)
    ("vllm_no_platform", "vLLM reports `No platform detected, vLLM is running on UnspecifiedPlatform`",
     "gpustack/gpustack#3518"),
    # Another accelerator's build of vLLM, read so that the rule can step aside.
    ("other_accel", "ModuleNotFoundError: No module named 'vllm_ascend'", "(a vllm-ascend log kept in a repository)"),
    ("other_accel", "**Solution:** Make sure `VLLM_TARGET_DEVICE=tt` is set before running.",
     "(a Tenstorrent vLLM note kept in a repository)"),
]

QUIET = [
    # vLLM finding its platform.
    ("vllm_no_platform", "INFO 08-06 01:28:51 [__init__.py:244] Automatically detected platform cuda.",
     "studio-dots-ai/dots.ocr#44"),
    # torch's own empty device string, not vLLM's verdict.
    ("vllm_no_platform", "RuntimeError: Device string must not be empty", "vllm-project/vllm (CPU-only feature request)"),
    # An NVIDIA host's words are no other accelerator.
    ("other_accel", "INFO 05-14 04:44:35 [__init__.py:243] No platform detected, vLLM is running on UnspecifiedPlatform",
     "vllm-project/vllm#12847"),
    ("other_accel", "GPU models and configuration: GPU 0: NVIDIA A10", "ray-project/ray#51154"),
]
