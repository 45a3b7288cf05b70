"""Fixing as a service: run a plan's steps safely and say honestly whether it worked.

The CLI (`gpufix fix`) and the TUI's walk-through both call this; they only render the
events (gpufix.remedy.events) and answer `confirm`. Everything that touches the world
comes in through `FixTools`, so this module stays below the core pipeline: it never
imports gpufix.core, gpufix.commands or gpufix.tui.

`run_fix` is the whole flow, linear as conda doctor's fixers are: confirm (the callback
owns dry-run and "no"), then step by step: one snapshot before the first command, run it
with its output streamed, stop at the first failure; a manual step stops the fix unless
`confirm` says it was done; after each step the facts it names (`reprobe:`) are read
again; at the end the checks run (cuda-alloc, mnist) and the diagnosis is re-evaluated.
`FixSession` holds the same pieces one call at a time for the TUI, where a person
presses a key per step.

"Fixed" is a claim that needs proof (`judge`): the re-check must evaluate the same rule on
facts of the same origin and find it false. A diagnosis read from a log cannot be
re-checked by probing this machine (the log may even come from another machine): only the
command's new output can show it gone (`FixSession.recheck_output`), so without that the
answer is "re-run and paste the output". A check that did not run, ran on no GPU, or a fact
the diagnosis rested on that could not be read again, is "not verified", never "fixed".
"""
from __future__ import annotations

import threading
from dataclasses import field
from typing import Any, Callable, Iterable, Optional, Sequence

from gpufix.facts import Fact
from gpufix.records import record
from gpufix.remedy.commandline import command_line
from gpufix.remedy.events import (DECLINED, FAILED, FIXED, MANUAL, RERUN, STILL, UNVERIFIED, ConfirmRequest, Finished,
                                  FixReport, ManualStep, Rediagnosed, RediagnoseFailed, Reprobed, ReprobeFailed,
                                  SnapshotFailed, SnapshotSaved, SnapshotStarted, StepFailed, StepFinished,
                                  StepOutput, StepStarted, VerifyFinished, VerifyProgressEvent, VerifyStarted,
                                  VerifyUnavailable)
from gpufix.remedy.execute import CommandRunner, run_streaming
from gpufix.remedy.plan import (COMMAND, LOG, MANUAL as MANUAL_STEP, VERIFY_ORDER, FixPlan, PlannedStep,
                                runnable_problem)

EventSink = Callable[[Any], None]
Confirm = Callable[[ConfirmRequest], bool]
Snapshotter = Callable[[str, str], str]  # (python, reason) -> where it was saved
Reprobe = Callable[[Sequence[str]], Iterable[Fact]]  # fact names -> fresh facts
# (python, checks, on_event, cancel) -> a result with .status, .message, .facts, .exit_code;
# None when verification is not available here (gpufix.verify's run_verify fits).
Verifier = Callable[[str, Sequence[str], Callable[[dict], None], Optional[threading.Event]], Any]
# Facts learnt while fixing (the verification's) -> a new outcome with .diagnoses (and .facts).
Rediagnose = Callable[[list[Fact]], Any]
# The re-run command's new output (text) -> an outcome of this machine's facts with that log.
RediagnoseOutput = Callable[[str], Any]

# pip's refusal to install into a Python the OS manages (PEP 668), and what to do instead: a
# virtual environment, which gpufix then fixes (nothing is installed into the managed one).
EXTERNALLY_MANAGED = "externally-managed-environment"
PEP668_ADVICE = ("{python} is managed by the operating system (PEP 668) and pip refused to change it; "
                 "nothing was installed. Create a virtual environment (python3 -m venv ~/venvs/torch), "
                 "then run gpufix --python ~/venvs/torch/bin/python")

