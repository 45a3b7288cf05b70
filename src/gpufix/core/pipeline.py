"""The one pipeline: inputs -> probe phases -> fact base -> knowledge -> engine -> Outcome.

    request  = Request(python=..., fixture=..., log=..., facts=(...), probe=True, quick=False)
    outcome  = diagnose(request, lang="en")              # what --json and --text print
    for outcome in outcomes(request, partial=True): ...  # static findings first, then the full run

Phases: the static phase (every probe that never imports torch) answers in a fraction of the
torch import; the dynamic phase (the torch subprocess) confirms and adds. The torch subprocess
starts first, the static probes run meanwhile, and the rules and knowledge tables load while
it imports torch. `quick` stops after the static phase. Verification runs only on demand
(gpufix.core.verification).

Precedence when facts merge is each fact's own, in the fact catalog (gpufix.fact_catalog):
facts given by hand, then the log, then derived values, then probes, unless the fact ranks
its probes. Nothing here prints; bad input raises gpufix.errors.InputError.

Start-up: this module imports only the light inputs and the probes; the log scanner, the
engine and the knowledge base are imported inside functions, after the torch subprocess has
started, so that their import (~0.15 s) overlaps the torch import instead of delaying it.
"""
from __future__ import annotations

from dataclasses import field, replace
from typing import Any, Iterator, Optional, Union

from gpufix.core.inputs import (check_log_path, fixture_log, make_context, merge, parse_fact_option,
                                replay_fixture)
from gpufix.core.outcome import Collected, LogAnalysis, Outcome, PartialCallback, Request
from gpufix.facts import Fact, FactBase
from gpufix.probes.base import DYNAMIC, STATIC, ProbeContext
from gpufix.probes.registry import ALL_PROBES, probes_in
from gpufix.probes.runner import ProbeResult, ProbeRun, ProgressCallback, run_probes, start_probes
from gpufix.records import record

_UNREAD = object()
FIRST_FRAME_S = 0.15  # what a first look's findings may take to be drawn before the rules load


@record
class Inputs:
    """A request's inputs, checked and read once: a TUI re-check probes again but never
    re-reads the log (standard input cannot be read twice)."""

    request: Request
    ctx: ProbeContext
    user_facts: list[Fact]
    replayed: Optional[list[ProbeResult]] = None  # the fixture's probe results
    _scan: Any = field(default=_UNREAD, repr=False)

    @property
    def log_path(self) -> Optional[str]:
        return self.request.log if self.request.log is not None else fixture_log(self.request.fixture)

    def scan(self) -> Any:
        """The log (a gpufix.engine.log_scan.LogScan), scanned and its facts read (once);
        None when no log was given."""
        if self._scan is _UNREAD:
            req = self.request
            if self.log_path is None and req.log_text is None:
                self._scan = None  # no log: its scanner and parsers never load
            else:
                from gpufix.core.logs import read_log  # lazy: start-up: loads while the torch subprocess runs

                if self.log_path is not None:
                    self._scan = read_log(self.log_path, rules=req.rules)
                else:
                    self._scan = read_log(text=req.log_text, rules=req.rules)
        return self._scan

    @property
    def log_recorded(self) -> bool:
        """The log is the fixture's own log.txt (no --log, no pasted text): one recording."""
        req = self.request
        return req.log is None and req.log_text is None and fixture_log(req.fixture) is not None

    @property
    def source(self) -> str:
        return "fixture" if self.request.fixture is not None else "probe" if self.request.probe else "none"

    @property
    def log_label(self) -> Optional[str]:
        if self.request.log is not None:
            return self.request.log
        scan = self.scan()
        if scan is None:
            return None
        return "(pasted)" if self.request.log_text is not None and self.log_path is None else scan.source

    def given_facts(self) -> list[Fact]:
        """The log's facts, then the user's: they win over every probe."""
        scan = self.scan()
        return [*(scan.facts if scan is not None else ()), *self.user_facts]


def prepare(request: Request) -> Inputs:
    """Check the request's inputs (--fact, --python, --fixture, that --log exists); the log is
    read on first use, after the probes have started."""
    user = [parse_fact_option(f) for f in request.facts]
    if request.answers:
        # lazy: start-up: the rules are loaded before probing only when answers need them
        from gpufix.core.questions import parse_answer_option
        from gpufix.engine.api import resolve_rules

        ruleset = resolve_rules(request.rules)
        user += [f for a in request.answers for f in parse_answer_option(a, ruleset)]
    ctx = make_context(request.python)
    if request.log is not None:
        check_log_path(request.log)
    replayed = replay_fixture(request.fixture, request.phases) if request.fixture is not None else None
    return Inputs(request, ctx, user, replayed)


