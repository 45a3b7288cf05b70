"""Pilot tests of the TUI's finish (issue 10 item 7): `?` lists every key, the title says the
state, the selected row is marked without colour, wrapped detail lines hang under their
bullet, and the walk-through's footer says how to quit."""
from __future__ import annotations

import io
import threading

from rich.console import Console

from gpufix.diagnosis import Diagnosis
from gpufix.tui.app import make_app
from gpufix.tui.screens.help import TEXTUAL_KEYS, HelpScreen
from gpufix.tui.widgets.finding_detail import render_diagnosis
from gpufix.ui_strings import t

from .conftest import DATA, provider_for, screen_text, settle  # noqa: F401 (importlib mode)
from .test_paste_machine import ISSUE_LINE, _paste
from .test_paste_machine import _app as _this_machine_app

SIZE = (80, 24)


def _two_findings(collected, lang):
    """The real analysis plus the tests' own rule (data/rules): two findings to move between."""
    from gpufix.core.pipeline import analyse

    outcome = analyse(collected, lang)
    outcome.diagnoses = outcome.diagnoses + analyse(collected, lang, rules=DATA / "rules").diagnoses
    return outcome


def _app(provider=None, **kw):
    return make_app(provider or provider_for("cpu-wheel"), animate=False, clock=lambda: 0.0, verifier=None, **kw)


def flat(text: str) -> str:
    return " ".join(text.split())


def _bindings(node):
    """Every binding on a node (its per-instance, translated copy), hidden ones included."""
    return [b for items in node._bindings.key_to_bindings.values() for b in items]


async def _help_lists_every_key(pilot, lang: str) -> None:
    app = pilot.app
    under = app.screen
    await pilot.press("question_mark")
    await pilot.pause()
    assert isinstance(app.screen, HelpScreen)
    shown = screen_text(app)
    own, app_keys = app.screen.rows()
    rows = own + app_keys
    # Read from the bindings themselves: each key of the screen's and the app's is on a row
    # (the app's q is shadowed by the screen's own q), and its words are translated.
    for b in _bindings(under) + _bindings(app):
        key = app.get_key_display(b)
        assert any(key in keys.split(" / ") for keys, _ in rows), key
        assert key in shown, key
        if b.description:
            assert b.description in {d for _, d in rows} or b.action.endswith(tuple(TEXTUAL_KEYS)), b
    for keys, description in rows:
        assert keys in shown and description in shown, (keys, description)
        assert not description.startswith("key."), description  # translated, never the internal key
    assert t("help.close", lang) in flat(shown)
    assert t("key.copy_text", lang) in shown and t("key.focus_next", lang) in shown  # Textual's own, translated


async def test_question_mark_lists_every_key_of_the_screen_and_the_app_and_closes():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for close in ("escape", "question_mark", "q"):
            await _help_lists_every_key(pilot, "en")
            shown = screen_text(app)
            for word in ("Findings", "Paste log", "Probe details", "Quit", "Questions", "Keys"):
                assert word in shown, word
            await pilot.press(close)
            await pilot.pause()
            assert type(app.screen).__name__ == "ScanScreen"  # closed; q did not quit the app
        assert app.is_running
        await pilot.press("enter")
        await settle(pilot)
        await _help_lists_every_key(pilot, "en")
        assert "Walk through fix" in screen_text(app)
        assert "esc / s" in screen_text(app)  # one action, its two keys on one row


async def test_help_in_chinese():
    app = _app(lang="zh")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _help_lists_every_key(pilot, "zh")
        assert "退出" in screen_text(app) and "按键" in screen_text(app)


async def test_title_says_checking_then_how_many_problems():
    gate = threading.Event()
    real = provider_for("cpu-wheel")

    def slow(progress=None, on_static=None):
        gate.wait(10)
        return real(progress)

    app = _app(slow)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "gpufix — Checking…" in screen_text(app)
        gate.set()
        await settle(pilot)
        problems = [d for d in app.outcome.diagnoses if d.severity in ("error", "warning")]
        assert problems  # the cpu-wheel case has an error
        expected = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
        assert f"gpufix — {expected}" in screen_text(app)
        assert "Checking" not in screen_text(app)
        assert app.screen.title == expected


