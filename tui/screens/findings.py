"""The diagnoses, most severe first; the highlighted one in full below the list."""
from __future__ import annotations

from typing import Optional

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from gpufix.diagnosis import Diagnosis
from gpufix.core.outcome import Outcome
from gpufix.report_text import counts_line
from gpufix.tui.bindings import localize_bindings
from gpufix.tui.widgets.area_summary import SEVERITY_STYLE
from gpufix.tui.widgets.finding_detail import FindingDetail, severity_mark
from gpufix.ui_strings import t


class FindingsScreen(Screen):
    CSS_PATH = "findings.tcss"
    BINDINGS = [
        Binding("enter", "fix", "key.fix", priority=True),
        Binding("l", "app.paste_log", "key.paste"),
        Binding("escape,s", "back", "key.back"),
        Binding("q", "app.quit", "key.quit"),
    ]

    def __init__(self, lang: str = "en", outcome: Optional[Outcome] = None, title: str = "") -> None:
        """Without `outcome` the screen follows the app's current one (it changes after a fix)."""
        super().__init__()
        self.lang = lang
        self.fixed_outcome = outcome
        self.title_text = title
        self.shown: Optional[Outcome] = None
        localize_bindings(self, lang)

    @property
    def outcome(self) -> Optional[Outcome]:
        return self.fixed_outcome or self.app.outcome

    @property
    def diagnoses(self) -> list[Diagnosis]:
        return list(self.outcome.diagnoses) if self.outcome else []

    def compose(self) -> ComposeResult:
        yield Static("", id="findings-title", markup=False)
        yield OptionList(id="finding-list")
        with VerticalScroll(id="finding-body"):
            yield FindingDetail(id="finding-detail")
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    def on_screen_resume(self) -> None:
        if self.outcome is not self.shown:
            self.load()

    def load(self) -> None:
        self.shown = self.outcome
        diags = self.diagnoses
        title = self.title_text or t("findings", self.lang)
        self.query_one("#findings-title", Static).update(f"{title}: {counts_line(diags, self.lang)}")
        options = self.query_one(OptionList)
        options.clear_options()
        for i, d in enumerate(diags):
            prompt = Text(f"{severity_mark(d.severity)} ", style=SEVERITY_STYLE.get(d.severity, ""))
            prompt.append(d.title, style="")
            options.add_option(Option(prompt, id=str(i)))
        options.display = bool(diags)
        if diags:
            options.highlighted = 0
            options.focus()
        self.show_detail(0 if diags else None)
        self.refresh_bindings()

    def show_detail(self, index: Optional[int]) -> None:
        diags = self.diagnoses
        d = diags[index] if index is not None and 0 <= index < len(diags) else None
        os_name = self.outcome.facts.value("os.name") if self.outcome else None
        self.query_one(FindingDetail).show(d, self.lang, os_name, empty=t("no_findings", self.lang))
        self.query_one("#finding-body").scroll_home(animate=False)

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.show_detail(event.option_index)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.action_fix()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "fix":
            return bool(self.diagnoses)
        return True

    def selected(self) -> Optional[Diagnosis]:
        index = self.query_one(OptionList).highlighted
        diags = self.diagnoses
        return diags[index] if index is not None and 0 <= index < len(diags) else None

    def action_fix(self) -> None:
        from gpufix.tui.screens.remedy import RemedyScreen  # lazy: loaded when first opened

        d = self.selected()
        if d is not None:
            os_name = self.outcome.facts.value("os.name") if self.outcome else None
            # A pasted log's findings: the remedy is judged against that outcome, not the app's.
            self.app.push_screen(RemedyScreen(d, self.lang, os_name, self.fixed_outcome))

    def action_back(self) -> None:
        self.app.pop_screen()
