"""A fix plan: one remedy of one diagnosis as steps that say exactly what will happen.

Each step is one of three kinds:

* ``command``: gpufix runs its argument list (already filled from facts by the engine);
* ``check``: no command, only ``verify:`` checks, and every step before it in the remedy is a
  command gpufix runs: it checks gpufix's own work, so gpufix can do it;
* ``manual``: anything else without a command (install a driver, reboot, edit a script).
  gpufix cannot do it: the fix stops there unless the person says it is done, and a fix
  with a manual step left undone never says "fixed".

A step's ``verify:`` list splits into checks (``cuda-alloc``, ``mnist``: run by the verifier
at the end; ``rerun``: only the failing program's new output proves the fix) and
``reprobe:<fact>`` items (the facts to read again right after the step).

A plan also records what its diagnosis rests on (`Basis`): a diagnosis read from a pasted log
describes whatever machine printed that log, so probing this machine again cannot show it is
gone; only the command's new output can (gpufix.remedy.service decides with it).
"""
from __future__ import annotations

import os
from dataclasses import field
from typing import Any, Callable, Optional, Sequence

from gpufix.diagnosis import Diagnosis, Step
from gpufix.facts import Fact
from gpufix.records import record

COMMAND, CHECK, MANUAL = "command", "check", "manual"
REPROBE_PREFIX = "reprobe:"
LOG = "log"  # the origin of a pasted or loaded log's facts (gpufix.fact_catalog.ORIGINS)
SIGNATURE_PREFIX, MATCH_PREFIX = "signature.", "match."  # evidence keys of a log signature's hit


class PlanError(ValueError):
    """The diagnosis has no such remedy (or none at all); the message is one line."""


@record(frozen=True)
class Basis:
    """Where the facts a diagnosis was concluded from came from (gpufix.facts origins).

    `origins`: every origin among its evidence ("log" for a signature hit in a log's lines or
    a fact read from a log). `measured`: the evidence facts this machine's probes (or the user)
    gave a value for: a re-check that cannot read one of them again has not evaluated the
    same condition. `log_lines`: the log lines it rests on, to say which output to re-run.
    """

    origins: tuple[str, ...] = ()
    measured: tuple[str, ...] = ()
    log_lines: tuple[str, ...] = ()


@record(frozen=True)
class PlannedStep:
    number: int  # 1-based position in the remedy
    text: str
    argv: Optional[tuple[str, ...]]  # exactly what runs; None: nothing to run
    kind: str  # command | check | manual
    checks: tuple[str, ...] = ()  # cuda-alloc, mnist
    reprobe: tuple[str, ...] = ()  # fact names to read again after the step


@record(frozen=True)
class FixPlan:
    diagnosis_id: str
    title: str  # the diagnosis title, in the outcome's language
    remedy_title: str
    remedy_number: int  # 1-based
    remedy_count: int
    steps: tuple[PlannedStep, ...]
    python: str  # the interpreter the fix is for (snapshot, verification)
    # Values of the re-probed facts when the plan was made, to show what changed.
    before: tuple[tuple[str, Any], ...] = ()
    basis: Basis = field(default_factory=Basis)
    # Made from live probes of this machine. A plan from a recording (--fixture) or from no
    # probing (--no-probe) is for the recorded machine: printed, never run (runnable_problem).
    live: bool = False

    @property
    def from_log(self) -> bool:
        """The diagnosis rests (at least partly) on a log: re-probing cannot prove it gone."""
        return LOG in self.basis.origins

    @property
    def needs_output(self) -> bool:
        """A step names `rerun`: only the program's new output can prove this fix."""
        return any(RERUN_CHECK in s.checks for s in self.steps)

    @property
    def judged_on_output(self) -> bool:
        """Only a command's new output can prove this fix (a log diagnosis, or `rerun`)."""
        return self.from_log or self.needs_output

    @property
    def commands(self) -> list[PlannedStep]:
        return [s for s in self.steps if s.kind == COMMAND]

    @property
    def manual(self) -> list[PlannedStep]:
        return [s for s in self.steps if s.kind == MANUAL]

    @property
    def checks(self) -> tuple[str, ...]:
        """Every check the steps name, in the verifier's order, once."""
        wanted = {c for s in self.steps for c in s.checks}
        return tuple(c for c in VERIFY_ORDER if c in wanted)

    def value_before(self, name: str) -> Any:
        return dict(self.before).get(name)


VERIFY_ORDER = ("cuda-alloc", "mnist")  # the checks the verifier runs
RERUN_CHECK = "rerun"  # no verifier check: the program's new output decides (FixPlan.needs_output)


