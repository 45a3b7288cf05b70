"""`gpufix` on a terminal: check the inputs, start probing, then open the app."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from gpufix.core import first_look
from gpufix.core.outcome import Analyser, Collected, Outcome, Request
from gpufix.core.pipeline import Collection, Inputs, analyse, collect, prepare
from gpufix.probes.base import DYNAMIC
from gpufix.probes.runner import ProgressCallback
from gpufix.tui.services import FactsProvider, StaticCallback

if TYPE_CHECKING:  # the fleet's summary is built by `gpufix fleet`, not on this path
    from gpufix.fleet.summary import FleetSummary


def run_tui(request: Request, lang: str = "en") -> int:
    # Bad --fact, a missing --fixture or --log: one line and exit 2 before the screen opens.
    inputs = prepare(request)
    inputs.scan()
    # Probing starts before textual is imported: the torch import (seconds) and the static
    # probes run while the app starts; the first scan takes this collection over. Where it can,
    # a forked worker does the static phase and its analysis while textual loads here.
    look = first_look.start(inputs, lang) if inputs.source == "probe" and DYNAMIC in request.phases else None
    try:
        early = Collection(inputs, static_from=look) if inputs.source == "probe" else None
        first = _first_findings(early, lang) if look is not None else _static_first(early, lang)
        from gpufix.tui.app import make_app  # lazy: start-up (textual takes ~0.15 s; the probes start first)

        app = make_app(facts_provider(inputs, early), analyse=first, python=inputs.ctx.python,
                       recheck_same_inputs=inputs.source != "probe", lang=lang)
        app.run()
        return app.exit_code
    finally:
        if look is not None:
            look.close()


def _first_findings(collection: Optional[Collection], lang: str) -> Optional[Analyser]:
    """The app's analyser when a first look runs: for the static phase's facts it answers with
    the worker's findings for them (no engine loads here before they are on screen)."""
    if collection is None:
        return None

    def analyse_first(collected: Collected, lang_: str = "en") -> Outcome:
        found = collection.first_findings
        if found is not None and lang_ == lang and collected is collection.static():
            facts, diagnoses = found
            return Outcome(collected, facts, list(diagnoses))
        return analyse(collected, lang_)

    return analyse_first


def _static_first(collection: Optional[Collection], lang: str) -> Optional[Analyser]:
    """The static phase analysed here, before textual loads, when its probes are done already
    (they start first and take ~50 ms; the rules load meanwhile), as the app's analyser: the
    scan gets this outcome back for the same facts and paints it at once. Analysed in the scan's
    worker thread instead, beside textual's start and first frames, it took turns for the GIL
    with them: ~100-170 ms of wall for ~60-80 ms of CPU before the first findings were on screen.
    Nothing is waited for here: with a probe still running, the scan analyses as before."""
    if collection is None or DYNAMIC not in collection.phases or not collection.static_ready():
        return None
    static = collection.static()
    try:
        ready = analyse(static, lang)
    except Exception:  # noqa: BLE001 - the scan's own analysis meets and reports the same failure
        return None

    def analyse_once(collected: Collected, lang_: str = "en") -> Outcome:
        if collected is static and lang_ == lang:
            return ready
        return analyse(collected, lang_)

    return analyse_once


def facts_provider(inputs: Inputs, started: Optional[Collection] = None) -> FactsProvider:
    """Each call collects again through the core: live probes (the log and --fact facts keep
    their precedence over them), or the same recorded inputs shown as probe rows.

    Live probing comes in two phases: `on_static` gets the static phase's facts (no `import
    torch`) while the torch probe still runs. `started` is a collection begun before the app
    (run_tui); the first call takes it over.
    """
    early = [started] if started is not None else []

    def provide(progress: Optional[ProgressCallback], on_static: Optional[StaticCallback] = None) -> Collected:
        if early:
            collection = early.pop()
            _attach(collection, progress)
        elif inputs.source == "probe":
            collection = Collection(inputs, progress)
        else:
            return collect(inputs, progress)
        if on_static is not None and DYNAMIC in collection.phases:
            on_static(collection.static())
        return collection.complete()

    return provide


def _attach(collection: Collection, progress: Optional[ProgressCallback]) -> None:
    """Report a collection that is already running to `progress`: each probe's start first."""
    collection.progress = progress
    run = collection.run
    if run is not None:
        run.progress = progress
    if progress is None or (run is None and collection.static_from is None):
        return
    for name in collection.probe_names():
        progress(name, "start", None)


def run_fleet_tui(summary: FleetSummary, lang: str = "en") -> int:
    """`gpufix fleet summarize` on a terminal: the summary is computed before the screen opens."""
    from gpufix.tui.fleet_app import FleetApp  # lazy: textual loads only for the TUI

    app = FleetApp(summary, lang)
    app.run()
    return app.exit_code
