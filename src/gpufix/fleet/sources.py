"""Read `gpufix fleet summarize`'s inputs: files, directories (every file in them), or `-`.

A file may hold one document or many (concatenated `kubectl logs`, srun or pdsh output); a file
that cannot be read or decoded is one `broken` entry, and reading goes on.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from gpufix.errors import InputError
from gpufix.fleet.nodes import NodeReport, node_report
from gpufix.fleet.streams import BROKEN, Entry, read_text

# Reading and decoding documents is the whole cost of a summary; from this many files on they
# are read by one process per core (each returns the small node records, not the documents).
PARALLEL_MIN_FILES = 2000
_CHUNK = 250

# Files in a directory that are not documents: editor and OS droppings.
_SKIP_SUFFIXES = (".swp", "~", ".tmp")


def input_files(paths: Iterable[str]) -> list[Path]:
    """The files to read, in order; a directory gives its files (recursively, sorted).

    A path that does not exist is a usage error (one line, exit 2): a typo must not read as a
    fleet with no nodes. `-` is standard input.
    """
    files: list[Path] = []
    for p in paths:
        if p == "-":
            files.append(Path("-"))
            continue
        path = Path(p)
        if path.is_dir():
            files.extend(f for f in sorted(path.rglob("*")) if f.is_file() and not f.name.startswith(".")
                         and not f.name.endswith(_SKIP_SUFFIXES))
        elif path.exists():
            files.append(path)
        else:
            raise InputError(f"{p}: no such file or directory")
    if not files:
        raise InputError("no input files (give gpufix --json documents, a directory of them, or - for standard input)")
    return files


def read_reports(files: Sequence[Path], workers: int | None = None) -> Iterator[NodeReport]:
    """One report per node entry of `files`, in order; in parallel for many files."""
    workers = workers if workers is not None else min(os.cpu_count() or 1, 8)
    if workers < 2 or len(files) < PARALLEL_MIN_FILES or any(str(f) == "-" for f in files):
        yield from (node_report(e) for e in read_entries(files))
        return
    from concurrent.futures import ProcessPoolExecutor  # lazy: only large fleets start workers

    chunks = [list(files[i:i + _CHUNK]) for i in range(0, len(files), _CHUNK)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for reports in pool.map(_reports_of, chunks):
            yield from reports


def _reports_of(files: list[Path]) -> list[NodeReport]:
    return [node_report(e) for e in read_entries(files)]


def read_entries(files: Iterable[Path]) -> Iterator[Entry]:
    """Every entry of every file, one file at a time (a file's documents are not all kept)."""
    for path in files:
        if str(path) == "-":
            yield from read_text(sys.stdin.read(), "<stdin>")
            continue
        # A file named after its node (`gpu07.json`, Slurm's --output=%N.json) names an unlabelled document.
        weak = path.name.split(".", 1)[0] or None
        try:
            with open(path, "rb") as f:  # bytes, decoded at once: faster than a text-mode read
                text = f.read().decode("utf-8", errors="replace")
        except OSError as e:
            yield Entry(BROKEN, None, weak, str(path), reason=f"cannot read: {e.strerror or e}")
            continue
        yield from _one_named_by_file(read_text(text, str(path), weak), weak)


def _one_named_by_file(entries: Iterator[Entry], weak: str | None) -> Iterator[Entry]:
    """The file's name names its document only when the file holds one: many documents in one
    file would otherwise all take the same name."""
    first = next(entries, None)
    if first is None:
        return
    second = next(entries, None)
    if second is None:
        yield first
        return
    for e in (first, second):
        yield e._replace(weak_label=None) if e.weak_label == weak else e
    for e in entries:
        yield e._replace(weak_label=None) if e.weak_label == weak else e
