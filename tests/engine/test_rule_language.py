"""The rule language's newer parts: named parts with a condition line, signatures over every
error text (`in:`), `if_unknown:`, and the shared remedy library (`use:`)."""
from __future__ import annotations

import pytest

from gpufix.engine import conditions as cond
from gpufix.engine.api import diagnose, evaluate, lint
from gpufix.engine.log_scan import scan_log_text
from gpufix.engine.schema import ERROR_TEXTS
from gpufix.fact_catalog import lookup
from gpufix.facts import absent, ok, unknown

from .conftest import RULE_META, fb, fired


def lint_one(rules_dir, rule_id: str, when: str, extra: str = "") -> list[str]:
    rules_dir.rule(rule_id, when, extra=extra)
    return lint([rules_dir.root])


def only_error(errors: list[str], path_end: str, line: int, *needles: str) -> str:
    assert len(errors) == 1, errors
    where, _, msg = errors[0].partition(": ")
    assert where.endswith(f"{path_end}:{line}"), errors[0]
    for n in needles:
        assert n in msg, errors[0]
    return msg


# --- named parts and the condition line --------------------------------------------------------

PARTS = """
parts:
  a: {fact: gpu.count, eq: 1}
  b: {fact: torch.build, eq: cpu}
  c: {fact: torch.cuda_available, eq: true}
condition: CONDITION
"""


@pytest.mark.parametrize("condition, facts, expected", [
    # not binds tighter than and, and tighter than or: a or (b and (not c))
    ("a or b and not c", dict(gpu__count=2, torch__build="cpu", torch__cuda_available=False), True),
    ("a or b and not c", dict(gpu__count=2, torch__build="cpu", torch__cuda_available=True), False),
    ("a or b and not c", dict(gpu__count=1, torch__build="cu121", torch__cuda_available=True), True),
    # parentheses change it: (a or b) and not c
    ("(a or b) and not c", dict(gpu__count=1, torch__build="cu121", torch__cuda_available=True), False),
    ("not (a or b) and c", dict(gpu__count=2, torch__build="cu121", torch__cuda_available=True), True),
    ("not not a and b and c", dict(gpu__count=1, torch__build="cpu", torch__cuda_available=True), True),
])
def test_condition_precedence(rules_dir, condition, facts, expected):
    rules_dir.rule("r", PARTS.replace("CONDITION", condition))
    assert fired(rules_dir.load(), fb(**facts)) == (["r"] if expected else [])


QUANTIFIED = """
parts:
  sel_one: {fact: gpu.count, eq: 1}
  sel_cpu: {fact: torch.build, eq: cpu}
  filter_main_works: {fact: torch.cuda_available, eq: true}
condition: CONDITION
"""


@pytest.mark.parametrize("condition, facts, expected", [
    ("1 of sel_* and not filter_main_works", dict(gpu__count=1, torch__cuda_available=False), True),
    ("1 of sel_* and not filter_main_works", dict(gpu__count=1, torch__cuda_available=True), False),
    ("all of sel_* and not 1 of filter_*", dict(gpu__count=1, torch__build="cpu", torch__cuda_available=False), True),
    ("all of sel_* and not 1 of filter_*", dict(gpu__count=1, torch__build="cu121", torch__cuda_available=False),
     False),
    ("1 of them", dict(torch__cuda_available=True), True),
    ("all of them", dict(gpu__count=1, torch__build="cpu", torch__cuda_available=True), True),
    ("all of them", dict(gpu__count=1, torch__build="cpu", torch__cuda_available=False), False),
])
def test_quantifiers(rules_dir, condition, facts, expected):
    rules_dir.rule("r", QUANTIFIED.replace("CONDITION", condition))
    assert fired(rules_dir.load(), fb(**facts)) == (["r"] if expected else [])


def test_named_form_compiles_to_the_same_alternatives_as_the_tree(rules_dir):
    rules_dir.rule("named", "parts:\n  a: {fact: gpu.count, eq: 1}\n  b: {fact: torch.build, in: [cpu, cu118]}\n"
                            "condition: not a and b or too_old",
                   extra="signatures:\n  too_old: 'too old \\(found'\n")
    rules_dir.rule("tree", "any:\n  - all: [{not: {fact: gpu.count, eq: 1}}, {fact: torch.build, in: [cpu, cu118]}]\n"
                           "  - signature: too_old",
                   extra="signatures:\n  too_old: 'too old \\(found'\n")
    rules = rules_dir.load()
    assert rules.by_id["named"].alternatives == rules.by_id["tree"].alternatives


