"""`gpufix` on a terminal: check the inputs, start probing, then open the app."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from gpufix.core.outcome import Collected, Request
from gpufix.core.pipeline import Collection, Inputs, collect, prepare
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
    # probes run while the app starts; the first scan takes this collection over.
    early = Collection(inputs) if inputs.source == "probe" else None
    from gpufix.tui.app import make_app  # lazy: start-up (textual takes ~0.15 s; the probes start first)

    app = make_app(facts_provider(inputs, early), python=inputs.ctx.python,
                   recheck_same_inputs=inputs.source != "probe", lang=lang)
    app.run()
    return app.exit_code


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
    if run is None or progress is None:
        return
    run.progress = progress
    for p in run.probes:
        progress(p.name, "start", None)


def run_fleet_tui(summary: FleetSummary, lang: str = "en") -> int:
    """`gpufix fleet summarize` on a terminal: the summary is computed before the screen opens."""
    from gpufix.tui.fleet_app import FleetApp  # lazy: textual loads only for the TUI

    app = FleetApp(summary, lang)
    app.run()
    return app.exit_code
