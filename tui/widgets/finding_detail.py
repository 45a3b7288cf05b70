"""One diagnosis in full: explanation, evidence facts, remedies with their commands."""
from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from gpufix.areas import MARKS, format_value, split_evidence
from gpufix.diagnosis import Diagnosis
from gpufix.remedy.commandline import command_line
from gpufix.ui_strings import t

SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold"}
EVIDENCE_LINES = 6


def severity_mark(severity: str) -> str:
    return MARKS.get(severity, "[i]") if severity != "info" else "[i]"


def render_diagnosis(d: Diagnosis, lang: str = "en", os_name: str | None = None) -> Text:
    text = Text()
    text.append(f"{severity_mark(d.severity)} {t('severity.' + d.severity, lang)}: ",
                style=SEVERITY_STYLE.get(d.severity, ""))
    text.append(d.title, style="bold")
    text.append(f"  ({d.id})\n", style="dim")
    text.append(d.explanation.strip() + "\n")
    if d.evidence:
        known, missing = split_evidence(d.evidence)
        text.append(f"\n{t('evidence', lang)}\n", style="bold underline")
        for name, value in known:
            lines = format_value(value).splitlines() or [""]
            text.append(f"  {name}", style="bold")
            text.append(" = " + lines[0])
            if d.evidence_from.get(name):  # where it came from, as the text report says it
                text.append(f"  [{d.evidence_from[name]}]", style="dim")
            text.append("\n")
            for ln in lines[1:EVIDENCE_LINES]:
                text.append(f"      {ln}\n", style="dim")
            if len(lines) > EVIDENCE_LINES:
                text.append(f"      … (+{len(lines) - EVIDENCE_LINES})\n", style="dim")
        if missing:
            text.append(f"  ({t('not_known', lang)}: {', '.join(missing)})\n", style="dim")
    if d.remedies:
        text.append(f"\n{t('remedies', lang)}\n", style="bold underline")
        for ri, remedy in enumerate(d.remedies, 1):
            text.append(f"  {ri}. {remedy.title}\n", style="bold")
            for si, step in enumerate(remedy.steps, 1):
                text.append(f"     {ri}.{si} {step.text.strip()}\n")
                if step.command:
                    text.append(f"        {command_line(step.command, os_name)}\n", style="reverse")
    if d.references:
        text.append(f"\n{t('references', lang)}\n", style="bold underline")
        for ref in d.references:
            text.append(f"  {ref}\n", style="dim")
    return text


class FindingDetail(Static):
    DEFAULT_CSS = "FindingDetail { height: auto; }"

    def show(self, d: Diagnosis | None, lang: str = "en", os_name: str | None = None,
             empty: str = "") -> None:
        self.update(render_diagnosis(d, lang, os_name) if d is not None else Text(empty))
