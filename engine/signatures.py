"""The rules' error-text signatures, de-duplicated, each with a literal prefilter.

Running ~100 regexes on every line of a 100 MB log is too slow in Python. Almost every
signature contains text that any match must contain ("too old (found version"), so the
scanner looks for that text in whole blocks with bytes.find (C speed) and runs the regex
only on the lines where it occurs. The literal is read from the regex's own parse tree, so
it can never reject a line the regex would match.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

try:  # Python >= 3.11
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.9/3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

MIN_LITERAL = 3  # shorter required text does not filter enough to be worth it


@dataclass(frozen=True)
class Signature:
    """One distinct regex and the (rule id, signature name) pairs that use it."""

    pattern: str
    regex: re.Pattern
    literals: tuple[bytes, ...] | None  # a matching line contains one of these; None: no prefilter
    ignorecase: bool  # literals are lower-case: search the ASCII-lowered text
    owners: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Needle:
    """A text searched once per block for every signature it may reveal."""

    text: bytes
    ignorecase: bool  # search the ASCII-lowered block
    signatures: tuple[Signature, ...]


@dataclass(frozen=True)
class ScanPlan:
    signatures: tuple[Signature, ...]
    by_owner: dict  # (rule id, name) -> Signature
    needles: tuple[Needle, ...] = ()

    @property
    def patterns(self) -> frozenset:
        return frozenset(s.pattern for s in self.signatures)


def build_plan(rules: Iterable[Any]) -> ScanPlan:
    owners: dict[str, list[tuple[str, str]]] = {}
    for rule in rules:
        for name, pattern in rule.signatures.items():
            owners.setdefault(pattern, []).append((rule.id, name))
    sigs = []
    for pattern, who in owners.items():
        regex = re.compile(pattern)
        literals, ignorecase = required_literals(pattern)
        sigs.append(Signature(pattern, regex, literals, ignorecase, tuple(who)))
    by_owner = {o: s for s in sigs for o in s.owners}
    return ScanPlan(tuple(sigs), by_owner, plan_needles(sigs))


def plan_needles(sigs: Iterable[Signature]) -> tuple[Needle, ...]:
    """One needle per distinct literal; a literal containing a shorter one is covered by it
    (every line holding the long text holds the short one), so fewer passes over each block."""
    wanted: dict[tuple[bytes, bool], list[Signature]] = {}
    for sig in sigs:
        for lit in sig.literals or ():
            wanted.setdefault((lit, sig.ignorecase), []).append(sig)
    keys = sorted(wanted, key=lambda k: (len(k[0]), k))
    cover: dict[tuple[bytes, bool], list[Signature]] = {}
    for key in keys:
        text, ic = key
        home = next((k for k in cover if k[1] == ic and k[0] in text), key)
        bucket = cover.setdefault(home, [])
        bucket.extend(s for s in wanted[key] if s not in bucket)
    return tuple(Needle(text, ic, tuple(found)) for (text, ic), found in cover.items())


def required_literals(pattern: str) -> tuple[tuple[bytes, ...] | None, bool]:
    """Texts of which every match contains at least one, as UTF-8 bytes; (None, _) if none useful."""
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:  # noqa: BLE001 - the linter reports bad regexes; here just no prefilter
        return None, False
    flags = parsed.state.flags
    ignorecase = bool(flags & re.IGNORECASE)
    best = _best(list(parsed), ignorecase)
    if not best:
        return None, ignorecase
    out = []
    for text in best:
        if ignorecase:
            if not text.isascii():
                return None, ignorecase  # bytes.lower() folds ASCII only
            text = text.lower()
        out.append(text.encode("utf-8"))
    return tuple(out), ignorecase


def _inline_groups(items: list) -> Iterable:
    """A group without flags is its content in place, so literals continue across it
    ('satisfied: (?P<pkg>torch...)' gives 'satisfied: torch')."""
    for op, av in items:
        if op is _c.SUBPATTERN and not (av[1] | av[2]) & (re.IGNORECASE | re.VERBOSE):
            yield from _inline_groups(list(av[3]))
        else:
            yield op, av


def _minimal(alts: list[str]) -> list[str]:
    """Drop alternatives that contain another one: finding the shorter text is enough."""
    unique = sorted(set(alts), key=len)
    out: list[str] = []
    for a in unique:
        if not any(b in a for b in out):
            out.append(a)
    return out


def _score(alts: list[str] | None) -> int:
    return min((len(a) for a in alts), default=0) if alts else 0


def _best(items: list, ignorecase: bool) -> list[str] | None:
    """The best set of alternatives for a sequence of parse items (any match holds one)."""
    candidates: list[list[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(["".join(run)])
            run.clear()

    for op, av in _inline_groups(items):
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & (re.IGNORECASE | re.VERBOSE):
                continue  # local flags change what the text means: skip this part
            inner = _best(list(sub), ignorecase)
            if inner:
                candidates.append(inner)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
            lo, _hi, sub = av
            if lo >= 1:
                inner = _best(list(sub), ignorecase)
                if inner:
                    candidates.append(inner)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            inner = _best(list(av), ignorecase)
            if inner:
                candidates.append(inner)
        elif op is _c.BRANCH:
            _, branches = av
            alts: list[str] = []
            for branch in branches:
                inner = _best(list(branch), ignorecase)
                if not inner:
                    alts = []
                    break
                alts.extend(inner)
            if alts:
                candidates.append(_minimal(alts))
        # anything else (classes, ., anchors, backreferences) just breaks the literal run
    flush()
    good = [c for c in candidates if _score(c) >= MIN_LITERAL]
    if not good:
        return None
    return max(good, key=lambda c: (_score(c), -len(c)))