class Collection:
    """One collection in progress: probes started (the torch subprocess first), the log read
    meanwhile. `static()` gives the static phase's facts as soon as they are in;
    `complete()` waits for every phase asked for.

    `static_from`: a first look (gpufix.core.first_look) that runs the static probes in a forked
    worker; they are then not run here unless it sends nothing. `phases`: only these of the
    request's phases (the worker's own collection is the static phase alone)."""

    def __init__(self, inputs: Inputs, progress: Optional[ProgressCallback] = None,
                 static_from: Any = None, phases: Optional[tuple[str, ...]] = None) -> None:
        self.inputs = inputs
        self.progress = progress
        self.run: Optional[ProbeRun] = None
        self.static_from = static_from
        # The worker's facts and findings for the static phase, once its results are taken.
        self.first_findings: Optional[tuple[FactBase, list]] = None
        req = inputs.request
        self._phases = req.phases if phases is None else tuple(p for p in req.phases if p in phases)
        if inputs.replayed is None and req.probe:
            probes = probes_in(self._phases, online=req.online)
            if static_from is not None:
                probes = tuple(p for p in probes if p.name not in static_from.names)
            self.run = start_probes(probes, inputs.ctx, progress)
        # While the probes run. A log that turns out unreadable here (it was checked to exist)
        # abandons them: they run in daemon threads and the subprocess times out by itself.
        inputs.scan()
        # With a first look, this process loads textual meanwhile: the rules load later (complete()).
        self._warm = self.run is not None and static_from is None
        if self._warm:
            warm_up(req.rules)  # rules and tables load while the torch subprocess imports torch
        self._static: Optional[Collected] = None

    @property
    def phases(self) -> tuple[str, ...]:
        if self.inputs.replayed is None and not self.inputs.request.probe:
            return ()
        return self._phases

    def probe_names(self) -> list[str]:
        """Every probe this collection runs or takes from its first look."""
        names = list(self.static_from.names) if self.static_from is not None else []
        return names + ([p.name for p in self.run.probes] if self.run is not None else [])

    def _collected(self, results: list[ProbeResult], phases: tuple[str, ...], partial: bool) -> Collected:
        inputs = self.inputs
        given = inputs.given_facts()
        return Collected(merge(results, given), list(results), inputs.scan(), inputs.ctx.python, inputs.source,
                         inputs.request.fixture, inputs.log_label, phases, given, partial, inputs.log_recorded)

    def static_ready(self) -> bool:
        """Whether static() would return without waiting for a probe."""
        return (self._static is not None or self.run is None
                or (self.static_from is None and self.run.finished(STATIC)))

    def static(self) -> Collected:
        """The static phase's facts (with the log's and the user's); the dynamic phase may still run."""
        if self._static is None:
            partial = DYNAMIC in self.phases
            if self.static_from is not None:
                results = self._static_results()
            elif self.run is not None:
                results = self.run.wait(STATIC)
            else:
                results = [r for r in (self.inputs.replayed or []) if _phase_of(r.name) == STATIC]
            self._static = self._collected(results, tuple(p for p in self.phases if p == STATIC), partial)
        return self._static

    def _static_results(self) -> list[ProbeResult]:
        answer = self.static_from.answer()
        if answer is None:  # the worker sent nothing: the static probes run here after all
            static = tuple(p for p in probes_in((STATIC,), online=self.inputs.request.online)
                           if p.name in self.static_from.names)
            return start_probes(static, self.inputs.ctx, self.progress).wait()
        results, facts, diagnoses = answer
        self.first_findings = (facts, diagnoses)
        if self.progress is not None:
            for r in results:
                self.progress(r.name, "done", r)
        return list(results)

    def complete(self) -> Collected:
        if self.run is not None:
            if not self._warm:
                self._warm = True
                # First the frame that shows the first look's findings (~50 ms of the app's drawing):
                # loading the rules beside it takes turns with it for the GIL. Then they load while
                # the torch subprocess still imports torch (it takes seconds).
                self.run.settle(FIRST_FRAME_S)
                warm_up(self.inputs.request.rules)
            results = self.run.wait()
            if self.static_from is not None:
                results = self.static().probe_results + results
                order = {p.name: i for i, p in enumerate(probes_in(self.phases, online=self.inputs.request.online))}
                results.sort(key=lambda r: order.get(r.name, len(order)))
        else:
            results = list(self.inputs.replayed or [])
            if self.progress is not None:  # a replay shows its recorded probes as rows too
                for r in results:
                    self.progress(r.name, "start", None)
                    self.progress(r.name, "done", r)
        return self._collected(results, self.phases, False)


