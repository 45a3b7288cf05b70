"""A rule's declared `area` is the row gpufix's per-area summary files its finding under.

gpufix.areas files a diagnosis by its evidence (the facts listed first weigh most); the rule
states its area outright. This keeps the two notions one: a rule whose evidence points at
another area than it declares fails here, naming both.
"""
from __future__ import annotations

from gpufix.areas import AREAS, primary_area
from gpufix.diagnosis import Diagnosis
from gpufix.engine.api import load_rules
from gpufix.engine.schema import AREAS as RULE_AREAS


def test_rule_areas_are_the_summary_rows():
    assert RULE_AREAS == AREAS + ("log",)


def test_every_rule_declares_the_area_its_evidence_files_it_under():
    wrong = []
    for rule in load_rules():
        if rule.is_derive:
            continue
        d = Diagnosis(rule.id, "", rule.severity, rule.kind, "", evidence={name: None for name in rule.evidence})
        if primary_area(d) != rule.area:
            wrong.append(f"{rule.path}:{rule.line_of('area')}: area {rule.area}, but its evidence files it under "
                         f"{primary_area(d)}")
    assert not wrong, "\n".join(wrong)
