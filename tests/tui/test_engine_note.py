"""The scan screen names the rule engine when durable-rules could not run (as --text does)."""
from __future__ import annotations

import sys

from gpufix.engine import backends, durable_host
from gpufix.tui.app import make_app

from .conftest import provider_for, screen_text, settle  # noqa: F401 (importlib mode)

NOTE = "Rule engine: CLIPS (durable-rules is not installed)"


def _app():
    return make_app(provider_for("cpu-wheel"), animate=False, clock=lambda: 0.0, verifier=None)


async def test_scan_summary_says_when_the_rules_ran_on_clips(monkeypatch):
    monkeypatch.setattr(durable_host, "_durable", None)
    monkeypatch.setattr(durable_host, "_host", None)
    monkeypatch.setattr(durable_host, "_import_error", None)
    monkeypatch.setitem(sys.modules, "durable", None)  # import durable -> ImportError
    monkeypatch.delenv(backends.ENV_VAR, raising=False)
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert NOTE in screen_text(app)
        await pilot.press("q")


async def test_no_engine_line_when_the_default_engine_ran(monkeypatch):
    monkeypatch.delenv(backends.ENV_VAR, raising=False)
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert "Rule engine" not in screen_text(app)
        await pilot.press("q")


async def test_the_engine_line_is_in_chinese_when_the_app_is(monkeypatch):
    monkeypatch.setattr(durable_host, "_durable", None)
    monkeypatch.setattr(durable_host, "_host", None)
    monkeypatch.setattr(durable_host, "_import_error", None)
    monkeypatch.setitem(sys.modules, "durable", None)
    monkeypatch.delenv(backends.ENV_VAR, raising=False)
    app = make_app(provider_for("cpu-wheel"), animate=False, clock=lambda: 0.0, verifier=None, lang="zh")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "规则引擎：CLIPS（默认引擎无法运行：durable-rules is not installed）" in text
        assert "Rule engine" not in text and "版本知识截至 " in text
        await pilot.press("q")
