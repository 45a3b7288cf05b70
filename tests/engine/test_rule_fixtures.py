"""The convention that each rule has a fixture where it fires and one where it must not.

Every fixture under tests/fixtures/ is also a test of the rules, one test per case, run on each
engine: tests/engine/test_backends.py::test_fixture_gives_identical_results_on_both_engines (one
run per engine there; a default-engine run here would repeat one of them)."""
from __future__ import annotations

from pathlib import Path

import pytest

from gpufix.engine.api import load_rules
from gpufix.core.rule_tests import convention_failures, find_cases

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CASES = find_cases([FIXTURES]) if FIXTURES.is_dir() else []


@pytest.mark.skipif(not CASES, reason="no fixtures")
def test_every_rule_has_a_firing_and_a_quiet_fixture() -> None:
    # Only the expectations matter here: read them rather than run every case a second time.
    problems = convention_failures([_expectations(c) for c in CASES], load_rules())
    assert not problems, "\n".join(problems)


def _expectations(case_dir: Path):
    import yaml

    from gpufix.core.rule_tests import CaseResult

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10x faster
    data = yaml.load((case_dir / "case.yaml").read_text(encoding="utf-8"), Loader=loader) or {}
    expect = data.get("expect") or {}
    # A differential's symptom counts as firing where expect.differential names it (rule_tests.py).
    return CaseResult(case_dir.name, case_dir, fires=list(expect.get("fires") or []) + list(expect.get("differential") or {}),
                      oks=list(expect.get("ok") or []) + list(expect.get("differential_ok") or []))
