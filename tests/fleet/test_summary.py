"""`gpufix fleet summarize` on the recorded 60-node fleet (tests/fleet/data/cluster, built from the
machine fixtures by tools/fleet_recorded.py): statuses, diagnoses and skew grouped by node."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from gpufix.cli import main
from gpufix.fleet.sources import input_files, read_entries
from gpufix.fleet.summary import summarize_entries

DATA = Path(__file__).parent / "data"
CLUSTER = DATA / "cluster"


@pytest.fixture(scope="module")
def summary():
    return summarize_entries(read_entries(input_files([str(CLUSTER)])))


def test_the_recorded_fleet_has_at_least_50_documents_from_the_machine_fixtures():
    docs = [p for p in CLUSTER.iterdir() if '"schema": "gpufix/1"' in p.read_text(encoding="utf-8")]
    assert len(docs) >= 50
    fixtures = {json.loads(p.read_text(encoding="utf-8").split("\n", 1)[1])["target"]["fixture"]
                for p in docs if p.name.startswith("gpu") and p.name != "gpu057.json"}
    assert all(f.startswith("tests/fixtures/machine--") for f in fixtures) and len(fixtures) == 21


def test_nodes_are_grouped_by_status_in_hostlist_notation(summary):
    assert summary.total == 60
    assert {g.status: (g.count, g.nodes) for g in summary.statuses} == {
        "error": (12, "gpu[025-032,037,042,047,049]"),
        "ok": (45, "gpu[001-024,033-036,038-041,043-046,048,050-056,060]"),
        "broken": (2, "gpu[057,059]"),
        "missing": (1, "gpu058"),
    }
    assert summary.exit_code == 1


def test_each_diagnosis_lists_its_nodes_most_severe_first(summary):
    assert [(f.id, f.severity, f.count, f.nodes) for f in summary.findings] == [
        ("gpu-arch-unsupported", "error", 9, "gpu[025-032,042]"),  # torch 2.0.1+cu117 on H100; 2.6.0 on a 5090 D
        ("driver-older-than-runtime", "error", 3, "gpu[037,047,049]"),
        ("toolkit-not-needed", "info", 17, "gpu[001-016,060]"),
    ]


def test_skew_marks_every_value_but_the_fleets_most_common_one(summary):
    skew = {t.key: t for t in summary.skew}
    driver = {v.value: (v.count, v.nodes, v.odd) for v in skew["driver"].values}
    assert driver["535.104.05"] == (17, "gpu[001-016,060]", False)  # the A100 batch: the norm
    assert driver["535.161.08"] == (8, "gpu[017-024]", True)
    assert driver["384.111"] == (1, "gpu050", True)
    # Not stated by the document (an nvcc-only or lspci-only recording): shown, never an odd one out.
    assert driver["(not reported)"] == (5, "gpu[047,051-052,054-055]", False)
    assert skew["driver"].values[0].value == "535.104.05"
    torch = {v.value: (v.count, v.odd) for v in skew["torch"].values}
    assert torch["2.4.0.dev20240507+cu124"] == (17, False) and torch["2.0.1+cu117"] == (8, True)
    gpu = {v.value: (v.count, v.nodes, v.odd) for v in skew["gpu"].values}
    assert gpu["NVIDIA A100-PCIE-40GB x8"] == (17, "gpu[001-016,060]", False)
    assert gpu["NVIDIA GeForce RTX 5090 + NVIDIA GeForce RTX 4090"] == (1, "gpu044", True)
    python = [(v.value, v.odd) for v in skew["python"].values]
    assert python[:3] == [("3.10.14", False), ("3.12.9", True), ("3.10.12", True)]
    # NumPy: three nodes state it, each a different version: no norm, every stated value is marked.
    assert [(v.value, v.odd) for v in skew["numpy"].values if v.value[0].isdigit()] == [
        ("1.26.4", True), ("1.19.1", True), ("1.17.4", True)]
    assert all(t.skewed for t in summary.skew)


def test_missing_and_broken_documents_are_listed_and_do_not_stop_the_rest(summary):
    problems = {p.node: (p.status, p.reason) for p in summary.problems}
    assert problems == {
        "gpu057": ("broken", "the input ends inside the document"),
        "gpu058": ("missing", "no gpufix document; the output says: sh: 1: gpufix: not found"),
        "gpu059": ("broken", "no gpufix document (empty input)"),
    }


def test_a_document_without_a_label_is_named_by_its_own_hostname_fact(summary):
    node = next(n for n in summary.nodes if n.name == "gpu060")
    assert node.named_by == "hostname" and node.source.endswith("report-from-gpu060.json:1")


def test_expected_nodes_that_did_not_report_are_missing():
    s = summarize_entries(read_entries(input_files([str(CLUSTER / "gpu001.json"), str(CLUSTER / "gpu002.json")])),
                          ["gpu001", "gpu002", "gpu003"])
    assert [(g.status, g.nodes) for g in s.statuses] == [("ok", "gpu[001-002]"), ("missing", "gpu003")]


def test_the_same_node_twice_counts_once_and_is_reported(tmp_path):
    one = (CLUSTER / "gpu001.json").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(one + one, encoding="utf-8")
    s = summarize_entries(read_entries(input_files([str(tmp_path)])))
    assert s.total == 1 and s.duplicates == ("gpu001",)


def test_summarize_json_text_and_bad_input_through_the_cli(capsys, tmp_path):
    assert main(["fleet", "summarize", "--json", str(CLUSTER)]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "gpufix-fleet/1" and doc["nodes"]["total"] == 60
    assert doc["diagnoses"][0] == {"id": "gpu-arch-unsupported", "severity": "error", "count": 9,
                                   "nodes": "gpu[025-032,042]",
                                   "title": "The installed build has no kernels for the GPU's architecture"}
    assert doc["skew"][0]["key"] == "driver" and doc["skew"][0]["skewed"] is True
    node = next(n for n in doc["node_list"] if n["node"] == "gpu025")
    assert node["versions"]["torch"] == "2.0.1+cu117" and node["diagnoses"] == ["gpu-arch-unsupported"]
    assert main(["fleet", "summarize", "--text", str(CLUSTER / "gpu001.json")]) == 0
    text = capsys.readouterr().out
    assert text.startswith("gpufix fleet: 1 node(s)\n") and "NVIDIA driver: 535.104.05 (the same on every node)" in text
    assert main(["fleet", "summarize", str(tmp_path / "nope")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["fleet", "summarize", "--expect", "gpu[01-", str(CLUSTER)]) == 2


def test_standard_input_and_a_node_where_gpufix_could_not_run(monkeypatch, capsys):
    import io

    from gpufix.report_json import dumps, failure_document

    failed = dumps(failure_document("--python /opt/env/bin/python: no such file or directory"))
    one = (CLUSTER / "gpu001.json").read_text(encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{one}gpufix-node: gpu002\n{failed}\n"))
    assert main(["fleet", "summarize", "--json", "-"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["nodes"]["by_status"] == {"failed": {"count": 1, "nodes": "gpu002"}, "ok": {"count": 1, "nodes": "gpu001"}}
    failed_at = one.count("\n") + 2  # after gpu001's file (label line and document) and gpu002's label
    assert doc["problems"] == [{"node": "gpu002", "status": "failed", "source": f"<stdin>:{failed_at}",
                                "reason": "--python /opt/env/bin/python: no such file or directory"}]


def test_many_files_are_read_in_parallel_with_the_same_result(monkeypatch):
    from gpufix.fleet import sources
    from gpufix.fleet.summary import summarize_reports

    files = input_files([str(CLUSTER)])
    one = summarize_reports(sources.read_reports(files, workers=1))
    monkeypatch.setattr(sources, "PARALLEL_MIN_FILES", 10)
    monkeypatch.setattr(sources, "_CHUNK", 7)
    two = summarize_reports(sources.read_reports(files, workers=2))
    assert two == one and two.total == 60
