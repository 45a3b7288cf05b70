"""Paste an error message or log; its diagnoses open as findings.

The log describes some machine (gpufix.core.machines): the status line, and the findings under
their title, say which one; a log from another machine (or one gpufix cannot place) is analysed
from the log alone, its findings apart from this machine's.

Opened from a remedy (`for_recheck`), it takes a re-run command's new output instead: the
screen closes with the text and the remedy judges it (gpufix.remedy.service).
"""
from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Static, TextArea

from gpufix.areas import machine_line
from gpufix.facts import FactBase
from gpufix.core.outcome import Collected
from gpufix.tui.bindings import localize_bindings
from gpufix.tui.messages import LogDiagnosed
from gpufix.ui_strings import t


class PasteLogScreen(Screen):
    CSS_PATH = "paste_log.tcss"
    BINDINGS = [
        # Not a priority binding: the key then queues behind the text typed before it.
        Binding("ctrl+r", "diagnose", "key.diagnose"),
        Binding("escape", "back", "key.back"),
    ]

    def __init__(self, lang: str = "en", for_recheck: bool = False) -> None:
        super().__init__()
        self.lang = lang
        self.for_recheck = for_recheck
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        title = t("paste.output_title" if self.for_recheck else "paste.title", self.lang)
        yield Static(title, id="paste-title", markup=False)
        yield TextArea(id="log-text", soft_wrap=True, show_line_numbers=False)
        yield Static("", id="paste-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.cursor_blink = self.app.animate
        area.focus()

    def action_back(self) -> None:
        if self.for_recheck:
            self.dismiss(None)
        else:
            self.app.pop_screen()

    def action_diagnose(self) -> None:
        text = self.query_one(TextArea).text
        status = self.query_one("#paste-status", Static)
        if not text.strip():
            status.update(t("paste.empty", self.lang))
            return
        if self.for_recheck:
            self.dismiss(text)
            return
        status.update("…")
        self.diagnose(text)

    @work(thread=True, exclusive=True, group="paste")
    def diagnose(self, text: str) -> None:
        services, app = self.app.services, self.app
        try:
            base = (app.outcome.collected if app.outcome is not None
                    else Collected(FactBase(), python=services.python, source="none", phases=()))
            outcome = services.analyse(services.add_log(base, text), self.lang)
        except Exception as e:  # noqa: BLE001 - one line on the screen
            self.post_message(LogDiagnosed(None, str(e) or type(e).__name__))
            return
        self.post_message(LogDiagnosed(outcome))

    @on(LogDiagnosed)
    def _diagnosed(self, msg: LogDiagnosed) -> None:
        from gpufix.tui.screens.findings import FindingsScreen  # lazy: loaded when first opened

        status = self.query_one("#paste-status", Static)
        if msg.outcome is None:
            status.update(f"[✗] {msg.error}")
            return
        machine = machine_line(msg.outcome.log, self.lang)
        nothing_in_text = not msg.outcome.log_diagnoses and (msg.outcome.log_separate or not msg.outcome.diagnoses)
        # A symptom of this machine is the scan's to ask about, not the pasted text's.
        from_text = [d for d in msg.outcome.differentials if not msg.outcome.log_separate or d.machine == "log"]
        if nothing_in_text and from_text:
            # No one cause follows from the text: ask what separates the possible ones.
            from gpufix.tui.screens.questions import QuestionsScreen  # lazy: loaded when first opened

            status.update(machine or "")
            self.app.push_screen(QuestionsScreen(msg.outcome, self.lang))
            return
        if nothing_in_text:
            # Nothing found in the text itself: this machine's own findings are the scan's to show.
            status.update(t("paste.none", self.lang) + (f"\n{machine}" if machine else ""))
            return
        status.update("")
        self.app.add_pasted(msg.outcome)  # it counts in the exit code from now on
        self.app.push_screen(FindingsScreen(self.lang, msg.outcome, t("findings.log_title", self.lang)))
