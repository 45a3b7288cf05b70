"""`gpufix` on a terminal: check the inputs, then open the app."""
from __future__ import annotations

import argparse

from gpufix.outcome import Collected
from gpufix.probes.runner import ProgressCallback


def run_tui(args: argparse.Namespace) -> int:
    from gpufix.outcome import collect
    from gpufix.tui.app import make_app
    from gpufix.ui_strings import resolve_lang

    lang = resolve_lang(getattr(args, "lang", None))
    # Bad --fact, a missing --fixture or --log: one line and exit 2 before the screen opens.
    # Probing itself waits for the app, which shows each probe as it runs.
    given = collect(argparse.Namespace(**{**vars(args), "no_probe": True}))
    probing = args.fixture is None and not args.no_probe
    if probing:
        def provider(progress: ProgressCallback | None) -> Collected:
            return probe_again(given, progress)
    else:
        def provider(progress: ProgressCallback | None) -> Collected:
            return replay(given, progress)
    app = make_app(provider, python=given.python, recheck_same_inputs=not probing, lang=lang)
    app.run()
    return app.exit_code


def probe_again(given: Collected, progress: ProgressCallback | None) -> Collected:
    """Probe the machine; the log and --fact facts keep their precedence over probes."""
    from gpufix import pipeline

    run = pipeline.start_probing(pipeline.make_context(given.python), progress)
    pipeline.warm_up()  # load rules and tables while the torch probe runs
    results = run.wait()
    facts = pipeline.merge(results)
    facts.extend(given.facts)
    return Collected(facts, results, given.scan, given.python, "probe", None, given.log)


def replay(given: Collected, progress: ProgressCallback | None) -> Collected:
    """--fixture / --no-probe: the same recorded inputs every time (shown as probe rows)."""
    if progress is not None:
        for r in given.probe_results:
            progress(r.name, "start", None)
            progress(r.name, "done", r)
    return Collected(given.facts.copy(), list(given.probe_results), given.scan, given.python,
                     given.source, given.fixture, given.log)
