"""Session 38, the arch family: three wordings read as families, not as the threads they were found in.

- blackwell-torch-likely-old's support_said: an RTX 50 card said not to run at all ("not runable with RTX 50XX Series",
  "50系显卡运行失败", "显卡无法运行"), and a crash with the card as what it crashes with ("crashes with the new Nvidia RTX 50XX
  Series"); a crash under load on a card the build runs is not read.
- gpu-too-old-for-feature's fp8_arch: every era of Transformer Engine's FP8 check (9.x, 8.9, 10.0 for MXFP8); fp8_scaled_mm:
  the quantizers that state the capability an FP8 model needs (transformers, torchao), whose own words name a Hopper card.
- gpu-too-old-for-feature's bf16_unsupported_said: the card said unable to do bf16, the verb between ("v100 cannot
  calculate bf16").

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('blackwell-torch-likely-old', 'support_said', 'not runable with RTX 50XX Series', 'https://github.com/pinokiofactory/comfy/issues/7'),
    ('blackwell-torch-likely-old', 'support_said', 'crashes with the new Nvidia RTX 50XX Series.', 'https://github.com/pinokiofactory/comfy/issues/7'),
    ('blackwell-torch-likely-old', 'support_said', '50系显卡运行失败', 'https://github.com/joeljuvel/YuE-UI/issues/6'),
    ('gpu-too-old-for-feature', 'fp8_arch', '        return False, "Device compute capability 8.9 or higher required for FP8 execution."', 'https://github.com/NVIDIA/TransformerEngine/blob/main/transformer_engine/pytorch/fp8.py'),
    ('gpu-too-old-for-feature', 'fp8_arch', 'However running TransformerEngine on the RTX 4090 results in an error: "AssertionError: Device compute capability 9.x required for FP8 execution.". Thus, unable to take advantage of FP8.', 'https://github.com/NVIDIA/TransformerEngine/issues/15'),
    ('gpu-too-old-for-feature', 'fp8_arch', '    return False, "Device compute capability 10.0 or higher required for MXFP8 execution."', 'https://github.com/NVIDIA/TransformerEngine/blob/main/transformer_engine/pytorch/fp8.py'),
    ('gpu-too-old-for-feature', 'fp8_scaled_mm', 'But since I do not have H100, I tried a 8-A100 setup and received "ValueError: FP8 quantized models is only supported on GPUs with compute capability >= 9.0 (e.g H100)." Is there a way to run Llama 3.1 405B fp8 on 8-A100?', 'https://github.com/huggingface/huggingface-llama-recipes/issues/21'),
    ('gpu-too-old-for-feature', 'fp8_scaled_mm', 'ValueError: FP8 quantized models is only supported on GPUs with compute capability >= 8.9 (e.g 4090/H100), actual = `8.6`', 'https://github.com/black-forest-labs/flux2/issues/54'),
    ('gpu-too-old-for-feature', 'fp8_scaled_mm', 'Float8 dynamic activation quantization is only supported on CUDA>=8.9 and MI300+', 'https://github.com/vllm-project/vllm/pull/37033'),
    ('gpu-too-old-for-feature', 'bf16_unsupported_said', 'v100 cannot calculate bf16', 'https://github.com/Stability-AI/StableCascade/issues/91'),
    ('gpu-too-old-for-feature', 'bf16_unsupported_said', '[Bug] V100 cannot perform full fine-tuning of BF16 models', 'https://github.com/unslothai/unsloth/issues/4082'),
]

QUIET = [
    ('blackwell-torch-likely-old', 'support_said', '運行minimax h3 文生影片nvidia顯卡的供耗上限如果大於80%,驅動就會崩潰,整個帶崩comfyui', 'https://github.com/Comfy-Org/ComfyUI/issues/15480 (a driver crash under load)'),
    ('blackwell-torch-likely-old', 'support_said', 'Sudden consistent system freeze/crash on any workflow', 'https://github.com/Comfy-Org/ComfyUI/issues/1864 (a crash, no card as its cause)'),
    ('gpu-too-old-for-feature', 'fp8_arch', '        return False, "CublasLt version 12.1.3.x or higher required for FP8 execution on Ada."', 'https://github.com/NVIDIA/TransformerEngine/blob/main/transformer_engine/pytorch/fp8.py (a library older than the GPU)'),
    ('gpu-too-old-for-feature', 'bf16_unsupported_said', 'I changed `bf16=True,` to `fp16=True` in `TrainingArguments`. It seemed to solve that problem.', 'https://github.com/tatsu-lab/stanford_alpaca/issues/133 (the fix, no verdict)'),
]
