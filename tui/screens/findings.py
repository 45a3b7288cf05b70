"""The diagnoses, most severe first; the highlighted one in full below the list.

With a pasted log, a line under the title says which machine it describes (gpufix.core.machines);
when the log's machine is analysed apart from this one, the list has two groups under headings
that cannot be selected: the log's findings, then this machine's."""
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

from gpufix.areas import machine_line
from gpufix.diagnosis import Diagnosis
from gpufix.core.outcome import Outcome
from gpufix.report_text import counts_line
from gpufix.tui.bindings import localize_bindings
from gpufix.tui.titles import log_of_other_machine, state_title
from gpufix.tui.widgets.area_summary import SEVERITY_STYLE
from gpufix.tui.widgets.finding_detail import FindingDetail, severity_mark
from gpufix.ui_strings import t, terminal_safe


MARKER = "▶ "


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
        self.rows: list[Optional[int]] = []  # option index -> diagnosis index (None: a group heading)
        localize_bindings(self, lang)

    @property
    def outcome(self) -> Optional[Outcome]:
        return self.fixed_outcome or self.app.outcome

    @property
    def diagnoses(self) -> list[Diagnosis]:
        return list(self.outcome.diagnoses) if self.outcome else []

    def compose(self) -> ComposeResult:
        yield Static("", id="findings-title", markup=False)
        yield Static("", id="findings-machine", markup=False)
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
        # A log from another machine says so in the title: its findings are not about this one.
        title = t("title.log_other", self.lang) if log_of_other_machine(self.outcome) else \
            self.title_text or t("findings", self.lang)
        self.title = state_title(self.outcome, self.lang)
        self.query_one("#findings-title", Static).update(f"{title}: {counts_line(diags, self.lang)}")
        machine = self.query_one("#findings-machine", Static)
        line = machine_line(self.outcome.log, self.lang) if self.outcome is not None else None
        machine.update(line or "")
        machine.display = line is not None
        options = self.query_one(OptionList)
        options.clear_options()
        self.rows = []
        separate = self.outcome is not None and self.outcome.log_separate
        group = None
        for i, d in enumerate(diags):
            if separate and d.machine != group:
                group = d.machine
                heading = t("findings.from_log" if group == "log" else "findings.this_machine", self.lang)
                options.add_option(Option(Text(heading, style="bold"), disabled=True))
                self.rows.append(None)
            options.add_option(Option(self.prompt(d, False), id=str(i)))
            self.rows.append(i)
        options.display = bool(diags)
        first = next((k for k, r in enumerate(self.rows) if r is not None), None)
        if first is not None:
            options.highlighted = first
            options.focus()
        self.mark(first)
        self.show_detail(first)
        self.refresh_bindings()

    def diagnosis_at(self, option: Optional[int]) -> Optional[Diagnosis]:
        """The diagnosis shown at an option index (None for a group heading)."""
        diags = self.diagnoses
        index = self.rows[option] if option is not None and 0 <= option < len(self.rows) else None
        return diags[index] if index is not None and 0 <= index < len(diags) else None

    def os_for(self, d: Optional[Diagnosis]) -> Optional[str]:
        """The OS a diagnosis's commands are written for: the log's for a finding about the log's machine."""
        if self.outcome is None:
            return None
        if d is not None and d.machine == "log" and self.outcome.log is not None:
            return self.outcome.log.facts.value("os.name")
        return self.outcome.facts.value("os.name")

    def show_detail(self, option: Optional[int]) -> None:
        d = self.diagnosis_at(option)
        self.query_one(FindingDetail).show(d, self.lang, self.os_for(d), empty=t("no_findings", self.lang))
        self.query_one("#finding-body").scroll_home(animate=False)

    @staticmethod
    def prompt(d: Diagnosis, selected: bool) -> Text:
        """A row: the selected one marked with ▶ and bold, readable without colour (NO_COLOR,
        a monochrome terminal, a screen reader's text)."""
        text = Text(f"{MARKER if selected else ' ' * len(MARKER)}", style="bold")
        text.append(f"{severity_mark(d.severity)} ", style=SEVERITY_STYLE.get(d.severity, ""))
        text.append(terminal_safe(d.title), style="bold" if selected else "")
        return text

    def mark(self, option: Optional[int]) -> None:
        """Move the ▶ marker to `option`."""
        options = self.query_one(OptionList)
        for k, index in enumerate(self.rows):
            if index is not None and index < len(self.diagnoses):
                options.replace_option_prompt_at_index(k, self.prompt(self.diagnoses[index], k == option))

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.mark(event.option_index)
        self.show_detail(event.option_index)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.action_fix()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "fix":
            return bool(self.diagnoses)
        return True

    def selected(self) -> Optional[Diagnosis]:
        return self.diagnosis_at(self.query_one(OptionList).highlighted)

    def action_fix(self) -> None:
        from gpufix.tui.screens.remedy import RemedyScreen  # lazy: loaded when first opened

        d = self.selected()
        if d is not None:
            # A pasted log's findings: the remedy is judged against that outcome, not the app's.
            self.app.push_screen(RemedyScreen(d, self.lang, self.os_for(d), self.fixed_outcome))

    def action_back(self) -> None:
        self.app.pop_screen()
