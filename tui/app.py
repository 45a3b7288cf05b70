"""The gpufix Textual app and the factory that builds it from plain inputs."""
from __future__ import annotations

import sys
import time
from typing import Any, Callable, Optional

from textual.app import App
from textual.binding import Binding

from gpufix.core.outcome import Analyser, Outcome
from gpufix.remedy.execute import CommandRunner
from gpufix.tui.bindings import localize_bindings
from gpufix.tui.services import FactsProvider, LogAdder, Services, Snapshotter, Verifier
from gpufix.ui_strings import t

_DEFAULT = object()  # "use the real implementation"; None means "not available"


class GpufixApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "gpufix"
    ENABLE_COMMAND_PALETTE = False  # every action has a key in the footer
    BINDINGS = [Binding("q", "quit", "key.quit", show=False), Binding("l", "paste_log", "key.paste", show=False),
                Binding("a", "questions", "key.questions", show=False),
                Binding("question_mark", "help", "key.help")]

    def __init__(self, services: Services, lang: str = "en", animate: bool = True) -> None:
        super().__init__()
        self.services = services
        self.lang = lang
        self.animate = animate  # False: frozen spinners and clocks (snapshot tests)
        self.outcome: Optional[Outcome] = None
        # Outcomes of pasted logs: their diagnoses count in the exit code (until a remedy's
        # re-check of the command's new output replaces them).
        self.pasted: list[Outcome] = []
        self.scan_error = ""
        localize_bindings(self, lang)

    def get_default_screen(self):
        from gpufix.tui.screens.scan import ScanScreen  # lazy: screens load when shown; the app starts sooner

        return ScanScreen(self.lang)

    @property
    def exit_code(self) -> int:
        """As `gpufix --json`: 1 on an error diagnosis (this machine's or a pasted log's), 3 on
        a symptom no diagnosis explains, 2 when the checks could not run and nothing else was found."""
        from gpufix.diagnosis import combine_exit_codes  # lazy: only when the app quits

        codes = [log_exit_code(o) for o in self.pasted]
        if self.outcome is None:
            return combine_exit_codes(codes) or 2
        return combine_exit_codes([self.outcome.exit_code, *codes])

    def add_pasted(self, outcome: Outcome) -> None:
        if all(o is not outcome for o in self.pasted):
            self.pasted.append(outcome)

    def replace_pasted(self, old: Optional[Outcome], new: Outcome) -> None:
        """A pasted log's outcome after the command's new output was checked."""
        self.pasted = [o for o in self.pasted if o is not old]
        self.add_pasted(new)

    async def action_quit(self) -> None:
        # A half-finished pip install is worse than the problem it was fixing.
        if any(getattr(screen, "busy", False) for screen in self.screen_stack):
            self.notify(t("quit.busy", self.lang), severity="warning")
            return
        self.exit(self.exit_code)

    def action_help(self) -> None:
        """Every key of the screen in front and of the app (tui/screens/help.py)."""
        from gpufix.tui.screens.help import HelpScreen  # lazy: loaded when first opened

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen, self.lang))

    def action_paste_log(self) -> None:
        from gpufix.tui.screens.paste_log import PasteLogScreen  # lazy: loaded when first opened

        if not isinstance(self.screen, PasteLogScreen):
            self.push_screen(PasteLogScreen(self.lang))

    def action_questions(self) -> None:
        """The differential of the last outcome, and its questions (rules/differential/)."""
        from gpufix.tui.screens.questions import QuestionsScreen  # lazy: loaded when first opened

        if self.outcome is not None and not isinstance(self.screen, QuestionsScreen):
            self.push_screen(QuestionsScreen(self.outcome, self.lang))

    def paste_output(self, callback: Callable[[Optional[str]], None]) -> None:
        """The paste box for a re-run command's new output; `callback` gets the text (None: cancelled)."""
        from gpufix.tui.screens.paste_log import PasteLogScreen  # lazy: loaded when first opened

        self.push_screen(PasteLogScreen(self.lang, for_recheck=True), callback=callback)


def log_exit_code(outcome: Outcome) -> int:
    """1 when a diagnosis resting on the outcome's log is an error, 3 when a symptom of the log
    holds that none explains (this machine's own findings are counted by the app's current
    outcome, which re-checks update)."""
    from gpufix.diagnosis import exit_code_for  # lazy: only when the app quits with a pasted log
    from gpufix.remedy.plan import LOG, basis_of

    symptoms = [d for d in outcome.differentials if d.machine != "this"]
    return exit_code_for([d for d in outcome.diagnoses if LOG in basis_of(d, outcome.facts_for(d).get).origins],
                         len(symptoms))


def make_app(facts_provider: FactsProvider, *, analyse: Optional[Analyser] = None,
             runner: Optional[CommandRunner] = None, snapshotter: Any = _DEFAULT, verifier: Any = _DEFAULT,
             reprobe: Optional[FactsProvider] = None, add_log: Optional[LogAdder] = None,
             python: Optional[str] = None, recheck_same_inputs: bool = False, lang: str = "en",
             animate: bool = True, clock: Optional[Callable[[], float]] = None) -> GpufixApp:
    """Build the app; anything not given uses the real implementation.

    `snapshotter` / `verifier` may be None to say "not available here".
    """
    s = Services(facts_provider)
    if analyse is not None:
        s.analyse = analyse
    if runner is not None:
        s.runner = runner
    if snapshotter is not _DEFAULT:
        s.snapshotter = snapshotter  # type: ignore[assignment]
    if verifier is not _DEFAULT:
        s.verifier = verifier  # type: ignore[assignment]
    if add_log is not None:
        s.add_log = add_log
    s.reprobe = reprobe
    s.python = python or sys.executable
    s.recheck_same_inputs = recheck_same_inputs
    s.clock = clock or time.monotonic
    return GpufixApp(s, lang, animate)


__all__ = ["GpufixApp", "make_app", "Snapshotter", "Verifier"]
