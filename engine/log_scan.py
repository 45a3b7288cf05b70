"""Read an error log once, streaming: signature hits, a bounded excerpt, and facts from it.

Linear time and memory that does not grow with the log: the input is read in 1 MiB blocks
(binary, cut at line ends); all the signatures' literal texts are found in one pass over each
block by an Aho-Corasick automaton (pyahocorasick; without it, one bytes.find pass per text),
each signature's regex (RE2, gpufix.linear_re: linear in the line) is run at most once per line,
only on the lines holding one of its texts, and only the first
and last 256 KiB are kept (for `log.text`; gpufix.core reads facts stated in it with the
pasted-log parser, which is not the engine's business).

Lines end at \\n or \\r (a lone \\r is a progress-bar redraw); a line longer than MAX_LINE is
cut, the rest of it ignored. UTF-8 is decoded with replacement; UTF-16 (what Windows
PowerShell writes with `>`) is converted. A missing, unreadable or binary input or a
directory is an InputError: one line for the user.
"""
from __future__ import annotations

import codecs
import functools
import io
import itertools
import os
import re
import sys
from dataclasses import field
from typing import IO, Any, Iterator

from gpufix import linear_re
from gpufix.engine.loader import resolve_rules
from gpufix.engine.signatures import (Needle, ScanPlan, Signature, automaton_available, build_automaton,
                                      fold_needles, plan_needles, plan_of)
from gpufix.errors import InputError
from gpufix.facts import ok
from gpufix.probes.redact import redact
from gpufix.records import record

BLOCK = 1 << 20
MAX_LINE = linear_re.MAX_SEARCH  # bytes of one line the signatures see (16 KiB on RE2)
HEAD = TAIL = 256 * 1024  # kept for the excerpt and fact extraction
BINARY_PROBE = 8192
MAX_SHOWN_LINE = 500  # characters of a matching line kept for evidence
SOURCE = "log"


@record(frozen=True)
class SignatureHit:
    """A line of an error text that a signature matched."""

    line_no: int  # 1-based, counting \n
    line: str
    groups: dict  # named group -> text (groups that took part)
    source: str = SOURCE  # the error text it is in: the log or an error fact (torch.error...)

    @property
    def where(self) -> str:
        """Where the line is, for evidence: "line 12" in the log, "torch.error line 2" in a fact."""
        return f"line {self.line_no}" if self.source == SOURCE else f"{self.source} line {self.line_no}"

    def to_json(self) -> dict[str, Any]:
        out = {"line": self.line_no, "text": self.line, "groups": dict(self.groups)}
        if self.source != SOURCE:
            out["source"] = self.source
        return out


@record
class LogScan:
    """What reading an error log found: its facts, signature hits and an excerpt."""

    source: str  # the path, "stdin" or "text"
    bytes: int = 0
    lines: int = 0
    long_lines: int = 0
    excerpt: str = ""
    complete: bool = True  # excerpt is the whole text
    pattern_hits: dict = field(default_factory=dict)  # regex -> SignatureHit
    patterns: frozenset = frozenset()  # the regexes looked for
    owners: dict = field(default_factory=dict)  # regex -> ((rule id, signature name), ...)
    facts: list = field(default_factory=list)  # list[Fact], origin "log"
    extraction: str = "not run"  # facts stated in the text: set by gpufix.core (ok, failed: ..., skipped)

    @property
    def hits(self) -> dict[str, dict[str, SignatureHit]]:
        """rule id -> signature name -> first matching line and its groups."""
        out: dict[str, dict[str, SignatureHit]] = {}
        for pattern, hit in self.pattern_hits.items():
            for rule_id, name in self.owners.get(pattern, ()):
                out.setdefault(rule_id, {})[name] = hit
        return out

    def summary(self) -> dict[str, Any]:
        matched = sorted(f"{rid}:{name}" for rid, sigs in self.hits.items() for name in sigs)
        return {"given": True, "source": self.source, "bytes": self.bytes, "lines": self.lines,
                "signatures_matched": matched, "long_lines_cut": self.long_lines,
                "excerpt_bytes": len(self.excerpt.encode("utf-8")), "excerpt_complete": self.complete,
                "facts_extracted": len([f for f in self.facts if f.name not in ("log.text", "log.present")]),
                "extraction": self.extraction}


