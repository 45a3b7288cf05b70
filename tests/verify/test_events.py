"""The pure JSON-lines parser on recorded runs (GPU runs included) and on cut-short ones."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml

from gpufix.fact_catalog import is_known_name
from gpufix.verify.events import build_result, parse_line, parse_lines
from gpufix.verify.render import event_line, summary_lines
from gpufix.verify.runner import replay

DATA = Path(__file__).resolve().parent / "data"
CASES = sorted(p.name for p in DATA.iterdir() if (p / "case.yaml").exists())


def load(case: str):
    d = DATA / case
    spec = yaml.safe_load((d / "case.yaml").read_text(encoding="utf-8"))
    stdout = (d / "stdout.jsonl").read_text(encoding="utf-8")
    stderr = (d / "stderr.txt").read_text(encoding="utf-8") if (d / "stderr.txt").exists() else ""
    return spec, replay(stdout, stderr, spec["returncode"])


def test_there_are_recorded_gpu_failures_and_successes():
    names = " ".join(CASES)
    for needed in ("cuda-ok", "no-kernel-image", "oom", "driver-too-old", "this-machine"):
        assert needed in names


@pytest.mark.parametrize("case", CASES)
def test_recorded_run(case):
    spec, result = load(case)
    exp = spec["expect"]
    assert spec["sources"], "every recording names where it came from"
    assert result.status == exp["status"]
    assert result.exit_code == exp["exit_code"]
    for name, value in exp.get("facts", {}).items():
        f = result.fact(name)
        assert f is not None and f.status == "ok", (name, f)
        assert f.value == value, (name, f.value, value)
    for name in exp.get("absent", []):
        f = result.fact(name)
        assert f is not None and f.status == "absent", (name, f)
        assert f.reason
    for name in exp.get("unknown", []):
        f = result.fact(name)
        assert f is not None and f.status == "unknown", (name, f)
        assert f.reason
    if "error_first_line" in exp:
        err = result.fact("verify.error")
        assert err.value.splitlines()[0] == exp["error_first_line"]
        assert err.evidence == exp["error_first_line"]
    if "speedup" in exp:
        assert result.value("verify.speedup") == pytest.approx(exp["speedup"], rel=1e-3)
    if "min_accuracy" in exp:
        assert result.value("verify.mnist_accuracy") >= exp["min_accuracy"]
    if "warnings_contain" in exp:
        assert exp["warnings_contain"] in result.value("verify.warnings")
    for text in exp.get("message_contains", []):
        assert text in result.message, (text, result.message)


@pytest.mark.parametrize("case", CASES)
def test_every_fact_is_in_the_catalog_and_json_safe(case):
    _spec, result = load(case)
    names = [f.name for f in result.facts]
    assert len(names) == len(set(names))
    for f in result.facts:
        assert is_known_name(f.name), f.name
        assert f.source == "verify"
    json.dumps(result.to_json(), allow_nan=False)
    json.dumps({f.name: f.to_json() for f in result.facts}, allow_nan=False)


def test_no_gpu_is_said_truthfully():
    _spec, result = load("cpu-torch-mnist--this-machine")
    assert result.value("verify.gpu_checked") is False
    assert "CPU-only build" in result.fact("verify.alloc_ok").reason
    assert "no GPU was checked" in result.fact("verify.speedup").reason
    assert result.value("verify.cpu_images_per_s") == result.value("verify.mnist_images_per_s")
    lines = summary_lines(result, "/usr/bin/python3")
    assert lines[0].startswith("verify CPU ONLY: no GPU was checked")


def test_speedup_is_steady_device_throughput_over_cpu():
    """The first epoch starts CUDA up (0.92 s on the H200, then 0.15 s an epoch): it is left out."""
    _spec, result = load("cuda-ok--h200-this-device")
    epochs = [e for e in _events("cuda-ok--h200-this-device") if e["event"] == "epoch"]
    per_epoch = 117 * 512
    steady = per_epoch * 2 / (epochs[-1]["seconds"] - epochs[0]["seconds"])
    assert result.value("verify.speedup") == pytest.approx(steady / result.value("verify.cpu_images_per_s"))
    assert result.value("verify.speedup") > 2 * result.value("verify.mnist_images_per_s") / result.value(
        "verify.cpu_images_per_s")
    assert "epochs 2-3" in result.fact("verify.speedup").evidence
    # one epoch (or a recording without epoch events): the whole run is all there is
    one = [e for e in _events("cuda-ok--h200-this-device") if e["event"] != "epoch" or e["epoch"] == 3]
    r1 = build_result(one, "", 0)
    assert r1.value("verify.speedup") == pytest.approx(
        r1.value("verify.mnist_images_per_s") / r1.value("verify.cpu_images_per_s"))


def test_noise_lines_are_ignored():
    assert parse_line("") is None
    assert parse_line("# a comment") is None
    assert parse_line("UserWarning: something") is None
    assert parse_line("{not json") is None
    assert parse_line('{"no_event": 1}') is None
    assert parse_line('["event"]') is None
    assert parse_line('  {"event": "end", "status": "ok"}  ') == {"event": "end", "status": "ok"}
    events = parse_lines(["garbage", '{"event": "start"}', "", '{"event": "end", "status": "ok"}'])
    assert [e["event"] for e in events] == ["start", "end"]


def _events(case: str) -> list[dict]:
    return parse_lines((DATA / case / "stdout.jsonl").read_text().splitlines())


def test_a_run_cut_short_is_crashed_with_the_stderr_error():
    events = _events("cuda-ok--h200-this-device")
    cut = [e for e in events if e["event"] != "end"][:12]  # died during training
    result = build_result(cut, "Fatal Python error: Segmentation fault\n\nCurrent thread ...\n", -11)
    assert result.status == "crashed"
    assert result.exit_code == 1
    assert result.value("verify.error") == "Fatal Python error: Segmentation fault"
    assert result.value("verify.error_phase") == "train"
    assert result.value("verify.alloc_ok") is True  # what was learnt before the crash stays
    assert result.fact("verify.mnist_accuracy").status == "unknown"
    assert result.value("verify.stderr").startswith("Fatal Python error")


def test_finished_but_nonzero_exit_is_not_ok():
    events = _events("cpu-torch-mnist--this-machine")
    assert build_result(events, "", 0).status == "cpu-only"
    assert build_result(events, "", -9).status == "crashed"


def test_cancelled_and_timeout_and_not_run():
    events = _events("cuda-ok--h200-this-device")[:8]
    r = build_result(events, "", -15, cancelled=True)
    assert (r.status, r.exit_code, r.message) == ("cancelled", 130, "verification cancelled")
    assert r.fact("verify.mnist_accuracy").reason == "verification cancelled"
    r = build_result(events, "", -15, stopped_reason="no progress for 300 s during the train phase")
    assert r.status == "timeout" and "no progress for 300 s" in r.message
    assert r.fact("verify.speedup").status == "unknown"
    r = build_result([], "", None, launch_error="/x/python: cannot run: No such file or directory")
    assert (r.status, r.exit_code) == ("not-run", 2)
    assert r.value("verify.error") == "/x/python: cannot run: No such file or directory"


def test_generated_data_is_labelled_everywhere():
    events = [
        {"event": "torch", "version": "2.13.0+cpu"},
        {"event": "device", "target": None, "checked": False, "reason": "torch 2.13.0+cpu is a CPU-only build"},
        {"event": "data", "kind": "generated", "source": "generated", "verified": None, "train": 60000,
         "test": 10000, "reason": "no MNIST copy found; download failed: [Errno -2] Name or service not known"},
        {"event": "train", "data": "generated", "device": "cpu", "accuracy": 0.99, "seconds": 3.0,
         "images_per_s": 20000.0, "epochs": 1},
        {"event": "end", "status": "cpu-only", "seconds": 6.0},
    ]
    r = build_result(events, "", 0)
    assert r.value("verify.data") == "generated"
    assert "download failed" in r.fact("verify.data").evidence
    assert "GENERATED data (not MNIST)" in r.message
    assert any(n.startswith("GENERATED data, not MNIST") for n in r.to_json()["notes"])
    assert "GENERATED" in event_line(events[2])


def test_verification_facts_flow_into_the_engine():
    """Recorded failures, diagnosed by the real rules like any other facts (gpufix verify does this)."""
    pytest.importorskip("gpufix.engine.api")
    from gpufix.core.verification import diagnose_verification as diagnose

    checked = 0
    for case in CASES:
        spec, result = load(case)
        diagnoses, error = diagnose(result)
        assert error == "", (case, error)
        expected = spec["expect"].get("diagnosis")
        if expected is None:
            assert result.status not in ("failed", "crashed") or diagnoses, case
            continue
        assert diagnoses and diagnoses[0].id == expected, (case, [d.id for d in diagnoses])
        checked += 1
    assert checked >= 5


def test_cpu_threads_follow_the_cpus_and_their_load():
    """CPU verify took 46 s on a loaded 2-core machine with torch's default threads, 3 s with one."""
    from gpufix.verify.runner import cpu_threads

    assert cpu_threads(cpus=2, load=1.9) == 1
    assert cpu_threads(cpus=2, load=0.0) == 2
    assert cpu_threads(cpus=16, load=4.2) == 12
    assert cpu_threads(cpus=4, load=40.0) == 1
    assert 1 <= cpu_threads() <= (os.cpu_count() or 1)


def test_a_broken_throughput_gives_no_speedup_and_no_crash():
    """Events are data: a string or a zero where a number belongs leaves the speed-up unknown."""
    events = _events("cuda-ok--h200-this-device")
    for bad in ("fast", 0, None, True):
        broken = [dict(e, images_per_s=bad) if e["event"] == "cpu" else e for e in events]
        r = build_result(broken, "", 0)
        assert r.status == "ok"
        assert r.fact("verify.speedup").status != "ok"