def static_probes(inputs: Inputs) -> tuple:
    """The static phase's probes for `inputs` (what a first look runs)."""
    return probes_in((STATIC,), online=inputs.request.online)


def static_collection(inputs: Inputs) -> Collected:
    """The static phase alone, probed and collected (a first look's worker)."""
    return Collection(inputs, phases=(STATIC,)).static()


def _phase_of(probe_name: str) -> str:
    return next((p.phase for p in ALL_PROBES if p.name == probe_name), STATIC)


RequestOrInputs = Union[Request, Inputs]


def _inputs(what: RequestOrInputs) -> Inputs:
    return what if isinstance(what, Inputs) else prepare(what)


def collect(what: RequestOrInputs, progress: Optional[ProgressCallback] = None) -> Collected:
    """Every phase asked for, merged into one fact base (no knowledge, no rules yet)."""
    return Collection(_inputs(what), progress).complete()


def analyse(collected: Collected, lang: str = "en", rules: Any = None) -> Outcome:
    """The knowledge base's derived facts, then the rules, on a copy of the collected facts.

    The one place that runs them: JSON, text, TUI, verify and the rule tests all come here.

    With a log, gpufix.core.machines first decides which machine it describes. When the log
    agrees with the probes (log.machine this; also a fixture's own log.txt that contradicts
    none of its recording, or `--fact log.machine=this`), or nothing was probed, there is one analysis.
    Otherwise (other, unknown) there are two that share no fact: this machine from its probes
    (no log), and the log's machine from the log's facts and the user's (no probe); the log's
    findings come first, tagged machine="log", this machine's tagged "this". So no diagnosis,
    and no remedy command, of the log can use this machine's torch, driver or interpreter.
    """
    if collected.scan is None:
        facts, evaluation = _analysed(collected.facts, None, lang, rules)
        return Outcome(collected, facts, list(evaluation.diagnoses), evaluation,
                       differentials=_differentials(evaluation, lang, rules))
    # lazy: start-up: only a log needs the machines check (it loads the log reader)
    from gpufix.core.machines import OTHER, THIS, check_log

    stated = next((f.value for f in reversed(collected.given) if f.name == "log.machine" and f.origin == "user"), None)
    check = check_log(collected.scan, [r.facts for r in collected.probe_results],
                      declared=stated if stated in (THIS, OTHER) else None, recorded=collected.log_recorded)
    if not check.separate:
        merged = collected.facts.copy()
        merged.extend(check.facts())
        facts, evaluation = _analysed(merged, collected.scan, lang, rules)
        return Outcome(collected, facts, list(evaluation.diagnoses), evaluation,
                       LogAnalysis(check, facts, [], evaluation), _differentials(evaluation, lang, rules))
    # Rebuilt from the probes, not filtered from the merged facts: there the log's statement
    # of a fact has replaced the probe's, and filtering would lose this machine's value.
    mine = merge(collected.probe_results, [f for f in collected.given if f.origin != "log"])
    mine.extend(check.facts())
    facts, evaluation = _analysed(mine, None, lang, rules)
    theirs = FactBase()
    theirs.extend(collected.given)  # the log's facts, then the user's (they win)
    theirs.extend(check.facts())
    log_facts, log_eval = _analysed(theirs, collected.scan, lang, rules)
    log_diags = [replace(d, machine="log") for d in log_eval.diagnoses]
    this_diags = [replace(d, machine="this") for d in evaluation.diagnoses]
    # The symptoms of each machine, the log's first; a symptom both show is asked about once.
    differentials = [replace(d, machine="log") for d in _differentials(log_eval, lang, rules)]
    seen = {d.id for d in differentials}
    differentials += [replace(d, machine="this") for d in _differentials(evaluation, lang, rules) if d.id not in seen]
    return Outcome(collected, facts, log_diags + this_diags, evaluation,
                   LogAnalysis(check, log_facts, log_diags, log_eval), differentials)


def _analysed(facts: FactBase, scan: Any, lang: str, rules: Any) -> tuple[FactBase, Any]:
    """One analysis: the knowledge base's derived facts, then the rules, on a copy of `facts`."""
    # lazy: start-up: the engine and the tables load while the torch subprocess runs
    from gpufix.engine.api import evaluate
    from gpufix.knowledge import derive_facts

    facts = facts.copy()
    facts.extend(derive_facts(facts))
    return facts, evaluate(facts, scan, lang, rules)


