"""The linter: every kind of rule error is reported once, as file:line: message."""
from __future__ import annotations

import os
import time

import pytest

from gpufix.errors import GpufixError, UsageError
from gpufix.engine.api import lint, load_rules
from gpufix.engine.loader import RuleLoadError

from .conftest import RULE_META

GOOD = """
id: {id}
title: {{en: A title, zh: 标题}}
severity: error
kind: setup
signatures:
  too_old: 'driver on your system is too old \\(found version (?P<found_version>\\d+)\\)'
when:
  any:
    - signature: too_old
    - {{fact: torch.cuda, version_gt: '12.9'}}
diagnosis: {{en: "torch {{torch.version_full}} found {{match.found_version}}", zh: "中文 {{driver.version}}"}}
evidence: [torch.cuda, match.found_version]
remedies:
  - title: Update the driver
    steps:
      - text: Install a newer driver.
        command:
          linux: ['{{python.executable}}', -m, pip, --version]
      - text: Check it.
        verify: [reprobe:driver.version, cuda-alloc]
area: gpu
status: test
falsepositives: [none known]
"""


def errors_for(rules_dir, text: str, rule_id: str = "r1") -> list[str]:
    path = rules_dir.add(rule_id, text)
    errs = lint([rules_dir.root])
    assert all(e.startswith(f"{path}:") for e in errs), errs
    return errs


def one_error(rules_dir, text: str, line: int, *needles: str, rule_id: str = "r1") -> str:
    errs = errors_for(rules_dir, text, rule_id)
    assert len(errs) == 1, errs
    file_line, _, msg = errs[0].partition(": ")
    assert file_line.endswith(f":{line}"), errs[0]
    for n in needles:
        assert n in msg, errs[0]
    return errs[0]


def test_good_rule_has_no_errors(rules_dir):
    assert errors_for(rules_dir, GOOD.format(id="r1")) == []
    rules = rules_dir.load()
    assert [r.id for r in rules] == ["r1"]


def test_unknown_field(rules_dir):
    text = GOOD.format(id="r1").replace("kind: setup\n", "kind: setup\nseverty: error\n")
    one_error(rules_dir, text, 5, "unknown field 'severty'")


def test_unknown_fact_with_suggestion(rules_dir):
    text = GOOD.format(id="r1").replace("fact: torch.cuda,", "fact: torch.cuda_availble,")
    one_error(rules_dir, text, 10, "unknown fact 'torch.cuda_availble'", "did you mean 'torch.cuda_available'")


def test_bad_signature_regex(rules_dir):
    text = GOOD.format(id="r1").replace("(?P<found_version>\\d+)\\)'", "(?P<found_version>\\d+'")
    errs = errors_for(rules_dir, text)
    assert any(":6: signature 'too_old': bad regex" in e for e in errs), errs


def test_signature_matching_empty_string(rules_dir):
    text = GOOD.format(id="r1").replace("too_old: 'driver", "empty: '(x)?'\n  too_old: 'driver")
    one_error(rules_dir, text, 6, "matches the empty string")


def test_bad_matches_regex(rules_dir):
    text = GOOD.format(id="r1").replace("{fact: torch.cuda, version_gt: '12.9'}", "{fact: torch.error, matches: 'a(b'}")
    one_error(rules_dir, text, 10, "bad regex", "missing )")


def test_wrong_type_bool_fact(rules_dir):
    text = GOOD.format(id="r1").replace("{fact: torch.cuda, version_gt: '12.9'}", "{fact: torch.cuda_available, eq: 'false'}")
    one_error(rules_dir, text, 10, "torch.cuda_available (bool)", "expects true or false")


def test_unquoted_version_literal_is_an_error(rules_dir):
    text = GOOD.format(id="r1").replace("version_gt: '12.9'", "version_gt: 12.10")
    one_error(rules_dir, text, 10, "quoted string", "12.1")


def test_numeric_operator_on_version_fact(rules_dir):
    text = GOOD.format(id="r1").replace("version_gt: '12.9'", "gt: 12")
    one_error(rules_dir, text, 10, "version_gt")


def test_eq_on_list_fact(rules_dir):
    text = GOOD.format(id="r1").replace("{fact: torch.cuda, version_gt: '12.9'}", "{fact: torch.arch_list, eq: sm_86}")
    one_error(rules_dir, text, 10, "is a list: use contains")


def test_unknown_operator(rules_dir):
    text = GOOD.format(id="r1").replace("version_gt: '12.9'", "version_gte: '12.9'")
    one_error(rules_dir, text, 10, "unknown operator 'version_gte'", "did you mean 'version_g")


def test_two_operators_in_one_leaf(rules_dir):
    text = GOOD.format(id="r1").replace("version_gt: '12.9'}", "version_gt: '12.9', present: true}")
    one_error(rules_dir, text, 10, "exactly one operator")


