"""The arch/driver families (gpu-arch-unsupported, driver-older-than-runtime) read real reporters' own words,
not one thread's; the near misses stay quiet. Each line is verbatim from the report named. One RuleSet is
compiled for the module (the end-to-end cases go through the real pipeline)."""
from __future__ import annotations

import pytest

from gpufix.core.corpus import diagnose_text
from gpufix.engine.api import load_rules

RULES = load_rules()


@pytest.mark.parametrize("line, source", [
    ("RUN pip install torch==2.5.1 -i https://download.pytorch.org/whl/cu124 版本不支持50系显卡，需要更新到nightly",
     "Yuliang-Liu/MonkeyOCR#90"),
    ("the cu121 wheel does not support my 5090", "(prose)"),
    ("torch 2.5 doesn't support the RTX 50 series", "(prose)"),
])
def test_the_verdict_naming_a_generation(line: str, source: str, signature_hit) -> None:
    assert signature_hit("gpu-arch-unsupported-said-evidence", "torch_not_support_generation", line), source


@pytest.mark.parametrize("line", [
    "请问是不是不支持AMD显卡？我是AMD 6600XT",  # zai-org/ChatGLM2-6B#426: an AMD card, no GeForce generation
    "torch does not support Python 3.13 yet",
    "The NVIDIA driver 5090 is not supported",
])
def test_a_verdict_about_something_else_is_not_it(line: str, signature_hit) -> None:
    assert not signature_hit("gpu-arch-unsupported-said-evidence", "torch_not_support_generation", line)


@pytest.mark.parametrize("line, source", [
    ("maybe the older version of the pytorch library does not support the graphics card", "stylegan3-editing#12"),
    ("And the wheel version is too low too.", "azuwis/pianotrans#5"),
])
def test_the_verdict_pointing_at_the_gpu(line: str, source: str, signature_hit) -> None:
    assert signature_hit("gpu-arch-unsupported-said-evidence", "torch_not_support_gpu", line), source


@pytest.mark.parametrize("name, line, source", [
    ("needs_cuda_ge", "does this project only support torch 2.0 and CUDA >= 11.8?", "so-vits-svc-fork#400"),
    ("needs_cuda_above", "可以使用GPU加速吗，还是必须要CUDA12.1以上？", "MinerU#1026"),
    ("needs_cuda_above", "目前mineru的采用12.1的cuda环境无法运行。", "MinerU#1242"),
    ("needs_cuda_said", "this build requires CUDA 12.8", "(prose)"),
])
def test_the_cuda_the_software_needs(name: str, line: str, source: str, signature_hit) -> None:
    assert signature_hit("driver-older-than-runtime", name, line), source


def _top(text: str) -> str | None:
    found = [d.id for d in diagnose_text(text, RULES).diagnoses]
    return found[0] if found else None


def test_a_driver_below_the_needed_cuda_major_is_too_old_and_the_same_major_is_not() -> None:
    older = "NVIDIA-SMI 510.54       Driver Version: 510.54       CUDA Version: 11.6\n还是必须要CUDA12.1以上？"
    same_major = "nvidia-smi为525.147.05，最高支持cuda12.0。\n目前mineru的采用12.1的cuda环境无法运行。"
    assert _top(older) == "driver-older-than-runtime"
    assert _top(same_major) != "driver-older-than-runtime"  # minor-version compatibility


def test_a_verdict_with_a_gpu_named_elsewhere_names_the_arch() -> None:
    text = "Its computer GPU is RTX2060 and mine is RTX3070TI.\nAnd the wheel version is too low too.\n" \
           "It can't work on a computer with RTX30 series."
    assert _top(text) == "gpu-arch-unsupported"
    assert _top("And the wheel version is too low too.") is None  # no GPU known: nothing to compare


@pytest.mark.parametrize("line, source", [
    ("modprobe: FATAL: Module nvidia not found in directory /lib/modules/5.17.5-76051705-generic", "pop-os/pop#2369"),
    ("modprobe: FATAL: Module nvidia-uvm not found.", "NVIDIA/nvidia-docker#365"),
])
def test_no_module_for_the_running_kernel_is_a_driver_not_loaded(line: str, source: str, signature_hit) -> None:
    assert signature_hit("no-driver", "driver_not_loaded", line), source
    assert _top(line) == "no-driver"


def test_the_mismatch_written_as_an_address_is_the_mismatch(signature_hit) -> None:
    line = "I got an error stated in https://stackoverflow.com/questions/43022843/nvidia-nvml-driver-library-version-mismatch"
    assert signature_hit("driver-library-mismatch", "mismatch", line)  # NVIDIA/deepops#1186
