"""The scan screen paints the static phase's findings while the dynamic phase (torch) still runs.

The dynamic phase is made slow on purpose (it waits for an Event the test sets), so "before
the torch import finishes" is a fact of the test, not a race it usually wins.
"""
from __future__ import annotations

import sys
import threading

import pytest

from gpufix.core.inputs import parse_fact_option
from gpufix.core.outcome import Collected, Request
from gpufix.core.pipeline import prepare
from gpufix.facts import FactBase
from gpufix.probes import registry, torch_runtime
from gpufix.probes.base import DYNAMIC, STATIC, Probe
from gpufix.probes.registry import ALL_PROBES
from gpufix.tui.app import make_app
from gpufix.tui.launch import facts_provider
from gpufix.tui.widgets.area_summary import AreaSummary
from gpufix.tui.widgets.probe_list import ProbeList

from .conftest import case_facts, collect_case, screen_text, settle  # noqa: F401 (importlib mode)

SIZE = (100, 32)


def flat(text: str) -> str:
    return " ".join(text.split())


async def _until(pilot, condition, seconds: float = 20.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not met in time")


async def test_static_findings_are_painted_while_torch_is_still_being_imported():
    """A replayed machine: the static phase's facts first, the torch probe's after a release."""
    release = threading.Event()
    whole = collect_case("cpu-wheel")
    static_results = [r for r in whole.probe_results if r.name != "torch"]
    static_facts = FactBase()
    for r in static_results:
        static_facts.extend(r.facts)
    static_facts.extend(parse_fact_option(f) for f in case_facts("cpu-wheel"))  # the GPU, by hand

    def provider(progress, on_static=None):
        for r in whole.probe_results:
            progress(r.name, "start", None)
        for r in static_results:
            progress(r.name, "done", r)
        on_static(Collected(static_facts, static_results, None, whole.python, "probe", phases=(STATIC,),
                            partial=True))
        assert release.wait(20)  # the torch import, slow
        progress("torch", "done", next(r for r in whole.probe_results if r.name == "torch"))
        return whole

    app = make_app(provider, animate=False, clock=lambda: 0.0, verifier=None)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: app.screen.static_outcome is not None)
        await pilot.pause()
        text = flat(screen_text(app))
        # torch's build is known from its files alone: the CPU-only wheel is already named.
        assert "torch build: torch 2.13.0+cpu" in text
        assert "1 error(s)" in text and "importing torch to confirm" in text
        assert app.screen.query_one(AreaSummary).display
        assert app.screen.query_one(ProbeList).running == ["torch"]  # still on screen, spinning
        assert not app.screen.done and app.outcome is None
        assert not app.screen.check_action("findings", ())  # the full findings wait for torch
        release.set()
        await settle(pilot)
        text = flat(screen_text(app))
        assert "importing torch to confirm" not in text and "Enter: show them" in text
        assert app.outcome is not None and app.screen.check_action("findings", ())


def _slow_torch(release: threading.Event) -> Probe:
    """The real torch probe, held back until `release` is set."""
    real = torch_runtime.PROBE

    def slow_collect(ctx):
        assert release.wait(60)
        return real.collect(ctx)

    return Probe(real.name, slow_collect, real.parse, real.files, real.timeout, real.facts, real.order, real.phase)


@pytest.mark.slow
async def test_real_static_probes_and_a_slow_torch_probe(monkeypatch):
    """This machine's real static probes and the real torch probe (held back), through the core."""
    release = threading.Event()
    probes = tuple(_slow_torch(release) if p.name == "torch" else p for p in ALL_PROBES)
    monkeypatch.setattr(registry, "ALL_PROBES", probes)
    monkeypatch.setattr("gpufix.core.pipeline.probes_in",
                        lambda phases, online=False: tuple(p for p in probes if p.phase in phases))
    provide = facts_provider(prepare(Request(python=sys.executable)))
    seen: list[Collected] = []

    def provider(progress, on_static=None):
        def spy(collected):
            seen.append(collected)
            on_static(collected)
        return provide(progress, spy)

    app = make_app(provider, animate=False, clock=lambda: 0.0, verifier=None)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: app.screen.static_outcome is not None, 60)
        await pilot.pause()
        static = seen[0]
        assert static.partial and "torch" not in {r.name for r in static.probe_results}
        assert static.facts.get("torch.build").source == "torch-static"  # from version.py, not an import
        assert static.facts.status("torch.cuda_available") is None
        assert "importing torch to confirm" in flat(screen_text(app))
        assert app.screen.query_one(ProbeList).running == ["torch"]
        release.set()
        await _until(pilot, lambda: app.screen.done, 60)
        await settle(pilot)
        final = app.outcome.collected
        assert final.facts.get("torch.build").source == "torch"  # the dynamic phase's value replaces it
        assert final.facts.value("torch.cuda_available") is False
        assert [r.name for r in final.probe_results] == [p.name for p in ALL_PROBES]