def test_a_bare_signature_name_in_the_condition(rules_dir):
    rules_dir.rule("r", "condition: too_old and not oom", extra="signatures:\n  too_old: 'too old'\n  oom: 'out of memory'\n")
    rules = rules_dir.load()
    assert fired(rules, fb(), scan_log_text("driver too old\n", rules)) == ["r"]
    assert fired(rules, fb(), scan_log_text("driver too old\nout of memory\n", rules)) == []


@pytest.mark.parametrize("condition, needles", [
    ("a or", ["column 5", "ends too early"]),
    ("a and (b or c", ["column 14", "'(' at column 7 is not closed"]),
    ("a b", ["column 3", "unexpected 'b'"]),
    ("a)", ["column 2", "')' without '('"]),
    ("a or d", ["column 6", "unknown name 'd'"]),
    ("a or bb", ["unknown name 'bb'", "did you mean 'b'"]),
    ("1 of x_* or a or b or c", ["column 6", "'x_*' matches no part or signature"]),
    ("2 of a", ["column 1", "only '1 of' and 'all of'"]),
    ("a or b*", ["column 6", "needs '1 of' or 'all of'"]),
    ("all a", ["column 5", "expected 'of'"]),
    ("a & b", ["column 3", "unexpected character '&'"]),
    ("", ["empty"]),
])
def test_condition_errors_name_the_line_and_column(rules_dir, condition, needles):
    # the condition line is line 10 of the rule file (RulesDir.rule writes `when:` at line 5)
    path = rules_dir.rule("r", PARTS.replace("CONDITION", f"'{condition}'"))
    only_error(lint([rules_dir.root]), str(path), 10, "when.condition:", *needles)


def test_unused_part_and_bad_part_names(rules_dir):
    path = rules_dir.rule("r", "parts:\n  a: {fact: gpu.count, eq: 1}\n  unused: {fact: gpu.count, eq: 2}\ncondition: a")
    only_error(lint([rules_dir.root]), str(path), 8, "'unused' is not used by the condition")
    path = rules_dir.rule("r", "parts:\n  and: {fact: gpu.count, eq: 1}\ncondition: x")
    assert any(":7: when.parts: 'and' is not a usable name" in e for e in lint([rules_dir.root]))
    path = rules_dir.rule("r", "parts:\n  oom: {fact: gpu.count, eq: 1}\ncondition: oom",
                          extra="signatures:\n  oom: 'out of memory'\n")
    only_error(lint([rules_dir.root]), str(path), 9, "'oom' is also a signature name")


def test_errors_inside_a_part_keep_their_own_line(rules_dir):
    path = rules_dir.rule("r", "parts:\n  a: {fact: gpu.cuont, eq: 1}\ncondition: a")
    only_error(lint([rules_dir.root]), str(path), 7, "unknown fact 'gpu.cuont'", "did you mean 'gpu.count'")


def test_when_with_parts_needs_a_condition(rules_dir):
    path = rules_dir.rule("r", "parts:\n  a: {fact: gpu.count, eq: 1}\nconditon: a")
    errors = lint([rules_dir.root])
    assert any(e.startswith(f"{path}:8: when: unknown key 'conditon'") for e in errors), errors


# --- signatures over every error text ---------------------------------------------------------

SIG_EXTRA = """signatures:
  mismatch: '(?i)driver/library version mismatch'
  log_only:
    in: [log]
    regex: 'Looking in indexes: (?P<index>\\S+)'
"""


def test_a_signature_reads_error_facts_as_well_as_the_log(rules_dir):
    rules_dir.rule("r", "condition: mismatch", extra=SIG_EXTRA)
    rules = rules_dir.load()
    probe = ok("driver.error", "Failed to initialize NVML: Driver/library version mismatch", "nvidia-smi")
    ev = evaluate(fb(probe), rules=rules)
    assert ev.fired_ids == ["r"]
    assert ev.diagnoses[0].evidence["signature.mismatch"] == \
        "driver.error line 1: Failed to initialize NVML: Driver/library version mismatch"
    assert fired(rules, fb(), scan_log_text("nvml: driver/library version mismatch\n", rules)) == ["r"]


def test_in_restricts_the_texts_a_signature_reads(rules_dir):
    rules_dir.rule("r", "condition: log_only", extra=SIG_EXTRA)
    rules = rules_dir.load()
    line = "Looking in indexes: https://pypi.tuna.tsinghua.edu.cn/simple"
    assert fired(rules, fb(ok("torch.error", line, "torch"))) == []
    assert fired(rules, fb(), scan_log_text(line + "\n", rules)) == ["r"]
    # the log scan does not even look for a signature that reads no log
    rules_dir.rule("r", "condition: only_fact", extra="signatures:\n  only_fact: {regex: 'xyz', in: [verify.error]}\n")
    rules = rules_dir.load()
    assert scan_log_text("xyz\n", rules).pattern_hits == {}
    assert fired(rules, fb(ok("verify.error", "RuntimeError: xyz", "verify"))) == ["r"]


