"""Every fact has words a person reads, and the reports print those words, not fact names."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from gpufix import fact_catalog
from gpufix.fact_labels import EVIDENCE_LABELS_FILE, LABELS, label, match_labels, missing_labels, origin_label

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")
# A catalog name as it would leak: lowercase word, dot, lowercase word (gpu.name, compat.driver_cuda).
FACT_NAME = re.compile(r"\b(?:" + "|".join(sorted({n.split(".")[0] for n in fact_catalog.FACTS})) + r")\.[a-z_]+\b")


def test_every_shown_catalog_fact_has_a_label_in_both_languages() -> None:
    missing = [n for n, spec in fact_catalog.FACTS.items()
               if not spec.hidden and not n.endswith(".*") and n not in LABELS]
    assert missing == []
    for name, (en, zh) in LABELS.items():
        assert en and zh and en != name, name
        assert CJK.search(zh), name
        assert not FACT_NAME.search(en) and not FACT_NAME.search(zh), name


def test_labels_name_only_facts_that_exist() -> None:
    assert [n for n in LABELS if not fact_catalog.is_known_name(n)] == []


def test_every_derived_fact_a_rule_names_has_its_own_label() -> None:
    named = set()
    for path in (ROOT / "rules").rglob("*.yaml"):
        named |= set(re.findall(r"\bderived\.[a-z_]+\b(?!\.)", path.read_text(encoding="utf-8")))
    assert sorted(n for n in named if n not in LABELS) == []


def _groups_shown() -> dict[str, set[str]]:
    """match.<group> -> the diagnosis rules that can show it: every group their signatures capture
    (engine/results.py shows each captured group) and every match.* their `evidence:` names."""
    from gpufix.core.checkout import rules_source

    shown: dict[str, set[str]] = {}
    for rule in rules_source(start=ROOT).load().rules:
        if rule.is_derive:
            continue
        names = {m for pattern in rule.signatures.values() for m in re.findall(r"\(\?P<(\w+)>", pattern)}
        names |= {e.removeprefix("match.") for e in rule.evidence if e.startswith("match.")}
        for name in names:
            shown.setdefault(name, set()).add(rule.id)
    return shown


def test_every_group_a_rule_can_show_has_a_label_in_both_languages() -> None:
    """A finding's evidence printed "cvd typo: CUDA_VISABLE_DEVICES" and, in Chinese, "来自错误文本：ext failed2":
    a rule author's group name is not words a person reads. rules/_evidence_labels.yaml gives each its words."""
    labels = match_labels()
    shown = _groups_shown()
    assert sorted(f"{g} ({', '.join(sorted(r))})" for g, r in shown.items() if g not in labels) == [], \
        f"add these groups to rules/{EVIDENCE_LABELS_FILE}"
    assert sorted(g for g in labels if g not in shown) == [], f"labels no rule can show: remove them from {EVIDENCE_LABELS_FILE}"
    for group, (en, zh) in labels.items():
        assert en and zh, group
        assert CJK.search(zh), group
        for text in (en, zh):
            assert not FACT_NAME.search(text), (group, text)
            # the label is words, not the group's name again (ext_failed2 in the label would say nothing)
            assert text != group.replace("_", " ") and ("_" not in group or group not in text), (group, text)


def test_a_match_label_reads_from_the_data_file() -> None:
    assert label("match.found_version") == "the driver's CUDA version, as torch reports it"
    assert label("match.cvd_typo", "zh") == "拼错的 CUDA_VISIBLE_DEVICES"
    assert (ROOT / "rules" / EVIDENCE_LABELS_FILE).is_file()


@pytest.mark.parametrize(("name", "en", "zh"), [
    ("env.CUDA_HOME", "environment variable CUDA_HOME", "环境变量 CUDA_HOME"),
    ("pkg.xformers", "xformers version", "xformers 版本"),
    ("match.group_of_my_own_rule", "from the error text: group of my own rule", "来自错误文本：group of my own rule"),
    ("signature.insufficient", "error text in the log", "日志中的错误文本"),
    ("derived.dx.cuda", "concluded from the other facts", "由其他信息推出"),
])
def test_open_families(name: str, en: str, zh: str) -> None:
    assert label(name, "en") == en
    assert label(name, "zh") == zh


def test_missing_labels_say_each_label_once() -> None:
    assert missing_labels(["torch.version", "torch.version_full", "gpu.name"]) == ["torch version", "GPU"]


@pytest.mark.parametrize("provenance, en, zh", [
    ("derived rule container-gpu-lost-evidence", "concluded from the other facts", "由其他信息推出"),
    ("derived rule container-gpu-lost-evidence from log line 12", "concluded from log line 12", "由日志第 12 行推出"),
    ("derived knowledge", "gpufix's compatibility tables", "gpufix 的兼容性表"),
    ("derived machines", "concluded from the other facts", "由其他信息推出"),
    ("log line 3", "log line 3", "日志第 3 行"),
    ("probe nvidia-smi", "probe nvidia-smi", "探测 nvidia-smi"),
    ("user --fact", "user --fact", "用户 --fact"),
    ("", "", ""),
])
def test_origin_label_never_names_a_rule(provenance: str, en: str, zh: str) -> None:
    assert origin_label(provenance) == en
    assert origin_label(provenance, "zh") == zh


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_text_report_shows_a_derive_rules_conclusion_without_its_id(lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A finding resting on a derive rule's fact (container-gpu-access-lost on container-gpu-lost-evidence) says
    where it came from in words; the derive rule's id is an internal name."""
    from gpufix.cli import main

    log = ROOT / "tests/fixtures/container-gpu-access-lost--cgroupv2-docker-daemon-reload/log.txt"
    assert main(["--no-probe", "--text", "--lang", lang, "--log", str(log)]) in (0, 1)
    out = capsys.readouterr().out
    assert "container-gpu-access-lost" in out  # the finding itself is found (its id is the handle for `gpufix fix`)
    assert "container-gpu-lost-evidence" not in out and "derived rule" not in out
    # the derive rule read the pasted log: the reader is pointed at the line, still without the rule's id
    lines = [n for n in range(1, 400) if origin_label(f"derived rule x from log line {n}", lang) in out]
    assert lines, "the conclusion names the log line it rests on"
