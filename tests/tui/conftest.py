"""Shared pieces for the TUI and text report tests (the venv and state-dir fixtures are in
tests/conftest.py: tests/remedy uses them too)."""
from __future__ import annotations

import asyncio
import inspect
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    """Run `async def` tests (Textual's pilot) in a fresh event loop; no plugin needed."""
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        kwargs = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
        asyncio.run(pyfuncitem.obj(**kwargs))
        return True
    return None


# --- fixture-driven fact sources ---------------------------------------------------------

def case_facts(name: str) -> list[str]:
    """The case's `facts:` as `--fact NAME=VALUE` strings (lists joined with commas)."""
    import yaml

    doc = yaml.safe_load((DATA / name / "case.yaml").read_text(encoding="utf-8")) or {}
    out = []
    for key, value in (doc.get("facts") or {}).items():
        if isinstance(value, list):
            value = ",".join(str(v) for v in value)
        elif isinstance(value, bool):
            value = "true" if value else "false"
        out.append(f"{key}={value}")
    return out


def collect_case(name: str):
    """A data dir replayed through the real probe parsers, plus its facts (as --fact would)."""
    from gpufix.core.inputs import merge, parse_fact_option, replay_fixture
    from gpufix.core.outcome import Collected

    directory = DATA / name
    results = replay_fixture(directory)
    facts = merge(results)
    facts.extend(parse_fact_option(f) for f in case_facts(name))
    python = facts.value("python.executable") or sys.executable
    return Collected(facts, results, None, python, "fixture", directory)


def on_this_interpreter(collected):
    """The recorded machine's interpreter replaced by the one running the tests: a remedy runs
    only through the interpreter gpufix checked (gpufix.remedy.plan.runnable_problem), and the
    tests' runners are harmless stand-ins for it."""
    import dataclasses

    exe = collected.facts.get("python.executable")
    if exe is not None:
        collected.facts.add(dataclasses.replace(exe, value=sys.executable))
    collected.python = sys.executable
    return collected


def provider_for(name: str):
    """A facts provider that replays a case and reports each probe like the live runner (one phase)."""
    def provide(progress=None, on_static=None):
        collected = collect_case(name)
        if progress is not None:
            for r in collected.probe_results:
                progress(r.name, "start", None)
                progress(r.name, "done", r)
        return collected
    return provide


async def settle(pilot) -> None:
    """Let workers finish and their messages be handled."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def screen_text(app) -> str:
    """What the terminal shows, as plain text (the SVG export without styling)."""
    lines = []
    for strip in app.screen._compositor.render_strips():  # noqa: SLF001 - test-only peek
        lines.append("".join(seg.text for seg in strip).rstrip())
    return "\n".join(lines)
