"""Split launcher output into gpufix documents, each with the label its launcher gave it.

One pass over the lines, in linear time. What a launcher may add, all optional and mixed freely:

* a label line before a document: `gpufix-node: NAME` (`gpufix fleet slurm`, docs/fleet.md's
  Kubernetes manifest, or any script: `echo "gpufix-node: $(hostname)"; gpufix --json`);
* a per-line prefix that tells interleaved streams apart: kubectl's `--prefix`
  (`[pod/NAME/CONTAINER] `, optionally followed by a `--timestamps` time), srun's `--label`
  (`3: `, a task number), pdsh's `HOST: `;
* Ansible's ad-hoc headers (`HOST | CHANGED | rc=0 >>`, `HOST | UNREACHABLE! => {...}`).

A document is a JSON object with `"schema": "gpufix/1"`, pretty-printed (`gpufix --json`, ending
at a `}` in column 0) or on one line. What cannot be read becomes a `broken` entry, a label
with no document after it a `missing` one, and reading goes on: one bad node never hides the rest.
"""
from __future__ import annotations

import json
import re
from typing import Any, Iterable, Iterator, NamedTuple, Optional

DOCUMENT = "document"
BROKEN = "broken"
MISSING = "missing"
UNREACHABLE = "unreachable"

LABEL_PREFIX = "gpufix-node:"
_LABEL = re.compile(r"gpufix-node: *([^\s]+) *")
_KUBECTL = re.compile(r"\[pod/([^/\]\s]+)/[^\]\s]*\] ")
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[.0-9]*(Z|[+-]\d\d:\d\d) ")
_SRUN = re.compile(r" *(\d+): ")
_PDSH = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*): ")
_ANSIBLE = re.compile(r"([^\s|]+) \| (SUCCESS|CHANGED|FAILED!|FAILED|UNREACHABLE!) ")
# Words that begin a line as `word: ...` without being a host: gpufix's, srun's and the shell's own messages.
_NOT_HOSTS = frozenset({"gpufix", "gpufix-node", "srun", "slurmstepd", "sh", "bash", "error", "warning", "Error",
                        "Warning", "Traceback", "ERROR", "WARNING", "INFO", "note"})
_NOTES_KEPT = 3


class Entry(NamedTuple):
    """One node's part of the input: a document, or why there is none."""
    kind: str  # DOCUMENT, BROKEN, MISSING, UNREACHABLE
    label: Optional[str]  # the launcher's name for the node (label line, pdsh/Ansible host)
    weak_label: Optional[str]  # a name to use only when the document names no host (kubectl pod, file name)
    source: str  # "FILE:LINE"
    doc: Optional[dict[str, Any]] = None
    reason: Optional[str] = None


class _Stream:
    """The state of one interleaved stream (one prefix)."""
    __slots__ = ("host", "weak", "label", "buf", "start", "notes", "emitted_for_label", "unreachable")

    def __init__(self, host: Optional[str], weak: Optional[str]) -> None:
        self.host = host  # a prefix that names the node for every document of the stream
        self.weak = weak
        self.label: Optional[str] = None  # the pending label line, consumed by the next document
        self.buf: list[str] = []
        self.start = 0
        self.notes: list[str] = []
        self.emitted_for_label = False
        self.unreachable: Optional[str] = None  # Ansible said UNREACHABLE!; its JSON gives the reason


def _split_prefix(line: str, weak_default: Optional[str]) -> tuple[str, Optional[str], Optional[str], str]:
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
    if m and m.group(1) not in _NOT_HOSTS:
        return "p:" + m.group(1), m.group(1), weak_default, line[m.end():]
    return "", None, weak_default, line


