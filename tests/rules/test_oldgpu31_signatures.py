"""old-gpu-vllm-v1-evidence (session 31): vLLM's own words that its V1 engine's FlashAttention 2 needs compute
capability 8.0, read for gpu-too-old-for-feature (whose `when` is at its limit of alternatives).

vLLM 0.8-0.10.1 refuses a GPU below 8.0 when VLLM_USE_V1=1 is set (vllm/engine/arg_utils.py: NotImplementedError(
f"VLLM_USE_V1=1 is not supported with {feature_name}."), feature_name "Compute Capability < 8.0"), and every release
since 0.7 logs "Cannot use FA version 2 is not supported due to <reason>" when its FlashAttention 2 cannot run
(vllm/v1/attention/backends/fa_utils.py; the reason from vllm_flash_attn, worded for FA3 in 0.7.x). FA version 3
refused (an Ampere or Ada card falling back to FA2) and the V0 fallback warning are not read.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "old-gpu-vllm-v1-evidence"

FIRES = [
    ('vllm_fa2_refused', 'ERROR 03-20 07:42:38 [utils.py:613] Cannot use FA version 2 is not supported due to FA3 is only supported on devices with compute capability >= 8 excluding 8.6 and 8.9 and Blackwell archs (>=10)', 'https://github.com/vllm-project/vllm/issues/15853'),
    ('vllm_fa2_refused', '(VllmWorkerProcess pid=3923) ERROR 02-28 12:52:45 utils.py:608] Cannot use FA version 2 is not supported due to FA3 is only supported on devices with compute capability >= 8 excluding 8.6 and 8.9', 'https://github.com/vllm-project/vllm/issues/14016'),
    ('vllm_fa2_refused', '(EngineCore pid=1686793) ERROR 08-13 17:50:27 [fa_utils.py:273] Cannot use FA version 2 is not supported due to FA2 is only supported on devices with compute capability >= 8', 'https://github.com/vllm-project/vllm/issues/52181'),
    ('vllm_fa2_refused', 'ERROR 04-24 11:52:08 [fa_utils.py:42] Cannot use FA version 2 is not supported due to FA2 is only supported on devices with compute capability >= 8', 'https://github.com/MoonshotAI/Kimi-VL/issues/41'),
    ('vllm_fa2_refused', 'ERROR 02-06 12:53:27 utils.py:608] Cannot use FA version 2 is not supported due to FA3 is only supported on devices with compute capability >= 8 excluding 8.6 and 8.9', 'https://github.com/vllm-project/vllm/pull/12828'),
    ('vllm_v1_cc', 'NotImplementedError: VLLM_USE_V1=1 is not supported with Compute Capability < 8.0.', 'vllm/engine/arg_utils.py _raise_or_fallback (0.8-0.10.1), as notes of T4 and V100 deployments quote it'),
]

QUIET = [
    ('vllm_fa2_refused', 'Cannot use FA version 3 is not supported due to FA3 is only supported on devices with compute capability >= 8 excluding 8.6 and 8.9', 'FA3 refused on an Ampere or Ada card: vLLM falls back to FA2, the GPU is not too old'),
    ('vllm_fa2_refused', 'Cannot use FA version 3 on Blackwell platform, defaulting to FA version 2.', "vLLM's fa_utils.py choosing FA2 on a Blackwell card"),
    ('vllm_v1_cc', 'WARNING Compute Capability < 8.0 is not supported by the V1 Engine. Falling back to V0.', 'the V0 fallback warning of _raise_or_fallback: printed at every start on such a GPU, and the engine runs'),
    ('vllm_fa2_refused', 'INFO 03-19 11:53:56 [cuda.py:234] Cannot use FlashAttention-2 backend for Volta and Turing GPUs.', "V0's backend selector picking xFormers (LMCache#412): an INFO line, not the V1 refusal"),
]
