"""Session 29 (feature): ptxas refusing instructions a GPU generation lacks (old-gpu-ptx-feature-evidence, read by
gpu-too-old-for-feature). ptxas words one check three ways ("Feature", "Modifier", "Instruction" '...' requires .target
sm_NN or higher); the signature for each requirement reads only its own generation, so the rule can ask for a GPU below
it. Lines that name no .target requirement (a PTX ISA version, an undefined arch value) are other causes. Each line is
verbatim from the thread named in its comment, or written to show a boundary."""
from __future__ import annotations

import pytest

RULE = "old-gpu-ptx-feature-evidence"


@pytest.mark.parametrize("name, line", [
    # https://github.com/mit-han-lab/llm-awq/issues/204 (Tesla T4, llm-awq's kernels)
    ("ptx_req_80", "ptxas /tmp/tmpxft_0000f5ba_00000000-6_gemm_cuda_gen.ptx, line 709; error   : Feature '.m16n8k16' "
     "requires .target sm_80 or higher"),
    # https://github.com/vllm-project/vllm/issues/1063 (compute capability 7.5, vLLM's AWQ kernels)
    ("ptx_req_80", "`ptxas /tmp/tmpxft_0006e7c4_00000000-6_gemm_kernels.ptx, line 928; error   : Feature '.m16n8k16' "
     "requires .target sm_80 or higher`"),
    # https://github.com/turboderp-org/exllamav3/issues/14 (Colab T4)
    ("ptx_req_80", "ptxas /tmp/tmpxft_00003015_00000000-6_exl3_gemm.ptx, line 466479; error   : Feature "
     "'cp.async.commit_group' requires .target sm_80 or higher"),
    # https://github.com/hiyouga/LlamaFactory/issues/7417 (Triton, bf16 conversions)
    ("ptx_req_80", "ptxas /tmp/tmpmfrp_3wp.ptx, line 277; error   : Feature 'cvt.bf16.f32' requires .target sm_80 or higher"),
    # https://github.com/DeepLink-org/3DGSTensorCore/issues/2 (V100)
    ("ptx_req_75", "ptxas /tmp/tmpxft_003fd531_00000000-6_tcgs_forward.ptx, line 126; error   : Feature 'ldmatrix' requires "
     ".target sm_75 or higher"),
    ("ptx_req_75", "      ptxas /tmp/tmpxft_003fd531_00000000-6_tcgs_forward.ptx, line 126; error   : Modifier '.m8n8' "
     "requires .target sm_75 or higher"),
    ("ptx_req_75", "ptxas /tmp/tmpxft_003fd531_00000000-6_tcgs_forward.ptx, line 361; error   : Feature 'ex2.f16/f16x2' "
     "requires .target sm_75 or higher"),
    # https://github.com/triton-lang/triton/issues/583 (Triton's matmul tutorial on a pre-Volta GPU)
    ("ptx_req_70", "ptxas /tmp/file9LHVYI, line 562; error   : Feature '.m8n8k4' requires .target sm_70 or higher"),
    # https://github.com/NVIDIA/FasterTransformer/issues/250 (P40, cmake -DSM=61)
    ("ptx_req_70", "ptxas /tmp/tmpxft_000039cf_00000000-6_custom_ar_kernels.ptx, line 603; error   : Feature '.release' "
     "requires .target sm_70 or higher"),
    # ptxas' "Instruction" wording (a PTX note on griddepcontrol, public source), and Triton's PTXASError on an RTX 3080
    ("ptx_req_90", ".target sm_86 -> error : Instruction 'griddepcontrol' requires .target sm_90 or higher"),
    ("ptx_req_90", "PTXASError: Modifier '.launch_dependents' requires .target sm_90 or higher"),
    # Triton's wrappers: 2.x RuntimeError, 3.x PTXASError
    # https://github.com/unslothai/unsloth/issues/501, https://github.com/hiyouga/LlamaFactory/issues/7417
    ("triton_ptxas", "RuntimeError: Internal Triton PTX codegen error: "),
    ("triton_ptxas", "triton.runtime.errors.PTXASError: PTXAS error: Internal Triton PTX codegen error"),
])
def test_ptxas_requirement_lines(name: str, line: str, signature_hit) -> None:
    assert signature_hit(RULE, name, line)


