"""gpufix.engine.ruleset_cache: a clean rule set stored comes back identical, compiled form included;
anything odd, and any pickle naming something outside the rule classes, is re-checked and never run."""
from __future__ import annotations

import dataclasses
import json
import pickle
import shutil
from pathlib import Path

import pytest

from gpufix.engine import loader, ruleset_cache
from gpufix.engine.compile import compile_rules
from gpufix.engine.signatures import build_plan
from gpufix.errors import RuleLoadError

RULES = Path(__file__).resolve().parents[2] / "rules"


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("GPUFIX_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.delenv("GPUFIX_NO_CACHE", raising=False)
    loader._cache.clear()
    yield tmp_path / "c" / "parsed"
    loader._cache.clear()


def _plain(v):
    """v as plain data: every dataclass field and the YAML containers' `line`s (not part of ==)."""
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return [type(v).__name__, {f.name: _plain(getattr(v, f.name)) for f in dataclasses.fields(v)}]
    if isinstance(v, dict):
        return ["dict", getattr(v, "line", None), getattr(v, "lines", None) and _plain(v.lines),
                [[_plain(k), _plain(x)] for k, x in v.items()]]
    if isinstance(v, (list, tuple)):
        return [type(v).__name__, getattr(v, "line", None), getattr(v, "lines", None), [_plain(x) for x in v]]
    if isinstance(v, (set, frozenset)):
        return sorted(map(repr, v))
    return v


def _full(ruleset) -> str:
    """Every field, `line`s included."""
    return json.dumps(_plain([ruleset.rules, ruleset.strata]), default=repr)


def test_the_stored_rule_set_is_the_checked_one_field_for_field_and_is_not_checked_again(cache, monkeypatch):
    fresh = loader.load_rules([RULES])
    assert len(list(cache.glob("ruleset-*.pickle"))) == 1
    loader._cache.clear()
    monkeypatch.setattr(loader, "check_files", lambda files, *a, **k: pytest.fail("checked again"))
    again = loader.load_rules([RULES])
    assert again.rules == fresh.rules and again.strata == fresh.strata
    assert _full(again) == _full(fresh)
    assert [d.id for d in again.differentials] == [d.id for d in fresh.differentials]
    # Shared objects stay shared: a stratum holds the same Rule objects as the rule list.
    assert all(any(r is s for s in again.rules) for stratum in again.strata for r in stratum)
    # The compiled form and the scan plan come with it, equal to freshly built ones.
    assert again._cache["compiled"] == compile_rules(again.strata)
    assert again._cache["scan_plan"].signatures == build_plan(again.rules).signatures


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
    assert len(list(cache.glob("ruleset-*.pickle"))) == 2
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
    assert not list(cache.glob("ruleset-*.pickle"))


class _Marker:
    """Pickled as a call of `target(*args)`: what a hostile store would hold."""

    def __init__(self, target, *args):
        self.target, self.args = target, args

    def __reduce__(self):
        return self.target, self.args


def _damages(tmp_path):
    from gpufix.facts import Fact
    marker = tmp_path / "ran"
    return marker, [
        b"not a pickle",
        pickle.dumps(("0", (), (), {})),
        pickle.dumps(_Marker(open, str(marker), "w")),  # builtins.open: not a rule class
        pickle.dumps(_Marker(exec, f"open({str(marker)!r}, 'w')")),
        pickle.dumps((ruleset_cache.FORMAT, (Fact("gpu.count", "ok", 1),), (), {})),  # a dataclass, not a rule's
        pickle.dumps((ruleset_cache.FORMAT, ("x",), (), {})),
    ]


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """One fresh load into a cache folder of its own: that folder (the stored rule set and the
    parsed files) and the fresh rule set's full form, computed once for the six damages below."""
    folder = tmp_path_factory.mktemp("stored")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GPUFIX_CACHE_DIR", str(folder))
        mp.delenv("GPUFIX_NO_CACHE", raising=False)
        loader._cache.clear()
        fresh = loader.load_rules([RULES])
        loader._cache.clear()
    return folder / "parsed", _full(fresh)


@pytest.mark.parametrize("n", range(6))
def test_a_damaged_or_foreign_entry_is_checked_again_and_runs_nothing(cache, stored, tmp_path, n):
    folder, fresh = stored
    shutil.copytree(folder, cache)  # the fresh load's store, as if this test had just made it
    (path,) = cache.glob("ruleset-*.pickle")
    marker, damages = _damages(tmp_path)
    path.write_bytes(damages[n])
    loader._cache.clear()
    again = loader.load_rules([RULES])
    assert _full(again) == fresh
    assert not marker.exists()


def test_a_value_outside_the_rule_classes_is_refused_by_the_encoder():
    class Foreign:
        pass

    with pytest.raises(TypeError):
        ruleset_cache.encode([Foreign()], [], {})
    with pytest.raises(TypeError):
        ruleset_cache.encode([], [], {"x": print})


def test_caching_off_stores_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("GPUFIX_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("GPUFIX_NO_CACHE", "1")
    loader._cache.clear()
    loader.load_rules([RULES])
    loader._cache.clear()
    assert not list(tmp_path.rglob("ruleset-*.pickle"))
