"""Regular expressions that run in time linear in the text: RE2 (google-re2), one interface.

Every pattern gpufix runs over text it did not write (logs, probe output, fact values, pasted
text) goes through this module: rule signatures, `matches` conditions, the knowledge tables'
patterns and the probes' parsers. Python's `re` backtracks: `.*nvcc.* failed` took 5 s on one
16 KiB line. RE2 has no backtracking, so a search is linear in the text whatever the pattern.

RE2 has no lookarounds, backreferences, possessive quantifiers or atomic groups; a pattern that
needs one is refused (`PatternError`, and `gpufix rules lint` names its file:line).

google-re2 is a dependency wherever it ships wheels (Linux glibc x86_64/aarch64, Windows,
macOS 13+; pyproject's markers). Elsewhere (musl, older macOS) this module falls back to
Python's `re` on the same vetted patterns: still no backtracking features, and callers bound
the text (`MAX_SEARCH`), so the work per line is bounded but not linear. `BACKEND` says which.
"""
from __future__ import annotations

import functools
import re as _re
from typing import Any, Callable, Iterator

try:  # Python >= 3.11
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.9/3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

try:
    import re2 as _re2
except ImportError:  # pragma: no cover - platforms without a google-re2 wheel
    _re2 = None

BACKEND = "re2" if _re2 is not None else "re"
# Characters of one text a caller should search at most (the log scanner's per-line cap): RE2
# is linear, so a long line only costs its length; the fallback's worst case grows faster.
MAX_SEARCH = 16 * 1024 if _re2 is not None else 2 * 1024

IGNORECASE = I = _re.IGNORECASE
MULTILINE = M = _re.MULTILINE
DOTALL = S = _re.DOTALL
ASCII = A = _re.ASCII  # RE2's \d \w \s \b are ASCII already
Pattern = _re.Pattern  # for annotations only: compile() returns an RE2 pattern with the same methods
Match = _re.Match
_INLINE = ((IGNORECASE, "i"), (MULTILINE, "m"), (DOTALL, "s"))
_KNOWN_FLAGS = IGNORECASE | MULTILINE | DOTALL | ASCII


class PatternError(ValueError):
    """A pattern that does not compile, or needs a feature linear-time matching lacks."""


error = PatternError  # the `re.error` spelling, for code written against `re`

if _re2 is not None:
    _OPTIONS = _re2.Options()
    _OPTIONS.log_errors = False  # RE2 would print each refused pattern on stderr
    # The log scanner's one set holds every literal-free signature (~400 patterns): RE2's default 8 MiB
    # budget left room for about ten more 80-character windows ("failed to compile Set"). The budget is a
    # cap, not an allocation; the set is compiled once per process.
    _SET_OPTIONS = _re2.Options()
    _SET_OPTIONS.log_errors = False
    _SET_OPTIONS.max_mem = 64 << 20


def _first_in_tree(pattern: str, visit: Callable[[list, int], str | None]) -> str | None:
    """The first answer `visit(sequence, index)` gives for an item of `pattern`'s parse tree (Python's
    parser), walking groups, repeats and alternatives depth first; None when it gives none."""
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception as e:  # noqa: BLE001 - any parse failure is the pattern's own error
        raise PatternError(str(e)) from None

    def walk(items: Any) -> str | None:
        seq = list(items)
        for i, (op, av) in enumerate(seq):
            found = visit(seq, i)
            if found:
                return found
            subs: list = []
            if op is _c.SUBPATTERN:
                subs = [av[3]]
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
                subs = [av[2]]
            elif op is _c.BRANCH:
                subs = list(av[1])
            for sub in subs:
                found = walk(sub)
                if found:
                    return found
        return None

    return walk(parsed)


def _backtracking_feature(pattern: str) -> str | None:
    """The first feature in `pattern` that RE2 lacks (Python's parse tree), or None."""
    names = {
        _c.ASSERT: "a lookahead or lookbehind", _c.ASSERT_NOT: "a negative lookahead or lookbehind",
        _c.GROUPREF: "a backreference", _c.GROUPREF_EXISTS: "a conditional group",
    }
    atomic, possessive = getattr(_c, "ATOMIC_GROUP", None), getattr(_c, "POSSESSIVE_REPEAT", None)

    def visit(seq: list, i: int) -> str | None:
        op = seq[i][0]
        if op in names:
            return names[op]
        if atomic is not None and op is atomic:
            return "an atomic group"
        if possessive is not None and op is possessive:
            return "a possessive quantifier"
        return None

    return _first_in_tree(pattern, visit)