# --- public entry points --------------------------------------------------------------------

def scan_log_path(path: str, rules: Any = None) -> LogScan:
    """Scan a log file ('-' = standard input). Raises InputError with one line on bad input."""
    plan = _plan(rules)
    if path == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise InputError("--log -: standard input is not readable")
        return _finish(_scan_stream(stream, plan, "--log -"), "stdin")
    if os.path.isdir(path):
        raise InputError(f"--log {path}: is a directory, not a log file")
    try:
        f = open(path, "rb")
    except FileNotFoundError as e:
        raise InputError(f"--log {path}: no such file") from e
    except OSError as e:
        raise InputError(f"--log {path}: cannot read: {e.strerror or e}") from e
    with f:
        return _finish(_scan_stream(f, plan, f"--log {path}"), path)


def scan_log_text(text: str, rules: Any = None) -> LogScan:
    """Scan text already in memory (a pasted log) the same way as a file."""
    plan = _plan(rules)
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else bytes(text)
    return _finish(_scan_stream(io.BytesIO(data), plan, "log text"), "text")


def scan_text_for(text: str, signatures: tuple[Signature, ...]) -> dict[str, SignatureHit]:
    """Signature hits of `signatures` in text (a complete excerpt scanned again for other rules)."""
    plan = ScanPlan(signatures, {o: s for s in signatures for o in s.owners}, plan_needles(signatures))
    return scan_text(text, plan)


def scan_text(text: str, plan: ScanPlan, source: str = SOURCE) -> dict[str, SignatureHit]:
    """Signature hits in a text held in memory (an error fact: torch.error...), found exactly as
    in a log: the same prefilter, one pass, the first matching line of each signature."""
    if not plan.signatures:
        return {}
    try:
        hits = _scan_stream(io.BytesIO(text.encode("utf-8", "surrogatepass")), plan, source).pattern_hits
    except InputError:  # a fact holding NUL bytes reads as "binary": no line to match then
        return {}
    if source == SOURCE:
        return hits
    return {p: SignatureHit(h.line_no, h.line, h.groups, source) for p, h in hits.items()}


def _plan(rules: Any) -> ScanPlan:
    return plan_of(resolve_rules(rules)).for_source(SOURCE)  # only the signatures that read the log


# --- reading ----------------------------------------------------------------------------------

def _chunks(stream: IO[bytes], what: str) -> Iterator[bytes]:
    """UTF-8 byte blocks of the input (a UTF-16 input converted, a UTF-8 BOM dropped)."""
    try:
        first = stream.read(BLOCK)
        if first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            decoder = codecs.getincrementaldecoder("utf-16")("replace")
            data = first
            while data:
                yield decoder.decode(data).encode("utf-8", "surrogatepass")
                data = stream.read(BLOCK)
            yield decoder.decode(b"", final=True).encode("utf-8", "surrogatepass")
            return
        if first.startswith(codecs.BOM_UTF8):
            first = first[len(codecs.BOM_UTF8):]
        if b"\x00" in first[:BINARY_PROBE]:
            raise InputError(f"{what}: looks like a binary file, not a text log")
        data = first
        while data:
            yield data
            data = stream.read(BLOCK)
    except OSError as e:
        raise InputError(f"{what}: cannot read: {e.strerror or e}") from e


def _last_break(buf: bytes) -> int:
    return max(buf.rfind(b"\n"), buf.rfind(b"\r"))


def _first_break(buf: bytes) -> int:
    n, r = buf.find(b"\n"), buf.find(b"\r")
    return min(n, r) if n >= 0 and r >= 0 else max(n, r)


