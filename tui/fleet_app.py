"""The app `gpufix fleet summarize` opens on a terminal: one screen over a computed summary."""
from __future__ import annotations

from textual.app import App

from gpufix.fleet.summary import FleetSummary


class FleetApp(App[int]):
    TITLE = "gpufix fleet"
    ENABLE_COMMAND_PALETTE = False

    def __init__(self, summary: FleetSummary, lang: str = "en") -> None:
        super().__init__()
        self.summary = summary
        self.lang = lang

    def get_default_screen(self):
        from gpufix.tui.screens.fleet import FleetScreen  # lazy: the screen loads when shown

        return FleetScreen(self.summary, self.lang)

    @property
    def exit_code(self) -> int:
        """As `gpufix fleet summarize --json`."""
        return self.summary.exit_code
