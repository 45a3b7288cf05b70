"""Split launcher output into gpufix documents, each with the label its launcher gave it.

What a launcher may add, all optional and mixed freely:

* a label line before a document: `gpufix-node: NAME` (`gpufix fleet slurm`, docs/fleet.md's
  Kubernetes manifest, or any script: `echo "gpufix-node: $(hostname)"; gpufix --json`);
* a per-line prefix that tells interleaved streams apart: kubectl's `--prefix`
  (`[pod/NAME/CONTAINER] `, optionally followed by a `--timestamps` time), srun's `--label`
  (`3: `, a task number), pdsh's `HOST: ` (a word counts as a host only where it prefixes the
  first line of a document, so an error line such as `RuntimeError: ...` is not taken for one);
* Ansible's ad-hoc headers (`HOST | CHANGED | rc=0 >>`, `HOST | UNREACHABLE! => {...}`).

A document is a JSON object with `"schema": "gpufix/1"` starting in column 0, pretty-printed
(`gpufix --json`) or on one line. Each stream is scanned document by document: a regex finds
the next label line or column-0 `{`, the C JSON decoder reads the document (linear time, no
per-line Python work for unprefixed input). What cannot be read becomes a `broken` entry, a
label with no document after it a `missing` one, and reading goes on: one bad node never hides
the rest.
"""
from __future__ import annotations

import json
import re
from array import array
from typing import Any, Iterable, Iterator, NamedTuple, Optional

DOCUMENT = "document"
BROKEN = "broken"
MISSING = "missing"
UNREACHABLE = "unreachable"

