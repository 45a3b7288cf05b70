"""The fix service's verdict: "fixed" only when the same rule, on facts of the same origin, no longer holds.

Real diagnoses come from the real pipeline on the recorded development machine
(tests/fixtures/linux-nodriver-cpu-torch: no NVIDIA driver, torch 2.13.0+cpu, NumPy 2.4.6)
with the exact text pasted in issue 10's walk-through; the commands are real subprocesses.
"""
from __future__ import annotations

import argparse
import io
import dataclasses
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from gpufix.core.outcome import Request
from gpufix.core.pipeline import analyse, collect, with_log
from gpufix.diagnosis import Diagnosis, Remedy, Step
from gpufix.facts import FactBase, absent, ok, unknown
from gpufix.remedy import events as ev
from gpufix.remedy import service as sv
from gpufix.remedy.execute import run_streaming
from gpufix.remedy.plan import Basis, basis_of, plan_fix
from gpufix.remedy.service import FixSession, FixTools, Recheck, judge, run_fix

MACHINE = Path(__file__).resolve().parents[1] / "fixtures" / "linux-nodriver-cpu-torch"
PASTED = "RuntimeError: The NVIDIA driver on your system is too old (found version 10020)"
TOO_OLD = "driver-older-than-runtime"


def machine(*facts: str):
    """The recording, its interpreter replaced by the tests' own: a remedy runs only through the
    interpreter gpufix checked (plan.runnable_problem), and the runners here are harmless."""
    collected = collect(Request(fixture=MACHINE, facts=facts))
    exe = collected.facts.get("python.executable")
    collected.facts.add(dataclasses.replace(exe, value=sys.executable))
    collected.python = sys.executable
    return collected


def pasted_outcome(text: str = PASTED):
    return analyse(with_log(machine(), text))


def diagnosis_in(outcome, did: str) -> Diagnosis:
    return next(d for d in outcome.diagnoses if d.id == did)


@dataclass
class Result:
    """What gpufix.verify's run returns: its status word, facts and exit code (STATUS_EXIT)."""

    status: str
    facts: list = field(default_factory=list)
    message: str = ""

    @property
    def exit_code(self) -> int:
        return 0 if self.status in ("ok", "cpu-only") else 1


# --- what a diagnosis rests on ------------------------------------------------------------

def test_a_pasted_error_rests_on_the_log():
    outcome = pasted_outcome()
    basis = basis_of(diagnosis_in(outcome, TOO_OLD), outcome.facts.get)
    assert "log" in basis.origins
    assert basis.log_lines == (f"line 1: {PASTED}",)
    # A CPU build cannot raise it: the log is another machine's (gpufix.core.machines), so
    # nothing this machine's probes read is what the finding rests on.
    assert basis.measured == ()


def test_a_finding_of_this_machine_rests_on_its_probes():
    outcome = analyse(machine("torch.version=2.2.2"))
    basis = basis_of(diagnosis_in(outcome, "numpy2-abi"), outcome.facts.get)
    assert "log" not in basis.origins and "probe" in basis.origins
    assert "numpy.version" in basis.measured and basis.log_lines == ()
    assert not any(outcome.facts.get(n).origin == "derived" for n in basis.measured)


def test_a_signature_in_a_probed_error_is_this_machines():
    # Signatures also match probe facts' texts (torch.error): that is this machine, not a log.
    facts = FactBase()
    facts.add(ok("torch.error", "OSError: libcudart.so.12: cannot open shared object file", "torch"))
    d = Diagnosis("x", "X", "error", "setup", "",
                  evidence={"signature.missing": "torch.error line 1: OSError: libcudart.so.12: ...",
                            "match.lib": "libcudart.so.12", "gpu.name": None})
    basis = basis_of(d, facts.get)
    assert basis == Basis(("probe",), (), ())
    facts.add(ok("torch.error", "OSError: libcudart.so.12", "log", origin="log"))
    assert basis_of(d, facts.get).origins == ("log",)


def test_a_finding_about_the_logs_own_machine_rests_on_the_log():
    # gpufix.core.machines analyses a log of another machine apart: its findings say so.
    facts = FactBase()
    facts.add(ok("torch.version_full", "2.13.0+cpu", "torch"))
    d = Diagnosis("x", "X", "error", "setup", "", evidence={"torch.version_full": "2.4.1+cu121"}, machine="log")
    assert basis_of(d, facts.get) == Basis(("log",), (), ())


# --- the verdict ----------------------------------------------------------------------------

