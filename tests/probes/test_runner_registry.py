"""The runner (timeouts, crashes, garbage cost only their own facts), the registry, record/replay."""
from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from gpufix.fact_catalog import is_known_name
from gpufix.facts import FactBase, ok
from gpufix.probes import nvidia_smi, nvml, proc_driver
from gpufix.probes.base import Probe, ProbeContext
from gpufix.probes.registry import ALL_PROBES, probe_by_name
from gpufix.probes.runner import replay_recording, run_probes, start_probes, write_recording


def _quick(name: str, value: str = "x") -> Probe:
    return Probe(name, lambda ctx: {f"{name}.txt": value}, lambda raw: [ok(f"pkg.{name}", raw[f"{name}.txt"], name)],
                 files=(f"{name}.txt",), timeout=5.0, facts=(f"pkg.{name}",))


def test_a_hanging_probe_costs_only_its_own_facts():
    def hang(ctx):
        time.sleep(60)
        return {}

    hanging = Probe("hangs", hang, lambda raw: [], files=(), timeout=0.3, facts=("driver.version", "gpu.name"))
    start = time.perf_counter()
    results = run_probes([_quick("a"), hanging, _quick("b")], ProbeContext())
    elapsed = time.perf_counter() - start
    assert elapsed < 4  # 0.3 s + the 2 s grace, not 60 s
    by = {r.name: r for r in results}
    assert by["hangs"].status == "timeout"
    assert {f.name: f.status for f in by["hangs"].facts} == {"driver.version": "unknown", "gpu.name": "unknown"}
    assert "did not finish" in by["hangs"].facts[0].reason
    assert by["a"].status == by["b"].status == "ok"
    assert [f.value for f in by["a"].facts] == ["x"]


def test_cheap_probes_do_not_wait_for_slow_ones():
    def slow(ctx):
        time.sleep(1.0)
        return {"s.txt": "s"}

    slow_probe = Probe("slow", slow, lambda raw: [], files=("s.txt",), timeout=5.0, order=90)
    done_at = {}
    start = time.perf_counter()
    run = start_probes([_quick("fast"), slow_probe], ProbeContext(),
                       progress=lambda name, ev, res: done_at.setdefault(name, time.perf_counter() - start)
                       if ev == "done" else None)
    results = run.wait()
    assert done_at["fast"] < 0.5 < done_at["slow"]
    assert [r.name for r in results] == ["fast", "slow"]  # results stay in probe order


def test_crash_and_garbage_are_local():
    def boom(ctx):
        raise RuntimeError("segfault-ish")

    def bad_parse(raw):
        raise KeyError("no such column")

    crash = Probe("crash", boom, lambda raw: [], files=(), timeout=5, facts=("nvcc.version",))
    garbage = Probe("garbage", lambda ctx: {"g.txt": "\x00\x01"}, bad_parse, files=("g.txt",), timeout=5,
                    facts=("torch.version",))
    by = {r.name: r for r in run_probes([crash, garbage, _quick("fine")], ProbeContext())}
    assert by["crash"].status == "failed" and "RuntimeError: segfault-ish" in by["crash"].error
    assert by["garbage"].status == "failed" and "could not parse" in by["garbage"].error
    assert by["garbage"].facts[0].status == "unknown"
    assert by["fine"].status == "ok"


def test_registry():
    names = [p.name for p in ALL_PROBES]
    assert len(set(names)) == len(names)
    files = [f for p in ALL_PROBES for f in p.files]
    assert len(set(files)) == len(files)  # one owner per fixture file
    assert [p.order for p in ALL_PROBES] == sorted(p.order for p in ALL_PROBES)
    assert names[0] == "platform" and names[-1] == "torch"
    for p in ALL_PROBES:
        assert all(is_known_name(n) for n in p.facts), p.name
        assert p.timeout > 0
    assert probe_by_name("nvidia-smi") is nvidia_smi.PROBE


def test_merge_order_lets_a_found_driver_win_over_a_missing_nvidia_smi():
    # A container with the kernel module but without nvidia-smi: /proc and NVML still know the driver.
    proc = "NVRM version: NVIDIA UNIX x86_64 Kernel Module  535.104.05  Sat Aug 19 01:15:15 UTC 2023\n"
    nvml_doc = {"driver_version": "535.104.05", "cuda_driver_version": 12020,
                "devices": [{"index": 0, "name": "NVIDIA A10G", "compute_capability": [8, 6],
                             "memory_total": 24146608128}]}
    raws = {nvidia_smi.NAME: {}, proc_driver.NAME: {proc_driver.FILE: proc},
            nvml.NAME: {nvml.FILE: json.dumps(nvml_doc)}}
    fb = FactBase()
    for p in ALL_PROBES:  # merged in registry order, as pipeline.merge does
        if p.name in raws:
            fb.extend(p.parse(raws[p.name]))
    assert fb.value("driver.version") == "535.104.05"
    assert fb.value("driver.cuda") == "12.2"
    assert fb.value("gpu.name") == ["NVIDIA A10G"]
    assert fb.value("gpu.compute_capability") == ["8.6"]
    assert fb.status("nvidia_smi.path") == "absent"


@pytest.mark.slow
def test_record_this_machine_and_replay_it(tmp_path, dev_python):
    # `gpufix record DIR` end to end, then the recording replays to the same facts.
    d = tmp_path / "rec"
    proc = subprocess.run([str(Path(dev_python).parent / "gpufix"), "record", str(d),
                           "--python", dev_python], capture_output=True, text=True, timeout=180)
    if proc.returncode == 127 or "No such file" in proc.stderr:
        pytest.skip("gpufix entry point not installed next to the dev interpreter")
    assert proc.returncode == 0, proc.stderr
    meta = json.loads((d / "probes.json").read_text(encoding="utf-8"))
    assert set(meta["probes"]) == {p.name for p in ALL_PROBES}
    assert meta["probes"]["torch"]["status"] == "ok"
    replayed = FactBase()
    for r in replay_recording(ALL_PROBES, d):
        replayed.extend(r.facts)
    assert replayed.value("torch.build") == "cpu"
    assert replayed.value("python.executable") == dev_python
    assert replayed.value("nvcc.version") or replayed.status("nvcc.version") == "absent"
    # the recording itself round-trips through write_recording
    again = tmp_path / "again"
    write_recording(replay_recording(ALL_PROBES, d), again)
    for f in d.iterdir():
        if f.name != "probes.json":
            assert (again / f.name).read_text(encoding="utf-8") == f.read_text(encoding="utf-8")