# Why a re-check is not proof (Recheck.reason, FixReport.reason); front ends word them.
NO_REDIAGNOSIS = "no-rediagnosis"  # the rules could not run again
FROM_LOG = "from-log"  # the diagnosis rests on a log: probing cannot show it gone
NOT_READ_AGAIN = "not-read-again"  # a fact it rested on could not be read again
CHECKS_NOT_RUN = "checks-not-run"  # the checks it asks for could not run here
NO_GPU_CHECKED = "no-gpu-checked"  # the checks ran, but on no GPU (a CPU-only torch or no device)
CHECK_FAILED = "check-failed"  # a check failed
NEW_OUTPUT = "new-output"  # judged on the command's new output (the same log rule, again)
NEEDS_OUTPUT = "needs-output"  # the remedy's proof is the program's new output (verify: [rerun])
GPU_CHECK = "cuda-alloc"  # the check that needs a GPU (mnist also runs on the CPU)
# The verification fact that holds each check's result (gpufix.verify.events).
CHECK_RESULT = {"cuda-alloc": "verify.alloc_ok", "mnist": "verify.mnist_accuracy"}


def save_snapshot(python: str, reason: str) -> str:
    """The real snapshotter: `pip freeze` (and conda's list) into the state directory."""
    from gpufix.remedy.snapshot import take_snapshot  # lazy: only when a fix really runs

    return str(take_snapshot(python, reason).path)


@record
class FixTools:
    """What a fix touches; tests pass harmless ones. None: not available here."""

    runner: CommandRunner = run_streaming
    snapshotter: Optional[Snapshotter] = save_snapshot
    reprobe: Optional[Reprobe] = None
    verifier: Optional[Verifier] = None
    rediagnose: Optional[Rediagnose] = None
    rediagnose_output: Optional[RediagnoseOutput] = None
    cancel: Optional[threading.Event] = None  # set to stop a verification
    os_name: Optional[str] = None  # how command lines are quoted (the snapshot's reason)


@record
class Recheck:
    """After the checks and the re-diagnosis."""

    outcome: Any = None  # None: could not re-diagnose
    still_applies: Optional[bool] = None
    verify_status: str = ""  # "" when no check ran
    verify_passed: Optional[bool] = None  # None: no check was wanted, or none could run
    verify_missing: bool = False  # checks were wanted but could not run
    gpu_checked: Optional[bool] = None  # None: no GPU check wanted or run; False: it ran with no GPU
    not_read_again: tuple[str, ...] = ()  # facts the diagnosis rested on that the re-check lacks
    status: str = UNVERIFIED  # the verdict (`judge`): fixed | still | unverified | rerun
    reason: str = NO_REDIAGNOSIS  # why it is not fixed, when it is not (see the constants)
    from_output: bool = False  # judged on the command's new output, not on this machine's probes


