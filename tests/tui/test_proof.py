"""Issue 10's walk-through, replayed: "fixed" only when proved, and the exit code counts pasted logs.

The machine is the recorded development machine (tests/fixtures/linux-nodriver-cpu-torch: no
NVIDIA driver, torch 2.13.0+cpu); the pasted text is the exact one from the issue. Rules,
knowledge base, engine, core and fix service are the real ones.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from gpufix.core.outcome import Request
from gpufix.core.pipeline import collect
from gpufix.tui.app import make_app

from .conftest import screen_text, settle  # noqa: F401 (importlib mode)

SIZE = (80, 24)
MACHINE = Path(__file__).resolve().parents[1] / "fixtures" / "linux-nodriver-cpu-torch"
# Pasted in the walk-through that issue 10 reports, word for word.
PASTED = "RuntimeError: The NVIDIA driver on your system is too old (found version 10020)"
TOO_OLD = "driver-older-than-runtime"


def flat(text: str) -> str:
    return " ".join(text.split())


def recorded_machine(progress=None, on_static=None):
    return collect(Request(fixture=MACHINE), progress)


def _app(recheck_same_inputs: bool):
    # recheck_same_inputs=True is `gpufix --fixture` (the re-check reads the recording again);
    # False is a live run (the re-check probes again, here the same recording).
    return make_app(recorded_machine, verifier=None, animate=False, clock=lambda: 0.0,
                    recheck_same_inputs=recheck_same_inputs)


async def paste(pilot, text: str) -> None:
    area = pilot.app.screen.query_one("#log-text")
    area.insert(text)
    await pilot.press("ctrl+r")
    await settle(pilot)


async def open_pasted_finding(pilot) -> None:
    await settle(pilot)
    assert pilot.app.outcome.exit_code == 0  # the machine alone: nothing wrong
    await pilot.press("l")
    await paste(pilot, PASTED)
    assert type(pilot.app.screen).__name__ == "FindingsScreen"
    assert pilot.app.screen.diagnoses[0].id == TOO_OLD
    await pilot.press("enter")
    assert type(pilot.app.screen).__name__ == "RemedyScreen"


@pytest.mark.parametrize("same_inputs", [True, False], ids=["fixture", "live"])
async def test_check_key_on_a_pasted_diagnosis_is_not_fixed(same_inputs):
    # Issue 10: pressing the check key without doing anything answered "[✓] Fixed: 'The NVIDIA
    # driver is too old…' no longer applies" on a machine with no driver: the re-check dropped
    # the pasted log, and every log-only diagnosis looked fixed.
    app = _app(same_inputs)
    async with app.run_test(size=SIZE) as pilot:
        await open_pasted_finding(pilot)
        remedy = app.screen
        assert remedy.session.plan.from_log
        await pilot.press("v")
        await settle(pilot)
        assert remedy.verdict.status == "rerun" and remedy.gone is None
        text = flat(screen_text(app))
        assert "Fixed" not in text
        assert "Cannot confirm from here" in text and "paste its new output (p)" in text
        assert "(p)" in text
        await pilot.press("escape", "q")  # back to the pasted findings, then quit
    assert app.return_value == 1  # the pasted error still stands


async def test_the_commands_new_output_decides():
    app = _app(True)
    async with app.run_test(size=SIZE) as pilot:
        await open_pasted_finding(pilot)
        remedy = app.screen
        # The same error again: the same rule on a log holds: still there.
        await pilot.press("p")
        assert type(app.screen).__name__ == "PasteLogScreen"
        assert "Paste the new output" in screen_text(app)
        await paste(pilot, PASTED)
        assert app.screen is remedy
        assert remedy.verdict.status == "still" and remedy.gone is False
        assert "[✗] Still there" in flat(screen_text(app))
        # Output without the error (what `python -c "import torch; print(torch.__version__,
        # torch.version.cuda)"` prints on this machine): the rule no longer holds on it.
        await pilot.press("p")
        await paste(pilot, "2.13.0+cpu None\n")
        assert remedy.verdict.status == "fixed" and remedy.gone is True
        assert f"[✓] Fixed: the new output no longer shows '{remedy.diagnosis.title}'." in flat(screen_text(app))
        await pilot.press("escape", "q")
    assert app.return_value == 0  # the pasted diagnosis was proved gone; the machine has none


async def test_quitting_after_a_pasted_error_exits_nonzero():
    # Issue 10: quitting after a pasted error exited 0 (the code looked at this machine only).
    app = _app(True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await paste(pilot, PASTED)
        assert type(app.screen).__name__ == "FindingsScreen"
        await pilot.press("q")
    assert app.return_value == 1


async def test_the_paste_box_for_new_output_is_offered_only_for_log_diagnoses():
    # A finding of this machine (torch 2.2.2 stated next to the recorded NumPy 2.4.6) is
    # re-checked by probing; there is no output to paste.
    def machine(progress=None, on_static=None):
        return collect(Request(fixture=MACHINE, facts=("torch.version=2.2.2",)), progress)

    app = make_app(machine, verifier=None, animate=False, clock=lambda: 0.0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "enter")
        remedy = app.screen
        assert remedy.diagnosis.id == "numpy2-abi" and not remedy.session.plan.from_log
        assert remedy.check_action("paste_output", ()) is False
        await pilot.press("p")
        assert app.screen is remedy


async def test_a_log_given_at_start_counts_until_its_new_output_proves_it_gone():
    # `gpufix --fixture ... --log error.txt`: the log is part of the app's first outcome.
    def with_log_at_start(progress=None, on_static=None):
        return collect(Request(fixture=MACHINE, log_text=PASTED), progress)

    app = make_app(with_log_at_start, verifier=None, animate=False, clock=lambda: 0.0, recheck_same_inputs=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.outcome.diagnoses[0].id == TOO_OLD
        await pilot.press("enter", "enter")
        remedy = app.screen
        await pilot.press("v")
        await settle(pilot)
        assert remedy.verdict.status == "rerun"
        # The re-check read only the machine (no finding there), yet the log's finding stands.
        assert TOO_OLD not in {d.id for d in app.outcome.diagnoses}
        assert app.exit_code == 1
        await pilot.press("p")
        await paste(pilot, "2.13.0+cpu None\n")
        assert remedy.verdict.status == "fixed"
        await pilot.press("escape", "escape", "q")
    assert app.return_value == 0


def test_the_verdict_when_only_new_output_can_prove_a_fix():
    from gpufix.remedy import events as ev
    from gpufix.remedy import service as sv
    from gpufix.remedy.service import Recheck
    from gpufix.tui.screens.remedy import verdict_text

    said = verdict_text(Recheck(status=ev.RERUN, reason=sv.NEEDS_OUTPUT), "Paddle lacks kernels", "en")
    assert "no check gpufix runs" in said and "paste its new output (p)" in said and "pasted log" not in said
    assert "新的输出" in verdict_text(Recheck(status=ev.RERUN, reason=sv.NEEDS_OUTPUT), "X", "zh")
