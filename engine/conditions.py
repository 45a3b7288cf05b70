"""The `when:` condition tree: parsed and checked from YAML, negations pushed to the leaves,
then expanded into alternatives (disjunctive normal form) for the compiler.

Semantics (docs/rules.md): a comparison on a fact that is not known (unknown, absent or
never produced) is false, and so is its negation; `present`/`unknown` test the status.
Pushing `not` down keeps that: not(eq) becomes ne, which is also false on a missing fact,
while a status test becomes its exact complement. A test with `if_unknown: true|false` says
what it counts as when its fact is not known; it is expanded here into plain leaves and
status tests, so `not` then takes its exact complement and the compiler sees nothing new.
"""
from __future__ import annotations

from dataclasses import field
from typing import Any, Callable, Union

from gpufix import linear_re, parse_cache
from gpufix.engine.versions import encodes_exactly
from gpufix.engine.yaml_lines import LineDict, LineList, line_of
from gpufix.records import record

# Operators as written in YAML.
SCALAR_OPS = ("eq", "ne", "lt", "le", "gt", "ge")
VERSION_OPS = ("version_eq", "version_ne", "version_lt", "version_le", "version_gt", "version_ge")
SET_OPS = ("in", "not_in")
TEXT_OPS = ("contains", "matches", "startswith")
STATUS_OPS = ("present", "unknown")
OPERATORS = SCALAR_OPS + VERSION_OPS + SET_OPS + TEXT_OPS + STATUS_OPS
COMBINATORS = ("all", "any", "not", "signature")
UNKNOWN_KEY = "if_unknown"  # beside a comparison or a signature: what the test counts as when undecided
SOURCES_KEY = "in"  # beside a signature: read only these error texts (a subset of its own)

# A signature test's key, as the compiler and the evaluator see it (Sig.name): the signature's
# name, "NAME@src+src" when a condition narrows the error texts it reads, and a trailing "?" for
# "is any of those texts known" (what `if_unknown:` expands to). Rule signature names are words,
# so these can never clash with one.
SIG_SOURCES_SEP = "@"
SIG_KNOWN_SUFFIX = "?"

# Statuses a fact can have at evaluation time; "missing" = no source produced it at all.
STATUSES = frozenset({"ok", "absent", "unknown", "missing"})

# Negation of each leaf operator once `not` is pushed down (the not_* text ops exist only here).
NEGATE = {
    "eq": "ne", "ne": "eq", "lt": "ge", "ge": "lt", "le": "gt", "gt": "le",
    "version_eq": "version_ne", "version_ne": "version_eq", "version_lt": "version_ge",
    "version_ge": "version_lt", "version_le": "version_gt", "version_gt": "version_le",
    "in": "not_in", "not_in": "in",
    "contains": "not_contains", "not_contains": "contains",
    "matches": "not_matches", "not_matches": "matches",
    "startswith": "not_startswith", "not_startswith": "startswith",
}

MAX_ALTERNATIVES = 64  # a rule's `when` may expand to at most this many alternatives
MAX_LEAVES_PER_ALTERNATIVE = 40  # and each may test at most this many leaves


@record(frozen=True)
class FactRef:
    """`{fact: OTHER}` as a comparison value: compare with another fact."""

    name: str


@record(frozen=True)
class Leaf:
    """One test of a fact against a value (or another fact)."""

    fact: str
    op: str  # an operator, a not_* text operator, or "status"
    value: Any  # literal (lists as tuples), FactRef, or a frozenset of statuses for "status"
    is_list: bool = False  # the fact holds a list: tests mean "some element"
    line: int = field(default=0, compare=False)
    # On a list, not(some element satisfies) is "no element satisfies": the operator stays,
    # the test is negated (flipping lt to ge would mean "some element >=" instead).
    negated_list: bool = False

    def negated(self) -> "Leaf":
        if self.op == "status":
            return Leaf(self.fact, "status", STATUSES - self.value, self.is_list, self.line)
        if self.is_list:
            return Leaf(self.fact, self.op, self.value, True, self.line, not self.negated_list)
        return Leaf(self.fact, NEGATE[self.op], self.value, self.is_list, self.line)

    def facts(self) -> tuple[str, ...]:
        return (self.fact, self.value.name) if isinstance(self.value, FactRef) else (self.fact,)


@record(frozen=True)
class Sig:
    """`{signature: NAME}`: the rule's named regex matched a line of an error text it reads.

    `name` is the key described at SIG_SOURCES_SEP (the plain name unless narrowed with `in:`).
    """

    name: str
    negated: bool = False
    line: int = field(default=0, compare=False)

    @property
    def signature(self) -> str:
        """The rule's signature name, without narrowing or the availability mark."""
        return split_sig_key(self.name)[0]