def read_lines(lines: Iterable[str], source: str, weak_label: Optional[str] = None) -> Iterator[Entry]:
    """Entries from the lines of one input (a file, `kubectl logs`, srun's output), in order.

    `weak_label` names the node of an unprefixed document that names no host itself (a file's name).
    An input with no document and nothing else to report gives one `broken` entry.
    """
    streams: dict[str, _Stream] = {}
    emitted = False
    lineno = 0
    for lineno, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        m = _ANSIBLE.match(line)
        if m:
            stream = streams.get("")
            if stream is not None:
                for e in _flush(stream, source, lineno):
                    emitted = True
                    yield e
            stream = streams[""] = _Stream(m.group(1), weak_label)
            if m.group(2) == "UNREACHABLE!":
                stream.unreachable = "UNREACHABLE!"
            rest = line[m.end():]
            if not rest.startswith("=> "):
                continue
            line, key = rest[3:], ""
        else:
            key, host, weak, line = _split_prefix(line, weak_label)
            stream = streams.get(key)
            if stream is None:
                stream = streams[key] = _Stream(host, weak)
        for e in _feed(stream, line, source, lineno):
            emitted = True
            yield e
    for stream in streams.values():
        for e in _flush(stream, source, lineno + 1):
            emitted = True
            yield e
    if not emitted:
        notes = [n for s in streams.values() for n in s.notes][-_NOTES_KEPT:]
        yield Entry(BROKEN, None, weak_label, f"{source}:1" if lineno else source, reason=_no_document(lineno, notes))


def _no_document(lines: int, notes: list[str]) -> str:
    if notes:
        return "no gpufix document; the output says: " + " / ".join(notes)
    return "no gpufix document (empty input)" if not lines else "no gpufix document"


def _feed(s: _Stream, line: str, source: str, lineno: int) -> Iterator[Entry]:
    label = _LABEL.fullmatch(line) if line.startswith(LABEL_PREFIX) else None
    if s.buf:
        if label is None and not line.startswith("{"):
            s.buf.append(line)
            if line.rstrip() == "}":
                yield from _close(s, source)
            return
        yield _entry(s, BROKEN, source, s.start, reason=f"the document is cut off at line {lineno - 1}")
        s.buf = []
    if label is not None:
        if s.label is not None and not s.emitted_for_label:
            yield _entry(s, MISSING, source, s.start, reason=_no_document(1, s.notes))
        s.label, s.start, s.notes, s.emitted_for_label = label.group(1), lineno, [], False
        return
    if line.startswith("{"):
        s.buf, s.start = [line], lineno
        stripped = line.rstrip()
        if stripped != "{" and stripped.endswith("}"):  # a compact document on one line
            yield from _close(s, source)
        return
    if line.strip():
        s.notes = (s.notes + [line.strip()[:200]])[-_NOTES_KEPT:]


def _close(s: _Stream, source: str) -> Iterator[Entry]:
    text = "\n".join(s.buf)
    s.buf = []
    try:
        value = json.loads(text)
    except ValueError as e:
        yield _entry(s, BROKEN, source, s.start, reason=f"not valid JSON: {e}")
        return
    if isinstance(value, dict) and value.get("schema") == "gpufix/1":
        yield _entry(s, DOCUMENT, source, s.start, doc=value)
    elif s.unreachable is not None:
        msg = value.get("msg") if isinstance(value, dict) else None
        s.unreachable = None
        yield _entry(s, UNREACHABLE, source, s.start, reason=str(msg or "Ansible: UNREACHABLE!"))
    else:
        schema = value.get("schema") if isinstance(value, dict) else None
        s.notes = (s.notes + [f"a JSON value that is not a gpufix/1 document (schema {schema!r})"])[-_NOTES_KEPT:]


def _entry(s: _Stream, kind: str, source: str, line: int, doc: Optional[dict[str, Any]] = None,
           reason: Optional[str] = None) -> Entry:
    label = s.label or s.host
    s.label, s.emitted_for_label = None, True
    return Entry(kind, label, s.weak, f"{source}:{line}", doc, reason)


def _flush(s: _Stream, source: str, lineno: int) -> Iterator[Entry]:
    """The end of a stream: a document cut off, a label or an Ansible host with nothing after it."""
    if s.buf:
        yield _entry(s, BROKEN, source, s.start, reason="the input ends inside the document")
        s.buf = []
    if s.unreachable is not None:
        s.unreachable = None
        yield _entry(s, UNREACHABLE, source, s.start or lineno, reason="Ansible: UNREACHABLE!")
    elif s.label is not None and not s.emitted_for_label:
        yield _entry(s, MISSING, source, s.start, reason=_no_document(1, s.notes))
    elif s.host is not None and not s.emitted_for_label:
        yield _entry(s, MISSING, source, s.start or lineno, reason=_no_document(1, s.notes))


def read_text(text: str, source: str, weak_label: Optional[str] = None) -> list[Entry]:
    """read_lines over a string (tests, srun's captured output)."""
    return list(read_lines(text.splitlines(), source, weak_label))
