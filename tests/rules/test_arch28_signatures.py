"""Session 28's readings for gpu-arch-unsupported: a GPU generation said to need a newer CUDA, support for an architecture
asked for, the retyped "no kernal image", and the Pascal
mining cards in the knowledge base. Each line is verbatim from the thread named; the near misses stay quiet."""
from __future__ import annotations

import pytest

from gpufix.core.corpus import diagnose_text
from gpufix.engine.api import load_rules

RULES = load_rules()


@pytest.mark.parametrize("line, source", [
    # katerakelly/oyster#11 (maintainer moved the env to CUDA 10)
    ("It seems RTX 2080 Ti is a Turing GPU, which need CUDA 10 to work. It probably works well on other machines though.",
     "katerakelly/oyster#11"),
    ("Turing GPUs (compute capability 7.5) require CUDA10 to work properly.", "pytorch/pytorch#21468"),
    ("RTX 2080Ti  cannot run with pytorch 0.4.1_cuda9.2_cudnn7.1.4? I find I can run my device on cuda10",
     "pytorch/pytorch#28752"),
    ("The 5070Ti cannot work with CUDA 11.8 and the corresponding Torch; it requires Torch 12.8 nightly",
     "graphdeco-inria/diff-gaussian-rasterization#97"),
])
def test_a_generation_or_model_said_to_need_a_newer_cuda(line: str, source: str, signature_hit) -> None:
    assert signature_hit("gpu-arch-unsupported-said-evidence", "gpu_needs_newer_cuda", line), source


@pytest.mark.parametrize("line", [
    "my 3060 only supports up to CUDA 11.6",          # the driver's ceiling, not a floor
    "The Turing test needs no GPU at all",            # not a GPU generation with a CUDA
    "RTX 3090 cannot run with 8GB of system memory",  # no CUDA named
])
def test_other_words_are_not_a_cuda_floor(line: str, signature_hit) -> None:
    assert not signature_hit("gpu-arch-unsupported-said-evidence", "gpu_needs_newer_cuda", line)


@pytest.mark.parametrize("line, source", [
    ("目前lmdeploy无法在sm60级别的n卡 P100上运行", "InternLM/lmdeploy#2322"),
    ("请求项目组增加适配SM60的N卡支持，我可以提供sm60的N卡设备环境", "InternLM/lmdeploy#2322"),
    ("Will support for sm_120 be included in upcoming builds?", "pytorch/pytorch#166060"),
    ("Could you add sm_120 support or provide a workaround?", "thu-ml/SageAttention#291 (the guard keeps it quiet there)"),
])
def test_support_for_an_architecture_asked_for(line: str, source: str, signature_hit) -> None:
    assert signature_hit("gpu-arch-unsupported-said-evidence", "sm_not_supported_prose", line), source


@pytest.mark.parametrize("line", [
    "sm_120 support was added in torch 2.7",
    "I compiled it with support for sm_86 and it runs",
    # woct0rdho/SageAttention#30: SageAttention's own refusal, gpu-too-old-for-feature's
    "I was wondering if it would be possible to add support for the sm75 architecture in a future release of SageAttention.",
])
def test_support_already_there_is_not_asked_for(line: str, signature_hit) -> None:
    assert not signature_hit("gpu-arch-unsupported-said-evidence", "sm_not_supported_prose", line)


def test_the_retyped_no_kernel_image(signature_hit) -> None:
    # jantic/DeOldify#362
    assert signature_hit("gpu-arch-unsupported", "no_kernel", "CUDA error: no kernal image is available for excution on the device")


def _facts(text: str) -> dict:
    out = diagnose_text(text, RULES)
    fb = out.log.facts if getattr(out, "log", None) else out.facts
    return {f.name: f.value for f in fb if f.status == "ok"}


@pytest.mark.parametrize("text, source", [
    ("Palit p104-100 4gb not working in ubuntu 16.04 lts.", "OhGodACompany/OhGodAnETHlargementPill#14"),
    ("| NVIDIA P106-100 | 4.46 | 4.36 | 2.30 | N/A | **实体机** | **denouement-alpha** |", "zzc0721/torch-performance-test-data#59"),
    ("## 设备信息\n- 设备名称：NVIDIA P106-100\n- PyTorch版本：torch270cu128\n", "zzc0721/torch-performance-test-data#59"),
])
def test_the_pascal_mining_cards_are_compute_capability_6_1(text: str, source: str) -> None:
    assert _facts(text).get("compat.gpu_sm") == ["sm_61"], source
