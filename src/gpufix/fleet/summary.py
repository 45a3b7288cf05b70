"""Many node reports -> one fleet summary: nodes by status, each diagnosis with its nodes,
and the version skew across nodes with the odd ones out marked.

Everything a front end shows is computed here (hostlists included); renderers only format.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, NamedTuple, Optional

from packaging.version import InvalidVersion, Version

from gpufix.fleet import hostlists
from gpufix.fleet.nodes import DIAGNOSED, DIMENSIONS, NONE, NOT_REPORTED, STATUSES, UNKNOWN, NodeReport, node_report
from gpufix.fleet.streams import MISSING, Entry

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
# A problem status replaces a document only when the node has none: a document always wins.
_PROBLEMS = ("broken", "missing", "unreachable")
_NO_VALUE = (NOT_REPORTED, UNKNOWN)


class StatusGroup(NamedTuple):
    status: str
    count: int
    nodes: str  # hostlist


class FindingGroup(NamedTuple):
    id: str
    severity: str
    title: str
    count: int
    nodes: str


class SkewValue(NamedTuple):
    value: str
    count: int
    nodes: str
    odd: bool  # not the fleet's most common value (or tied for it)


class SkewTable(NamedTuple):
    key: str
    title: str
    facts: tuple[str, ...]
    values: tuple[SkewValue, ...]

    @property
    def skewed(self) -> bool:
        return any(v.odd for v in self.values)


class Problem(NamedTuple):
    node: str
    status: str
    source: str
    reason: str


class FleetSummary(NamedTuple):
    total: int
    statuses: tuple[StatusGroup, ...]
    findings: tuple[FindingGroup, ...]
    skew: tuple[SkewTable, ...]
    problems: tuple[Problem, ...]  # nodes without a usable document, and gpufix failures
    nodes: tuple[NodeReport, ...]  # in numeric name order
    duplicates: tuple[str, ...]  # names that came with more than one document (the last one counts)

    @property
    def exit_code(self) -> int:
        """0: every node ok or warnings only; 1: an error diagnosis, or a node not diagnosed."""
        bad = {"error", "failed", *_PROBLEMS}
        return 1 if any(g.status in bad for g in self.statuses) else 0


def summarize_entries(entries: Iterable[Entry], expect: Iterable[str] = ()) -> FleetSummary:
    """Reduce entries to node reports as they come (documents are not kept), then summarise."""
    return summarize_reports((node_report(e) for e in entries), expect)


def summarize_reports(reports: Iterable[NodeReport], expect: Iterable[str] = ()) -> FleetSummary:
    """One report per entry, in input order: the last document of a node counts.

    `expect`: node names that should have reported; those that did not are `missing`.
    """
    by_name: dict[str, NodeReport] = {}
    duplicates: set[str] = set()
    for report in reports:
        old = by_name.get(report.name)
        if old is not None:
            if old.status in DIAGNOSED and report.status in _PROBLEMS:
                continue  # a later failure note does not undo a node's document
            if old.status in DIAGNOSED and report.status in DIAGNOSED:
                duplicates.add(report.name)
        by_name[report.name] = report
    for name in expect:
        if name not in by_name:
            by_name[name] = NodeReport(name, MISSING, "", reason="expected, but no document names this node")
    return summarize(by_name.values(), duplicates)


def summarize(reports: Iterable[NodeReport], duplicates: Iterable[str] = ()) -> FleetSummary:
    nodes = {r.name: r for r in reports}
    order = hostlists.sort_names(nodes)
    ordered = tuple(nodes[n] for n in order)
    by_status: dict[str, list[str]] = {}
    by_finding: dict[str, list[str]] = {}
    finding_info: dict[str, tuple[str, str]] = {}
    diagnosed: list[NodeReport] = []
    for r in ordered:
        by_status.setdefault(r.status, []).append(r.name)
        if r.versions:
            diagnosed.append(r)
        for f in r.findings:
            names = by_finding.setdefault(f.id, [])
            if not names or names[-1] != r.name:  # a rule firing twice on one node counts once
                names.append(r.name)
            prev = finding_info.get(f.id)
            if prev is None or _SEVERITY_ORDER.get(f.severity, 3) < _SEVERITY_ORDER.get(prev[0], 3):
                finding_info[f.id] = (f.severity, f.title)
    statuses = tuple(StatusGroup(s, len(by_status[s]), hostlists.compress(by_status[s]))
                     for s in STATUSES if s in by_status)
    findings = sorted(
        (FindingGroup(fid, finding_info[fid][0], finding_info[fid][1], len(names), hostlists.compress(names))
         for fid, names in by_finding.items()),
        key=lambda g: (_SEVERITY_ORDER.get(g.severity, 3), -g.count, g.id))
    skew = tuple(_skew_table(i, key, title, facts, diagnosed) for i, (key, title, facts) in enumerate(DIMENSIONS))
    problems = tuple(Problem(r.name, r.status, r.source, r.reason or "") for r in ordered
                     if r.status in _PROBLEMS or r.status == "failed")
    return FleetSummary(len(ordered), statuses, tuple(findings), skew, problems, ordered,
                        tuple(hostlists.sort_names(set(duplicates))))


def _skew_table(index: int, key: str, title: str, facts: tuple[str, ...], reports: list[NodeReport]) -> SkewTable:
    groups: dict[str, list[str]] = {}
    for r in reports:
        groups.setdefault(r.versions[index], []).append(r.name)
    counts = Counter({v: len(n) for v, n in groups.items()})
    # The most common stated value is the fleet's norm; the other stated values (a missing
    # driver included) are the odd ones out. A tie for most common has no norm: every stated
    # value is marked. A value the document does not state ("not reported", "unknown") is shown
    # but never marked: it says nothing about the node's version.
    stated = {v: c for v, c in counts.items() if v not in _NO_VALUE}
    top = max(stated.values(), default=0)
    leaders = [v for v, c in stated.items() if c == top]
    norm: Optional[str] = leaders[0] if len(leaders) == 1 else None
    values = sorted(groups, key=lambda v: (v in _NO_VALUE, -counts[v], _sort_key(v)))
    return SkewTable(key, title, facts, tuple(
        SkewValue(v, counts[v], hostlists.compress(groups[v]), len(stated) > 1 and v in stated and v != norm)
        for v in values))


def _sort_key(value: str) -> tuple[int, object]:
    """Newest version first among equally common values; placeholders last."""
    if value in (NONE, UNKNOWN, NOT_REPORTED):
        return (2, value)
    try:
        return (0, _Newest(Version(value.split("+", 1)[0])))
    except InvalidVersion:
        return (1, value)


class _Newest:
    """Orders versions newest first inside an ascending sort."""
    __slots__ = ("v",)

    def __init__(self, v: Version) -> None:
        self.v = v

    def __lt__(self, other: "_Newest") -> bool:
        return self.v > other.v

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Newest) and self.v == other.v