@pytest.mark.parametrize("name, line", [
    # each requirement reads only its own generation
    ("ptx_req_80", "ptxas /tmp/x.ptx, line 126; error   : Feature 'ldmatrix' requires .target sm_75 or higher"),
    ("ptx_req_75", "ptxas /tmp/x.ptx, line 709; error   : Feature '.m16n8k16' requires .target sm_80 or higher"),
    ("ptx_req_70", "ptxas /tmp/x.ptx, line 126; error   : Feature 'ldmatrix' requires .target sm_75 or higher"),
    ("ptx_req_90", "ptxas /tmp/x.ptx, line 709; error   : Feature '.m16n8k16' requires .target sm_80 or higher"),
    # float16 arithmetic below sm_53 is the rule's own ptxas_f16 (Maxwell and older named), not this
    # https://github.com/vllm-project/vllm/issues/4500
    ("ptx_req_70", "error   : Feature 'f16 arithemetic and compare instructions' requires .target sm_53 or higher"),
    # a PTX ISA version too old for the GPU is Triton's or the toolchain's, not a GPU too old
    # https://github.com/triton-lang/triton/issues/3899 (RTX 4090)
    ("ptx_req_90", "Feature 'cvt with .e4m3x2/.e5m2x2 on sm_89' requires PTX ISA .version 8.1 or later"),
    ("ptx_req_80", "Feature 'cvt with .e4m3x2/.e5m2x2 on sm_89' requires PTX ISA .version 8.1 or later"),
    # a ptxas that does not know the GPU at all is nvcc-too-old-for-gpu-arch's
    # https://github.com/InternLM/lmdeploy/issues/3410
    ("ptx_req_90", "RuntimeError: Internal Triton PTX codegen error: ptxas fatal : Value 'sm_120' is not defined for option "
     "'gpu-name'"),
    ("ptx_req_80", "ptxas fatal   : Ptx assembly aborted due to errors"),
])
def test_lines_these_signatures_leave_alone(name: str, line: str, signature_hit) -> None:
    assert not signature_hit(RULE, name, line)


# DeepSpeed's op builder (op_builder/builder.py): the refusal, in two eras' words, fires; the same opening words before
# "but since the APIs are compatible, accepting this combination" (a minor difference within CUDA 11 or 12) or before
# ".Detected `DS_SKIP_CUDA_CHECK=1`" are no refusal.
@pytest.mark.parametrize("line", [
    # https://github.com/deepspeedai/DeepSpeed/issues/3223 (WSL, torch for CUDA 11.8, toolkit 12.1)
    "Exception: >- DeepSpeed Op Builder: Installed CUDA version 12.1 does not match the version torch was compiled with "
    "11.8, unable to compile cuda/cpp extensions without a matching cuda version.",
    # https://github.com/bytedance/lightseq/issues/526 (the older wording without the ">- DeepSpeed Op Builder:" prefix)
    "Exception: Installed CUDA version 12.3 does not match the version torch was compiled with 12.1, unable to compile "
    "cuda/cpp extensions without a matching cuda version.",
    # a paste cut at the end of the line keeps counting (xirider/finetune-gpt2xl#1 in the corpus is cut there)
    "Exception: Installed CUDA version 11.0 does not match the version torch was compiled with 11.1",
])
def test_deepspeed_refusal(line: str, signature_hit) -> None:
    assert signature_hit("extension-cuda-version-mismatch", "deepspeed", line)


