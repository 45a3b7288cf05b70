"""Command lines for pasting, the state directory, and streaming a command's output."""
from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from gpufix.remedy.commandline import command_line
from gpufix.remedy.execute import CommandError, run_streaming
from gpufix.remedy.state import snapshots_dir, state_dir

ARGV = ["C:\\Program Files\\Python311\\python.exe", "-m", "pip", "install", "numpy<2",
        "--index-url", "https://download.pytorch.org/whl/cu121", "it's"]


def test_posix_quoting_round_trips_through_the_shell():
    line = command_line(ARGV, "linux")
    assert shlex.split(line) == ARGV
    assert "'numpy<2'" in line  # `<` would be a redirection unquoted


def test_windows_quoting_follows_msvcrt_rules():
    line = command_line(ARGV, "windows")
    assert line.startswith('"C:\\Program Files\\Python311\\python.exe" -m pip install "numpy<2" ')
    assert command_line(["python", 'say "hi"'], "windows") == 'python "say \\"hi\\""'


def test_windows_quotes_what_cmd_would_act_on():
    """Unquoted, cmd.exe redirects `numpy<2` from a file named 2 and pipes `openmp|mkl` into a program mkl."""
    assert command_line(["conda", "list", "openmp|mkl|numpy|torch"], "windows") == 'conda list "openmp|mkl|numpy|torch"'
    assert command_line(["pip", "install", "torch>=2.7,<3"], "windows") == 'pip install "torch>=2.7,<3"'
    assert command_line(["set", "A=1&B=2"], "windows") == 'set "A=1&B=2"'
    # MSVCRT escapes still hold inside the added quotes: a quote escaped, trailing backslashes doubled
    assert command_line(["x", 'a\\b"<c'], "windows") == 'x "a\\b\\"<c"'
    assert command_line(["x", "C:\\d\\a&b\\"], "windows") == 'x "C:\\d\\a&b\\\\"'
    assert command_line(["python", "-m", "pip"], "windows") == "python -m pip"


def test_state_dir_per_platform():
    home = {"HOME": "/home/ana"}
    assert state_dir(home, "linux") == Path("/home/ana/.local/state/gpufix")
    assert state_dir({**home, "XDG_STATE_HOME": "/xdg"}, "linux") == Path("/xdg/gpufix")
    assert state_dir({**home, "XDG_STATE_HOME": "relative"}, "linux") == Path("/home/ana/.local/state/gpufix")
    assert state_dir(home, "darwin") == Path("/home/ana/Library/Application Support/gpufix")
    win = {"USERPROFILE": "C:\\Users\\ana", "LOCALAPPDATA": "C:\\Users\\ana\\AppData\\Local"}
    assert state_dir(win, "win32") == Path("C:\\Users\\ana\\AppData\\Local") / "gpufix"
    assert state_dir({**home, "GPUFIX_STATE_DIR": "/tmp/s"}, "linux") == Path("/tmp/s")
    assert snapshots_dir(home, "linux") == Path("/home/ana/.local/state/gpufix/snapshots")


def test_run_streaming_passes_lines_as_they_come_and_the_exit_code():
    lines: list[str] = []
    code = "import sys; print('out'); print('err', file=sys.stderr); print('ünï'); sys.exit(3)"
    assert run_streaming([sys.executable, "-c", code], lines.append) == 3
    assert sorted(lines) == sorted(["out", "err", "ünï"])


def test_run_streaming_never_waits_for_input():
    lines: list[str] = []
    assert run_streaming([sys.executable, "-c", "print(repr(input()))"], lines.append) == 1
    assert any("EOFError" in ln for ln in lines)


def test_run_streaming_missing_program_is_one_line():
    with pytest.raises(CommandError, match="no-such-program-xyz: program not found"):
        run_streaming(["no-such-program-xyz"], print)