# The next label line or the next document start, in column 0.
_BOUNDARY = re.compile(r"^(?:gpufix-node: *([^\s]+)[ \t\r]*$|\{)", re.M)
_KUBECTL = re.compile(r"\[pod/([^/\]\s]+)/[^\]\s]*\] ")
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[.0-9]*(Z|[+-]\d\d:\d\d) ")
_SRUN = re.compile(r" *(\d+): ")
_PDSH = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*): ")
_PDSH_DOCUMENT = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*): \{", re.M)
_ANSIBLE = re.compile(r"([^\s|]+) \| (SUCCESS|CHANGED|FAILED!|FAILED|UNREACHABLE!) ")
# A line that may carry a prefix (anchored at a line's start by the caller).
_PREFIX_START = re.compile(r"\[pod/|\d{4}-\d\d-\d\dT\d\d:| *\d+: |[A-Za-z0-9][A-Za-z0-9._-]*: \{|[^\s|]+ \| ")
_NOTES_KEPT = 3
_DECODER = json.JSONDecoder()


class Entry(NamedTuple):
    """One node's part of the input: a document, or why there is none."""
    kind: str  # DOCUMENT, BROKEN, MISSING, UNREACHABLE
    label: Optional[str]  # the launcher's name for the node (label line, pdsh/Ansible host)
    weak_label: Optional[str]  # a name to use only when the document names no host (kubectl pod, file name)
    source: str  # "FILE:LINE"
    doc: Optional[dict[str, Any]] = None
    reason: Optional[str] = None


class _Stream:
    """One stream's text (the lines of one prefix) and who it is."""
    __slots__ = ("host", "weak", "lines", "numbers", "unreachable")

    def __init__(self, host: Optional[str], weak: Optional[str], unreachable: bool = False) -> None:
        self.host = host  # a prefix that names the node for every document of the stream
        self.weak = weak
        self.lines: list[str] = []
        self.numbers = array("l")  # the input's line number of each line
        self.unreachable = unreachable  # Ansible said UNREACHABLE!; its JSON gives the reason


class _Prefixed(Exception):
    """An unprefixed reading met a line with a launcher's prefix: read the input per line instead."""


def read_text(text: str, source: str, weak_label: Optional[str] = None) -> Iterator[Entry]:
    """Entries from one input, stream by stream, documents in order within a stream.

    `weak_label` names the node of an unprefixed document that names no host itself (a file's name).
    An input with no document and nothing else to report gives one `broken` entry.

    Unprefixed input is read document by document, with no per-line work; inside a pretty-printed
    document every line starts with a space or a brace, so only the lines between documents can
    show a prefix, and the first one that does sends the whole input down the per-line path.
    """
    try:
        found: Iterable[Entry] = list(_scan(text, _Stream(None, weak_label), source, lambda i: i, detect=True))
    except _Prefixed:
        hosts = {h.group(1) for h in _PDSH_DOCUMENT.finditer(text)} - {"gpufix-node"}
        streams = _demux(text, hosts, weak_label)
        found = (e for s in streams for e in _scan("\n".join(s.lines), s, source, _numbers(s)))
    emitted = False
    notes: list[str] = []
    for e in found:
        if e.kind == "_notes":
            notes = (notes + [e.reason or ""])[-_NOTES_KEPT:]
            continue
        emitted = True
        yield e
    if not emitted:
        yield Entry(BROKEN, None, weak_label, f"{source}:1" if text else source, reason=_no_document(text, notes))


def _numbers(s: _Stream):
    return lambda i: s.numbers[i - 1]


def _demux(text: str, hosts: set[str], weak_default: Optional[str]) -> list[_Stream]:
    """Split prefixed lines into streams, in order of first appearance (the per-line path)."""
    streams: dict[str, _Stream] = {}
    current = ""  # the stream unprefixed lines belong to (Ansible switches it per host)
    streams[""] = _Stream(None, weak_default)
    for number, line in enumerate(text.split("\n"), 1):
        m = _ANSIBLE.match(line)
        if m:
            current = f"a:{m.group(1)}:{number}"
            streams[current] = _Stream(m.group(1), weak_default, m.group(2) == "UNREACHABLE!")
            rest = line[m.end():]
            if not rest.startswith("=> "):
                continue
            key, host, weak, line = current, None, None, rest[3:]
        else:
            key, host, weak, line = _split_prefix(line, hosts, weak_default)
            if key == "":
                key = current
        stream = streams.get(key)
        if stream is None:
            stream = streams[key] = _Stream(host, weak)
        stream.lines.append(line)
        stream.numbers.append(number)
    return list(streams.values())


def _split_prefix(line: str, hosts: set[str], weak_default: Optional[str]) -> tuple[str, Optional[str], Optional[str], str]:
    """(stream key, host label, weak label, the line without the prefix)."""
    m = _KUBECTL.match(line)
    if m:
        rest = line[m.end():]
        ts = _TIMESTAMP.match(rest)
        return "k:" + m.group(1), None, m.group(1), rest[ts.end():] if ts else rest
    ts = _TIMESTAMP.match(line)
    if ts:
        line = line[ts.end():]
    m = _SRUN.match(line)
    if m:
        return "s:" + m.group(1), None, weak_default, line[m.end():]
    m = _PDSH.match(line)
    if m and m.group(1) in hosts:
        return "p:" + m.group(1), m.group(1), weak_default, line[m.end():]
    return "", None, weak_default, line


def _no_document(text: str, notes: list[str]) -> str:
    if notes:
        return "no gpufix document; the output says: " + " / ".join(notes)
    return "no gpufix document" if text.strip() else "no gpufix document (empty input)"


def _scan(text: str, s: _Stream, source: str, line_of, detect: bool = False) -> Iterator[Entry]:
    """The entries of one stream. `line_of(i)`: the input's line number of the stream's line i (1-based).
    `detect`: raise _Prefixed at a line between documents that carries a launcher's prefix.

    Yields ("_notes", reason=line) pseudo-entries for read_text's empty-input message.
    """
    pos, line, counted = 0, 1, 0
    label: Optional[str] = None
    label_line = 0
    notes: list[str] = []
    got_document_for_label = False
    emitted_any = False

    def where(at_line: int) -> str:
        return f"{source}:{line_of(at_line)}" if at_line else source

    def entry(kind: str, at: int, doc: Optional[dict[str, Any]] = None, reason: Optional[str] = None) -> Entry:
        nonlocal label, got_document_for_label, emitted_any
        e = Entry(kind, label or s.host, s.weak, where(at), doc, reason)
        label, got_document_for_label, emitted_any = None, True, True
        return e

    while True:
        m = _BOUNDARY.search(text, pos)
        end = m.start() if m else len(text)
        for note in text[pos:end].split("\n"):
            if detect and _PREFIX_START.match(note):
                raise _Prefixed
            if note.strip():
                notes = (notes + [note.strip()[:200]])[-_NOTES_KEPT:]
                yield Entry("_notes", None, None, source, reason=note.strip()[:200])
        if m is None:
            break
        line += text.count("\n", counted, m.start())
        counted = m.start()
        if m.group(1) is not None:  # a label line
            if label is not None and not got_document_for_label:
                yield entry(MISSING, label_line, reason=_no_document("x", notes))
            label, label_line, notes, got_document_for_label = m.group(1), line, [], False
            pos = m.end()
            continue
        try:
            value, pos = _DECODER.raw_decode(text, m.start())
        except ValueError as e:
            yield entry(BROKEN, line, reason=_broken_reason(text, m.start(), line, e))
            nxt = _next_boundary(text, m.start())
            pos = nxt.start() if nxt else len(text)
            continue
        if isinstance(value, dict) and value.get("schema") == "gpufix/1":
            yield entry(DOCUMENT, line, doc=value)
        elif s.unreachable:
            msg = value.get("msg") if isinstance(value, dict) else None
            s.unreachable = False
            yield entry(UNREACHABLE, line, reason=str(msg or "Ansible: UNREACHABLE!"))
        else:
            schema = value.get("schema") if isinstance(value, dict) else None
            notes = (notes + [f"a JSON value that is not a gpufix/1 document (schema {schema!r})"])[-_NOTES_KEPT:]
    if s.unreachable:
        yield entry(UNREACHABLE, line, reason="Ansible: UNREACHABLE!")
    elif label is not None and not got_document_for_label:
        yield entry(MISSING, label_line, reason=_no_document("x", notes))
    elif s.host is not None and not emitted_any:
        yield entry(MISSING, 1 if text else 0, reason=_no_document(text, notes))


def _next_boundary(text: str, start: int) -> Optional[re.Match[str]]:
    """The first label line or document start after the line at `start`."""
    nl = text.find("\n", start)
    return _BOUNDARY.search(text, nl + 1) if nl >= 0 else None


def _broken_reason(text: str, start: int, line: int, e: ValueError) -> str:
    """Why the document starting at `start` could not be read: cut off (it does not end in `}`
    before the next document or label, or before the input ends), or invalid JSON."""
    nxt = _next_boundary(text, start)
    end = nxt.start() if nxt else len(text)
    if not text[start:end].rstrip().endswith("}"):
        if nxt is None:
            return "the input ends inside the document"
        return f"the document is cut off at line {line + text.count(chr(10), start, end) - 1}"
    err_pos = getattr(e, "pos", start)
    return f"not valid JSON: {getattr(e, 'msg', e)}: line {text.count(chr(10), start, err_pos) + 1} of the document"
