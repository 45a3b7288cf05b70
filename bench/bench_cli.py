"""Benchmark: `gpufix --json` against `python -m torch.utils.collect_env` and the floor
`python -c "import torch; torch.cuda.is_available()"`, same interpreter, interleaved runs.

Usage: python bench/bench_cli.py [--runs N] [--python PATH]
Targets (issue 2): gpufix within 1.2x of the floor, at most 0.8x of collect_env.
Prints medians and ratios; exits 0 (a benchmark reports, it does not judge).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time


def timed(argv: list[str]) -> tuple[float, bytes]:
    t = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, stdin=subprocess.DEVNULL)
    return time.perf_counter() - t, proc.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--python", default=sys.executable, help="interpreter with torch (and gpufix) installed")
    args = ap.parse_args()
    py = args.python
    cases = {
        "floor (import torch; is_available)": [py, "-c", "import torch; torch.cuda.is_available()"],
        "collect_env": [py, "-m", "torch.utils.collect_env"],
        "gpufix --json": [py, "-m", "gpufix", "--json", "--python", py],
    }
    times: dict[str, list[float]] = {k: [] for k in cases}
    sizes: dict[str, int] = {}
    for name, argv in cases.items():  # warm-up: page cache, .pyc files
        timed(argv)
    for _ in range(args.runs):  # interleaved so drift hits every case alike
        for name, argv in cases.items():
            t, out = timed(argv)
            times[name].append(t)
            sizes[name] = len(out)
    med = {k: statistics.median(v) for k, v in times.items()}
    floor, cenv, gfx = (med[k] for k in cases)
    print(f"interpreter: {py}   runs: {args.runs} (interleaved, after one warm-up each)")
    for k, v in times.items():
        print(f"  {k:<38} median {med[k]*1000:8.1f} ms   min {min(v)*1000:8.1f} ms   output {sizes[k]:6d} bytes")
    _, out = timed(cases["gpufix --json"])
    try:
        nfacts = len(json.loads(out)["facts"])
    except (ValueError, KeyError):
        nfacts = -1
    print(f"gpufix facts collected: {nfacts}")
    print(f"ratio gpufix / floor       = {gfx / floor:.2f}   (target <= 1.20)")
    print(f"ratio gpufix / collect_env = {gfx / cenv:.2f}   (target <= 0.80)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
