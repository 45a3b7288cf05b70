"""Error logs: the rules' signatures found in them, and the facts they state."""
from __future__ import annotations

from typing import Any

from gpufix.engine.log_scan import LogScan, scan_log_path, scan_log_text
from gpufix.facts import Fact
from gpufix.probes.pasted import extract_facts_from_text

LOG_FACTS = ("log.text", "log.present")  # what the scan itself states; the rest is extracted


def read_log(path: str | None = None, text: str | None = None, rules: Any = None) -> LogScan:
    """Scan an error log (a path, '-' for standard input, or text at hand) for the rules'
    signatures, then read the facts it states (collect_env, nvidia-smi, pip list...) with the
    pasted-log parser. A parser bug costs only the extracted facts, never the scan."""
    scan = scan_log_path(path, rules) if path is not None else scan_log_text(text or "", rules)
    try:
        extracted = list(extract_facts_from_text(scan.excerpt))
        scan.extraction = "ok"
    except Exception as e:  # noqa: BLE001 - a parser bug costs only the extracted facts
        extracted, scan.extraction = [], f"failed: {type(e).__name__}: {e}"
    for f in extracted:
        if isinstance(f, Fact) and f.name not in LOG_FACTS:
            scan.facts.append(f if f.origin == "log" else Fact(f.name, f.value, f.status, f.source or "log",
                                                               f.evidence, f.reason, "log"))
    return scan
