"""First screen: each probe as it runs, the static phase's findings, then the per-area summary.

The static phase (torch's files, nvidia-smi, nvcc...: no `import torch`) ends in well under a
second; its findings are painted then, above the torch probe's spinner, and replaced by the
final summary when the dynamic phase (the torch import) has confirmed or added to them.
"""
from __future__ import annotations

import inspect

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from gpufix.areas import summarize
from gpufix.report_text import counts_line, engine_line, probes_line
from gpufix.tui.bindings import localize_bindings
from gpufix.tui.titles import state_title
from gpufix.tui.messages import ProbeFinished, ProbeStarted, ScanFailed, ScanFinished, StaticFindings
from gpufix.tui.widgets.area_summary import AreaSummary
from gpufix.tui.widgets.probe_list import ProbeList
from gpufix.ui_strings import t


def takes_on_static(provider) -> bool:
    """Whether a facts provider accepts `on_static` (the static phase's facts first)."""
    try:
        params = inspect.signature(provider).parameters
    except (TypeError, ValueError):
        return False
    return "on_static" in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


class ScanScreen(Screen):
    CSS_PATH = "scan.tcss"
    BINDINGS = [
        Binding("enter", "findings", "key.findings"),
        Binding("l", "app.paste_log", "key.paste"),
        Binding("i", "check_index", "key.check_index"),
        Binding("p", "toggle_probes", "key.probes"),
        Binding("q", "app.quit", "key.quit"),
    ]

    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        self.lang = lang
        self.done = False
        self.static_outcome = None  # the static phase's outcome, shown until the scan is done
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        yield Static(f"gpufix — {state_title(None, self.lang)}", id="scan-title", markup=False)
        with VerticalScroll(id="scan-body"):
            yield ProbeList(self.lang, self.app.services.clock, self.app.animate, id="probes")
            yield AreaSummary(id="areas")
        yield Static("", id="scan-hint", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#areas").display = False
        self.scan()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("findings", "toggle_probes"):
            return self.done and self.app.outcome is not None
        return True

    @work(thread=True, exclusive=True, group="scan")
    def scan(self) -> None:
        """Probes in this thread; results reach the screen as messages."""
        services, lang = self.app.services, self.lang

        def progress(name: str, phase: str, result) -> None:
            if phase == "start":
                self.post_message(ProbeStarted(name, services.clock()))
            else:
                self.post_message(ProbeFinished(result))

        def on_static(collected) -> None:
            # Analysing here also loads the rules, so the final analysis finds them ready.
            try:
                outcome = services.analyse(collected, lang)
            except Exception:  # noqa: BLE001 - the final analysis reports the same failure
                return
            self.post_message(StaticFindings(outcome))

        try:
            provider = services.facts_provider
            if takes_on_static(provider):
                collected = provider(progress, on_static=on_static)
            else:  # a provider without phases (a replay, a test's): everything at once
                collected = provider(progress)
            outcome = services.analyse(collected, lang)
        except Exception as e:  # noqa: BLE001 - shown as one line, the app keeps running
            self.post_message(ScanFailed(str(e) or type(e).__name__))
            return
        self.post_message(ScanFinished(outcome))

    @on(ProbeStarted)
    def _started(self, msg: ProbeStarted) -> None:
        self.query_one(ProbeList).start(msg.name, msg.at)

    @on(ProbeFinished)
    def _finished(self, msg: ProbeFinished) -> None:
        self.query_one(ProbeList).finish(msg.result)

    @on(StaticFindings)
    def _static_findings(self, msg: StaticFindings) -> None:
        if self.done:  # the final outcome came first: nothing older may replace it
            return
        self.static_outcome = msg.outcome
        self.paint(msg.outcome, t("scan.dynamic", self.lang))

    @on(ScanFinished)
    def _scan_done(self, msg: ScanFinished) -> None:
        outcome = msg.outcome
        self.app.outcome = outcome
        probes = self.query_one(ProbeList)
        for r in outcome.collected.probe_results:  # a provider may not report progress
            if r.name not in probes.rows or probes.rows[r.name].result is None:
                probes.finish(r)
        self.done = True
        self.show_summary()
        self.refresh_bindings()

    @on(ScanFailed)
    def _scan_failed(self, msg: ScanFailed) -> None:
        self.app.scan_error = msg.error
        self.done = True
        self.set_title(state_title(None, self.lang, failed=True))
        self.query_one("#scan-hint", Static).update(f"[✗] {t('scan.failed', self.lang)}: {msg.error}")
        self.refresh_bindings()

    def show_summary(self) -> None:
        outcome = self.app.outcome
        if outcome is None:
            return
        results = outcome.collected.probe_results
        header = probes_line(results, self.lang) if results else ""
        note = engine_line(outcome, self.lang)  # "Rule engine: CLIPS (...)" when it fell back
        if note:
            header = f"{header}\n{note}" if header else note
        from gpufix.tui.services import knowledge_line  # lazy: once a summary is shown

        header = f"{header}\n{knowledge_line(outcome, self.lang)}" if header else knowledge_line(outcome, self.lang)
        self.paint(outcome, t("scan.enter", self.lang), header)
        self.query_one("#probes").display = False
        self.set_title(state_title(outcome, self.lang))

    def set_title(self, text: str) -> None:
        """The title line, and the screen's title (what a terminal's window title can show)."""
        self.title = text
        self.query_one("#scan-title", Static).update(f"gpufix — {text}")

    def paint(self, outcome, hint: str, header: str = "") -> None:
        """The per-area summary of `outcome` and its counts line (the probe list stays as it is)."""
        areas = summarize(outcome.facts, outcome.diagnoses, self.lang, outcome.collected.log_given)
        self.query_one(AreaSummary).show(areas, header)
        self.query_one("#areas").display = True
        counts = counts_line(outcome.diagnoses, self.lang)
        self.query_one("#scan-hint", Static).update(f"{counts} — {hint}")

    def on_screen_resume(self) -> None:
        # A remedy may have changed the outcome while another screen was on top.
        if self.done:
            self.show_summary()

    def action_check_index(self) -> None:
        """The opt-in online step: ask the pip index what it serves, then show the new summary."""
        if self.app.outcome is None:
            return
        self.query_one("#scan-hint", Static).update(t("scan.index_checking", self.lang))
        self.check_index()

    @work(thread=True, exclusive=True, group="index")
    def check_index(self) -> None:
        services, app = self.app.services, self.app
        try:
            outcome = services.analyse(services.check_index(app.outcome.collected), self.lang)
        except Exception as e:  # noqa: BLE001 - one line on the screen
            self.app.call_from_thread(self.query_one("#scan-hint", Static).update, f"[✗] {e}")
            return
        self.app.call_from_thread(self._index_checked, outcome)

    def _index_checked(self, outcome) -> None:
        self.app.outcome = outcome
        self.show_summary()

    def action_toggle_probes(self) -> None:
        probes = self.query_one("#probes")
        probes.display = not probes.display

    def action_findings(self) -> None:
        from gpufix.tui.screens.findings import FindingsScreen  # lazy: loaded when first opened

        if self.app.outcome is not None:
            self.app.push_screen(FindingsScreen(self.lang))

