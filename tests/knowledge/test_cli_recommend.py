"""`gpufix recommend`: text and JSON output, bad input, and a live run on this machine."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from gpufix.cli import main

GTX_1080_TI = ["--no-probe", "--fact", "os.name=linux", "--fact", "os.arch=x86_64", "--fact", "python.version=3.11.9",
               "--fact", "gpu.name=NVIDIA GeForce GTX 1080 Ti", "--fact", "driver.version=535.104.05",
               "--fact", "python.executable=/home/u/venv/bin/python"]


def test_json_output(capsys):
    assert main(["recommend", *GTX_1080_TI, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "gpufix-recommend/1"
    rec = doc["recommendation"]
    assert (rec["kind"], rec["torch"], rec["build"]) == ("cuda", "2.14.1", "cu126")
    assert rec["pip_command"][0] == "/home/u/venv/bin/python"
    assert doc["facts"]["recommend.build"]["value"] == "cu126"
    assert doc["facts"]["compat.gpu_sm"]["value"] == ["sm_61"]


def test_text_output_shows_reasoning_and_commands(capsys):
    assert main(["recommend", *GTX_1080_TI]) == 0
    out = capsys.readouterr().out
    assert "NVIDIA GeForce GTX 1080 Ti: compute capability 6.1 (sm_61)" in out
    assert "Why:" in out and "525.60.13" in out
    assert ("/home/u/venv/bin/python -m pip install torch==2.14.1 torchvision==0.29.1 torchaudio==2.11.0 "
            "--index-url https://download.pytorch.org/whl/cu126") in out


def test_nothing_fits_exits_1(capsys):
    args = ["--no-probe", "--fact", "os.name=linux", "--fact", "os.arch=x86_64", "--fact", "gpu.count=0",
            "--fact", "python.version=3.16.0", "--fact", "python.executable=/x/python"]
    assert main(["recommend", *args]) == 1
    assert "3.16.0" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [
    ["recommend", "--fact", "bogus"],
    ["recommend", "--fact", "driver.version=abc"],
    ["recommend", "--fact", "no.such_fact=1"],
    ["recommend", "--fixture", "/no/such/dir"],
    ["recommend", "--python", "/no/such/python"],
    ["recommend", "--bogus-option"],
])
def test_bad_input_is_one_line_exit_2(capsys, argv):
    assert main(argv) == 2
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("gpufix: error:"), captured.err
    assert "Traceback" not in captured.err + captured.out


@pytest.mark.slow  # a real gpufix subprocess probes this machine, torch import included
@pytest.mark.skipif(shutil.which("nvidia-smi") is not None, reason="this machine has an NVIDIA driver")
def test_live_run_here_recommends_the_cpu_build_through_the_target_interpreter():
    exe = sys.executable
    proc = subprocess.run([sys.executable, "-m", "gpufix", "recommend", "--python", exe, "--json"],
                          capture_output=True, text=True, timeout=120, env={**os.environ, "CUDA_VISIBLE_DEVICES": ""})
    assert proc.returncode == 0, proc.stderr
    rec = json.loads(proc.stdout)["recommendation"]
    assert (rec["kind"], rec["build"]) == ("cpu", "cpu")
    assert rec["pip_command"][0] == exe
    assert rec["pip_command"][-2:] == ["--index-url", "https://download.pytorch.org/whl/cpu"]
