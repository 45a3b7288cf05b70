"""The real `gpufix` in a real terminal (tmux): keys in, screen text out."""
from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import DATA, case_facts  # noqa: F401 (importlib mode)

TMUX = shutil.which("tmux")
_SERVERS = itertools.count()
pytestmark = [pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install -y tmux)"),
              pytest.mark.slow]  # the real gpufix in subprocesses


class Tmux:
    def __init__(self, tmp_path: Path):
        # A server of its own per terminal: a killed server may still hold a reused name.
        self.socket = f"gpufix-test-{os.getpid()}-{next(_SERVERS)}"
        self.env = {**os.environ, "LANG": "C.UTF-8", "TMUX": ""}
        self.env.pop("LC_ALL", None)

    def __call__(self, *args: str, check: bool = True) -> str:
        proc = subprocess.run([TMUX, "-u", "-L", self.socket, "-f", os.devnull, *args], capture_output=True,
                              text=True, env=self.env, timeout=20)
        if check and proc.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)}: {proc.stderr.strip()}")
        return proc.stdout

    def screen(self) -> str:
        return self("capture-pane", "-p", "-t", "gpufix")

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            shown = self.screen()
            if text in shown:
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} not on screen after {timeout:g} s:\n{shown}")
            time.sleep(0.1)

    def keys(self, *keys: str) -> None:
        self("send-keys", "-t", "gpufix", *keys)


# tmux's #{pane_dead_status} is sometimes empty (the pty closes before waitpid), so the
# command runs under a tiny wrapper that writes its exit code to a file.
WRAP = "import subprocess, sys; rc = subprocess.call(sys.argv[2:]); open(sys.argv[1], 'w').write(str(rc))"


def start(tmux: "Tmux", status_file: Path, command: list[str], env: list[str] = ()) -> None:
    env_args = [a for kv in env for a in ("-e", kv)]
    tmux("new-session", "-d", "-s", "gpufix", "-x", "80", "-y", "24", *env_args,
         sys.executable, "-c", WRAP, str(status_file), *command)
    tmux("set-option", "-g", "remain-on-exit", "on")
    tmux("set-option", "-s", "escape-time", "0")


def exit_code(tmux: "Tmux", status_file: Path, timeout: float = 30.0) -> int:
    deadline = time.monotonic() + timeout
    while not status_file.is_file() or not status_file.read_text():
        assert time.monotonic() < deadline, f"no exit after {timeout:g} s:\n{tmux.screen()}"
        time.sleep(0.1)
    return int(status_file.read_text())


@pytest.fixture
def tmux_factory(tmp_path):
    made: list[Tmux] = []

    def make() -> Tmux:
        made.append(Tmux(tmp_path))
        return made[-1]
    yield make
    for t in made:
        t("kill-server", check=False)


@pytest.fixture
def tmux(tmux_factory):
    return tmux_factory()


def _gpufix() -> list[str]:
    exe = Path(sys.executable).with_name("gpufix")
    return [str(exe)] if exe.is_file() else [sys.executable, "-m", "gpufix"]


