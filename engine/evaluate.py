"""Run a rule set over a fact base: strata in order, a rule engine decides what fires.

For each stratum the flat message is computed from the facts (derived facts of earlier
strata included), given to the selected backend (durable-rules or CLIPS, see
engine/backends/), and the alternatives that fired are collected. Derive rules add their facts before the next
stratum; the other rules become diagnoses (results.py). Nothing is kept between calls.
"""
from __future__ import annotations

from dataclasses import field
from typing import Any

from gpufix.diagnosis import Diagnosis, sort_diagnoses
from gpufix.engine import backends
from gpufix.engine.compile import CompiledRules, compile_rules, engine_text
from gpufix.engine.encode import FactView, property_value
from gpufix.engine.loader import RuleSet
from gpufix.engine.conditions import Leaf, Sig, split_sig_key
from gpufix.engine.log_scan import SOURCE as LOG_SOURCE
from gpufix.engine.log_scan import LogScan, scan_log_text, scan_text, scan_text_for
from gpufix.engine.results import build_diagnosis, holds_value
from gpufix.engine.schema import ERROR_TEXTS
from gpufix.engine.signatures import ScanPlan, plan_of
from gpufix.facts import Fact, FactBase, ok
from gpufix.records import record


@record
class Evaluation:
    """The result of running the rules once."""

    diagnoses: list[Diagnosis]
    fired: dict[str, list[int]]  # rule id -> indices of the alternatives that held
    derived: list[Fact] = field(default_factory=list)
    signatures: dict[str, dict[str, Any]] = field(default_factory=dict)  # fired rule id -> name -> hit
    backend: str = ""  # the engine that ran: "durable" or "clips" (JSON engine.backend)
    backend_note: str | None = None  # one line when the default engine could not run (text report)
    backend_why: str | None = None  # that line's reason alone, for a report in another language

    @property
    def fired_ids(self) -> list[str]:
        return sorted(self.fired)


def compiled_rules(ruleset: RuleSet) -> CompiledRules:
    return ruleset.cached("compiled", lambda: compile_rules(ruleset.strata))


class LogSignals:
    """Which signatures matched the error texts gpufix holds, for the rules of one rule set.

    The texts are the log (scanned already, streaming) and the error facts (schema.ERROR_TEXTS),
    each scanned here for the signatures that read it. A text is *known* when it was given (the
    log) or its fact was looked for: ok (the text) or absent (no error: an empty text). A
    signature test is undecided (None) when none of the texts it reads is known.
    """

    def __init__(self, plan: ScanPlan, scan: LogScan | None, facts: FactBase | None = None) -> None:
        self.plan = plan
        self.by_source: dict[str, dict[str, Any]] = {}  # error text -> regex -> first hit
        self.log_unknown: set[str] = set()  # regexes whose log hit cannot be told (see below)
        if scan is not None:
            hits = dict(scan.pattern_hits)
            missing = tuple(s for s in plan.for_source(LOG_SOURCE).signatures if s.pattern not in scan.patterns)
            if missing and scan.complete:
                # The log was scanned for another rule set; its whole text is at hand.
                hits.update(scan_text_for(scan.excerpt, missing))
            elif missing:
                self.log_unknown = {s.pattern for s in missing}
            self.by_source[LOG_SOURCE] = hits
        for source in ERROR_TEXTS:
            fact = facts.get(source) if facts is not None and source != LOG_SOURCE else None
            if fact is None:
                continue
            if fact.status == "ok" and isinstance(fact.value, str):
                self.by_source[source] = scan_text(fact.value, plan.for_source(source), source)
            elif fact.status == "absent":
                self.by_source[source] = {}
        self.present = bool(self.by_source)  # some error text is known
        self._groups: dict[str, dict[str, str]] = {}
        self._sources_memo: dict[tuple[str, str], tuple[Any, tuple[str, ...], bool]] = {}

    def _known_sources(self, rule_id: str, key: str) -> tuple[Any, tuple[str, ...], bool]:
        found = self._sources_memo.get((rule_id, key))
        if found is None:  # asked for every signature of every rule, often several times
            name, narrowed, known_test = split_sig_key(key)
            sources = narrowed or self.plan.sources.get((rule_id, name)) or ERROR_TEXTS
            found = (self.plan.by_owner.get((rule_id, name)), tuple(s for s in sources if s in self.by_source),
                     known_test)
            self._sources_memo[(rule_id, key)] = found
        return found

    def truth(self, rule_id: str, key: str) -> bool | None:
        sig, known, known_test = self._known_sources(rule_id, key)
        if known_test:
            return bool(known)  # "is any text it reads known" is never undecided
        if sig is None or not known:
            return None  # no error text to look at: neither the signature nor its negation holds
        if any(sig.pattern in self.by_source[s] for s in known):
            return True
        if LOG_SOURCE in known and sig.pattern in self.log_unknown:
            return None
        return False

    def hit(self, rule_id: str, key: str) -> Any:
        """The first hit (log first, then the facts in ERROR_TEXTS order), or None."""
        sig, known, known_test = self._known_sources(rule_id, key)
        if sig is None or known_test:
            return None
        return next((self.by_source[s][sig.pattern] for s in known if sig.pattern in self.by_source[s]), None)

    def groups(self, rule_id: str, signature_names: list[str]) -> dict[str, str]:
        """match.* values for a rule: named groups of its signatures that hit, first one wins."""
        if rule_id not in self._groups:
            out: dict[str, str] = {}
            for name in signature_names:
                hit = self.hit(rule_id, name)
                if hit is not None:
                    for k, v in hit.groups.items():
                        out.setdefault(k, v)
            self._groups[rule_id] = out
        return self._groups[rule_id]


