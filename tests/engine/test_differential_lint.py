"""A differential file's mistakes are reported at their line by `gpufix rules lint`, like a rule's."""
from __future__ import annotations

from pathlib import Path

from gpufix.engine.api import lint, load_rules

GOOD = """\
id: dx-demo
title: {en: demo symptom}
when: {fact: torch.cuda_available, eq: false}
hypotheses:
  - id: cpu-build
    title: torch is a CPU build
    for:
      - {when: {fact: torch.build, eq: cpu}, weight: 4, text: a CPU build}
  - id: no-driver
    title: no driver
    against:
      - {when: {fact: driver.version, present: true}, weight: 4, rules_out: true, text: the driver answers}
questions:
  - id: smi
    text: Run nvidia-smi
    command: [nvidia-smi]
    parse: nvidia-smi
    sets: driver.version
"""


def _lint(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "dx-demo.yaml"
    path.write_text(text, encoding="utf-8")
    return [e[len(str(path)) + 1:] for e in lint([tmp_path])]  # "LINE: message"


def test_a_good_differential_expands_into_derive_rules(tmp_path) -> None:
    assert _lint(tmp_path, GOOD) == []
    (tmp_path / "dx-demo.yaml").write_text(GOOD, encoding="utf-8")
    rules = load_rules([tmp_path])
    assert sorted(r.id for r in rules) == ["dx-demo", "dx-demo-ask-smi", "dx-demo-cpu-build-for-1",
                                           "dx-demo-no-driver-against-1", "dx-demo-no-driver-out"]
    assert all(r.is_derive for r in rules)
    assert [d.id for d in rules.differentials] == ["dx-demo"]
    # symptom, evidence, ruled out, asked: four strata, chained by derived facts in the engine
    assert [sorted(r.id for r in s) for s in rules.strata] == [
        ["dx-demo"], ["dx-demo-cpu-build-for-1", "dx-demo-no-driver-against-1"], ["dx-demo-no-driver-out"],
        ["dx-demo-ask-smi"]]


def test_mistakes_are_reported_with_their_line(tmp_path) -> None:
    cases = {
        "weight: 4, text: a CPU build": ("weight: 40, text: a CPU build", "8: hypotheses[1].for[1]: weight: expects a whole number 1..10"),
        "parse: nvidia-smi": ("parse: smi-table", "17: questions[1]: parse: expects one of nvidia-smi, torch-print, pip-show, print-value"),
        "sets: driver.version": ("sets: driver.versoin", "18: questions[1]: sets: expects a fact from the catalog"),
        "{fact: torch.build, eq: cpu}": ("{fact: torch.biuld, eq: cpu}", "8: unknown fact 'torch.biuld'"),
        "weight: 4, rules_out: true": ("weight: 4, rules_ot: true", "12: hypotheses[2].against[1]: unknown field 'rules_ot'"),
        "sets: driver.version\n": ("sets: driver.version\n    about: [no-gpu]\n",
                                    "19: questions[1]: about: expects hypothesis ids it separates ('no-gpu' is not one)"),
    }
    for old, (new, expected) in cases.items():
        errors = _lint(tmp_path, GOOD.replace(old, new))
        assert any(e.startswith(expected) for e in errors), (new, errors)


def test_one_hypothesis_is_not_a_differential(tmp_path) -> None:
    text = GOOD.split("  - id: no-driver")[0] + "questions: []\n"
    assert any("hypotheses: expects a list of at least two causes" in e for e in _lint(tmp_path, text))


def test_two_differentials_may_not_give_one_question_id_two_meanings(tmp_path) -> None:
    (tmp_path / "dx-demo.yaml").write_text(GOOD, encoding="utf-8")
    other = GOOD.replace("id: dx-demo", "id: dx-other").replace("sets: driver.version", "sets: gpu.count")
    (tmp_path / "dx-other.yaml").write_text(other, encoding="utf-8")
    errors = lint([tmp_path])
    assert any("question 'smi' differs from the one of the same id in" in e for e in errors), errors
    (tmp_path / "dx-other.yaml").write_text(GOOD.replace("id: dx-demo", "id: dx-other"), encoding="utf-8")
    assert lint([tmp_path]) == []
