"""One node's report: the few things a fleet summary needs from its `gpufix --json` document.

Documents are dropped once read (a 10,000-node summary holds these small records, not the
documents). Node names: the launcher's label, else the document's own `os.hostname` fact,
else a weak label (kubectl's pod name, the file's name), else where the document was read.
"""
from __future__ import annotations

from typing import Any, NamedTuple, Optional

from gpufix.fleet.streams import DOCUMENT, Entry

# The versions a fleet is compared on: (key, title, fact names tried in order).
DIMENSIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("driver", "NVIDIA driver", ("driver.version",)),
    ("cuda", "CUDA (driver)", ("driver.cuda", "compat.driver_cuda")),
    ("torch", "torch build", ("torch.version_full", "torch.version")),
    ("numpy", "NumPy", ("numpy.version",)),
    ("python", "Python", ("python.version",)),
    ("gpu", "GPU model", ("gpu.name",)),
)
NOT_REPORTED = "(not reported)"
NONE = "(none)"
UNKNOWN = "(unknown)"

# Node statuses, worst first; the first four are gpufix's own (the document's "status").
STATUSES = ("failed", "error", "warning", "ok", "broken", "missing", "unreachable")
DIAGNOSED = ("ok", "warning", "error", "failed")


class Finding(NamedTuple):
    id: str
    severity: str
    title: str


class NodeReport(NamedTuple):
    name: str
    status: str  # one of STATUSES
    source: str
    findings: tuple[Finding, ...] = ()
    versions: tuple[str, ...] = ()  # one per DIMENSIONS, empty when there is no document
    reason: Optional[str] = None  # why there is no usable document
    named_by: str = "label"  # label | hostname | pod-or-file | position


def node_report(entry: Entry) -> NodeReport:
    if entry.kind != DOCUMENT or entry.doc is None:
        name, named_by = _fallback_name(entry)
        return NodeReport(name, entry.kind, entry.source, reason=entry.reason, named_by=named_by)
    doc = entry.doc
    facts = doc.get("facts") if isinstance(doc.get("facts"), dict) else {}
    if entry.label:
        name, named_by = entry.label, "label"
    else:
        host = _value(facts, "os.hostname")
        if isinstance(host, str) and host:
            name, named_by = host, "hostname"
        else:
            name, named_by = _fallback_name(entry)
    status = doc.get("status")
    if status not in DIAGNOSED:
        status = "failed"
    findings = []
    for d in doc.get("diagnoses") or ():
        if isinstance(d, dict) and d.get("id"):
            findings.append(Finding(str(d["id"]), str(d.get("severity") or "info"), str(d.get("title") or d["id"])))
    versions = tuple(_version(facts, names, key) for key, _, names in DIMENSIONS)
    reason = None
    if status == "failed":
        reason = _failure_reason(doc)
    return NodeReport(name, status, entry.source, tuple(findings), versions, reason, named_by)


def _fallback_name(entry: Entry) -> tuple[str, str]:
    if entry.label:
        return entry.label, "label"
    if entry.weak_label:
        return entry.weak_label, "pod-or-file"
    return entry.source, "position"


def _value(facts: dict[str, Any], name: str) -> Any:
    fact = facts.get(name)
    return fact.get("value") if isinstance(fact, dict) and fact.get("status") == "ok" else None


def _version(facts: dict[str, Any], names: tuple[str, ...], key: str) -> str:
    """The first of `names` the document states; otherwise why not."""
    seen_status = None
    for name in names:
        fact = facts.get(name)
        if not isinstance(fact, dict):
            continue
        if fact.get("status") == "ok" and fact.get("value") not in (None, "", []):
            return _gpu_model(fact["value"]) if key == "gpu" else str(fact["value"])
        seen_status = seen_status or fact.get("status")
    if seen_status == "absent":
        return NONE
    return UNKNOWN if seen_status == "unknown" else NOT_REPORTED


def _gpu_model(value: Any) -> str:
    """A node's GPUs as one value: `NVIDIA A100-SXM4-80GB x8`, or the distinct names joined."""
    names = [str(v) for v in value] if isinstance(value, list) else [str(value)]
    distinct = list(dict.fromkeys(names))
    if len(distinct) == 1:
        return distinct[0] + (f" x{len(names)}" if len(names) > 1 else "")
    return " + ".join(f"{n} x{names.count(n)}" if names.count(n) > 1 else n for n in distinct)


def _failure_reason(doc: dict[str, Any]) -> str:
    error = doc.get("error")
    if isinstance(error, dict):
        error = error.get("message")
    return str(error) if error else "gpufix could not run on the node"
