"""CLIPS (through clipspy) as a backend: each compiled stratum becomes CLIPS constructs.

A stratum is rendered as one `deftemplate` whose slots are the message properties its rules
read, and one `defrule` per alternative whose single pattern constrains those slots with
CLIPS's own comparisons (`eq`, `=`, `<`, ...). A property the evaluator left out keeps the
slot's default, the symbol `nil`, which no test accepts: a comparison on an unknown fact is
false, its negation too, exactly as in durable-rules. Each evaluation resets the stratum's
environment, asserts one fact and runs the agenda; a rule's action reports its alternative's name.

What durable-rules needed that CLIPS does not (split rulesets, gate rules, `$or`
avoidance, see compile.py) is simply not rendered here: CLIPS reads the plain tests.
Its own limits:
* a CLIPS string is a C string: a value holding NUL would be cut there, and clipspy cannot
  encode lone surrogates; the evaluator escapes such texts for every engine (values and rule
  literals alike, compile.engine_text), so equality stays exact;
* CLIPS compares a symbol and a number with `=` only by raising an error, so every
  numeric test is guarded by `numberp` inside one short-circuiting `and`.
"""
from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from typing import Any

from gpufix.engine.compile import Stratum, Test
from gpufix.errors import EngineError

TEMPLATE = "gpufix-facts"
FIRED_FUNCTION = "gpufix-fired"
MAX_ENVIRONMENTS = 64  # compiled strata kept ready; older ones are rebuilt when used again
INSTALL_HINT = "pip install clipspy (binary wheels for Windows, macOS and Linux; no compiler needed)"

_NUMERIC = {"$eq": "=", "$neq": "<>", "$lt": "<", "$lte": "<=", "$gt": ">", "$gte": ">="}
def _string_literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _literal(value: Any) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return repr(value)  # rule literals lie in 0.0001..10^15: never an exponent (conditions.py)
    return _string_literal(str(value))


def _guard(var: str, literal: Any) -> str | None:
    """The type test that must hold before comparing (CLIPS raises on `(< nil 3)`)."""
    if isinstance(literal, bool):
        return None  # compared with eq: nil is simply not TRUE/FALSE
    return f"(numberp {var})" if isinstance(literal, (int, float)) else f"(stringp {var})"


def _compare(var: str, op: str, literal: Any) -> str:
    """The CLIPS comparison for one test of a property bound to `var`."""
    if isinstance(literal, bool):
        # bool properties hold TRUE, FALSE or nil: "!= true" means "is false", never "is nil"
        return f"(eq {var} {_literal(literal if op == '$eq' else not literal)})"
    if isinstance(literal, (int, float)):
        return f"({_NUMERIC[op]} {var} {_literal(literal)})"
    if op in ("$eq", "$neq"):
        return f"({'eq' if op == '$eq' else 'neq'} {var} {_literal(literal)})"
    raise EngineError(f"CLIPS backend: no ordering test on text ({op}); this is a gpufix bug")


def _pattern(tests: tuple[Test, ...]) -> str:
    by_key: dict[str, list[Test]] = {}
    for test in tests:
        by_key.setdefault(test[0], []).append(test)
    slots = []
    for n, key in enumerate(sorted(by_key)):
        group = by_key[key]
        if len(group) == 1:
            _, op, literal = group[0]
            if isinstance(literal, bool) or (op == "$eq" and isinstance(literal, str)):
                # one plain literal constraint: the readable form (bool "!= true" is "== false")
                wanted = literal if op == "$eq" else not literal
                slots.append(f"({key} {_literal(wanted)})")
                continue
        var = f"?v{n}"
        # One key has one kind of value (compile.py), so one type guard covers the group; `and`
        # short-circuits, so the comparisons only see values of that type.
        exprs = list(dict.fromkeys(g for g in (_guard(var, lit) for _, _, lit in group) if g))
        exprs += [_compare(var, op, literal) for _, op, literal in group]
        body = exprs[0] if len(exprs) == 1 else "(and " + " ".join(exprs) + ")"
        slots.append(f"({key} {var}&:{body})")
    return f"({TEMPLATE}{''.join(' ' + s for s in slots)})"


_SAFE_SYMBOL = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.#:-]*\Z")


def _rule_name(name: str, index: int) -> str:
    # Named after the alternative ("gpufix:cuda-oom#0") so a snapshot diff shows which rules changed.
    return f"gpufix:{name}" if _SAFE_SYMBOL.match(name) else f"gpufix:alternative-{index}"


def construct_list(stratum: Stratum) -> list[str]:
    """The CLIPS constructs for one stratum: the template, then one rule per alternative, whose
    action reports the alternative's name (`<rule id>#<n>`, as durable-rules' rules are named)."""
    out = [f"(deftemplate {TEMPLATE}" + "".join(f"\n   (slot {key})" for key in sorted(stratum.keys)) + ")"]
    for index, (name, tests) in enumerate(stratum.alternatives):
        out.append(f"(defrule {_rule_name(name, index)}\n   {_pattern(tests)}\n   =>\n"
                   f"   ({FIRED_FUNCTION} {_string_literal(name)}))")
    return out


