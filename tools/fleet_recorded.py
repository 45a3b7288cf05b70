"""Regenerate tests/fleet/data/cluster/: a 60-node fleet built from the project's machine fixtures.

Each node's file is what a launcher collects: a label line (`gpufix-node: NAME`) and the output
of `gpufix --fixture tests/fixtures/<machine> --json` for the machine the node is cast as. Nodes
cast as the same machine share its document (gpufix is run once per machine). Four nodes show
what goes wrong in a real collection: a document cut off, a node where gpufix is not installed,
an empty file, and a document with no label that names its host by its own `os.hostname` fact.

    python tools/fleet_recorded.py        # rewrites the directory
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fleet" / "data" / "cluster"

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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
