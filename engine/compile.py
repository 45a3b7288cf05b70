"""Compile checked rules into engine-neutral tests, and those into durable-rules dict rulesets.

Each rule's `when` is already a list of alternatives (conjunctions of leaves). Every
alternative becomes one durable rule named `<rule id>#<n>` whose pattern tests properties
of a single flat message (`driver.version` -> `driver__version`). What durable-rules can
compare directly is compiled to its operators; what it cannot (Python regexes, list
membership, fact-to-fact comparisons, signatures) becomes a named boolean that the
evaluator computes in Python and puts in the message (see encode.py).

Each stratum keeps its alternatives as plain tests (property, operator, literal): that list
is what every backend compiles (engine/backends/), the durable-rules chunks below being one
rendering of it and the CLIPS constructs (backends/clips.py) another.

durable-rules limits shape the output (measured on 2.0.28, see docs/rules.md):
* its `$or` misfires silently once a ruleset has a few dozen rules, so alternatives are
  separate rules and only `$and` is used;
* a message that matches more than ~62 alpha nodes at once fails with error 303, so the
  alternatives of a stratum are packed into several rulesets whose node trie stays small
  (tests are ordered so rules share prefixes, e.g. `torch.cuda_available == false`);
* a message no rule matches breaks delete_state (a double free), so every ruleset has a
  gate rule that always matches.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from typing import Any

from gpufix.engine.conditions import NEGATE, STATUSES, FactRef, Leaf, Sig
from gpufix.engine.versions import encode_version
from gpufix.records import record

GATE_KEY = "G__"
GATE_RULE = "gpufix#gate"
TRIE_LIMIT = 56  # alpha nodes per ruleset; durable-rules fails (error 303) above ~62 matching at once
MATCH_PREFIX = "match."

_DURABLE_OPS = {"eq": "$eq", "ne": "$neq", "lt": "$lt", "le": "$lte", "gt": "$gt", "ge": "$gte"}
_VERSION_TO_SCALAR = {f"version_{k}": k for k in ("eq", "ne", "lt", "le", "gt", "ge")}
_TEXT_OPS = {"contains", "matches", "startswith", "not_contains", "not_matches", "not_startswith", "in", "not_in"}
POSITIVE_OPS = ("eq", "lt", "le", "version_eq", "version_lt", "version_le", "in", "contains", "matches",
                "startswith")
_NEGATIVE_TO_POSITIVE = {NEGATE[p]: p for p in POSITIVE_OPS}
_SUFFIX = {"str": "", "bool": "__b", "num": "__n", "ver": "__v", "status": "__s"}


@record(frozen=True)
class KeySpec:
    """How to compute one message property from the facts (see encode.py)."""

    kind: str  # str | bool | num | ver | status | pred | sig
    fact: str = ""
    scope: str | None = None  # the rule id, for its own match.* facts and signatures
    leaf: Leaf | None = None  # pred: the positive test whose truth is the value
    sig: str = ""  # sig: the signature name


Test = tuple  # (property, durable operator, literal)


@record(frozen=True)
class Chunk:
    """One durable-rules ruleset of a stratum, as JSON."""

    name: str  # content-hashed ruleset name
    definition: str  # JSON of the durable ruleset, without the run callables
    keys: tuple[str, ...]  # message properties its rules read


@record(frozen=True)
class Stratum:
    """Rules evaluated together: those whose derived facts the next strata read come first."""

    chunks: tuple[Chunk, ...]  # the durable-rules rendering of `alternatives`
    keys: dict  # property -> KeySpec (all properties this stratum's rules read)
    rule_ids: tuple[str, ...]
    # (durable rule name `<rule id>#<n>`, its tests): what every backend compiles from
    alternatives: tuple[tuple[str, tuple[Test, ...]], ...] = ()


@record(frozen=True)
class CompiledRules:
    """A rule set compiled for the engines."""

    strata: tuple[Stratum, ...]
    alternatives: dict  # durable rule name -> (rule id, conjunction of leaves)


# Characters an engine cannot hold in a text: CLIPS strings are C strings (NUL ends them), and
# durable-rules rejects lone surrogates ("pyAssertFact Invalid argument"), which a decoded log or
# a JSON escape can carry. Texts with them are escaped, message values and rule literals alike.
_ENGINE_UNSAFE = re.compile("[\x00\x01\ud800-\udfff]")


def engine_text(text: str) -> str:
    """Text as every engine can hold it: unchanged unless it has NUL, \\x01 or a lone surrogate,
    which become \\x01 plus 4 hex digits. Injective, so equal exactly when the originals were."""
    if _ENGINE_UNSAFE.search(text) is None:
        return text
    return _ENGINE_UNSAFE.sub(lambda m: f"\x01{ord(m.group()):04x}", text)


def flat_name(name: str) -> str:
    """A fact name as a message property: '.' -> '__', anything unusual -> _xHH_."""
    return re.sub(r"[^A-Za-z0-9_]", lambda m: f"_x{ord(m.group()):x}_", name.replace(".", "__"))


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def fact_key(fact: str, kind: str, scope: str | None = None) -> str:
    key = "F__" + flat_name(fact) + _SUFFIX[kind]
    return key + "__r" + _short_hash(scope) if scope else key


def leaf_scope(leaf: Leaf, rule_id: str) -> str | None:
    return rule_id if any(n.startswith(MATCH_PREFIX) for n in leaf.facts()) else None


def compile_leaf(leaf: Any, rule_id: str) -> tuple[Test, str, KeySpec]:
    """(test, property, how to compute the property) for one leaf of a rule."""
    if isinstance(leaf, Sig):
        key = "S__" + _short_hash(f"{rule_id}\0{leaf.name}")
        return (key, "$eq", not leaf.negated), key, KeySpec("sig", scope=rule_id, sig=leaf.name)
    scope = leaf_scope(leaf, rule_id)
    op, value = leaf.op, leaf.value
    if op == "status" and len(value) in (1, len(STATUSES) - 1):
        key = fact_key(leaf.fact, "status", scope)
        spec = KeySpec("status", leaf.fact, scope)
        if len(value) == 1:
            return (key, "$eq", next(iter(value))), key, spec
        (left_out,) = STATUSES - value
        return (key, "$neq", left_out), key, spec
    if op == "status" or leaf.is_list or isinstance(value, FactRef) or op in _TEXT_OPS:
        if leaf.is_list:  # "some element" tests: negation is carried as a flag, never by the operator
            positive, polarity = op, not leaf.negated_list
        elif op in _NEGATIVE_TO_POSITIVE:
            positive, polarity = _NEGATIVE_TO_POSITIVE[op], False
        else:
            positive, polarity = op, True
        canon = Leaf(leaf.fact, positive, value, leaf.is_list)
        key = "P__" + _short_hash(repr((canon.fact, canon.op, canon.value, canon.is_list, scope)))
        return (key, "$eq", polarity), key, KeySpec("pred", leaf.fact, scope, canon)
    if op in _VERSION_TO_SCALAR:
        key = fact_key(leaf.fact, "ver", scope)
        return (key, _DURABLE_OPS[_VERSION_TO_SCALAR[op]], encode_version(value)), key, KeySpec("ver", leaf.fact, scope)
    kind = "bool" if isinstance(value, bool) else "num" if isinstance(value, (int, float)) else "str"
    if kind == "str":
        value = engine_text(str(value))
    key = fact_key(leaf.fact, kind, scope)
    return (key, _DURABLE_OPS[op], value), key, KeySpec(kind, leaf.fact, scope)


def test_json(test: Test) -> dict:
    key, op, literal = test
    return {key: literal} if op == "$eq" else {op: {key: literal}}


def _sort_key(test: Test) -> tuple:
    key, op, literal = test
    return (key, op, type(literal).__name__, repr(literal))


def compile_rules(strata: tuple) -> CompiledRules:
    """CompiledRules for rule strata (a RuleSet's .strata)."""
    compiled = []
    alternatives: dict[str, tuple[str, tuple]] = {}
    for rules in strata:
        keys: dict[str, KeySpec] = {}
        alts: list[tuple[str, tuple[Test, ...]]] = []
        for rule in rules:
            for n, conj in enumerate(rule.alternatives):
                name = f"{rule.id}#{n}"
                tests = []
                for leaf in conj:
                    test, key, spec = compile_leaf(leaf, rule.id)
                    keys[key] = spec
                    tests.append(test)
                alts.append((name, tuple(dict.fromkeys(tests))))
                alternatives[name] = (rule.id, conj)
        compiled.append(Stratum(_pack(alts), keys, tuple(r.id for r in rules), tuple(alts)))
    return CompiledRules(tuple(compiled), alternatives)


def _pack(alts: list[tuple[str, tuple[Test, ...]]]) -> tuple[Chunk, ...]:
    """Order each alternative's tests so common tests come first (shared trie prefixes),
    then fill rulesets greedily while the trie of test prefixes stays within TRIE_LIMIT."""
    freq = Counter(t for _, tests in alts for t in tests)
    ordered = sorted(((name, tuple(sorted(tests, key=lambda t: (-freq[t], _sort_key(t)))))
                      for name, tests in alts), key=lambda a: ([_sort_key(t) for t in a[1]], a[0]))
    chunks: list[list[tuple[str, tuple[Test, ...]]]] = []
    current: list[tuple[str, tuple[Test, ...]]] = []
    trie: set[tuple] = set()
    for name, tests in ordered:
        prefixes = {tests[: i + 1] for i in range(len(tests))}
        if current and len(trie | prefixes) > TRIE_LIMIT:
            chunks.append(current)
            current, trie = [], set()
        current.append((name, tests))
        trie |= prefixes
    if current:
        chunks.append(current)
    return tuple(_chunk(c) for c in chunks)


def _chunk(alts: list[tuple[str, tuple[Test, ...]]]) -> Chunk:
    definition: dict[str, Any] = {}
    keys: dict[str, None] = {}
    for name, tests in alts:
        parts = [test_json(t) for t in tests]
        definition[name] = {"all": [{"m": parts[0] if len(parts) == 1 else {"$and": parts}}]}
        keys.update((t[0], None) for t in tests)
    definition[GATE_RULE] = {"all": [{"m": {GATE_KEY: 1}}]}
    text = json.dumps(definition, sort_keys=True, ensure_ascii=False)
    name = "gpufix_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]
    return Chunk(name, text, tuple(keys))
