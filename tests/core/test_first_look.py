"""The TUI's first look: the static phase forked off while textual loads (gpufix.core.first_look).

The fork runs in a fresh interpreter (a subprocess of this test): under pytest-xdist this process
has other threads, and first_look forks only a single-threaded process.
"""
from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys

import pytest

from gpufix.core import first_look
from gpufix.diagnosis import Diagnosis, Remedy, Step
from gpufix.facts import Fact, FactBase
from gpufix.probes.runner import ProbeResult


def _payload():
    facts = FactBase()
    facts.add(Fact("driver.version", "550.54", source="nvidia-smi", evidence="Driver Version: 550.54"))
    result = ProbeResult("nvidia-smi", "ok", 0.05, raw={"nvidia-smi.txt": "..."}, facts=list(facts), parsed=True)
    diag = Diagnosis("cpu-only-wheel", "torch is a CPU-only build", "error", "setup", "why",
                     evidence={"torch.build": "cpu"}, remedies=(Remedy("Install", (Step("pip", ("pip", "x")),)),),
                     evidence_from={"torch.build": "probe torch"})
    return [result], facts, [diag]


def test_the_payload_comes_back_as_it_was_sent():
    results, facts, diags = _payload()
    got = first_look.decode(first_look.encode(results, facts, diags))
    assert got is not None
    assert got[0] == results and list(got[1]) == list(facts) and got[2] == diags


class _Evil:
    def __reduce__(self):
        return (os.system, ("echo owned",))


@pytest.mark.parametrize("data", [
    pickle.dumps((first_look.FORMAT, [_Evil()], FactBase(), [])),  # a program, not data
    pickle.dumps((first_look.FORMAT + 1, [], FactBase(), [])),  # another format
    pickle.dumps((first_look.FORMAT, ["not a result"], FactBase(), [])),
    b"",  # the worker died before writing
])
def test_anything_else_on_the_pipe_is_no_first_look(data):
    assert first_look.decode(data) is None
    assert first_look.decode(first_look.encode(*_payload())[:-7]) is None  # torn


SCRIPT = r"""
import json, os, signal, sys
from gpufix.core import first_look, pipeline
from gpufix.core.outcome import Request
from gpufix.probes import registry
from gpufix.probes.base import STATIC

# The dynamic phase (a torch import) is not what is tested: the parent runs only static probes.
pipeline.probes_in = lambda phases, online=False: tuple(
    p for p in registry.probes_in(phases, online) if p.phase == STATIC)
out = {"available": first_look.available()}
# A pasted log with two known errors, so that there are findings to compare.
LOG = ("A module that was compiled using NumPy 1.x cannot be run in\nNumPy 2.0.1 as it may crash.\n"
       "AssertionError: Torch not compiled with CUDA enabled\n")
inputs = pipeline.prepare(Request(facts=("gpu.name=NVIDIA GeForce RTX 3060",), log_text=LOG))
look = first_look.start(inputs, "en")
out["names"] = sorted(look.names)
coll = pipeline.Collection(inputs, static_from=look)
static = coll.static()
out["results"] = sorted(r.name for r in static.probe_results)
facts, diags = coll.first_findings
here = pipeline.analyse(static, "en")
out["ids"] = [d.id for d in diags]
out["same_findings"] = [d.id for d in diags] == [d.id for d in here.diagnoses]
out["same_facts"] = {f.name: f.value for f in facts} == {f.name: f.value for f in here.facts}
out["complete"] = sorted(r.name for r in coll.complete().probe_results)
out["reaped"] = look.pid == 0

# A worker that dies sends nothing: the static probes run here instead.
look = first_look.start(inputs, "en")
os.kill(look.pid, signal.SIGKILL)
coll = pipeline.Collection(inputs, static_from=look)
out["fallback_results"] = sorted(r.name for r in coll.static().probe_results)
out["fallback_findings"] = coll.first_findings
print(json.dumps(out))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="first looks fork on Linux only")
def test_a_forked_worker_probes_and_analyses_the_static_phase_once():
    env = {k: v for k, v in os.environ.items() if k != "GPUFIX_FIRST_LOOK"}
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout)
    assert out["available"] is True
    static = out["names"]
    assert "nvidia-smi" in static and "torch" not in static
    assert out["results"] == static  # every static probe's result came from the worker
    assert out["ids"] == ["cpu-only-wheel", "numpy2-abi"]
    assert out["same_findings"] and out["same_facts"]  # its findings are this process's for the same facts
    assert out["complete"] == static
    assert out["reaped"]
    assert out["fallback_results"] == static and out["fallback_findings"] is None


def test_no_first_look_where_it_is_turned_off(monkeypatch):
    monkeypatch.setenv("GPUFIX_FIRST_LOOK", "0")
    assert first_look.available() is False
