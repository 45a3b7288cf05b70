"""old-gpu-tgi-flash-evidence (session 32): text-generation-inference's refusal of a model that exists only in its flash
form, read for gpu-too-old-for-feature beside a GPU older than Ampere named.

TGI imports its flash-attention models only when its capability check passes; a sharded Llama (and the other flash-only
models) is then refused with FLASH_ATT_ERROR_MESSAGE, "{} requires Flash Attention enabled models."
(server/text_generation_server/models/__init__.py, 0.8 to 3.x; LoRAX's fork keeps it). The same words come when the flash
kernels were not built, on any GPU, so the rule's `when` asks for a pre-Ampere GPU too. TGI's warning that the import
failed ("Could not import Flash Attention enabled models: ...") is not read.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "old-gpu-tgi-flash-evidence"

FIRES = [
    ('tgi_flash_models', 'NotImplementedError: Sharded Llama requires Flash Attention enabled models.', 'https://github.com/huggingface/text-generation-inference/issues/686'),
    ('tgi_flash_models', 'NotImplementedError: Sharded Llama requires Flash Attention enabled models.', 'https://github.com/MiuLab/Taiwan-LLM/issues/33'),
    ('tgi_flash_models', 'tgi can\'t deploy llama2 with 4 gpu, err: NotImplementedError: Sharded Llama requires Flash Attention enabled models', 'https://github.com/huggingface/text-generation-inference/issues/897'),
    ('tgi_capability', 'WARN text_generation_launcher: Unable to use Flash Attention V2: GPU with CUDA capability 7 5 is not supported for Flash Attention V2', 'https://github.com/huggingface/text-generation-inference/issues/1161'),
]

QUIET = [
    ('tgi_flash_models', "2023-07-20T12:31:14.506674Z  WARN text_generation_launcher: Could not import Flash Attention enabled models: No module named 'vllm_cache_ops'", "TGI's warning that its flash models did not import: printed for missing kernels on any GPU, not read"),
    ('tgi_flash_models', 'WARN text_generation_launcher: Could not import Flash Attention enabled models: Flash Attention is not installed.', 'the same warning for a source install without flash-attn (TGI#1778)'),
    ('tgi_capability', 'GPU with CUDA capability 12 0 is not supported', 'a Blackwell card in a TGI older than it: a GPU too new, not too old'),
]
