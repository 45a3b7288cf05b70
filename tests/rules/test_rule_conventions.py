"""Conventions of the installed rules, one test each, listing every offender (Sigma's style)."""
from __future__ import annotations

from gpufix.engine import conditions as cond
from gpufix.engine.api import load_rules
from gpufix.engine.schema import ERROR_TEXTS

TEXT_TESTS = ("contains", "matches", "startswith", "not_contains", "not_matches", "not_startswith")


def test_error_texts_are_read_by_signatures_not_by_fact_tests():
    # A signature reads the log and every error fact; a `{fact: torch.error, matches: ...}` beside
    # it is the same regex written twice, and the two copies drift.
    offenders = [f"{rule.path}:{leaf.line}: {leaf.fact} {leaf.op} {leaf.value!r}: make it a signature"
                 for rule in load_rules() for leaf in cond.leaves(rule.when)
                 if isinstance(leaf, cond.Leaf) and leaf.fact in ERROR_TEXTS and leaf.op in TEXT_TESTS]
    assert not offenders, "\n".join(offenders)


def test_no_two_signatures_of_a_rule_share_a_regex():
    offenders = []
    for rule in load_rules():
        seen: dict[str, str] = {}
        for name, pattern in rule.signatures.items():
            if pattern in seen:
                offenders.append(f"{rule.path}: signatures {seen[pattern]} and {name} are one regex")
            seen.setdefault(pattern, name)
    assert not offenders, "\n".join(offenders)
