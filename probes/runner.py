"""Run probes concurrently with per-probe timeouts, record them, or replay a recording.

Each probe runs in a daemon thread: a probe stuck in a C call (NVML on a wedged driver)
cannot be killed, but it can be abandoned, and the process still exits.
"""
from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from gpufix.facts import Fact, FactBase
from gpufix.probes.base import Probe, ProbeAbsent, ProbeContext, ProbeFailed, Raw

PROBES_META = "probes.json"  # per-probe status in a recording


@dataclass
class ProbeResult:
    name: str
    status: str  # ok, absent, failed, timeout, not-recorded
    seconds: float = 0.0
    error: str = ""
    raw: Raw = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)

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


def _collect_one(probe: Probe, ctx: ProbeContext, result: ProbeResult) -> None:
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
    result.seconds = time.perf_counter() - start


def run_probes(probes: Sequence[Probe], ctx: ProbeContext,
               progress: ProgressCallback | None = None) -> list[ProbeResult]:
    """Collect and parse every probe concurrently; never raises."""
    results = {p.name: ProbeResult(p.name, "running") for p in probes}
    threads: dict[str, threading.Thread] = {}
    started = time.perf_counter()
    for p in probes:
        if progress:
            progress(p.name, "start", None)
        t = threading.Thread(target=_collect_one, args=(p, ctx, results[p.name]), daemon=True,
                             name=f"probe-{p.name}")
        t.start()
        threads[p.name] = t
    pending = {p.name: p for p in probes}
    while pending:
        for name in list(pending):
            p = pending[name]
            t = threads[name]
            limit = p.timeout * ctx.timeout_scale + 2.0  # commands time out themselves first
            t.join(timeout=0.01)
            res = results[name]
            if t.is_alive():
                if time.perf_counter() - started <= limit:
                    continue
                res.status, res.error = "timeout", f"{name} did not finish within {limit:g} s"
                res.seconds = time.perf_counter() - started
            _finish(p, res)
            del pending[name]
            if progress:
                progress(name, "done", res)
    return [results[p.name] for p in probes]


def _finish(probe: Probe, res: ProbeResult) -> None:
    if res.status in ("ok", "absent"):
        res.facts, err = parse_safely(probe, res.raw)
        if err:
            res.status, res.error = "failed", err
    else:
        res.facts = probe.failed_facts(res.error)


def facts_from_results(results: Iterable[ProbeResult]) -> FactBase:
    fb = FactBase()
    for r in results:
        fb.extend(r.facts)
    return fb


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
        meta = json.loads(meta_path.read_text(encoding="utf-8")).get("probes", {})
    results = []
    for p in probes:
        raw = {f: (directory / f).read_text(encoding="utf-8", errors="replace")
               for f in p.files if (directory / f).is_file()}
        recorded = meta.get(p.name, {})
        res = ProbeResult(p.name, recorded.get("status", "ok" if raw else "not-recorded"),
                          recorded.get("seconds", 0.0), recorded.get("error", ""), raw)
        if res.status == "not-recorded":
            results.append(res)
            continue
        _finish(p, res)
        results.append(res)
    return results


def is_recording(directory: Path) -> bool:
    return directory.is_dir() and any(directory.iterdir())


def fixture_files(directory: Path) -> list[str]:
    return sorted(os.listdir(directory))
