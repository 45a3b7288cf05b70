"""`gpufix --text` and `gpufix` without a terminal: the plain-text report."""
from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

from gpufix.cli import main

from .conftest import DATA, case_facts  # noqa: F401 (importlib mode)

CPU_ON_GPU = ["--no-probe", "--fact", "torch.build=cpu", "--fact", "torch.version_full=2.4.1+cpu",
              "--fact", "gpu.count=1", "--fact", "driver.version=535.98"]
# Commands are filled only from facts gpufix found itself (probes, knowledge), never from
# --fact: the recorded machine supplies python.executable.
RECORDED = ["--fixture", str(DATA / "cpu-wheel"), "--no-probe",
            *[a for f in case_facts("cpu-wheel") for a in ("--fact", f)]]


def _text(capsys, *argv: str) -> tuple[int, str]:
    code = main(["--text", *argv])
    return code, capsys.readouterr().out


def test_summary_then_findings_with_evidence(capsys):
    code, out = _text(capsys, *CPU_ON_GPU)
    assert code == 1  # an error diagnosis, as --json
    lines = out.splitlines()
    summary = lines.index("Summary")
    findings = next(i for i, ln in enumerate(lines) if ln.startswith("Findings: "))
    area_lines = [ln for ln in lines[summary + 1:findings] if ln.startswith("[")]
    assert [ln.split(":")[0][4:] for ln in area_lines] == [
        "GPU and driver", "CUDA runtime", "torch build", "Python environment", "packages"]
    assert "[✗] torch build: torch 2.4.1+cpu" in out
    assert "inputs: not probed (--no-probe); facts given by hand: torch.build=cpu" in out
    first = lines[findings + 2]
    assert first.startswith("1. [✗] error: ") and first.endswith("(cpu-only-wheel)")
    assert "     torch build: cpu  [user --fact]" in lines  # each evidence line says where it came from


def test_commands_are_single_copy_pasteable_lines(capsys):
    code, out = _text(capsys, *RECORDED)
    assert code == 1
    python = "/tmp/dev/bin/python3"  # as recorded in the fixture
    commands = [ln.strip() for ln in out.splitlines() if ln.startswith(f"          {python} ")]
    assert commands, out
    assert [shlex.split(c)[:4] for c in commands][0] == [python, "-m", "pip", "uninstall"]


def test_windows_commands_are_quoted_for_cmd():
    from gpufix.diagnosis import Diagnosis, Remedy, Step
    from gpufix.report_text import render_diagnosis

    exe = "C:\\Program Files\\Python311\\python.exe"
    d = Diagnosis("x", "T", "error", "setup", "E.", {}, (Remedy("R", (Step("s", (exe, "-m", "pip", "install",
                                                                               "numpy<2")),)),))
    # unquoted, cmd.exe would read `<2` as a redirection from a file named 2
    assert '          "C:\\Program Files\\Python311\\python.exe" -m pip install "numpy<2"' in render_diagnosis(
        d, 1, "en", "windows")
    assert "          'C:\\Program Files\\Python311\\python.exe' -m pip install 'numpy<2'" in render_diagnosis(
        d, 1, "en", "linux")


def test_healthy_inputs_exit_0_and_say_so(capsys):
    code, out = _text(capsys, "--no-probe")
    assert code == 0
    assert "[-] GPU and driver: not checked" in out
    assert "No problems found." in out or "Findings: 0 error(s)" in out


def test_fixture_and_log_are_read(capsys):
    log = DATA / "pasted-not-compiled" / "log.txt"
    code, out = _text(capsys, *RECORDED, "--log", str(log))
    assert code == 1
    assert f"fixture {DATA / 'cpu-wheel'}; log {log}" in out
    assert "probes:" in out
    assert "[✗] error log: known errors found: 1 finding(s)" in out
    assert "(cpu-only-wheel)" in out


def test_chinese_labels_from_lang_env(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    code, out = _text(capsys, *CPU_ON_GPU)
    assert "概况" in out and "torch 版本" in out and "证据" in out


def test_bad_fact_is_one_line_exit_2(capsys):
    assert main(["--text", "--no-probe", "--fact", "gpu.count=many"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip().splitlines() == ["gpufix: error: gpu.count='many': not a valid int"]


def _gpufix() -> list[str]:
    exe = Path(sys.executable).with_name("gpufix")
    return [str(exe)] if exe.is_file() else [sys.executable, "-m", "gpufix"]


def test_without_a_terminal_gpufix_prints_text_and_never_waits():
    # stdout is a pipe and stdin is closed: no TUI, no prompt, the same report as --text.
    env = {**os.environ, "LANG": "C.UTF-8"}
    env.pop("LC_ALL", None)
    piped = subprocess.run([*_gpufix(), *CPU_ON_GPU], capture_output=True, text=True,
                           stdin=subprocess.DEVNULL, timeout=60, env=env)
    forced = subprocess.run([*_gpufix(), "--text", *CPU_ON_GPU], capture_output=True, text=True,
                            stdin=subprocess.DEVNULL, timeout=60, env=env)
    assert piped.returncode == forced.returncode == 1
    assert piped.stdout == forced.stdout
    assert "\x1b[" not in piped.stdout  # no escape sequences in a bug report
    assert piped.stdout.startswith("gpufix ")
