"""The fix service (gpufix.remedy.service) with real subprocesses as the remedy commands.

Each command is `python -c ...` writing a small "environment" file; the re-probe reads that
file back and the re-diagnosis looks at it, so what the service reports is checked against
what really happened on disk, in the order it happened.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from gpufix.diagnosis import Diagnosis, Remedy, Step
from gpufix.facts import ok
from gpufix.remedy import events as ev
from gpufix.remedy.execute import run_streaming
from gpufix.remedy.plan import CHECK, COMMAND, MANUAL, PlanError, plan_fix, split_verify
from gpufix.remedy.reprobe import probe_facts, probes_for
from gpufix.remedy.service import FixSession, FixTools, run_fix


def write(path: Path, text: str, rc: int = 0) -> tuple[str, ...]:
    """A remedy command: a real interpreter writes `text` to `path`, prints, exits with `rc`."""
    code = f"import sys; open({str(path)!r}, 'w').write({text!r}); print('wrote', {text!r}); sys.exit({rc})"
    return (sys.executable, "-c", code)


def diagnosis(*steps: Step, did: str = "numpy2-abi") -> Diagnosis:
    return Diagnosis(did, "NumPy 2 next to a NumPy 1 build", "error", "setup", "",
                     remedies=(Remedy("Pin NumPy 1.x", tuple(steps)), Remedy("Other", (Step("x", verify=("mnist",)),))))


@dataclass
class World:
    """The environment file, a re-probe that reads it, and a re-diagnosis that judges it."""

    path: Path
    events: list = field(default_factory=list)
    reprobed: list = field(default_factory=list)
    learnt: list = field(default_factory=list)
    asked: list = field(default_factory=list)

    def reprobe(self, names):
        self.reprobed.append((tuple(names), self.read()))
        return [ok("numpy.version", self.read(), "python-env")] if "numpy.version" in names else []

    def read(self) -> str:
        return self.path.read_text() if self.path.exists() else "2.0.2"

    def rediagnose(self, learnt):
        self.learnt.append(list(learnt))
        still = self.read().startswith("2.")
        return Outcome([diagnosis(did="numpy2-abi")] if still else [])

    def tools(self, **kw) -> FixTools:
        kw.setdefault("snapshotter", self.snapshot)
        return FixTools(runner=run_streaming, reprobe=self.reprobe, rediagnose=self.rediagnose, **kw)

    def snapshot(self, python, reason):
        self.events.append(("snapshot", self.read()))  # what the environment was when it was saved
        return str(self.path.parent / "snap-1")

    def confirm(self, answer=True, manual=True):
        def ask(request):
            self.asked.append(request)
            return answer if request.kind == "run" else manual
        return ask


@dataclass
class Outcome:
    diagnoses: list


@dataclass
class Result:
    """What gpufix.verify's run returns (status word, message, facts, exit code)."""

    status: str
    message: str = ""
    facts: list = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 0 if self.status in ("ok", "cpu-only") else 1


@pytest.fixture
def world(tmp_path) -> World:
    return World(tmp_path / "numpy-version.txt")


def kinds(events):
    return [type(e).__name__ for e in events]


# --- the plan ----------------------------------------------------------------------

def test_steps_are_commands_checks_or_manual():
    d = diagnosis(Step("install", ("python", "-m", "pip", "install", "numpy==1.26.4"), ("reprobe:numpy.version",)),
                  Step("check torch", None, ("mnist",)),
                  Step("reboot", None, ("reprobe:driver.version", "cuda-alloc")))
    plan = plan_fix(d, python="/env/bin/python", lookup={"numpy.version": "2.0.2"}.get, live=True)
    assert [s.kind for s in plan.steps] == [COMMAND, CHECK, MANUAL]
    assert plan.steps[0].argv == ("python", "-m", "pip", "install", "numpy==1.26.4")
    assert plan.steps[0].reprobe == ("numpy.version",) and plan.steps[0].checks == ()
    assert plan.checks == ("cuda-alloc", "mnist")  # the verifier's order, once each
    assert dict(plan.before) == {"numpy.version": "2.0.2", "driver.version": None}
    assert (plan.remedy_number, plan.remedy_count, plan.python) == (1, 2, "/env/bin/python")


def test_a_check_first_or_after_a_manual_step_is_manual():
    # Nothing gpufix ran precedes it: the check verifies something the person has to do.
    d = diagnosis(Step("lower num_workers", None, ("mnist",)), Step("check again", None, ("mnist",)))
    assert [s.kind for s in plan_fix(d, python=sys.executable, live=True).steps] == [MANUAL, MANUAL]


