"""Inside a checkout, `gpufix rules lint|test|list` read the checkout's rules/ and
tests/fixtures/ (and say so); outside one, the installed rules; `--rules` overrides both."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gpufix.cli import main
from gpufix.core.checkout import find_checkout, rules_source

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = '[build-system]\nrequires = ["setuptools"]\n\n[project]\nname = "gpufix"\nversion = "0"\n'
CASE = "linux-nodriver-cpu-torch"  # a recorded healthy machine


def make_checkout(base: Path, name: str = "gpufix") -> Path:
    """A minimal checkout: pyproject.toml naming the project, a copy of rules/, one fixture."""
    co = base / "co"
    co.mkdir()
    (co / "pyproject.toml").write_text(PYPROJECT.replace('"gpufix"', f'"{name}"'), encoding="utf-8")
    shutil.copytree(ROOT / "rules", co / "rules", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "tests" / "fixtures" / CASE, co / "tests" / "fixtures" / CASE)
    return co


BROKEN = """\
id: broken-rule
title: {en: A rule with a typo}
severity: error
kind: setup
whenn:
  fact: gpu.count
  gt: 0
diagnosis: {en: x}
remedies: []
"""


def test_the_checkout_is_found_from_any_folder_inside_it(tmp_path: Path):
    co = make_checkout(tmp_path)
    (co / "rules" / "install" / "deep").mkdir()
    assert find_checkout(co / "rules" / "install" / "deep") == co.resolve()
    assert find_checkout(tmp_path) is None


def test_another_project_is_not_a_gpufix_checkout(tmp_path: Path):
    co = make_checkout(tmp_path, name="gpufix-fork-of-something-else")
    assert find_checkout(co) is None


def test_a_broken_rule_in_the_checkout_fails_lint_there(tmp_path: Path, monkeypatch, capsys):
    co = make_checkout(tmp_path)
    (co / "rules" / "install" / "broken-rule.yaml").write_text(BROKEN, encoding="utf-8")
    monkeypatch.chdir(co)
    assert main(["rules", "lint"]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines()[0] == "rules: rules (checkout)"
    assert "rules/install/broken-rule.yaml:5:" in out and "whenn" in out
    # From a subfolder too; the path is then absolute.
    monkeypatch.chdir(co / "rules")
    assert main(["rules", "lint"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == f"rules: {co.resolve() / 'rules'} (checkout)"


def test_outside_a_checkout_the_installed_rules_are_read(tmp_path: Path, monkeypatch, capsys):
    make_checkout(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert main(["rules", "lint"]) == 0
    first = capsys.readouterr().err.splitlines()[0]
    assert first.startswith("rules: ") and first.endswith(" (installed)")


def test_rules_override_the_checkout(tmp_path: Path, monkeypatch, capsys):
    co = make_checkout(tmp_path)
    (co / "rules" / "install" / "broken-rule.yaml").write_text(BROKEN, encoding="utf-8")
    monkeypatch.chdir(co)
    assert main(["rules", "list", "--rules", str(ROOT / "rules")]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines()[0] == f"rules: {ROOT / 'rules'} (given)"
    assert "cpu-only-wheel" in out and "broken-rule" not in out


def test_rules_test_and_list_read_the_checkout(tmp_path: Path, monkeypatch, capsys):
    co = make_checkout(tmp_path)
    extra = (co / "rules" / "install" / "cpu-only-wheel.yaml").read_text(encoding="utf-8")
    (co / "rules" / "install" / "cpu-only-wheel-copy.yaml").write_text(
        extra.replace("id: cpu-only-wheel", "id: cpu-only-wheel-copy"), encoding="utf-8")
    monkeypatch.chdir(co / "tests")
    assert main(["rules", "list"]) == 0
    assert "cpu-only-wheel-copy" in capsys.readouterr().out
    # The checkout's one fixture (not this repository's 120), against the checkout's rules.
    assert main(["rules", "test", "--no-convention", "-v"]) == 0
    out, err = capsys.readouterr()
    assert f"ok   {CASE}" in out and "1 case(s): 1 passed" in err


def test_the_source_says_which_paths_the_engine_gets(tmp_path: Path):
    co = make_checkout(tmp_path)
    src = rules_source(start=co)
    assert src.kind == "checkout" and src.paths is not None and src.fixtures is not None
    assert rules_source(start=tmp_path).paths is None
    assert rules_source(["x/y"], start=tmp_path).describe() == "rules: x/y (given)"


@pytest.mark.parametrize("text", ["[project]\nname = 'gpufix'\n", '[tool.x]\nname = "gpufix"\n[project]\nname="gpufix"\n'])
def test_project_name_forms(tmp_path: Path, text: str):
    co = make_checkout(tmp_path)
    (co / "pyproject.toml").write_text(text, encoding="utf-8")
    assert find_checkout(co) == co.resolve()
