"""Session 29's readings for gpu-arch-unsupported and rocm-gfx-unsupported: PaddlePaddle's own no-kernel error read as
Paddle's build, the last line of torch's sm_XX warning, the Fermi and Tesla-architecture rows of the GPU table, and ROCm
support asked about by the card's name. Each line is verbatim from the thread or source named; the near misses stay quiet."""
from __future__ import annotations

import pytest

from gpufix.core.corpus import diagnose_text
from gpufix.engine.api import load_rules

RULES = load_rules()


def _facts(text: str) -> dict:
    out = diagnose_text(text, RULES)
    fb = out.log.facts if getattr(out, "log", None) else out.facts
    return {f.name: f.value for f in fb if f.status == "ok"}


def _ids(text: str) -> list[str]:
    return [d.id for d in diagnose_text(text, RULES).diagnoses]


def _fired(text: str) -> set[str]:
    """Every rule that fired, derive rules included."""
    return set(diagnose_text(text, RULES).evaluation.fired_ids)


@pytest.mark.parametrize("line, source", [
    ("OSError: (External) CUDA error(209), no kernel image is available for execution on the device.",
     "PaddlePaddle/PaddleOCR#13119, PaddlePaddle/PaddleX#4682"),
    ("  [Hint: 'cudaErrorNoKernelImageForDevice'. This indicates that there is no kernel image available that is suitable "
     "for the device.", "PaddlePaddle/PaddleX#4682"),
    (":parallel_for failed: cudaErrorNoKernelImageForDevice: no kernel image is available for execution on the device. "
     "(at /paddle/paddle/fluid/imperative/tracer.cc:192)", "PaddlePaddle/Paddle#35632, PaddlePaddle/PaddleOCR#5098"),
    (":parallel_for failed: cudaErrorNoKernelImageForDevice: no kernel image is available for execution on the device. "
     "(at ..\\paddle\\fluid\\imperative\\tracer.cc:307)", "PaddlePaddle/PaddleOCR#8243 (Quadro M1000M, post116)"),
])
def test_paddles_own_no_kernel_error(line: str, source: str, signature_hit) -> None:
    assert signature_hit("paddle-arch-gap-evidence", "paddle_no_kernel", line), source


@pytest.mark.parametrize("line", [
    # PaddlePaddle/PaddleNLP#1238: Paddle's wording with another CUDA error
    "OSError: (External)  Cuda error(700), an illegal memory access was encountered.",
    # PaddlePaddle/Paddle#49897
    "ExternalError: CUDA error(700), an illegal memory access was encountered.",
    # torch's own wording (PaddlePaddle/PaddleFormers#2056 has torch working beside Paddle)
    "RuntimeError: CUDA error: no kernel image is available for execution on the device",
])
def test_other_cuda_errors_are_not_paddles_no_kernel(line: str, signature_hit) -> None:
    assert not signature_hit("paddle-arch-gap-evidence", "paddle_no_kernel", line)


def test_paddles_209_fires_with_paddles_build_named() -> None:
    # PaddlePaddle/PaddleOCR#13119 (the title): before session 29 a near miss ("not torch's build")
    text = "OSError: (External) CUDA error(209), no kernel image is available for execution on the device.\n"
    assert {"paddle-arch-gap-evidence", "gpu-arch-unsupported"} <= _fired(text)


@pytest.mark.parametrize("line, source", [
    ("If you want to use the NVIDIA GeForce RTX 3060 Laptop GPU GPU with PyTorch, please check the instructions at "
     "https://pytorch.org/get-started/locally/", "cloveranon/Clover-Edition#159"),
    ("If you want to use the NVIDIA GeForce RTX 3080 Laptop GPU GPU with PyTorch, please check the instructions at "
     "https://pytorch.org/get-started/locally/", "meituan/YOLOv6#350"),
    ("If you want to use the GeForce RTX 3070 GPU with PyTorch, please check the instructions at "
     "https://pytorch.org/get-started/locally/", "CorentinJ/Real-Time-Voice-Cloning#584"),
])
def test_the_last_line_of_torchs_sm_warning(line: str, source: str, signature_hit) -> None:
    # torch/cuda/__init__.py, _check_cubins: incompatible_device_warn's last line
    assert signature_hit("gpu-arch-unsupported", "supported_list", line), source