def _plan(from_log: bool, checks=("cuda-alloc",)):
    outcome = pasted_outcome() if from_log else analyse(machine("torch.version=2.2.2"))
    did = TOO_OLD if from_log else "numpy2-abi"
    d = diagnosis_in(outcome, did)
    d = Diagnosis(d.id, d.title, d.severity, d.kind, d.explanation, d.evidence,
                  (Remedy("r", (Step("do it", ("true",)), Step("check", None, tuple(checks)))),))
    return plan_fix(d, python=sys.executable, fact=outcome.facts.get, live=True)


@pytest.mark.parametrize("from_log, recheck, status, reason", [
    # The same rule still holds: not fixed, whatever it rested on.
    (True, Recheck(still_applies=True), ev.STILL, ""),
    (False, Recheck(still_applies=True), ev.STILL, ""),
    # Gone from this machine's probes, but it was read from a log: probing proves nothing.
    (True, Recheck(still_applies=False, verify_passed=True, gpu_checked=True), ev.RERUN, sv.FROM_LOG),
    # The command's new output no longer shows it: the same rule on a log, false.
    (True, Recheck(still_applies=False, from_output=True), ev.FIXED, sv.NEW_OUTPUT),
    (True, Recheck(still_applies=True, from_output=True), ev.STILL, ""),
    # Checks that did not run, ran on no GPU, or failed: not verified.
    (False, Recheck(still_applies=False, verify_missing=True), ev.UNVERIFIED, sv.CHECKS_NOT_RUN),
    (False, Recheck(still_applies=False, verify_passed=True, gpu_checked=False), ev.UNVERIFIED, sv.NO_GPU_CHECKED),
    (False, Recheck(still_applies=False, verify_passed=False), ev.UNVERIFIED, sv.CHECK_FAILED),
    (False, Recheck(still_applies=False, not_read_again=("numpy.version",)), ev.UNVERIFIED, sv.NOT_READ_AGAIN),
    (False, Recheck(), ev.UNVERIFIED, sv.NO_REDIAGNOSIS),
    (False, Recheck(still_applies=False, verify_passed=True, gpu_checked=True), ev.FIXED, ""),
])
def test_judge(from_log, recheck, status, reason):
    out = judge(_plan(from_log), recheck)
    assert (out.status, out.reason) == (status, reason)


@pytest.mark.parametrize("recheck, status, reason", [
    # `verify: [rerun]` (e.g. PaddlePaddle's kernels, which no check gpufix runs exercises): gone from the
    # probes is no proof, and no check is run in its place; only the program's new output decides.
    (Recheck(still_applies=False), ev.RERUN, sv.NEEDS_OUTPUT),
    (Recheck(still_applies=False, verify_passed=True, gpu_checked=True), ev.RERUN, sv.NEEDS_OUTPUT),
    (Recheck(still_applies=True), ev.STILL, ""),
    (Recheck(still_applies=False, from_output=True), ev.FIXED, sv.NEW_OUTPUT),
    (Recheck(still_applies=True, from_output=True), ev.STILL, ""),
])
def test_judge_a_remedy_proved_only_by_new_output(recheck, status, reason):
    plan = _plan(False, checks=("rerun",))
    assert plan.needs_output and plan.checks == ()
    out = judge(plan, recheck)
    assert (out.status, out.reason) == (status, reason)


def test_rerun_is_not_a_check_the_verifier_runs():
    plan = _plan(False, checks=("rerun",))
    called: list = []
    tools = _tools(Machine("torch.version=2.2.2"), verifier=lambda *a: called.append(a) or Result("ok"))
    events: list = []
    out = FixSession(plan, tools, events.append).recheck(("rerun",))
    assert called == [] and not any(isinstance(e, ev.VerifyStarted) for e in events)
    assert (out.status, out.reason) == (ev.STILL, "")  # NumPy 2 still there: the rule still holds
    out = FixSession(plan, _tools(Machine("torch.version=2.2.2", "numpy.version=1.26.4"), verifier=lambda *a:
                                  called.append(a)), events.append).recheck(("rerun",))
    assert called == [] and (out.status, out.reason) == (ev.RERUN, sv.NEEDS_OUTPUT)


class Machine:
    """Re-diagnoses this machine as gpufix would: the recording, plus what the step changed."""

    def __init__(self, *facts: str, probes_fail: bool = False):
        self.facts, self.probes_fail = facts, probes_fail

    def rediagnose(self, learnt):
        collected = machine(*self.facts)
        if self.probes_fail:  # the python-env probe timed out this time: NumPy not known
            facts = FactBase()
            facts.extend(f for f in collected.facts if f.name != "numpy.version")
            facts.add(unknown("numpy.version", "python-env", "timed out after 30 s"))
            collected.facts = facts
        collected.facts.extend(learnt)
        return analyse(collected)

    def rediagnose_output(self, text):
        return analyse(with_log(machine(*self.facts), text))