def test_in_on_a_signature_test_narrows_the_texts(rules_dir):
    rules_dir.rule("r", "parts:\n  from_probe: {signature: mismatch, in: [driver.error]}\ncondition: from_probe",
                   extra=SIG_EXTRA)
    rules = rules_dir.load()
    assert fired(rules, fb(), scan_log_text("driver/library version mismatch\n", rules)) == []
    assert fired(rules, fb(ok("driver.error", "Driver/library version mismatch", "nvml"))) == ["r"]


@pytest.mark.parametrize("extra, when, line, needles", [
    ("signatures:\n  s: {regex: 'x y z', in: [torch.eror]}\n", "condition: s", 6, ["'torch.eror' is not an error text",
                                                                                  "did you mean 'torch.error'"]),
    ("signatures:\n  s: {regex: 'x y z', in: []}\n", "condition: s", 6, ["non-empty list"]),
    ("signatures:\n  s: {regexp: 'x y z'}\n", "condition: s", 6, ["unknown key 'regexp'", "did you mean 'regex'"]),
    ("signatures:\n  s: {regex: 'x y z', in: [log]}\n", "{signature: s, in: [torch.error]}", 8,
     ["'torch.error' is not one of the texts the signature reads (log)"]),
    ("signatures:\n  s: 'x y z'\n", "{signature: s, inn: [log]}", 8, ["unknown key 'inn'"]),
])
def test_signature_source_errors(rules_dir, extra, when, line, needles):
    path = rules_dir.rule("r", when, extra=extra)
    errors = lint([rules_dir.root])  # a broken signature's name is then unknown to the condition too
    only_error(errors[:1], str(path), line, *needles)


def test_a_known_empty_text_decides_a_signature(rules_dir):
    rules_dir.rule("r", "not: {signature: mismatch}", extra=SIG_EXTRA)
    rules = rules_dir.load()
    assert fired(rules, fb()) == []  # no error text known at all: undecided, neither holds
    # driver.error looked for and absent: nvidia-smi reported no error, so no mismatch
    assert fired(rules, fb(absent("driver.error", "nvidia-smi"))) == ["r"]
    assert fired(rules, fb(unknown("driver.error", "nvidia-smi", "timed out"))) == []


# --- if_unknown --------------------------------------------------------------------------------

KNOWN_TRUE = [ok("torch.cuda_available", True, "torch")]
KNOWN_FALSE = [ok("torch.cuda_available", False, "torch")]
ABSENT = [absent("torch.cuda_available", "torch")]
UNKNOWN = [unknown("torch.cuda_available", "torch", "probe failed")]
MISSING: list = []


@pytest.mark.parametrize("when, holds_for", [
    ("{fact: torch.cuda_available, eq: true}", ["true"]),
    ("{fact: torch.cuda_available, eq: true, if_unknown: false}", ["true"]),
    ("{fact: torch.cuda_available, eq: true, if_unknown: true}", ["true", "absent", "unknown", "missing"]),
    # not takes the exact complement once if_unknown says what undecided means
    ("{not: {fact: torch.cuda_available, eq: true, if_unknown: false}}", ["false", "absent", "unknown", "missing"]),
    ("{not: {fact: torch.cuda_available, eq: true, if_unknown: true}}", ["false"]),
    # without it, a comparison and its negation are both false on a fact that is not known
    ("{not: {fact: torch.cuda_available, eq: true}}", ["false"]),
    ("{not: {not: {fact: torch.cuda_available, eq: true, if_unknown: true}}}", ["true", "absent", "unknown", "missing"]),
])
def test_if_unknown_semantics(rules_dir, when, holds_for):
    rules_dir.rule("r", when)
    rules = rules_dir.load()
    cases = {"true": KNOWN_TRUE, "false": KNOWN_FALSE, "absent": ABSENT, "unknown": UNKNOWN, "missing": MISSING}
    got = [name for name, facts in cases.items() if fired(rules, fb(*facts))]
    assert got == holds_for


def test_if_unknown_on_a_fact_to_fact_comparison(rules_dir):
    rules_dir.rule("r", "{fact: pip.python, ne: {fact: python.executable}, if_unknown: true}")
    rules = rules_dir.load()
    assert fired(rules, fb(pip__python="/a", python__executable="/a")) == []
    assert fired(rules, fb(pip__python="/a", python__executable="/b")) == ["r"]
    assert fired(rules, fb(pip__python="/a")) == ["r"]  # the other side is not known


