"""docs/fleet.md's DaemonSet: a valid manifest for every GPU node, whose container command prints
the node's label line and gpufix's document in the form `gpufix fleet summarize` reads."""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import yaml

from gpufix.fleet.streams import DOCUMENT, read_text

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT_FILE = ROOT / "tests" / "fleet" / "data" / "cluster" / "gpu001.json"


def _manifest() -> dict:
    text = (ROOT / "docs" / "fleet.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(.*?)```", text, re.S)
    assert block, "docs/fleet.md has no yaml block"
    return yaml.safe_load(block.group(1))


def test_the_daemonset_runs_on_gpu_nodes_and_knows_its_node_name():
    m = _manifest()
    assert m["kind"] == "DaemonSet" and m["apiVersion"] == "apps/v1"
    spec = m["spec"]["template"]["spec"]
    assert m["spec"]["selector"]["matchLabels"] == m["spec"]["template"]["metadata"]["labels"] == {"app": "gpufix"}
    terms = spec["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"]
    keys = {e["key"] for t in terms for e in t["matchExpressions"]}
    assert keys == {"feature.node.kubernetes.io/pci-10de.present", "cloud.google.com/gke-accelerator"}
    (container,) = spec["containers"]
    env = {e["name"]: e for e in container["env"]}
    assert env["NODE_NAME"]["valueFrom"]["fieldRef"]["fieldPath"] == "spec.nodeName"
    assert container["resources"]["limits"] == {"nvidia.com/gpu": 1}


def test_the_containers_command_prints_what_summarize_reads(tmp_path):
    command = _manifest()["spec"]["template"]["spec"]["containers"][0]["command"]
    assert command[:2] == ["sh", "-c"] and command[2].endswith("; sleep infinity")
    # Run the command itself (without the sleep that keeps the pod up), a recorded document standing in for gpufix.
    stand_in = tmp_path / "gpufix"
    stand_in.write_text(f"#!/bin/sh\ntail -n +2 {DOCUMENT_FILE}\n", encoding="utf-8")
    stand_in.chmod(0o755)
    env = dict(os.environ, NODE_NAME="gke-ml-a100-pool-1f2c", PATH=f"{tmp_path}:{os.environ['PATH']}")
    out = subprocess.run(["sh", "-c", command[2].removesuffix("; sleep infinity")], env=env, capture_output=True,
                         text=True, timeout=30, check=True).stdout
    (entry,) = read_text(out, "pod")
    assert entry.kind == DOCUMENT and entry.label == "gke-ml-a100-pool-1f2c"