def constructs(stratum: Stratum) -> str:
    """The stratum's constructs as one CLIPS source text (what the snapshots hold)."""
    return f";; gpufix stratum: {', '.join(stratum.rule_ids)}\n" + "\n".join(construct_list(stratum)) + "\n"


class _Compiled:
    """One stratum built into its own CLIPS environment."""

    def __init__(self, clips: Any, parts: list[str]) -> None:
        self.fired: list[str] = []
        self.env = clips.Environment()
        # The rules' actions call back into Python: one list append per alternative that holds.
        self.env.define_function(self.fired.append, FIRED_FUNCTION)
        # clipspy's error router is asked about every character CLIPS parses (a Python callback
        # each time): building with it switched off takes a tenth of the time (2 ms instead of
        # 24 ms for 142 rules). A construct that fails is built again with it on, for the message.
        quiet = [r for r in self.env.routers() if isinstance(r, clips.routers.ErrorRouter)]
        for router in quiet:
            router.deactivate()
        failed = None
        try:
            for construct in parts:
                try:
                    self.env.build(construct)
                except clips.CLIPSError:
                    failed = construct
                    break
        finally:
            for router in quiet:
                router.activate()
        if failed is not None:
            self.env.build(failed)  # raises CLIPSError, now with CLIPS's message
            raise EngineError(f"CLIPS refused a compiled ruleset ({failed[:120]}); this is a gpufix bug")
        self.template = self.env.find_template(TEMPLATE)


class ClipsBackend:
    name = "clips"
    label = "CLIPS"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._clips: Any = None
        self._problem: str | None = None
        self._compiled: OrderedDict[str, _Compiled] = OrderedDict()
        # id(stratum) -> (the stratum, its content key): rendering the source for every
        # evaluation would cost more than running it. The stratum is held so its id stays its own.
        self._keys: OrderedDict[int, tuple[Stratum, str]] = OrderedDict()

    def _module(self) -> Any:
        if self._clips is None and self._problem is None:
            try:
                import clips  # lazy: gpufix starts without loading an engine
            except ImportError as e:
                self._problem = ("CLIPS (clipspy) is not installed" if isinstance(e, ModuleNotFoundError)
                                 and (e.name or "").split(".")[0] == "clips" else f"CLIPS cannot be imported: {e}")
            else:
                self._clips = clips
        return self._clips

    def available(self) -> bool:
        return self._module() is not None

    def unavailable_reason(self) -> str:
        self._module()
        return self._problem or ""

    def install_hint(self) -> str:
        return f"{self.unavailable_reason() or 'CLIPS cannot be imported'}; install it: {INSTALL_HINT}"

    def _environment(self, stratum: Stratum) -> _Compiled:
        known = self._keys.get(id(stratum))
        if known is not None and known[0] is stratum and known[1] in self._compiled:
            self._compiled.move_to_end(known[1])
            return self._compiled[known[1]]
        parts = construct_list(stratum)
        key = hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
        self._keys[id(stratum)] = (stratum, key)
        while len(self._keys) > 4 * MAX_ENVIRONMENTS:
            self._keys.popitem(last=False)
        compiled = self._compiled.get(key)
        if compiled is not None:
            self._compiled.move_to_end(key)
            return compiled
        clips = self._module()
        if clips is None:
            raise EngineError(self.install_hint())
        try:
            compiled = _Compiled(clips, parts)
        except clips.CLIPSError as e:
            raise EngineError(f"CLIPS refused a compiled ruleset ({_one_line(e)}); this is a gpufix bug") from e
        self._compiled[key] = compiled
        while len(self._compiled) > MAX_ENVIRONMENTS:
            self._compiled.popitem(last=False)
        return compiled

    def run(self, stratum: Stratum, values: dict[str, Any]) -> list[str]:
        with self._lock:
            compiled = self._environment(stratum)
            # Values are str, bool, int or float (encode.py), texts already safe for a C string
            # (compile.engine_text); clipspy turns bools into the symbols TRUE/FALSE.
            slots = {key: values[key] for key in stratum.keys if values.get(key) is not None}
            compiled.fired.clear()
            try:
                compiled.env.reset()
                compiled.template.assert_fact(**slots)
                compiled.env.run()
            except self._clips.CLIPSError as e:
                raise EngineError(f"CLIPS failed on the facts ({_one_line(e)}); this is a gpufix bug") from e
            names = list(compiled.fired)
            compiled.fired.clear()
            return names

    def environments(self) -> int:
        return len(self._compiled)


def _one_line(e: Exception) -> str:
    return " ".join(str(e).split())
