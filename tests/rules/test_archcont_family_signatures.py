"""GPUs a build or a feature does not cover, and containers without the GPU runtime, in every wording their
threads show: NVIDIA's NGC containers refusing a GPU at start-up, the copied "GPUs with compute capability below
X are not supported" floor, xFormers' capability reason with either sign, and Docker 28+'s CDI answer to --gpus.
Each line is verbatim from the source named; the near misses stay quiet."""
from __future__ import annotations

import pytest

from gpufix.core.corpus import diagnose_text
from gpufix.engine.api import load_rules

RULES = load_rules()


def _found(text: str) -> list[str]:
    return [d.id for d in diagnose_text(text, RULES).diagnoses]


@pytest.mark.parametrize("line, source", [
    ("WARNING: Detected NVIDIA NVIDIA A100-PCIE-40GB GPU, which is not yet supported in this version of the container",
     "ChenRocks/UNITER#90"),
    ("WARNING: Detected NVIDIA GeForce RTX 3090 GPU, which is not yet supported in this version of the container",
     "WongKinYiu/ScaledYOLOv4#54 (NGC 20.06)"),
    ("triton-1         | WARNING: Detected NVIDIA NVIDIA GeForce RTX 4060 GPU, which is not yet supported in this "
     "version of the container", "fauxpilot/fauxpilot#248 (compose's service prefix)"),
    ("_WARNING: Detected NVIDIA NVIDIA GeForce RTX 4070 GPU, which is not yet supported in this version of the container "
     "ERROR: No supported GPU(s) detected to run this container_", "NVIDIA/nvidia-container-toolkit#472 (one line)"),
    ("WARNING: Detected NVIDIA NVIDIA GeForce RTX 4060 Laptop GPU GPU, which is not yet supported in this version of the "
     "container", "dusty-nv/jetson-inference#1814"),
    ('"ERROR: Detected NVIDIA Tesla K80 GPU, which is not supported by this container', "NVIDIA/DIGITS#1983 (2018)"),
])
def test_the_ngc_containers_start_up_check(line: str, source: str, signature_hit) -> None:
    m = signature_hit("gpu-arch-unsupported", "too_old", line)
    assert m and m.group("ngc_container_check"), source


@pytest.mark.parametrize("line", [
    # the container started without the GPU (container-started-without-gpus)
    "WARNING: The NVIDIA Driver was not detected.  GPU functionality will not be available.",
    # the host driver older than the container's CUDA (driver-older-than-runtime)
    "ERROR: This container was built for NVIDIA Driver Release 450.36 or later, but",
    # the closing line alone: also printed after the driver check found no GPU at all
    "ERROR: No supported GPU(s) detected to run this container",
])
def test_the_other_ngc_banners_are_not_it(line: str, signature_hit) -> None:
    assert not signature_hit("gpu-arch-unsupported", "too_old", line)


def test_an_ngc_banner_alone_names_the_build() -> None:
    # LianjiaTech/BELLE#320: the banner repeated once per GPU, nothing else
    text = ("WARNING: Detected NVIDIA NVIDIA GeForce RTX 4090 GPU, which is not yet supported in this version of the "
            "container\n" * 3 + "ERROR: No supported GPU(s) detected to run this container\n")
    found = _found(text)
    assert found and found[0] == "gpu-arch-unsupported"
    assert "container-started-without-gpus" not in found and "container-toolkit-missing" not in found


@pytest.mark.parametrize("line, source", [
    ("GPUs with compute capability below 7.0 are not supported.", "vllm setup.py"),
    ("GPUs with compute capability below 6.0 are not supported.", "a vllm fork's Pascal patch of setup.py"),
    ('"GPUs with compute capability < 8.0 are not supported."', "sgl-project/sglang#14116"),
])
def test_the_copied_capability_floor(line: str, source: str, signature_hit) -> None:
    assert signature_hit("gpu-too-old-for-feature", "vllm_bf16", line), source


def test_a_floor_that_is_not_a_capability_is_not_it(signature_hit) -> None:
    assert not signature_hit("gpu-too-old-for-feature", "vllm_bf16", "Python versions below 3.8 are not supported.")


@pytest.mark.parametrize("line, source", [
    ("    requires device with capability > (8, 0) but your GPU has capability (7, 5) (too old)",
     "deepseek-ai/DeepSeek-VL2#119"),
    ("requires device with capability >= (8, 0) but your GPU has capability (7, 5) (too old)",
     "xformers tests/test_mem_eff_attention.py's skip reason"),
])
def test_xformers_capability_reason_either_sign(line: str, source: str, signature_hit) -> None:
    # (session 29: read by old-gpu-xformers-evidence, only when xFormers' compiled part loaded)
    assert signature_hit("old-gpu-xformers-evidence", "xformers_too_old", line), source


@pytest.mark.parametrize("line", [
    # an Ampere card refused by FlashAttention 3's Hopper minimum: not too old for bf16
    "    requires device with capability > (9, 0) but your GPU has capability (8, 6) (too old)",
    # Blackwell refused by an xFormers build that predates it: not too old at all
    "    requires device with capability <= (9, 0) but your GPU has capability (12, 0) (too new)",
])
def test_xformers_reasons_that_are_not_a_pre_ampere_gpu(line: str, signature_hit) -> None:
    assert not signature_hit("old-gpu-xformers-evidence", "xformers_too_old", line)


def test_docker_28s_cdi_answer_is_the_missing_runtime(signature_hit) -> None:
    line = ("docker: Error response from daemon: failed to discover GPU vendor from CDI: no known GPU vendor found")
    assert signature_hit("container-toolkit-missing", "no_runtime", line)  # ShaneIsrael/fireshare#689



@pytest.mark.parametrize("line, source", [
    ("Flash attention only supports gpu architectures in the range [sm80, sm121]. Attempting to run on a sm 7.5 gpu.",
     "torch 2.7+ sdp_utils.cpp, quoted from a T4"),
    ("Flash attention only supports gpu architectures in the range [sm80, sm90]. Attempting to run on a sm 7.0 gpu.",
     "torch 2.1-2.6 sdp_utils.cpp"),
    ("Flash attention only supports gpu architectures in the range [sm75, sm90]. Attempting to run on a sm 6.1 gpu.",
     "torch 2.0 sdp_utils.cpp"),
])
def test_torchs_own_flash_attention_refusing_an_older_gpu(line: str, source: str, signature_hit) -> None:
    assert signature_hit("gpu-too-old-for-feature", "flash_sm_check", line), source


@pytest.mark.parametrize("line", [
    # a GPU above the range: a torch older than the GPU, not a GPU too old
    "Flash attention only supports gpu architectures in the range [sm80, sm90]. Attempting to run on a sm 12.0 gpu.",
    # torch 2.0 ran flash on Turing
    "Flash attention only supports gpu architectures in the range [sm75, sm90]. Attempting to run on a sm 7.5 gpu.",
])
def test_torchs_flash_range_with_a_gpu_it_covers_or_exceeds(line: str, signature_hit) -> None:
    assert not signature_hit("gpu-too-old-for-feature", "flash_sm_check", line)