def test_unknown_signature_name(rules_dir):
    text = GOOD.format(id="r1").replace("- signature: too_old", "- signature: too_odl")
    one_error(rules_dir, text, 9, "unknown signature 'too_odl'", "did you mean 'too_old'")


def test_unknown_condition_key(rules_dir):
    text = GOOD.format(id="r1").replace("  any:\n", "  anyof:\n")
    errs = errors_for(rules_dir, text)
    assert any(":8: unknown condition key 'anyof'" in e for e in errs), errs


def test_empty_all(rules_dir):
    text = GOOD.format(id="r1").replace("    - {fact: torch.cuda, version_gt: '12.9'}", "    - all: []")
    one_error(rules_dir, text, 10, "all: needs a non-empty list")


def test_duplicate_id(rules_dir):
    rules_dir.add("r1", GOOD.format(id="r1"), family="a")
    second = rules_dir.add("r1", GOOD.format(id="r1"), family="b")
    errs = lint([rules_dir.root])
    assert len(errs) == 1 and errs[0].startswith(f"{second}:1: duplicate id 'r1'"), errs


def test_id_must_equal_file_stem(rules_dir):
    one_error(rules_dir, GOOD.format(id="other-name"), 1, "must equal the file name (r1.yaml)")


def test_id_must_be_kebab_case(rules_dir):
    one_error(rules_dir, GOOD.format(id="R_1"), 1, "kebab-case", rule_id="R_1")


def test_last_remedy_step_needs_verify(rules_dir):
    text = GOOD.format(id="r1").replace("        verify: [reprobe:driver.version, cuda-alloc]\n", "")
    one_error(rules_dir, text, 19, "last step must have verify")


def test_unknown_verify_check(rules_dir):
    text = GOOD.format(id="r1").replace("cuda-alloc]", "cuda_alloc]")
    one_error(rules_dir, text, 20, "unknown check 'cuda_alloc'", "did you mean 'cuda-alloc'")


def test_template_with_unknown_fact(rules_dir):
    text = GOOD.format(id="r1").replace("torch {torch.version_full}", "torch {torch.versoin_full}")
    one_error(rules_dir, text, 11, "template {torch.versoin_full} names an unknown fact")


def test_template_with_match_group_no_signature_has(rules_dir):
    text = GOOD.format(id="r1").replace("found {match.found_version}", "found {match.nope}")
    one_error(rules_dir, text, 11, "match.nope: no signature of this rule has a named group")


def test_command_template_may_not_use_log_text(rules_dir):
    text = GOOD.format(id="r1").replace("--version]", "'{match.found_version}']")
    one_error(rules_dir, text, 18, "commands may only use facts gpufix probed or derived")


def test_command_as_shell_string(rules_dir):
    text = GOOD.format(id="r1").replace("linux: ['{python.executable}', -m, pip, --version]", "linux: pip install torch")
    one_error(rules_dir, text, 18, "argument list, not a shell string")


def test_text_needs_english(rules_dir):
    text = GOOD.format(id="r1").replace("title: {en: A title, zh: 标题}", "title: {zh: 标题}")
    one_error(rules_dir, text, 2, "needs an 'en' text")


def test_declared_languages_are_required(rules_dir):
    text = GOOD.format(id="r1").replace("kind: setup\n", "kind: setup\nlanguages: [en, zh]\n")
    errs = errors_for(rules_dir, text)
    assert errs and all("no 'zh' text" in e for e in errs), errs


def test_duplicate_yaml_key(rules_dir):
    text = GOOD.format(id="r1").replace("kind: setup\n", "kind: setup\nseverity: warning\n")
    one_error(rules_dir, text, 5, "duplicate key 'severity' (first at line 3)")


def test_invalid_yaml(rules_dir):
    errs = errors_for(rules_dir, "id: r1\ntitle: [unclosed\nwhen: {}\n")
    assert len(errs) == 1 and "not valid YAML" in errs[0], errs


def test_empty_file(rules_dir):
    one_error(rules_dir, "", 1, "the file is empty")


def test_too_many_alternatives(rules_dir):
    big = "\n".join(f"    - any: [{{fact: gpu.count, eq: {i}}}, {{fact: gpu.count, eq: {i + 100}}}]" for i in range(7))
    text = f"id: r1\ntitle: T\nseverity: info\nkind: setup\nwhen:\n  all:\n{big}\ndiagnosis: D\n{RULE_META}"
    one_error(rules_dir, text, 5, "expands to 128 alternatives")


def test_derived_fact_nobody_derives(rules_dir):
    text = GOOD.format(id="r1").replace("{fact: torch.cuda, version_gt: '12.9'}", "{fact: derived.nothing, eq: true}")
    one_error(rules_dir, text, 10, "no rule derives derived.nothing")


