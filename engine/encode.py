"""Facts as the rules see them, and the flat message asserted into durable-rules.

The message holds only the properties the compiled rules read. A fact that is not known
contributes no value property at all, so every comparison on it is false (durable-rules
treats a missing property as not matching, for `$neq` too), while its `__s` status property
is always there for `present`/`unknown` tests. Tests durable-rules cannot express are
computed here in Python and sent as booleans (see compile.py).
"""
from __future__ import annotations

import math
from typing import Any, Callable

from packaging.version import InvalidVersion, Version

from gpufix import linear_re
from gpufix.engine.compile import MATCH_PREFIX, KeySpec
from gpufix.engine.conditions import FactRef, Leaf
from gpufix.engine.versions import encode_version
from gpufix.facts import Fact, FactBase

MAX_TEXT_VALUE = 1024  # a longer text is cut: literals in rules are short, so eq/ne stay exact


class FactView:
    """The fact base plus facts derived by rules in earlier strata and each rule's match.* groups."""

    def __init__(self, facts: FactBase, match_groups: Callable[[str], dict[str, str]], log_present: bool) -> None:
        self.facts = facts.copy()
        self._match_groups = match_groups
        self.log_present = log_present
        self.derived: list[Fact] = []

    def add_derived(self, fact: Fact) -> None:
        self.derived.append(fact)
        self.facts.add(fact)

    def fact(self, name: str, scope: str | None = None) -> Fact | None:
        if name.startswith(MATCH_PREFIX):
            if scope is None:
                return None
            value = self._match_groups(scope).get(name[len(MATCH_PREFIX):])
            return Fact(name, value, "ok", "log", origin="log") if value is not None else None
        return self.facts.get(name)

    def value(self, name: str, scope: str | None = None) -> Any:
        f = self.fact(name, scope)
        return f.value if f is not None and f.status == "ok" else None

    def status(self, name: str, scope: str | None = None) -> str:
        f = self.fact(name, scope)
        if f is not None:
            return f.status
        if name.startswith(MATCH_PREFIX) and self.log_present:
            return "absent"  # the log was read and this rule's signatures captured no such group
        return "missing"


def property_value(spec: KeySpec, view: FactView, signature: Callable[[str, str], "bool | None"]) -> Any:
    """The message value for one property, or None to leave the property out."""
    kind = spec.kind
    if kind == "sig":
        return signature(spec.scope or "", spec.sig)
    if kind == "status":
        return view.status(spec.fact, spec.scope)
    if kind == "pred":
        return predicate(spec.leaf, view, spec.scope)
    value = view.value(spec.fact, spec.scope)
    if value is None:
        return None
    if kind == "str":
        return value[:MAX_TEXT_VALUE] if isinstance(value, str) else None
    if kind == "bool":
        return as_bool(value)
    if kind == "num":
        return as_number(value)
    if kind == "ver":
        return encode_version(value) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else None
    return None  # pragma: no cover


def as_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


# durable-rules parses neither exponents (1e-05, 1e+30) nor integers beyond int64: numbers are
# sent inside this range, where Python prints them plainly. Rule literals are checked to lie in it.
NUMBER_LIMIT = 10 ** 15
SMALLEST_FLOAT = 1e-4


def as_number(value: Any) -> int | float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            value = int(text)
        except ValueError:
            try:
                value = float(text)
            except ValueError:
                return None
    if isinstance(value, int):
        return max(-NUMBER_LIMIT, min(NUMBER_LIMIT, value))
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        if abs(value) >= NUMBER_LIMIT:
            return math.copysign(float(NUMBER_LIMIT), value)
        return 0.0 if abs(value) < SMALLEST_FLOAT else value
    return None


def _version(value: Any) -> Version | None:
    if isinstance(value, bool) or value is None or isinstance(value, (list, tuple, dict)):
        return None
    try:
        return Version(str(value).strip())
    except InvalidVersion:
        return None


_ORDER = {
    "eq": lambda c: c == 0, "ne": lambda c: c != 0, "lt": lambda c: c < 0,
    "le": lambda c: c <= 0, "gt": lambda c: c > 0, "ge": lambda c: c >= 0,
}


def _cmp(a: Any, b: Any) -> int:
    return (a > b) - (a < b)


def _compare(op: str, left: Any, right: Any) -> bool | None:
    """One comparison between two values; None when they cannot be compared."""
    if op.startswith("version_"):
        lv, rv = _version(left), _version(right)
        return None if lv is None or rv is None else _ORDER[op[len("version_"):]](_cmp(lv, rv))
    if op in ("eq", "ne"):
        if isinstance(left, (list, tuple, dict)) or isinstance(right, (list, tuple, dict)):
            return None
        same = left == right if type(left) is type(right) else str(left) == str(right)
        return same if op == "eq" else not same
    ln, rn = as_number(left), as_number(right)
    return None if ln is None or rn is None else _ORDER[op](_cmp(ln, rn))


def _member(item: Any, wanted: Any) -> bool:
    if item == wanted or str(item) == str(wanted):
        return True
    a, b = _version(item), _version(wanted)
    return a is not None and b is not None and a == b and isinstance(wanted, str)


def predicate(leaf: Leaf | None, view: FactView, scope: str | None) -> bool | None:
    """Truth of a positive leaf (the compiler sends its negation as `== false`); None if not known."""
    if leaf is None:
        return None
    if leaf.op == "status":
        return view.status(leaf.fact, scope) in leaf.value
    value = view.value(leaf.fact, scope)
    if value is None:
        return None
    other = leaf.value
    if isinstance(other, FactRef):
        other = view.value(other.name, scope)
        if other is None:
            return None
    items = list(value) if isinstance(value, (list, tuple)) else None
    if leaf.is_list and items is None:
        items = [value]
    op = leaf.op
    if items is not None and op != "contains":
        results = [_test_one(op, item, other) for item in items]
        known = [r for r in results if r is not None]
        return any(known) if known else None
    if op == "contains" and items is not None:
        return any(_member(item, other) for item in items)
    return _test_one(op, value, other)


def _test_one(op: str, value: Any, other: Any) -> bool | None:
    if op == "in":
        return any(_member(value, o) for o in other)
    if op == "contains":
        return str(other) in str(value)
    if op == "startswith":
        return str(value).startswith(str(other))
    if op == "matches":
        return linear_re.search(other, str(value)) is not None
    return _compare(op, value, other)
