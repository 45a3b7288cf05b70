"""The field corpus (gpufix.core.corpus): the fixed split, report validation, the top-1 scoring
rules, and the CI guard: the test split's top-1 on tests/corpus/ never drops below the baseline."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from gpufix.cli import main
from gpufix.core import corpus
from gpufix.engine.api import load_rules

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="module")
def rules():
    return load_rules([ROOT / "rules"])


# --- the split: fixed forever ------------------------------------------------------------------

# Pinned answers: if one changes, split_of changed, and reports tuned on would move into the test split.
PINNED = {
    "https://github.com/pytorch/pytorch/issues/12345": "dev",
    "https://github.com/pytorch/pytorch/issues/1": "dev",
    "https://github.com/pytorch/pytorch/issues/2": "test",
    "https://github.com/pytorch/pytorch/issues/3": "test",
    "https://github.com/pytorch/vision/issues/2098": "dev",
    "https://zhihu.com/question/1": "test",
    "https://stackoverflow.com/questions/60987997": "dev",
}


@pytest.mark.parametrize("url,split", sorted(PINNED.items()))
def test_the_split_of_a_url_never_changes(url, split):
    assert corpus.split_of(url) == split


@pytest.mark.parametrize("a,b", [
    ("https://github.com/pytorch/pytorch/pull/12345#issuecomment-1", "https://github.com/pytorch/pytorch/issues/12345"),
    ("http://www.github.com/PyTorch/PyTorch/issues/12345/", "https://github.com/pytorch/pytorch/issues/12345"),
    ("https://stackoverflow.com/questions/60987997/why-torch-cuda", "https://stackoverflow.com/q/60987997"),
    ("https://discuss.pytorch.org/t/cuda-is-not-available/123/4", "https://discuss.pytorch.org/t/other-slug/123"),
    ("https://www.zhihu.com/question/1?utm_source=x", "https://zhihu.com/question/1"),
])
def test_spellings_of_one_thread_share_a_split(a, b):
    assert corpus.normalise_url(a) == corpus.normalise_url(b)


def test_a_query_that_names_the_page_is_kept():
    assert corpus.normalise_url("https://bbs.x.cn/forum.php?tid=1") != corpus.normalise_url("https://bbs.x.cn/forum.php?tid=2")


def test_the_split_is_about_seventy_thirty():
    dev = sum(corpus.split_of(f"https://github.com/o/r/issues/{n}") == "dev" for n in range(2000))
    assert 0.66 < dev / 2000 < 0.74


# --- validation: a broken report is one line -----------------------------------------------------

def report(d: Path, id_: str, text: str, expected: str, source: str | None = None, **over) -> Path:
    data = {"id": id_, "source": source or f"https://github.com/o/r/issues/{id_}", "title": "t", "text": text,
            "expected": expected, "cause": "c", "established_by": "maintainer", "os": "linux", "language": "en",
            "era": 2024, "installer": "pip", **over}
    data = {k: v for k, v in data.items() if v is not None}
    path = d / f"{id_}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_broken_reports_give_one_line_each_and_the_rest_load(tmp_path):
    report(tmp_path, "good", "RuntimeError: x\n", "cuda-oom")
    report(tmp_path, "no-cause", "x", "cuda-oom", cause=None)
    report(tmp_path, "bad-os", "x", "cuda-oom", os="windows 10")
    report(tmp_path, "bad-era", "x", "cuda-oom", era="2020s")
    report(tmp_path, "extra", "x", "cuda-oom", fix="pip install it")
    report(tmp_path, "other-name", "x", "cuda-oom", id="different")
    (tmp_path / "not-yaml.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    reports, problems = corpus.load_reports([tmp_path])
    assert [r.id for r in reports] == ["good"]
    assert len(problems) == 6 and all("\n" not in p for p in problems)
    by_file = {Path(p.split(":")[0]).stem: p for p in problems}
    assert "missing cause" in by_file["no-cause"]
    assert "os: 'windows 10' is not one of" in by_file["bad-os"]
    assert "era: '2020s'" in by_file["bad-era"]
    assert "unknown key fix" in by_file["extra"]
    assert "differs from the file name" in by_file["other-name"]
    assert "not valid YAML" in by_file["not-yaml"]


def test_a_missing_corpus_folder_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["rules", "test", "--corpus", str(tmp_path / "nope")]) == 2
    assert "not a folder of reports" in capsys.readouterr().err


# --- scoring -------------------------------------------------------------------------------------

KINDS = {"code-error": "code", "cuda-oom": "code", "cpu-only-wheel": "setup", "no-driver-gpu-unknown": "setup",
         "no-nvidia-gpu": "setup"}


@pytest.mark.parametrize("expected,findings,right,alarms,blamed", [
    ("cpu-only-wheel", [("cpu-only-wheel", "error")], True, [], []),
    ("cpu-only-wheel", [("no-driver-gpu-unknown", "warning"), ("cpu-only-wheel", "info")], False, [], []),
    ("no-nvidia-gpu", [("no-nvidia-gpu", "info")], True, [], []),  # no error or warning: the first info finding
    ("no-nvidia-gpu", [], False, [], []),
    ("healthy", [], True, [], []),
    ("healthy", [("no-driver-gpu-unknown", "warning")], True, [], []),
    ("healthy", [("cpu-only-wheel", "error")], False, ["cpu-only-wheel"], []),
    ("not-an-env-problem", [], True, [], []),
    ("not-an-env-problem", [("code-error", "warning")], True, [], []),
    ("not-an-env-problem", [("cpu-only-wheel", "error"), ("code-error", "warning")], False, [], ["cpu-only-wheel"]),
    ("not-an-env-problem", [("no-driver-gpu-unknown", "warning")], False, [], []),
    ("container-started-without-gpus", [("no-driver-gpu-unknown", "warning")], False, [], []),  # no rule yet
])
def test_how_a_report_is_judged(expected, findings, right, alarms, blamed):
    assert corpus.judge(expected, findings, KINDS) == (right, alarms, blamed)


def fixture_log(name: str) -> str:
    return (FIXTURES / name / "log.txt").read_text(encoding="utf-8")


def test_scoring_runs_the_real_pipeline_on_real_texts(tmp_path, rules):
    # Real texts: two fixtures' logs (sources in their case.yaml), scored as corpus reports.
    dll = fixture_log("windows-dll-load--c10-1114-zh")
    paging = fixture_log("windows-dll-load--paging-file-1455")
    report(tmp_path, "dll", dll, "windows-dll-load", source="https://github.com/shiyu-coder/Kronos/issues/166")
    report(tmp_path, "paging", paging, "windows-paging-file-1455", source="https://github.com/thu-ml/tianshou/issues/527")
    report(tmp_path, "paging-as-healthy", paging, "healthy", source="https://github.com/thu-ml/tianshou/issues/527")
    report(tmp_path, "paging-not-env", paging, "not-an-env-problem", source="https://github.com/thu-ml/tianshou/issues/527")
    reports, problems = corpus.load_reports([tmp_path])
    assert problems == []
    scored = {s.report.id: s for s in corpus.score(reports, rules)}
    assert scored["dll"].top1 == "windows-dll-load" and scored["dll"].correct
    assert scored["paging"].top1 == "windows-paging-file-1455" and scored["paging"].correct
    assert scored["paging-as-healthy"].false_alarm == ["windows-paging-file-1455"]
    assert scored["paging-not-env"].blamed == ["windows-paging-file-1455"]
    summary = corpus.summarise(list(scored.values()), [r.id for r in rules if not r.is_derive])
    assert summary["splits"]["dev"]["reports"] + summary["splits"]["test"]["reports"] == 4
    assert summary["false_alarms"][scored["paging"].split]["count"] == 1
    # Reports from a thread a fixture came from are named (these four: the fixtures' own threads).
    shared = corpus.summarise(list(scored.values()), [], fixture_urls=corpus.fixture_threads(FIXTURES))
    assert sorted(shared["fixture_threads"]["dev"]) == sorted(scored)
    # the dev split's misses are listed, never the test split's
    assert {m["id"] for m in summary["dev_misses"]} <= {s.report.id for s in scored.values() if s.split == "dev"}


def test_in_process_scoring_matches_the_command_line(tmp_path, rules):
    """The scorer's top-1 is what `gpufix --no-probe --log FILE --json` lists first."""
    text = fixture_log("windows-dll-load--fbgemm-126-hi3dgen")
    log = tmp_path / "log.txt"
    log.write_text(text, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "gpufix", "--no-probe", "--log", str(log), "--json"],
                         capture_output=True, text=True, timeout=60, cwd=ROOT)
    doc = json.loads(run.stdout)
    cli = corpus.top1_of([(d["id"], d["severity"]) for d in doc["diagnoses"]])
    outcome = corpus.diagnose_text(text, rules)
    assert cli == corpus.top1_of([(d.id, d.severity) for d in outcome.diagnoses]) == "windows-dll-load"


