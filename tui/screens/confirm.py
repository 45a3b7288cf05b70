"""Asks before a command runs; answers True (run) or False. No is the default."""
from __future__ import annotations

from typing import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from gpufix.tui.bindings import localize_bindings
from gpufix.tui.widgets.command_box import CommandBox
from gpufix.ui_strings import t


class ConfirmScreen(ModalScreen[bool]):
    CSS_PATH = "confirm.tcss"
    BINDINGS = [Binding("y", "answer(True)", "key.yes"), Binding("n,escape", "answer(False)", "key.no")]

    def __init__(self, argv: Sequence[str], lang: str = "en", os_name: str | None = None,
                 snapshot: bool = True) -> None:
        super().__init__()
        self.argv = tuple(argv)
        self.lang = lang
        self.os_name = os_name
        self.snapshot = snapshot
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Static(t("confirm.title", self.lang), id="confirm-title", markup=False)
            yield CommandBox(self.argv, self.os_name, id="confirm-command")
            if self.snapshot:
                yield Static(t("confirm.snapshot", self.lang), id="confirm-note", markup=False)
            with Horizontal(id="confirm-buttons"):
                yield Button(f"{t('key.yes', self.lang)} (y)", id="yes", variant="warning", compact=True)
                yield Button(f"{t('key.no', self.lang)} (n)", id="no", variant="primary", compact=True)

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed, "#yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def _no(self) -> None:
        self.dismiss(False)

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)
