"""Pilot tests: a pasted log says which machine it describes, and its findings stay its own.

"This machine" is the recorded gpufix development machine (tests/fixtures/linux-nodriver-cpu-torch:
no NVIDIA driver, torch 2.13.0+cpu), replayed through the real probe parsers.
"""
from __future__ import annotations

from pathlib import Path

from gpufix.core.inputs import merge, replay_fixture
from gpufix.core.outcome import Collected
from gpufix.tui.app import make_app

from .conftest import screen_text, settle  # noqa: F401 (importlib mode)

SIZE = (80, 24)
THIS_MACHINE = Path(__file__).resolve().parents[1] / "fixtures" / "linux-nodriver-cpu-torch"
# Issue 10's first problem, the exact pasted line.
ISSUE_LINE = "RuntimeError: The NVIDIA driver on your system is too old (found version 10020)"


def flat(text: str) -> str:
    return " ".join(text.split())


def _this_machine(progress=None, on_static=None) -> Collected:
    results = replay_fixture(THIS_MACHINE)
    if progress is not None:
        for r in results:
            progress(r.name, "start", None)
            progress(r.name, "done", r)
    facts = merge(results)
    return Collected(facts, results, None, facts.value("python.executable") or "", "fixture", THIS_MACHINE)


def _app():
    return make_app(_this_machine, animate=False, clock=lambda: 0.0, verifier=None)


async def _paste(pilot, text: str) -> None:
    await settle(pilot)
    await pilot.press("l")
    pilot.app.screen.query_one("#log-text").insert(text)
    await pilot.press("ctrl+r")
    await settle(pilot)


async def test_the_issue_line_pasted_on_this_cpu_machine_shows_another_machine():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await _paste(pilot, ISSUE_LINE)
        assert type(app.screen).__name__ == "FindingsScreen"
        shown = flat(screen_text(app))
        assert ("Pasted log — another machine: line 1 is an error only a CUDA build of torch raises; "
                "this machine's torch is 2.13.0+cpu") in shown
        assert "From the pasted log" in shown  # the group heading
        selected = app.screen.selected()
        assert selected is not None and selected.id == "driver-older-than-runtime" and selected.machine == "log"
        assert "Installed: torch 2.13.0+cpu" not in shown and "2.13.0+cpu [" not in shown
        assert "log line 1" in shown  # the evidence says where it came from
        assert all("/tmp/dev" not in " ".join(s.command or ()) for r in selected.remedies for s in r.steps)


async def test_a_paste_with_no_known_error_still_says_which_machine():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await _paste(pilot, "PyTorch version: 2.4.1+cu121\nCUDA used to build PyTorch: 12.1\n"
                            "Is CUDA available: True\n")
        assert type(app.screen).__name__ == "PasteLogScreen"
        shown = flat(screen_text(app))
        assert "No known problem in this text." in shown
        assert "Pasted log — another machine: its torch 2.4.1+cu121 (line 1) is not this machine's 2.13.0+cpu" in shown
