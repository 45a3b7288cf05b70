"""`gpufix fleet slurm` on a real local Slurm (conftest.slurm_cluster: slurmctld and three slurmd
on this host), and the parsing of srun's and slurmstepd's messages it relies on."""
from __future__ import annotations

import json
import shlex
import sys

import pytest

from gpufix.cli import main
from gpufix.fleet import slurm
from gpufix.fleet.streams import DOCUMENT, read_text


def _fleet_json(capsys, *argv: str) -> tuple[int, dict]:
    rc = main(["fleet", "slurm", "--json", *argv])
    out = capsys.readouterr().out
    return rc, json.loads(out)


@pytest.mark.slow
def test_fleet_slurm_runs_gpufix_on_each_node_and_reports_a_drained_one_with_its_reason(slurm_cluster, capsys):
    import subprocess

    subprocess.run(["scontrol", "update", "nodename=n3", "state=drain", "reason=gpufix test: fan failure"],
                   check=True, timeout=30)
    try:
        rc, doc = _fleet_json(capsys, "-w", "n[1-3]", "--quick", "--node-timeout", "120")
    finally:
        subprocess.run(["scontrol", "update", "nodename=n3", "state=resume"], check=True, timeout=30)
    nodes = {n["node"]: n for n in doc["node_list"]}
    assert set(nodes) == {"n1", "n2", "n3"}
    # gpufix ran on n1 and n2 (this machine, --quick): real documents, named by Slurm's node name.
    for name in ("n1", "n2"):
        assert nodes[name]["status"] in ("ok", "warning", "error"), nodes[name]
        assert nodes[name]["named_by"] == "label"
        assert nodes[name]["versions"]["python"] == "%d.%d.%d" % sys.version_info[:3]
    assert nodes["n3"]["status"] == "unreachable"
    assert nodes["n3"]["reason"] == "drained: gpufix test: fan failure"
    assert doc["nodes"]["by_status"]["unreachable"] == {"count": 1, "nodes": "n3"}
    assert rc == 1  # a node that could not be diagnosed fails the run


@pytest.mark.slow
def test_a_node_past_the_limit_and_a_node_whose_gpufix_fails_are_unreachable_with_the_reason(slurm_cluster, capsys):
    # The command on the nodes (--gpufix) hangs on n1 and fails on n2, as a broken installation would.
    script = ('case "$SLURMD_NODENAME" in n1) exec sleep 60;; '
              '*) echo "gpufix: error: --python /opt/env/bin/python: no such file" >&2; exit 2;; esac')
    rc, doc = _fleet_json(capsys, "-w", "n[1-2]", "--node-timeout", "1", "--gpufix", shlex.join(["sh", "-c", script, "sh"]))
    nodes = {n["node"]: n for n in doc["node_list"]}
    assert nodes["n1"]["status"] == "unreachable"
    assert "no answer within the per-node limit of 1 s" in nodes["n1"]["reason"]
    assert nodes["n2"]["status"] == "unreachable"
    assert nodes["n2"]["reason"] == ("Exited with exit code 2: "
                                     "gpufix: error: --python /opt/env/bin/python: no such file")
    assert rc == 1


@pytest.mark.slow
def test_each_node_gets_its_gpus_from_slurm_and_a_note_says_when_counts_differ(slurm_cluster, capsys, tmp_path):
    # n1 has two GPUs in Slurm, n2 one (tests/fleet/conftest.py): without a GPU option a step on a GPU cluster
    # sees none, so gpufix asks for the count every node can give, and says so.
    saved = tmp_path / "nodes.txt"
    rc = main(["fleet", "slurm", "--json", "-w", "n[1-2]", "--quick", "--node-timeout", "120", "--save", str(saved)])
    captured = capsys.readouterr()
    assert "asked each node for 1 GPU (the fewest any of them has)" in captured.err
    docs = {e.label: e.doc for e in read_text(saved.read_text(encoding="utf-8"), "saved") if e.kind == DOCUMENT}
    assert set(docs) == {"n1", "n2"}
    for doc in docs.values():
        # Slurm gave the step one GPU on each node: the probe records what the scheduler set.
        assert doc["facts"]["env.SLURM_GPUS_ON_NODE"]["value"] == "1"
        assert doc["facts"]["env.SLURM_JOB_ID"]["status"] == "ok"
    assert rc in (0, 1)


def test_gpu_counts_are_read_from_slurms_generic_resources():
    assert slurm.gpu_count("gpu:4") == 4
    assert slurm.gpu_count("gpu:a100:4(S:0-1)") == 4
    assert slurm.gpu_count("gpu:tesla:2,mps:200") == 2
    assert slurm.gpu_count("gpu:a100:2,gpu:v100:1") == 3
    assert slurm.gpu_count("mps:100") == 0
    assert slurm.gpu_count("(null)") == 0
    assert slurm.gpu_count("") == 0


@pytest.mark.parametrize("gres, extra, in_allocation, want, note", [
    ({"g1": "gpu:4", "g2": "gpu:a100:4(S:0-1)"}, [], False, ["--gres=gpu:4"], None),
    ({"g1": "gpu:4", "g2": "gpu:2"}, [], False, ["--gres=gpu:2"], "asked each node for 2 GPUs"),
    ({"g1": "gpu:4", "g2": "(null)"}, [], False, [], "no GPUs asked for: g2 have none in Slurm while g1 do"),
    ({"g1": "(null)", "g2": "(null)"}, [], False, [], None),
    # The user's own GPU request, in any of srun's spellings, is left as it is.
    ({"g1": "gpu:4", "g2": "gpu:4"}, ["--gres=gpu:1"], False, [], None),
    ({"g1": "gpu:4", "g2": "gpu:4"}, ["-G2"], False, [], None),
    ({"g1": "gpu:4", "g2": "gpu:4"}, ["--gpus-per-node", "1"], False, [], None),
    # Inside an allocation a step gets the job's GPUs by default.
    ({"g1": "gpu:4", "g2": "gpu:4"}, [], True, [], None),
])
def test_the_gpu_request_fits_every_node_or_says_why_not(gres, extra, in_allocation, want, note):
    target = slurm.Target(("g1", "g2"), ("g1", "g2"), {}, None, gres, in_allocation)
    got, said = slurm.gpu_request(target, extra)
    assert got == want
    assert (said is None) if note is None else (note in said)