def sig_key(name: str, sources: "tuple[str, ...] | None" = None, known: bool = False) -> str:
    key = name + (SIG_SOURCES_SEP + "+".join(sources) if sources else "")
    return key + SIG_KNOWN_SUFFIX if known else key


def split_sig_key(key: str) -> "tuple[str, tuple[str, ...] | None, bool]":
    """(signature name, narrowed sources or None, whether it is the availability test)."""
    known = key.endswith(SIG_KNOWN_SUFFIX)
    if known:
        key = key[:-len(SIG_KNOWN_SUFFIX)]
    name, sep, rest = key.partition(SIG_SOURCES_SEP)
    return name, (tuple(rest.split("+")) if sep else None), known


@record(frozen=True)
class Unknown:
    """A test with `if_unknown: true|false`: what it counts as when its fact (for a signature: every
    error text it reads) is not known. Only push_not_down looks inside; see there."""

    item: Any  # Leaf | Sig
    value: bool


@record(frozen=True)
class All:
    """Every item holds."""

    items: tuple


@record(frozen=True)
class Any_:
    """At least one item holds."""

    items: tuple


@record(frozen=True)
class Not:
    """The item does not hold."""

    item: Any


Node = Union[Leaf, Sig, All, Any_, Not, Unknown]
Conjunction = tuple  # tuple[Leaf | Sig, ...]


# --- parsing and checking ----------------------------------------------------------------

@record
class CheckContext:
    """What the parser needs to know about the rule and the fact catalog."""

    report: Callable[[int, str], None]
    fact_type: Callable[[str], "str | None"]  # None: unknown fact name
    signatures: frozenset  # the rule's signature names
    match_groups: frozenset  # named groups of the rule's signatures
    fact_names: Callable[[], list]  # for "did you mean"
    compile_regex: Callable[[str], "str | None"]  # error text, or None when fine
    signature_sources: dict = field(default_factory=dict)  # name -> the error texts it reads


def parse_condition(data: Any, ctx: CheckContext, line: int = 0) -> Node | None:
    """Build the tree, reporting every problem through ctx.report; None when unusable."""
    if not isinstance(data, dict):
        ctx.report(line, f"a condition must be a mapping (all/any/not/signature/fact), not {_kind(data)}")
        return None
    line = line_of(data, default=line)
    if "fact" in data:
        return _parse_leaf(data, ctx, line)
    if "signature" in data:
        return _parse_sig(data, ctx, line)
    keys = list(data)
    if len(keys) != 1 or keys[0] not in COMBINATORS:
        unknown = [k for k in keys if k not in COMBINATORS]
        if unknown:
            ctx.report(line_of(data, unknown[0], line),
                       f"unknown condition key {unknown[0]!r}{_suggest(str(unknown[0]), COMBINATORS + ('fact',))}"
                       " (expected all, any, not, signature or fact)")
        else:
            ctx.report(line, f"one of all/any/not/signature per condition, got {', '.join(map(str, keys))}"
                             " (nest them in all: [...])")
        return None
    key = keys[0]
    value = data[key]
    vline = line_of(data, key, line)
    if key in ("all", "any"):
        if not isinstance(value, list) or not value:
            ctx.report(vline, f"{key}: needs a non-empty list of conditions")
            return None
        items = [parse_condition(item, ctx, line_of(value, i, vline)) for i, item in enumerate(value)]
        if any(i is None for i in items):
            return None
        return All(tuple(items)) if key == "all" else Any_(tuple(items))
    inner = parse_condition(value, ctx, line_of(value, default=vline))  # not
    return Not(inner) if inner is not None else None


