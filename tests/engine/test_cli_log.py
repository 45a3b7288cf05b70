"""`gpufix --json --no-probe --log FILE` end to end, with the installed rules."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

TOO_OLD = ("RuntimeError: The NVIDIA driver on your system is too old (found version 11040). Please update your "
           "GPU driver by downloading and installing a new version from the URL: http://www.nvidia.com/Download/index.aspx")


def gpufix(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gpufix", *args], capture_output=True, text=True, timeout=120,
                          input=stdin, cwd=Path(__file__).resolve().parents[2])


def test_json_no_probe_log(tmp_path):
    log = tmp_path / "error.txt"
    log.write_text(f"Traceback (most recent call last):\n{TOO_OLD}\n", encoding="utf-8")
    proc = gpufix("--json", "--no-probe", "--log", str(log))
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["schema"] == "gpufix/1" and doc["status"] == "error"
    assert doc["log"]["given"] and doc["log"]["lines"] == 2
    assert "driver-older-than-runtime:too_old" in doc["log"]["signatures_matched"]
    top = doc["diagnoses"][0]
    assert top["id"] == "driver-older-than-runtime"
    assert top["evidence"]["match.found_version"] == "11040"
    assert "log.text" not in doc["facts"]
    # Without probes no command can be filled from this machine's facts: steps stay text.
    assert all(s["command"] is None or "{" not in " ".join(s["command"]) for r in top["remedies"] for s in r["steps"])


def test_log_from_stdin_and_fact(tmp_path):
    proc = gpufix("--json", "--no-probe", "--log", "-", "--fact", "torch.build=cpu", stdin="all fine here\n")
    assert proc.returncode in (0, 1), proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["log"]["source"] == "stdin"
    assert doc["facts"]["torch.build"]["value"] == "cpu"


@pytest.mark.parametrize("setup, message", [
    (lambda p: str(p / "missing.txt"), "no such file"),
    (lambda p: str(p), "is a directory"),
    (lambda p: (p / "x.bin").write_bytes(b"\x00\x01" * 100) and str(p / "x.bin"), "binary"),
])
def test_bad_log_is_one_line_exit_2(tmp_path, setup, message):
    proc = gpufix("--json", "--no-probe", "--log", setup(tmp_path))
    assert proc.returncode == 2
    assert message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert json.loads(proc.stdout)["status"] == "failed"
    assert "Traceback" not in proc.stderr
