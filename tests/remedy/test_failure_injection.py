"""Issue 12, item 4: a remedy that fails leaves the environment as it was, or says exactly why.

Failures injected into real runs of the fix service: a step that fails midway, a step whose
process is killed, a state directory on a full disk (a 1 MiB tmpfs), and an externally managed
Python (pip's PEP 668 refusal): each stops the remedy at that step, shows it failed, runs nothing
after it, and leaves one snapshot (or none, when none could be written, and then nothing ran).
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gpufix.diagnosis import Diagnosis, Remedy, Step
from gpufix.remedy import events as ev
from gpufix.remedy.execute import run_streaming
from gpufix.remedy.plan import plan_fix
from gpufix.remedy.service import FixTools, run_fix, save_snapshot
from gpufix.remedy.snapshot import list_snapshots

pytestmark = pytest.mark.slow  # real subprocesses and pip freeze


def _diagnosis(*steps: Step) -> Diagnosis:
    return Diagnosis("numpy2-abi", "NumPy 2 next to a NumPy 1 build", "error", "setup", "", (),
                     (Remedy("Pin NumPy 1.x", steps),))


def _python(code: str) -> tuple[str, ...]:
    return (sys.executable, "-c", code)


def _fix(d: Diagnosis, snapshotter=save_snapshot):
    events: list = []
    plan = plan_fix(d, python=sys.executable, live=True)
    report = run_fix(plan, FixTools(runner=run_streaming, snapshotter=snapshotter), lambda request: True, events.append)
    return report, events


def _marker(tmp_path: Path, name: str) -> tuple[Path, tuple[str, ...]]:
    path = tmp_path / name
    return path, _python(f"open({str(path)!r}, 'w').write('ran')")


def test_a_step_failing_midway_stops_the_remedy_with_one_snapshot(state_dir, tmp_path):
    first, step1 = _marker(tmp_path, "step1")
    later, step3 = _marker(tmp_path, "step3")
    report, events = _fix(_diagnosis(Step("one", step1), Step("two", _python("import sys; print('boom'); sys.exit(1)")),
                                     Step("three", step3)))
    assert report.status == ev.FAILED and report.failed_step.number == 2 and report.error == "exit code 1"
    assert first.exists() and not later.exists()
    assert [type(e).__name__ for e in events].count("StepFinished") == 1
    assert len(list_snapshots()) == 1 and report.snapshot  # rollback's default is that snapshot


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_killed_step_is_a_failed_step(state_dir, tmp_path):
    later, step2 = _marker(tmp_path, "step2")
    report, _events = _fix(_diagnosis(Step("killed", _python("import os, signal; os.kill(os.getpid(), signal.SIGKILL)")),
                                      Step("after", step2)))
    assert report.status == ev.FAILED and report.failed_step.number == 1
    assert report.error == f"exit code {-9}"
    assert not later.exists()


def test_an_externally_managed_python_gets_a_venv_proposed_and_nothing_installed(state_dir, tmp_path):
    # pip >= 23.0's refusal, verbatim (pip/_internal/exceptions.py, ExternallyManagedEnvironment)
    pip_says = ("import sys; print('error: externally-managed-environment'); print(); "
                "print('\u00d7 This environment is externally managed'); sys.exit(1)")
    later, step2 = _marker(tmp_path, "step2")
    report, events = _fix(_diagnosis(Step("install", _python(pip_says)), Step("after", step2)))
    assert report.status == ev.FAILED and report.failed_step.number == 1
    assert "PEP 668" in report.error and "python3 -m venv" in report.error and "nothing was installed" in report.error
    failed = [e for e in events if isinstance(e, ev.StepFailed)]
    assert failed and failed[0].error == report.error
    assert not later.exists()


@pytest.mark.skipif(not sys.platform.startswith("linux") or os.geteuid() != 0,
                    reason="mounting a small tmpfs needs root on Linux; the other injections still run")
def test_a_full_disk_means_no_snapshot_and_nothing_runs(tmp_path, monkeypatch):
    full = tmp_path / "full"
    full.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(full)], capture_output=True).returncode:
        pytest.skip("this container cannot mount a tmpfs")
    try:
        try:
            with open(full / "filler", "wb") as f:
                f.write(b"\0" * (1 << 20))
        except OSError:
            pass  # full now
        monkeypatch.setenv("GPUFIX_STATE_DIR", str(full / "state"))
        first, step1 = _marker(tmp_path, "step1")
        report, events = _fix(_diagnosis(Step("one", step1)))
        assert report.status == ev.FAILED and report.failed_step is None  # the snapshot failed: no step ran
        assert "No space left on device" in report.error or "cannot write snapshot" in report.error
        assert not first.exists()
        assert not any(isinstance(e, ev.StepStarted) for e in events)
        assert list_snapshots(full / "state" / "snapshots") == []  # nothing half-written is offered
    finally:
        subprocess.run(["umount", "-l", str(full)], capture_output=True)