def _parse_sig(data: dict, ctx: CheckContext, line: int) -> Node | None:
    """`{signature: NAME[, in: [texts...]][, if_unknown: bool]}`."""
    value = data["signature"]
    vline = line_of(data, "signature", line)
    extra = [k for k in data if k not in ("signature", SOURCES_KEY, UNKNOWN_KEY)]
    if extra:
        ctx.report(line_of(data, extra[0], line), f"signature {value}: unknown key {extra[0]!r}"
                                                  f" (a signature test takes in: and if_unknown:)")
        return None
    if not isinstance(value, str):
        ctx.report(vline, f"signature: expects a signature name, not {_kind(value)}")
        return None
    if value not in ctx.signatures:
        known = sorted(ctx.signatures)
        ctx.report(vline, f"unknown signature {value!r}{_suggest(value, known)}"
                          f" (this rule defines: {', '.join(known) or 'none'})")
        return None
    narrowed = None
    if SOURCES_KEY in data:
        declared = tuple(ctx.signature_sources.get(value, ()))
        sline = line_of(data, SOURCES_KEY, line)
        texts = data[SOURCES_KEY]
        if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
            ctx.report(sline, f"signature {value}: in: expects a non-empty list of error texts")
            return None
        bad = [t for t in texts if t not in declared]
        if bad:
            ctx.report(sline, f"signature {value}: in: {bad[0]!r} is not one of the texts the signature reads"
                              f" ({', '.join(declared)})")
            return None
        narrowed = tuple(t for t in declared if t in texts)  # one spelling per set: the declared order
        if narrowed == declared:
            narrowed = None
    sig = Sig(sig_key(value, narrowed), line=vline)
    return _with_unknown(sig, data, ctx, line, f"signature {value}")


def _with_unknown(node: Any, data: dict, ctx: CheckContext, line: int, what: str) -> Node | None:
    if UNKNOWN_KEY not in data:
        return node
    flag = data[UNKNOWN_KEY]
    if not isinstance(flag, bool):
        ctx.report(line_of(data, UNKNOWN_KEY, line), f"{what}: if_unknown: expects true or false"
                                                      " (what the test counts as when it cannot be decided)")
        return None
    return Unknown(node, flag)


def _parse_leaf(data: dict, ctx: CheckContext, line: int) -> Leaf | None:
    name = data["fact"]
    ops = [k for k in data if k not in ("fact", UNKNOWN_KEY)]
    if not isinstance(name, str) or not name:
        ctx.report(line, f"fact: expects a fact name, not {_kind(name)}")
        return None
    ftype = ctx.fact_type(name)
    ok = True
    if ftype is None:
        ctx.report(line_of(data, "fact", line), f"unknown fact {name!r}{_suggest(name, ctx.fact_names())}")
        ok = False
    unknown_ops = [k for k in ops if k not in OPERATORS]
    for k in unknown_ops:
        ctx.report(line_of(data, k, line), f"unknown operator {k!r}{_suggest(str(k), OPERATORS)}")
    if unknown_ops:
        return None
    if len(ops) != 1:
        ctx.report(line, f"fact {name}: needs exactly one operator, got {len(ops)}"
                         f"{' (' + ', '.join(ops) + ')' if ops else ''}; combine tests with all: [...]")
        return None
    if not ok:
        return None
    op = ops[0]
    value = data[op]
    vline = line_of(data, op, line)
    checked = _check_value(name, ftype, op, value, ctx, vline)
    if checked is _BAD:
        return None
    is_list = ftype.startswith("list[")
    if op in STATUS_OPS:
        if UNKNOWN_KEY in data:
            ctx.report(line_of(data, UNKNOWN_KEY, line), f"fact {name}: if_unknown: has no meaning beside {op}:"
                                                          " (a status test is never undecided)")
            return None
        statuses = frozenset({"ok"} if op == "present" else {"unknown"})
        if op == "present" and value is False:
            statuses = frozenset({"absent"})
        if op == "unknown" and value is False:
            statuses = STATUSES - {"unknown"}
        return Leaf(name, "status", statuses, is_list, vline)
    if is_list and op == "not_in":  # "no element is in the set"
        leaf = Leaf(name, "in", checked, True, vline, negated_list=True)
    else:
        leaf = Leaf(name, op, checked, is_list, vline)
    return _with_unknown(leaf, data, ctx, line, f"fact {name}")


_BAD = object()
_NUMBER_TYPES = ("int", "float")


