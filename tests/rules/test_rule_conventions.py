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


# Signatures one rule copies from another because a rule cannot read another's signature (the derive rule would push the
# reader over its 64 alternatives): each copy must stay the same regex as its original, or the two drift.
COPIED_SIGNATURES = (
    ("cpu-build-in-use", "cpu-only-wheel", ("not_compiled", "aten_cuda_missing", "cuda_backend_missing")),
)


def test_copied_signatures_stay_identical_to_their_original():
    rules = {rule.id: rule for rule in load_rules()}
    offenders = [f"{copy}.{name} differs from {original}.{name}"
                 for copy, original, names in COPIED_SIGNATURES for name in names
                 if rules[copy].signatures.get(name) != rules[original].signatures.get(name)]
    assert not offenders, "\n".join(offenders)
