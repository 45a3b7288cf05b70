"""Which machine a pasted log describes (gpufix.core.machines), and that no diagnosis mixes two.

"This machine" is the recorded gpufix development machine (tests/fixtures/linux-nodriver-cpu-torch:
no NVIDIA driver, torch 2.13.0+cpu, Python 3.11.7, Linux x86_64), replayed as if probed; a
machine with a CUDA torch is built from probe facts where no recording has one.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from gpufix.cli import main
from gpufix.core.logs import read_log
from gpufix.core.machines import THIS, UNKNOWN, check_log, compare, probed_facts
from gpufix.core.outcome import Collected, Request
from gpufix.core.pipeline import analyse, diagnose
from gpufix.engine import log_scan
from gpufix.facts import FactBase, absent, ok
from gpufix.probes.pasted import extract_facts_from_text
from gpufix.probes.runner import ProbeResult
from gpufix.report_json import outcome_document
from gpufix.report_text import render_report

ROOT = Path(__file__).resolve().parents[2]
THIS_MACHINE = ROOT / "tests" / "fixtures" / "linux-nodriver-cpu-torch"

# The exact input of issue 10's first problem: pasted with probing on, on this CPU-only machine,
# gpufix explained it with "Installed: torch 2.13.0+cpu".
ISSUE_LINE = "RuntimeError: The NVIDIA driver on your system is too old (found version 10020)"


def _run(capsys, tmp_path, log_text: str, *args: str) -> tuple[int, str, dict]:
    log = tmp_path / "log.txt"
    log.write_text(log_text, encoding="utf-8")
    base = ["--fixture", str(THIS_MACHINE), "--log", str(log), *args]
    code = main(["--text", *base])
    text = capsys.readouterr().out
    assert main(["--json", *base]) == code
    return code, text, json.loads(capsys.readouterr().out)


# --- the regression: issue 10, first problem -------------------------------------------------

def test_issue_line_pasted_on_this_cpu_machine_is_another_machines_error(capsys, tmp_path):
    code, text, doc = _run(capsys, tmp_path, ISSUE_LINE + "\n")
    log = doc["log"]
    assert log["machine"] == "other" and log["separate"] is True
    assert log["contradictions"] == [{"fact": "error", "log": {"value": ISSUE_LINE, "line": 1},
                                      "this": {"value": "2.13.0+cpu", "status": "ok", "probe": "torch"},
                                      "needs": "cuda"}]
    assert doc["facts"]["log.machine"]["value"] == "other"
    assert doc["facts"]["log.contradictions"]["value"] == ["error"]
    [d] = [d for d in doc["diagnoses"] if d["id"] == "driver-older-than-runtime"]
    assert d["machine"] == "log"
    # Nothing of this machine in the log's diagnosis: not its torch, not its interpreter.
    blob = json.dumps(d)
    assert "2.13.0" not in blob and "Installed: torch" not in blob and "/tmp/dev" not in blob
    assert d["evidence_from"]["signature.too_old"] == "log line 1"
    assert d["evidence_from"]["match.found_version"] == "log line 1"
    assert all(not v.startswith("probe") for v in d["evidence_from"].values())
    assert not [x for x in doc["diagnoses"] if x["machine"] == "this"]  # nothing wrong with this machine
    assert code == 1  # the log's error still counts

    assert ("  Pasted log — another machine: line 1 is an error only a CUDA build of torch raises; "
            "this machine's torch is 2.13.0+cpu") in text.splitlines()
    assert "Installed: torch 2.13.0+cpu" not in text
    log_part, this_part = text.split("From the pasted log (its machine, the log alone):")[1].split(
        "On this machine (its probes):")
    assert "driver-older-than-runtime" in log_part and "2.13.0" not in log_part and "/tmp/dev" not in log_part
    assert "No problems found." in this_part
    # The summary's areas are this machine's: the log's finding is listed under the log's row only.
    summary = text.split("Summary")[1].split("Findings:")[0]
    assert summary.index("-> The NVIDIA driver is too old") > summary.index("error log")
    assert "[✓] GPU and driver: no NVIDIA GPU found" in summary


def test_before_the_fix_the_same_input_would_have_mixed_the_machines():
    """The check that makes the difference: merged, the rule's text names this machine's torch."""
    outcome = diagnose(Request(fixture=THIS_MACHINE, log_text=ISSUE_LINE, facts=("log.machine=this",)))
    [d] = [d for d in outcome.diagnoses if d.id == "driver-older-than-runtime"]
    assert "Installed: torch 2.13.0+cpu" in d.explanation  # what the issue saw
    assert outcome.log.check.declared == "user" and outcome.log.check.contradictions  # still listed


# --- each kind of contradiction, JSON and text -------------------------------------------------

COLLECT_ENV = "PyTorch version: {torch}\nCUDA used to build PyTorch: {cuda}\nIs CUDA available: False\n"
SAME_TORCH = COLLECT_ENV.format(torch="2.13.0+cpu", cuda="None")


@pytest.mark.parametrize("log_text, fact, line, said", [
    (COLLECT_ENV.format(torch="2.4.1+cu121", cuda="12.1"), "torch.version_full", 1,
     "its torch 2.4.1+cu121 (line 1) is not this machine's 2.13.0+cpu"),
    (">>> print(torch.version.cuda)\n12.1\n", "torch.cuda", 2,
     "its torch CUDA 12.1 (line 2); this machine has none"),
    (SAME_TORCH + "Nvidia driver version: 535.104.05\n", "driver.version", 4,
     "its NVIDIA driver 535.104.05 (line 4); this machine has none"),
    (SAME_TORCH + "GPU models and configuration: GPU 0: NVIDIA GeForce RTX 3090\n", "gpu.name", 4,
     "its GPU NVIDIA GeForce RTX 3090 (line 4); this machine has none"),
    (SAME_TORCH + "Python version: 3.10.12 (main) [GCC 11.4.0] (64-bit runtime)\n", "python.version", 4,
     "its Python 3.10.12 (line 4) is not this machine's 3.11.7"),
    (SAME_TORCH + "OS: Microsoft Windows 11 Pro\n", "os.name", 4,
     "its OS windows (line 4) is not this machine's linux"),
    ("Traceback (most recent call last):\ntorch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB\n",
     "error", 2, "line 2 is an error only a CUDA build of torch raises; this machine's torch is 2.13.0+cpu"),
])
def test_each_contradiction_in_json_and_text(capsys, tmp_path, log_text, fact, line, said):
    _, text, doc = _run(capsys, tmp_path, log_text)
    assert doc["log"]["machine"] == "other"
    [c] = [c for c in doc["log"]["contradictions"] if c["fact"] == fact]
    assert c["log"]["line"] == line
    assert said in text
    assert doc["facts"].get("torch.version_full", {}).get("value") == "2.13.0+cpu"  # this machine's facts


def _cuda_machine() -> list[ProbeResult]:
    facts = [ok("torch.version_full", "2.5.1+cu124", "torch"), ok("torch.version", "2.5.1", "torch"),
             ok("torch.build", "cu124", "torch"), ok("torch.cuda", "12.4", "torch"),
             ok("python.version", "3.12.3", "python-env"), ok("os.name", "linux", "platform"),
             ok("python.executable", "/opt/venv/bin/python", "python-env")]
    return [ProbeResult("torch", "ok", facts=facts)]


def _outcome(results: list[ProbeResult], log_text: str):
    scan = read_log(text=log_text)
    facts = FactBase()
    for r in results:
        facts.extend(r.facts)
    facts.extend(scan.facts)
    return analyse(Collected(facts, results, scan, "/opt/venv/bin/python", "probe", None, "(pasted)",
                             given=list(scan.facts)))


def test_torch_not_compiled_with_cuda_cannot_come_from_a_cuda_build():
    outcome = _outcome(_cuda_machine(), "AssertionError: Torch not compiled with CUDA enabled\n")
    doc = outcome_document(outcome)
    assert doc["log"]["machine"] == "other"
    assert doc["log"]["contradictions"][0]["needs"] == "cpu"
    text = render_report(outcome)
    assert ("Pasted log — another machine: line 1 is an error only a torch without CUDA raises; "
            "this machine's torch is 2.5.1+cu124") in text
    for d in outcome.log_diagnoses:  # no command of the log's findings runs this machine's python
        for r in d.remedies:
            assert all("/opt/venv" not in " ".join(s.command or ()) for s in r.steps)
            assert "2.5.1" not in d.explanation


def test_a_cpu_build_in_the_log_against_a_cuda_build_here():
    outcome = _outcome(_cuda_machine(), ">>> torch.version.cuda\nNone\n")
    [c] = outcome.log.check.contradictions
    assert (c.fact, c.log_value, c.log_line, c.this_value) == ("torch.cuda", None, 2, "12.4")
    assert "its torch CUDA: none (line 2); this machine's is 12.4" in render_report(outcome)


# --- this, unknown, nothing probed, declared ---------------------------------------------------

def test_a_log_from_this_machine_is_merged(capsys, tmp_path):
    _, text, doc = _run(capsys, tmp_path, SAME_TORCH + "Python version: 3.11.7 (main) (64-bit runtime)\n")
    assert doc["log"]["machine"] == "this" and doc["log"]["separate"] is False
    assert doc["log"]["contradictions"] == [] and "torch.version_full" in doc["log"]["agreements"]
    assert all("machine" not in d for d in doc["diagnoses"])
    assert ("Pasted log — this machine: its torch, torch build, torch CUDA, Python agree with this machine's "
            "probes") in text
    assert "From the pasted log" not in text


def test_a_bare_traceback_is_unknown_and_analysed_from_the_log_alone(capsys, tmp_path):
    _, text, doc = _run(capsys, tmp_path, "Traceback (most recent call last):\n"
                                          "ModuleNotFoundError: No module named 'torchvision'\n")
    assert doc["log"]["machine"] == "unknown" and doc["log"]["separate"] is True
    assert doc["log"]["contradictions"] == []
    assert "Pasted log — machine unknown: it states nothing to compare with this machine" in text
    assert "Its findings come from the log alone, listed apart from this machine's." in text


def test_without_probes_there_is_nothing_to_compare(capsys, tmp_path):
    log = tmp_path / "log.txt"
    log.write_text(ISSUE_LINE + "\n", encoding="utf-8")
    main(["--json", "--no-probe", "--log", str(log)])
    doc = json.loads(capsys.readouterr().out)
    assert doc["log"]["machine"] == "unknown" and doc["log"]["separate"] is False
    main(["--text", "--no-probe", "--log", str(log)])
    assert "Pasted log —" not in capsys.readouterr().out  # one analysis: nothing to tell apart


def test_the_user_may_say_which_machine(capsys, tmp_path):
    _, text, doc = _run(capsys, tmp_path, "Traceback (most recent call last):\nValueError: x\n",
                        "--fact", "log.machine=other")
    assert doc["log"]["machine"] == "other" and doc["log"]["declared"] == "user"
    assert "Pasted log — another machine (as you stated)" in text


def test_a_fixtures_own_log_is_one_recording_unless_it_contradicts():
    case = ROOT / "tests" / "fixtures" / "driver-library-mismatch--proc-module-520-vs-smi-525"
    outcome = diagnose(Request(fixture=case, probe=False))
    assert outcome.log.check.machine == THIS and outcome.log.check.declared == "recording"
    assert "driver-library-mismatch" in {d.id for d in outcome.diagnoses}  # needs the log and the recording


# --- compare() itself --------------------------------------------------------------------------

def _probed(*facts):
    return probed_facts([facts])


def test_versions_compare_on_the_precision_both_state_and_gpus_by_name():
    here = _probed(ok("python.version", "3.10.12", "python-env"), ok("driver.version", "535.104.05", "nvml"),
                   ok("gpu.name", ["NVIDIA A100-SXM4-80GB", "NVIDIA A100-SXM4-80GB"], "nvml"),
                   ok("os.arch", "x86_64", "platform"))
    log = [ok("python.version", "3.10", "log", origin="log", line=1),
           ok("driver.version", "535.104.05", "log", origin="log", line=2),
           ok("gpu.name", ["A100-SXM4-80GB"], "log", origin="log", line=3),
           ok("os.arch", "AMD64", "log", origin="log", line=4)]
    check = compare(log, here)
    assert check.machine == THIS and check.contradictions == []
    assert check.agreements == ["driver.version", "gpu.name", "python.version", "os.arch"]


def test_only_the_first_contradiction_of_torchs_group_counts():
    here = _probed(ok("torch.version_full", "2.13.0+cpu", "torch"), ok("torch.build", "cpu", "torch"),
                   absent("torch.cuda", "torch"))
    log = extract_facts_from_text(COLLECT_ENV.format(torch="2.4.1+cu121", cuda="12.1"))
    check = compare(log, here)
    assert [c.fact for c in check.contradictions] == ["torch.version_full"]


def test_the_os_or_a_build_alone_does_not_make_the_same_machine():
    here = _probed(ok("os.name", "linux", "platform"), ok("torch.build", "cpu", "torch"))
    check = compare([ok("os.name", "linux", "log", origin="log", line=1)], here)
    assert check.machine == UNKNOWN and check.agreements == ["os.name"]


def test_user_and_log_facts_never_count_as_this_machines():
    fb = probed_facts([[ok("torch.version_full", "2.4.1", "user", origin="user"),
                        ok("torch.version_full", "2.4.1", "log", origin="log")]])
    assert len(fb) == 0


def test_a_huge_logs_error_line_keeps_its_real_number():
    # Past what the scanner keeps (HEAD + TAIL): the line is counted across the omitted middle.
    # Lines of 80 bytes, not 2: the same 640 KB in 8,000 lines reads ~20x faster.
    text = ("x" * 79 + "\n") * 8_000 + ISSUE_LINE + "\n"
    assert len(text) > log_scan.HEAD + log_scan.TAIL
    scan = read_log(text=text)
    assert not scan.complete
    here = [[ok("torch.build", "cpu", "torch"), ok("torch.version_full", "2.13.0+cpu", "torch")]]
    [c] = check_log(scan, here).contradictions
    assert c.log_line == 8_001 and c.log_value == ISSUE_LINE


# --- line numbers of pasted facts --------------------------------------------------------------

def test_pasted_facts_carry_their_line():
    text = ("my env:\r\n\r\n> PyTorch version: 2.4.1+cu121\n> CUDA used to build PyTorch: 12.1\n"
            "Is CUDA available: True\nprogress 10%\rprogress 100%\nNvidia driver version: 550.54.14\n")
    lines = {f.name: f.line for f in extract_facts_from_text(text)}
    assert lines["torch.version_full"] == 3 and lines["torch.cuda"] == 4 and lines["torch.build"] == 3
    assert lines["driver.version"] == 7  # a lone \r does not start a new line


def test_a_fact_says_where_it_came_from():
    assert ok("x.y", 1, "log", origin="log", line=3).provenance == "log line 3"
    assert ok("x.y", 1, "nvidia-smi").provenance == "probe nvidia-smi"
    assert ok("x.y", 1, "user", origin="user").provenance == "user --fact"
    assert ok("x.y", 1, "user", "answer to torch-build: 2.4.1", origin="user").provenance == "user --answer"
    assert ok("x.y", 1, "rule:no-driver", origin="derived").provenance == "derived rule no-driver"
    assert ok("x.y", 1, "log", origin="log", line=3).to_json()["line"] == 3


def test_the_json_schema_names_match_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for word in ('"machine"', '"contradictions"', '"evidence_from"', "log.machine", "log.contradictions"):
        assert word in readme, word


def test_a_log_findings_basis_is_read_from_the_logs_machine():
    """The fix service judges a finding by the origin of its evidence: a log's finding must be
    looked up in the log's machine's facts, where this machine's torch is not."""
    from gpufix.remedy.plan import basis_of

    text = (COLLECT_ENV.format(torch="2.4.1+cu121", cuda="12.1") + "Nvidia driver version: 470.82.01\n"
            + "RuntimeError: The NVIDIA driver on your system is too old (found version 11040)\n")
    outcome = diagnose(Request(fixture=THIS_MACHINE, log_text=text))
    [d] = [d for d in outcome.log_diagnoses if d.id == "driver-older-than-runtime"]
    assert d.evidence["torch.version_full"] == "2.4.1+cu121"  # the log's, not this machine's
    assert d.evidence_from["torch.version_full"] == "log line 1"
    basis = basis_of(d, outcome.facts_for(d).get)
    assert "probe" not in basis.origins and basis.measured == ()
    assert outcome.facts_for(d).value("torch.version_full") == "2.4.1+cu121"
    assert outcome.facts.value("torch.version_full") == "2.13.0+cpu"
    # A finding about the log's machine rests on the log whatever fact base it is looked up in:
    # this machine's torch must never pass for a measurement of the log's.
    assert basis_of(d, outcome.facts.get).origins == ("log",) and basis_of(d, outcome.facts.get).measured == ()


def test_gpufix_fix_does_not_apply_another_machines_remedy_here(capsys, tmp_path, monkeypatch):
    from gpufix.core import pipeline

    log = tmp_path / "log.txt"
    log.write_text(ISSUE_LINE + "\n", encoding="utf-8")
    # "This machine", probed: the recorded CPU-only dev machine, with the pasted line as the log.
    collected = pipeline.collect(Request(fixture=THIS_MACHINE, log=str(log)))
    monkeypatch.setattr(pipeline, "collect", lambda *a, **k: collected)
    code = main(["fix", "--yes", "--log", str(log)])
    out = capsys.readouterr().out
    assert code == 1
    assert "driver-older-than-runtime: found in the log, which describes another machine" in out
    assert "Pasted log — another machine: line 1 is an error only a CUDA build of torch raises" in out
    assert "[step" not in out  # nothing ran
