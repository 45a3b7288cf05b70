"""The rules' error-text signatures, de-duplicated, each with a literal prefilter.

A signature reads some of the error texts gpufix holds (schema.ERROR_TEXTS: the log and the
error facts); `ScanPlan.for_source` is the plan for one of them, so the log is scanned only
for the signatures that read it and a short fact text the same way, for its own.

Running ~100 regexes on every line of a 100 MB log is too slow in Python. Almost every
signature contains text that any match must contain ("too old (found version"), so the
scanner looks for those texts in whole blocks and runs the regex only on the lines where
one occurs. The literal is read from the regex's own parse tree, so it can never reject a
line the regex would match.

All literals are found in one pass by an Aho-Corasick automaton (pyahocorasick, C) when it
is installed; otherwise by one bytes.find pass per needle (plan_needles), slower but the
same hits.
"""
from __future__ import annotations

import functools
import re
from dataclasses import field
from typing import Any, Iterable

from gpufix import linear_re, parse_cache
from gpufix.records import record

try:  # Python >= 3.11
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.9/3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

try:
    import ahocorasick

    if not getattr(ahocorasick, "unicode", True):  # pragma: no cover - a build with bytes keys (not
        ahocorasick = None  # what PyPI ships): this code gives it str keys; use bytes.find instead
except ImportError:  # pragma: no cover - depends on the install; the bytes.find path still works
    ahocorasick = None

MIN_LITERAL = 3  # shorter required text does not filter enough to be worth it
# ASCII letters that (?i) also matches with a non-ASCII character (Python's re: i ~ U+0130 U+0131,
# k ~ U+212A KELVIN SIGN, s ~ U+017F LONG S), and those characters in UTF-8. An ignore-case literal
# holding one of these letters is searched in ASCII-lowered text, which cannot see them.
FOLD_LETTERS = b"iks"
FOLD_CHARS = ("\u0130".encode(), "\u0131".encode(), "\u212a".encode(), "\u017f".encode())


@record(frozen=True)
class Signature:
    """One distinct regex and the (rule id, signature name) pairs that use it."""

    pattern: str
    literals: tuple[bytes, ...] | None  # a matching line contains one of these; None: no prefilter
    ignorecase: bool  # literals are lower-case: search the ASCII-lowered text
    owners: tuple[tuple[str, str], ...]
    # Case-sensitive signatures: every match holds one text of each group; a cheap `in` test on
    # the line before the regex (a traceback line holding "__init__.py" but not "site-packages").
    requires: tuple[tuple[str, ...], ...] = ()

    @functools.cached_property
    def regex(self) -> Any:
        """A gpufix.linear_re pattern (RE2: linear in the line), compiled on first use: a run
        with no error text to read never needs it (start-up)."""
        return linear_re.compile(self.pattern)

    def may_match(self, line: str) -> bool:
        for group in self.requires:
            for text in group:
                if text in line:
                    break
            else:
                return False
        return True


@record(frozen=True)
class Needle:
    """A text searched once per block for every signature it may reveal."""

    text: bytes
    ignorecase: bool  # search the ASCII-lowered block
    signatures: tuple[Signature, ...]


@record(frozen=True)
class ScanPlan:
    """How to scan error texts for every rule's signatures at once."""

    signatures: tuple[Signature, ...]
    by_owner: dict  # (rule id, name) -> Signature
    needles: tuple[Needle, ...] = ()
    sources: dict = field(default_factory=dict)  # (rule id, name) -> the error texts it reads; absent: all
    _by_source: dict = field(default_factory=dict, repr=False, compare=False)

    def reads(self, owner: tuple[str, str], source: str) -> bool:
        texts = self.sources.get(owner)
        return texts is None or source in texts

    def for_source(self, source: str) -> "ScanPlan":
        """The plan for one error text: the signatures some owner reads it with (built once)."""
        plan = self._by_source.get(source)
        if plan is None:
            sigs = tuple(s for s in self.signatures if any(self.reads(o, source) for o in s.owners))
            plan = self if len(sigs) == len(self.signatures) else ScanPlan(
                sigs, {o: s for s in sigs for o in s.owners}, plan_needles(sigs), self.sources)
            self._by_source[source] = plan  # a benign race: two threads build equal plans
        return plan

    @property
    def patterns(self) -> frozenset:
        return frozenset(s.pattern for s in self.signatures)

    @property
    def without_literal(self) -> tuple[Signature, ...]:
        """Signatures tried on every line: no literal could be read from the regex."""
        return tuple(s for s in self.signatures if not s.literals)


def plan_of(ruleset: Any) -> ScanPlan:
    """The scan plan of a loaded RuleSet, built once per rule set."""
    return ruleset.cached("scan_plan", lambda: build_plan(ruleset.rules))