def _differentials(evaluation: Any, lang: str, rules: Any) -> list:
    """The symptoms that hold in one analysis, with their ranked causes and questions."""
    # lazy: start-up: the engine and the tables load while the torch subprocess runs
    from gpufix.engine.api import resolve_rules

    ruleset = resolve_rules(rules)
    held = {f.name for f in evaluation.derived if f.status == "ok" and f.value is True}
    if not any(dx.symptom_fact() in held for dx in ruleset.differentials):
        return []  # no symptom holds (the usual case): the question module stays unloaded
    from gpufix.core.questions import build_differentials  # lazy: start-up, only when a symptom holds

    return build_differentials(ruleset, evaluation.derived, lang)


def outcomes(what: RequestOrInputs, progress: Optional[ProgressCallback] = None, lang: str = "en",
             partial: bool = True) -> Iterator[Outcome]:
    """The static phase's Outcome first (when `partial` and a dynamic phase follows), then the
    full one. A front end shows the first while torch still imports."""
    inputs = _inputs(what)
    rules = inputs.request.rules
    collection = Collection(inputs, progress)
    if partial and DYNAMIC in collection.phases:
        yield analyse(collection.static(), lang, rules)
    elif DYNAMIC in collection.phases and collection.run is not None:
        # Analysing the static facts while torch imports takes every first-time cost of the
        # analysis (tables, recommendations, the engine's first evaluation) off the critical
        # path: the full analysis after the torch probe then takes ~15 ms instead of ~70.
        try:
            analyse(collection.static(), lang, rules)
        except Exception:  # noqa: BLE001 - the full analysis below reports the same failure
            pass
    yield analyse(collection.complete(), lang, rules)


def diagnose(what: RequestOrInputs, progress: Optional[ProgressCallback] = None, lang: str = "en",
             on_partial: Optional[PartialCallback] = None) -> Outcome:
    """The full Outcome; `on_partial` receives the static phase's Outcome first."""
    final: Optional[Outcome] = None
    for outcome in outcomes(what, progress, lang, partial=on_partial is not None):
        if outcome.collected.partial and on_partial is not None:
            on_partial(outcome)
        else:
            final = outcome
    assert final is not None
    return final


def with_log(collected: Collected, text: str, label: str = "(pasted)", rules: Any = None) -> Collected:
    """The same machine's facts with another error log in place of any earlier one."""
    from gpufix.core.logs import read_log  # lazy: start-up (see the module's docstring)

    scan = read_log(text=text, rules=rules)
    user = [f for f in collected.given if f.origin != "log"]
    given = [*scan.facts, *user]
    facts = FactBase()
    facts.extend(f for f in collected.facts if f.origin != "log")
    facts.extend(given)
    return Collected(facts, list(collected.probe_results), scan, collected.python, collected.source,
                     collected.fixture, label, collected.phases, given)


def with_index_check(collected: Collected) -> Collected:
    """The same facts plus what the configured pip index serves (the opt-in index-check probe:
    one request to its torch page, through pip's proxy). The TUI's "check the index" step."""
    from dataclasses import replace  # lazy: only this step

    from gpufix.probes.registry import ONLINE_PROBES  # lazy: see above

    # Not make_context: a replayed fixture's interpreter need not exist here; the probe reads only pip's settings.
    ctx = ProbeContext(python=collected.python) if collected.python else ProbeContext()
    results = [r for r in collected.probe_results if r.name not in {p.name for p in ONLINE_PROBES}]
    results += run_probes(ONLINE_PROBES, ctx)
    return replace(collected, facts=merge(results, collected.given), probe_results=results)


def warm_up(rules: Any = None) -> None:
    """Load and compile the rules and the knowledge tables (cached for this process).

    Called while probes run, so this work overlaps the torch import in the subprocess.
    A failure here is not reported here: the real call after probing reports it.
    """
    try:
        # lazy: this is the import that must overlap the torch subprocess (the module's docstring)
        from gpufix.engine.api import resolve_rules
        from gpufix.knowledge import derive_facts

        resolve_rules(rules)
        derive_facts(FactBase())
    except Exception:  # noqa: BLE001 - reported by the call that needs the result
        pass


def probe_machine(ctx: ProbeContext, progress: Optional[ProgressCallback] = None) -> list[ProbeResult]:
    """Every probe, both phases, raw outputs kept (what `gpufix record` writes)."""
    return run_probes(ALL_PROBES, ctx, progress)
