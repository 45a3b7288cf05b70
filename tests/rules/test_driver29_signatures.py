"""Session 29 (driver): torch's "The NVIDIA driver on your system is too old" read when a line break cuts it (signatures read
one line): the head wrapped after "too", the number's line alone, or only the message's own later sentences, which torch
prints for this error only (c10/cuda/CUDAFunctions.cpp; torch/cuda/__init__.py's _check_driver before 1.5 breaks the lines
itself). And roop's issue template answered with a ticked non-NVIDIA GPU box, which keeps CUDA's 35 from being read as
an old driver (no-nvidia-gpu-stated). Each line is verbatim from the thread or paste named in its comment, or written to
show a boundary."""
from __future__ import annotations

import pytest

RULE = "driver-older-than-runtime"


@pytest.mark.parametrize("name, line", [
    # https://github.com/rikdz/GraphWriter/issues/6 (the pre-1.5 message, lines broken by torch)
    ("too_old", "Please update your GPU driver by downloading and installing a new"),
    ("too_old", "a PyTorch version that has been compiled with your version"),
    # https://github.com/wuhuikai/FastFCN/issues/37 (the same message pasted whole)
    ("too_old", "The NVIDIA driver on your system is too old (found version 9000)."),
    # https://github.com/ultralytics/yolov5/issues/2389 (torch 1.7's one-line form)
    ("too_old", "UserWarning: CUDA initialization: The NVIDIA driver on your system is too old (found version 10010). "
                "Please update your GPU driver by downloading and installing a new version from the URL: "
                "http://www.nvidia.com/Download/index.aspx Alternatively, go to: https://pytorch.org to install a PyTorch "
                "version that has been compiled with your version of the CUDA driver."),
    # soft-wrapped pastes of torch 2.x's warning in public deployment notes (RunPod pods on a 570 driver, a cu130 torch)
    ("too_old", "UserWarning: CUDA initialization: The NVIDIA driver on your system is too"),
    ("too_old_next_line", "old (found version 12080). Please update your GPU driver..."),
    ("too_old_next_line", "old (found version 12080)."),
])
def test_torch_too_old_message_cut_by_a_line_break(name: str, line: str, signature_hit) -> None:
    assert signature_hit(RULE, name, line)


@pytest.mark.parametrize("name, line", [
    # https://github.com/AbnerHqC/GaitSet/issues/95 (torch's other message from the same check: no driver at all)
    ("too_old", "Found no NVIDIA driver on your system. Please check that you"),
    ("too_old", "have an NVIDIA GPU and installed a driver from"),
    ("too_old", "http://www.nvidia.com/Download/index.aspx"),
    # written: prose that ends a line with "too" about something else, and "old" starting a line without torch's number
    ("too_old", "The GPU on my system is too"),
    ("too_old_next_line", "old (found it in the cupboard)"),
    # ZLUDA's INT_MAX (ten digits) is not a driver's CUDA version (the zluda signature keeps the rule quiet there)
    ("too_old_next_line", "old (found version 2147483647)"),
])
def test_lines_the_cut_message_readings_leave_alone(name: str, line: str, signature_hit) -> None:
    assert not signature_hit(RULE, name, line)


@pytest.mark.parametrize("line", [
    # https://github.com/C0untFloyd/roop-unleashed/issues/457 (Intel only; "Cuda provider is for Nvidia cards")
    "- [+] Intel",
    # https://github.com/C0untFloyd/roop-unleashed/issues/363 (CUDA failure 35; "you need DirectML")
    "- [ +] AMD",
    # https://github.com/C0untFloyd/roop-unleashed/issues/881
    "- [x] AMD",
    # https://github.com/C0untFloyd/roop-unleashed/issues/642 (a 7800xt)
    "- [X ] AMD",
    # https://github.com/C0untFloyd/roop-unleashed/issues/339
    "- [Y] AMD",
    # https://github.com/C0untFloyd/roop-unleashed/issues/348 (an RX 6600M)
    "- [*] AMD",
])
def test_roop_template_gpu_box_ticked_for_another_vendor(line: str, signature_hit) -> None:
    assert signature_hit("no-nvidia-gpu-stated", "template_gpu_ticked", line)


@pytest.mark.parametrize("line", [
    # https://github.com/C0untFloyd/roop-unleashed/issues/361 (an RTX 2060 ticked, the others not)
    "- [x] NVIDIA RTX 2060 12GB",
    "- [ ] AMD",
    "- [ ] Intel",
    # https://github.com/C0untFloyd/roop-unleashed/issues/329
    "- [ X] NVIDIA",
    # written: a CPU answer names more than the vendor
    "- [x] Intel i7-12700",
    "- [x] AMD Ryzen 9 5900X",
])
def test_template_lines_left_alone(line: str, signature_hit) -> None:
    assert not signature_hit("no-nvidia-gpu-stated", "template_gpu_ticked", line)