def _scan_stream(stream: IO[bytes], plan: ScanPlan, what: str) -> LogScan:
    scanner = _Scanner(plan)
    total = 0
    head = bytearray()
    tail = bytearray()
    whole: bytearray | None = bytearray()
    carry = b""
    skipping = False  # inside the cut-off rest of an over-long line
    last = b""
    for data in _chunks(stream, what):
        if not data:
            continue
        if total < HEAD:
            head += data[: HEAD - total]
        total += len(data)
        last = data[-1:]
        tail += data
        if len(tail) > 2 * TAIL:
            del tail[:-TAIL]
        if whole is not None:
            whole += data
            if len(whole) > HEAD + TAIL:
                whole = None
        if skipping:
            cut = _first_break(data)
            if cut < 0:
                continue
            data = data[cut:]  # keep the line break: line numbers count it
            skipping = False
        buf = carry + data if carry else data
        cut = _last_break(buf)
        if cut < 0:
            block, carry = b"", buf
        else:
            block, carry = buf[: cut + 1], buf[cut + 1:]
        if len(carry) > MAX_LINE:  # a line longer than MAX_LINE: scan its start, skip the rest
            block, carry = block + carry[:MAX_LINE], b""
            scanner.long_lines += 1
            skipping = True
        if block:
            scanner.feed(block)
    if carry:
        scanner.feed(carry)
    # Every \n reaches the scanner (a skipped rest of a long line holds none), which counts them.
    scan = LogScan(source="", bytes=total, lines=scanner.lines_before + (1 if total and last != b"\n" else 0),
                   long_lines=scanner.long_lines, pattern_hits=scanner.hits, patterns=plan.patterns,
                   owners={s.pattern: s.owners for s in plan.signatures})
    if whole is not None:
        scan.excerpt, scan.complete = redact(whole.decode("utf-8", "replace")), True
    else:
        scan.excerpt, scan.complete = redact(_excerpt(bytes(head), bytes(tail[-TAIL:]), total)), False
    return scan


def _excerpt(head: bytes, tail: bytes, total: int) -> str:
    # Whole lines only, so the fact extractor never sees half a line.
    cut = _last_break(head)
    head = head[: cut + 1] if cut >= 0 else head
    cut = _first_break(tail)
    tail = tail[cut + 1:] if cut >= 0 else tail
    omitted = total - len(head) - len(tail)
    return (head.decode("utf-8", "replace") + f"\n[... {omitted} bytes of the log omitted ...]\n"
            + tail.decode("utf-8", "replace"))


