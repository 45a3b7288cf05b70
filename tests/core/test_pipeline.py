"""The core pipeline: phases (static first, then the torch subprocess), what each front end
gets from it, and the JSON's `phases` and `engine` slots."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from gpufix.cli import main
from gpufix.core import pipeline
from gpufix.core.outcome import Collected, Outcome, Request
from gpufix.facts import FactBase, ok
from gpufix.probes.base import DYNAMIC, STATIC, Probe, ProbeContext
from gpufix.probes.registry import ALL_PROBES, probes_in
from gpufix.probes.runner import start_probes

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "linux-nodriver-cpu-torch"  # records the torch probe too


def _probe(name: str, phase: str, gate: threading.Event | None = None, log: list | None = None) -> Probe:
    def collect(ctx):
        if log is not None:
            log.append(f"start {name}")
        if gate is not None and not gate.wait(10):
            raise RuntimeError("gate never opened")
        return {f"{name}.txt": name}

    return Probe(name, collect, lambda raw: [ok(f"pkg.{name}", raw.get(f"{name}.txt"), name)] if raw else [],
                 files=(f"{name}.txt",), timeout=20.0, facts=(f"pkg.{name}",), phase=phase,
                 order=90 if phase == DYNAMIC else 10)


def test_only_the_torch_probe_is_dynamic():
    assert [p.name for p in ALL_PROBES if p.phase == DYNAMIC] == ["torch"]
    assert set(probes_in((STATIC,))) == {p for p in ALL_PROBES if p.phase == STATIC}
    assert all(p.phase in (STATIC, DYNAMIC) for p in ALL_PROBES)


def test_static_results_come_while_the_dynamic_probe_still_runs():
    gate = threading.Event()
    done: list[str] = []
    run = start_probes([_probe("a", STATIC), _probe("torchish", DYNAMIC, gate), _probe("b", STATIC)],
                       ProbeContext(), lambda name, what, result: done.append(name) if what == "done" else None)
    static = run.wait(STATIC)
    assert [r.name for r in static] == ["a", "b"] and all(r.status == "ok" for r in static)
    assert "torchish" not in done and run.results["torchish"].status == "running"
    gate.set()
    everything = run.wait()
    assert [r.name for r in everything] == ["a", "torchish", "b"]
    assert sorted(done) == ["a", "b", "torchish"]  # each probe reported done exactly once
    assert run.wait() == everything


def test_the_torch_subprocess_starts_before_the_log_is_read_and_the_rules_load(monkeypatch, tmp_path):
    events: list[str] = []
    probes = (_probe("static1", STATIC, log=events), _probe("dyn", DYNAMIC, log=events))
    monkeypatch.setattr(pipeline, "probes_in", lambda phases, online=False: tuple(p for p in probes if p.phase in phases))
    monkeypatch.setattr(pipeline, "warm_up", lambda rules=None: events.append("warm up"))
    import gpufix.core.logs as logs

    real = logs.read_log
    monkeypatch.setattr(logs, "read_log", lambda *a, **k: (events.append("read log"), real(*a, **k))[1])
    log = tmp_path / "err.txt"
    log.write_text("RuntimeError: CUDA error: out of memory\n", encoding="utf-8")
    collected = pipeline.collect(Request(log=str(log)))
    # The dynamic probe's thread is started first; the log and the rules follow.
    assert events.index("start dyn") < events.index("read log") < events.index("warm up"), events
    assert collected.phases == (STATIC, DYNAMIC) and collected.log_given


def test_the_engine_is_not_imported_before_the_probes_start():
    """`gpufix --json`: the torch subprocess starts before the engine and tables are imported."""
    code = (
        "import sys\n"
        "import gpufix.core.pipeline as p\n"
        "def spy(probes, ctx, progress=None):\n"
        "    heavy = sorted(m for m in sys.modules if m.startswith(('gpufix.engine', 'gpufix.knowledge', 'yaml')))\n"
        "    print('loaded:', heavy)\n"
        "    raise SystemExit(0)\n"
        "p.start_probes = spy\n"
        "from gpufix.cli import main\n"
        "main(['--json'])\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert proc.returncode == 0, proc.stderr
    assert "loaded: []" in proc.stdout, proc.stdout


def test_diagnose_gives_the_static_outcome_first():
    partial: list[Outcome] = []
    final = pipeline.diagnose(Request(fixture=FIXTURE, probe=False), on_partial=partial.append)
    assert len(partial) == 1
    early = partial[0]
    assert early.collected.partial and early.phases == (STATIC,)
    assert "torch" not in {r.name for r in early.collected.probe_results}
    assert early.facts.get("torch.cuda_available") is None  # only the torch subprocess says that
    assert not final.collected.partial and final.phases == (STATIC, DYNAMIC)
    assert final.facts.value("torch.cuda_available") is False


def test_outcomes_without_partial_is_one_outcome_and_quick_stops_after_static():
    assert len(list(pipeline.outcomes(Request(fixture=FIXTURE, probe=False), partial=False))) == 1
    quick = list(pipeline.outcomes(Request(fixture=FIXTURE, probe=False, quick=True)))
    assert len(quick) == 1 and quick[0].phases == (STATIC,) and not quick[0].collected.partial


def _json(capsys, *argv: str) -> dict:
    code = main(["--json", *argv])
    doc = json.loads(capsys.readouterr().out)
    assert doc["exit_code"] == code
    return doc


def test_json_says_which_phases_ran(capsys):
    full = _json(capsys, "--fixture", str(FIXTURE))
    assert full["phases"] == ["static", "dynamic"] and "torch" in full["probes"]
    quick = _json(capsys, "--quick", "--fixture", str(FIXTURE))
    assert quick["phases"] == ["static"] and "torch" not in quick["probes"]
    assert "torch.cuda_available" not in quick["facts"]
    alone = _json(capsys, "--no-probe", "--fact", "gpu.count=1")
    assert alone["phases"] == []


def test_json_quick_on_this_machine_never_starts_torch(capsys, monkeypatch):
    started: list[str] = []
    real = pipeline.start_probes
    monkeypatch.setattr(pipeline, "start_probes",
                        lambda probes, ctx, progress=None: (started.extend(p.name for p in probes),
                                                            real(probes, ctx, progress))[1])
    t0 = time.perf_counter()
    doc = _json(capsys, "--quick")
    assert doc["phases"] == ["static"] and "torch" not in started and "torch" not in doc["probes"]
    assert time.perf_counter() - t0 < 20


def test_json_names_the_engine_backend(capsys, monkeypatch):
    from gpufix.engine.backends import select

    assert _json(capsys, "--no-probe")["engine"]["backend"] == select().backend.name

    class Evaluation:  # what a second backend's evaluation reports
        backend = "clips"
        diagnoses: list = []

    monkeypatch.setattr(pipeline, "analyse", lambda collected, lang="en", rules=None:
                        Outcome(collected, collected.facts, [], Evaluation()))
    assert _json(capsys, "--no-probe")["engine"] == {"backend": "clips", "note": None}


def test_a_pasted_log_replaces_the_earlier_one_and_keeps_the_users_facts():
    base = pipeline.collect(Request(fixture=FIXTURE, probe=False, facts=("gpu.count=3",),
                                    log_text="PyTorch version: 2.4.1+cu121\nIs debug build: False\n"
                                             "CUDA used to build PyTorch: 12.1\nNvidia driver version: 470.86\n"))
    assert base.facts.value("driver.version") == "470.86"
    again = pipeline.with_log(base, "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2 MiB\n")
    assert again.facts.value("driver.version") is None  # the earlier log's fact is gone
    assert again.facts.value("gpu.count") == 3 and again.facts.get("gpu.count").origin == "user"
    assert again.log == "(pasted)" and again.scan is not base.scan
    outcome = pipeline.analyse(again)
    assert any(d.id == "cuda-oom" for d in outcome.diagnoses)


def test_analyse_runs_the_knowledge_base_then_the_rules_on_a_copy():
    facts = FactBase()
    facts.add(ok("torch.version", "2.4.0", "test"))
    collected = Collected(facts, source="none", phases=())
    outcome = pipeline.analyse(collected)
    assert outcome.facts is not collected.facts and "torch.version" in outcome.facts
    assert len(outcome.facts) >= len(collected.facts)
    assert outcome.exit_code in (0, 1) and outcome.engine_backend in ("durable", "clips")


@pytest.mark.parametrize("argv, message", [
    (["--fact", "nope=1"], "unknown fact name"),
    (["--fixture", "/no/such/dir"], "not a directory"),
    (["--log", "/no/such/log.txt", "--no-probe"], "no such file"),
])
def test_bad_input_is_a_failure_document_and_exit_2(capsys, argv, message):
    assert main(["--json", *argv]) == 2
    out, err = capsys.readouterr()
    doc = json.loads(out)
    assert doc["status"] == "failed" and message in doc["error"] and err.count("\n") == 1


def test_a_missing_log_fails_before_any_probe_starts(monkeypatch, tmp_path):
    started: list[str] = []
    monkeypatch.setattr(pipeline, "start_probes", lambda *a, **k: started.append("probes"))
    from gpufix.errors import InputError

    with pytest.raises(InputError, match="no such file"):
        pipeline.collect(Request(log=str(tmp_path / "nope.txt")))
    with pytest.raises(InputError, match="is a directory"):
        pipeline.collect(Request(log=str(tmp_path)))
    assert started == []


# --- facts said in prose (issue 11) -------------------------------------------------------------

ISSUE_11_PROSE = "nvidia-smi 显示 CUDA Version: 11.4，我装的是 torch 2.3.0+cu121"


@pytest.mark.parametrize("prose,facts", [
    (ISSUE_11_PROSE, ("driver.cuda=11.4", "torch.version_full=2.3.0+cu121")),
    # the same facts with the driver's CUDA said as its ceiling ("支持 ... 最高"), the wording of session 7's brief
    ("显卡驱动支持的 CUDA 最高 11.4，我装的是 torch 2.3.0+cu121", ("driver.cuda=11.4", "torch.version_full=2.3.0+cu121")),
    # https://github.com/2kpr/ComfyUI-PMRF/issues/11 (pip's own words say what is installed)
    ("torchvision 0.19.1 requires torch==2.4.1, but you have torch 2.5.1 which is incompatible.",
     ("torchvision.version_full=0.19.1", "torch.version_full=2.5.1")),
])
def test_facts_said_in_prose_give_the_findings_the_same_facts_given_by_hand(prose, facts):
    by_log = pipeline.diagnose(Request(log_text=prose, probe=False))
    by_hand = pipeline.diagnose(Request(facts=facts, probe=False))
    findings = {(d.id, d.severity) for d in by_log.diagnoses if d.severity in ("error", "warning")}
    assert findings == {(d.id, d.severity) for d in by_hand.diagnoses if d.severity in ("error", "warning")}
    assert findings  # the prose names a real problem
    if prose == ISSUE_11_PROSE:
        assert ("driver-older-than-runtime", "error") in findings
        d = next(d for d in by_log.diagnoses if d.id == "driver-older-than-runtime")
        assert d.evidence_from["torch.version_full"] == "log line 1"
