"""Session 37, the arch family: CUDA atomics a GPU is too old for, in nvcc's words.

- old-gpu-atomic-evidence (read by gpu-too-old-for-feature): nvcc's "no instance of overloaded function "atomicAdd" matches
  the argument list" and the operand types on the next line. atomicAdd on double and __half2 exists from compute
  capability 6.0, on __half (c10::Half, at::Half, half) from 7.0, on bfloat16 from 8.0; the rule reads the words only
  beside a GPU shown below the floor (fixtures: a P100 with __half, a GTX 970 with double; near misses: an RTX 3090 with
  c10::Half, an arch list from compute_52 with no GPU). Other functions' overload errors are not read.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('old-gpu-atomic-evidence', 'atomic_overload', 'hashencoder.cu(25): error: no instance of overloaded function "atomicAdd" matches the argument list', 'https://github.com/ashawkey/torch-ngp/issues/22'),
    ('old-gpu-atomic-evidence', 'atomic_overload', '      /root/llm/vllm/csrc/moe/moe_wna16.cu(219): error: no instance of overloaded function "atomicAdd" matches the argument list', 'https://github.com/vllm-project/vllm/issues/17290'),
    ('old-gpu-atomic-evidence', 'atomic_overload', 'error: no instance of overloaded function "atomicAdd" matches the argument list', 'https://github.com/ashawkey/nerf2mesh/issues/1'),
    ('old-gpu-atomic-evidence', 'atomic_half', '            argument types are: (__half *, c10::Half)', 'https://github.com/ashawkey/torch-ngp/issues/22'),
    ('old-gpu-atomic-evidence', 'atomic_half', '                  argument types are: (half *, half)', 'https://github.com/vllm-project/vllm/issues/17290'),
    ('old-gpu-atomic-evidence', 'atomic_half', '            argument types are: (__half *, __half)', 'https://github.com/johnsmith0031/alpaca_lora_4bit/issues/9'),
    ('old-gpu-atomic-evidence', 'atomic_half', '            argument types are: (half *, const half)', 'https://github.com/Megvii-BaseDetection/BEVDepth/issues/159'),
]

QUIET = [
    ('old-gpu-atomic-evidence', 'atomic_half', '            argument types are: (double *, double)', 'https://github.com/gunrock/gunrock/issues/460 (double: floor 6.0, read by the rule without a type)'),
    ('old-gpu-atomic-evidence', 'atomic_half', '            argument types are: (__half2 *, __half2)', 'https://github.com/ashawkey/torch-ngp/issues/66 (__half2: floor 6.0)'),
    ('old-gpu-atomic-evidence', 'atomic_bf16', '            argument types are: (c10::Half *, c10::Half)', 'https://github.com/microsoft/GLIP/issues/163'),
]

# old-gpu-cutlass-fp16-evidence: "cutlassF: no kernel found to launch!" with the report saying bfloat16 was changed to
# float16 (the CUTLASS attention kernels have bfloat16 only for Ampere and newer); read only beside no Ampere GPU.
FIRES += [
    ('old-gpu-cutlass-fp16-evidence', 'cutlass_no_kernel', 'RuntimeError: cutlassF: no kernel found to launch!', 'https://github.com/ZHO-ZHO-ZHO/ComfyUI-PhotoMaker-ZHO/issues/20'),
    ('old-gpu-cutlass-fp16-evidence', 'fp16_fix_said', 'I need to open PhotoMakerNode.py, open it and search for the bfloat16 keyword, change it to float16 in order to use it properly, hopefully it will be a reference for some of you, my graphics card is 1070TI,I hope this helps.', 'https://github.com/ZHO-ZHO-ZHO/ComfyUI-PhotoMaker-ZHO/issues/20'),
    ('old-gpu-cutlass-fp16-evidence', 'fp16_fix_said', '通过修改torch.float16解决了问题，还是希望作者可以直接把这个添加进选项', 'https://github.com/IuvenisSapiens/ComfyUI_MiniCPM-V-4_5/issues/4'),
]
QUIET += [
    ('old-gpu-cutlass-fp16-evidence', 'fp16_fix_said', "> '⁇ ⁇ ⁇' is because tensor value `nan`. I debug found that the `kv_cache` in that attention layer is `nan`. and this issue will not happen when all `dtype` is `torch.float32` but not `torch.float16` and this issue not happen when I use tinyllama but not viucna-7b.", 'https://github.com/meta-pytorch/gpt-fast/issues/49 (float16 as what overflows)'),
    ('old-gpu-cutlass-fp16-evidence', 'fp16_fix_said', '        torch_dtype=torch.float16,', 'https://github.com/QwenLM/Qwen3/issues/710 (the dtype in code, not a change said)'),
]