class _Scanner:
    """Finds the first line matching each signature, one block of whole lines at a time.

    A signature with literals is tried only on the lines where one of them occurs (found by
    the automaton in one pass, or by bytes.find per needle without pyahocorasick); one without
    is tried on every line. Both ways give the same hits: every line the regex matches holds
    a searched text, and the first matching line wins either way.
    """

    def __init__(self, plan: ScanPlan) -> None:
        self.with_literals = [s for s in plan.signatures if s.literals]
        self.per_line = [s for s in plan.signatures if not s.literals]
        self.use_automaton = automaton_available()
        self.needles = list(plan.needles)
        self.done: set[str] = set()  # patterns already found
        self.hits: dict[str, SignatureHit] = {}
        self.lines_before = 0
        self.long_lines = 0
        self.automaton: Any = None
        self.lowered = False  # the automaton runs over the ASCII-lowered block
        self.fold_needles: tuple[Needle, ...] = ()
        self._stale = False  # signatures were found since the automaton was built
        if self.use_automaton:
            self._build_automaton()

    def _build_automaton(self) -> None:
        todo = tuple(s for s in self.with_literals if s.pattern not in self.done)
        self.lowered = any(s.ignorecase for s in todo)
        self.automaton = build_automaton(todo, self.lowered)
        self.fold_needles = fold_needles(todo)

    def feed(self, block: bytes) -> None:
        if self._stale:  # rebuilt only when another block comes: most pasted logs are one block
            self._build_automaton()
            self._stale = False
        found = len(self.done)
        best: dict[str, tuple] = {}  # pattern -> (line start, sig, match, line): earliest in this block
        if self.use_automaton:
            if self.automaton is not None:
                self._by_automaton(block, best)
            if self.fold_needles:
                self._by_needles(block, self.fold_needles, best)
        elif self.needles:
            self._by_needles(block, self.needles, best)
        for start, sig, m, line in best.values():
            self._record(sig, block, start, m, line)
        if self.per_line:
            self._by_line(block)
        if len(self.done) > found:
            self._prune()
        self.lines_before += block.count(b"\n")

    def _record(self, sig: Signature, block: bytes, start: int, m: re.Match, line: str) -> None:
        # A matching line is shown as evidence: credentials on it (a pip command with a token) go first.
        groups = {k: redact(v) for k, v in m.groupdict().items() if v is not None}
        line = redact(line)
        shown = line if len(line) <= MAX_SHOWN_LINE else line[:MAX_SHOWN_LINE] + "..."
        self.hits[sig.pattern] = SignatureHit(self.lines_before + block.count(b"\n", 0, start) + 1, shown, groups)
        self.done.add(sig.pattern)

    def _prune(self) -> None:
        self.per_line = [s for s in self.per_line if s.pattern not in self.done]
        if self.use_automaton:
            self._stale = True
        else:
            self.needles = [n for n in self.needles if any(s.pattern not in self.done for s in n.signatures)]

    def _by_automaton(self, block: bytes, best: dict[str, tuple]) -> None:
        """Earliest matching line per signature in this block, from one automaton pass."""
        has_cr = b"\r" in block
        want = sum(1 for s in self.with_literals if s.pattern not in self.done)
        done = self.done
        line_start = line_next = -1  # the visible line last looked at: [start, next)
        line = ""
        tried: set[str] = set()  # patterns tried on that line
        for end, entries in _automaton_hits(self.automaton, block, self.lowered):  # lines in order
            for text, ic, back, sigs in entries:
                pos = end - back
                if pos < 0 or not (block[pos: end + 1].lower() == text if ic else block.startswith(text, pos)):
                    continue  # only part of the text, or a case variant of a case-sensitive one
                if not line_start <= pos < line_next:
                    start, nxt, text_at = self._line_at(block, pos, len(text), has_cr)
                    if text_at is None:
                        continue  # past the visible start of a long line
                    line_start, line_next, line = start, nxt, text_at
                    tried = set()
                for sig in sigs:
                    p = sig.pattern
                    if p in tried or p in best or p in done:
                        continue
                    tried.add(p)
                    if sig.may_match(line):
                        m = sig.regex.search(line)
                        if m:
                            best[p] = (line_start, sig, m, line)
            if len(best) == want:
                break

    def _by_needles(self, block: bytes, needles: list[Needle] | tuple[Needle, ...], best: dict[str, tuple]) -> None:
        """The same with one bytes.find pass per needle (no pyahocorasick; or the FOLD_CHARS)."""
        lowered = None
        has_cr = b"\r" in block
        for needle in needles:
            hay = block
            if needle.ignorecase:
                if lowered is None:
                    lowered = block.lower()  # ASCII only: offsets stay the same
                hay = lowered
            if needle.text[:1] not in hay:  # memchr: settles most needles absent from a block
                continue
            pos = hay.find(needle.text)
            while pos >= 0:
                todo = [s for s in needle.signatures if s.pattern not in self.done
                        and (s.pattern not in best or best[s.pattern][0] > pos)]
                if not todo:
                    break
                start, end, line = self._line_at(block, pos, len(needle.text), has_cr)
                if line is not None:
                    for sig in todo:
                        m = sig.regex.search(line) if sig.may_match(line) else None
                        if m:
                            best[sig.pattern] = (start, sig, m, line)
                pos = hay.find(needle.text, end) if end < len(block) else -1

    @staticmethod
    def _line_at(block: bytes, pos: int, length: int, has_cr: bool) -> tuple[int, int, "str | None"]:
        """(line start, where to search next, the line's visible text or None if pos is past it)."""
        lo = max(0, pos - MAX_LINE)
        start = block.rfind(b"\n", lo, pos)
        if has_cr:
            start = max(start, block.rfind(b"\r", lo, pos))
        if start < 0 and lo > 0:
            return pos, _line_end(block, pos, len(block), has_cr) + 1, None  # past the line's visible start
        start += 1
        limit = min(len(block), start + MAX_LINE)
        if pos + length > limit:  # so is every later occurrence on this line
            return start, _line_end(block, pos, len(block), has_cr) + 1, None
        end = _line_end(block, pos, limit, has_cr)
        return start, end + 1, block[start:end].decode("utf-8", "replace")

    def _by_line(self, block: bytes) -> None:
        offset = 0
        found: list[Signature] = []
        sigs = self.per_line
        matcher = self._per_line_set()
        for raw in block.split(b"\n"):
            for segment in raw.split(b"\r") if b"\r" in raw else (raw,):
                if not segment:
                    continue
                line = segment[:MAX_LINE].decode("utf-8", "replace")
                for i in matcher.which(line):  # one pass says which signatures match this line
                    sig = sigs[i]
                    if sig in found:
                        continue
                    m = sig.regex.search(line)
                    if m:
                        self._record(sig, block, offset, m, line)
                        found.append(sig)
            if len(found) == len(sigs):
                break
            offset += len(raw) + 1

    def _per_line_set(self) -> linear_re.PatternSet:
        key = tuple(s.pattern for s in self.per_line)
        if getattr(self, "_set_key", None) != key:  # per_line shrinks as signatures are found
            self._set_key, self._set = key, _pattern_set(key)
        return self._set


