"""A remedy's command, exactly as it will run, as one line a user can select and copy."""
from __future__ import annotations

from typing import Sequence

from rich.text import Text
from textual.widgets import Static

from gpufix.remedy.commandline import command_line
from gpufix.ui_strings import terminal_safe


class CommandBox(Static):
    """Selectable text (Textual's mouse selection); the Copy button copies `line`."""

    ALLOW_SELECT = True

    def __init__(self, argv: Sequence[str] = (), os_name: str | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.os_name = os_name
        self.argv: tuple[str, ...] = ()
        self.set_command(argv)

    @property
    def line(self) -> str:
        return command_line(self.argv, self.os_name) if self.argv else ""

    def set_command(self, argv: Sequence[str] | None) -> None:
        self.argv = tuple(argv or ())
        self.display = bool(self.argv)
        self.update(Text(terminal_safe(self.line)))
