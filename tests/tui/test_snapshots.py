"""SVG snapshots of the key screens at 80x24 (update: pytest --snapshot-update, then look).

Spinners and clocks are frozen (animate=False, clock=0), every fact comes from the fixture
files and the diagnoses from the tests' own rule (data/rules), so a screenshot changes
only when a screen does.
"""
from __future__ import annotations

from gpufix.core.pipeline import analyse
from gpufix.tui.app import make_app

from .conftest import DATA, provider_for, settle  # noqa: F401 (importlib mode)

SIZE = (80, 24)


RULES = DATA / "rules"


def _app(**kw):
    return make_app(provider_for("cpu-wheel"), analyse=lambda c, lang: analyse(c, lang, rules=RULES),
                    animate=False, clock=lambda: 0.0, verifier=None, **kw)


def _after(*keys: str):
    async def run_before(pilot) -> None:
        await settle(pilot)
        if keys:
            await pilot.press(*keys)
            await settle(pilot)
    return run_before


def test_scan_summary(snap_compare):
    assert snap_compare(_app(), terminal_size=SIZE, run_before=_after())


def test_scan_probe_details(snap_compare):
    assert snap_compare(_app(), terminal_size=SIZE, run_before=_after("p"))


def test_findings(snap_compare):
    assert snap_compare(_app(), terminal_size=SIZE, run_before=_after("enter"))


def test_remedy_step(snap_compare):
    assert snap_compare(_app(), terminal_size=SIZE, run_before=_after("enter", "enter"))


def test_run_confirmation(snap_compare):
    assert snap_compare(_app(), terminal_size=SIZE, run_before=_after("enter", "enter", "r"))


def test_paste_log(snap_compare):
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("l")
        pilot.app.screen.query_one("#log-text").insert((DATA / "pasted-not-compiled" / "log.txt").read_text())
        await pilot.pause()
    assert snap_compare(_app(), terminal_size=SIZE, run_before=run_before)


def test_scan_summary_chinese(snap_compare):
    assert snap_compare(_app(lang="zh"), terminal_size=SIZE, run_before=_after())


def test_remedy_check_step(snap_compare):
    assert snap_compare(_app(), terminal_size=SIZE, run_before=_after("enter", "enter", "s"))


def test_findings_without_colour(snap_compare, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(_app(), terminal_size=SIZE, run_before=_after("enter"))