def test_split_verify_and_plan_errors():
    assert split_verify(["reprobe:a.b", "mnist", "reprobe:a.b"]) == (("mnist",), ("a.b",))
    with pytest.raises(PlanError, match="has 2 remedies"):
        plan_fix(diagnosis(Step("x", ("true",))), remedy_number=3, live=True)
    with pytest.raises(PlanError, match="no remedy"):
        plan_fix(Diagnosis("x", "X", "error", "setup", ""), live=True)


# --- running it ------------------------------------------------------------------------

def test_fix_runs_every_step_reprobes_verifies_and_rediagnoses(world):
    d = diagnosis(Step("pin", write(world.path, "1.26.4"), ("reprobe:numpy.version",)),
                  Step("check", None, ("mnist", "cuda-alloc")))
    plan = plan_fix(d, python=sys.executable, lookup={"numpy.version": "2.0.2"}.get, live=True)
    checks_asked = []

    def verifier(python, checks, on_event, cancel):
        checks_asked.append((python, tuple(checks)))
        on_event({"event": "phase", "state": "start"})
        return Result("ok", "all good", [ok("verify.status", "ok", "verify")])

    report = run_fix(plan, world.tools(verifier=verifier), world.confirm(), world.events.append)
    assert report.status == ev.FIXED and report.fixed
    assert report.snapshot.endswith("snap-1") and report.done == (1, 2)
    # The snapshot saw the environment before the command changed it.
    assert world.events[1] == ("snapshot", "2.0.2")
    assert kinds(world.events[:1] + world.events[2:]) == [
        "SnapshotStarted", "SnapshotSaved", "StepStarted", "StepOutput", "StepFinished", "Reprobed",
        "VerifyStarted", "VerifyProgressEvent", "VerifyFinished", "Rediagnosed", "Finished"]
    out = next(e for e in world.events if isinstance(e, ev.StepOutput))
    assert out.line == "wrote 1.26.4"  # streamed from the real process
    # reprobe: honoured after the step, for the facts it names only, with before -> after.
    assert world.reprobed == [(("numpy.version",), "1.26.4")]
    reprobed = next(e for e in world.events if isinstance(e, ev.Reprobed))
    assert reprobed.values == (("numpy.version", "2.0.2", "1.26.4"),)
    assert checks_asked == [(sys.executable, ("cuda-alloc", "mnist"))]
    assert [f.name for f in world.learnt[0]] == ["verify.status"]  # the checks' facts join the re-diagnosis
    assert world.asked[0].kind == "run" and world.asked[0].snapshot is True


def test_a_failed_step_stops_the_fix_and_says_which(world, tmp_path):
    later = tmp_path / "later.txt"
    d = diagnosis(Step("uninstall", write(world.path, "gone", rc=3)),
                  Step("install", write(later, "1.26.4"), ("reprobe:numpy.version",)),
                  Step("check", None, ("mnist",)))
    report = run_fix(plan_fix(d, python=sys.executable, live=True), world.tools(), world.confirm(), world.events.append)
    assert report.status == ev.FAILED and report.failed_step.number == 1
    assert report.error == "exit code 3" and [s.number for s in report.left] == [1, 2, 3]
    assert not later.exists()  # step 2 never ran
    failed = next(e for e in world.events if isinstance(e, ev.StepFailed))
    assert failed.exit_code == 3
    assert world.reprobed == [] and world.learnt == []  # no checks, no re-diagnosis after a failure
    assert report.snapshot  # so the report can say how to undo the half-done change


def test_a_command_that_cannot_start_fails_in_one_line(world):
    d = diagnosis(Step("run it", ("gpufix-test-program-that-is-not-installed", "--flag")), Step("check", None, ("mnist",)))
    report = run_fix(plan_fix(d, python=sys.executable, live=True), world.tools(), world.confirm(), world.events.append)
    failed = next(e for e in world.events if isinstance(e, ev.StepFailed))
    assert failed.exit_code is None and "program not found" in failed.error
    assert report.status == ev.FAILED and report.failed_step.number == 1


def test_no_snapshot_no_run(world):
    def broken(python, reason):
        raise RuntimeError(f"{python} -m pip freeze failed (exit 1): No module named pip")

    d = diagnosis(Step("pin", write(world.path, "1.26.4")), Step("check", None, ("mnist",)))
    report = run_fix(plan_fix(d, python=sys.executable, live=True), world.tools(snapshotter=broken),
                     world.confirm(), world.events.append)
    assert not world.path.exists()
    assert report.status == ev.FAILED and report.failed_step is None and "No module named pip" in report.error
    assert "StepStarted" not in kinds(world.events)


def test_one_snapshot_before_the_first_command_only(world, tmp_path):
    d = diagnosis(Step("one", write(world.path, "1.0")), Step("two", write(tmp_path / "b.txt", "2")),
                  Step("check", None, ("mnist",)))
    run_fix(plan_fix(d, python=sys.executable, live=True), world.tools(), world.confirm(), world.events.append)
    assert [e for e in world.events if isinstance(e, tuple)] == [("snapshot", "2.0.2")]
    assert kinds(world.events).count("StepStarted") == 2