def harmless(argv, on_line) -> int:
    """The recorded remedies name /tmp/dev/bin/python (the recording's); run a no-op instead."""
    return run_streaming([sys.executable, "-c", "print('ok')"], on_line)


def _tools(m: Machine, verifier=None, runner=harmless) -> FixTools:
    return FixTools(runner=runner, snapshotter=None, reprobe=lambda names: [], verifier=verifier,
                    rediagnose=m.rediagnose, rediagnose_output=m.rediagnose_output)


def test_a_log_diagnosis_is_never_fixed_by_probing_only_by_new_output():
    outcome = pasted_outcome()
    d = diagnosis_in(outcome, TOO_OLD)
    plan = plan_fix(d, 1, sys.executable, outcome.facts.value, outcome.facts.get, live=True)
    events: list = []
    session = FixSession(plan, _tools(Machine()), events.append)
    # The walk-through: the check key, nothing done. The machine alone has no such finding.
    probed = session.recheck(())
    assert probed.still_applies is False and (probed.status, probed.reason) == (ev.RERUN, sv.FROM_LOG)
    assert session.recheck_output(PASTED).status == ev.STILL
    fixed = session.recheck_output("2.13.0+cpu None\n")
    assert (fixed.status, fixed.reason) == (ev.FIXED, sv.NEW_OUTPUT)
    # run_fix says the same: the remedy's steps are done by hand, so say they were done.
    report = run_fix(plan, _tools(Machine()), lambda request: True, events.append)
    assert report.status == ev.RERUN and not report.fixed and report.reason == sv.FROM_LOG


def test_a_fact_the_diagnosis_rested_on_that_cannot_be_read_again_is_not_verified():
    outcome = analyse(machine("torch.version=2.2.2"))
    plan = plan_fix(diagnosis_in(outcome, "numpy2-abi"), 1, sys.executable, outcome.facts.value, outcome.facts.get, live=True)
    # NumPy unreadable after the step: the rule cannot fire, but it was not evaluated either.
    report = run_fix(plan, _tools(Machine("torch.version=2.2.2", probes_fail=True),
                                  verifier=lambda *a: Result("cpu-only")), lambda request: True)
    assert report.status == ev.UNVERIFIED and report.reason == sv.NOT_READ_AGAIN
    assert report.not_read_again == ("numpy.version",)
    # Read again, as NumPy 1.26.4: fixed (its check is MNIST, which a CPU may run).
    report = run_fix(plan, _tools(Machine("torch.version=2.2.2", "numpy.version=1.26.4"),
                                  verifier=lambda *a: Result("cpu-only")), lambda request: True)
    assert report.status == ev.FIXED, report


def test_a_gpu_check_that_ran_on_no_gpu_is_not_verified():
    outcome = analyse(machine("torch.version=2.2.2"))
    d = diagnosis_in(outcome, "numpy2-abi")
    d = Diagnosis(d.id, d.title, d.severity, d.kind, d.explanation, d.evidence,
                  (Remedy("r", (Step("pin", ("true",)), Step("check", None, ("cuda-alloc",)))),))
    plan = plan_fix(d, 1, sys.executable, outcome.facts.value, outcome.facts.get, live=True)
    fixed_machine = Machine("torch.version=2.2.2", "numpy.version=1.26.4")
    cpu_run = Result("cpu-only", [ok("verify.gpu_checked", False, "verify")], "no GPU checked")
    report = run_fix(plan, _tools(fixed_machine, verifier=lambda *a: cpu_run), lambda request: True)
    assert (report.status, report.reason) == (ev.UNVERIFIED, sv.NO_GPU_CHECKED)
    gpu_run = Result("ok", [ok("verify.gpu_checked", True, "verify")])
    assert run_fix(plan, _tools(fixed_machine, verifier=lambda *a: gpu_run), lambda request: True).fixed


