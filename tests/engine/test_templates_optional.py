"""Optional segments `[[ ... ]]` in rule texts: dropped when a fact named in them is not known."""
from __future__ import annotations

import pytest

from gpufix.engine import templates
from gpufix.engine.api import diagnose, lint
from gpufix.facts import FactBase, ok, unknown


def fill(text: str, **values) -> str:
    facts = {k.replace("__", "."): v for k, v in values.items()}
    return templates.fill_text(text, facts.get)


# --- rendering ---------------------------------------------------------------------------

def test_segment_kept_when_its_facts_are_known():
    assert fill("Seen:[[ driver {driver.version}]].", driver__version="470.86") == "Seen: driver 470.86."


def test_segment_dropped_when_a_fact_is_missing():
    assert fill("Seen:[[ driver {driver.version}]].") == "Seen:."


def test_segment_dropped_when_any_of_its_facts_is_missing():
    text = "A[[ torch {torch.version_full} (CUDA {torch.cuda})]]B"
    assert fill(text, torch__version_full="2.5.1+cu124") == "AB"
    assert fill(text, torch__version_full="2.5.1+cu124", torch__cuda="12.4") == "A torch 2.5.1+cu124 (CUDA 12.4)B"


def test_empty_string_and_empty_list_count_as_not_known_in_a_segment():
    assert fill("x[[ arches {torch.arch_list}]]", torch__arch_list=[]) == "x"
    assert fill("x[[ error {driver.error}]]", driver__error="") == "x"
    assert fill("x[[ arches {torch.arch_list}]]", torch__arch_list=["sm_80", "sm_90"]) == "x arches sm_80, sm_90"


def test_false_and_zero_are_known_values():
    assert fill("[[available: {torch.cuda_available}]]", torch__cuda_available=False) == "available: false"
    assert fill("[[{gpu.count} GPUs]]", gpu__count=0) == "0 GPUs"


def test_outside_a_segment_a_missing_fact_still_reads_unknown():
    assert fill("driver {driver.version}[[ (CUDA {driver.cuda})]]") == "driver unknown"


def test_nested_segment_is_independent_of_its_parent():
    text = "[[driver {driver.version}[[ (CUDA {driver.cuda})]]]]."
    assert fill(text, driver__version="550.54", driver__cuda="12.4") == "driver 550.54 (CUDA 12.4)."
    assert fill(text, driver__version="550.54") == "driver 550.54."
    # The parent names driver.version directly: without it the whole phrase goes, child included.
    assert fill(text, driver__cuda="12.4") == "."


def test_segment_of_only_nested_segments_goes_when_all_of_them_go():
    text = "Done.[[ Seen:[[ torch {torch.version}]][[ driver {driver.version}]].]]"
    assert fill(text) == "Done."
    assert fill(text, driver__version="470.86") == "Done. Seen: driver 470.86."
    assert fill(text, torch__version="2.5.1", driver__version="470.86") == "Done. Seen: torch 2.5.1 driver 470.86."


def test_escapes():
    assert fill(r"a \[[x\]] {{b}} [[{driver.version}]]", driver__version="1") == "a [[x]] {b} 1"
    assert fill(r"a \[[x\]] {{b}} [[{driver.version}]]") == "a [[x]] {b}"


def test_dropped_segments_leave_one_space():
    # Folded YAML writes a space on each side of a segment on its own line: dropping several in a
    # row must not leave a run of spaces, nor a space at the start of a line or the end of the text.
    text = "card or none. [[Typo {match.cvd_typo}.]] [[Hub {match.paddlehub_cvd}.]] [[Ray {derived.ray}.]] Here"
    assert fill(text) == "card or none. Here"
    assert fill(text, derived__ray="true") == "card or none. Ray true. Here"
    assert fill(text, match__cvd_typo="CUDA_VISBLE") == "card or none. Typo CUDA_VISBLE. Here"
    assert fill("line\n[[x {a}]] next") == "line\nnext"
    assert fill("[[x {a}]] first") == "first"
    assert fill("end. [[x {a}]]") == "end."
    # only spaces next to a dropped segment change; the text's own spacing stays
    assert fill("a  b [[x {a}]]c") == "a  b c"
    assert fill("A[[ x {a}]]B") == "AB"