@pytest.mark.parametrize("answer", ["dry-run", "no"])
def test_dry_run_and_no_run_nothing(world, answer):
    # The CLI's confirm prints "Dry run" or asks; both answer False: the service only sees "no".
    d = diagnosis(Step("pin", write(world.path, "1.26.4"), ("reprobe:numpy.version",)), Step("check", None, ("mnist",)))
    report = run_fix(plan_fix(d, python=sys.executable, live=True), world.tools(), world.confirm(answer=False), world.events.append)
    assert report.status == ev.DECLINED and len(report.left) == 2
    assert not world.path.exists() and world.reprobed == [] and world.learnt == []
    assert kinds(world.events) == ["Finished"]  # no snapshot either


def test_a_manual_step_stops_the_fix_unless_it_was_done(world, tmp_path):
    after = tmp_path / "after.txt"
    d = diagnosis(Step("reboot the machine", None, ("reprobe:numpy.version",)),
                  Step("pin", write(after, "1.26.4")), Step("check", None, ("mnist",)))
    report = run_fix(plan_fix(d, python=sys.executable, live=True), world.tools(), world.confirm(manual=False), world.events.append)
    assert report.status == ev.MANUAL and [s.number for s in report.left] == [1, 2, 3]
    assert not after.exists() and world.reprobed == []
    assert [r.kind for r in world.asked] == ["run", "manual"] and world.asked[1].step.number == 1

    world.asked.clear()
    report = run_fix(plan_fix(d, python=sys.executable, live=True), world.tools(verifier=lambda *a: Result("ok")), world.confirm(manual=True),
                     world.events.append)
    assert after.exists() and report.done == (1, 2, 3)
    assert world.reprobed == [(("numpy.version",), "2.0.2")]  # re-read after the hand step was done
    assert report.status == ev.STILL  # the file still says 2.0.2: the diagnosis still applies


def test_failed_or_missing_checks_never_claim_fixed(world):
    d = diagnosis(Step("pin", write(world.path, "1.26.4")), Step("check", None, ("mnist",)))
    report = run_fix(plan_fix(d, python=sys.executable, live=True), world.tools(verifier=lambda *a: Result("failed", "loss is nan")),
                     world.confirm(), world.events.append)
    assert report.status == ev.UNVERIFIED and report.verify_status == "failed"
    assert report.outcome is not None and report.outcome.diagnoses == []  # gone, but the check failed

    world.path.unlink()
    report = run_fix(plan_fix(d, python=sys.executable, live=True), world.tools(verifier=None), world.confirm(), world.events.append)
    assert report.status == ev.UNVERIFIED and "VerifyUnavailable" in kinds(world.events)


def test_session_runs_one_step_at_a_time(world, tmp_path):
    d = diagnosis(Step("pin", write(world.path, "1.26.4"), ("reprobe:numpy.version",)),
                  Step("again", write(tmp_path / "b", "x")))
    plan = plan_fix(d, python=sys.executable, live=True)
    session = FixSession(plan, world.tools(), world.events.append)
    assert session.run_command(plan.steps[0]) and session.snapshot
    session.reprobe(plan.steps[0])
    assert session.run_command(plan.steps[1])
    check = session.recheck(())
    assert check.still_applies is False and check.verify_passed is None and not check.verify_missing
    assert kinds(world.events).count("SnapshotSaved") == 1


# --- the real re-probe: fact names to the probes that produce them ------------------------

def test_reprobe_maps_facts_to_their_probes():
    assert [p.name for p in probes_for(["numpy.version"])] == ["python-env"]
    assert {p.name for p in probes_for(["driver.version"])} >= {"nvidia-smi", "nvml"}
    assert probes_for(["compat.numpy_abi_ok"]) == []  # derived: no probe reads it


def test_reprobe_reads_the_target_interpreter():
    import numpy

    facts = probe_facts(sys.executable, ["numpy.version", "python.executable"])
    assert {f.name: f.value for f in facts}["numpy.version"] == numpy.__version__
    assert probe_facts(sys.executable, ["compat.numpy_abi_ok"]) == []


def test_every_reprobe_in_the_rules_names_a_fact_a_probe_produces():
    """A `reprobe:<fact>` the fix cannot read again would be silently weaker than it says."""
    from gpufix.engine.api import load_rules

    offenders, checked = [], 0
    for rule in load_rules().rules:
        for remedy in rule.remedies:
            for step in remedy.steps:
                names = split_verify(step.verify)[1]
                checked += len(names)
                offenders += [f"{rule.id}: reprobe:{name}" for name in names if not probes_for([name])]
    assert checked >= 10  # the rules do name re-probes (22 when this was written)
    assert not offenders, "no probe produces these re-probed facts:\n" + "\n".join(offenders)
