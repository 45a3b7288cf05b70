"""Run probes concurrently with per-probe timeouts, record them, or replay a recording.

Each probe runs in a daemon thread: a probe stuck in a C call (NVML on a wedged driver)
cannot be killed, but it can be abandoned, and the process still exits.
"""
from __future__ import annotations

import json
import threading
import time
from dataclasses import field
from pathlib import Path
from typing import Callable, Sequence

from gpufix.probes.base import loads_json
from gpufix.errors import InputError
from gpufix.facts import Fact
from gpufix.probes.base import Probe, ProbeAbsent, ProbeContext, ProbeFailed, Raw
from gpufix.records import record

PROBES_META = "probes.json"  # per-probe status in a recording
RECORDED_STATUSES = ("ok", "absent", "failed", "timeout", "not-recorded")


@record
class ProbeResult:
    """One probe's run: its status, raw output and facts."""

    name: str
    status: str  # ok, absent, failed, timeout, not-recorded
    seconds: float = 0.0
    error: str = ""
    raw: Raw = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    parsed: bool = False  # facts already read from raw (in the probe's own thread, on its clock)

    def to_json(self) -> dict:
        out = {"status": self.status, "seconds": round(self.seconds, 3)}
        if self.error:
            out["error"] = self.error
        return out


ProgressCallback = Callable[[str, str, "ProbeResult | None"], None]  # (probe, "start"|"done", result)


def parse_safely(probe: Probe, raw: Raw) -> tuple[list[Fact], str]:
    """Parse raw text; a parser crash on odd input costs only this probe's facts."""
    try:
        return list(probe.parse(raw)), ""
    except Exception as e:  # noqa: BLE001 - any parser bug must stay local
        reason = f"could not parse {probe.name} output: {type(e).__name__}: {e}"
        return probe.failed_facts(reason), reason


def _collect_one(probe: Probe, ctx: ProbeContext, result: ProbeResult, done: threading.Event) -> None:
    start = time.perf_counter()
    try:
        result.raw = probe.collect(ctx)
        result.status = "ok"
    except ProbeAbsent as e:
        result.raw, result.status, result.error = {}, "absent", str(e)
    except ProbeFailed as e:
        result.status, result.error = "failed", str(e)
    except Exception as e:  # noqa: BLE001
        result.status, result.error = "failed", f"{type(e).__name__}: {e}"
    # Parsing is part of the probe's time: a parser slow on odd output runs out the same clock as
    # a hanging command (the waiter reports "timeout" and never parses it itself).
    _finish(probe, result)
    result.seconds = time.perf_counter() - start
    done.set()


