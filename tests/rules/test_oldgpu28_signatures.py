"""Session 28: a library's own refusal of a feature the GPU is too old for, read by derive rules that
gpu-too-old-for-feature reads as one fact. bitsandbytes' int8 matmul (old-gpu-int8-evidence), in both eras' words
(csrc/ops.cu under NO_CUBLASLT, bitsandbytes/functional.py igemmlt), and bitsandbytes' own statements of the GPU's
compute capability. Each line is verbatim from the thread named in its comment, or written to show a boundary."""
from __future__ import annotations

import pytest

RULE = "old-gpu-int8-evidence"


@pytest.mark.parametrize("name, line", [
    # https://github.com/bitsandbytes-foundation/bitsandbytes/issues/118 (Tesla P40, bitsandbytes 0.36)
    ("bnb_int8_refused", "ERROR: Your GPU does not support Int8 Matmul!"),
    # https://github.com/bitsandbytes-foundation/bitsandbytes/issues/444 (its title)
    ("bnb_int8_refused", "ERROR: Your GPU does not support Int8 Matmul! NVIDIA V100"),
    # https://github.com/bitsandbytes-foundation/bitsandbytes/issues/1242 (bitsandbytes 0.43.1 on a p3.2xlarge, a V100)
    ("bnb_int8_refused", "NotImplementedError: igemmlt not available (probably built with NO_CUBLASLT)"),
    # https://github.com/bitsandbytes-foundation/bitsandbytes/issues/118
    ("bnb_cc_below_turing", "CUDA SETUP: Highest compute capability among GPUs detected: 6.1"),
    # https://github.com/bitsandbytes-foundation/bitsandbytes/issues/444 (python -m bitsandbytes)
    ("bnb_cc_below_turing", "COMPUTE_CAPABILITIES_PER_GPU = ['7.0', '7.0', '7.0', '7.0', '7.0', '7.0', '7.0', '7.0']"),
    # https://github.com/bitsandbytes-foundation/bitsandbytes/issues/529 (its title)
    ("bnb_cc_below_turing", "UserWarning: WARNING: Compute capability < 7.5 detected! Only slow 8-bit matmul is supported for "
     "your GPU! warn(msg)"),
    # https://github.com/oobabooga/textgen/issues/379 ("cublasLt ran into an error with older GPU", a 7.5 card: its int8 path exists)
    ("bnb_cc_turing_plus", "CUDA SETUP: Highest compute capability among GPUs detected: 7.5"),
    ("bnb_cc_turing_plus", "COMPUTE_CAPABILITIES_PER_GPU = ['8.6']"),
])
def test_bitsandbytes_int8_refusal_and_capability_lines(name: str, line: str, signature_hit) -> None:
    assert signature_hit(RULE, name, line)


@pytest.mark.parametrize("name, line", [
    # cuBLASLt's own failure is another error (seen on Turing and newer cards too):
    # https://github.com/bitsandbytes-foundation/bitsandbytes/issues/538
    ("bnb_int8_refused", "Exception: cublasLt ran into an error!"),
    # a Turing or newer capability is not "below Turing"
    ("bnb_cc_below_turing", "CUDA SETUP: Highest compute capability among GPUs detected: 7.5"),
    ("bnb_cc_below_turing", "CUDA SETUP: Highest compute capability among GPUs detected: 8.0"),
    ("bnb_cc_below_turing", "COMPUTE_CAPABILITIES_PER_GPU = ['7.5']"),
    ("bnb_cc_turing_plus", "CUDA SETUP: Highest compute capability among GPUs detected: 6.1"),
])
def test_lines_these_signatures_leave_alone(name: str, line: str, signature_hit) -> None:
    assert not signature_hit(RULE, name, line)


@pytest.mark.parametrize("line", [
    # https://github.com/huggingface/text-generation-inference/issues/983 (title, Tesla V100S)
    "GPU with CUDA capability 7 0 is not supported!",
    # https://github.com/huggingface/text-generation-inference/issues/533 (title)
    "ImportError: GPU with CUDA capability 7 0 is not supported",
    # https://github.com/huggingface/text-generation-inference/issues/211 (title, a 6.1 card)
    "GPU with CUDA capability 6 1 is not supported",
    # https://github.com/huggingface/text-generation-inference/issues/1161 (title, Tesla T4)
    "2023-10-17T07:47:06.229031Z WARN text_generation_launcher: Unable to use Flash Attention V2: GPU with CUDA capability 7 5 "
    "is not supported for Flash Attention V2",
    # https://github.com/huggingface/text-generation-inference/issues/398 (retyped by the user)
    "` GPU with CUDA is capability 7 0 is not supported`",
])
def test_tgi_capability_check_below_ampere(line: str, signature_hit) -> None:
    assert signature_hit("old-gpu-tgi-flash-evidence", "tgi_capability", line)


@pytest.mark.parametrize("line", [
    # the same f-string on a GPU newer than the TGI release knows (written from flash_attn.py's format): not too old
    "GPU with CUDA capability 12 0 is not supported for Flash Attention V2",
    "GPU with CUDA capability 8 9 is not supported for Flash Attention V2",
    # torch's own arch message is gpu-arch-unsupported's, not this
    "NVIDIA GeForce RTX 5090 with CUDA capability sm_120 is not compatible with the current PyTorch installation.",
    # https://github.com/huggingface/text-generation-inference/issues/1778 (flash attention not built)
    "Could not import Flash Attention enabled models: Flash Attention is not installed.",
])
def test_tgi_lines_that_are_not_a_gpu_too_old(line: str, signature_hit) -> None:
    assert not signature_hit("old-gpu-tgi-flash-evidence", "tgi_capability", line)