@record
class FixSession:
    """One remedy being applied: remembers the snapshot so it is taken once."""

    plan: FixPlan
    tools: FixTools
    on_event: EventSink = field(default=lambda _e: None)
    snapshot: str = ""
    error: str = ""  # why the last run_command failed
    snapshot_failed: bool = False  # then nothing ran

    def run_command(self, step: PlannedStep) -> bool:
        """Snapshot (before the first command only), run, stream; False when anything failed."""
        emit = self.on_event
        if step.argv is None:
            raise ValueError(f"step {step.number} has no command")
        refused = runnable_problem(self.plan, step)
        if refused:  # before the snapshot: nothing of this plan may run
            self.error = refused
            emit(StepFailed(step, None, refused))
            return False
        if not self.snapshot and self.tools.snapshotter is not None:
            emit(SnapshotStarted(self.plan.python))
            try:
                self.snapshot = self.tools.snapshotter(self.plan.python, command_line(step.argv, self.tools.os_name))
            except Exception as e:  # noqa: BLE001 - SnapshotError, OSError...: no snapshot, no run
                self.error, self.snapshot_failed = _one_line(e), True
                emit(SnapshotFailed(self.error))
                return False
            emit(SnapshotSaved(self.snapshot))
        emit(StepStarted(step))
        managed = []  # pip's PEP 668 refusal, seen in the output

        def output(line: str) -> None:
            if EXTERNALLY_MANAGED in line:
                managed.append(line)
            emit(StepOutput(step, line))
        try:
            rc = self.tools.runner(step.argv, output)
        except Exception as e:  # noqa: BLE001 - CommandError (not found, no permission): one line
            self.error = _one_line(e)
            emit(StepFailed(step, None, self.error))
            return False
        if rc != 0:
            self.error = f"exit code {rc}"
            if managed:  # nothing was installed: pip refused before touching the environment
                self.error = PEP668_ADVICE.format(python=self.plan.python)
            emit(StepFailed(step, rc, self.error if managed else ""))
            return False
        emit(StepFinished(step, rc))
        return True

    def reprobe(self, step: PlannedStep) -> None:
        """Read again the facts the step names (`reprobe:`), and say what they are now."""
        if not step.reprobe or self.tools.reprobe is None:
            return
        try:
            fresh = {f.name: f for f in self.tools.reprobe(step.reprobe)}
        except Exception as e:  # noqa: BLE001 - a probe crash must not hide the step's result
            self.on_event(ReprobeFailed(step, _one_line(e)))
            return
        values = tuple((n, self.plan.value_before(n), fresh[n].value if fresh[n].known else None)
                       for n in step.reprobe if n in fresh)
        self.on_event(Reprobed(step, values, tuple(n for n in step.reprobe if n not in fresh)))

    def recheck(self, checks: Sequence[str]) -> Recheck:
        """Run the checks (verifier), then re-diagnose with what they found."""
        emit, tools = self.on_event, self.tools
        out = Recheck()
        learnt: list[Fact] = []
        checks = tuple(c for c in checks if c in VERIFY_ORDER)  # `rerun` is judged on the new output (judge)
        if checks:
            result = None
            if tools.verifier is None:
                emit(VerifyUnavailable())
            else:
                emit(VerifyStarted(tuple(checks)))
                try:
                    result = tools.verifier(self.plan.python, tuple(checks),
                                            lambda event: emit(VerifyProgressEvent(event)), tools.cancel)
                except Exception as e:  # noqa: BLE001 - a crashed verification is a result, not a crash
                    emit(VerifyUnavailable(_one_line(e)))
                else:
                    if result is None:
                        emit(VerifyUnavailable())
            if result is None:
                out.verify_missing = True
            else:
                learnt = list(getattr(result, "facts", []) or [])
                out.verify_status = str(getattr(result, "status", ""))
                out.verify_passed = getattr(result, "exit_code", 1) == 0
                # "cpu-only" exits 0 (nothing failed) but checked no GPU: no proof for a remedy
                # that asks for the GPU check (cuda-alloc); MNIST alone may run on the CPU.
                if GPU_CHECK in checks and out.verify_passed:
                    out.gpu_checked = out.verify_status == "ok" and not _ran_on_cpu(learnt)
                # A wanted check the run skipped (MNIST after a failed device check, or told
                # not to) did not run: nothing it would have shown is known.
                out.verify_missing = any(_skipped(check, learnt) for check in checks)
                emit(VerifyFinished(out.verify_passed, out.verify_status, str(getattr(result, "message", ""))))
        if tools.rediagnose is None:
            emit(RediagnoseFailed("re-diagnosis is not available here"))
            return judge(self.plan, out)
        try:
            outcome = tools.rediagnose(learnt)
        except Exception as e:  # noqa: BLE001 - probes or rules failing: say so, don't claim anything
            emit(RediagnoseFailed(_one_line(e)))
            return judge(self.plan, out)
        out.outcome = outcome
        out.still_applies = self.plan.diagnosis_id in {d.id for d in getattr(outcome, "diagnoses", ())}
        out.not_read_again = _not_read_again(self.plan, outcome)
        emit(Rediagnosed(outcome, out.still_applies))
        return judge(self.plan, out)

    def recheck_output(self, text: str) -> Recheck:
        """Judge a log-based diagnosis on the re-run command's new output: the same rule, on
        facts of the same origin (a log), with this machine's facts as before."""
        out = Recheck(from_output=True)
        if self.tools.rediagnose_output is None:
            self.on_event(RediagnoseFailed("re-diagnosis is not available here"))
            return judge(self.plan, out)
        try:
            outcome = self.tools.rediagnose_output(text)
        except Exception as e:  # noqa: BLE001 - a failed analysis claims nothing
            self.on_event(RediagnoseFailed(_one_line(e)))
            return judge(self.plan, out)
        out.outcome = outcome
        out.still_applies = self.plan.diagnosis_id in {d.id for d in getattr(outcome, "diagnoses", ())}
        self.on_event(Rediagnosed(outcome, out.still_applies))
        return judge(self.plan, out)


