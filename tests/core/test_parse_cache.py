"""gpufix.parse_cache: parsed YAML stored as JSON; a stored text never re-parsed, anything odd re-parsed."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from gpufix import parse_cache
from gpufix.engine.yaml_lines import YamlError, line_of, load_yaml_with_lines

RULE = """id: demo
title: {en: Demo, zh: 演示}
severity: error
2: an int key
true: a bool key
when:
  all:
    - {fact: torch.build, eq: cpu}
    - {fact: gpu.count, gt: 0.5}
list: [a, null, 3]
title2: x
title2: duplicate
"""


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("GPUFIX_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("GPUFIX_NO_CACHE", raising=False)
    return tmp_path / "parsed"


def test_a_stored_text_comes_back_equal_with_its_lines_and_is_not_parsed_again(cache, monkeypatch):
    first = load_yaml_with_lines(RULE)
    assert len(list(cache.glob("*.json"))) == 1
    monkeypatch.setattr("gpufix.engine.yaml_lines._parse", lambda text: pytest.fail("parsed again"))
    data, dups = load_yaml_with_lines(RULE)
    assert (data, dups) == first
    assert data[2] == "an int key" and data[True] == "a bool key"  # key types kept
    assert line_of(data, "when") == 6 and line_of(data["when"]["all"], 1) == 9
    assert data["when"]["all"][1]["gt"] == 0.5 and data["list"] == ["a", None, 3]
    assert dups == [(12, "duplicate key 'title2' (first at line 11)")]
    assert type(data).__name__ == "LineDict" and type(data["list"]).__name__ == "LineList"


def test_an_edited_text_is_a_new_entry(cache):
    load_yaml_with_lines(RULE)
    data, _ = load_yaml_with_lines(RULE.replace("severity: error", "severity: warning"))
    assert data["severity"] == "warning" and len(list(cache.glob("*.json"))) == 2


def test_a_damaged_entry_is_parsed_again(cache):
    load_yaml_with_lines(RULE)
    [entry] = cache.glob("*.json")
    entry.write_text('{"data": {"m": [["id"', encoding="utf-8")
    assert load_yaml_with_lines(RULE)[0]["id"] == "demo"
    entry.write_text(json.dumps({"data": {"m": [["id", "tampered"]], "l": 1}}), encoding="utf-8")  # no "k"
    assert load_yaml_with_lines(RULE)[0]["id"] == "demo"


def test_values_json_cannot_hold_are_not_stored(cache):
    data, _ = load_yaml_with_lines("released: 2024-05-01\n")  # YAML reads a date
    assert str(data["released"]) == "2024-05-01"
    assert not list(cache.glob("*.json"))


def test_bad_yaml_raises_and_is_not_stored(cache):
    with pytest.raises(YamlError):
        load_yaml_with_lines("a: [1, 2\n")
    assert not list(cache.glob("*.json"))


def test_off_and_where(monkeypatch, tmp_path):
    assert parse_cache.cache_dir({"GPUFIX_NO_CACHE": "1", "HOME": "/h"}) is None
    assert parse_cache.cache_dir({"HOME": "/h"}, "linux") == Path("/h/.cache/gpufix/parsed")
    assert parse_cache.cache_dir({"HOME": "/h", "XDG_CACHE_HOME": "/x"}, "linux") == Path("/x/gpufix/parsed")
    assert parse_cache.cache_dir({"HOME": "/h", "XDG_CACHE_HOME": "rel"}, "linux") == Path("/h/.cache/gpufix/parsed")
    assert parse_cache.cache_dir({"HOME": "/h"}, "darwin") == Path("/h/Library/Caches/gpufix/parsed")
    assert parse_cache.cache_dir({"LOCALAPPDATA": "C:/L", "HOME": "/h"}, "win32") == Path("C:/L/gpufix/cache/parsed")
    monkeypatch.setenv("GPUFIX_NO_CACHE", "1")
    monkeypatch.setenv("GPUFIX_CACHE_DIR", str(tmp_path))
    load_yaml_with_lines(RULE)
    assert not tmp_path.exists() or not list(tmp_path.rglob("*.json"))


def test_an_unwritable_cache_only_costs_the_caching(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("GPUFIX_CACHE_DIR", str(blocker))
    assert load_yaml_with_lines(RULE)[0]["id"] == "demo"


def test_old_entries_are_pruned(cache, monkeypatch):
    monkeypatch.setattr(parse_cache, "MAX_ENTRIES", 4)
    for i in range(6):
        load_yaml_with_lines(f"n: {i}\n")
    assert len(list(cache.glob("*.json"))) <= 4


@pytest.mark.slow
def test_a_warm_run_never_imports_yaml(tmp_path):
    """Rules and knowledge tables come from the cache: `import yaml` is start-up time saved."""
    env = {**__import__("os").environ, "GPUFIX_CACHE_DIR": str(tmp_path)}
    code = ("import sys, io, contextlib\nfrom gpufix.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()): main(['--json', '--quick'])\n"
            "print('yaml' in sys.modules)\n")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
            for _ in range(2)]
    assert [r.stdout.strip() for r in runs] == ["True", "False"], [r.stderr[-500:] for r in runs]


def test_a_regex_that_compiled_once_is_not_compiled_again(cache, monkeypatch):
    from gpufix.engine import conditions

    monkeypatch.setattr(parse_cache, "_known", {})
    monkeypatch.setattr(parse_cache, "_new", {})
    assert conditions.regex_error(r"CUDA error: (?P<what>.+)", allow_empty=False) is None
    assert conditions.regex_error(r"unbalanced (", allow_empty=True) is not None
    assert conditions.regex_error(r"x*", allow_empty=False) == "matches the empty string (it would match every line)"
    parse_cache._write_known()  # what the exit hook does
    monkeypatch.setattr(parse_cache, "_known", {})  # a later run reads the file
    monkeypatch.setattr(conditions.linear_re, "compile", lambda *a: pytest.fail("compiled again"))
    assert conditions.regex_error(r"CUDA error: (?P<what>.+)", allow_empty=False) is None
    with pytest.raises(pytest.fail.Exception):  # bad and empty-matching patterns are never remembered
        conditions.regex_error(r"unbalanced (", allow_empty=True)
    with pytest.raises(pytest.fail.Exception):
        conditions.regex_error(r"x*", allow_empty=False)
    with pytest.raises(pytest.fail.Exception):  # remembered for signatures is not remembered for allow_empty
        conditions.regex_error(r"CUDA error: (?P<what>.+)", allow_empty=True)


def test_a_memo_is_computed_once_then_read_back_and_a_damaged_value_is_computed_again(cache, monkeypatch):
    monkeypatch.setattr(parse_cache, "_memos", {})
    monkeypatch.setattr(parse_cache, "_memo_new", {})
    calls = []

    def compute(item: str) -> tuple:
        calls.append(item)
        return (item.upper(), len(item))

    decode = lambda d: (str(d[0]), int(d[1]))  # noqa: E731
    assert parse_cache.memo("demo", "abc", compute, encode=list, decode=decode) == ("ABC", 3)
    parse_cache._write_known()  # what the exit hook does
    monkeypatch.setattr(parse_cache, "_memos", {})  # a later run reads the file
    assert parse_cache.memo("demo", "abc", lambda i: pytest.fail("computed again"), encode=list, decode=decode) \
        == ("ABC", 3)
    assert calls == ["abc"]
    path = next(cache.glob("memo-demo-*.json"))
    path.write_text(json.dumps({"abc": "not a pair"}), encoding="utf-8")  # decode rejects it
    monkeypatch.setattr(parse_cache, "_memos", {})
    assert parse_cache.memo("demo", "abc", compute, encode=list, decode=decode) == ("ABC", 3)
    assert calls == ["abc", "abc"]


def test_signature_literals_and_group_names_come_back_equal_from_the_memo(cache, monkeypatch):
    from gpufix.engine import conditions, signatures

    pattern = r"(?i)driver on your system is too old \(found version (?P<found>\d+)\)"
    for store in ("_memos", "_memo_new"):
        monkeypatch.setattr(parse_cache, store, {})
    fresh = (signatures.remembered_literal_info(pattern), conditions.regex_groups(pattern))
    parse_cache._write_known()
    monkeypatch.setattr(parse_cache, "_memos", {})
    monkeypatch.setattr(signatures, "literal_info", lambda p: pytest.fail("parsed again"))
    assert (signatures.remembered_literal_info(pattern), conditions.regex_groups(pattern)) == fresh
    assert fresh[1] == ("found",) and fresh[0][0] == (b"driver on your system is too old (found version ",)
