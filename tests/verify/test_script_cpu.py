"""The REAL script in a real interpreter with torch 2.13.0+cpu: small data, one epoch."""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import time

import pytest

from gpufix.verify.runner import VerifyOptions, VerifyRun, run_verify

pytestmark = pytest.mark.slow


def opts(isolated, **kw) -> VerifyOptions:
    base = dict(cwd=str(isolated["cwd"]), env=isolated["env"], epochs=1, download_timeout=2.0)
    base.update(kw)
    return VerifyOptions(**base)


def test_tiny_idx_copy_trains_on_the_cpu(torch_python, isolated, h, tmp_path):
    data = h.write_tiny_mnist(tmp_path / "mnist" / "MNIST" / "raw", 400, 100, gz=True)
    events = []
    result = run_verify(torch_python, opts(isolated, data=str(tmp_path / "mnist")), on_event=events.append)
    assert result.status == "cpu-only", (result.message, result.stderr[-2000:])
    assert result.exit_code == 0
    assert events == result.events  # every event reached the callback, in order
    kinds = [e["event"] for e in events]
    for k in ("start", "torch", "device", "data", "epoch", "train", "end"):
        assert k in kinds
    assert result.value("verify.gpu_checked") is False
    assert result.fact("verify.alloc_ok").status == "absent"
    assert result.value("verify.data") == "idx"  # readable IDX, but not the official files
    assert result.value("verify.data_verified") is False
    assert result.value("verify.data_source") == str(data)
    assert result.value("verify.train_device") == "cpu"
    assert 0.0 <= result.value("verify.mnist_accuracy") <= 1.0
    assert result.value("verify.mnist_images_per_s") > 0
    assert result.fact("verify.speedup").status == "absent"
    train = next(e for e in events if e["event"] == "train")
    assert train["images"] == 400 // 256 * 256  # the ragged last batch is dropped


def test_offline_without_a_copy_falls_back_to_generated_data(torch_python, isolated, tmp_path):
    empty_mirror = (tmp_path / "mirror").as_uri() + "/"  # reachable, but holds nothing
    start = time.monotonic()
    result = run_verify(torch_python, opts(isolated, mirrors=(empty_mirror,), max_train=600, max_test=200))
    assert time.monotonic() - start < 30  # the real mirrors are unreachable here: fail fast
    assert result.status == "cpu-only", (result.message, result.stderr[-2000:])
    assert result.value("verify.data") == "generated"
    reason = result.fact("verify.data").evidence
    assert "no MNIST copy found" in reason and "download failed" in reason
    assert empty_mirror in reason
    downloads = [e for e in result.events if e["event"] == "download"]
    assert downloads[0]["url"].startswith(empty_mirror)
    assert all(e["state"] in ("start", "failed") for e in downloads)
    assert "GENERATED data (not MNIST)" in result.message
    assert result.value("verify.data_source") == "generated"


def test_a_mirror_serving_other_files_is_rejected(torch_python, isolated, h, tmp_path):
    # A "mirror" with the right names but not MNIST's content: the checksum must refuse it.
    h.write_tiny_mnist(tmp_path / "mirror", 50, 20, gz=True)
    (tmp_path / "dl").mkdir()  # --data names an empty directory: downloads go there
    result = run_verify(torch_python, opts(isolated, data=str(tmp_path / "dl"), max_train=300, max_test=100,
                                           mirrors=((tmp_path / "mirror").as_uri() + "/",)))
    failed = [e for e in result.events if e["event"] == "download" and e["state"] == "failed"]
    assert "checksum mismatch" in failed[0]["error"]
    assert result.value("verify.data") == "generated"
    assert not list((tmp_path / "dl" / "MNIST" / "raw").glob("*.gz"))  # nothing unverified was kept


def test_a_corrupt_copy_is_rejected_then_generated_data_is_used(torch_python, isolated, h, tmp_path):
    d = h.write_tiny_mnist(tmp_path / "bad", 100, 50)
    f = d / "train-images-idx3-ubyte"
    f.write_bytes(f.read_bytes()[:5000])  # truncated
    result = run_verify(torch_python, opts(isolated, data=str(d), download=False, max_train=300, max_test=100))
    rejected = [e for e in result.events if e["event"] == "data_rejected"]
    assert rejected and "truncated: 4984 of 78400 data bytes" in rejected[0]["reason"]
    assert result.value("verify.data") == "generated"
    assert "download disabled" in result.fact("verify.data").evidence


def test_device_cuda_on_a_cpu_build_fails_with_torchs_own_text(torch_python, isolated):
    result = run_verify(torch_python, opts(isolated, device="cuda"))
    assert result.status == "failed" and result.exit_code == 1
    assert result.value("verify.error") == "Torch not compiled with CUDA enabled"
    assert result.value("verify.error_type") == "AssertionError"
    assert result.value("verify.alloc_ok") is False
    assert result.fact("verify.mnist_accuracy").status == "absent"  # skipped, not lost