def _check_value(name: str, ftype: str, op: str, value: Any, ctx: CheckContext, line: int) -> Any:
    """Type-check an operator's value against the fact's type; returns the value to keep."""
    report = ctx.report
    is_list = ftype.startswith("list[")
    elem = ftype[5:-1] if is_list else ftype
    loose = ftype == "any"

    def bad(msg: str) -> Any:
        report(line, f"fact {name} ({ftype}): {op}: {msg}")
        return _BAD

    if op in STATUS_OPS:
        return value if isinstance(value, bool) else bad("expects true or false")
    if isinstance(value, dict):
        if op not in SCALAR_OPS + VERSION_OPS:
            return bad("compares with a literal here; {fact: ...} works with eq/ne/lt/le/gt/ge/version_*")
        if set(value) != {"fact"} or not isinstance(value["fact"], str):
            return bad("a value mapping must be exactly {fact: OTHER_FACT}")
        other = value["fact"]
        if ctx.fact_type(other) is None:
            return bad(f"unknown fact {other!r}{_suggest(other, ctx.fact_names())}")
        if other == name:
            return bad("compares the fact with itself")
        return FactRef(other)
    if op in ("eq", "ne"):
        if is_list:
            return bad("is a list: use contains (membership), in/not_in or matches")
        return _check_scalar(value, elem, loose, bad)
    if op in ("lt", "le", "gt", "ge"):
        if not (loose or elem in _NUMBER_TYPES):
            if elem == "version":
                return bad(f"compares numbers; compare versions with version_{op}")
            return bad("compares numbers, and this fact is not a number")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return bad(f"expects a number, not {_kind(value)}")
        return _number_in_range(value, bad)
    if op in VERSION_OPS:
        if not loose and elem not in ("version", "str"):
            return bad("compares versions, and this fact is not a version")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return bad(f"write the version as a quoted string, e.g. '{value}' (YAML reads 12.10 as the number 12.1)")
        if not isinstance(value, str) or not encodes_exactly(value):
            return bad(f"{value!r} is not a version that compares exactly (use release numbers like '12.8'"
                       " or '535.104.05'; no epoch, local part or more than 4 parts)")
        return value
    if op in SET_OPS:
        if not isinstance(value, list) or not value:
            return bad("expects a non-empty list of values")
        items = [_check_scalar(v, elem, loose, bad) for v in value]
        return _BAD if any(i is _BAD for i in items) else tuple(items)
    if op == "contains":
        if is_list:
            return _check_scalar(value, elem, loose, bad)
        if not loose and ftype not in ("str", "version"):
            return bad("tests a substring or a list member, and this fact is neither text nor a list")
        return value if isinstance(value, str) else bad(f"expects text, not {_kind(value)}")
    if op in ("matches", "startswith"):
        if not loose and elem not in ("str", "version"):
            return bad("tests text, and this fact is not text")
        if not isinstance(value, str):
            return bad(f"expects text, not {_kind(value)}")
        if op == "matches":
            err = ctx.compile_regex(value)
            if err:
                return bad(f"bad regex {value!r}: {err}")
        return value
    return bad("unsupported")  # pragma: no cover - every operator is handled above


