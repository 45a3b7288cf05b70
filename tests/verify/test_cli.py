"""`gpufix verify` end to end, as a user runs it (a subprocess; no GPU on this machine)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.slow


def gpufix(args, isolated, h, timeout=120, **kw):
    return subprocess.run([sys.executable, "-m", "gpufix", "verify", *args], capture_output=True, text=True,
                          cwd=isolated["cwd"], env=h.run_env(isolated), timeout=timeout, **kw)


def test_json_end_to_end_says_cuda_was_not_checked(torch_python, isolated, h, tmp_path):
    h.write_tiny_mnist(tmp_path / "d", 300, 100)
    p = gpufix(["--json", "--python", torch_python, "--data", str(tmp_path / "d"), "--epochs", "1"], isolated, h)
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)  # one document, nothing else on stdout
    assert doc["schema"] == "gpufix/1" and doc["command"] == "verify"
    assert doc["status"] == "cpu-only" and doc["exit_code"] == 0
    assert doc["target"]["python"] == torch_python
    facts = doc["facts"]
    assert facts["verify.gpu_checked"]["value"] is False
    assert facts["verify.device"]["value"] == "cpu"
    for name in ("verify.alloc_ok", "verify.matmul_ok", "verify.speedup"):
        assert facts[name]["status"] == "absent"
        assert "no GPU was checked" in facts[name]["reason"]
    assert "CPU-only build" in facts["verify.alloc_ok"]["reason"]
    assert facts["verify.data"]["value"] == "idx"
    assert facts["verify.mnist_epochs"]["value"] == 1
    v = doc["verify"]
    assert v["message"].startswith("no GPU was checked: torch 2.13.0+cpu is a CPU-only build")
    assert v["torch"]["version"].startswith("2.13.0")
    assert v["device"]["checked"] is False and v["train"]["device"] == "cpu"
    assert len(v["epochs"]) == 1
    assert doc["diagnoses"] == []
    assert doc["knowledge"]["as_of"] == "2026-12-03"  # every gpufix/1 document is dated


def test_text_mode_prints_plain_lines_when_not_a_terminal(torch_python, isolated, h):
    p = gpufix(["--python", torch_python, "--no-mnist"], isolated, h)
    assert p.returncode == 0, p.stderr
    assert "\r" not in p.stdout and "\033[" not in p.stdout  # no progress bar in a pipe
    lines = p.stdout.splitlines()
    assert lines[0] == f"gpufix verify: {torch_python}"
    assert any("CUDA was NOT checked" in ln for ln in lines)
    assert any(ln.startswith("verify CPU ONLY: no GPU was checked") for ln in lines)


def test_device_cuda_on_this_machine_fails_with_exit_1(torch_python, isolated, h):
    p = gpufix(["--python", torch_python, "--device", "cuda", "--json"], isolated, h)
    assert p.returncode == 1
    doc = json.loads(p.stdout)
    assert doc["status"] == "failed"
    assert doc["facts"]["verify.error"]["value"] == "Torch not compiled with CUDA enabled"


@pytest.mark.parametrize("args, message", [
    (["--data", "/nonexistent/mnist"], "--data /nonexistent/mnist: no such directory"),
    (["--epochs", "0"], "--epochs 0: expected 1 to 100"),
    (["--mirror", "ftp://example.org/mnist"], "--mirror ftp://example.org/mnist: expected an http://, https:// or file:// URL"),
    (["--python", "/nonexistent/python"], "--python /nonexistent/python: no such interpreter"),
    (["--device", "tpu"], "argument --device: invalid choice"),
])
def test_bad_input_is_one_line_and_exit_2(isolated, h, args, message):
    p = gpufix(args, isolated, h, timeout=30)
    assert p.returncode == 2
    assert p.stdout == ""
    err = p.stderr.strip().splitlines()
    assert len(err) == 1, p.stderr
    assert err[0].startswith("gpufix: error: ") and message in err[0]
    assert "Traceback" not in p.stderr


def test_data_pointing_to_a_file_is_refused(isolated, h, tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    p = gpufix(["--data", str(f)], isolated, h, timeout=30)
    assert p.returncode == 2 and p.stderr.strip() == f"gpufix: error: --data {f}: not a directory"


def _marked(mark: str) -> list[int]:
    """Processes whose environment holds `mark` (gpufix and everything it started)."""
    found = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/environ", "rb") as f:
                    if mark.encode() in f.read():
                        found.append(int(d))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX signals, /proc to count processes")
def test_ctrl_c_stops_cleanly_with_one_line_and_exit_130(torch_python, isolated, h):
    """Also when pytest runs as a background job (SIGINT ignored, inherited) and with no
    controlling terminal (a new session): and nothing it started is left running."""
    mark = f"GPUFIX_TEST_RUN={os.getpid()}-{time.monotonic_ns()}"
    env = h.run_env(isolated)
    env[mark.split("=")[0]] = mark.split("=")[1]
    # A background job inherits SIGINT ignored; a terminal's Ctrl-C would reach gpufix with the
    # default disposition, so the child gets that back (and a session of its own: no terminal).
    proc = subprocess.Popen([sys.executable, "-m", "gpufix", "verify", "--python", torch_python,
                             "--no-download", "--epochs", "50"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=isolated["cwd"], env=env, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        assert proc.stdout is not None
        deadline = time.monotonic() + 60
        for line in proc.stdout:  # wait until the script is well under way
            if line.lstrip().startswith("data") or time.monotonic() > deadline:
                break
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130
    assert err.strip().splitlines() == ["gpufix: interrupted"]
    assert "Traceback" not in out + err
    deadline = time.monotonic() + 5
    while _marked(mark.split("=")[1]) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = _marked(mark.split("=")[1])
    for pid in left:  # leave nothing behind, whatever the assertion says
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    assert left == []  # orphans: 0
