"""Error logs: the rules' signatures found in them, and the facts they state."""
from __future__ import annotations

import dataclasses
from typing import Any, Callable

from gpufix import linear_re as re  # linear time on text gpufix did not write
from gpufix.engine.log_scan import LogScan, scan_log_path, scan_log_text
from gpufix.errors import InputError
from gpufix.facts import Fact
from gpufix.probes.pasted import extract_facts_from_text

LOG_FACTS = ("log.text", "log.present")  # what the scan itself states; the rest is extracted
_MARKER = re.compile(r"\n\[\.\.\. \d+ bytes of the log omitted \.\.\.\]\n")


def read_log(path: str | None = None, text: str | None = None, rules: Any = None) -> LogScan:
    """Scan an error log (a path, '-' for standard input, or text at hand) for the rules'
    signatures, then read the facts it states (collect_env, nvidia-smi, pip list...) with the
    pasted-log parser. A parser bug costs only the extracted facts, never the scan.

    Every extracted fact keeps the line of the log that states it (Fact.line), numbered like
    the signature hits, also when only the log's head and tail were kept (a huge log)."""
    scan = scan_log_path(path, rules) if path is not None else scan_log_text(text or "", rules)
    if path is not None and not scan.excerpt.strip():
        raise InputError(f"--log {path}: empty; there is nothing to diagnose in it")
    try:
        extracted = list(extract_facts_from_text(scan.excerpt))
        scan.extraction = "ok"
    except Exception as e:  # noqa: BLE001 - a parser bug costs only the extracted facts
        extracted, scan.extraction = [], f"failed: {type(e).__name__}: {e}"
    real_line = excerpt_lines(scan)
    for f in extracted:
        if isinstance(f, Fact) and f.name not in LOG_FACTS:
            scan.facts.append(dataclasses.replace(f, source=f.source or "log", origin="log",
                                                  line=real_line(f.line)))
    return scan


def excerpt_lines(scan: LogScan) -> Callable[[int | None], int | None]:
    """Excerpt line number -> the log's line number. The excerpt of a log too big to keep is
    its head, an empty line, a "[... N bytes of the log omitted ...]" line, then its tail
    (gpufix.engine.log_scan): tail lines are counted back from the log's last line."""
    if scan.complete:
        return lambda n: n
    m = _MARKER.search(scan.excerpt)
    if m is None:
        return lambda n: n
    head_lines = scan.excerpt[:m.start()].count("\n")  # the head ends with a line break
    tail = scan.excerpt[m.end():]
    # scan.lines counts a last line without \n too; the tail holds the log's last lines.
    tail_start = scan.lines - tail.count("\n") + (1 if tail.endswith("\n") else 0)
    first_tail = head_lines + 3  # excerpt line of the tail's first line

    def real(n: int | None) -> int | None:
        if n is None or n <= head_lines:
            return n
        if n < first_tail:
            return None  # the marker gpufix wrote, no line of the log
        return tail_start + (n - first_tail)

    return real
