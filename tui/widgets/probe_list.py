"""The probes as they run: a spinner and the elapsed time, then each probe's result."""
from __future__ import annotations

from typing import Callable

from rich.text import Text
from textual.widget import Widget

from gpufix.probes.runner import ProbeResult
from gpufix.records import record
from gpufix.ui_strings import t

SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
_RESULT_MARK = {"ok": ("[✓]", "green"), "absent": ("[-]", "dim"), "not-recorded": ("[-]", "dim"),
                "failed": ("[✗]", "red"), "timeout": ("[✗]", "red")}


@record
class _Row:
    started: float
    result: ProbeResult | None = None


class ProbeList(Widget):
    """One line per probe; refreshed by a timer only while something is running."""

    DEFAULT_CSS = "ProbeList { height: auto; }"

    def __init__(self, lang: str = "en", clock: Callable[[], float] | None = None, animate: bool = True,
                 **kwargs) -> None:
        super().__init__(**kwargs)
        import time

        self.lang = lang
        self.clock = clock or time.monotonic
        self.animate = animate
        self.rows: dict[str, _Row] = {}
        self._frame = 0

    def on_mount(self) -> None:
        if self.animate:
            self.set_interval(0.1, self._tick)

    def _tick(self) -> None:
        if any(r.result is None for r in self.rows.values()):
            self._frame += 1
            self.refresh()

    @property
    def running(self) -> list[str]:
        return [n for n, r in self.rows.items() if r.result is None]

    def start(self, name: str, at: float | None = None) -> None:
        self.rows[name] = _Row(self.clock() if at is None else at)
        self.refresh(layout=True)

    def finish(self, result: ProbeResult) -> None:
        row = self.rows.setdefault(result.name, _Row(self.clock()))
        row.result = result
        self.refresh(layout=True)

    def render(self) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        width = max((len(n) for n in self.rows), default=8) + 2
        for i, (name, row) in enumerate(self.rows.items()):
            if i:
                text.append("\n")
            if row.result is None:
                frame = SPINNER[self._frame % len(SPINNER)]
                elapsed = max(0.0, self.clock() - row.started)
                text.append(f" {frame}  ", style="bold")
                text.append(name.ljust(width))
                text.append(f"{elapsed:5.1f}s  {t('scan.running', self.lang)}", style="dim")
                continue
            res = row.result
            mark, style = _RESULT_MARK.get(res.status, ("[?]", "yellow"))
            text.append(f"{mark} ", style=style)
            text.append(name.ljust(width))
            text.append(f"{res.seconds:5.1f}s  ")
            text.append(t(f"probe.{res.status}", self.lang), style=style)
            if res.error and res.status not in ("ok", "absent"):
                text.append(f": {res.error.splitlines()[0]}", style="dim")
        return text