def test_real_gpufix_in_tmux(tmux, tmp_path):
    facts = [a for f in case_facts("cpu-wheel") for a in ("--fact", f)]
    command = [*_gpufix(), "--fixture", str(DATA / "cpu-wheel"), "--no-probe", *facts]
    status_file = tmp_path / "exit-code"
    start(tmux, status_file, command, ["NO_COLOR=1", f"GPUFIX_STATE_DIR={tmp_path / 'state'}", "LANG=C.UTF-8"])

    shown = tmux.wait_for("torch build")
    assert "[✗] torch build: torch 2.13.0+cpu" in shown
    assert "q Quit" in shown  # keys in the footer

    tmux.keys("Enter")
    shown = tmux.wait_for("Evidence")
    assert "Findings: 1 error(s)" in shown

    tmux.keys("Enter")
    shown = tmux.wait_for("Remedy 1 of")
    assert "Copy (c)" in shown and "Run (r)" in shown and "Skip (s)" in shown

    tmux.keys("r")
    tmux.wait_for("Run this command?")
    tmux.keys("n")
    tmux.wait_for("Remedy 1 of")
    assert not (tmp_path / "state").exists()  # declined: no snapshot, nothing run

    tmux.keys("Escape")
    tmux.wait_for("Evidence")
    tmux.keys("Escape")
    tmux.wait_for("Enter: show them")  # back on the scan screen

    # Paste a log: text typed and Ctrl+R sent at once (Ctrl+R queues behind the text).
    tmux.keys("l")
    tmux.wait_for("Paste an error message")
    last_line = (DATA / "pasted-not-compiled" / "log.txt").read_text().splitlines()[-1]
    tmux("send-keys", "-t", "gpufix", "-l", last_line)
    tmux.keys("C-r")
    shown = tmux.wait_for("Findings from the pasted log")
    assert "signature.not_compiled" in shown or "cpu-only-wheel" in shown
    tmux.keys("Escape")
    tmux.wait_for("Paste an error message")
    tmux.keys("Escape")
    tmux.wait_for("Enter: show them")
    tmux.keys("q")
    assert exit_code(tmux, status_file) == 1  # an error diagnosis, as --json


def test_rollback_asks_on_a_terminal(tmux_factory, tmp_path, venv_python, state_dir):
    from gpufix.remedy.snapshot import take_snapshot

    snap = take_snapshot(venv_python, reason="pip install tinypkg==2.0")
    subprocess.run([venv_python, "-m", "pip", "install", "-q", "tinypkg==2.0"], check=True)
    env = [f"{k}={os.environ[k]}" for k in ("PIP_NO_INDEX", "PIP_FIND_LINKS", "PIP_DISABLE_PIP_VERSION_CHECK",
                                           "GPUFIX_STATE_DIR")]

    def run_rollback(answer: str) -> tuple[int, str]:
        tmux = tmux_factory()
        status_file = tmp_path / f"exit-{answer}"
        start(tmux, status_file, [*_gpufix(), "rollback"], env)
        tmux.wait_for("Restore? [y/N]")
        tmux.keys(answer, "Enter")
        code = exit_code(tmux, status_file)
        return code, tmux.screen()

    code, shown = run_rollback("n")
    assert code == 1 and "Not restored." in shown, shown
    assert "taken before: pip install tinypkg==2.0" in shown and "1 pinned packages" in shown
    code, shown = run_rollback("y")
    assert code == 0 and "~ tinypkg==2.0  ->  tinypkg==1.0" in shown and f"Restored {snap.name}" in shown, shown
    freeze = subprocess.run([venv_python, "-m", "pip", "freeze"], capture_output=True, text=True).stdout.split()
    assert freeze == ["tinypkg==1.0"]


def test_live_probes_paint_the_first_look_then_the_full_scan(tmux, tmp_path):
    """Live probes of this machine: on Linux the static phase comes from a forked worker
    (gpufix.core.first_look) while textual loads; the full scan, torch included, replaces it."""
    status_file = tmp_path / "exit-code"
    command = [*_gpufix(), "--fact", "gpu.name=NVIDIA GeForce RTX 3060"]
    start(tmux, status_file, command, ["NO_COLOR=1", f"GPUFIX_STATE_DIR={tmp_path / 'state'}", "LANG=C.UTF-8"])
    shown = tmux.wait_for("note(s)")  # the first findings' counts line
    assert "Traceback" not in shown
    tmux.wait_for("Enter: show them", timeout=60.0)  # the full scan is done
    tmux.wait_for("torch build: torch")  # with the dynamic phase's answer
    tmux.keys("q")
    assert exit_code(tmux, status_file) in (0, 1, 3)  # as --json: fine, findings, or a symptom left open
