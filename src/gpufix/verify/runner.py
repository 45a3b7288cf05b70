"""Run the verification script in the target interpreter, live, with cancel and timeouts.

gpufix never imports torch: the script runs as a subprocess of the target interpreter and
its JSON lines are parsed as they arrive (``on_event`` gets each one, from a worker
thread: a Textual app should hand it over with ``app.call_from_thread``).

    result = run_verify("/path/to/python", VerifyOptions(), on_event=print)
    result.facts   # verify.* facts, ready for gpufix.engine.api.diagnose

For the TUI: ``run = VerifyRun(python, options, on_event, on_done); run.start()``;
``run.cancel()`` stops it (the subprocess is killed, the result says "cancelled").
"""
from __future__ import annotations

import collections
import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import field
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

from gpufix.records import record
from gpufix.verify.events import VerifyResult, build_result, parse_line

EventCallback = Callable[[dict[str, Any]], None]
DoneCallback = Callable[[VerifyResult], None]

SCRIPT = "verify_torch.py"
STDERR_KEEP = 64 * 1024  # bytes of stderr kept (tracebacks, warnings); the rest is dropped
KILL_GRACE = 2.0  # seconds between terminate and kill


@record(frozen=True)
class VerifyOptions:
    device: str = "auto"  # auto | cuda | mps | cpu
    data: str | None = None  # an MNIST directory (--data)
    mirrors: tuple[str, ...] = ()  # MNIST mirrors tried before the default ones
    epochs: int | None = None  # None: the script's default (3 on a GPU, 1 on the CPU)
    mnist: bool = True  # False: device check only
    download: bool = True
    download_timeout: float = 10.0  # per connection: offline machines must fail fast
    cpu_seconds: float | None = None  # CPU throughput budget (speed-up figure)
    max_train: int | None = None  # smaller runs (tests)
    max_test: int | None = None
    batch_size: int | None = None
    seed: int = 0
    stall_timeout: float = 300.0  # no output for this long: stop (a wedged driver, a hung JIT)
    timeout: float | None = None  # overall limit; None: none (Ctrl-C / cancel stops it)
    cwd: str | None = None  # where ./data is looked for; default: the current directory
    env: Mapping[str, str] = field(default_factory=dict)  # extra environment for the script


@contextlib.contextmanager
def script_path() -> Iterator[Path]:
    """The script as a real file, wherever gpufix is installed (zip imports included)."""
    ref = resources.files("gpufix.verify.scripts").joinpath(SCRIPT)
    with resources.as_file(ref) as p:
        yield Path(p)


def script_arguments(options: VerifyOptions) -> list[str]:
    o = options
    args = ["--device", o.device]
    if o.data:
        args += ["--data", o.data]
    for m in o.mirrors:
        args += ["--mirror", m]
    if o.epochs is not None:
        args += ["--epochs", str(o.epochs)]
    if not o.mnist:
        args.append("--no-mnist")
    if not o.download:
        args.append("--no-download")
    args += ["--download-timeout", f"{o.download_timeout:g}", "--seed", str(o.seed)]
    for flag, value in (("--cpu-seconds", o.cpu_seconds), ("--max-train", o.max_train),
                        ("--max-test", o.max_test), ("--batch-size", o.batch_size)):
        if value is not None:
            args += [flag, f"{value:g}" if isinstance(value, float) else str(value)]
    return args


def cpu_threads(cpus: int | None = None, load: float | None = None) -> int:
    """Threads for torch on the CPU: the CPUs this process may use, less the ones already busy
    (the 1-minute load average), at least one."""
    if cpus is None:
        try:
            cpus = len(os.sched_getaffinity(0))
        except (AttributeError, OSError):  # macOS, Windows
            cpus = os.cpu_count() or 1
    if load is None:
        try:
            load = os.getloadavg()[0]
        except (AttributeError, OSError):  # Windows
            load = 0.0
    return max(1, min(cpus, cpus - int(load + 0.5)))