def judge(plan: FixPlan, out: Recheck) -> Recheck:
    """Set `out.status` and `out.reason`: "fixed" only with proof (see the module doc)."""
    if out.still_applies is None:
        out.status, out.reason = UNVERIFIED, NO_REDIAGNOSIS
    elif out.still_applies:
        # The same rule still holds (on this machine's facts, or on the new output): not fixed,
        # whatever it first rested on.
        out.status, out.reason = STILL, ""
    elif plan.from_log and not out.from_output:
        out.status, out.reason = RERUN, FROM_LOG
    elif plan.needs_output and not out.from_output:
        # e.g. PaddlePaddle's own kernels: no check gpufix runs exercises them, the program's output does.
        out.status, out.reason = RERUN, NEEDS_OUTPUT
    elif out.not_read_again:
        out.status, out.reason = UNVERIFIED, NOT_READ_AGAIN
    elif out.verify_passed is False:
        out.status, out.reason = UNVERIFIED, CHECK_FAILED
    elif out.gpu_checked is False:  # before "not run": a CPU-only run skips the GPU check, this says why
        out.status, out.reason = UNVERIFIED, NO_GPU_CHECKED
    elif out.verify_missing:
        out.status, out.reason = UNVERIFIED, CHECKS_NOT_RUN
    else:
        out.status, out.reason = FIXED, (NEW_OUTPUT if out.from_output else "")
    return out


def _not_read_again(plan: FixPlan, outcome: Any) -> tuple[str, ...]:
    """The facts the diagnosis rested on (read from this machine) that the re-check could not
    read again, or read only from a log: without them the rule was not evaluated the same way."""
    facts = getattr(outcome, "facts", None)
    if facts is None:
        return ()  # an outcome without its facts (tests' stand-ins): nothing to compare
    missing = []
    for name in plan.basis.measured:
        f = facts.get(name)
        if f is None or f.status == "unknown" or f.origin == LOG:
            missing.append(name)
    return tuple(missing)


def _skipped(check: str, facts: Sequence[Fact]) -> bool:
    """The verification says it did not run `check` (its result fact is there, without a value)."""
    name = CHECK_RESULT.get(check)
    return any(f.name == name and not f.known for f in facts)


def _ran_on_cpu(facts: Sequence[Fact]) -> bool:
    """The verification's own word that no GPU was exercised (verify.gpu_checked false)."""
    return any(f.name == "verify.gpu_checked" and f.known and f.value is False for f in facts)


def run_fix(plan: FixPlan, tools: FixTools, confirm: Confirm, on_event: EventSink = lambda _e: None) -> FixReport:
    """Apply the plan (see the module doc); the report says how far it got and whether it worked."""
    snapshot_first = tools.snapshotter is not None and bool(plan.commands)
    if not confirm(ConfirmRequest("run", plan, snapshot=snapshot_first)):
        return _finish(on_event, FixReport(plan, DECLINED, left=plan.steps))
    session = FixSession(plan, tools, on_event)
    done: list[int] = []
    for i, step in enumerate(plan.steps):
        if step.kind == MANUAL_STEP:
            did_it = confirm(ConfirmRequest("manual", plan, step))
            on_event(ManualStep(step, did_it))
            if not did_it:
                return _finish(on_event, FixReport(plan, MANUAL, session.snapshot, done=tuple(done),
                                                   left=plan.steps[i:]))
        elif step.kind == COMMAND and not session.run_command(step):
            failed = None if session.snapshot_failed else step
            return _finish(on_event, FixReport(plan, FAILED, session.snapshot, failed, session.error,
                                               tuple(done), plan.steps[i:]))
        done.append(step.number)
        session.reprobe(step)
    recheck = session.recheck(plan.checks)
    return _finish(on_event, FixReport(plan, recheck.status, session.snapshot, done=tuple(done),
                                       outcome=recheck.outcome, verify_status=recheck.verify_status,
                                       reason=recheck.reason, not_read_again=recheck.not_read_again))


def _finish(on_event: EventSink, report: FixReport) -> FixReport:
    on_event(Finished(report))
    return report


def _one_line(e: BaseException) -> str:
    text = str(e).strip().splitlines()
    return text[0] if text else type(e).__name__
