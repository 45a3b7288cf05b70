"""Benchmark the phases against the floor `python -c "import torch; torch.cuda.is_available()"`.

    python bench/bench_phases.py [--runs N] [--python PATH] [--no-tui]

Four cases, run in the same interpreter, interleaved (one round runs each case once, so drift
hits every case alike), after one warm-up run of each (writes .pyc files, fills the page cache
and gpufix's parse cache, as any second run of gpufix finds them):

* floor      `python -c "import torch; torch.cuda.is_available()"`
* quick      `python -m gpufix --json --quick` (static phase only: never imports torch)
* full       `python -m gpufix --json` (static + dynamic phase)
* tui        `python -m gpufix` on a real pseudo-terminal (100x32, TERM=xterm-256color, LANG=C.UTF-8),
             timed from the moment the process is spawned until the first findings are painted:
             the terminal output, stripped of escape sequences, shows the findings' counts line
             ("N error(s), N warning(s), N note(s)"), which the scan screen paints together with the
             per-area findings. The app is then killed (its whole process group, torch included).

Targets (issue 9): quick <= 0.15x floor, tui <= 0.30x floor, full <= 1.05x floor.
Prints every run, medians, min and the ratios of medians; exits 0 (a benchmark reports, it does not
judge). Also printed: the CPU time (user + system) of each JSON case's whole process tree, for the
TUI case the CPU time of gpufix's own process (all its threads, and the static probes' processes it
has reaped) until the findings were on screen (the torch import, still running then, is not in it;
Linux only), and the load average before and after. On a machine with idle cores gpufix's own work runs beside the torch
import; on a busy one (other jobs, 2 cores) every CPU-second gpufix spends shows in the wall time, so
read the ratios together with the load. PYTHONDONTWRITEBYTECODE is removed from the children's environment: an installed package
has its .pyc files, and a run that recompiles every module on each start measures the wrong thing.
"""
from __future__ import annotations

import argparse
import fcntl
import os
import resource
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time

TARGETS = {"quick": 0.15, "tui": 0.30, "full": 1.05}
TUI_MARKER = re.compile(r"\d+ error\(s\), \d+ warning\(s\), \d+ note\(s\)")
_ANSI = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[P^_][^\x1b]*\x1b\\|\x1b[@-Z\\-_]")
TUI_TIMEOUT = 120.0


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


CPU: dict[str, list[float]] = {}


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def timed(argv: list[str], name: str = "") -> float:
    cpu = _children_cpu()
    t = time.perf_counter()
    proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                          env=child_env())
    elapsed = time.perf_counter() - t
    if name:
        CPU.setdefault(name, []).append(_children_cpu() - cpu)  # the child and every child it waited for
    if proc.returncode not in (0, 1):  # 1: an error was diagnosed, still a finished run
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"{' '.join(argv)} exited {proc.returncode}: {tail[0]}")
    return elapsed


def _process_cpu(pid: int) -> float | None:
    """CPU seconds (user + system) of process `pid` and of the children it has waited for
    (the static probes' subprocesses; not the torch import, which is still running): Linux only."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rpartition(")")[2].split()
    except OSError:
        return None
    ticks = sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def tui_first_findings(argv: list[str], cols: int = 100, rows: int = 32) -> float:
    """Seconds from spawning `argv` on a pty until the findings' counts line is on its screen."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    env = {**child_env(), "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "COLUMNS": str(cols),
           "LINES": str(rows)}
    t = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True,
                            close_fds=True)
    os.close(slave)
    seen = ""
    try:
        while True:
            left = TUI_TIMEOUT - (time.perf_counter() - t)
            if left <= 0:
                raise RuntimeError(f"no findings on screen within {TUI_TIMEOUT:g} s; last screen text: {seen[-300:]!r}")
            ready, _, _ = select.select([master], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                chunk = b""
            if not chunk:
                raise RuntimeError(f"gpufix left the terminal before painting findings: {seen[-300:]!r}")
            seen += _ANSI.sub("", chunk.decode("utf-8", "replace"))
            if TUI_MARKER.search(seen):
                elapsed = time.perf_counter() - t
                cpu = _process_cpu(proc.pid)
                if cpu is not None:
                    CPU.setdefault("tui", []).append(cpu)
                return elapsed
            seen = seen[-4096:]  # the marker is one short line
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the app and its torch subprocess
        except ProcessLookupError:
            pass
        proc.wait()
        os.close(master)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--python", default=sys.executable, help="interpreter with torch and gpufix installed")
    ap.add_argument("--no-tui", action="store_true", help="skip the terminal case (no pty here)")
    args = ap.parse_args()
    py = args.python
    gpufix = [py, "-m", "gpufix"]
    cases = {
        "floor": lambda: timed([py, "-c", "import torch; torch.cuda.is_available()"], "floor"),
        "quick": lambda: timed(gpufix + ["--json", "--quick", "--python", py], "quick"),
        "full": lambda: timed(gpufix + ["--json", "--python", py], "full"),
    }
    if not args.no_tui:
        cases["tui"] = lambda: tui_first_findings(gpufix + ["--python", py])
    times: dict[str, list[float]] = {k: [] for k in cases}
    for run in cases.values():  # warm-up
        run()
    CPU.clear()
    load_before = os.getloadavg()
    for _ in range(args.runs):
        for name, run in cases.items():
            times[name].append(run())
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"interpreter: {py}")
    print(f"machine: {os.cpu_count()} CPUs, {os.uname().sysname} {os.uname().release} {os.uname().machine}")
    print(f"runs: {args.runs} per case, interleaved, after one warm-up each")
    print(f"load average (1, 5, 15 min): before {' '.join(f'{x:.2f}' for x in load_before)}, "
          f"after {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for k, v in times.items():
        runs = " ".join(f"{x * 1000:.0f}" for x in v)
        cpu = f"  cpu median {statistics.median(CPU[k]) * 1000:7.1f} ms" if k in CPU else ""
        print(f"  {k:<6} median {med[k] * 1000:7.1f} ms  min {min(v) * 1000:7.1f} ms{cpu}  runs (ms): {runs}")
    for k, target in TARGETS.items():
        if k in med:
            ratio = med[k] / med["floor"]
            print(f"ratio {k:<5}/ floor = {ratio:.3f}   (target <= {target:.2f}: {'met' if ratio <= target else 'NOT met'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
