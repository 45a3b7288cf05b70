"""`gpufix rules test`: fixture cases run through the whole pipeline and checked."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from gpufix.cli import main
from gpufix.core.rule_tests import convention_failures, find_cases, run_case, run_cases

TOO_OLD_RULE = """
id: too-old
title: Driver too old
severity: error
kind: setup
signatures:
  too_old: 'driver on your system is too old \\(found version (?P<found>\\d+)\\)'
when:
  any:
    - signature: too_old
    - all: [{fact: driver.version, version_lt: '450'}, {fact: gpu.count, gt: 0}]
diagnosis: 'found {match.found}'
area: gpu
status: test
falsepositives: [none known]
"""
CPU_RULE = """
id: cpu-build
title: CPU build
severity: warning
kind: setup
when: {fact: torch.build, eq: cpu}
diagnosis: D
area: gpu
status: test
falsepositives: [none known]
"""
LOG = "RuntimeError: The NVIDIA driver on your system is too old (found version 11040).\n"


def case(root: Path, name: str, yaml_text: str, log: str | None = None, files: dict | None = None) -> Path:
    d = root / name
    d.mkdir(parents=True)
    (d / "case.yaml").write_text(textwrap.dedent(yaml_text).lstrip(), encoding="utf-8")
    if log is not None:
        (d / "log.txt").write_text(log, encoding="utf-8")
    for fname, text in (files or {}).items():
        (d / fname).write_text(text, encoding="utf-8")
    return d


@pytest.fixture
def rules(rules_dir):
    rules_dir.add("too-old", TOO_OLD_RULE)
    rules_dir.add("cpu-build", CPU_RULE)
    return rules_dir.load()


def test_passing_case_from_log_and_facts(tmp_path, rules):
    d = case(tmp_path, "too-old--log", """
        description: x
        os: linux
        sources: [{file: log.txt, url: https://example.org/1, note: verbatim}]
        facts: {torch.build: cpu}
        expect:
          first: too-old
          fires: [too-old, cpu-build]
          no_errors: false
    """, LOG)
    result = run_case(d, rules)
    assert result.passed, result.failures
    assert result.diagnoses == ["too-old", "cpu-build"]


def test_case_from_facts_only(tmp_path, rules):
    d = case(tmp_path, "too-old--facts", """
        description: facts typed like --fact
        facts: {driver.version: '418.67', gpu.count: 2}
        expect: {fires: [too-old], ok: [cpu-build]}
    """)
    assert run_case(d, rules).passed


def test_each_failed_expectation_is_reported_with_its_line(tmp_path, rules):
    d = case(tmp_path, "bad", """
        description: x
        facts: {torch.build: cpu}
        expect:
          first: too-old
          fires: [too-old]
          ok: [cpu-build]
          no_errors: true
          recommend: {recommend.build: cu126}
    """)
    failures = run_case(d, rules).failures
    assert [f.split(":", 2)[1] for f in failures] == ["4", "5", "6", "8"]
    assert "expected too-old first; diagnoses: cpu-build" in failures[0]
    assert "too-old should fire but did not" in failures[1]
    assert "cpu-build should not fire but did" in failures[2]
    assert "recommend.build: expected 'cu126'" in failures[3]
    d2 = case(tmp_path, "errors", """
        description: x
        expect: {no_errors: true, fires: []}
    """, LOG)
    assert "expected no error diagnosis; got too-old" in run_case(d2, rules).failures[0]


def test_unknown_keys_and_rule_ids_fail(tmp_path, rules):
    d = case(tmp_path, "typos", """
        description: x
        expcet: {}
        expect: {fires: [to-old], okay: [cpu-build]}
    """)
    failures = run_case(d, rules).failures
    assert any("unknown key 'expcet'" in f for f in failures)
    assert any("expect: unknown key 'okay'" in f for f in failures)
    assert any("expect.fires: no rule 'to-old'" in f for f in failures)


def test_todo_expectations_are_reported_not_failed(tmp_path, rules):
    d = case(tmp_path, "todo", """
        description: x
        expect: {todo_fires: [cpu-build], ok: [too-old]}
    """)
    result = run_case(d, rules)
    assert result.passed and result.todo == ["todo: todo: cpu-build does not fire yet"]


def test_expectations_are_exact_an_unlisted_error_or_warning_fails(tmp_path, rules_dir, rules):
    # too-old (error) and cpu-build (warning) both fire; the case names only one of them.
    facts = "facts: {torch.build: cpu}\n"
    d = case(tmp_path, "only-one", "description: x\n" + facts + "expect: {fires: [too-old]}\n", LOG)
    failures = run_case(d, rules).failures
    assert len(failures) == 1 and "unexpected finding: cpu-build (warning)" in failures[0]
    assert "expect.also" in failures[0]
    # `also`: it fires rightly here, though the case is not about it; it must then fire
    assert run_case(case(tmp_path, "also", "description: x\n" + facts +
                         "expect: {fires: [too-old], also: [cpu-build]}\n", LOG), rules).passed
    missing = run_case(case(tmp_path, "also-missing", "description: x\n"
                            "expect: {fires: [too-old], also: [cpu-build]}\n", LOG), rules).failures
    assert missing and "cpu-build should fire too but did not" in missing[0]
    # a known wrong firing stays visible as a todo, not a failure
    todo = run_case(case(tmp_path, "todo-ok", "description: x\n" + facts +
                         "expect: {fires: [too-old], todo_ok: [cpu-build]}\n", LOG), rules)
    assert todo.passed and todo.todo == ["todo-ok: todo: cpu-build still fires"]
    # info findings are not held to it
    rules_dir.add("note", CPU_RULE.replace("id: cpu-build", "id: note").replace("severity: warning",
                                                                                  "severity: info"))
    with_info = rules_dir.load()
    info = run_case(case(tmp_path, "info", "description: x\n" + facts +
                         "expect: {fires: [too-old, cpu-build]}\n", LOG), with_info)
    assert info.passed and "note" in info.fired


def test_probe_files_are_replayed(tmp_path, rules):
    nvcc = ("nvcc: NVIDIA (R) Cuda compiler driver\nCopyright (c) 2005-2023 NVIDIA Corporation\n"
            "Built on Tue_Aug_15_22:02:13_PDT_2023\nCuda compilation tools, release 12.2, V12.2.140\n"
            "Build cuda_12.2.r12.2/compiler.33191640_0\n")
    d = case(tmp_path, "nvcc", """
        description: x
        expect: {ok: [too-old, cpu-build], no_errors: true}
    """, files={"nvcc.txt": nvcc})
    from gpufix.core.inputs import merge, replay_fixture

    assert merge(replay_fixture(d)).value("nvcc.version") == "12.2.140"
    assert run_case(d, rules).passed


def test_convention_every_rule_needs_fires_and_ok(tmp_path, rules):
    case(tmp_path, "a", "description: x\nfacts: {torch.build: cpu}\nexpect: {fires: [cpu-build], ok: [too-old]}\n")
    results = run_cases(find_cases([tmp_path]), rules)
    assert all(r.passed for r in results)
    problems = convention_failures(results, rules)
    assert len(problems) == 2
    assert "rule too-old has no fixture with it in expect.fires" in problems[1]
    assert "rule cpu-build has no fixture with it in expect.ok" in problems[0]
    case(tmp_path, "b", "description: x\nexpect: {fires: [too-old], ok: [cpu-build]}\n", LOG)
    assert convention_failures(run_cases(find_cases([tmp_path]), rules), rules) == []


def test_cli_rules_test(tmp_path, rules_dir, rules, capsys):
    fixtures = tmp_path / "fixtures"
    case(fixtures, "a", "description: x\nfacts: {torch.build: cpu}\nexpect: {fires: [cpu-build], ok: [too-old]}\n")
    case(fixtures, "b", "description: x\nexpect: {fires: [too-old], ok: [cpu-build]}\n", LOG)
    assert main(["rules", "test", str(fixtures), "--rules", str(rules_dir.root)]) == 0
    assert "2 case(s): 2 passed, 0 failed" in capsys.readouterr().err
    case(fixtures, "c", "description: x\nexpect: {fires: [cpu-build]}\n", LOG)
    assert main(["rules", "test", str(fixtures), "--rules", str(rules_dir.root)]) == 1
    out = capsys.readouterr()
    assert "FAIL c" in out.out and "cpu-build should fire but did not" in out.out
    # One case directory: no convention check (a single case cannot cover every rule).
    assert main(["rules", "test", str(fixtures / "a"), "--rules", str(rules_dir.root)]) == 0
    assert main(["rules", "test", str(tmp_path / "nope"), "--rules", str(rules_dir.root)]) == 2


def test_cli_rules_lint(rules_dir, capsys):
    rules_dir.add("too-old", TOO_OLD_RULE)
    assert main(["rules", "lint", str(rules_dir.root)]) == 0
    rules_dir.add("bad", CPU_RULE.replace("id: cpu-build", "id: bad").replace("eq: cpu", "equals: cpu"))
    capsys.readouterr()
    assert main(["rules", "lint", str(rules_dir.root)]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].endswith("bad.yaml:5: unknown operator 'equals'")
