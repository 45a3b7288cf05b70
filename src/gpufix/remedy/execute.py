"""Run a remedy command: an argument list (never a shell string), output streamed line by line."""
from __future__ import annotations

import os
import subprocess
import threading
from typing import Callable, Mapping, Sequence

LineCallback = Callable[[str], None]
# What the TUI is given to run commands with; tests pass a harmless one.
CommandRunner = Callable[[Sequence[str], LineCallback], int]


class CommandError(Exception):
    """The command could not be started (missing program, permission); the message says why."""


def run_streaming(argv: Sequence[str], on_line: LineCallback, env: Mapping[str, str] | None = None,
                  cancel: threading.Event | None = None) -> int:
    """Run `argv`, call `on_line` for each output line (stdout and stderr merged), return the exit code.

    stdin is closed: a remedy must never sit waiting for input the user cannot see
    (pip's own prompts, e.g. `pip uninstall`, need `-y` in the rule).
    """
    if not argv:
        raise CommandError("empty command")
    run_env = dict(os.environ if env is None else env)
    # Unbuffered child output so lines appear as they are printed, not when the pipe fills.
    run_env.setdefault("PYTHONUNBUFFERED", "1")
    run_env.setdefault("PIP_PROGRESS_BAR", "off")  # pip's bar redraws one line with \r
    try:
        proc = subprocess.Popen(list(argv), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, env=run_env)
    except FileNotFoundError as e:
        raise CommandError(f"{argv[0]}: program not found") from e
    except OSError as e:
        raise CommandError(f"{argv[0]}: cannot run: {e.strerror or e}") from e
    assert proc.stdout is not None
    with proc.stdout:
        for raw in iter(proc.stdout.readline, b""):
            if cancel is not None and cancel.is_set():
                proc.terminate()
                break
            on_line(_decode(raw).rstrip("\r\n"))
    return proc.wait()


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")
