"""`gpufix fleet summarize` on a terminal: nodes by status, diagnoses, version skew and the nodes
without a usable report, one row each; the highlighted row's nodes in full below the list.

The summary (gpufix.fleet.summary) arrives computed; this screen only lays it out."""
from __future__ import annotations

from typing import NamedTuple

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from gpufix.fleet.summary import FleetSummary
from gpufix.tui.bindings import localize_bindings
from gpufix.ui_strings import t

_STATUS_STYLE = {"ok": "green", "warning": "yellow", "error": "red", "failed": "red",
                 "broken": "magenta", "missing": "magenta", "unreachable": "magenta"}
_SEVERITY_STYLE = {"error": "red", "warning": "yellow"}


class Row(NamedTuple):
    """One selectable row and what the detail pane says about it."""
    text: Text
    detail: str


class FleetScreen(Screen):
    CSS_PATH = "fleet.tcss"
    BINDINGS = [Binding("q,escape", "app.quit", "key.quit")]

    def __init__(self, summary: FleetSummary, lang: str = "en") -> None:
        super().__init__()
        self.summary = summary
        self.lang = lang
        self.details: dict[str, str] = {}
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        yield Static(t("fleet.title", self.lang, count=self.summary.total), id="fleet-title", markup=False)
        options: list[Option] = []
        for heading, rows in self.sections():
            options.append(Option(Text(heading, style="bold underline"), disabled=True))
            for i, row in enumerate(rows):
                oid = f"{len(options)}-{i}"
                self.details[oid] = row.detail
                options.append(Option(row.text, id=oid))
        yield OptionList(*options, id="fleet-list")
        yield Static("", id="fleet-detail", markup=False)
        yield Footer()

    def sections(self) -> list[tuple[str, list[Row]]]:
        s, lang = self.summary, self.lang
        statuses = []
        for g in s.statuses:
            label = t(f"fleet.status.{g.status}", lang)
            statuses.append(Row(Text.assemble((f"{label:<14}", _STATUS_STYLE.get(g.status, "")), f"{g.count:>6}  ",
                                              g.nodes), f"{label}: {g.count}\n{g.nodes}"))
        findings = [Row(Text.assemble((f"{f.severity:<8}", _SEVERITY_STYLE.get(f.severity, "")),
                                      f"{f.count:>6}  {f.title}"),
                        f"{f.title} ({f.id})\n{f.count}: {f.nodes}") for f in s.findings]
        if not findings:
            findings = [Row(Text(t("fleet.no_findings", lang)), "")]
        skew = []
        for table in s.skew:
            title = t(f"fleet.dim.{table.key}", lang)
            for v in table.values:
                mark = ("* ", "bold red") if v.odd else ("  ", "")
                skew.append(Row(Text.assemble(mark, f"{title:<14} ", (v.value, "bold" if v.odd else ""),
                                              f"  {v.count}"), f"{title} = {v.value}: {v.count}\n{v.nodes}"))
        out = [(t("fleet.statuses", lang), statuses), (t("fleet.findings", lang), findings),
               (t("fleet.skew", lang), skew)]
        if s.problems:
            out.append((t("fleet.problems", lang), [
                Row(Text.assemble((f"{p.node:<14}", _STATUS_STYLE.get(p.status, "")),
                                  t(f"fleet.status.{p.status}", lang)),
                    f"{p.node}: {t(f'fleet.status.{p.status}', lang)}\n{p.reason}" + (f"\n{p.source}" if p.source
                                                                                      else ""))
                for p in s.problems]))
        return out

    def on_mount(self) -> None:
        listing = self.query_one("#fleet-list", OptionList)
        listing.focus()
        for i in range(listing.option_count):
            if not listing.get_option_at_index(i).disabled:
                listing.highlighted = i
                break

    @on(OptionList.OptionHighlighted, "#fleet-list")
    def show_detail(self, event: OptionList.OptionHighlighted) -> None:
        self.query_one("#fleet-detail", Static).update(self.details.get(event.option.id or "", ""))