def test_cli_prints_the_table_json_and_guards_the_baseline(tmp_path, capsys):
    reports = tmp_path / "corpus" / "reports"
    reports.mkdir(parents=True)
    oom, url = fixture_log("cuda-oom--pytorch-16417-expandable-segments"), "https://github.com/pytorch/pytorch/issues/16417"
    assert corpus.split_of(url) == "test"
    report(reports, "oom", oom, "cuda-oom", source=url)
    assert main(["rules", "test", "--corpus", str(tmp_path / "corpus"), "--update-baseline"]) == 0
    base = json.loads((tmp_path / "corpus" / "baseline.json").read_text(encoding="utf-8"))
    assert base["reports"] == 1 and base["test"] == {"reports": 1, "correct": 1, "top1": 1.0}
    out = capsys.readouterr().out
    assert "cuda-oom " in out and "top-1 test   1/1   100.0%" in out
    # The same text, now expected to be another cause: the test split drops below the baseline.
    report(reports, "oom", oom, "no-driver", source=url)
    assert main(["rules", "test", "--corpus", str(tmp_path / "corpus"), "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["splits"]["test"]["correct"] == 0 and len(doc["below_baseline"]) == 1
    assert doc["dev_misses"] == []  # a test-split miss is never listed


# --- the CI guard ----------------------------------------------------------------------------------

def test_the_corpus_test_split_does_not_drop_below_the_baseline(rules):
    """tests/corpus/: every report valid, no fewer of them, and the test split's top-1 at least the recorded one."""
    dirs = corpus.report_dirs([CORPUS])
    reports, problems = corpus.load_reports(dirs)
    assert problems == []
    baseline = corpus.read_baseline(corpus.baseline_path(dirs))
    assert baseline is not None, "tests/corpus/baseline.json is missing: gpufix rules test --corpus --update-baseline"
    assert corpus.guard(reports, rules, baseline) == []


def test_the_guard_fails_when_the_test_split_drops(tmp_path, rules):
    oom, url = fixture_log("cuda-oom--pytorch-16417-expandable-segments"), "https://github.com/pytorch/pytorch/issues/16417"
    report(tmp_path, "oom", oom, "cuda-oom", source=url)
    reports, _ = corpus.load_reports([tmp_path])
    base = {"reports": 1, "test": {"reports": 1, "correct": 1, "top1": 1.0}}
    assert corpus.guard(reports, rules, base) == []
    report(tmp_path, "oom", oom, "no-driver", source=url)
    reports, _ = corpus.load_reports([tmp_path])
    assert len(corpus.guard(reports, rules, base)) == 1
    assert len(corpus.guard(reports, rules, {**base, "reports": 2})) == 2  # and the corpus shrank


def test_a_symptom_only_report_is_a_miss_counted_apart(tmp_path, rules):
    """A differential that holds without a diagnosis names no cause: a miss for a rule id (and no false
    alarm, nothing blamed), listed under symptom_only; for not-an-env-problem it is right."""
    # (Not the bare "No module named 'torch'": since session 38 it names torch-not-installed beside its question.)
    text = fixture_log("cuda-unavailable--deeplung-nvidia-smi-probed")
    url = "https://github.com/wentaozhu/DeepLung/issues/1"
    report(tmp_path, "asked", text, "cpu-only-wheel", source=url)
    report(tmp_path, "asked-not-env", text, "not-an-env-problem", source=url)
    reports, _ = corpus.load_reports([tmp_path])
    scored = {s.report.id: s for s in corpus.score(reports, rules)}
    assert scored["asked"].symptoms == ["cuda-unavailable"] and scored["asked"].top1 == corpus.NONE
    assert not scored["asked"].correct and scored["asked-not-env"].correct
    summary = corpus.summarise(list(scored.values()), [r.id for r in rules if not r.is_derive])
    split = scored["asked"].split
    assert summary["symptom_only"][split]["count"] == 1
    assert summary["symptom_only"][split]["symptoms"] == {"cuda-unavailable": 1}
