"""The flutter-doctor-like summary: one line per area with [✓] / [!] / [✗] and findings below."""
from __future__ import annotations

from typing import Sequence

from rich.text import Text
from textual.widgets import Static

from gpufix.areas import AreaStatus
from gpufix.ui_strings import terminal_safe

STATUS_STYLE = {"ok": "green", "warning": "yellow", "error": "bold red", "unchecked": "dim"}
SEVERITY_STYLE = {"error": "red", "warning": "yellow", "info": "dim"}


def render_areas(areas: Sequence[AreaStatus], header: str = "") -> Text:
    text = Text()
    if header:
        text.append(header + "\n", style="dim")
    for i, area in enumerate(areas):
        if i:
            text.append("\n")
        text.append(area.mark, style=STATUS_STYLE[area.status])
        text.append(f" {area.label}: ", style="bold")
        text.append(area.summary)
        for d in area.findings:
            text.append("\n    → ")
            text.append(terminal_safe(d.title), style=SEVERITY_STYLE.get(d.severity, ""))
    return text


class AreaSummary(Static):
    DEFAULT_CSS = "AreaSummary { height: auto; }"

    def show(self, areas: Sequence[AreaStatus], header: str = "") -> None:
        self.update(render_areas(areas, header))
