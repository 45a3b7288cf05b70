"""The TUI's first findings from a forked worker while textual loads (Linux only).

`gpufix` on a terminal has two jobs before its first findings are on screen: loading textual
(~0.15 s of CPU) and the static phase (its probes, then the rules, the tables and the engine:
~0.1 s of CPU). In one process they take turns for one core. Here the process forks before
either starts: the worker runs the static probes and analyses them with the same pipeline
(gpufix.core.pipeline), sends the probe results and the findings back over a pipe and exits;
the parent loads textual meanwhile, on the other core. The app's scan takes the worker's probe
results as its static phase (no probe runs twice, and the findings shown first are the worker's
analysis of exactly those results) and analyses everything again once torch has answered.

Only where it is safe and useful: Linux (no fork on Windows; on macOS a forked child may not use
the system frameworks its parent loaded), only while this process runs no other thread (a fork
copies no thread, and a lock one of them held would stay locked in the child). A worker that
fails, is killed or sends nothing in time costs only time: the scan then runs the static probes
itself. The worker writes nothing to the terminal (its output goes to /dev/null) and never runs
the parent's exit handlers (os._exit). What comes back is read by an unpickler that knows five
classes of plain data and nothing else: the pipe carries data, never a program.
"""
from __future__ import annotations

import io
import os
import pickle
import select
import signal
import sys
import threading
import time
from typing import Any, Optional

from gpufix.core.pipeline import Inputs, analyse, static_collection, static_probes
from gpufix.diagnosis import Diagnosis, Remedy, Step
from gpufix.facts import Fact, FactBase
from gpufix.probes.runner import ProbeResult

FORMAT = 1
_CLASSES = {(c.__module__, c.__qualname__): c for c in (Fact, FactBase, ProbeResult, Diagnosis, Remedy, Step)}
_BUILTINS = {("builtins", "set"): set, ("builtins", "frozenset"): frozenset}


def available() -> bool:
    """Whether a first look can be forked here and now."""
    return (sys.platform.startswith("linux") and hasattr(os, "fork")
            and threading.active_count() == 1 and os.environ.get("GPUFIX_FIRST_LOOK", "1") != "0")


class _Reader(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        cls = _CLASSES.get((module, name)) or _BUILTINS.get((module, name))
        if cls is None:
            raise pickle.UnpicklingError(f"{module}.{name} is not first-look data")
        return cls


def encode(results: list[ProbeResult], facts: FactBase, diagnoses: list[Diagnosis]) -> bytes:
    return pickle.dumps((FORMAT, list(results), facts, list(diagnoses)), protocol=5)


def decode(data: bytes) -> Optional[tuple[list[ProbeResult], FactBase, list[Diagnosis]]]:
    """The worker's results, or None for anything that is not exactly what encode() writes."""
    try:
        value = _Reader(io.BytesIO(data)).load()
        fmt, results, facts, diagnoses = value
    except Exception:  # noqa: BLE001 - a torn or foreign payload is no first look
        return None
    if (fmt != FORMAT or not isinstance(facts, FactBase)
            or not all(isinstance(r, ProbeResult) for r in results)
            or not all(isinstance(d, Diagnosis) for d in diagnoses)):
        return None
    return results, facts, diagnoses


class FirstLook:
    """A forked worker's static phase: `results()` blocks until it answered (or gave up)."""

    def __init__(self, pid: int, fd: int, names: tuple[str, ...], timeout: float) -> None:
        self.pid = pid
        self.names = names  # the static probes the worker runs
        self._fd = fd
        self._deadline = time.monotonic() + timeout
        self._lock = threading.Lock()
        self._value: Optional[tuple[list[ProbeResult], FactBase, list[Diagnosis]]] = None
        self._read = False

    def _get(self) -> Optional[tuple[list[ProbeResult], FactBase, list[Diagnosis]]]:
        with self._lock:
            if not self._read:
                self._read = True
                self._value = decode(self._receive())
                self.close()
            return self._value

    def _receive(self) -> bytes:
        chunks = []
        try:
            while True:
                left = self._deadline - time.monotonic()
                if left <= 0 or not select.select([self._fd], [], [], left)[0]:
                    return b""  # too late: the scan probes itself
                chunk = os.read(self._fd, 1 << 16)
                if not chunk:
                    return b"".join(chunks)
                chunks.append(chunk)
        except OSError:
            return b""

    def answer(self) -> Optional[tuple[list[ProbeResult], FactBase, list[Diagnosis]]]:
        """The worker's static probe results with its facts and findings for them; None when
        it sent nothing usable (the static probes then run here)."""
        return self._get()

    def close(self) -> None:
        """Stop the worker if it still runs, and reap it; idempotent."""
        if self._fd >= 0:
            try:
                os.close(self._fd)
            except OSError:
                pass
            self._fd = -1
        if self.pid:
            try:
                if os.waitpid(self.pid, os.WNOHANG) == (0, 0):
                    os.kill(self.pid, signal.SIGKILL)
                    os.waitpid(self.pid, 0)
            except OSError:  # already reaped
                pass
            self.pid = 0


def start(inputs: Inputs, lang: str) -> Optional[FirstLook]:
    """Fork a worker for the static phase of `inputs` (live probes); None where available()
    says no or the fork fails."""
    if not available():
        return None
    probes = static_probes(inputs)
    timeout = max((p.timeout for p in probes), default=0.0) * inputs.ctx.timeout_scale + 5.0
    try:
        read_fd, write_fd = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid == 0:  # the worker
        os.close(read_fd)
        _work(write_fd, inputs, lang)  # never returns
    os.close(write_fd)
    return FirstLook(pid, read_fd, tuple(p.name for p in probes), timeout)


# The worker yields some CPU to the parent: both finish about together (the parent's textual import
# is the longer job), where at equal priority the worker's probes and analysis slowed it and then
# waited for it. Measured on 2 cores (bench/bench_phases.py, TUI, 8 interleaved runs): nice 0 354 ms,
# 3 305 ms, 8 329 ms to the first findings.
WORKER_NICE = 3


def _lower_priority() -> None:
    try:
        os.nice(WORKER_NICE)
    except OSError:
        pass


def _work(fd: int, inputs: Inputs, lang: str) -> None:
    code = 1
    try:
        _lower_priority()
        devnull = os.open(os.devnull, os.O_RDWR)
        for target in (0, 1, 2):  # the terminal is the app's
            os.dup2(devnull, target)
        collected = static_collection(inputs)
        outcome = analyse(collected, lang, inputs.request.rules)
        data = memoryview(encode(collected.probe_results, outcome.facts, outcome.diagnoses))
        while data:
            data = data[os.write(fd, data):]
        code = 0
    except BaseException:  # noqa: BLE001 - the parent probes itself when nothing comes
        pass
    finally:
        os._exit(code)
