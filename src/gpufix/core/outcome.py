"""One diagnosis run as plain data: what was asked, what was collected, what the rules concluded.

Every front end renders an :class:`Outcome` (JSON, text, TUI) and builds none itself: they
come from gpufix.core.pipeline. The TUI holds more than one (the static phase's, the full
one, after a remedy ran, from a pasted log).
"""
from __future__ import annotations

from dataclasses import field
from pathlib import Path
from typing import Any, Callable, Optional

from gpufix.diagnosis import Diagnosis, exit_code_for
from gpufix.facts import Fact, FactBase
from gpufix.probes.base import PHASES, STATIC
from gpufix.probes.runner import ProbeResult
from gpufix.records import record

DEFAULT_BACKEND = "durable"  # what an Evaluation without a `backend` name ran on (GPUFIX_ENGINE's names)


@record(frozen=True)
class Request:
    """What gpufix is asked to look at; built by a front end from its options."""

    python: Optional[str] = None  # --python: an interpreter or env directory; None: this one
    fixture: Optional[Path] = None  # replay a recording instead of probing
    log: Optional[str] = None  # an error log: a path, or '-' for standard input
    log_text: Optional[str] = None  # an error log already in memory (pasted)
    facts: tuple[str, ...] = ()  # NAME=VALUE, given by hand: they win over probes and logs
    answers: tuple[str, ...] = ()  # ID=VALUE answers to gpufix's questions (gpufix.core.questions)
    probe: bool = True  # False: --no-probe (the log, the fixture and --fact alone)
    quick: bool = False  # the static phase only (no torch import)
    online: bool = False  # --online: also the probes that ask the network (the pip index's torch page)
    rules: Any = None  # a RuleSet or rule paths; None: the installed rules

    @property
    def phases(self) -> tuple[str, ...]:
        return (STATIC,) if self.quick else PHASES


@record
class Collected:
    """Facts before the knowledge base and the rules ran, with where they came from."""

    facts: FactBase
    probe_results: list[ProbeResult] = field(default_factory=list)
    scan: Any = None  # gpufix.engine.log_scan.LogScan, when a log was given
    python: str = ""  # the target interpreter
    source: str = "probe"  # probe | fixture | none
    fixture: Optional[Path] = None
    log: Optional[str] = None  # where the log came from (a path, "stdin", "(pasted)")
    phases: tuple[str, ...] = PHASES  # the probe phases whose results are in (empty: no probes)
    given: list[Fact] = field(default_factory=list)  # the log's and the user's facts, merged last
    partial: bool = False  # True: the static phase's early answer; the dynamic phase is still running
    # True: the log is the fixture's own log.txt, recorded with its probe files from one machine
    # (gpufix.core.machines then takes them for one machine unless they contradict).
    log_recorded: bool = False

    @property
    def log_given(self) -> bool:
        return self.scan is not None


@record
class LogAnalysis:
    """A pasted log's machine (gpufix.core.machines): which one it is and, when it is not
    known to be this one, its own analysis from the log's and the user's facts alone."""

    check: Any  # gpufix.core.machines.MachineCheck: log.machine and the contradictions
    facts: FactBase  # the log's machine's facts (separate) or the merged ones (this machine)
    diagnoses: list[Diagnosis] = field(default_factory=list)  # about the log's machine (separate only)
    evaluation: Any = None

    @property
    def machine(self) -> str:
        return str(self.check.machine)

    @property
    def separate(self) -> bool:
        return bool(self.check.separate)


