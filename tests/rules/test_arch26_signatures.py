"""gpu-too-old-for-feature (session 26) reads the CUTLASS memory-efficient attention dispatcher finding no kernel for a
bfloat16 call on a GPU older than Ampere, in the words torch (aten/src/ATen/native/transformers/cuda/attention.cu), xformers
and ONNX Runtime all use: TORCH_CHECK(kernel_launched, "cutlassF: no kernel found to launch!") and its backward twin
"cutlassB". The signature only reads the words; the rule takes them only with a pre-Ampere GPU named (a torch 2.3.1
Windows regression said the same on any GPU). Each line is verbatim from the thread named; the near misses are the same
attention's other refusals, which name no missing kernel."""
from __future__ import annotations


RULE = "gpu-too-old-for-feature"

FIRES = [
    ("flash_sm80_check", "*Model Generate With Bfloat16:* `False (RuntimeError: cutlassF: no kernel found to launch!)`",
     "huggingface/transformers#28731"),
    ("flash_sm80_check", "RuntimeError: cutlassF: no kernel found to launch!", "black-forest-labs/flux#125"),
    ("flash_sm80_check", "03/19 21:17:01 llm_wrapper.py:msg:55  Caught an exception: RuntimeError: cutlassF: no kernel found "
     "to launch!", "QwenLM/Qwen3#189"),
    ("flash_sm80_check", "原版本提示：RuntimeError: cutlassF: no kernel found to launch!", "OpenBMB/MiniCPM-V#403"),
    ("flash_sm80_check", "cutlassF: no kernel found to launch!", "Zheng-Chong/CatVTON#33"),
]

QUIET = [
    # torch's SDPA with its backends narrowed refuses in other words, naming no missing kernel of its own.
    ("flash_sm80_check", "RuntimeError: No available kernel. Aborting execution", "facebookresearch/fast3r#96"),
    ("flash_sm80_check", "Has anyone encountered the warning: “No available kernel. Aborting execution.” when running:",
     "henry123-boy/SpaTrackerV2#38"),
]