def test_a_check_the_verification_skipped_is_not_verified():
    outcome = analyse(machine("torch.version=2.2.2"))
    plan = plan_fix(diagnosis_in(outcome, "numpy2-abi"), 1, sys.executable, outcome.facts.value, outcome.facts.get, live=True)
    assert plan.checks == ("mnist",)
    fixed_machine = Machine("torch.version=2.2.2", "numpy.version=1.26.4")
    # As gpufix.verify states a skipped MNIST run (verify.events: "MNIST skipped: ...").
    skipped = Result("cpu-only", [absent("verify.mnist_accuracy", "verify", "MNIST skipped: --no-mnist")])
    report = run_fix(plan, _tools(fixed_machine, verifier=lambda *a: skipped), lambda request: True)
    assert (report.status, report.reason) == (ev.UNVERIFIED, sv.CHECKS_NOT_RUN)
    trained = Result("cpu-only", [ok("verify.mnist_accuracy", 0.991, "verify")])
    assert run_fix(plan, _tools(fixed_machine, verifier=lambda *a: trained), lambda request: True).fixed


def test_a_step_that_exits_1_fails_and_stops_the_remedy(tmp_path):
    later = tmp_path / "later"
    outcome = analyse(machine("torch.version=2.2.2"))
    d = diagnosis_in(outcome, "numpy2-abi")
    d = Diagnosis(d.id, d.title, d.severity, d.kind, d.explanation, d.evidence, (Remedy("r", (
        Step("fails", (sys.executable, "-c", "import sys; print('ERROR: no matching distribution'); sys.exit(1)")),
        Step("after", (sys.executable, "-c", f"open({str(later)!r}, 'w')")))),))
    events: list = []
    report = run_fix(plan_fix(d, python=sys.executable, live=True), _tools(Machine(), runner=run_streaming), lambda request: True, events.append)
    assert report.status == ev.FAILED and report.failed_step.number == 1 and report.error == "exit code 1"
    assert not later.exists()
    assert [type(e).__name__ for e in events if isinstance(e, (ev.StepFinished, ev.StepFailed))] == ["StepFailed"]


# --- what `gpufix fix` says ----------------------------------------------------------------

def _said(report) -> str:
    from gpufix.commands.fix import _Fixer

    out = io.StringIO()
    fixer = _Fixer(argparse.Namespace(), None, sys.executable, "en", out)
    fixer.on_event(ev.Finished(report))
    return out.getvalue()


def test_the_cli_asks_for_the_new_output_when_only_it_can_prove_the_fix():
    plan = _plan(False, checks=("rerun",))
    said = _said(ev.FixReport(plan, ev.RERUN, reason=sv.NEEDS_OUTPUT))
    assert "only the program's new output can show it gone" in said and "gpufix --log new.txt" in said
    assert "was found in the log" not in said and "Fixed" not in said


def test_the_cli_asks_for_the_new_output_of_a_log_diagnosis():
    outcome = pasted_outcome()
    plan = plan_fix(diagnosis_in(outcome, TOO_OLD), 1, sys.executable, outcome.facts.value, outcome.facts.get, live=True)
    said = _said(ev.FixReport(plan, ev.RERUN, reason=sv.FROM_LOG))
    assert "Fixed" not in said
    assert "[!] Cannot confirm from here:" in said and "was found in the log, not on this machine." in said
    assert "line 1: RuntimeError: The NVIDIA driver on your system is too old" in said
    assert "gpufix --log new.txt" in said


def test_the_cli_says_not_verified_when_no_gpu_was_checked():
    outcome = analyse(machine("torch.version=2.2.2"))
    plan = plan_fix(diagnosis_in(outcome, "numpy2-abi"), 1, sys.executable, live=True)
    said = _said(ev.FixReport(plan, ev.UNVERIFIED, outcome=outcome, verify_status="cpu-only",
                              reason=sv.NO_GPU_CHECKED))
    assert "[!] Not verified:" in said and "no GPU checked" in said and "Fixed" not in said


def test_every_finding_that_needs_its_log_rests_on_the_log():
    """Over every recorded case with a log: a diagnosis that does not fire on the same facts
    without the log must be classified as resting on it, or probing could call it fixed."""
    from gpufix.tui.fix_tools import without_log  # the TUI's re-check: the same facts, no log

    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    checked, offenders = 0, []
    for case in sorted(p for p in fixtures.iterdir() if (p / "log.txt").is_file()):
        collected = collect(Request(fixture=case, probe=False))
        outcome = analyse(collected)
        without = {d.id for d in analyse(without_log(collected)).diagnoses}
        for d in outcome.diagnoses:
            if d.id not in without:
                checked += 1
                if "log" not in basis_of(d, outcome.facts.get).origins:
                    offenders.append(f"{case.name}: {d.id}")
    assert checked >= 50  # 78 when this was written
    assert not offenders, "found only with the log, yet not resting on it:\n" + "\n".join(offenders)