@functools.lru_cache(maxsize=32)
def _pattern_set(patterns: tuple[str, ...]) -> linear_re.PatternSet:
    """One compiled set per list of patterns, kept for the process: compiling the RE2 set costs
    ~3 ms, more than scanning a typical pasted log, and a process that reads many logs (the TUI's
    pastes, `gpufix rules test`, the remedy lint) asks for the same few lists. A set is read-only
    once built."""
    return linear_re.PatternSet(patterns)


AUTOMATON_PIECE = 128 * 1024  # bytes given to the automaton at a time: it copies them as UCS-4


def _automaton_hits(automaton: Any, block: bytes, lowered: bool) -> Iterator[tuple[int, tuple]]:
    """(offset of the key's last byte, entries) for every key occurrence in the block (or in
    the block ASCII-lowered, which keeps offsets), in order."""

    def pieces() -> Iterator[Any]:
        it = None
        for at in range(0, len(block), AUTOMATON_PIECE):
            piece = block[at: at + AUTOMATON_PIECE]
            piece = (piece.lower() if lowered else piece).decode("latin-1")  # one character per byte
            if it is None:
                it = automaton.iter(piece)
            else:
                it.set(piece)  # goes on from the automaton's state: a key may straddle two pieces
            yield it

    return itertools.chain.from_iterable(pieces())  # each piece's hits drained in C


def _line_end(block: bytes, pos: int, limit: int, has_cr: bool) -> int:
    """Offset of the first line break at or after pos (limit if none before it)."""
    end = block.find(b"\n", pos, limit)
    if has_cr:
        cr = block.find(b"\r", pos, limit)
        end = cr if end < 0 or (0 <= cr < end) else end
    return limit if end < 0 else end


# --- facts -------------------------------------------------------------------------------------

def _finish(scan: LogScan, source: str) -> LogScan:
    scan.source = source
    scan.facts = [ok("log.present", True, SOURCE, f"log: {source}", origin=SOURCE),
                  ok("log.text", scan.excerpt, SOURCE, f"log: {source}", origin=SOURCE)]
    return scan
