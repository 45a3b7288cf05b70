"""Benchmark: `gpufix fleet summarize DIR --json` over 1k, 10k and 50k node documents.

The documents are the recorded fleet's (tests/fleet/data/cluster: `gpufix --fixture
tests/fixtures/machine--* --json` output), cycled and relabelled `node00001`... one file per node,
as a launcher that writes one file per node leaves them. Reference, measured in the same run on
the same files: a bare Python process that reads and json-decodes every file (the floor of any
summariser that reads the documents).

Usage: python bench/bench_fleet.py [--sizes 1000,10000,50000] [--runs 3] [--dir TMPDIR]
Targets (issue 14): 10,000 documents in at most 2 s and 200 MB; time per node about constant
(linear in the node count). Prints medians, peak memory (max RSS) and ratios; exits 0.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLUSTER = ROOT / "tests" / "fleet" / "data" / "cluster"
FLOOR = ("import json, os, sys\n"
         "d = sys.argv[1]\n"
         "for name in os.listdir(d):\n"
         "    with open(os.path.join(d, name), encoding='utf-8') as f:\n"
         "        f.readline(); json.loads(f.read())\n")


def documents() -> list[str]:
    """The recorded documents without their label lines (only the complete ones)."""
    out = []
    for p in sorted(CLUSTER.glob("gpu*.json")):
        text = p.read_text(encoding="utf-8")
        if text.startswith("gpufix-node: ") and text.rstrip().endswith("}") and '"schema"' in text:
            out.append(text.split("\n", 1)[1])
    return out


def write_fleet(directory: Path, n: int, docs: list[str]) -> int:
    directory.mkdir(parents=True)
    total = 0
    for i in range(n):
        text = f"gpufix-node: node{i + 1:05d}\n{docs[i % len(docs)]}"
        (directory / f"node{i + 1:05d}.json").write_text(text, encoding="utf-8")
        total += len(text)
    return total


def measure(argv: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one child process."""
    t = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{argv[:4]} exited {proc.returncode}: {proc.stderr.read().decode()[-500:]}")
    return elapsed, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dir", default=None, help="where to write the generated documents (default: a temp dir)")
    args = ap.parse_args()
    docs = documents()
    sizes = [int(s) for s in args.sizes.split(",")]
    base = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="gpufix-bench-fleet-"))
    py = sys.executable
    print(f"{len(docs)} distinct recorded documents, cycled; runs per size: {args.runs} (interleaved, after a warm-up)")
    rows = []
    try:
        for n in sizes:
            d = base / f"fleet-{n}"
            size = write_fleet(d, n, docs)
            cases = {"summarize": [py, "-m", "gpufix", "fleet", "summarize", "--json", str(d)],
                     "floor": [py, "-c", FLOOR, str(d)]}
            for argv in cases.values():  # warm-up: page cache, .pyc files
                measure(argv)
            times: dict[str, list[float]] = {k: [] for k in cases}
            rss: dict[str, float] = {k: 0.0 for k in cases}
            for _ in range(args.runs):
                for k, argv in cases.items():
                    t, m = measure(argv)
                    times[k].append(t)
                    rss[k] = max(rss[k], m)
            med = {k: statistics.median(v) for k, v in times.items()}
            rows.append((n, size, med["summarize"], rss["summarize"], med["floor"], rss["floor"]))
            shutil.rmtree(d)
    finally:
        if not args.dir:
            shutil.rmtree(base, ignore_errors=True)
    print(f"{'nodes':>7} {'MB in':>7} {'summarize s':>12} {'us/node':>8} {'max RSS MB':>11} "
          f"{'floor s':>8} {'floor RSS':>10} {'ratio':>6}")
    for n, size, t, m, ft, fm in rows:
        print(f"{n:>7} {size / 1e6:>7.0f} {t:>12.2f} {t / n * 1e6:>8.0f} {m:>11.0f} {ft:>8.2f} {fm:>10.0f} {t / ft:>6.2f}")
    per_node = {n: t / n for n, _, t, *_ in rows}
    if len(per_node) > 1:
        lo, hi = min(per_node), max(per_node)
        print(f"time per node at {hi} / at {lo} = {per_node[hi] / per_node[lo]:.2f}   (linear: about 1; start-up "
              f"weighs more at small sizes)")
    for n, _, t, m, *_ in rows:
        if n == 10000:
            print(f"10,000 nodes: {t:.2f} s (target <= 2.0), {m:.0f} MB (target <= 200)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
