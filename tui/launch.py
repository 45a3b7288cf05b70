"""`gpufix` on a terminal: check the inputs, then open the app."""
from __future__ import annotations

from typing import Optional

from gpufix.core.outcome import Collected, Request
from gpufix.core.pipeline import Inputs, collect, prepare
from gpufix.probes.runner import ProgressCallback
from gpufix.tui.services import FactsProvider


def run_tui(request: Request, lang: str = "en") -> int:
    from gpufix.tui.app import make_app  # lazy: textual loads only after the inputs are known good

    # Bad --fact, a missing --fixture or --log: one line and exit 2 before the screen opens.
    # Probing itself waits for the app, which shows each probe as it runs.
    inputs = prepare(request)
    inputs.scan()
    app = make_app(facts_provider(inputs), python=inputs.ctx.python,
                   recheck_same_inputs=inputs.source != "probe", lang=lang)
    app.run()
    return app.exit_code


def facts_provider(inputs: Inputs) -> FactsProvider:
    """Each call collects again through the core: live probes (the log and --fact facts keep
    their precedence over them), or the same recorded inputs shown as probe rows."""
    def provide(progress: Optional[ProgressCallback]) -> Collected:
        return collect(inputs, progress)

    return provide
