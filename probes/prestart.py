"""Start the torch probe's subprocess at the very start of `gpufix`, before anything heavy loads.

Importing torch in the target interpreter is the long pole of a full run (the floor that
`gpufix --json` is measured against); every millisecond gpufix spends importing its own modules,
parsing options and reading rules before it starts that subprocess is added to the whole run.
So the command line calls :func:`prestart` first thing, with only the standard library loaded,
when the options say the dynamic phase will run; the torch probe's `collect` then adopts that
process (:func:`adopt`) instead of starting a second one, if it was started for the same
interpreter, script and environment. A process nobody adopts is killed at exit.
"""
from __future__ import annotations

import atexit
import os
import subprocess
import sys
import threading
from typing import Mapping, Optional, Sequence

from gpufix.probes import processes

_lock = threading.Lock()
_started: dict[tuple, subprocess.Popen] = {}
TORCH_PROBE_SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "scripts", "torch_probe.py")


def script_env(env: Mapping[str, str]) -> dict[str, str]:
    """The environment a probe script runs in: the user's, with UTF-8 output and no startup file."""
    out = dict(env)
    out["PYTHONIOENCODING"] = "utf-8"  # JSON with non-ASCII paths on Windows code pages
    out.pop("PYTHONSTARTUP", None)
    return out


def torch_probe_command(python: str, env: Mapping[str, str]) -> tuple[list[str], dict[str, str]]:
    """The torch probe's argv and environment: one definition for prestart and for the probe."""
    return [python, TORCH_PROBE_SCRIPT], script_env(env)


def _key(argv: Sequence[str], env: Mapping[str, str]) -> tuple:
    return tuple(argv), tuple(sorted(env.items()))


# How much lower (in nice steps) the side that can wait runs. With --json/--text the torch
# import is the long pole and gpufix's own work (rules, tables, the static probes' interpreters)
# can run in its gaps: gpufix lowers itself. In the TUI the first findings on screen are what
# the user waits for, and the torch import can wait: the torch subprocess is lowered instead.
# On a 2-core machine the two sides otherwise contend for the same cores (bench/bench_phases.py).
BACKGROUND_NICE = 5
# The TUI's torch subprocess, further: measured on 2 cores (TUI first findings, 10 interleaved runs,
# medians), its scheduling group at nice 0 / 5 / 10: 289 / 260 / 240 ms.
TUI_TORCH_NICE = 10


_lowered: set[int] = set()


def lower_priority(pid: int = 0, steps: int = BACKGROUND_NICE) -> None:
    """Run process `pid` (0: this one) `steps` nice steps lower, once per process; nothing where
    the OS has no nice (Windows) or refuses. Only ever lowers: it needs no privilege.

    Linux's autogroups schedule each session as one group and the nice value only orders the
    processes inside a group; a child started in a session of its own (our subprocesses are, so
    their group can be killed whole) is lowered through its group's nice too. Never this process's
    group: that is the user's terminal session."""
    key = pid or os.getpid()
    if key in _lowered:
        return  # main() called again in one process (tests, embedding): do not ratchet down to 19
    _lowered.add(key)
    try:
        now = os.getpriority(os.PRIO_PROCESS, pid)
        os.setpriority(os.PRIO_PROCESS, pid, min(now + steps, 19))
    except (AttributeError, OSError):
        pass
    if pid and sys.platform.startswith("linux"):
        _lower_autogroup(pid, steps)


def _lower_autogroup(pid: int, steps: int) -> None:
    try:
        if os.getsid(pid) != pid:  # not a session of its own: its group is the caller's
            return
        with open(f"/proc/{pid}/autogroup", "r+", encoding="ascii") as f:
            now = int(f.read().split("nice")[-1])  # "/autogroup-123 nice 0"
            f.seek(0)
            f.write(str(min(now + steps, 19)))
    except (OSError, ValueError):
        pass  # no autogroups (kernel without them, or a container that hides /proc): the nice above holds


def prestart(argv: Sequence[str], env: Mapping[str, str], background: bool = False) -> None:
    """Start `argv` (the torch probe's command line) now, to be adopted later; never raises.

    `background`: the process runs at a lower CPU priority (lower_priority)."""
    with _lock:
        if _key(argv, env) in _started:
            return  # one is already on its way
    try:
        proc = processes.popen(argv, env)
    except OSError:
        return  # the probe will start it itself and report why it cannot run
    if background:
        lower_priority(proc.pid, TUI_TORCH_NICE)
    with _lock:
        if not _started:
            atexit.register(_kill_unadopted)
        _started[_key(argv, env)] = proc


def adopt(argv: Sequence[str], env: Mapping[str, str]) -> Optional[subprocess.Popen]:
    """The process :func:`prestart` started for exactly this command line and environment."""
    with _lock:
        return _started.pop(_key(argv, env), None)


def discard() -> None:
    """Kill every process started here that nobody adopted (the command is over)."""
    _kill_unadopted()


def _kill_unadopted() -> None:
    with _lock:
        left = list(_started.values())
        _started.clear()
    for proc in left:
        try:
            processes.kill_group(proc)
            proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass


def target_python(value: Optional[str]) -> Optional[str]:
    """--python's interpreter as the probes will resolve it (None: not certain, do not prestart)."""
    if value is None:
        return sys.executable
    path = os.path.abspath(os.path.expanduser(value))
    if os.path.isdir(path):
        for cand in ("bin/python", "bin/python3", "python.exe", "Scripts/python.exe"):
            if os.path.isfile(os.path.join(path, cand)):
                path = os.path.join(path, cand)
                break
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        return None
    # Something that is not Python (`--python /bin/ls`) is never started with the probe's arguments.
    return path if processes.python_handshake(path) is None else None
