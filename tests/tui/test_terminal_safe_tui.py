"""Titles, explanations, remedy texts and commands reach the TUI escaped, as evidence values
do (gpufix.ui_strings.terminal_safe): a diagnosis's text can carry a pasted log's capture
(`match.*`), and an escape sequence in it would retitle or clear the user's terminal."""
from __future__ import annotations

from gpufix.diagnosis import Diagnosis, Remedy, Step
from gpufix.tui.app import make_app

from .conftest import provider_for, screen_text, settle  # noqa: F401 (importlib mode)

SIZE = (100, 30)
# An OSC title change and a clear-screen, as a hostile or garbled log line would carry them.
TITLE = "Driver \x1b]0;pwned\x07too old"
EXPLANATION = "Seen in the log: \x1b[2Jfound version 10020."
STEP = "Run \x1b[31mthis\x1b[0m again."


def _with_hostile_finding(collected, lang):
    from gpufix.core.pipeline import analyse

    outcome = analyse(collected, lang)
    hostile = Diagnosis("x-hostile", TITLE, "error", "setup", EXPLANATION,
                        remedies=(Remedy("Fix \x1b[5mit", (Step(STEP, ("echo", "\x1b[2J"), ("cuda-alloc",)),)),))
    outcome.diagnoses = [hostile, *outcome.diagnoses]
    return outcome


async def test_titles_explanations_and_steps_are_shown_escaped() -> None:
    app = make_app(provider_for("cpu-wheel"), analyse=_with_hostile_finding, animate=False, clock=lambda: 0.0,
                   verifier=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        summary = screen_text(app)
        assert "Driver \\x1b]0;pwned\\x07too old" in summary and "\x1b" not in summary and "\x07" not in summary
        await pilot.press("enter")  # the findings, the hostile one first and shown in full
        await settle(pilot)
        findings = screen_text(app)
        assert "\\x1b[2Jfound version 10020" in findings and "Run \\x1b[31mthis\\x1b[0m again." in findings
        assert "\x1b" not in findings
        await pilot.press("enter")  # its remedy, step by step
        await settle(pilot)
        remedy = screen_text(app)
        assert "Fix \\x1b[5mit" in remedy and "echo '\\x1b[2J'" in remedy.replace('"', "'")
        assert "\x1b" not in remedy