async def test_title_in_chinese_and_with_nothing_found():
    app = _app(lang="zh")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        n = sum(d.severity in ("error", "warning") for d in app.outcome.diagnoses)
        assert f"发现 {n} 个问题" in screen_text(app)
    app = _app(analyse=lambda collected, lang: _no_findings(collected, lang, symptoms=False))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "gpufix — No problems found" in screen_text(app)
    # The case's facts (stated by the user) raise "torch does not see a CUDA GPU": with no finding
    # to explain it, the title does not say "No problems found" and the app exits 3.
    app = _app(analyse=lambda collected, lang: _no_findings(collected, lang, symptoms=True))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "gpufix — 1 symptom(s), cause not settled: answer the questions (a)" in screen_text(app)
        await pilot.press("q")
    assert app.return_value == 3


def _no_findings(collected, lang, symptoms: bool):
    from gpufix.core.pipeline import analyse

    outcome = analyse(collected, lang)
    outcome.diagnoses = [d for d in outcome.diagnoses if d.severity == "info"]
    if not symptoms:
        outcome.differentials = []
    return outcome


async def test_title_says_a_pasted_log_is_from_another_machine():
    app = _this_machine_app()
    async with app.run_test(size=SIZE) as pilot:
        await _paste(pilot, ISSUE_LINE)
        assert type(app.screen).__name__ == "FindingsScreen"
        first_line = screen_text(app).splitlines()[0].strip()
        assert first_line.startswith("Pasted log — another machine:")
        assert app.screen.title.startswith("Pasted log — another machine: ")
        assert app.screen.title.endswith("problem") or app.screen.title.endswith("problems")


def _rows(app) -> list[str]:
    from textual.widgets import OptionList

    options = app.screen.query_one(OptionList)
    return [options.get_option_at_index(k).prompt.plain for k in range(options.option_count)]


async def test_selected_row_is_marked_without_colour():
    app = _app(analyse=_two_findings)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        rows = _rows(app)
        assert len(rows) >= 2, rows  # the case has more than one finding to move between
        assert rows[0].startswith("▶ ") and not any(r.startswith("▶") for r in rows[1:])
        assert screen_text(app).splitlines()[1].startswith("▶ [✗]")
        await pilot.press("down")
        await pilot.pause()
        rows = _rows(app)
        assert rows[1].startswith("▶ ") and rows[0].startswith("  ") and "▶" not in rows[0]
        assert app.screen.selected() is app.outcome.diagnoses[1]


def test_wrapped_evidence_line_hangs_under_its_value_at_80_columns():
    path = "/opt/conda/envs/train/lib/python3.11/site-packages/torch/lib/" + "libtorch_cuda_linalg.so " * 4
    d = Diagnosis("x", "A title", "error", "setup", "Why.", evidence={"torch.location": path.strip()},
                  evidence_from={"torch.location": "probe torch"})
    console = Console(width=80, record=True, file=io.StringIO(), color_system=None)
    console.print(render_diagnosis(d))
    lines = console.export_text().splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("  torch location: "))
    indent = len("  torch location: ")
    continued = lines[start + 1:start + 3]
    assert all(ln.startswith(" " * indent) and ln[indent] != " " for ln in continued), lines
    assert "libtorch_cuda_linalg.so" in continued[0] and "[probe torch]" in " ".join(continued)


async def test_walk_through_footer_shows_how_to_quit():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "RemedyScreen"
        footer = screen_text(app).splitlines()[-1]
        assert "q Quit" in footer and "esc Back" in footer, footer
        await pilot.press("q")
        await pilot.pause()
    assert app.return_value == app.exit_code == 1  # quit, with the exit code of the findings
