"""No diagnosis text says "unknown" because a template had no value.

Every fixture under tests/fixtures/ runs through the rule-test machinery (its inputs collected as
`gpufix rules test` does, once, then analysed in English and in Chinese), with the engine's stand-in for a fact that is not known replaced by
a sentinel. A sentinel in a diagnosis title, explanation, remedy title or step text means a
`{fact}` outside every `[[ optional segment ]]` had no value: the rule should put that phrase in a
segment (docs/rules.md, "Optional segments"). Literal words "unknown" in a rule's own text are fine.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterator

import pytest

from gpufix.engine import templates
from gpufix.engine.api import load_rules
from gpufix.core.pipeline import analyse
from gpufix.core.rule_tests import collect_case, find_cases
from gpufix.errors import InputError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CASES = find_cases([FIXTURES]) if FIXTURES.is_dir() else []
LANGS = ("en", "zh")
SENTINEL = "\u27e6NO-VALUE\u27e7"  # cannot come from a rule text or a fact value

# Rules allowed to print "unknown" for a missing fact for now: rule id -> why. A rule whose file
# another work stream owns goes here until its phrases move into [[ ]] segments; then delete its
# line (test_known_exceptions_still_needed fails for a line that is no longer needed).
# Empty: when this test was written no fixture showed an unfilled template outside these rules.
KNOWN_EXCEPTIONS: dict[str, str] = {}


def _texts(diagnosis) -> Iterator[tuple[str, str]]:
    yield "title", diagnosis.title
    yield "explanation", diagnosis.explanation
    for i, remedy in enumerate(diagnosis.remedies, 1):
        yield f"remedies[{i}].title", remedy.title
        for j, step in enumerate(remedy.steps, 1):
            yield f"remedies[{i}].steps[{j}].text", step.text


@lru_cache(maxsize=None)
def _unfilled(case_dir: Path) -> tuple[tuple[str, str], ...]:
    """(rule id, problem) for every text of the case's diagnoses with an unfilled template."""
    rules = load_rules()
    try:
        collected = collect_case(case_dir, rules)  # once: both languages read the same inputs
    except InputError:
        return ()  # the case itself is broken: test_backends.py reports it
    saved = templates.UNKNOWN_TEXT
    templates.UNKNOWN_TEXT = SENTINEL
    try:
        evaluations = [_evaluation(collected, lang, rules) for lang in LANGS]
    finally:
        templates.UNKNOWN_TEXT = saved
    out = []
    for lang, evaluation in zip(LANGS, evaluations):
        if evaluation is None:
            continue  # the engine failed on the case: test_backends.py reports it
        for d in evaluation.diagnoses:
            for where, text in _texts(d):
                if SENTINEL in text:
                    shown = text.replace(SENTINEL, "<unknown>")
                    out.append((d.id, f"{case_dir.name}: {d.id} {where} ({lang}): {shown}"))
    return tuple(out)


def _evaluation(collected, lang: str, rules):
    """The case's evaluation in `lang`, as `gpufix rules test` runs it (rule_tests.run_case)."""
    try:
        return analyse(collected, lang, rules).evaluation
    except Exception:  # noqa: BLE001 - a crash is the case's failure, reported where the case is tested
        return None


@pytest.mark.parametrize("case_dir", CASES, ids=[c.name for c in CASES])
def test_no_unfilled_template_in_diagnosis_texts(case_dir: Path) -> None:
    problems = [msg for rid, msg in _unfilled(case_dir) if rid not in KNOWN_EXCEPTIONS]
    assert not problems, ("templates rendered as 'unknown'; put the phrase in a [[ ]] optional segment:\n"
                          + "\n".join(problems))


def test_the_sentinel_reaches_the_texts() -> None:
    # Guards the check above: with the sentinel in place a missing fact outside a segment shows it.
    saved = templates.UNKNOWN_TEXT
    templates.UNKNOWN_TEXT = SENTINEL
    try:
        assert templates.fill_text("driver {driver.version}[[ ({driver.cuda})]]", {}.get) == f"driver {SENTINEL}"
    finally:
        templates.UNKNOWN_TEXT = saved


@pytest.mark.skipif(not CASES, reason="no fixtures")
def test_known_exceptions_still_needed() -> None:
    if not KNOWN_EXCEPTIONS:
        return  # nothing excepted, so nothing can be stale (and every case is run by the test above)
    rules = {r.id for r in load_rules()}
    offending = {rid for case in CASES for rid, _ in _unfilled(case)}
    stale = [rid for rid in KNOWN_EXCEPTIONS if rid not in offending or rid not in rules]
    assert not stale, f"no fixture shows 'unknown' for these any more: remove them from KNOWN_EXCEPTIONS: {stale}"
