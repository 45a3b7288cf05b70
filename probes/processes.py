"""Child processes that cannot outlive their probe: each in its own process group, read to the end
without waiting on stragglers, and killed as a group; and the version handshake that tells a
Python interpreter from any other program before gpufix runs it.

A command gpufix runs may start children (nvidia-smi helpers, a target interpreter's
subprocesses). `subprocess.run(..., timeout=)` kills only the direct child, and after a normal
exit it still waits for end-of-file on stdout, which never comes while a grandchild holds the
pipe: the probe then reports "did not answer" for an interpreter that answered. Here:

* every child starts a new session (POSIX) or process group (Windows);
* the pipes are drained by threads, so output is kept however it ends;
* on timeout the whole group is killed; after a normal exit the pipes get `PIPE_GRACE`
  seconds to close, then whatever still holds them (the group) is killed and the output kept.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from typing import IO, Any, Mapping, Sequence

PIPE_GRACE = 0.5  # seconds the pipes may stay open after the process exited


def group_options() -> dict[str, Any]:
    """Popen keyword arguments that start the child in a process group of its own."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
    return {"start_new_session": True}


def popen(argv: Sequence[str], env: Mapping[str, str] | None = None, stdin: Any = subprocess.DEVNULL) -> subprocess.Popen:
    """Start `argv` (an argument list, never a shell string) in its own group, pipes captured."""
    return subprocess.Popen(list(argv), stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=dict(env) if env is not None else None, **group_options())


def kill_group(proc: subprocess.Popen) -> None:
    """Kill `proc` and every process left in its group; never raises."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        try:
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True, timeout=10)
        except (OSError, subprocess.SubprocessError):
            pass
    else:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the group id is the child's pid (new session)
        except (ProcessLookupError, PermissionError, OSError):
            pass
    try:
        proc.kill()
    except OSError:
        pass


def _drain(stream: IO[bytes], into: list[bytes]) -> None:
    try:
        for chunk in iter(lambda: stream.read(65536), b""):
            into.append(chunk)
    except (OSError, ValueError):
        pass


def communicate(proc: subprocess.Popen, timeout: float, input_bytes: bytes | None = None) -> tuple[bytes, bytes]:
    """(stdout, stderr) of `proc`; raises subprocess.TimeoutExpired after killing its group.

    The wait is on the process, not on the pipes: a child that keeps stdout open after the
    process exited costs at most PIPE_GRACE, and is killed with the rest of the group.
    """
    out: list[bytes] = []
    err: list[bytes] = []
    readers = [threading.Thread(target=_drain, args=(proc.stdout, out), daemon=True),
               threading.Thread(target=_drain, args=(proc.stderr, err), daemon=True)]
    for r in readers:
        r.start()
    if proc.stdin is not None:
        try:
            if input_bytes:
                proc.stdin.write(input_bytes)
            proc.stdin.close()
        except OSError:
            pass
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_group(proc)
        proc.wait()
        for r in readers:
            r.join(PIPE_GRACE)
        raise subprocess.TimeoutExpired(proc.args, timeout, b"".join(out), b"".join(err)) from None
    for r in readers:
        r.join(PIPE_GRACE)
    if any(r.is_alive() for r in readers):
        kill_group(proc)  # a leftover child holds the pipes: it goes, its output so far stays
        for r in readers:
            r.join(PIPE_GRACE)
    return b"".join(out), b"".join(err)


_HANDSHAKE = "import sys; sys.stdout.write('gpufix-handshake %d.%d.%d\\n' % tuple(sys.version_info[:3]))"
_handshakes: dict[str, "str | None"] = {}


def python_handshake(path: str, timeout: float = 15.0) -> "str | None":
    """Why `path` is not a Python interpreter, or None: it must answer a one-line version
    handshake (`-E -s -c`, works from Python 2.6 on) before anything else runs it. Cached per
    path; its own process group, killed on timeout."""
    try:
        st = os.stat(path)
        key = f"{path}\0{st.st_ino}\0{st.st_mtime_ns}\0{st.st_size}"  # the same file, unchanged
    except OSError as e:
        return f"cannot run it: {e.strerror or e}"
    if key in _handshakes:
        return _handshakes[key]
    try:
        proc = popen([path, "-E", "-s", "-c", _HANDSHAKE])
        out, _err = communicate(proc, timeout)
    except subprocess.TimeoutExpired:
        problem: "str | None" = f"no answer to a version handshake within {timeout:g} s"
    except OSError as e:
        problem = f"cannot run it: {e.strerror or e}"
    else:
        text = out.decode("ascii", "replace").strip()
        ok = proc.returncode == 0 and text.startswith("gpufix-handshake ") and len(text.split()) == 2
        problem = None if ok else "it did not answer a Python version handshake"
    _handshakes[key] = problem
    return problem
