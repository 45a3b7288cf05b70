"""Format a fleet summary (gpufix.fleet.summary): the `gpufix-fleet/1` JSON document and the text
report. Everything shown was computed by the fleet service; this module only lays it out."""
from __future__ import annotations

import json
from typing import Any

from gpufix import __version__
from gpufix.fleet.nodes import DIMENSIONS
from gpufix.fleet.summary import FleetSummary
from gpufix.ui_strings import t

SCHEMA = "gpufix-fleet/1"
_MARK = {"ok": "✓", "warning": "!", "error": "✗", "failed": "✗", "broken": "?", "missing": "?", "unreachable": "?"}
_SEVERITY_MARK = {"error": "✗", "warning": "!", "info": "i"}


def fleet_document(summary: FleetSummary) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "gpufix_version": __version__,
        "exit_code": summary.exit_code,
        "nodes": {"total": summary.total,
                  "by_status": {g.status: {"count": g.count, "nodes": g.nodes} for g in summary.statuses}},
        "diagnoses": [{"id": f.id, "severity": f.severity, "title": f.title, "count": f.count, "nodes": f.nodes}
                      for f in summary.findings],
        "skew": [{"key": s.key, "title": s.title, "facts": list(s.facts), "skewed": s.skewed,
                  "values": [{"value": v.value, "count": v.count, "nodes": v.nodes, "odd": v.odd} for v in s.values]}
                 for s in summary.skew],
        "problems": [{"node": p.node, "status": p.status, "source": p.source, "reason": p.reason}
                     for p in summary.problems],
        "duplicates": list(summary.duplicates),
        "node_list": [{"node": n.name, "status": n.status, "named_by": n.named_by, "source": n.source,
                       "diagnoses": list(dict.fromkeys(f.id for f in n.findings)),
                       "versions": dict(zip((d[0] for d in DIMENSIONS), n.versions)) if n.versions else None,
                       **({"reason": n.reason} if n.reason else {})}
                      for n in summary.nodes],
    }


def dumps(doc: dict[str, Any]) -> str:
    """Indented like `gpufix --json`, but each node_list entry on one line: json's indenting
    encoder is pure Python, and a 50,000-node list would take longer to print than to read."""
    head = {k: v for k, v in doc.items() if k != "node_list"}
    text = json.dumps(head, indent=2, ensure_ascii=False)
    if "node_list" not in doc:
        return text
    nodes = ",\n    ".join(json.dumps(n, ensure_ascii=False) for n in doc["node_list"])
    body = f"[\n    {nodes}\n  ]" if nodes else "[]"
    return f'{text[:-2]},\n  "node_list": {body}\n}}'  # text ends with "\n}"


def render_text(summary: FleetSummary, lang: str = "en") -> str:
    out = [t("fleet.title", lang, count=summary.total), ""]
    out.append(t("fleet.statuses", lang))
    width = max((len(t(f"fleet.status.{g.status}", lang)) for g in summary.statuses), default=0)
    for g in summary.statuses:
        label = t(f"fleet.status.{g.status}", lang)
        out.append(f"[{_MARK.get(g.status, '?')}] {label:<{width}} {g.count:>6}  {g.nodes}")
    out += ["", t("fleet.findings", lang)]
    if not summary.findings:
        out.append("  " + t("fleet.no_findings", lang))
    for f in summary.findings:
        out.append(f"[{_SEVERITY_MARK.get(f.severity, '-')}] {f.title}  ({f.id})")
        out.append(f"      {f.count} × {f.nodes}")
    out += ["", t("fleet.skew", lang)]
    for table in summary.skew:
        title = t(f"fleet.dim.{table.key}", lang)
        if not table.skewed and len(table.values) <= 1:
            value = table.values[0].value if table.values else "-"
            out.append(f"  {title}: {value} ({t('fleet.same_everywhere', lang)})")
            continue
        out.append(f"  {title}:")
        vwidth = max(len(v.value) for v in table.values)
        for v in table.values:
            out.append(f"    {'*' if v.odd else ' '} {v.value:<{vwidth}} {v.count:>6}  {v.nodes}")
    if summary.problems:
        out += ["", t("fleet.problems", lang)]
        for p in summary.problems:
            where = f"  [{p.source}]" if p.source else ""
            out.append(f"  {p.node}: {t(f'fleet.status.{p.status}', lang)}: {p.reason}{where}")
    if summary.duplicates:
        out += ["", t("fleet.duplicates", lang, nodes=", ".join(summary.duplicates))]
    return "\n".join(out) + "\n"