@record
class Outcome:
    """Everything one diagnosis produced, for the renderers."""

    collected: Collected
    facts: FactBase  # collected facts plus the knowledge base's derived facts (this machine's only
    #                  when the log's machine is analysed apart: LogAnalysis)
    diagnoses: list[Diagnosis]  # every finding; with a separate log analysis, the log's first
    evaluation: Any = None  # the engine's Evaluation (what fired, what was derived, its backend)
    log: Optional[LogAnalysis] = None  # set when a log was given
    differentials: list = field(default_factory=list)  # gpufix.core.questions.DifferentialView, symptoms that hold

    @property
    def knowledge(self) -> dict[str, Any]:
        """The knowledge tables' date and sources, and what on this machine is newer than them."""
        return knowledge_block(self.facts)

    @property
    def target_python(self) -> Optional[str]:
        """The interpreter the report is about: the probed one; a fixture's own recorded one (it is
        another machine's recording, not the interpreter gpufix runs in here); none without probing."""
        c = self.collected
        if c.source == "fixture":
            recorded = self.facts.value("python.executable")
            return str(recorded) if recorded else None
        return c.python if c.source == "probe" else None

    @property
    def log_separate(self) -> bool:
        """The log's machine was analysed apart from this one (log.machine other or unknown)."""
        return self.log is not None and self.log.separate

    @property
    def log_diagnoses(self) -> list[Diagnosis]:
        return [d for d in self.diagnoses if d.machine == "log"]

    def facts_for(self, diagnosis: Diagnosis) -> FactBase:
        """The facts a diagnosis was concluded from: the log's machine's for a finding about it
        (its evidence, its remedy's templates and re-check read those, never this machine's)."""
        if diagnosis.machine == "log" and self.log is not None:
            return self.log.facts
        return self.facts

    @property
    def machine_diagnoses(self) -> list[Diagnosis]:
        """This machine's findings (all of them when the log was merged with the probes)."""
        return [d for d in self.diagnoses if d.machine != "log"]

    @property
    def questions(self) -> list:
        """The questions the differentials ask now (gpufix.core.questions.AskedQuestion), each once."""
        if not self.differentials:
            return []  # the usual case: nothing to ask, and the question module stays unloaded
        from gpufix.core.questions import all_questions  # lazy: outcome stays a plain-data module

        return all_questions(self.differentials)

    @property
    def exit_code(self) -> int:
        # A reported symptom no diagnosis explains is not "no problems" (errors.EXIT_UNDIAGNOSED).
        return exit_code_for(self.diagnoses, len(self.reported_symptoms))

    @property
    def reported_symptoms(self) -> list:
        """The differentials whose symptom the user brought: a pasted log's (its machine's), or
        any when a log, a --fact or an --answer was given. A probe alone finding that torch sees
        no CUDA GPU on a machine with none is information, not a complaint (exit 0)."""
        from gpufix.fact_catalog import ORIGINS  # lazy: outcome stays a plain-data module

        user = any(f.origin == ORIGINS[0] for f in self.facts)
        if self.log_separate:
            return [d for d in self.differentials if d.machine == "log" or user]
        brought = user or self.collected.scan is not None
        return list(self.differentials) if brought else []

    @property
    def phases(self) -> tuple[str, ...]:
        return self.collected.phases

    @property
    def engine_backend(self) -> str:
        return str(getattr(self.evaluation, "backend", None) or DEFAULT_BACKEND)

    @property
    def engine_note(self) -> str | None:
        """One line when the default engine could not run ("Rule engine: CLIPS (...)"), else None."""
        return getattr(self.evaluation, "backend_note", None)

    @property
    def engine_fallback(self) -> tuple[str, str] | None:
        """(the engine that ran, why the default could not) when it fell back; the renderers word it."""
        why = getattr(self.evaluation, "backend_why", None)
        if not self.engine_note or not why:
            return None
        from gpufix.engine import backends  # lazy: only a report that shows the note needs the label

        return backends.backend(self.engine_backend).label, why


# Front ends may swap the analysis (tests inject one): Collected + language -> Outcome.
Analyser = Callable[[Collected, str], Outcome]
PartialCallback = Callable[[Outcome], None]

__all__ = ["Analyser", "Collected", "LogAnalysis", "Outcome", "PartialCallback", "Request", "DEFAULT_BACKEND"]


def knowledge_block(facts: Optional[FactBase] = None) -> dict[str, Any]:
    """`knowledge` in every JSON document: as_of, origin, sources (gpufix.knowledge.dating); with
    facts, `beyond_tables`: what the machine runs that is newer than the tables."""
    from gpufix.knowledge import dating, machine  # lazy: only documents that are printed need it

    doc = dating.info()
    try:
        doc["beyond_tables"] = dating.beyond_tables(machine.read(facts)) if facts is not None else []
    except Exception as e:  # noqa: BLE001 - odd facts must cost only this list
        doc["beyond_tables"] = [f"could not compare with the tables: {type(e).__name__}"]
    return doc