@pytest.mark.parametrize("line", [
    # READMEs' own advice (read through the code index): no GPU name, no "GPU with PyTorch, please check the instructions"
    "The PyTorch downloads above are for the CPU version only. If you want to use the GPU version of PyTorch, you have to "
    "find the download command for the corresponding version in the link.",
    "One important thing to be aware of is that if you want to use the GPU version of pytorch, please install pytorch first",
])
def test_install_advice_is_not_torchs_warning(line: str, signature_hit) -> None:
    assert not signature_hit("gpu-arch-unsupported", "supported_list", line)


@pytest.mark.parametrize("text, sm, source", [
    ("GPU models and configuration: GPU 0: GeForce 210\n", "sm_12", "pytorch/pytorch#31876 (maintainer: not supported)"),
    ("Found 1 GPUs available. Using GPU 0 (GeForce GT 630M) of compute capability 2.1 with 2.1Gb total memory.\n", "sm_21",
     "pytorch/pytorch#36315"),
    ("GPU: NVIDIA GeForce GTX 260\n", "sm_13", "Wikipedia's CUDA table (GT200, 1.3)"),
    ("GPU: NVIDIA GeForce GT 520M\n", "sm_21", "Wikipedia's CUDA table (2.1)"),
])
def test_fermi_and_tesla_architecture_names(text: str, sm: str, source: str) -> None:
    facts = _facts(text)
    assert facts.get("compat.gpu_sm") == [sm], source
    assert facts.get("compat.gpu_arch_supported") is False, source


@pytest.mark.parametrize("text, sm", [
    ("GPU: NVIDIA GeForce RTX 2060\n", "sm_75"),      # not the GTX 260 row
    ("GPU: NVIDIA GeForce GTX 1060\n", "sm_61"),      # not the Tesla C1060 row
    ("GPU: NVIDIA Quadro RTX 6000\n", "sm_75"),       # not the Fermi Quadro 6000 row
    ("GPU: NVIDIA Quadro P4000\n", "sm_61"),          # not the Fermi Quadro 4000 row
    ("GPU: NVIDIA GeForce GT 640M\n", "sm_30"),       # Kepler, not the Fermi GT 6xxM row
])
def test_newer_names_keep_their_rows(text: str, sm: str) -> None:
    assert _facts(text).get("compat.gpu_sm") == [sm]


@pytest.mark.parametrize("text, source", [
    ("Is there any GFX8 GPU is supported in ROCm 4.5? Like AMD Radeon RX 580 or any other one?\n",
     "ROCm/legacy-rocm-build#1695 (ROCmSupport: ROCm does not support gfx8 anymore)"),
    ("| CPU      | RX 480             |\n| ROCm     | 4.1.1      |\nWhich combination of rocm and pytorch does work with a 480?\n",
     "xuhuisheng/rocm-build#8"),
    ("my laptop graphics card is RX 560 (Polaris 21)...Does ROCm supported it ?..And which version are you suggest ?\n",
     "xuhuisheng/rocm-gfx803#22"),
])
def test_support_asked_about_by_the_cards_name(text: str, source: str) -> None:
    assert "rocm-gfx-said-unsupported" in _fired(text), source


@pytest.mark.parametrize("text", [
    # ROCm/hip#337: the GPU never reached (the video group owning /dev/kfd), not its target
    "error: 'hipErrorInvalidDevice'(1010) at square.cpp:60\nGPU: AMD Radeon RX 580\n"
    "Any idea on what could be wrong? Is my GPU model not supported by HIP?\n",
    # ROCm/legacy-rocm-build#5069: an override already tried (rocm-hsa-override-wrong-arch's)
    "I have to override it to `gfx1030`. When I use `os.environ['HSA_OVERRIDE_GFX_VERSION'] = '10.3.0'` ...\n"
    "Is there any way to assign GFX overrides to a specific GPU, or can the RX 6600 be permanently overridden?\n",
    # ROCm/legacy-rocm-build#1539: an RX 6800 XT (gfx1030, a listed target)
    "I have two computers, both have AMD graphic cards: RX6800XT, 5500M.\nDoes the coming ROCm 4.3 support these GPUs?\n",
])
def test_other_questions_are_not_an_unlisted_target(text: str) -> None:
    assert "rocm-gfx-said-unsupported" not in _fired(text)
