"""Pilot test: the TUI's opt-in "check the index" step asks the pip index (the local server's
recorded CPU-only mirror page) and the scan summary then rests on what the index serves."""
from __future__ import annotations

from pathlib import Path

from gpufix.core.inputs import merge, replay_fixture
from gpufix.core.outcome import Collected
from gpufix.facts import ok
from gpufix.tui.app import make_app

from ..knowledge.conftest import IndexServer
from .conftest import screen_text, settle  # noqa: F401 (importlib mode)

THIS_MACHINE = Path(__file__).resolve().parents[1] / "fixtures" / "linux-nodriver-cpu-torch"


async def test_the_index_step_checks_the_configured_index(monkeypatch):
    server = IndexServer()
    try:
        monkeypatch.setenv("PIP_INDEX_URL", server.url("mirror-cpu"))
        monkeypatch.setenv("PIP_CONFIG_FILE", "/dev/null")

        def provide(progress=None, on_static=None) -> Collected:
            results = replay_fixture(THIS_MACHINE)
            given = [ok("pip.index_url", server.url("mirror-cpu"), "user", origin="user")]
            facts = merge(results, given)
            return Collected(facts, results, None, facts.value("python.executable") or "", "fixture",
                             THIS_MACHINE, given=given)

        app = make_app(provide, animate=False, clock=lambda: 0.0, verifier=None)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            assert "pip.index_cuda_wheels" not in app.outcome.facts.names()
            await pilot.press("i")
            for _ in range(50):
                await settle(pilot)
                if app.outcome.facts.get("pip.index_cuda_wheels") is not None:
                    break
            fact = app.outcome.facts.get("pip.index_cuda_wheels")
            assert fact is not None and fact.value is False and "mirror-cpu/torch/" in fact.evidence
            assert any(p.startswith("/mirror-cpu/torch/") for p in server.requests)
            assert "mirror-without-cuda-wheels" in [d.id for d in app.outcome.diagnoses]
            assert "Knowledge as of" in screen_text(app)
    finally:
        server.close()