def _check_scalar(value: Any, elem: str, loose: bool, bad: Callable[[str], Any]) -> Any:
    if isinstance(value, (dict, list)) or value is None:
        return bad(f"expects a single value, not {_kind(value)}")
    if loose:
        return value
    if elem == "bool" and not isinstance(value, bool):
        return bad(f"expects true or false, not {value!r}")
    if elem in _NUMBER_TYPES and (isinstance(value, bool) or not isinstance(value, (int, float))):
        return bad(f"expects a number, not {value!r}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number_in_range(value, bad)
    if elem in ("str", "version") and not isinstance(value, str):
        if elem == "version" and isinstance(value, (int, float)) and not isinstance(value, bool):
            return bad(f"write the version as a quoted string, e.g. '{value}' (YAML reads 12.10 as 12.1)")
        return bad(f"expects text (quote it), not {value!r}")
    return value


def _number_in_range(value: Any, bad: Callable[[str], Any]) -> Any:
    # durable-rules reads numbers only without exponent and within int64 (see encode.py).
    if value != 0 and not (1e-4 <= abs(value) < 10 ** 15):
        return bad(f"{value!r} is out of range: numbers in rules lie between 0.0001 and 10^15")
    return value


def _kind(value: Any) -> str:
    if isinstance(value, (dict, LineDict)):
        return "a mapping"
    if isinstance(value, (list, LineList)):
        return "a list"
    if value is None:
        return "nothing"
    return f"{type(value).__name__} {value!r}"


def _suggest(word: str, choices) -> str:
    import difflib  # lazy: start-up (only a rule with a typo needs it)

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


# --- normal forms ------------------------------------------------------------------------

def push_not_down(node: Node, negate: bool = False) -> Node:
    """Negation normal form: `not` only on leaves, folded into their operator (De Morgan).

    `Unknown` nodes disappear here. A plain test (and its plain negation) is false when its
    fact is not known; so where the test, as it stands after the negations above it, must
    count as true for an unknown fact, it becomes "test, or not known" - else it stays as is.
    """
    if isinstance(node, Not):
        return push_not_down(node.item, not negate)
    if isinstance(node, Unknown):
        inner = push_not_down(node.item, negate)
        if node.value != negate:
            return Any_((inner,) + not_known(node.item))
        return inner
    if isinstance(node, Leaf):
        return node.negated() if negate else node
    if isinstance(node, Sig):
        return Sig(node.name, node.negated != negate, node.line)
    items = tuple(push_not_down(i, negate) for i in node.items)
    if isinstance(node, All):
        return Any_(items) if negate else All(items)
    return All(items) if negate else Any_(items)


def not_known(test: Any) -> tuple:
    """Tests that hold when `test` cannot be decided: one of its facts is not known (status
    other than ok), or, for a signature, none of the error texts it reads is known."""
    if isinstance(test, Sig):
        name, sources, _ = split_sig_key(test.name)
        return (Sig(sig_key(name, sources, known=True), negated=True, line=test.line),)
    return tuple(Leaf(f, "status", STATUSES - {"ok"}, test.is_list, test.line) for f in test.facts())


def _expand_leaf(leaf: Leaf) -> list[Conjunction]:
    # On a single-valued fact, `in` is one equality per value; not_in is all the inequalities.
    if leaf.op == "in" and not leaf.is_list:
        return [(Leaf(leaf.fact, "eq", v, False, leaf.line),) for v in leaf.value]
    if leaf.op == "not_in" and not leaf.is_list:
        return [tuple(Leaf(leaf.fact, "ne", v, False, leaf.line) for v in leaf.value)]
    return [(leaf,)]


def alternatives_count(node: Node) -> int:
    """How many alternatives the DNF would have (computed without building it)."""
    node = push_not_down(node)
    return _count(node)


def _count(node: Node) -> int:
    if isinstance(node, Leaf):
        return len(_expand_leaf(node))
    if isinstance(node, Sig):
        return 1
    if isinstance(node, All):
        total = 1
        for i in node.items:
            total *= _count(i)
            if total > 10 ** 6:
                break
        return total
    return sum(_count(i) for i in node.items)


def to_dnf(node: Node) -> list[Conjunction]:
    """The alternatives (each a conjunction of leaves) whose disjunction is `node`.

    Duplicate leaves inside an alternative and duplicate alternatives are dropped; the
    order is deterministic (first appearance).
    """
    return _dedupe(_dnf(push_not_down(node)))


def _dnf(node: Node) -> list[Conjunction]:
    if isinstance(node, Leaf):
        return _expand_leaf(node)
    if isinstance(node, Sig):
        return [(node,)]
    if isinstance(node, Any_):
        out: list[Conjunction] = []
        for i in node.items:
            out.extend(_dnf(i))
        return out
    result: list[Conjunction] = [()]
    for i in node.items:
        result = [a + b for a in result for b in _dnf(i)]
    return result


def _dedupe(conjs: list[Conjunction]) -> list[Conjunction]:
    seen: set = set()
    out = []
    for c in conjs:
        c = tuple(dict.fromkeys(c))
        key = frozenset(c)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def leaves(node: Node) -> list:
    """Every leaf (Leaf or Sig) of the tree, in order."""
    if isinstance(node, (Leaf, Sig)):
        return [node]
    if isinstance(node, (Not, Unknown)):
        return leaves(node.item)
    return [x for i in node.items for x in leaves(i)]


def regex_groups(pattern: str) -> tuple[str, ...]:
    """The named groups of a regex that compiles (remembered like regex_error's yes)."""
    return parse_cache.memo("regex-groups", pattern, lambda p: tuple(linear_re.compile(p).groupindex),
                            encode=list, decode=_names)


def _names(data: Any) -> tuple[str, ...]:
    if not isinstance(data, list) or not all(isinstance(x, str) for x in data):
        raise TypeError("not a list of names")
    return tuple(data)


def regex_error(pattern: str, allow_empty: bool = True) -> str | None:
    """Why a regex does not compile on RE2 (gpufix.linear_re: lookarounds, backreferences... need
    backtracking), or, for signatures, matches the empty string.

    A pattern that passed once under this Python is remembered (gpufix.parse_cache) and not
    compiled again here: a run with no error text to read never needs it compiled.
    """
    # "b1": patterns remembered before the word-boundary check are checked again.
    known = f"b1{int(allow_empty)}{linear_re.BACKEND}{pattern}"
    if parse_cache.is_known("linear-regex-ok", known):
        return None
    try:
        rx = linear_re.compile(pattern)
        beside = linear_re.boundary_beside_non_ascii(pattern)
    except (linear_re.PatternError, OverflowError, RecursionError) as e:
        return str(e)
    if beside:
        return beside
    if not allow_empty and rx.search("") is not None:
        return "matches the empty string (it would match every line)"
    parse_cache.remember("linear-regex-ok", known)
    return None
