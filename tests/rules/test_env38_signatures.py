"""Session 38, env family (no-nvidia-gpu-stated, no-cuda-device-seen-evidence / no-nvidia-gpu).

Readings measured on the session's outside sample (/work/wt/r-env-sample38) and their families:
- a machine's lack of a GPU said through what the reporter did on it ("I tried to run autotrain without a gpu", "Im trying to
  install this open source code without GPU"): the clause ends at the GPU, so "without GPU support" (a CPU build of torch) and
  "without GPU acceleration" are not read;
- the quantization libraries' own sentences for torch.cuda.is_available() being False (transformers' "No GPU found. A GPU is
  needed for quantization.", its FP8 and "No GPU or XPU found" forms, GPTQ's "GPU is required to quantize or run quantize
  model.", AWQ's "GPU is required to run AWQ quantized model."), read as torch's own "No CUDA GPUs are available" is.
(Windows read from CPython's MSVC banner and PowerShell's prompt is the prose reader's: tests/probes/test_prose.py.)
Rows are (rule, signature, line, source), each line verbatim from the source named.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

Q = "quantizer_no_cuda_device"

FIRES = [
    # no-nvidia-gpu-stated: a run, install or training done "without (a) GPU".
    ("no-nvidia-gpu-stated", "ran_without_gpu", "I tried to run autotrain without a gpu and got this error:",
     "https://github.com/huggingface/autotrain-advanced/issues/754"),
    ("no-nvidia-gpu-stated", "ran_without_gpu", "Hi, Im trying to install this open source code without GPU, I'm having this error.",
     "https://github.com/thangvubk/SoftGroup/issues/71"),
    ("no-nvidia-gpu-stated", "ran_without_gpu", "I have been running through the tutorial on a machine without GPU and CUDA.",
     "https://github.com/higgsfield/Imagination-Augmented-Agents/issues/8"),
    # no-cuda-device-seen-evidence: the quantization libraries' sentences.
    ("no-cuda-device-seen-evidence", Q, "RuntimeError: No GPU found. A GPU is needed for quantization.",
     "https://github.com/huggingface/autotrain-advanced/issues/754"),
    ("no-cuda-device-seen-evidence", Q, "ERROR    | 2024-09-17 13:09:42 | autotrain.trainers.common:wrapper:121 - No GPU found. "
     "A GPU is needed for quantization.", "https://github.com/huggingface/autotrain-advanced/issues/765"),
    ("no-cuda-device-seen-evidence", Q, "RuntimeError: GPU is required to quantize or run quantize model.",
     "https://github.com/oobabooga/textgen/issues/6804"),
    ("no-cuda-device-seen-evidence", Q, "   Error: No GPU or XPU found. A GPU or XPU is needed for FP8 quantization.",
     "find_string 'is needed for FP8 quantization' (a project's troubleshooting notes: expected on CPU-only systems)"),
    ("no-cuda-device-seen-evidence", Q, '            raise RuntimeError("GPU is required to run AWQ quantized model.")',
     "find_string 'GPU is required to run AWQ quantized model' (transformers' quantizer_awq.py, under not torch.cuda.is_available())"),
    ("no-nvidia-gpu", "no_device", "RuntimeError: No GPU found. A GPU is needed for quantization.",
     "https://github.com/huggingface/autotrain-advanced/issues/754"),
]

QUIET = [
    # The CPU build said, not the machine.
    ("no-nvidia-gpu-stated", "ran_without_gpu", "I installed torch without GPU support and now training is slow",
     "written: a CPU build of torch"),
    ("no-nvidia-gpu-stated", "ran_without_gpu", "I think this error accord because I am using a VM with no GPU support, and I "
     "installed the CPU version of Pytorch.", "https://github.com/sergeywong/cp-vton/issues/1 (machine_without's, not this)"),
    ("no-nvidia-gpu-stated", "ran_without_gpu", "we ran the benchmark without GPU acceleration to compare",
     "written: acceleration turned off on a GPU machine"),
    # bitsandbytes' own CPU build warning is its library, not the device count.
    ("no-cuda-device-seen-evidence", Q, "/home/kopadava/.local/lib/python3.8/site-packages/bitsandbytes/cextension.py:34: "
     "UserWarning: The installed version of bitsandbytes was compiled without GPU support. 8-bit optimizers, 8-bit "
     "multiplication, and GPU quantization are unavailable.", "https://github.com/huggingface/autotrain-advanced/issues/194"),
]