def _edge_chars(items: Any, last: bool) -> set[int]:
    """Characters outside ASCII that `items` (a parsed sequence) may begin with (or end with, `last`),
    as far as literals, groups, alternatives, repeats and classes tell; empty when none is known."""
    seq = list(items)
    if not seq:
        return set()
    op, av = seq[-1] if last else seq[0]
    if op is _c.LITERAL:
        return {av} if av > 0x7F else set()
    if op is _c.IN:  # a negated class ("[^显]") names what it does not match
        return set() if any(kind is _c.NEGATE for kind, _ in av) else {v for kind, v in av if kind is _c.LITERAL and v > 0x7F}
    if op is _c.SUBPATTERN:
        return _edge_chars(av[3], last)
    if op is _c.BRANCH:
        return set().union(*(_edge_chars(alt, last) for alt in av[1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
        return _edge_chars(av[2], last)
    return set()


def boundary_beside_non_ascii(pattern: str) -> str | None:
    """A word boundary \\b written against a character outside ASCII ("显卡\\b", "\\b(?:飞桨|paddle)"), or None.

    RE2's \\b is an ASCII word boundary: after 卡 it holds only when an ASCII letter or digit follows,
    so "显卡吗" and "显卡 " never match there (Python's Unicode \\b fails on the first as well). Such a
    pattern reads less than it says; the boundary is dropped or written as the characters around it.
    """
    def visit(seq: list, i: int) -> str | None:
        op, av = seq[i]
        if op is not _c.AT or av is not _c.AT_BOUNDARY:
            return None
        near = (_edge_chars(seq[:i], last=True) if i else set()) | _edge_chars(seq[i + 1:], last=False)
        if not near:
            return None
        return (f"has a word boundary \\b beside {chr(min(near))!r}, a character outside ASCII: RE2's \\b "
                "is an ASCII word boundary and holds there only next to an ASCII letter or digit (drop it, "
                "or name the characters around it)")

    return _first_in_tree(pattern, visit)


def check(pattern: str) -> str | None:
    """Why `pattern` cannot run in linear time here (not compiling counts), or None."""
    try:
        compile(pattern)
    except PatternError as e:
        return str(e)
    return None


def _with_flags(pattern: str, flags: int) -> str:
    if flags & ~_KNOWN_FLAGS:
        raise PatternError("only the IGNORECASE, MULTILINE, DOTALL and ASCII flags are supported")
    inline = "".join(ch for flag, ch in _INLINE if flags & flag)
    return f"(?{inline}){pattern}" if inline else pattern


@functools.lru_cache(maxsize=1024)
def compile(pattern: str, flags: int = 0) -> Any:  # noqa: A001 - the `re` name, on purpose
    """A compiled pattern with `re`'s methods (search, match, fullmatch, finditer, sub, ...)."""
    if not isinstance(pattern, str):
        raise PatternError("a pattern is text")
    feature = _backtracking_feature(pattern)
    if feature:
        raise PatternError(f"uses {feature}, which needs backtracking (not linear-time)")
    full = _with_flags(pattern, flags)
    if _re2 is None:  # pragma: no cover - exercised only where google-re2 has no wheel
        try:
            return _re.compile(full, flags & ASCII)  # RE2's classes are ASCII: keep `re` alike when asked
        except _re.error as e:
            raise PatternError(str(e)) from None
    try:
        return _Pattern(_re2.compile(full, _OPTIONS))
    except _re2.error as e:
        raw = e.args[0] if e.args else e
        msg = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
        raise PatternError(msg) from None
    except (TypeError, ValueError) as e:
        raise PatternError(str(e)) from None


if _re2 is not None:
    _UNANCHORED, _START, _BOTH = _re2._Anchor.UNANCHORED, _re2._Anchor.ANCHOR_START, _re2._Anchor.ANCHOR_BOTH
    _MISS = (-1, -1)


class _Pattern:
    """google-re2's pattern with a fast "no match": its wrapper maps byte offsets back to
    characters on every call (~10 us), which per-line parsers pay millions of times; most lines
    do not match, and one call into RE2 on the UTF-8 bytes says so (~1 us). A match takes the
    wrapper's path, so Match objects are google-re2's own."""

    __slots__ = ("_rx", "_raw")

    def __init__(self, rx: Any) -> None:
        self._rx = rx
        self._raw = rx._regexp.Match  # the C++ RE2 object's matcher

    def search(self, text: Any, *args: Any) -> Any:
        if not args and isinstance(text, str):
            data = text.encode("utf-8", "surrogatepass")
            if self._raw(_UNANCHORED, data, 0, len(data))[0] == _MISS:
                return None
        return self._rx.search(text, *args)

    def match(self, text: Any, *args: Any) -> Any:
        if not args and isinstance(text, str):
            data = text.encode("utf-8", "surrogatepass")
            if self._raw(_START, data, 0, len(data))[0] == _MISS:
                return None
        return self._rx.match(text, *args)

    def fullmatch(self, text: Any, *args: Any) -> Any:
        if not args and isinstance(text, str):
            data = text.encode("utf-8", "surrogatepass")
            if self._raw(_BOTH, data, 0, len(data))[0] == _MISS:
                return None
        return self._rx.fullmatch(text, *args)

    def __getattr__(self, name: str) -> Any:  # finditer, sub, groupindex, pattern...
        return getattr(self._rx, name)


class Deferred:
    """A module's pattern compiled on its first use (`deferred()`), with the same methods.

    The parsers of tools a machine lacks (nvidia-smi, rocm-smi, lspci, the torch probe in a
    `--quick` run) never run there, and compiling their patterns at import cost ~10 ms of every
    start. A pattern that cannot compile fails on first use instead of at import, so
    tests/test_linear_re.py compiles every deferred pattern of every module.
    """

    __slots__ = ("source", "flags", "_compiled")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: Any = None

    def compiled(self) -> Any:
        c = self._compiled
        if c is None:  # two threads may both compile: the same pattern, and compile() is cached
            c = self._compiled = compile(self.source, self.flags)
        return c

    def search(self, *args: Any) -> Any:
        return self.compiled().search(*args)

    def match(self, *args: Any) -> Any:
        return self.compiled().match(*args)

    def fullmatch(self, *args: Any) -> Any:
        return self.compiled().fullmatch(*args)

    def finditer(self, *args: Any) -> Any:
        return self.compiled().finditer(*args)

    def sub(self, *args: Any) -> Any:
        return self.compiled().sub(*args)

    def __getattr__(self, name: str) -> Any:  # findall, split, groupindex, pattern...
        return getattr(self.compiled(), name)


def deferred(pattern: str, flags: int = 0) -> Deferred:
    """`compile(pattern, flags)` on first use: for module-level patterns of parsers that may not run."""
    return Deferred(pattern, flags)


def search(pattern: str, string: str, flags: int = 0) -> Any:
    return compile(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0) -> Any:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> Any:
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator[Any]:
    return compile(pattern, flags).finditer(string)


def findall(pattern: str, string: str, flags: int = 0) -> list:
    return compile(pattern, flags).findall(string)


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list:
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern: str, repl: "str | Callable[[Any], str]", string: str, count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def escape(text: str) -> str:
    return _re.escape(text)


class PatternSet:
    """Which of several patterns match one text, in a few passes (RE2::Set), then `re`'s methods on
    those only. The log scanner tries its signatures with no literal to look for (about 320 in
    session 41, many of them long alternations) on every line. The patterns go into sets of at most
    SET_SIZE: one set of all of them outgrows RE2's DFA cache and rebuilds it on every line (measured
    in session 41 on 800 fixture lines: one set 14 s, one search per pattern 11 s, sets of 40 or 80
    0.2 s). Without google-re2: every pattern is searched, as before."""

    SET_SIZE = 48

    def __init__(self, patterns: "list[str] | tuple[str, ...]") -> None:
        self.patterns = tuple(patterns)
        self._sets: list[tuple[int, Any]] = []  # (index of its first pattern, the C++ set: bytes in, indices out)
        if _re2 is not None and self.patterns:
            for p in self.patterns:
                compile(p)  # refuses what RE2 cannot run, with the pattern's own message
            for start in range(0, len(self.patterns), self.SET_SIZE):
                built = _re2.Set.SearchSet(_SET_OPTIONS)
                for p in self.patterns[start:start + self.SET_SIZE]:
                    built.Add(p)
                built.Compile()
                self._sets.append((start, built._set))

    def which(self, text: str) -> "list[int]":
        """Indices (in order) of the patterns with a match somewhere in `text`."""
        if not self._sets:
            return [i for i, p in enumerate(self.patterns) if compile(p).search(text)]
        data = text.encode("utf-8", "surrogatepass")
        found: list[int] = []
        for start, one in self._sets:
            hits = one.Match(data)
            if hits:
                found += sorted(start + i for i in hits)
        return found
