"""One diagnosis in full: explanation, evidence facts, remedies with their commands.

Every bulleted or numbered line is a hanging indent: when it wraps, the rest lines up under
the text after its bullet, not under the bullet (a long path or pip line stays readable)."""
from __future__ import annotations

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from gpufix.areas import MARKS, evidence_text, not_known_text, split_evidence
from gpufix.fact_labels import label, missing_labels, origin_label
from gpufix.diagnosis import Diagnosis
from gpufix.remedy.commandline import command_line
from gpufix.ui_strings import t, terminal_safe

SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold"}
EVIDENCE_LINES = 6


def severity_mark(severity: str) -> str:
    return MARKS.get(severity, "[i]") if severity != "info" else "[i]"


def hanging(lead: Text | str, body: Text | str) -> Table:
    """`lead` then `body`, the body's wrapped lines indented to where it starts."""
    lead = lead if isinstance(lead, Text) else Text(lead)
    body = body if isinstance(body, Text) else Text(body)
    width = cell_len(lead.plain)
    grid = Table.grid(expand=True)
    grid.add_column(width=width, min_width=width, max_width=width, no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")  # fold: a path without spaces still wraps, indented
    grid.add_row(lead, body)
    return grid


def render_diagnosis(d: Diagnosis, lang: str = "en", os_name: str | None = None) -> Group:
    parts: list[RenderableType] = []

    def heading(key: str) -> None:
        parts.append(Text(f"\n{t(key, lang)}", style="bold underline"))

    head = Text(f"{t('severity.' + d.severity, lang)}: ", style=SEVERITY_STYLE.get(d.severity, ""))
    head.append(terminal_safe(d.title), style="bold")
    head.append(f"  ({d.id})", style="dim")
    parts.append(hanging(Text(f"{severity_mark(d.severity)} ", style=SEVERITY_STYLE.get(d.severity, "")), head))
    parts.append(Text(terminal_safe(d.explanation.strip())))
    if d.evidence:
        known, missing = split_evidence(d.evidence)
        heading("evidence")
        for name, value in known:
            text = evidence_text(name, value)
            lines = text.splitlines() or [""]
            lead = Text("  ")
            lead.append(label(name, lang), style="bold")
            lead.append(": " if text else "")
            body = Text(lines[0])
            if d.evidence_from.get(name):  # where it came from, as the text report says it
                body.append(f"  [{origin_label(d.evidence_from[name], lang)}]", style="dim")
            parts.append(hanging(lead, body))
            for ln in lines[1:EVIDENCE_LINES]:
                parts.append(hanging("      ", Text(ln, style="dim")))
            if len(lines) > EVIDENCE_LINES:
                parts.append(Text(f"      … (+{len(lines) - EVIDENCE_LINES})", style="dim"))
        if missing:
            parts.append(hanging("  ", Text(not_known_text(missing_labels(missing, lang), lang), style="dim")))
    if d.remedies:
        heading("remedies")
        for ri, remedy in enumerate(d.remedies, 1):
            parts.append(hanging(Text(f"  {ri}. ", style="bold"), Text(terminal_safe(remedy.title), style="bold")))
            for si, step in enumerate(remedy.steps, 1):
                parts.append(hanging(f"     {ri}.{si} ", terminal_safe(step.text.strip())))
                if step.command:
                    parts.append(hanging("        ", Text(terminal_safe(command_line(step.command, os_name)), style="reverse")))
    if d.references:
        heading("references")
        for ref in d.references:
            parts.append(hanging("  ", Text(terminal_safe(ref), style="dim")))
    return Group(*parts)


class FindingDetail(Static):
    DEFAULT_CSS = "FindingDetail { height: auto; }"

    def show(self, d: Diagnosis | None, lang: str = "en", os_name: str | None = None,
             empty: str = "") -> None:
        self.update(render_diagnosis(d, lang, os_name) if d is not None else Text(empty))