def test_if_unknown_on_a_signature(rules_dir):
    rules_dir.rule("r", "all:\n  - {fact: gpu.count, eq: 1}\n  - not: {signature: mismatch, if_unknown: false}",
                   extra=SIG_EXTRA)
    rules = rules_dir.load()
    assert fired(rules, fb(gpu__count=1)) == ["r"]  # no text: the mismatch counts as not seen
    assert fired(rules, fb(gpu__count=1), scan_log_text("all fine\n", rules)) == ["r"]
    assert fired(rules, fb(gpu__count=1), scan_log_text("driver/library version mismatch\n", rules)) == []
    assert fired(rules, fb(ok("driver.error", "Driver/library version mismatch", "nvml"), gpu__count=1)) == []


def test_if_unknown_leaves_the_compiler_plain_leaves(rules_dir):
    rules_dir.rule("r", "not: {fact: torch.cuda_available, eq: true, if_unknown: false}")
    (alts,) = [r.alternatives for r in rules_dir.load()]
    assert alts == [(cond.Leaf("torch.cuda_available", "ne", True),),
                    (cond.Leaf("torch.cuda_available", "status", frozenset({"absent", "unknown", "missing"})),)]


@pytest.mark.parametrize("when, needles", [
    ("{fact: gpu.count, eq: 1, if_unknown: yes please}", ["if_unknown: expects true or false"]),
    ("{fact: gpu.count, present: true, if_unknown: true}", ["if_unknown: has no meaning beside present"]),
])
def test_if_unknown_errors(rules_dir, when, needles):
    path = rules_dir.rule("r", when)
    only_error(lint([rules_dir.root]), str(path), 6, *needles)


# --- the remedy library ------------------------------------------------------------------------

LIBRARY = """
steps:
  check-gpu:
    text: {en: Check the GPU., zh: 检查 GPU。}
    verify: [cuda-alloc, mnist]
  show-driver:
    text: {en: Show the driver., zh: 查看驱动。}
    command:
      any: [nvidia-smi]
remedies:
  update-driver:
    title: {en: Update the driver, zh: 升级驱动}
    steps:
      - text: {en: Install a newer driver., zh: 安装新驱动。}
      - use: show-driver
      - use: check-gpu
"""

USING = """
id: r
title: T
severity: error
kind: setup
when: {fact: gpu.count, eq: 1}
diagnosis: D
remedies:
  - use: update-driver
  - use: update-driver
    title: Or update it this way
  - title: Check only
    steps:
      - use: show-driver
        text: Look at the driver first.
      - use: check-gpu
""" + RULE_META


def test_use_expands_library_remedies_and_steps(rules_dir):
    (rules_dir.root / "_library.yaml").write_text(LIBRARY, encoding="utf-8")
    rules_dir.add("r", USING)
    rules = rules_dir.load()
    assert [r.id for r in rules] == ["r"]  # the library is not a rule
    (d,) = diagnose(fb(gpu__count=1), rules=rules)
    assert [r.title for r in d.remedies] == ["Update the driver", "Or update it this way", "Check only"]
    assert [s.text for s in d.remedies[0].steps] == ["Install a newer driver.", "Show the driver.", "Check the GPU."]
    assert d.remedies[0].steps[1].command == ("nvidia-smi",)
    assert d.remedies[0].steps[2].verify == ("cuda-alloc", "mnist")
    assert [s.text for s in d.remedies[2].steps] == ["Look at the driver first.", "Check the GPU."]
    zh = diagnose(fb(gpu__count=1), lang="zh", rules=rules)[0]
    assert zh.remedies[0].title == "升级驱动" and zh.remedies[2].steps[1].text == "检查 GPU。"


def test_use_of_an_unknown_name(rules_dir):
    (rules_dir.root / "_library.yaml").write_text(LIBRARY, encoding="utf-8")
    path = rules_dir.add("r", USING.replace("  - use: update-driver\n    title", "  - use: update-drivr\n    title"))
    msg = only_error(lint([rules_dir.root]), str(path), 9, "unknown library remedy 'update-drivr'",
                     "did you mean 'update-driver'")
    assert "_library.yaml" in msg
    path = rules_dir.add("r", USING.replace("      - use: check-gpu\n", "      - use: check-cpu\n"))
    only_error(lint([rules_dir.root]), str(path), 15, "unknown library step 'check-cpu'")