def test_derive_cycle(rules_dir):
    rules_dir.add("a", "id: a\ntitle: A\nwhen: {fact: derived.b, eq: true}\nderive: {derived.a: true}\n")
    rules_dir.add("b", "id: b\ntitle: B\nwhen: {fact: derived.a, eq: true}\nderive: {derived.b: true}\n")
    errs = lint([rules_dir.root])
    assert len(errs) == 1 and "derive cycle: a -> derived.b -> b -> derived.a -> a" in errs[0], errs
    assert errs[0].split(":")[1] == "3"


def test_derive_rule_may_not_diagnose(rules_dir):
    text = "id: r1\ntitle: T\nwhen: {fact: gpu.count, gt: 0}\nderive: {derived.has_gpu: true}\nseverity: error\n"
    one_error(rules_dir, text, 5, "a derive rule sets facts", "'severity'")


def test_derive_name_must_be_derived(rules_dir):
    text = "id: r1\ntitle: T\nwhen: {fact: gpu.count, gt: 0}\nderive: {compat.x: true}\n"
    one_error(rules_dir, text, 4, "must be named derived.<name>")


def test_conflicting_derived_values(rules_dir):
    rules_dir.add("a", "id: a\ntitle: A\nwhen: {fact: gpu.count, gt: 0}\nderive: {derived.x: 1}\n")
    rules_dir.add("b", "id: b\ntitle: B\nwhen: {fact: gpu.count, gt: 1}\nderive: {derived.x: 2}\n")
    errs = lint([rules_dir.root])
    assert len(errs) == 1 and "derived.x is derived with different values by a, b" in errs[0], errs


def test_several_errors_each_on_its_line(rules_dir):
    text = GOOD.format(id="r1").replace("kind: setup", "kind: setp").replace("version_gt", "version_gtt")
    errs = errors_for(rules_dir, text)
    assert [e.split(":")[1] for e in errs] == ["4", "10"], errs


def test_load_rules_raises_one_line_usage_error(rules_dir):
    rules_dir.add("r1", GOOD.format(id="r1").replace("kind: setup", "kind: setp"))
    rules_dir.add("r2", GOOD.format(id="r2").replace("kind: setup", "kind: nope"))
    with pytest.raises(RuleLoadError) as e:
        load_rules([rules_dir.root])
    assert isinstance(e.value, GpufixError)  # one line, exit 2
    assert "\n" not in str(e.value) and "(and 1 more; run `gpufix rules lint`)" in str(e.value)


def test_lint_a_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="no such rule file or directory"):
        lint([tmp_path / "nope"])


def test_knowledge_tables_are_not_rules(rules_dir):
    (rules_dir.root / "knowledge").mkdir(parents=True)
    (rules_dir.root / "knowledge" / "table.yaml").write_text("rows: [1, 2]\n")
    rules_dir.add("r1", GOOD.format(id="r1"))
    assert lint([rules_dir.root]) == []


def test_a_kept_walk_sees_rule_files_added_removed_and_edited(rules_dir):
    """load_rules keeps its walk of a rules folder while no folder's mtime changed (loader.py)."""
    from gpufix.engine import loader

    def aged(seconds: int) -> None:  # every folder older than the racy window, at a new mtime
        for d in [rules_dir.root, *(p for p in rules_dir.root.rglob("*") if p.is_dir())]:
            os.utime(d, (time.time() - seconds, time.time() - seconds))

    def ids() -> list[str]:
        return sorted(r.id for r in load_rules([rules_dir.root]))

    rules_dir.add("r1", GOOD.format(id="r1"))
    aged(60)
    assert ids() == ["r1"]
    assert any(key[0] == str(rules_dir.root) for key in loader._walks)  # kept: the next call re-uses it
    rules_dir.add("r2", GOOD.format(id="r2"))
    aged(50)
    assert ids() == ["r1", "r2"]
    rules_dir.add("r3", GOOD.format(id="r3"), family="other")  # a new folder: its parent changed
    aged(40)
    assert ids() == ["r1", "r2", "r3"]
    (rules_dir.root / "test" / "r1.yaml").unlink()
    aged(30)
    assert ids() == ["r2", "r3"]
    path = rules_dir.add("r2", GOOD.format(id="r2").replace("A title", "Another title"))
    aged(30)  # the folders as they were: the walk is re-used, the file's own mtime and size tell
    os.utime(path, (time.time() - 20, time.time() - 20))
    assert load_rules([rules_dir.root]).by_id["r2"].title.get("en") == "Another title"


def test_installed_rules_lint_clean():
    """The rules shipped in gpufix.rules (found through importlib.resources) have no errors."""
    errs = lint()
    assert errs == [], "\n".join(errs)
    assert len(load_rules()) > 0


def test_number_literal_out_of_range(rules_dir):
    text = GOOD.format(id="r1").replace("{fact: torch.cuda, version_gt: '12.9'}", "{fact: verify.speedup, gt: 1.0e-9}")
    one_error(rules_dir, text, 10, "out of range")
