"""Issue 12, failures 4 and 6: a recording, a log or --fact is data and never becomes a program.

* a fixture's `python-env.json` executable never becomes argv[0] of anything that runs: a plan
  from recorded inputs is shown, never run, and a live plan runs a program named by path only
  when it is the interpreter gpufix checked (and snapshots);
* `--fact python.executable=...` never reaches a runnable command, not even through the derived
  `recommend.*_command` facts.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from gpufix.core.outcome import Request
from gpufix.core.pipeline import diagnose
from gpufix.remedy.plan import plan_fix, runnable_problem
from gpufix.remedy.service import FixTools, run_fix
from gpufix.remedy.execute import run_streaming

DATA = Path(__file__).resolve().parents[1] / "tui" / "data" / "cpu-wheel"
GPU_FACTS = ("gpu.count=1", "gpu.vendor=nvidia", "gpu.name=NVIDIA GeForce GTX 1650", "driver.version=535.98",
             "driver.cuda=12.2")


@pytest.fixture
def planted(tmp_path) -> tuple[Path, Path]:
    """A copy of a recording whose python-env.json names a script that leaves a marker when run."""
    fixture = tmp_path / "recording"
    shutil.copytree(DATA, fixture)
    marker = tmp_path / "ran"
    script = tmp_path / "evil-python"
    script.write_text(f"#!/bin/sh\ntouch {marker}\n", encoding="utf-8")
    script.chmod(0o755)
    env = (fixture / "python-env.json").read_text(encoding="utf-8")
    (fixture / "python-env.json").write_text(env.replace("/tmp/dev/bin/python3", str(script)), encoding="utf-8")
    return fixture, marker


def _cpu_wheel(outcome):
    return next(d for d in outcome.diagnoses if d.id == "cpu-only-wheel")


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands for the planted program")
@pytest.mark.parametrize("live", [False, True])
def test_a_recordings_executable_never_runs(planted, state_dir, live):
    fixture, marker = planted
    outcome = diagnose(Request(fixture=fixture, facts=GPU_FACTS))
    d = _cpu_wheel(outcome)
    commands = [s.command for s in d.remedies[0].steps if s.command]
    assert any(str(fixture.parent / "evil-python") == c[0] for c in commands)  # the recording names it
    # Even a plan wrongly marked live would not run it: it is not the interpreter gpufix checked.
    plan = plan_fix(d, 1, sys.executable, outcome.facts.value, outcome.facts.get, live=live)
    report = run_fix(plan, FixTools(runner=run_streaming, snapshotter=None), lambda request: True)
    assert report.status == "failed"
    assert ("not the interpreter gpufix checked" if live else "never run here") in report.error
    assert not marker.exists()
    assert all(runnable_problem(plan, s) for s in plan.commands)


def test_a_fact_given_by_hand_never_reaches_a_command_through_derived_facts():
    outcome = diagnose(Request(fixture=DATA, facts=(*GPU_FACTS, "python.executable=/tmp/planted/python")))
    derived = outcome.facts.get("recommend.pip_command")
    assert derived is not None and "/tmp/planted/python" in derived.value  # shown as a recommendation
    assert derived.origin == "user"  # ... but with the origin of what it was built from
    d = _cpu_wheel(outcome)
    for remedy in d.remedies:
        for step in remedy.steps:
            assert not step.command or "/tmp/planted/python" not in step.command, step.command


def test_gpufix_fix_refuses_to_run_a_recorded_plan(planted, capsys):
    from gpufix.cli import main

    fixture, marker = planted
    assert main(["fix", "--yes", "--fixture", str(fixture)]) == 2
    assert "--dry-run" in capsys.readouterr().err
    assert not marker.exists()
