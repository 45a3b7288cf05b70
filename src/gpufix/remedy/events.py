"""What a fix reports while it runs, as plain data: the CLI prints it, the TUI posts it.

Nothing here is worded for people: front ends choose the words (and the language).
"""
from __future__ import annotations

from typing import Any, Optional

from gpufix.records import record
from gpufix.remedy.plan import FixPlan, PlannedStep


@record(frozen=True)
class SnapshotStarted:
    python: str


@record(frozen=True)
class SnapshotSaved:
    path: str


@record(frozen=True)
class SnapshotFailed:
    error: str  # one line; nothing was run


@record(frozen=True)
class StepStarted:
    step: PlannedStep  # step.argv is exactly what runs


@record(frozen=True)
class StepOutput:
    step: PlannedStep
    line: str


@record(frozen=True)
class StepFinished:
    step: PlannedStep
    exit_code: int  # 0


@record(frozen=True)
class StepFailed:
    step: PlannedStep
    exit_code: Optional[int]  # None: the command could not be started
    error: str = ""  # why it could not start


@record(frozen=True)
class ManualStep:
    """A step gpufix cannot do; `done` is whether the person said they did it."""

    step: PlannedStep
    done: bool


@record(frozen=True)
class Reprobed:
    step: PlannedStep
    # (fact name, value before the step or None, value now or None when not known)
    values: tuple[tuple[str, Any, Any], ...]
    not_probed: tuple[str, ...] = ()  # names no probe produces (derived, log-only facts)

    @property
    def unchanged_environment(self) -> tuple[str, ...]:
        """The environment variables (env.*) that read the same after the step. gpufix re-reads the environment
        its own process was started with: a variable the step set in the system settings, a shell profile or
        another terminal reaches only programs started later, so "unchanged" here does not mean "not done"."""
        return tuple(n for n, before, now in self.values if n.startswith("env.") and before == now)


@record(frozen=True)
class ReprobeFailed:
    step: PlannedStep
    error: str


@record(frozen=True)
class VerifyStarted:
    checks: tuple[str, ...]


@record(frozen=True)
class VerifyProgressEvent:
    event: dict  # one gpufix.verify event, as the verifier emitted it


@record(frozen=True)
class VerifyFinished:
    passed: bool
    status: str  # the verifier's status word (ok, cpu-only, failed...)
    message: str


@record(frozen=True)
class VerifyUnavailable:
    error: str = ""  # empty: no verifier here; else: it raised this


@record(frozen=True)
class Rediagnosed:
    outcome: Any  # whatever the re-diagnose callable returned (has .diagnoses)
    still_applies: bool


@record(frozen=True)
class RediagnoseFailed:
    error: str


# Fix statuses, in FixReport.status
FIXED = "fixed"  # every step done; the same rule, on facts of the same origin, no longer holds; checks passed
STILL = "still"  # every step done, but the diagnosis still applies
# The diagnosis is gone but that proves nothing: a check failed, did not run or ran on no GPU,
# a fact it rested on could not be read again, or the rules could not run again.
UNVERIFIED = "unverified"
# It came from a log: probing cannot show it gone; re-run the command and pass its new output.
RERUN = "rerun"
FAILED = "failed"  # a step failed (or the snapshot could not be taken): stopped there
MANUAL = "manual"  # stopped at a step the person has to do
DECLINED = "declined"  # the person said no (or it was a dry run): nothing ran


@record(frozen=True)
class FixReport:
    plan: FixPlan
    status: str
    snapshot: str = ""  # where the snapshot was saved, when one was taken
    failed_step: Optional[PlannedStep] = None
    error: str = ""  # why it failed, one line
    done: tuple[int, ...] = ()  # numbers of the steps done (run, checked, or done by hand)
    left: tuple[PlannedStep, ...] = ()  # steps not done when it stopped
    outcome: Any = None  # the re-diagnosis, when one ran
    verify_status: str = ""  # the verifier's status word, when it ran
    reason: str = ""  # why it is not fixed (gpufix.remedy.service's FROM_LOG, NO_GPU_CHECKED...)
    not_read_again: tuple[str, ...] = ()  # facts it rested on that the re-check could not read

    @property
    def fixed(self) -> bool:
        return self.status == FIXED


@record(frozen=True)
class Finished:
    report: FixReport


@record(frozen=True)
class ConfirmRequest:
    """What `confirm` is asked: run the plan's commands ("run"), or was a manual step done ("manual")."""

    kind: str  # run | manual
    plan: FixPlan
    step: Optional[PlannedStep] = None
    snapshot: bool = True  # a snapshot will be taken before the first command