def build_plan(rules: Iterable[Any]) -> ScanPlan:
    owners: dict[str, list[tuple[str, str]]] = {}
    sources: dict[tuple[str, str], tuple[str, ...]] = {}
    for rule in rules:
        for name, pattern in rule.signatures.items():
            owners.setdefault(pattern, []).append((rule.id, name))
            texts = getattr(rule, "signature_sources", {}).get(name)
            if texts is not None:
                sources[(rule.id, name)] = tuple(texts)
    sigs = []
    for pattern, who in owners.items():
        literals, ignorecase, requires = remembered_literal_info(pattern)
        sigs.append(Signature(pattern, literals, ignorecase, tuple(who), requires))
    by_owner = {o: s for s in sigs for o in s.owners}
    return ScanPlan(tuple(sigs), by_owner, plan_needles(sigs), sources)


def fold_sensitive(sig: Signature) -> bool:
    """An ignore-case signature whose literal a non-ASCII case variant could hide (FOLD_LETTERS)."""
    return sig.ignorecase and any(ch in lit for lit in sig.literals or () for ch in FOLD_LETTERS)


def searched_texts(sigs: Iterable[Signature], fold: bool = True) -> dict[tuple[bytes, bool], list[Signature]]:
    """(text, in the lowered block?) -> the signatures a line holding it may match.

    Each signature's literals; and (with `fold`) for a fold-sensitive one also the non-ASCII
    characters (?i) folds onto i/k/s: a line holding one is tried too, so the prefilter is exact.
    """
    wanted: dict[tuple[bytes, bool], list[Signature]] = {}
    for sig in sigs:
        texts = [(lit, sig.ignorecase) for lit in sig.literals or ()]
        if fold and fold_sensitive(sig):
            texts += [(c, False) for c in FOLD_CHARS]
        for key in texts:
            bucket = wanted.setdefault(key, [])
            if sig not in bucket:
                bucket.append(sig)
    return wanted


def plan_needles(sigs: Iterable[Signature]) -> tuple[Needle, ...]:
    """For the bytes.find path: one needle per distinct text; a text containing a shorter one
    is covered by it (every line holding the long text holds the short one), so fewer passes."""
    wanted = searched_texts(sigs)
    keys = sorted(wanted, key=lambda k: (len(k[0]), k))
    cover: dict[tuple[bytes, bool], list[Signature]] = {}
    for key in keys:
        text, ic = key
        home = next((k for k in cover if k[1] == ic and k[0] in text), key)
        bucket = cover.setdefault(home, [])
        bucket.extend(s for s in wanted[key] if s not in bucket)
    return tuple(Needle(text, ic, tuple(found)) for (text, ic), found in cover.items())


def fold_needles(sigs: Iterable[Signature]) -> tuple[Needle, ...]:
    """Needles for the FOLD_CHARS, searched beside the automaton (rare in logs: a memchr for
    the lead byte usually settles it, where as keys they would slow every byte by ~20%)."""
    sensitive = tuple(s for s in sigs if fold_sensitive(s))
    return tuple(Needle(c, False, sensitive) for c in FOLD_CHARS) if sensitive else ()


def automaton_available() -> bool:
    return ahocorasick is not None


@functools.lru_cache(maxsize=16)  # the same rule set's automaton serves every scan (~2 ms to build)
def build_automaton(sigs: tuple[Signature, ...], lowered: bool) -> Any:
    """One Aho-Corasick automaton over the literals of `sigs` (None if there is none).

    Keys are latin-1 strings, one character per byte, so hit offsets are byte offsets. With
    `lowered` it runs over the ASCII-lowered block and every key is lowered. A key is the end
    of its text (see key_offsets), so each hit is confirmed against the whole text in the
    block (ASCII-lowered for an ignore-case text). The value of a key: a tuple of
    (text, ignorecase, back, signatures); the text starts `back` bytes before the key's last byte.
    """
    wanted = searched_texts(sigs, fold=False)  # fold_needles() covers those
    offsets = key_offsets([text.lower() if lowered else text for text, _ic in wanted])
    table: dict[str, list[tuple[bytes, bool, int, tuple[Signature, ...]]]] = {}
    for (text, ic), found in wanted.items():
        form = text.lower() if lowered else text
        key = form[offsets[form]:]
        table.setdefault(key.decode("latin-1"), []).append((text, ic, len(text) - 1, tuple(found)))
    if not table:
        return None
    auto = ahocorasick.Automaton()
    for key, entries in table.items():
        auto.add_word(key, tuple(entries))
    auto.make_automaton()
    return auto


MIN_KEY = 5  # a shorter key (the end of a text) would be found too often by chance
# Bytes from common to rare in logs (lower-cased English, paths, numbers); others count as rare.
COMMON_BYTES = b" etaoinsrhldcumwfgypb0123456789vk.-/_:"