def test_use_beside_other_fields_and_a_missing_verify(rules_dir):
    (rules_dir.root / "_library.yaml").write_text(LIBRARY, encoding="utf-8")
    path = rules_dir.add("r", USING.replace("      - use: check-gpu\n", "      - use: check-gpu\n        verify: [mnist]\n"))
    only_error(lint([rules_dir.root]), str(path), 16, "unknown field 'verify' beside use:")
    path = rules_dir.add("r", USING.replace("      - use: check-gpu\n", ""))
    only_error(lint([rules_dir.root]), str(path), 13, "the last step must have verify")


def test_library_errors_are_reported_at_the_library(rules_dir):
    lib = rules_dir.root / "_library.yaml"
    lib.write_text(LIBRARY.replace("verify: [cuda-alloc, mnist]", "verify: [cuda-aloc]")
                   .replace("text: {en: Show the driver., zh: 查看驱动。}", "text: 'Show {match.driver}.'"),
                   encoding="utf-8")
    rules_dir.add("r", USING)
    errors = lint([rules_dir.root])
    assert any(e.startswith(f"{lib}:5: steps.check-gpu.verify: unknown check 'cuda-aloc'") for e in errors), errors
    assert any(e.startswith(f"{lib}:7: ") and "match.driver" in e for e in errors), errors


def test_a_rule_with_languages_needs_them_in_the_library_texts(rules_dir):
    (rules_dir.root / "_library.yaml").write_text(LIBRARY.replace("{en: Check the GPU., zh: 检查 GPU。}", "Check it."),
                                                  encoding="utf-8")
    path = rules_dir.add("r", USING.replace("kind: setup\n", "kind: setup\nlanguages: [en, zh]\n")
                         .replace("title: T\n", "title: {en: T, zh: T}\n").replace("diagnosis: D\n", "diagnosis: {en: D, zh: D}\n")
                         .replace("    title: Or update it this way\n", "    title: {en: Or, zh: 或}\n")
                         .replace("  - title: Check only\n", "  - title: {en: C, zh: C}\n")
                         .replace("        text: Look at the driver first.\n", "        text: {en: L, zh: L}\n"))
    errors = lint([rules_dir.root])
    assert errors and all("no 'zh' version" in e for e in errors), errors
    assert errors[0].startswith(f"{path}:9:"), errors


def test_the_installed_library_serves_rules_outside_the_rules_folder(rules_dir):
    rules_dir.add("r", USING.replace("update-driver", "reinstall-recommended-torch").replace("show-driver", "uninstall-torch"))
    assert lint([rules_dir.root]) == []


# --- area, status, falsepositives --------------------------------------------------------------

@pytest.mark.parametrize("replace, needle", [
    ("area: gpu\n", "missing field 'area'"),
    ("status: test\n", "missing field 'status'"),
    ("falsepositives: [none known]\n", "missing field 'falsepositives'"),
])
def test_new_fields_are_required(rules_dir, replace, needle):
    path = rules_dir.rule("r", "{fact: gpu.count, eq: 1}")
    path.write_text(path.read_text(encoding="utf-8").replace(replace, ""), encoding="utf-8")
    only_error(lint([rules_dir.root]), str(path), 1, needle)


@pytest.mark.parametrize("replace, with_, needle", [
    ("area: gpu", "area: drivers", "area: 'drivers' is not one of gpu, cuda, torch, python, packages, log"),
    ("status: test", "status: beta", "status: 'beta' is not one of stable, test, experimental"),
    ("falsepositives: [none known]", "falsepositives: []", "falsepositives: expects a non-empty list"),
    ("falsepositives: [none known]", "falsepositives: [{de: nein}]", "unknown language 'de'"),
])
def test_new_fields_are_checked(rules_dir, replace, with_, needle):
    path = rules_dir.rule("r", "{fact: gpu.count, eq: 1}")
    path.write_text(path.read_text(encoding="utf-8").replace(replace, with_), encoding="utf-8")
    errors = lint([rules_dir.root])
    assert len(errors) == 1 and needle in errors[0], errors


def test_rule_carries_the_new_fields(rules_dir):
    rules_dir.rule("r", "{fact: gpu.count, eq: 1}")
    (rule,) = rules_dir.load()
    assert (rule.area, rule.status, [t.get("en") for t in rule.falsepositives]) == ("gpu", "test", ["none known"])


def test_every_error_text_but_the_log_is_a_text_fact_of_the_catalog():
    assert ERROR_TEXTS[0] == "log"
    for name in ERROR_TEXTS[1:]:
        spec = lookup(name)
        assert spec is not None and spec.type == "str", name