def basis_of(diagnosis: Diagnosis, fact: Callable[[str], Optional[Fact]]) -> Basis:
    """The origins of the diagnosis's evidence; `fact` looks a fact up (FactBase.get)."""
    origins: dict[str, None] = {}
    measured: list[str] = []
    lines: list[str] = []
    if getattr(diagnosis, "machine", "") == LOG:
        # About the pasted log's own machine, analysed apart from this one (gpufix.core.machines):
        # its facts are the log's even where this machine has a fact of the same name.
        return Basis((LOG,), (), tuple(str(v) for k, v in diagnosis.evidence.items()
                                       if k.startswith(SIGNATURE_PREFIX)))
    if getattr(diagnosis, "derived_from_log", False):
        origins[LOG] = None  # a derived fact it rests on was concluded from the pasted log (engine.evaluate)
    for key, value in diagnosis.evidence.items():
        if key.startswith(MATCH_PREFIX):
            continue  # a signature's group: its signature.* entry says where it matched
        if key.startswith(SIGNATURE_PREFIX):
            # "line 3: text" matched in a log; "torch.error line 2: text" in a fact's value.
            where = str(value).split(":", 1)[0]
            if where.startswith("line "):
                origins[LOG] = None
                lines.append(str(value))
            else:
                f = fact(where.rsplit(" line ", 1)[0])
                origins[f.origin if f is not None else LOG] = None
                if f is None or f.origin == LOG:
                    lines.append(str(value))
            continue
        f = fact(key)
        if f is None or f.status == "unknown":
            continue  # no value either way: the condition did not read it
        origins[f.origin] = None
        if f.origin != LOG and f.origin != "derived":
            measured.append(key)
    return Basis(tuple(origins), tuple(measured), tuple(lines))


def split_verify(items: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(checks, re-probed fact names) from a step's `verify:` list."""
    checks = tuple(i for i in items if not i.startswith(REPROBE_PREFIX))
    facts = tuple(dict.fromkeys(i[len(REPROBE_PREFIX):] for i in items if i.startswith(REPROBE_PREFIX)))
    return checks, facts


def step_kinds(steps: Sequence[Step]) -> list[str]:
    kinds: list[str] = []
    for step in steps:
        if step.command:
            kinds.append(COMMAND)
        elif step.verify and kinds and all(k == COMMAND for k in kinds):
            kinds.append(CHECK)
        else:
            kinds.append(MANUAL)
    return kinds


def plan_fix(diagnosis: Diagnosis, remedy_number: int = 1, python: str = "",
             lookup: Optional[Callable[[str], Any]] = None,
             fact: Optional[Callable[[str], Optional[Fact]]] = None, live: bool = False) -> FixPlan:
    """The plan for the diagnosis's remedy `remedy_number` (1-based, as shown to people).

    `lookup` gives a fact's current value (for "before -> after" of re-probed facts); `fact`
    gives the fact itself (FactBase.get), for what the diagnosis rests on (`Basis`). `live`:
    the facts were probed on this machine just now (otherwise nothing of the plan runs).
    """
    remedies = diagnosis.remedies
    if not remedies:
        raise PlanError(f"'{diagnosis.title}' has no remedy gpufix can walk through")
    if not 1 <= remedy_number <= len(remedies):
        raise PlanError(f"remedy {remedy_number}: '{diagnosis.title}' has "
                        f"{len(remedies)} remed{'y' if len(remedies) == 1 else 'ies'}")
    remedy = remedies[remedy_number - 1]
    steps = []
    for i, (step, kind) in enumerate(zip(remedy.steps, step_kinds(remedy.steps)), start=1):
        checks, facts = split_verify(step.verify)
        steps.append(PlannedStep(i, step.text.strip(), tuple(step.command) if step.command else None,
                                 kind, checks, facts))
    names = dict.fromkeys(n for s in steps for n in s.reprobe)
    before = tuple((n, lookup(n)) for n in names) if lookup is not None else ()
    basis = basis_of(diagnosis, fact) if fact is not None else Basis()
    return FixPlan(diagnosis.id, diagnosis.title, remedy.title, remedy_number, len(remedies),
                   tuple(steps), python, before, basis, live)


def runnable_problem(plan: FixPlan, step: PlannedStep) -> Optional[str]:
    """Why `step`'s command must not run here, or None. Data never becomes a program: a plan
    from recorded inputs is only shown, and a command naming a program by path runs only when
    that path is the interpreter gpufix checked and snapshots (plan.python), never a path a
    recording, a log or --fact supplied."""
    if not plan.live:
        return ("this plan is for the recorded machine (--fixture/--no-probe): its commands are shown, "
                "never run here")
    if not step.argv:
        return None
    program = step.argv[0]
    if os.path.dirname(program) and not _same_program(program, plan.python):
        return f"it would run {program}, not the interpreter gpufix checked ({plan.python})"
    return None


def _same_program(a: str, b: str) -> bool:
    if not b:
        return False
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))
