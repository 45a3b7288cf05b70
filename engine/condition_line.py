"""`when:` as named parts joined by one condition line (Sigma's shape).

    when:
      parts:
        sel_text: {signature: too_old}
        sel_tables: {fact: compat.driver_supports_torch, eq: false}
        filter_main_works: {fact: torch.cuda_available, eq: true}
      condition: 1 of sel_* and not filter_main_works

The line is parsed into the same tree (All / Any_ / Not over the parts' own trees) that a
plain `when:` gives, so the compiler and every backend see nothing new. Names are the parts
and the rule's signatures (a bare signature name means `{signature: NAME}`).

Grammar, loosest first (`not` binds tightest, then `and`, then `or`, as in Sigma):

    expr   := term ("or" term)*
    term   := factor ("and" factor)*
    factor := "not" factor | "(" expr ")" | ("1" | "all") "of" pattern | NAME
    pattern:= NAME with * wildcards, or "them" (every part and signature)
"""
from __future__ import annotations

import fnmatch
import re
from typing import Any, Callable

from gpufix.engine import conditions as cond
from gpufix.engine.yaml_lines import line_of
from gpufix.records import record

KEYWORDS = frozenset({"and", "or", "not", "of", "all", "them", "1"})
PART_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_TOKEN = re.compile(r"\s*(?:(?P<paren>[()])|(?P<word>[A-Za-z0-9_*]+)|(?P<bad>\S))")
WHEN_KEYS = ("parts", "condition")


