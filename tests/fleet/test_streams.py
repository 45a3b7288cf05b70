"""Launcher output split into node documents: kubectl logs (plain, --prefix, --timestamps) as
recorded in tests/fleet/data for docs/fleet.md's DaemonSet, pdsh, Ansible, and damaged input."""
from __future__ import annotations

import json
from pathlib import Path

from gpufix.fleet.sources import input_files, read_entries
from gpufix.fleet.streams import BROKEN, DOCUMENT, MISSING, UNREACHABLE, read_text
from gpufix.fleet.summary import summarize_entries

DATA = Path(__file__).parent / "data"
DOC_OK = json.dumps({"schema": "gpufix/1", "status": "ok", "facts": {}, "diagnoses": []}, indent=2)
DOC_ERR = json.dumps({"schema": "gpufix/1", "status": "error", "facts": {},
                      "diagnoses": [{"id": "driver-older-than-runtime", "severity": "error", "title": "t"}]}, indent=2)


def _summary(name: str):
    return summarize_entries(read_entries(input_files([str(DATA / name)])))


def test_plain_kubectl_logs_documents_back_to_back_take_the_label_lines_names():
    s = _summary("kubectl-logs.txt")
    assert [n.name for n in s.nodes] == ["gke-ml-a100-pool-1f2c", "gke-ml-a100-pool-7b41", "gke-ml-h100-pool-9e10",
                                         "gke-ml-t4-pool-03ad"]
    assert {f.id: f.nodes for f in s.findings}["gpu-arch-unsupported"] == "gke-ml-h100-pool-9e10"
    assert {f.id: f.nodes for f in s.findings}["driver-older-than-runtime"] == "gke-ml-t4-pool-03ad"
    assert not s.problems


def test_kubectl_prefix_output_is_split_by_pod_and_a_pod_without_a_label_is_named_by_the_pod():
    s = _summary("kubectl-logs-prefix.txt")
    named = {n.name: n.named_by for n in s.nodes}
    assert named == {"gke-ml-a100-pool-1f2c": "label", "gke-ml-a100-pool-7b41": "label",
                     "gke-ml-h100-pool-9e10": "label", "gpufix-c7wzl": "pod-or-file"}
    skew = {t.key: t for t in s.skew}
    # Names without a numeric tail cannot be ranged: hostlist notation lists them.
    assert {v.value: v.nodes for v in skew["driver"].values}["535.104.05"] == (
        "gke-ml-a100-pool-1f2c,gke-ml-a100-pool-7b41")


def test_kubectl_prefix_and_timestamps_are_both_stripped():
    s = _summary("kubectl-logs-prefix-timestamps.txt")
    assert [(n.name, n.status) for n in s.nodes] == [("gke-ml-a100-pool-1f2c", "ok"), ("gke-ml-a100-pool-7b41", "ok")]


def test_interleaved_kubectl_follow_output_keeps_each_pods_document_whole():
    # `kubectl logs -f --prefix` interleaves pods line by line.
    a = [f"[pod/gpufix-aaaaa/gpufix] {line}" for line in ["gpufix-node: node-a", *DOC_OK.splitlines()]]
    b = [f"[pod/gpufix-bbbbb/gpufix] {line}" for line in ["gpufix-node: node-b", *DOC_ERR.splitlines()]]
    lines = [x for pair in zip(a, b) for x in pair] + b[len(a):]
    entries = list(read_text("\n".join(lines), "kubectl"))
    assert [(e.kind, e.label, e.doc["status"]) for e in entries] == [(DOCUMENT, "node-a", "ok"),
                                                                      (DOCUMENT, "node-b", "error")]


def test_pdsh_prefixes_name_the_nodes_and_expect_finds_the_silent_one():
    text = "\n".join([f"gpu01: {line}" for line in DOC_OK.splitlines()] +
                     [f"gpu02: {line}" for line in DOC_ERR.splitlines()] +
                     ["gpu03: bash: gpufix: command not found", "pdsh@login1: gpu03: ssh exited with exit code 127"])
    entries = list(read_text(text, "pdsh"))
    # A word is a host only where it prefixes a document: gpu03 (and `pdsh@login1`) printed none.
    assert [(e.kind, e.label) for e in entries] == [(DOCUMENT, "gpu01"), (DOCUMENT, "gpu02")]
    s = summarize_entries(entries, ["gpu01", "gpu02", "gpu03"])
    assert [(g.status, g.nodes) for g in s.statuses] == [("error", "gpu02"), ("ok", "gpu01"), ("missing", "gpu03")]


# Ansible's ad-hoc output: `HOST | CHANGED | rc=0 >>` before a command's output; the unreachable
# result as https://github.com/ansible/ansible/issues/75231 shows it, with the message of
# https://howtosoftware.online/resolving-unreachable-host-errors-and-ssh-connection-refused-in-ansible-inventories/
ANSIBLE_UNREACHABLE = """\
gpu09 | UNREACHABLE! => {
    "changed": false,
    "msg": "Failed to connect to the host via ssh: Connection refused",
    "unreachable": true
}
"""


def test_ansible_headers_name_the_nodes_and_an_unreachable_host_keeps_ansibles_message():
    text = f"gpu07 | CHANGED | rc=0 >>\n{DOC_OK}\ngpu08 | FAILED | rc=1 >>\n{DOC_ERR}\n{ANSIBLE_UNREACHABLE}"
    entries = list(read_text(text, "ansible"))
    assert [(e.kind, e.label) for e in entries] == [(DOCUMENT, "gpu07"), (DOCUMENT, "gpu08"), (UNREACHABLE, "gpu09")]
    assert entries[2].reason == "Failed to connect to the host via ssh: Connection refused"


def test_damaged_input_becomes_entries_and_reading_goes_on():
    compact = json.dumps(json.loads(DOC_OK))
    text = "\n".join([
        "gpufix-node: a", DOC_OK[: len(DOC_OK) // 2],  # cut off by the next label
        "gpufix-node: b",  # a label and nothing else before the next label
        "gpufix-node: c", compact,  # one line
        "gpufix-node: d", '{"schema": "other/1"}',  # not a gpufix document
        "gpufix-node: e", "{", '  "schema": "gpufix/1",', '  "status": ok', "}",  # invalid JSON
        "gpufix-node: f", *DOC_ERR.splitlines(),
    ])
    entries = list(read_text(text, "mixed"))
    assert [(e.kind, e.label) for e in entries] == [(BROKEN, "a"), (MISSING, "b"), (DOCUMENT, "c"), (MISSING, "d"),
                                                    (BROKEN, "e"), (DOCUMENT, "f")]
    assert entries[0].reason == "the document is cut off at line 4" and entries[0].source == "mixed:2"
    assert entries[3].reason == ("no gpufix document; the output says: a JSON value that is not a gpufix/1 document "
                                 "(schema 'other/1')")
    assert entries[4].reason.startswith("not valid JSON: Expecting value: line 3")
    assert next(read_text("", "empty")).kind == BROKEN
    assert next(read_text("not json at all\n", "junk")).reason == "no gpufix document; the output says: not json at all"


def test_a_label_hostlist_notation_cannot_hold_is_listed_as_it_is():
    text = f"gpufix-node: rack1,slot[2]\n{DOC_OK}\ngpufix-node: gpu01\n{DOC_OK}\ngpufix-node: gpu02\n{DOC_OK}\n"
    s = summarize_entries(read_text(text, "odd"))
    assert [(g.status, g.nodes) for g in s.statuses] == [("ok", "gpu[01-02],rack1,slot[2]")]
