"""Regenerate tests/fleet/data/cluster/: a 60-node fleet built from the project's machine fixtures.

Each node's file is what a launcher collects: a label line (`gpufix-node: NAME`) and the output
of `gpufix --fixture tests/fixtures/<machine> --json` for the machine the node is cast as. Nodes
cast as the same machine share its document (gpufix is run once per machine). Four nodes show
what goes wrong in a real collection: a document cut off, a node where gpufix is not installed,
an empty file, and a document with no label that names its host by its own `os.hostname` fact.

It also writes what `kubectl logs` returns for docs/fleet.md's DaemonSet (pods named by the
DaemonSet's hash, each printing the label line with its node's name first):
kubectl-logs.txt (plain, documents back to back), kubectl-logs-prefix.txt (`--prefix`, one pod
without the label line, as an older manifest would run it) and kubectl-logs-prefix-timestamps.txt
(`--prefix --timestamps`).

    python tools/fleet_recorded.py        # rewrites them all
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "fleet" / "data"
OUT = DATA / "cluster"

# (first node number, how many, machine fixture): a cluster bought in batches, plus odd boxes.
CAST = [
    (1, 16, "machine--linux-a100x8-driver535-cu124"),
    (17, 8, "machine--linux-h800x8-driver535-cu124"),
    (25, 8, "machine--linux-h100-driver535-cu117"),
    (33, 4, "machine--linux-v100-driver525"),
    (37, 1, "machine--linux-v100x2-driver418-torch16"),
    (38, 4, "machine--linux-rtx5090-driver570"),
    (42, 1, "machine--linux-rtx5090d-driver570-cu126"),
    (43, 1, "machine--linux-rtx5090x2-driver570-ngc"),
    (44, 1, "machine--linux-rtx5090-4090-driver580"),
    (45, 1, "machine--linux-rtx4070-driver550"),
    (46, 1, "machine--linux-a10g-driver470"),
    (47, 1, "machine--linux-gke-driver470-cu121"),
    (48, 1, "machine--linux-titanxp-driver450"),
    (49, 1, "machine--linux-titanxp8-driver410-torch13"),
    (50, 1, "machine--linux-gtx1050-driver384"),
    (51, 1, "machine--linux-cos-driver396-proc"),
    (52, 1, "machine--linux-rtx2070-nvcc110"),
    (53, 1, "machine--linux-titanv-rtx5880-query570"),
    (54, 1, "machine--linux-teslap40-lspci-3d"),
    (55, 1, "machine--linux-unknowngpu-nvcc125"),
    (56, 1, "machine--linux-rtx5070laptop-driver610"),
]


def gpufix_json(fixture: str, *extra: str) -> str:
    done = subprocess.run([sys.executable, "-m", "gpufix", "--fixture", f"tests/fixtures/{fixture}", "--json",
                           "--lang", "en", *extra], cwd=ROOT, capture_output=True, text=True, timeout=300)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{fixture}: gpufix exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    for first, count, fixture in CAST:
        doc = gpufix_json(fixture)
        for n in range(first, first + count):
            (OUT / f"gpu{n:03d}.json").write_text(f"gpufix-node: gpu{n:03d}\n{doc}", encoding="utf-8")
    a100 = gpufix_json("machine--linux-a100x8-driver535-cu124")
    cut = a100[: len(a100) // 2]  # the node was cancelled while printing
    (OUT / "gpu057.json").write_text(f"gpufix-node: gpu057\n{cut}", encoding="utf-8")
    (OUT / "gpu058.json").write_text("gpufix-node: gpu058\nsh: 1: gpufix: not found\n", encoding="utf-8")
    (OUT / "gpu059.json").write_text("", encoding="utf-8")
    (OUT / "report-from-gpu060.json").write_text(
        gpufix_json("machine--linux-a100x8-driver535-cu124", "--fact", "os.hostname=gpu060"), encoding="utf-8")
    kubectl()
    return 0


# (pod, node, machine fixture) of a small GPU node pool.
PODS = [
    ("gpufix-4m9xq", "gke-ml-a100-pool-1f2c", "machine--linux-a100x8-driver535-cu124"),
    ("gpufix-8d2kt", "gke-ml-a100-pool-7b41", "machine--linux-a100x8-driver535-cu124"),
    ("gpufix-c7wzl", "gke-ml-t4-pool-03ad", "machine--linux-gke-driver470-cu121"),
    ("gpufix-h2v5n", "gke-ml-h100-pool-9e10", "machine--linux-h100-driver535-cu117"),
]


def kubectl() -> None:
    docs = {f: gpufix_json(f) for f in {p[2] for p in PODS}}
    plain, prefixed, stamped = [], [], []
    for i, (pod, node, fixture) in enumerate(PODS):
        lines = [f"gpufix-node: {node}", *docs[fixture].splitlines()]
        plain += lines
        shown = lines[1:] if i == 2 else lines  # this pod ran without the label line
        prefixed += [f"[pod/{pod}/gpufix] {line}" for line in shown]
        if i < 2:
            stamped += [f"[pod/{pod}/gpufix] 2026-12-03T14:{20 + i}:{j % 60:02d}.{j:09d}Z {line}"
                        for j, line in enumerate(lines)]
    for name, lines in (("kubectl-logs.txt", plain), ("kubectl-logs-prefix.txt", prefixed),
                        ("kubectl-logs-prefix-timestamps.txt", stamped)):
        (DATA / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
