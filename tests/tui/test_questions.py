"""Pilot test of the differential: a pasted symptom opens the questions screen, and each answer
(a pasted command output) narrows the causes until one stands."""
from __future__ import annotations

import sys

from gpufix.core.outcome import Collected
from gpufix.facts import FactBase
from gpufix.tui.app import make_app
from gpufix.tui.screens.questions import QuestionsScreen
from gpufix.tui.widgets.area_summary import AreaSummary  # noqa: F401 - the summary screen the scan ends on

from .conftest import screen_text, settle  # noqa: F401 (importlib mode)

SIZE = (100, 40)
# Verbatim from https://github.com/wentaozhu/DeepLung/issues/1 (jjqtony's comment): the error,
# and the reporter's nvidia-smi table (Processes block cut), as in tests/fixtures/cuda-unavailable--*.
ERROR = "RuntimeError: cuda runtime error (38) : no CUDA-capable device is detected at torch/csrc/cuda/Module.cpp:81\n"
NVIDIA_SMI = """\
+-----------------------------------------------------------------------------+
| NVIDIA-SMI 384.69                 Driver Version: 384.69                    |
|-------------------------------+----------------------+----------------------+
| GPU  Name        Persistence-M| Bus-Id        Disp.A | Volatile Uncorr. ECC |
| Fan  Temp  Perf  Pwr:Usage/Cap|         Memory-Usage | GPU-Util  Compute M. |
|===============================+======================+======================|
|   0  GeForce GTX 1070    Off  | 00000000:01:00.0  On |                  N/A |
| 35%   39C    P8    12W / 160W |     99MiB /  8110MiB |      0%      Default |
+-------------------------------+----------------------+----------------------+
"""


def _nothing_probed(progress=None, on_static=None) -> Collected:
    # As `gpufix --no-probe`: the pasted text is all there is.
    return Collected(FactBase(), [], None, sys.executable, "none", phases=())


def _open(screen: QuestionsScreen) -> list[str]:
    return [h.id for d in screen.outcome.differentials for h in d.open]


async def _paste(pilot, text: str) -> None:
    area = pilot.app.screen.query_one("TextArea")
    area.text = text  # what a terminal paste leaves in the box
    await pilot.press("ctrl+r")
    await settle(pilot)


async def test_answering_a_question_narrows_the_differential_until_one_cause_stands() -> None:
    app = make_app(_nothing_probed, animate=False, clock=lambda: 0.0, verifier=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await _paste(pilot, ERROR)
        screen = app.screen
        assert isinstance(screen, QuestionsScreen)
        assert _open(screen) == ["cpu-build", "no-driver", "no-gpu", "driver-too-old", "hidden-devices",
                                 "other-interpreter"]
        assert screen.question.id == "nvidia-smi"
        text = screen_text(app)
        assert "No working NVIDIA driver" in text and "nvidia-smi" in text

        await _paste(pilot, NVIDIA_SMI)  # the driver answers and lists a GTX 1070
        assert _open(screen) == ["cpu-build", "driver-too-old", "hidden-devices", "other-interpreter"]
        assert screen.question.id == "torch-build"
        text = screen_text(app)
        assert "[✗] No working NVIDIA driver" in text and "the NVIDIA driver answers" in text

        await _paste(pilot, "0.3.1 8.0.61\n")  # a CUDA build: not the CPU-only one
        assert _open(screen) == ["driver-too-old", "hidden-devices", "other-interpreter"]
        assert screen.question.id == "visible-devices"

        await _paste(pilot, "None\n")  # CUDA_VISIBLE_DEVICES not set
        assert _open(screen) == ["driver-too-old", "other-interpreter"]
        assert screen.question.id == "where-python"

        await _paste(pilot, "$ which -a python\n/usr/bin/python\n")  # one python on PATH: the terminal runs it
        assert _open(screen) == ["driver-too-old"]
        assert screen.question is None
        # Left standing, but nothing speaks for it: the screen does not claim it is proved.
        assert ("Only one known cause is left: The driver is too old for this torch's CUDA; nothing confirms it yet."
                in " ".join(screen_text(app).split()))


async def test_a_bad_paste_says_what_was_expected_and_changes_nothing() -> None:
    app = make_app(_nothing_probed, animate=False, clock=lambda: 0.0, verifier=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await _paste(pilot, ERROR)
        screen = app.screen
        await _paste(pilot, "hello\n")
        assert screen.question.id == "nvidia-smi"
        assert "does not look like nvidia-smi's output" in " ".join(screen_text(app).split())


# Verbatim from https://github.com/649453932/Bert-Chinese-Text-Classification-Pytorch/issues/156
# (as tests/fixtures/gpu-slow--bert-chinese-cpu-torch-zh): training crawls, the GPU at 2 %.
SLOW = ("em其实不是他不动，而是训练时间太长了。第二个epoch大概训练了1h...看了以下代码，感觉build_iterator的时候已经把数据放到"
        "GPU里面了，但是train的时候速度还是很慢，并且查看GPU利用率只有2%，很明显是没有用上GPU。想请教一下大佬需要怎么更改代码能？\n")


async def test_a_slow_gpu_narrows_by_a_pasted_output_and_a_choice() -> None:
    app = make_app(_nothing_probed, animate=False, clock=lambda: 0.0, verifier=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await _paste(pilot, SLOW)
        screen = app.screen
        assert isinstance(screen, QuestionsScreen)
        assert len(_open(screen)) == 9 and screen.question.id == "torch-cuda"
        await _paste(pilot, "2.4.1+cu121 12.1 True\n")  # a CUDA build that sees the GPU
        assert "cpu-build" not in _open(screen) and "gpu-not-visible" not in _open(screen)
        assert screen.question.id == "gpu-util-during-run"
        await _paste(pilot, NVIDIA_SMI.replace("|      0%      Default |", "|     37%      Default |"))
        assert _open(screen)[0] == "input-bound"  # the GPU partly busy: waiting for data leads
        assert screen.question.id == "slow-phase"
        await pilot.press("down", "enter")  # "Every step": not the warm-up
        await settle(pilot)
        assert "warm-up" not in _open(screen)
        assert "[✗]" in screen_text(app)
