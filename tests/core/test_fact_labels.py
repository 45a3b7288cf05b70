"""Every fact has words a person reads, and the reports print those words, not fact names."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from gpufix import fact_catalog
from gpufix.fact_labels import LABELS, label, missing_labels

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


@pytest.mark.parametrize(("name", "en", "zh"), [
    ("env.CUDA_HOME", "environment variable CUDA_HOME", "环境变量 CUDA_HOME"),
    ("pkg.xformers", "xformers version", "xformers 版本"),
    ("match.found_version", "from the error text: found version", "来自错误文本：found version"),
    ("signature.insufficient", "error text in the log", "日志中的错误文本"),
    ("derived.dx.cuda", "concluded from the other facts", "由其他信息推出"),
])
def test_open_families(name: str, en: str, zh: str) -> None:
    assert label(name, "en") == en
    assert label(name, "zh") == zh


def test_missing_labels_say_each_label_once() -> None:
    assert missing_labels(["torch.version", "torch.version_full", "gpu.name"]) == ["torch version", "GPU"]