def test_single_brackets_are_literal():
    assert fill("[x] and [[({driver.version})]]", driver__version="1") == "[x] and (1)"


def test_zh_text():
    text = "检测到：驱动 {driver.version}[[（CUDA {driver.cuda}）]]。"
    assert fill(text, driver__version="470.86") == "检测到：驱动 470.86。"
    assert fill(text, driver__version="470.86", driver__cuda="11.4") == "检测到：驱动 470.86（CUDA 11.4）。"
    # a segment dropped after a Chinese full stop leaves no folding space before the next sentence
    # (triton-missing-windows' zh remedy: "…uninstall triton`。[[当前安装的 torch：…]] torch 2.3 及更早版本…")
    text = "先卸载 triton。[[当前安装的 torch：{compat.triton_windows_requirement}。]] torch 2.3 及更早版本请先升级 torch。"
    assert fill(text) == "先卸载 triton。torch 2.3 及更早版本请先升级 torch。"
    assert fill(text, compat__triton_windows_requirement="triton-windows<3.4") == (
        "先卸载 triton。当前安装的 torch：triton-windows<3.4。 torch 2.3 及更早版本请先升级 torch。")
    # ...and loading a folded zh text joins across the segment's brackets too, so the kept segment has none either
    from gpufix.engine.templates import unfold_cjk

    assert fill(unfold_cjk(text), compat__triton_windows_requirement="triton-windows<3.4") == (
        "先卸载 triton。当前安装的 torch：triton-windows<3.4。torch 2.3 及更早版本请先升级 torch。")


@pytest.mark.parametrize("text, needle", [
    ("a [[{driver.version}", "is not closed"),
    ("a {driver.version}]] b", "closes no '[['"),
    ("a [[x [[{driver.version}]] b", "is not closed"),
    ("a [[no fact here]] b", "names no fact"),
    ("a [[ [[ ]] ]] b", "names no fact"),
    ("a [[{{literal}}]] b", "names no fact"),
])
def test_malformed_segments(text, needle):
    problem = templates.text_problem(text)
    assert problem is not None and needle in problem, problem


def test_malformed_text_still_renders_flat():
    # Never raised at run time (the linter rejects such rules before they load).
    assert fill("a [[{driver.version}", driver__version="1") == "a [[1"


def test_template_names_include_segment_fields():
    assert templates.template_names("[[a {x.y}[[ {z.w}]]]] {v.u}") == ["x.y", "z.w", "v.u"]


def test_commands_ignore_brackets_and_drop_on_missing_facts():
    assert templates.fill_command(["echo", "[[{driver.version}]]"], {"driver.version": "1"}.get) == ("echo", "[[1]]")
    assert templates.fill_command(["echo", "[[{driver.version}]]"], {}.get) is None


# --- the linter --------------------------------------------------------------------------

RULE = """
id: r1
title: {{en: "A title[[ for {{gpu.name}}]]", zh: 标题}}
severity: error
kind: setup
signatures:
  too_old: 'too old \\(found version (?P<found_version>\\d+)\\)'
when:
  any:
    - signature: too_old
    - {{fact: torch.cuda, version_gt: '12.9'}}
diagnosis:
  en: "torch {{torch.version_full}}{diag_en}"
  zh: "torch {{torch.version_full}}{diag_zh}"
remedies:
  - title: "Update the driver[[ to {{compat.driver_min_for_torch}}]]"
    steps:
      - text: "{step}"
        command:
          linux: ['{{python.executable}}', -m, pip, --version]
        verify: [cuda-alloc]
area: gpu
status: test
falsepositives: [none known]
"""


def lint_rule(rules_dir, diag_en="[[ found {match.found_version}]].", diag_zh="[[（{match.found_version}）]]。",
              step="Install a driver[[ of {driver.version}]].") -> list[str]:
    rules_dir.add("r1", RULE.format(diag_en=diag_en, diag_zh=diag_zh, step=step))
    return lint([rules_dir.root])


def test_lint_accepts_segments(rules_dir):
    assert lint_rule(rules_dir) == []