def log_line_behind(rule: Any, alternatives: list[tuple], view: Any, signals: "LogSignals") -> int | None:
    """The log line a derive rule's conclusion rests on, or None: a signature of a held alternative that matched the
    log, or a fact it reads that the log stated (or that another derive rule concluded from the log). A derived fact
    keeps that line (Fact.line), so a finding resting on it is known to rest on the pasted log
    (gpufix.remedy.plan.basis_of) and a re-probe without the log cannot call it fixed."""
    for alt in alternatives:
        for leaf in alt:
            if isinstance(leaf, Sig) and not leaf.negated:
                hit = signals.hit(rule.id, leaf.name)
                if hit is not None and hit.source == LOG_SOURCE:
                    return hit.line_no
            elif isinstance(leaf, Leaf) and holds_value(leaf):  # the value read, not its absence
                f = view.fact(leaf.fact, rule.id)
                if f is not None and f.status == "ok" and f.origin in ("log", "derived") and f.line:
                    return f.line
    return None


def evaluate(ruleset: RuleSet, facts: FactBase, scan: LogScan | None = None, lang: str = "en",
             backend: "backends.Backend | None" = None) -> Evaluation:
    """Evaluate the rules; `backend` overrides the selected engine (GPUFIX_ENGINE, else the default)."""
    selection = backends.Selection(backend) if backend is not None else backends.select()
    engine = selection.backend
    plan = plan_of(ruleset)
    compiled = compiled_rules(ruleset)
    if scan is None:
        text = facts.value("log.text")
        if isinstance(text, str):
            scan = scan_log_text(text, ruleset)
    signals = LogSignals(plan, scan, facts)
    by_id = ruleset.by_id
    view = FactView(facts, lambda rid: signals.groups(rid, list(by_id[rid].signatures)), signals.present)
    fired: dict[str, list[int]] = {}
    for stratum in compiled.strata:
        values: dict[str, Any] = {}
        for key, spec in stratum.keys.items():
            value = property_value(spec, view, signals.truth)
            if value is not None:
                values[key] = engine_text(value) if isinstance(value, str) else value
        for name in engine.run(stratum, values):
            rule_id, _ = compiled.alternatives[name]
            fired.setdefault(rule_id, []).append(int(name.rsplit("#", 1)[1]))
        for rule_id in stratum.rule_ids:
            rule = by_id[rule_id]
            if rule.is_derive and rule_id in fired:
                # in the rule's order, not the engine's: the line is shown, and both engines must show the same one
                line = log_line_behind(rule, [rule.alternatives[i] for i in sorted(fired[rule_id])], view, signals)
                for fact_name, value in rule.derive.items():
                    view.add_derived(ok(fact_name, value, f"rule:{rule_id}", f"derived by rule {rule_id}",
                                        origin="derived", line=line))
    fired = {rid: sorted(fired[rid]) for rid in sorted(fired)}  # the same order whichever engine ran
    diagnoses = [build_diagnosis(by_id[rid], [by_id[rid].alternatives[i] for i in alts], view, signals, lang)
                 for rid, alts in fired.items() if not by_id[rid].is_derive]
    hits: dict[str, dict[str, Any]] = {}
    if signals.present:  # with no error text known no signature can have hit
        for rid in fired:  # the rules that fired: what their evidence rests on
            found = {name: hit for name in by_id[rid].signatures if (hit := signals.hit(rid, name)) is not None}
            if found:
                hits[rid] = found
    return Evaluation(sort_diagnoses(diagnoses), fired, view.derived, hits, engine.name, selection.note,
                      selection.why)
