"""Turn a rule that fired into a Diagnosis: texts in the user's language, evidence, remedies.

Specificity is the number of distinct leaf conditions in the alternatives that held, so
of two rules of the same severity the one that matched more conditions comes first. A finding
whose every alternative that held reads a base-rate fact (a derived fact named *_likely*, an
expert's "usually it is X" when nothing shows the cause) ranks after the same severity's
findings shown by evidence, whatever its specificity: the guess's many step-aside conditions
count as held leaves, so by count alone it would outrank the cause the report does show.
"""
from __future__ import annotations

import re

from typing import Any

from gpufix.diagnosis import Diagnosis, Remedy, Step
from gpufix.engine import templates
from gpufix.engine.conditions import FactRef, Leaf, Sig
from gpufix.engine.schema import MATCH_PREFIX, Rule
from gpufix.fact_catalog import HIDDEN
from gpufix.facts import Fact

HIDDEN_EVIDENCE = HIDDEN  # the catalog's hidden facts: the whole log is no evidence line
# A base-rate fact: cpu-build-likely's derived.cpu_build_likely, no-nvidia-gpu-likely's, blackwell-torch-likely-old's.
BASE_RATE_FACT = re.compile(r"^derived\.\w*_likely(?:_\w+)?$")


def holds_value(leaf: Leaf) -> bool:
    """The leaf asks for the fact's value (present, eq...), not for its absence (a step-aside)."""
    return leaf.op != "status" or "ok" in leaf.value


def rests_on_base_rate(alternatives: list[tuple]) -> bool:
    """Every alternative that held reads a base-rate fact (none held: no)."""
    return bool(alternatives) and all(
        any(isinstance(leaf, Leaf) and BASE_RATE_FACT.match(leaf.fact) and holds_value(leaf) for leaf in alt)
        for alt in alternatives)


def build_diagnosis(rule: Rule, alternatives: list[tuple], view: Any, signals: Any, lang: str) -> Diagnosis:
    held = list(dict.fromkeys(leaf for alt in alternatives for leaf in alt))

    def text_value(name: str) -> Any:
        return view.value(name, rule.id)

    remedies = tuple(_remedy(r, view, rule.id, lang) for r in offered_remedies(rule, view))
    evidence, evidence_from = _evidence(rule, held, view, signals)
    return Diagnosis(
        id=rule.id,
        title=templates.fill_text(rule.title.get(lang), text_value),
        severity=rule.severity,
        kind=rule.kind,
        explanation=templates.fill_text(rule.diagnosis.get(lang), text_value) if rule.diagnosis else "",
        evidence=evidence,
        remedies=remedies,
        specificity=len(held),
        base_rate=rests_on_base_rate(alternatives),
        references=rule.references,
        evidence_from=evidence_from,
        derived_from_log=any(isinstance(leaf, Leaf) and holds_value(leaf)
                             and (f := view.fact(leaf.fact, rule.id)) is not None
                             and f.origin == "derived" and f.status == "ok" and bool(f.line) for leaf in held),
    )


def offered_remedies(rule: Rule, view: Any) -> tuple:
    """The rule's remedies whose `only_if_shown`/`unless_shown` facts (RemedySpec) allow them here. Should they
    leave none, the remedies that ask for no fact to be shown stay: a finding always says what to do."""
    def known(names: tuple[str, ...]) -> bool:
        return any(view.value(n, rule.id) is not None for n in names)

    kept = tuple(r for r in rule.remedies
                 if (not r.only_if_shown or known(r.only_if_shown)) and not known(r.unless_shown))
    return kept or tuple(r for r in rule.remedies if not r.only_if_shown)


def _where(hit: Any) -> str:
    """A signature hit's origin in Fact.provenance's words: "log line 3", "probe torch.error line 2"."""
    return f"log line {hit.line_no}" if hit.source == "log" else f"probe {hit.where}"


def _evidence(rule: Rule, held: list, view: Any, signals: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """The evidence (fact name -> value) and where each known value came from."""
    out: dict[str, Any] = {}
    origin: dict[str, str] = {}
    names = list(rule.evidence)
    for leaf in held:
        if isinstance(leaf, Leaf):
            names.append(leaf.fact)
            if isinstance(leaf.value, FactRef):
                names.append(leaf.value.name)
    for name in names:
        if name in out or name in HIDDEN_EVIDENCE:
            continue
        value = view.value(name, rule.id)
        if value is None and name.startswith(MATCH_PREFIX):
            continue  # a group of a signature that did not match: nothing to show
        out[name] = value
        fact = view.fact(name, rule.id)
        if value is not None and fact is not None and not name.startswith(MATCH_PREFIX):
            origin[name] = fact.provenance
    for name, value in signals.groups(rule.id, list(rule.signatures)).items():
        out.setdefault(MATCH_PREFIX + name, value)
    for sig_name in rule.signatures:  # a captured group comes from the line its signature matched
        hit = signals.hit(rule.id, sig_name)
        for group in (hit.groups if hit is not None else {}):
            if out.get(MATCH_PREFIX + group) is not None:
                origin.setdefault(MATCH_PREFIX + group, _where(hit))
    for leaf in held:
        if isinstance(leaf, Sig) and not leaf.negated:
            hit = signals.hit(rule.id, leaf.name)
            if hit is not None:
                out[f"signature.{leaf.signature}"] = f"{hit.where}: {hit.line}"
                origin[f"signature.{leaf.signature}"] = _where(hit)
    return out, origin


def command_value(view: Any, name: str) -> Any:
    """A fact value a command may use: only facts gpufix found or computed itself."""
    if name.startswith(templates.COMMAND_FORBIDDEN_PREFIXES):
        return None
    f: Fact | None = view.fact(name)
    if f is None or f.status != "ok" or f.origin not in templates.COMMAND_ORIGINS:
        return None
    return f.value


def _remedy(spec: Any, view: Any, rule_id: str, lang: str) -> Remedy:
    def text_value(name: str) -> Any:
        return view.value(name, rule_id)

    def cmd_value(name: str) -> Any:
        return command_value(view, name)

    installers = templates.installer_order(cmd_value("python.env"), cmd_value("torch.installer"))
    os_name = cmd_value("os.name")
    steps = []
    for s in spec.steps:
        command = None
        if s.command:
            argv = templates.select_command(s.command, os_name, installers)
            if argv is not None:
                command = templates.fill_command(argv, cmd_value)
        steps.append(Step(templates.fill_text(s.text.get(lang), text_value), command, tuple(s.verify)))
    return Remedy(templates.fill_text(spec.title.get(lang), text_value), tuple(steps))
