"""The differential: the causes a symptom can have, ranked, and the question that separates
them. The user answers (pastes the command's output, or picks a choice); the answer's facts
join the outcome's, the rules run again, and the list narrows until one cause stands.

The reasoning is the rule engine's (rules/differential/); this screen only shows it and turns
an answer into facts through gpufix.core.questions, as `gpufix --answer` does.
"""
from __future__ import annotations

from typing import Optional

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from gpufix.core.outcome import Collected, Outcome
from gpufix.core.questions import AskedQuestion, facts_for_answer
from gpufix.report_text import render_differential
from gpufix.tui.bindings import localize_bindings
from gpufix.tui.messages import LogDiagnosed
from gpufix.ui_strings import t


def with_answer(collected: Collected, facts: list) -> Collected:
    """The same collection with an answer's facts given by the user (they win, like --fact)."""
    merged = collected.facts.copy()
    merged.extend(facts)
    return Collected(merged, list(collected.probe_results), collected.scan, collected.python, collected.source,
                     collected.fixture, collected.log, collected.phases, [*collected.given, *facts])


class QuestionsScreen(Screen):
    CSS_PATH = "questions.tcss"
    BINDINGS = [
        # Not a priority binding: the key then queues behind the text pasted before it.
        Binding("ctrl+r", "answer", "key.answer"),
        Binding("escape", "back", "key.back"),
    ]

    def __init__(self, outcome: Outcome, lang: str = "en") -> None:
        super().__init__()
        self.lang = lang
        self.outcome = outcome
        localize_bindings(self, lang)

    @property
    def question(self) -> Optional[AskedQuestion]:
        asked = self.outcome.questions
        return asked[0] if asked else None

    def compose(self) -> ComposeResult:
        yield Static(t("dx.title", self.lang), id="dx-title", markup=False)
        with VerticalScroll(id="dx-body"):
            yield Static("", id="dx-differential", markup=False)
            yield Static("", id="dx-question", markup=False)
        yield OptionList(id="dx-choices")
        yield TextArea(id="dx-output", soft_wrap=True, show_line_numbers=False)
        yield Static("", id="dx-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(TextArea).cursor_blink = self.app.animate
        self.load()

    def load(self) -> None:
        text = "\n\n".join("\n".join(render_differential(d, self.lang)) for d in self.outcome.differentials)
        self.query_one("#dx-differential", Static).update(text or t("dx.none", self.lang))
        q = self.question
        choices, output = self.query_one(OptionList), self.query_one(TextArea)
        choices.clear_options()
        output.clear()
        choices.display = bool(q and q.choices)
        output.display = bool(q and q.command)
        if q is None:
            self.query_one("#dx-question", Static).update("")
        elif q.command:
            self.query_one("#dx-question", Static).update(f"{q.get(self.lang)}\n\n    {q.command_line}\n")
            output.focus()
        else:
            self.query_one("#dx-question", Static).update(q.get(self.lang))
            for value, text in q.choices:
                choices.add_option(Option(text.get(self.lang) or text["en"], id=value))
            choices.highlighted = 0
            choices.focus()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "answer":
            return bool(self.question and self.question.command)
        return True

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_answer(self) -> None:
        q = self.question
        if q is None or not q.command:
            return
        text = self.query_one(TextArea).text
        if not text.strip():
            self.query_one("#dx-status", Static).update(t("paste.empty", self.lang))
            return
        self.submit(q.id, text)

    @on(OptionList.OptionSelected, "#dx-choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        q = self.question
        if q is not None and event.option.id is not None:
            self.submit(q.id, event.option.id)

    def submit(self, qid: str, value: str) -> None:
        self.query_one("#dx-status", Static).update("…")
        self.run_answer(qid, value)

    @work(thread=True, exclusive=True, group="answer")
    def run_answer(self, qid: str, value: str) -> None:
        services = self.app.services
        try:
            facts = facts_for_answer(qid, value)
            outcome = services.analyse(with_answer(self.outcome.collected, facts), self.lang)
        except Exception as e:  # noqa: BLE001 - one line on the screen (a bad paste says what it expected)
            self.post_message(LogDiagnosed(None, str(e) or type(e).__name__))
            return
        self.post_message(LogDiagnosed(outcome))

    @on(LogDiagnosed)
    def _answered(self, msg: LogDiagnosed) -> None:
        status = self.query_one("#dx-status", Static)
        if msg.outcome is None:
            status.update(f"[✗] {msg.error}")
            return
        status.update("")
        self.outcome = msg.outcome
        self.load()