def test_no_srun_is_one_line_and_exit_2(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert main(["fleet", "slurm", "-p", "gpu"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gpufix: error: srun not found") and err.count("\n") == 1


def test_options_gpufix_owns_are_refused_and_the_rest_pass_through_to_srun():
    from gpufix.commands.fleet import _split_srun_options

    assert _split_srun_options(["-w", "gpu[01-04]", "--account=ml", "--gres=gpu:1", "-p", "a100"]) == (
        "gpu[01-04]", "a100", None, ["--account=ml", "--gres=gpu:1"])
    assert _split_srun_options(["-wgpu[01-04]", "-xgpu03", "--reservation=maint"]) == (
        "gpu[01-04]", None, "gpu03", ["--reservation=maint"])
    for owned in (["-N", "4"], ["--ntasks=4"], ["-N4"], ["--ntasks-per-node=2"]):
        with pytest.raises(Exception, match="one task per node"):
            _split_srun_options(owned)


def test_python_and_quick_pass_through_to_gpufix_on_the_nodes():
    assert slurm.node_command(["/sw/bin/gpufix"], "/shared/envs/train/bin/python", True) == [
        "/sw/bin/gpufix", "--json", "--python", "/shared/envs/train/bin/python", "--quick"]
    assert slurm.node_command([sys.executable, "-m", "gpufix"], None, False) == [sys.executable, "-m", "gpufix", "--json"]


def test_the_srun_command_runs_one_task_per_node_with_a_time_limit_and_labels():
    target = slurm.Target(("n1", "n2", "n3"), ("n1", "n2"), {"n3": "drained"}, "debug")
    argv = slurm.srun_command("srun", target, ["python", "-m", "gpufix", "--json"], 90, ["--account=ml"])
    assert argv[:10] == ["srun", "--nodes=2", "--ntasks=2", "--ntasks-per-node=1", "--nodelist=n[1-2]", "--label",
                         "--kill-on-bad-exit=0", "--time=3", "--job-name=gpufix-fleet", "--partition=debug"]
    assert argv[10:] == ["--account=ml", "sh", "-c", slurm.NODE_SCRIPT, "90", "python", "-m", "gpufix", "--json"]


# srun's messages as the local Slurm 22.05 printed them in the tests above.
STDERR_LOCAL = """\
1: gpufix: error: --python /opt/env/bin/python: no such file
srun: error: n2: task 1: Exited with exit code 2
srun: error: n1: task 0: Exited with exit code 124
"""
# Verbatim from https://github.com/desihub/desitarget/issues/628 (a step past its time limit at NERSC).
STDERR_TIME_LIMIT = """\
srun: Force Terminated job 32233190
srun: Job step aborted: Waiting up to 32 seconds for job step to finish.
slurmstepd: error: *** STEP 32233190.0 ON nid01934 CANCELLED AT 2020-07-03T02:59:56 DUE TO TIME LIMIT ***
srun: error: nid01934: tasks 2,4-5,7: Terminated
srun: Terminating job step 32233190.0
srun: error: nid01935: tasks 8-15: Terminated
srun: error: nid01934: tasks 0-1,3,6: Terminated
"""


def test_scheduler_reasons_are_read_per_node():
    reasons, general = slurm.scheduler_reasons(STDERR_LOCAL, {"0": "n1", "1": "n2"}, 30)
    assert reasons == {
        "n2": "Exited with exit code 2: gpufix: error: --python /opt/env/bin/python: no such file",
        "n1": "no answer within the per-node limit of 30 s (stopped)",
    }
    assert general == ""
    reasons, general = slurm.scheduler_reasons(STDERR_TIME_LIMIT, {}, 30)
    assert reasons == {"nid01934": "cancelled by Slurm: due to time limit; Terminated", "nid01935": "Terminated"}
    assert general == "srun: Job step aborted: Waiting up to 32 seconds for job step to finish."
    _, general = slurm.scheduler_reasons("srun: error: Unable to allocate resources: Requested nodes are busy\n", {}, 30)
    assert general == "srun: error: Unable to allocate resources: Requested nodes are busy"


def test_interleaved_srun_label_output_is_split_per_task():
    doc1 = json.dumps({"schema": "gpufix/1", "status": "ok", "facts": {}, "diagnoses": []}, indent=2).splitlines()
    doc2 = json.dumps({"schema": "gpufix/1", "status": "error", "facts": {}, "diagnoses": []}, indent=2).splitlines()
    lines = ["0: gpufix-node: n1", "1: gpufix-node: n2"]
    for a, b in zip(doc1, doc2):  # line by line, as srun interleaves two tasks
        lines += [f"0: {a}", f"1: {b}"]
    entries = list(read_text("\n".join(lines) + "\n", "srun"))
    assert [(e.kind, e.label, e.doc["status"]) for e in entries] == [(DOCUMENT, "n1", "ok"), (DOCUMENT, "n2", "error")]
