"""The engine's public API.

    load_rules(paths=None) -> RuleSet          checked rules (installed ones by default)
    lint(paths=None) -> list[str]              every problem, as "file:line: message"
    diagnose(facts, scan=None, lang="en", rules=None) -> list[Diagnosis]   sorted
    evaluate(...) -> Evaluation                diagnoses plus what fired and what was derived

`rules` may be a RuleSet, a path or a list of paths (rule files or directories).
"""
from __future__ import annotations

import os
from typing import Any, Iterable, Sequence

from gpufix.diagnosis import Diagnosis
from gpufix.engine import loader
from gpufix.engine.evaluate import Evaluation
from gpufix.engine.evaluate import evaluate as _evaluate
from gpufix.engine.loader import RulesArg, RuleSet, resolve_rules
from gpufix.engine.signatures import ScanPlan, plan_of
from gpufix.errors import RuleLoadError
from gpufix.facts import Fact, FactBase

__all__ = ["Evaluation", "RuleLoadError", "RuleSet", "RulesArg", "diagnose", "evaluate", "lint", "load_rules",
           "resolve_rules", "scan_plan"]


def load_rules(paths: Sequence[str | os.PathLike] | None = None) -> RuleSet:
    return loader.load_rules(paths)


def lint(paths: Sequence[str | os.PathLike] | None = None, context: str | os.PathLike | None = None) -> list[str]:
    return loader.lint(paths, context)


def scan_plan(rules: RulesArg = None) -> ScanPlan:
    return plan_of(resolve_rules(rules))


def _fact_base(facts: FactBase | Iterable[Fact]) -> FactBase:
    if isinstance(facts, FactBase):
        return facts
    fb = FactBase()
    fb.extend(facts)
    return fb


def _language(lang: str | None) -> str:
    return (lang or "en").replace("_", "-").split("-")[0].lower() or "en"


def evaluate(facts: FactBase | Iterable[Fact], scan: Any = None, lang: str = "en",
             rules: RulesArg = None) -> Evaluation:
    return _evaluate(resolve_rules(rules), _fact_base(facts), scan, _language(lang))


def diagnose(facts: FactBase | Iterable[Fact], scan: Any = None, lang: str = "en",
             rules: RulesArg = None) -> list[Diagnosis]:
    """Diagnoses for the facts (and the scanned log), most severe and most specific first."""
    return evaluate(facts, scan, lang, rules).diagnoses
