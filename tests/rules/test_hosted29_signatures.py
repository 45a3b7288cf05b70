"""no-nvidia-gpu on a hosted notebook (session 29): Google Colab's own words for a session without a GPU runtime.

Colab refuses a GPU runtime with a dialog: "Failed to assign a backend / No backend with GPU available. Would you like to use
a runtime with no accelerator?" (2018-2024, Chinese UI "无法使用带有 GPU 的后端。要使用不带加速器的运行时吗？") and, since 2020,
"Cannot connect to GPU backend / You cannot currently connect to a GPU due to usage limits in Colab". The session then has no
GPU at all (no-nvidia-gpu-evidence's colab_no_gpu_backend). Its warning "You are connected to a GPU runtime, but not utilizing
the GPU" is the near miss: a GPU IS attached (colab_gpu_attached keeps the hosted reading quiet)."""
from __future__ import annotations

import pytest

from gpufix.core.corpus import diagnose_text
from gpufix.engine.api import load_rules

RULES = load_rules()

EV = "no-nvidia-gpu-evidence"

NO_GPU_BACKEND_FIRES = [
    # seen: https://github.com/googlecolab/colabtools/issues/239 (the dialog's two lines, pasted as one)
    'Error message: " No backend with GPU available. Would you like to use a runtime with no accelerator?"',
    # seen: https://github.com/googlecolab/colabtools/issues/2519 (its title)
    "Failed to assign a backend No backend with GPU available. Would you like to use a runtime with no accelerator?",
    # seen: https://github.com/googlecolab/colabtools/issues/985 (Colab's Chinese UI)
    "无法使用带有 GPU 的后端。要使用不带加速器的运行时吗？",
    # seen: https://github.com/googlecolab/colabtools/issues/1438
    '- Describe the current behavior: Receiving this message "Cannot connect to GPU backend',
    # seen: https://github.com/googlecolab/colabtools/issues/1523 (the dialog's second line alone)
    "You cannot currently connect to a GPU due to usage limits in Colab. What's happened?",
    # seen: https://github.com/HenriquesLab/ZeroCostDL4Mic/issues/239 (another wording of the same dialog)
    "\"Unable to connect to GPU backend. You are currently unable to connect to a GPU due to Colab's usage limits.\"",
    # seen: https://github.com/googlecolab/colabtools/issues/3639 (its title)
    '"Cannot connect to GPU backend" everytime I try to connect since few days.',
]

NO_GPU_BACKEND_QUIET = [
    # no runtime at all, GPU or not (seen: https://github.com/googlecolab/colabtools/issues/968)
    "Sorry, no backends available. Please try again later.",
    # seen: https://github.com/googlecolab/colabtools/issues/5863 (a location restriction, any runtime)
    "Sorry we are unable to connect your backend. This may be restriction in your locations.",
    # the near miss: a GPU attached and idle (seen: https://github.com/googlecolab/colabtools/issues/1829)
    '- Describe the current behavior: Experiencing the warning: "Warning: you are connected to a GPU runtime, but not utilizing the GPU."',
    # torch's own words on such a VM are read elsewhere (seen: https://github.com/googlecolab/colabtools/issues/3495)
    '"No CUDA GPUs are available" while using "DefaultPredictor(cfg)"',
]

GPU_ATTACHED_FIRES = [
    # seen: https://github.com/googlecolab/colabtools/issues/1829
    '"Warning: you are connected to a GPU runtime, but not utilizing the GPU."',
    # seen: https://github.com/k4yt3x/video2x/issues/961 (its title)
    '"You are connected to a GPU runtime, but not utilizing the GPU" - colab issue?',
    # seen: https://github.com/Plachtaa/VITS-fast-fine-tuning/issues/554 (Colab's Chinese UI)
    "你好，请问警告：您目前连接的是 GPU 运行时，但是没有使用 GPU。  这个是啥问题",
]

GPU_ATTACHED_QUIET = [
    # the refusal itself (seen: https://github.com/googlecolab/colabtools/issues/1404)
    "I am using Google colab free, but I met an error: Cannot connect to GPU backend.",
    # a GPU runtime said by the user, not Colab's warning (seen: https://github.com/googlecolab/colabtools/issues/930)
    "GPU should be available for use with runtime=GPU",
]


@pytest.mark.parametrize("line", NO_GPU_BACKEND_FIRES)
def test_colab_no_gpu_backend_fires(signature_hit, line):
    assert signature_hit(EV, "colab_no_gpu_backend", line)
    assert signature_hit("no-nvidia-gpu", "colab_no_gpu_backend", line)


@pytest.mark.parametrize("line", NO_GPU_BACKEND_QUIET)
def test_colab_no_gpu_backend_quiet(signature_hit, line):
    assert not signature_hit(EV, "colab_no_gpu_backend", line)
    assert not signature_hit("no-nvidia-gpu", "colab_no_gpu_backend", line)


@pytest.mark.parametrize("line", GPU_ATTACHED_FIRES)
def test_colab_gpu_attached_fires(signature_hit, line):
    assert signature_hit(EV, "colab_gpu_attached", line)


@pytest.mark.parametrize("line", GPU_ATTACHED_QUIET)
def test_colab_gpu_attached_quiet(signature_hit, line):
    assert not signature_hit(EV, "colab_gpu_attached", line)


def _ids(text: str) -> list[str]:
    return [d.id for d in diagnose_text(text, RULES).diagnoses]


# A Colab notebook whose torch finds no CUDA device is read as a runtime without a GPU (the hosted reading, colabtools#482).
# Joined from the threads named: the lines a report of either kind holds.
NO_DEVICE = (
    "I am running the notebook on Colab\n"  # googlecolab/colabtools#1822
    "> assert torch.cuda.is_available() is returning False\n"  # googlecolab/colabtools#482
)


def test_hosted_reading_still_fires() -> None:
    assert "no-nvidia-gpu" in _ids(NO_DEVICE)


def test_colab_dialog_alone_fires() -> None:
    # googlecolab/colabtools#2519's title: Colab gave no GPU runtime, nothing else said
    assert "no-nvidia-gpu" in _ids("Failed to assign a backend No backend with GPU available. Would you like to use a runtime "
                                   "with no accelerator?\n")


def test_gpu_runtime_warning_keeps_the_hosted_reading_quiet() -> None:
    # Colab's own warning says a GPU is attached (googlecolab/colabtools#1829): is_available() False beside it is no missing GPU
    text = NO_DEVICE + 'Experiencing the warning: "Warning: you are connected to a GPU runtime, but not utilizing the GPU."\n'
    assert "no-nvidia-gpu" not in _ids(text)