def key_offsets(texts: Iterable[bytes]) -> dict[bytes, int]:
    """Where each text's automaton key starts: the key is the rest of the text from there.

    pyahocorasick finds a node's child by a linear search, so the time per byte of the log
    grows with the number of different first bytes of the keys (~70 MB/s with ~30 of them,
    ~130 MB/s with 5). The keys start at as few different bytes as cover all texts (greedy,
    rarer bytes first on ties), each at its earliest such byte so it stays long and specific;
    the whole text is still confirmed at every hit, so this changes speed only.
    """
    starts: dict[bytes, dict[int, int]] = {}  # text -> first byte -> earliest offset
    for text in set(texts):
        room = len(text) - min(MIN_KEY, len(text))  # offsets leaving a long enough key
        starts[text] = {}
        for i in range(room + 1):
            starts[text].setdefault(text[i], i)
    chosen: set[int] = set()
    left = set(starts)
    while left:
        counts: dict[int, int] = {}
        for text in left:
            for b in starts[text]:
                counts[b] = counts.get(b, 0) + 1
        pick = max(sorted(counts), key=lambda b: (counts[b], -_commonness(b)))
        chosen.add(pick)
        left = {t for t in left if pick not in starts[t]}
    # Greedy can keep a byte that later picks made redundant: drop each one every text can do without
    # (commonest first, since those keys are found most often by chance).
    for b in sorted(chosen, key=lambda b: -_commonness(b)):
        rest = chosen - {b}
        if all(any(x in rest for x in firsts) for firsts in starts.values()):
            chosen = rest
    return {t: min(o for b, o in firsts.items() if b in chosen) for t, firsts in starts.items()}


def _commonness(b: int) -> int:
    i = COMMON_BYTES.find(bytes([b]))
    return 0 if i < 0 else len(COMMON_BYTES) - i


def remembered_literal_info(pattern: str) -> tuple[tuple[bytes, ...] | None, bool, tuple[tuple[str, ...], ...]]:
    """literal_info(pattern), remembered across runs (gpufix.parse_cache): reading it walks the
    regex's parse tree in Python, ~0.3 ms a pattern on every start otherwise."""
    return parse_cache.memo("regex-literals", pattern, literal_info, encode=_encode_info, decode=_decode_info)


def _encode_info(info: tuple) -> list:
    literals, ignorecase, requires = info
    return [None if literals is None else [b.decode("utf-8") for b in literals], ignorecase,
            [list(g) for g in requires]]


def _decode_info(data: Any) -> tuple:
    literals, ignorecase, requires = data
    if not isinstance(ignorecase, bool) or not isinstance(requires, list):
        raise TypeError("not a literal info")
    lits = None if literals is None else tuple(str(x).encode("utf-8") for x in literals)
    return lits, ignorecase, tuple(tuple(str(t) for t in g) for g in requires)


def literal_info(pattern: str) -> tuple[tuple[bytes, ...] | None, bool, tuple[tuple[str, ...], ...]]:
    """(literals, ignorecase, requires): texts of which every match contains at least one, as
    UTF-8 bytes (None if none useful); and for a case-sensitive regex every such group of texts."""
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:  # noqa: BLE001 - the linter reports bad regexes; here just no prefilter
        return None, False, ()
    ignorecase = bool(parsed.state.flags & re.IGNORECASE)
    good = _candidates(list(parsed), ignorecase)
    if ignorecase:  # searched in the ASCII-lowered block: bytes.lower() folds ASCII only
        good = [c for c in good if all(a.isascii() for a in c)]
    if not good:
        return None, ignorecase, ()
    best = _pick(good)
    out = tuple((a.lower() if ignorecase else a).encode("utf-8") for a in best)
    requires = () if ignorecase else tuple(tuple(c) for c in good if c is not best)
    return out, ignorecase, requires


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


def _rarity(alts: list[str]) -> tuple[int, int]:
    """How seldom a set of alternatives occurs by chance: the shortest one's length with
    punctuation and non-ASCII counted twice ('__init__.py' beats 'site-packages', which
    every pip and traceback line holds); fewer alternatives on a tie."""
    return min(sum(1 if c == " " or (c.isascii() and c.isalnum()) else 2 for c in a) for a in alts), -len(alts)


def _pick(good: list[list[str]]) -> list[str]:
    return max(good, key=_rarity)


def _best(items: list, ignorecase: bool) -> list[str] | None:
    """The best set of alternatives for a sequence of parse items (any match holds one)."""
    good = _candidates(items, ignorecase)
    return _pick(good) if good else None


def _candidates(items: list, ignorecase: bool) -> list[list[str]]:
    """Sets of alternatives for a sequence of parse items: any match holds one of each set."""
    candidates: list[list[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(["".join(run)])
            run.clear()

    for op, av in _inline_groups(items):
        if op is _c.LITERAL and av != 0xFFFD and not 0xD800 <= av <= 0xDFFF:
            # (U+FFFD also stands for undecodable bytes, and a lone surrogate has no UTF-8 form:
            # neither can be looked for in the raw bytes, so they end the literal.)
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
    return [c for c in candidates if _score(c) >= MIN_LITERAL]