class ConditionError(ValueError):
    def __init__(self, column: int, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


@record(frozen=True)
class Token:
    """A word of a `condition:` line, with its column."""

    text: str
    column: int  # 1-based, for error messages


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:  # only trailing spaces are left
            break
        if m.group("bad"):
            raise ConditionError(m.start("bad") + 1, f"unexpected character {m.group('bad')!r}")
        kind = "paren" if m.group("paren") else "word"
        out.append(Token(m.group(kind), m.start(kind) + 1))
        pos = m.end()
    return out


class _Parser:
    def __init__(self, text: str, resolve: Callable[[str, int], Any], names: list[str]) -> None:
        self.tokens = tokenize(text)
        self.end = len(text) + 1
        self.i = 0
        self.resolve = resolve  # name, column -> condition tree
        self.names = names  # every part and signature name, for patterns
        self.used: set[str] = set()

    def peek(self) -> Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> Token:
        tok = self.peek()
        if tok is None:
            raise ConditionError(self.end, "the condition ends too early")
        self.i += 1
        return tok

    def parse(self) -> Any:
        if not self.tokens:
            raise ConditionError(1, "the condition is empty")
        node = self.expr()
        tok = self.peek()
        if tok is not None:
            what = "')' without '('" if tok.text == ")" else f"{tok.text!r}"
            raise ConditionError(tok.column, f"unexpected {what}: expected 'and', 'or' or the end")
        return node

    def expr(self) -> Any:
        items = [self.term()]
        while self.peek() is not None and self.peek().text == "or":
            self.take()
            items.append(self.term())
        return items[0] if len(items) == 1 else cond.Any_(tuple(items))

    def term(self) -> Any:
        items = [self.factor()]
        while self.peek() is not None and self.peek().text == "and":
            self.take()
            items.append(self.factor())
        return items[0] if len(items) == 1 else cond.All(tuple(items))

    def factor(self) -> Any:
        tok = self.take()
        if tok.text == "not":
            return cond.Not(self.factor())
        if tok.text == "(":
            node = self.expr()
            close = self.peek()
            if close is None or close.text != ")":
                raise ConditionError(close.column if close else self.end,
                                     f"'(' at column {tok.column} is not closed with ')'")
            self.take()
            return node
        if tok.text.isdigit() and tok.text != "1":
            raise ConditionError(tok.column, f"only '1 of' and 'all of' count parts, not '{tok.text} of'")
        if tok.text in ("1", "all"):
            of = self.take()
            if of.text != "of":
                raise ConditionError(of.column, f"expected 'of' after {tok.text!r} ({tok.text} of NAME_*)")
            return self.quantified(tok.text, self.take())
        if tok.text in KEYWORDS or tok.text == ")":
            raise ConditionError(tok.column, f"expected a name, 'not', '(' or '1 of'/'all of', not {tok.text!r}")
        if "*" in tok.text:
            raise ConditionError(tok.column, f"a pattern like {tok.text!r} needs '1 of' or 'all of' before it")
        self.used.add(tok.text)
        return self.resolve(tok.text, tok.column)

    def quantified(self, quantifier: str, pattern: Token) -> Any:
        if pattern.text == "them":
            matched = list(self.names)
        elif pattern.text in KEYWORDS or pattern.text in "()":
            raise ConditionError(pattern.column, f"expected a name or pattern after 'of', not {pattern.text!r}")
        else:
            matched = [n for n in self.names if fnmatch.fnmatchcase(n, pattern.text)]
        if not matched:
            raise ConditionError(pattern.column, f"{pattern.text!r} matches no part or signature"
                                                 f"{cond._suggest(pattern.text, self.names)}")
        self.used.update(matched)
        items = tuple(self.resolve(n, pattern.column) for n in matched)
        if len(items) == 1:
            return items[0]
        return cond.All(items) if quantifier == "all" else cond.Any_(items)


def is_named_form(data: Any) -> bool:
    """A `when:` mapping in the parts/condition shape (not a plain condition tree)."""
    return isinstance(data, dict) and any(k in data for k in WHEN_KEYS)


def parse_when(data: dict, ctx: cond.CheckContext, line: int) -> Any:
    """The tree for a `when: {parts: ..., condition: ...}` mapping; None after reporting problems."""
    line = line_of(data, default=line)
    ok = True
    for key in data:
        if key not in WHEN_KEYS:
            ctx.report(line_of(data, key, line), f"when: unknown key {key!r}{cond._suggest(str(key), WHEN_KEYS)}"
                                                 " (with parts:, the condition goes in condition:)")
            ok = False
    parts: dict[str, Any] = {}
    raw_parts = data.get("parts", {})
    pline = line_of(data, "parts", line)
    if not isinstance(raw_parts, dict):
        ctx.report(pline, "when.parts: expects a mapping of name: condition")
        return None
    for name, value in raw_parts.items():
        nline = line_of(raw_parts, name, pline)
        if not isinstance(name, str) or not PART_NAME_RE.match(name) or name in KEYWORDS:
            ctx.report(nline, f"when.parts: {name!r} is not a usable name (letters, digits and _, not a keyword"
                              " like and/or/not/of/all/them)")
            ok = False
            continue
        if name in ctx.signatures:
            ctx.report(nline, f"when.parts: {name!r} is also a signature name; give the part another name")
            ok = False
            continue
        node = cond.parse_condition(value, ctx, line_of(value, default=nline))
        if node is None:
            ok = False
        else:
            parts[name] = node
    if "condition" not in data:
        ctx.report(line, "when: needs condition: (a line like `sel_a and not filter_b`)")
        return None
    text = data["condition"]
    cline = line_of(data, "condition", line)
    if not isinstance(text, str):
        ctx.report(cline, f"when.condition: expects one line of text, not {cond._kind(text)}")
        return None
    if not ok:
        return None
    names = list(raw_parts) + sorted(n for n in ctx.signatures if n not in raw_parts)

    def resolve(name: str, column: int) -> Any:
        if name in parts:
            return parts[name]
        if name in ctx.signatures:
            return cond.Sig(name, line=cline)
        raise ConditionError(column, f"unknown name {name!r}{cond._suggest(name, names)}"
                                     f" (parts: {', '.join(raw_parts) or 'none'})")

    try:
        parser = _Parser(text.replace("\n", " "), resolve, names)  # a folded YAML scalar may hold newlines
        node = parser.parse()
    except ConditionError as e:
        ctx.report(cline, f"when.condition: column {e.column}: {e.message}")
        return None
    unused = [n for n in raw_parts if n not in parser.used]
    if unused:
        ctx.report(line_of(raw_parts, unused[0], pline), f"when.parts: {unused[0]!r} is not used by the condition")
        return None
    return node
