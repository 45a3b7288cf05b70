"""gpufix.engine.ruleset_cache: a clean rule set stored as JSON comes back identical; anything odd is re-checked."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from gpufix.engine import loader, ruleset_cache
from gpufix.errors import RuleLoadError

RULES = Path(__file__).resolve().parents[2] / "rules"


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("GPUFIX_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.delenv("GPUFIX_NO_CACHE", raising=False)
    loader._cache.clear()
    yield tmp_path / "c" / "parsed"
    loader._cache.clear()


def _full(ruleset) -> str:
    """Every field, `line`s included (they do not take part in ==)."""
    return json.dumps(ruleset_cache.encode(ruleset.rules, ruleset.strata), sort_keys=True)


def test_the_stored_rule_set_is_the_checked_one_field_for_field_and_is_not_checked_again(cache, monkeypatch):
    fresh = loader.load_rules([RULES])
    assert len(list(cache.glob("ruleset-*.json"))) == 1
    loader._cache.clear()
    monkeypatch.setattr(loader, "check_files", lambda files, *a, **k: pytest.fail("checked again"))
    again = loader.load_rules([RULES])
    assert again.rules == fresh.rules and again.strata == fresh.strata
    assert _full(again) == _full(fresh)
    assert [d.id for d in again.differentials] == [d.id for d in fresh.differentials]
    # Shared objects stay shared: a stratum holds the same Rule objects as the rule list.
    assert all(any(r is s for s in again.rules) for stratum in again.strata for r in stratum)


def test_an_edited_rule_is_a_new_key(cache, tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    first = loader.load_rules([rules])
    target = rules / "env" / "no-driver.yaml"
    text = target.read_text(encoding="utf-8")
    assert "\nstatus: stable\n" in text
    target.write_text(text.replace("\nstatus: stable\n", "\nstatus: test\n"), encoding="utf-8")
    loader._cache.clear()
    second = loader.load_rules([rules])
    assert len(list(cache.glob("ruleset-*.json"))) == 2
    changed = [r for r in second.rules if r.path.endswith(target.name)]
    assert changed and changed[0].status == "test"
    assert len(first) == len(second)


def test_a_rule_with_errors_is_never_stored_and_always_reported(cache, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "broken.yaml").write_text("id: broken\ntitle: {en: Broken}\nseverity: loud\nwhen: {fact: gpu.count, gt: 0}\n",
                                       encoding="utf-8")
    for _ in range(2):
        loader._cache.clear()
        with pytest.raises(RuleLoadError):
            loader.load_rules([rules])
    assert not list(cache.glob("ruleset-*.json"))


@pytest.mark.parametrize("damage", [
    "not json",
    json.dumps({"format": "0", "objects": [], "rules": [], "strata": []}),
    json.dumps({"format": ruleset_cache.FORMAT, "objects": [["Popen", {"args": "true"}]], "rules": [0], "strata": []}),
    json.dumps({"format": ruleset_cache.FORMAT, "objects": [["Rule", {"nope": 1}]], "rules": [0], "strata": []}),
    json.dumps({"format": ruleset_cache.FORMAT, "objects": [], "rules": [{"x": 1}], "strata": []}),
])
def test_a_damaged_or_foreign_entry_is_checked_again(cache, damage):
    fresh = loader.load_rules([RULES])
    (path,) = cache.glob("ruleset-*.json")
    path.write_text(damage, encoding="utf-8")
    loader._cache.clear()
    again = loader.load_rules([RULES])
    assert _full(again) == _full(fresh)


def test_a_value_json_cannot_hold_is_refused_by_the_encoder():
    class Foreign:
        pass

    with pytest.raises(TypeError):
        ruleset_cache._Encoder().value(Foreign())
    with pytest.raises(ValueError):
        ruleset_cache._Encoder().value(float("nan"))


def test_caching_off_stores_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("GPUFIX_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("GPUFIX_NO_CACHE", "1")
    loader._cache.clear()
    loader.load_rules([RULES])
    loader._cache.clear()
    assert not list(tmp_path.rglob("ruleset-*.json"))