class VerifyRun:
    """One live run. start(), then wait() or on_done; cancel() from any thread."""

    def __init__(self, python: str, options: VerifyOptions | None = None,
                 on_event: EventCallback | None = None, on_done: DoneCallback | None = None) -> None:
        self.python = python
        self.options = options or VerifyOptions()
        self.on_event = on_event
        self.on_done = on_done
        self.events: list[dict[str, Any]] = []
        self.result: VerifyResult | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._stderr: collections.deque[bytes] = collections.deque()
        self._stderr_size = 0
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._last_output = time.monotonic()
        self._stopped_reason = ""
        self._term_sent: float | None = None  # when SIGTERM went out; SIGKILL follows after KILL_GRACE
        self._readers: list[threading.Thread] = []
        self._script_ctx: contextlib.AbstractContextManager[Path] | None = None

    # --- control ------------------------------------------------------------------------
    def start(self) -> "VerifyRun":
        self._script_ctx = script_path()
        script = self._script_ctx.__enter__()
        argv = [self.python, "-u", str(script)] + script_arguments(self.options)
        env = dict(os.environ)
        env.update(self.options.env)
        env["PYTHONUNBUFFERED"] = "1"
        env["PYTHONIOENCODING"] = "utf-8"
        # torch starts one thread per core: on a loaded 2-core machine CPU MNIST took 46 s that
        # way and 3 s with one thread. A thread count the user set is kept.
        env.setdefault("OMP_NUM_THREADS", str(cpu_threads()))
        # Own process group/session: a terminal's Ctrl-C reaches gpufix only, which then
        # stops the script itself (and anything it started).
        kw: dict[str, Any] = {}
        if sys.platform == "win32":
            kw["creationflags"] = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
        else:
            kw["start_new_session"] = True
        try:
            self._proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                          stderr=subprocess.PIPE, cwd=self.options.cwd, env=env, **kw)
        except OSError as e:
            self._finish(launch_error=f"{self.python}: cannot run: {e.strerror or e}")
            return self
        self._last_output = time.monotonic()
        self._readers = [threading.Thread(target=t, name=f"gpufix-verify-{n}", daemon=True)
                         for t, n in ((self._read_stdout, "stdout"), (self._read_stderr, "stderr"))]
        for t in self._readers + [threading.Thread(target=self._monitor, name="gpufix-verify-monitor", daemon=True)]:
            t.start()
        return self

    def cancel(self) -> None:
        """Stop the run; returns at once, safe from any thread, more than once, or after the end."""
        self._cancel.set()
        self._terminate()

    def wait(self, timeout: float | None = None) -> VerifyResult | None:
        """The result, or None if `timeout` seconds passed first."""
        self._done.wait(timeout)
        return self.result

    @property
    def running(self) -> bool:
        return not self._done.is_set()

    # --- threads ------------------------------------------------------------------------
    def _read_stdout(self) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        for raw in self._proc.stdout:
            self._last_output = time.monotonic()
            event = parse_line(raw.decode("utf-8", "replace"))
            if event is None:
                continue
            with self._lock:
                self.events.append(event)
            if self.on_event is not None:
                try:
                    self.on_event(event)
                except Exception:  # noqa: BLE001 - a display bug must not stop the run
                    pass

    def _read_stderr(self) -> None:
        assert self._proc is not None and self._proc.stderr is not None
        while True:
            chunk = self._proc.stderr.read1(8192) if hasattr(self._proc.stderr, "read1") else self._proc.stderr.read(8192)
            if not chunk:
                return
            self._last_output = time.monotonic()
            with self._lock:
                self._stderr.append(chunk)
                self._stderr_size += len(chunk)
                while self._stderr_size > STDERR_KEEP and len(self._stderr) > 1:
                    self._stderr_size -= len(self._stderr.popleft())

    def _monitor(self) -> None:
        assert self._proc is not None
        started = time.monotonic()
        o = self.options
        while True:
            try:
                self._proc.wait(timeout=0.1)
                break
            except subprocess.TimeoutExpired:
                pass
            now = time.monotonic()
            if self._term_sent is not None:
                if now - self._term_sent > KILL_GRACE:
                    self._signal(signal.SIGKILL if sys.platform != "win32" else None)
            elif o.stall_timeout and now - self._last_output > o.stall_timeout:
                self._stopped_reason = (f"no progress for {o.stall_timeout:g} s during the "
                                        f"{self._current_phase()} phase")
                self._terminate()
            elif o.timeout and now - started > o.timeout:
                self._stopped_reason = f"not finished within {o.timeout:g} s (during the {self._current_phase()} phase)"
                self._terminate()
        self._finish()

    def _current_phase(self) -> str:
        with self._lock:
            phases = [e for e in self.events if e["event"] == "phase" and e.get("state") == "start"]
        return phases[-1].get("phase", "start") if phases else "start"

    def _terminate(self) -> None:
        if self._term_sent is None:
            self._term_sent = time.monotonic()
            self._signal(signal.SIGTERM if sys.platform != "win32" else None)

    def _signal(self, sig: "signal.Signals | None") -> None:
        """Signal the script's whole process group (POSIX); TerminateProcess on Windows."""
        proc = self._proc
        if proc is None or proc.poll() is not None:
            return
        try:
            if sig is None:
                proc.kill()
            else:
                os.killpg(proc.pid, sig)
        except (ProcessLookupError, PermissionError, OSError):
            pass  # already gone

    def _finish(self, launch_error: str = "") -> None:
        proc = self._proc
        # Let the readers drain what the process wrote before it exited. (A grandchild that
        # kept the pipes open cannot hold gpufix for long.)
        for t in self._readers:
            t.join(timeout=2.0)
        with self._lock:
            stderr = b"".join(self._stderr).decode("utf-8", "replace")
            events = list(self.events)
        self.result = build_result(events, stderr, proc.returncode if proc else None,
                                   cancelled=self._cancel.is_set(), stopped_reason=self._stopped_reason,
                                   launch_error=launch_error)
        if self._script_ctx is not None:
            self._script_ctx.__exit__(None, None, None)
        self._done.set()
        if self.on_done is not None:
            try:
                self.on_done(self.result)
            except Exception:  # noqa: BLE001
                pass


def run_verify(python: str, options: VerifyOptions | None = None, on_event: EventCallback | None = None,
               cancel: threading.Event | None = None) -> VerifyResult:
    """Run the verification and wait for it. Setting `cancel` stops it; so does Ctrl-C
    (the subprocess is stopped, then KeyboardInterrupt propagates)."""
    run = VerifyRun(python, options, on_event).start()
    try:
        while True:
            result = run.wait(0.1)
            if result is not None:
                return result
            if cancel is not None and cancel.is_set():
                run.cancel()
    except KeyboardInterrupt:
        run.cancel()
        run.wait(KILL_GRACE + 5)
        raise


def replay(stdout: str, stderr: str = "", returncode: int | None = 0, **kw: Any) -> VerifyResult:
    """A recorded run (the script's stdout, stderr, exit code) through the same parser."""
    events = [e for e in map(parse_line, stdout.splitlines()) if e is not None]
    return build_result(events, stderr, returncode, **kw)


def default_python() -> str:
    return sys.executable


__all__: Sequence[str] = ("VerifyOptions", "VerifyRun", "VerifyResult", "run_verify", "replay", "script_path")