def test_the_provider_gives_the_static_phase_before_the_dynamic_one_ends(monkeypatch):
    release = threading.Event()
    events: list[str] = []

    def slow(ctx):
        assert release.wait(10)
        events.append("dynamic collected")
        return {}

    static = Probe("static-one", lambda ctx: {}, lambda raw: [], (), 5.0, order=1)
    dynamic = Probe("torch", slow, lambda raw: [], (), 5.0, order=90, phase=DYNAMIC)
    monkeypatch.setattr("gpufix.core.pipeline.probes_in", lambda phases, online=False: tuple(
        p for p in (static, dynamic) if p.phase in phases))
    monkeypatch.setattr("gpufix.core.pipeline.warm_up", lambda rules=None: None)

    def on_static(collected):
        events.append("static: " + ",".join(r.name for r in collected.probe_results))
        release.set()

    done = facts_provider(prepare(Request(python=sys.executable)))(None, on_static)
    assert events == ["static: static-one", "dynamic collected"]
    assert [r.name for r in done.probe_results] == ["static-one", "torch"]


@pytest.mark.slow
def test_a_collection_started_before_the_app_reports_every_probe_to_the_screen():
    """run_tui starts probing before textual loads; the first scan takes that collection over."""
    from gpufix.core.pipeline import Collection

    inputs = prepare(Request(python=sys.executable))
    started = Collection(inputs)  # no progress yet: the screen does not exist
    provide = facts_provider(inputs, started)
    events: list[tuple[str, str]] = []
    statics: list[Collected] = []
    collected = provide(lambda name, phase, result: events.append((name, phase)), statics.append)
    names = [p.name for p in ALL_PROBES]
    assert sorted(n for n, p in events if p == "start") == sorted(names)
    assert sorted(n for n, p in events if p == "done") == sorted(names)
    assert len(statics) == 1 and statics[0].partial and "torch" not in {r.name for r in statics[0].probe_results}
    assert [r.name for r in collected.probe_results] == names
    again = provide(None)  # a re-check probes afresh (the early collection is used once)
    assert again.probe_results[0] is not collected.probe_results[0]


def test_static_findings_analysed_before_textual_loads_are_the_ones_the_scan_gets(monkeypatch):
    """run_tui analyses the static phase before textual loads when its probes are done already;
    the app's analyser hands that outcome back for the same facts and analyses anything else."""
    import time

    from gpufix.core.pipeline import Collection
    from gpufix.tui.launch import _static_first

    release = threading.Event()
    static = Probe("static-one", lambda ctx: {}, lambda raw: [], (), 5.0, order=1)
    slow_static = Probe("static-slow", lambda ctx: release.wait(10) and {}, lambda raw: [], (), 5.0, order=2)
    dynamic = Probe("torch", lambda ctx: release.wait(10) and {}, lambda raw: [], (), 5.0, order=90, phase=DYNAMIC)
    probes = [static, dynamic]
    monkeypatch.setattr("gpufix.core.pipeline.probes_in", lambda phases, online=False: tuple(
        p for p in probes if p.phase in phases))
    inputs = prepare(Request(python=sys.executable))
    collection = Collection(inputs)
    for _ in range(200):
        if collection.static_ready():
            break
        time.sleep(0.01)
    analyser = _static_first(collection, "en")
    assert analyser is not None
    first = collection.static()
    ready = analyser(first, "en")
    assert analyser(first, "en") is ready and ready.collected is first
    assert analyser(first, "zh") is not ready  # another language: analysed again
    release.set()
    final = collection.complete()
    assert analyser(final, "en") is not ready and not final.partial

    # A static probe still running: nothing is waited for, the scan analyses as before.
    release.clear()
    probes[:] = [slow_static, dynamic]
    busy = Collection(prepare(Request(python=sys.executable)))
    assert not busy.static_ready() and _static_first(busy, "en") is None
    release.set()
    busy.complete()