@pytest.mark.parametrize("kwargs, needles", [
    ({"diag_en": "[[ found {match.found_version}."}, ["diagnosis: en text", "is not closed"]),
    ({"diag_zh": "（{match.found_version}）]]。"}, ["diagnosis: zh text", "closes no"]),
    ({"step": "Install [[a driver]]."}, ["remedies[1].steps[1].text: en text", "names no fact"]),
    ({"step": "Install[[ {driver.versoin}]]."}, ["template {driver.versoin} names an unknown fact",
                                                  "did you mean"]),
    ({"diag_en": "[[ found {match.nope}]]"}, ["match.nope", "no signature of this rule has a named group"]),
])
def test_lint_rejects_bad_segments(rules_dir, kwargs, needles):
    errs = lint_rule(rules_dir, **kwargs)
    assert len(errs) == 1, errs
    for n in needles:
        assert n in errs[0], errs[0]


def test_lint_reports_the_line_of_the_text(rules_dir):
    errs = lint_rule(rules_dir, step="Install [[a driver]].")
    assert errs and errs[0].split(": ")[0].endswith(":17"), errs


# --- end to end --------------------------------------------------------------------------

def test_diagnosis_and_remedy_texts_drop_segments(rules_dir):
    rules_dir.add("r1", RULE.format(diag_en="[[, driver {driver.version}]].", diag_zh="[[，驱动 {driver.version}]]。",
                                    step="Install a driver[[ newer than {driver.version}]]."))
    rules = rules_dir.load()
    facts = FactBase()
    facts.add(ok("torch.cuda", "13.0", "test"))
    facts.add(ok("torch.version_full", "2.9.0+cu130", "test"))
    facts.add(unknown("driver.version", "test", "nvidia-smi failed"))
    [d] = diagnose(facts, rules=rules)
    assert d.title == "A title"
    assert d.explanation == "torch 2.9.0+cu130."
    assert d.remedies[0].title == "Update the driver"
    assert d.remedies[0].steps[0].text == "Install a driver."
    [z] = diagnose(facts, lang="zh", rules=rules)
    assert z.explanation == "torch 2.9.0+cu130。"

    facts.add(ok("driver.version", "580.65", "test"))
    [d] = diagnose(facts, rules=rules)
    assert d.explanation == "torch 2.9.0+cu130, driver 580.65."
    assert d.remedies[0].steps[0].text == "Install a driver newer than 580.65."


def test_folded_chinese_text_loses_the_spaces_between_chinese_characters():
    # YAML's `>-` turns each line break into a space; Chinese writes none between its characters
    # or marks. Spaces beside Latin text are the author's.
    from gpufix.engine.schema import parse_text
    text = parse_text({"en": "x", "zh": "中跟踪）； 在此之前 torch 每个\n版本 算子 （{match.mps_op}） “使用 C++ 的桌面”  a  b"
                                         "（兼容）。 Linux：sudo x 11.x （10.2）"},
                      "diagnosis", 1, lambda *a: None)
    assert text.get("zh") == ("中跟踪）；在此之前 torch 每个\n版本算子（{match.mps_op}）“使用 C++ 的桌面”a  b"
                              "（兼容）。Linux：sudo x 11.x（10.2）")
    assert text.get("en") == "x"


def _texts(obj, depth=0):
    import dataclasses
    from gpufix.engine.schema import Text
    if isinstance(obj, Text):
        yield obj
    elif depth < 6 and dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            yield from _texts(getattr(obj, f.name), depth + 1)
    elif depth < 6 and isinstance(obj, (list, tuple)):
        for item in obj:
            yield from _texts(item, depth + 1)


def test_no_rule_text_in_chinese_keeps_a_folding_space():
    import re
    from gpufix.engine.api import load_rules
    cjk = r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”]"
    mark = r"[\u3000-\u303f\uff00-\uffef“”]"
    rules = load_rules()
    texts = [t for obj in (*rules.rules, *rules.differentials) for t in _texts(obj)]
    assert sum("zh" in t.by_lang for t in texts) > 500
    for text in texts:
        zh = text.get("zh")
        assert not re.search(f"{cjk} +{cjk}|{mark} +| +{mark}", zh), zh