class ProbeRun:
    """Probes running in the background: start them, do other work, then `wait()`.

    The torch probe takes seconds; a caller can load the rule engine meanwhile.
    """

    def __init__(self, probes: Sequence[Probe], ctx: ProbeContext, progress: ProgressCallback | None = None):
        self.probes = list(probes)
        self.ctx = ctx
        self.progress = progress
        # Threads write into their own result; `wait()` adopts it only if it finished in time,
        # so a straggler cannot rewrite a result already reported as timed out.
        self._collected = {p.name: ProbeResult(p.name, "running") for p in self.probes}
        self.results = {p.name: ProbeResult(p.name, "running") for p in self.probes}
        self._done = {p.name: threading.Event() for p in self.probes}
        self._any_done = threading.Condition()
        self._reported: set[str] = set()  # results final (and passed to `progress`) already
        self._wait_lock = threading.Lock()
        self.started = time.perf_counter()
        if progress:
            for p in self.probes:
                progress(p.name, "start", None)
        # The slowest probes (highest order) start first: the torch subprocess is the long pole.
        for p in sorted(self.probes, key=lambda p: -p.order):
            threading.Thread(target=self._run_one, args=(p,), daemon=True, name=f"probe-{p.name}").start()

    def _run_one(self, p: Probe) -> None:
        _collect_one(p, self.ctx, self._collected[p.name], self._done[p.name])
        with self._any_done:
            self._any_done.notify_all()

    def finished(self, phase: str | None = None) -> bool:
        """Whether every probe (of `phase`) has finished already: wait() would not block."""
        return all(self._done[p.name].is_set() for p in self.probes if phase is None or p.phase == phase)

    def settle(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for every probe to finish; whether they all did. Reports nothing."""
        deadline = time.perf_counter() + timeout
        for p in self.probes:
            left = deadline - time.perf_counter()
            if left <= 0 or not self._done[p.name].wait(left):
                return False
        return True

    def wait(self, phase: str | None = None) -> list[ProbeResult]:
        """Results in probe order, once every probe (of `phase`, when given) finished or ran
        out of time; never raises. Waiting for the static phase first, then for all, gives the
        static results early without waiting twice."""
        with self._wait_lock:
            wanted = [p for p in self.probes if phase is None or p.phase == phase]
            self._wait_for({p.name: p for p in wanted if p.name not in self._reported})
            return [self.results[p.name] for p in wanted]

    def _wait_for(self, pending: dict[str, Probe]) -> None:
        while pending:
            now = time.perf_counter()
            next_deadline = None
            for name in list(pending):
                p = pending[name]
                limit = p.timeout * self.ctx.timeout_scale + 2.0  # commands time out themselves first
                if self._done[name].is_set():
                    res = self._collected[name]
                else:
                    deadline = self.started + limit
                    if now <= deadline:
                        next_deadline = deadline if next_deadline is None else min(next_deadline, deadline)
                        continue
                    res = ProbeResult(name, "timeout", now - self.started, f"{name} did not finish within {limit:g} s")
                self.results[name] = res
                _finish(p, res)
                self._reported.add(name)
                del pending[name]
                if self.progress:
                    self.progress(name, "done", res)
            if pending:
                with self._any_done:
                    if not any(self._done[n].is_set() for n in pending):
                        self._any_done.wait(timeout=max(0.0, (next_deadline or now) - time.perf_counter()) + 0.001)


def start_probes(probes: Sequence[Probe], ctx: ProbeContext,
                 progress: ProgressCallback | None = None) -> ProbeRun:
    """Start every probe in the background; call `.wait()` for the results."""
    return ProbeRun(probes, ctx, progress)


def run_probes(probes: Sequence[Probe], ctx: ProbeContext,
               progress: ProgressCallback | None = None) -> list[ProbeResult]:
    """Collect and parse every probe concurrently; never raises."""
    return ProbeRun(probes, ctx, progress).wait()


def _finish(probe: Probe, res: ProbeResult) -> None:
    if res.parsed:
        return
    res.parsed = True
    if res.status in ("ok", "absent"):
        res.facts, err = parse_safely(probe, res.raw)
        if err:
            res.status, res.error = "failed", err
    else:
        res.facts = probe.failed_facts(res.error)


# --- recordings -----------------------------------------------------------------------

def write_recording(results: Sequence[ProbeResult], directory: Path, meta: dict | None = None) -> list[Path]:
    """Write every probe's raw output as a fixture directory (the tests/fixtures format)."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for r in results:
        for fname, text in r.raw.items():
            path = directory / fname
            path.write_text(text, encoding="utf-8")
            written.append(path)
    doc = {"recorded_by": meta or {}, "probes": {r.name: r.to_json() for r in results}}
    path = directory / PROBES_META
    path.write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    written.append(path)
    return written


def replay_recording(probes: Sequence[Probe], directory: Path) -> list[ProbeResult]:
    """Parse a fixture directory as if its probes had just run on a machine."""
    meta: dict = {}
    meta_path = directory / PROBES_META
    if meta_path.is_file():
        try:
            doc = loads_json(meta_path.read_text(encoding="utf-8"))
            meta = doc.get("probes", {}) if isinstance(doc, dict) else None
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as e:
            raise InputError(f"--fixture {directory}: {PROBES_META} is not a gpufix recording ({type(e).__name__})") from e
        if not isinstance(meta, dict) or not all(isinstance(v, dict) for v in meta.values()):
            raise InputError(f"--fixture {directory}: {PROBES_META} is not a gpufix recording (no probes object)")
    results = []
    for p in probes:
        raw = {f: (directory / f).read_text(encoding="utf-8", errors="replace")
               for f in p.files if (directory / f).is_file()}
        recorded = meta.get(p.name, {})
        status = recorded.get("status", "ok" if raw else "not-recorded")
        seconds = recorded.get("seconds", 0.0)
        res = ProbeResult(p.name, status if status in RECORDED_STATUSES else "failed",
                          float(seconds) if isinstance(seconds, (int, float)) else 0.0,
                          str(recorded.get("error", "")), raw)
        if res.status == "not-recorded":
            results.append(res)
            continue
        _finish(p, res)
        results.append(res)
    return results