@pytest.mark.parametrize("line", [
    # https://github.com/deepspeedai/DeepSpeed/issues/2933 (the run failed out of memory; the combination was accepted)
    "Installed CUDA version 11.8 does not match the version torch was compiled with 11.7 but since the APIs are compatible, "
    "accepting this combination",
    # DeepSpeed's builder.py with DS_SKIP_CUDA_CHECK=1 (the f-string joins "{torch.version.cuda}." and "Detected")
    "[WARNING]  DeepSpeed Op Builder: Installed CUDA version 12.4 does not match the version torch was compiled with "
    "12.1.Detected `DS_SKIP_CUDA_CHECK=1`: Allowing this combination of CUDA, but it may result in unexpected behavior.",
])
def test_deepspeed_accepted_combination_is_no_refusal(line: str, signature_hit) -> None:
    assert not signature_hit("extension-cuda-version-mismatch", "deepspeed", line)


# toolkit-question's two_versions: the nvcc / nvidia-smi puzzle in longer sentences, with "while", and the expectation
# said outright. Each row: (line, source).
TWO_VERSIONS_FIRES = [
    ("Hi! Great tips by the way but unfortunately it only change the nvcc and not the CUDA version itself. If you look "
     "closely in `nvcc --version` yes it does change to the desired version, but if you use `nvidia-smi` function, it "
     "still use the latest version.", "bycloudai/SwapCudaVersionWindows#1"),
    ("after source the script, \"nvcc -V\" show the switched version while nvdia-smi didn't", "phohenecker/switch-cuda#4 "
     "(title)"),
    ("and ```nvcc -V``` shows 11.3 also. But ```nvidia-smi``` still shows the version of tookit be 12.2",
     "phohenecker/switch-cuda#4"),
    ("Expected: we actually use cuda 12.8 now. So `nvcc --version` and `nvidia-smi` should show the same version.",
     "nvidia-cosmos/cosmos-rl#131"),
    ("CUDA version in nvcc -V and nvidia-smi different", "john-hewitt/backpacks-flash-attn#2 (title)"),
]

TWO_VERSIONS_SILENT = [
    # the same words about GPUs, not versions (written to show the boundary)
    ("nvidia-smi should show the same GPUs inside the container", "boundary"),
    # an nvidia-smi that cannot talk to the driver is another cause (https://github.com/Bruce-Lee-LY/cuda_hook/issues/15)
    ("Mismatch in versions between nvidia-smi and NVML.", "Bruce-Lee-LY/cuda_hook#15"),
]


@pytest.mark.parametrize("line, source", TWO_VERSIONS_FIRES)
def test_two_versions_reads_the_puzzle(line: str, source: str, signature_hit) -> None:
    assert signature_hit("toolkit-question", "two_versions", line), source


@pytest.mark.parametrize("line, source", TWO_VERSIONS_SILENT)
def test_two_versions_leaves_look_alikes(line: str, source: str, signature_hit) -> None:
    assert not signature_hit("toolkit-question", "two_versions", line), source


# xFormers' per-operator reasons (old-gpu-xformers-evidence): the flash operators' "(8, 0) ... (too old)" counts only when
# xFormers' compiled part loaded; "xFormers wasn't build with CUDA support" in the same list is another cause.
@pytest.mark.parametrize("name, line, hit", [
    # https://github.com/kijai/ComfyUI-SUPIR/issues/167
    ("xformers_too_old", "    requires device with capability > (8, 0) but your GPU has capability (7, 5) (too old)", True),
    ("xformers_unbuilt", "    xFormers wasn't build with CUDA support", True),
    # https://github.com/DepthAnything/Depth-Anything-V2/issues/274 (an RTX 40: FlashAttention 3's (9, 0) minimum, not this)
    ("xformers_too_old", "    requires device with capability > (9, 0) but your GPU has capability (8, 9) (too old)", False),
    # https://github.com/cswry/VOSR/issues/5 (RTX 5090: too new, not too old)
    ("xformers_too_old", "requires device with capability <= (9, 0) but your GPU has capability (12, 0) (too new)", False),
])
def test_xformers_reasons(name: str, line: str, hit: bool, signature_hit) -> None:
    assert bool(signature_hit("old-gpu-xformers-evidence", name, line)) is hit
