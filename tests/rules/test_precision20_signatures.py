"""Session 20 (precision): a dtype the Apple GPU lacks is the program's choice, and every era's proof that MPS ran
silences mps-unavailable's guesses. Each line is verbatim from the thread named."""
from __future__ import annotations


FIRES = [
    # torch 2.1-2.2 and torch 1.13-2.0 refusing bfloat16 on the Apple GPU: the program chose the dtype.
    ("code-error", "mps_bf16", "   TypeError: BFloat16 is not supported on MPS", "pytorch/pytorch#141864"),
    ("code-error", "mps_bf16", "大家好，我在本地Apple M2 Max上跑llama的sft微调，出现了错误：TypeError: BFloat16 is not supported on MPS，"
     "请教一下该怎么解决", "hiyouga/LlamaFactory#2090"),
    ("code-error", "mps_bf16", "libc++abi: terminating due to uncaught exception of type c10::TypeError: Trying to convert "
     "BFloat16 to the MPS backend but it does not have support for that dtype.", "easydiffusion/easydiffusion#1746"),
    ("code-error", "mps_bf16", "TypeError: Trying to convert BFloat16 to the MPS backend but it does not have support for "
     "that dtype.", "pytorch/pytorch#78168"),
    # MPS ran ops: a missing kernel in torch 1.12's words, a refused dtype or 3-D convolution, Apple's own array assertion.
    ("mps-unavailable", "mps_works", "NotImplementedError: The operator 'aten::index.Tensor' is not current implemented for "
     "the MPS device.", "huggingface/diffusers#2645"),
    ("mps-unavailable", "mps_works", "mac book m1运行时候报RuntimeError: Conv3D is not supported on MPS", "sczhou/ProPainter#42"),
    ("mps-unavailable", "mps_works", "   TypeError: BFloat16 is not supported on MPS", "pytorch/pytorch#141864"),
    ("mps-unavailable", "mps_works", "AppleInternal/Library/BuildRoots/20d6c351-ee94-11ec-bcaf-7247572f23b4/Library/Caches/"
     "com.apple.xbs/Sources/MetalPerformanceShaders/MPSCore/Types/MPSNDArray.mm:705: failed assertion '[MPSNDArray "
     "initWithDevice:descriptor:] Error: product of dimension sizes > 2**31 '", "pytorch/pytorch#84039"),
    ("mps-unavailable", "mps_works", "/AppleInternal/Library/BuildRoots/.../Library/Caches/com.apple.xbs/Sources/"
     "MetalPerformanceShaders/MPSCore/Types/MPSNDArray.mm:782: failed assertion `[MPSNDArray, initWithBuffer:descriptor:] "
     "Error: buffer is not large enough. Must be 1024 bytes", "pytorch/pytorch#77851"),
    ("mps-unavailable", "mps_works", "manceShaders/MPSCore/ Types/MPSNDArray.mm:705: failed assertion '[MPSTemporaryNDArray "
     "initWithDevice:descriptor:] Error: product of dimension sizes > 2**31'", "liuliu/swift-diffusion#41"),
]

QUIET = [
    # torch 2.3's refusal names the macOS to upgrade: mps-unavailable's macos_feature_too_old reads it.
    ("code-error", "mps_bf16", "  TypeError: MPS BFloat16 is only supported on MacOS 14 or newer", "pytorch/torchchat#616"),
    # A dtype, not an operator: mps-op-not-implemented's fallback variable cannot help.
    ("mps-op-not-implemented", "op_variant_unsupported", "   TypeError: BFloat16 is not supported on MPS",
     "pytorch/pytorch#141864"),
    ("code-error", "mps_bf16", "ValueError: bf16 mixed precision requires PyTorch >= 1.10 and a supported device.",
     "accelerate's check: gpu-too-old-for-feature's"),
    # A claim or a check is no proof that MPS ran.
    ("mps-unavailable", "mps_works", "MPS is not available", "a claim"),
    ("mps-unavailable", "mps_works", "Error: product of dimension sizes > 2**31", "liuliu/swift-diffusion#41's title: no MPS array named"),
]


def test_conv3d_stays_with_the_missing_kernel_rule(signature_hit) -> None:
    assert signature_hit("mps-op-not-implemented", "op_variant_unsupported", "RuntimeError: Conv3D is not supported on MPS")