def test_cancel_stops_the_script_and_its_process(torch_python, isolated):
    started = threading.Event()

    def on_event(e):
        if e["event"] == "progress" and e.get("phase") == "train":
            started.set()

    run = VerifyRun(torch_python, opts(isolated, download=False, epochs=500, max_train=3000, max_test=500),
                    on_event=on_event).start()
    assert started.wait(60), "training never started"
    t0 = time.monotonic()
    run.cancel()
    result = run.wait(15)
    assert result is not None and time.monotonic() - t0 < 10
    assert result.status == "cancelled" and result.exit_code == 130
    pid = run.events[0]["pid"]
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert result.fact("verify.mnist_accuracy").status == "unknown"
    run.cancel()  # idempotent after the end


def _fake_python(tmp_path, body: str):
    exe = tmp_path / "fakepython"
    exe.write_text("#!/bin/sh\n" + body + "\n")
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    return str(exe)


@pytest.mark.skipif(os.name == "nt", reason="uses a shell script as the interpreter")
def test_a_silent_hang_is_stopped_by_the_stall_timeout(isolated, tmp_path):
    exe = _fake_python(tmp_path, 'echo \'{"event": "start", "t": 0}\'\nexec sleep 60')
    t0 = time.monotonic()
    result = run_verify(exe, opts(isolated, stall_timeout=1.0))
    assert time.monotonic() - t0 < 10
    assert result.status == "timeout"
    assert "no progress for 1 s" in result.message


@pytest.mark.skipif(os.name == "nt", reason="uses a shell script as the interpreter")
def test_a_crash_keeps_the_stderr_error(isolated, tmp_path):
    exe = _fake_python(tmp_path, 'echo \'{"event": "start", "t": 0}\'\n'
                                 'echo \'{"event": "phase", "phase": "import", "state": "start"}\'\n'
                                 'echo "Illegal instruction (core dumped)" >&2\nexit 132')
    result = run_verify(exe, opts(isolated))
    assert result.status == "crashed" and result.returncode == 132
    assert result.value("verify.error") == "Illegal instruction (core dumped)"
    assert result.value("verify.error_phase") == "import"


def test_data_that_is_not_a_directory_is_a_usage_error(torch_python, isolated, tmp_path):
    result = run_verify(torch_python, opts(isolated, data=str(tmp_path / "nothing")))
    assert result.status == "not-run" and result.exit_code == 2
    assert result.value("verify.error") == f"--data {tmp_path / 'nothing'}: no such directory"


def test_an_interpreter_without_torch_reports_the_import_error(isolated, tmp_path):
    venv = tmp_path / "bare"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, capture_output=True)
    exe = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    result = run_verify(str(exe), opts(isolated))
    assert result.status == "failed" and result.exit_code == 1 and result.returncode == 3
    assert result.value("verify.error") == "No module named 'torch'"
    assert (result.value("verify.error_type"), result.value("verify.error_phase")) == ("ModuleNotFoundError", "import")
    assert result.message == "import torch failed: No module named 'torch'"
    assert result.fact("verify.device").status == "unknown"


def test_an_interpreter_that_cannot_start(isolated, tmp_path):
    result = run_verify(str(tmp_path / "no-such-python"), opts(isolated))
    assert result.status == "not-run" and result.exit_code == 2
    assert "cannot run" in result.value("verify.error")


CHECK = """
import importlib.util, json, os, sys
spec = importlib.util.spec_from_file_location("vt", sys.argv[1])
vt = importlib.util.module_from_spec(spec)
spec.loader.exec_module(vt)
import torch
emit = vt.Emitter(open(os.devnull, "w"))
dev = vt.check_device(torch, "cpu", emit)
x, y, _, _ = vt.generate_data(torch, 600, 10)
cpu = vt.cpu_throughput(torch, vt.prepare(torch, x, "cpu", 0.1, 0.3), y, 0.2, 256, emit)
print(json.dumps({"dev": dev, "cpu": cpu}))
"""


def test_device_check_and_cpu_measure_run_on_real_torch(torch_python, isolated, h):
    """The GPU-run code paths (device check, CPU throughput), on the CPU device: same code."""
    p = subprocess.run([torch_python, "-c", CHECK, str(h.script)], capture_output=True, text=True, timeout=60,
                       env=h.run_env(isolated), check=False)
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    dev, cpu = out["dev"], out["cpu"]
    assert (dev["alloc_ok"], dev["kernel_ok"], dev["matmul_ok"], dev["error"]) == (True, True, True, None)
    assert dev["matmul_rel_error"] < 1e-5 and 0 < dev["fp16_rel_error"] < 2e-2  # fp16 is really lower precision
    assert cpu["images"] >= 3 * 256 and cpu["images_per_s"] > 0 and cpu["threads"] == 1
