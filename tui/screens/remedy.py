"""The remedy walk-through: one step at a time, with Copy, Run (after confirmation) and Skip.

The steps run through the fix service (gpufix.remedy.service), the same one `gpufix fix`
uses: one snapshot before the first command of the remedy, the command's output streamed,
a failed step stops there (a later step of the remedy does not run until it is run again and
works), the facts a step names (`reprobe:`) read again, then (for a step that asks to be
verified) the checks and the rules run again, and the service's verdict is shown: "fixed" only
with proof. A diagnosis read from a pasted log cannot be proved gone by probing this machine:
the screen asks for the command's new output (p) and judges that. This screen only renders
the service's events and forwards key presses.
"""
from __future__ import annotations

import threading
from typing import Any, Optional, Sequence

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Footer, Log, ProgressBar, Static

from gpufix.diagnosis import Diagnosis, Remedy, Step
from gpufix.fact_labels import label
from gpufix.remedy import events as ev
from gpufix.remedy.commandline import command_line
from gpufix.remedy.labels import verify_labels
from gpufix.remedy.plan import PlannedStep, plan_fix
from gpufix.remedy import service as sv
from gpufix.remedy.service import FixSession, Recheck
from gpufix.tui.bindings import localize_bindings
from gpufix.tui.fix_tools import fix_tools
from gpufix.tui.messages import OutputLine, RecheckFinished, StepStatus, VerifyProgress
from gpufix.tui.services import VERIFY_CHECKS
from gpufix.tui.widgets.command_box import CommandBox
from gpufix.tui.widgets.finding_detail import severity_mark
from gpufix.ui_strings import t, terminal_safe

STATUS_STYLE = {"info": "", "ok": "green", "error": "red"}


class RemedyScreen(Screen):
    CSS_PATH = "remedy.tcss"
    BINDINGS = [
        Binding("c", "copy", "key.copy"),
        Binding("r", "run", "key.run"),
        Binding("s", "skip", "key.skip"),
        Binding("v", "check", "key.check"),
        Binding("o", "other", "key.other"),
        Binding("p", "paste_output", "key.paste_output"),
        Binding("escape", "back", "key.back"),
        # Shown here too (the app's q is hidden): the walk-through's footer says how to leave.
        Binding("q", "app.quit", "key.quit"),
    ]

    def __init__(self, diagnosis: Diagnosis, lang: str = "en", os_name: Optional[str] = None,
                 outcome: Any = None) -> None:
        """`outcome`: the one the diagnosis was found in (a pasted log's); default: the app's."""
        super().__init__()
        self.diagnosis = diagnosis
        self.source_outcome = outcome
        self.lang = lang
        self.os_name = os_name
        self.remedy_index = 0
        self.step_index = 0
        self.busy = False
        self.step_done = False
        self.gone: Optional[bool] = None  # after a re-check: True only when proved gone, False: still there
        self.verdict: Optional[Recheck] = None  # the fix service's last verdict
        self.failed_step: Optional[int] = None  # index of the step whose command failed: later ones wait
        self.cancel = threading.Event()  # set by Escape while verifying
        self.verifying = False
        self._session: Optional[FixSession] = None  # one per remedy: its snapshot is taken once
        localize_bindings(self, lang)

    # --- state -------------------------------------------------------------------
    @property
    def remedy(self) -> Optional[Remedy]:
        rs = self.diagnosis.remedies
        return rs[self.remedy_index] if rs else None

    @property
    def step(self) -> Optional[Step]:
        r = self.remedy
        return r.steps[self.step_index] if r and self.step_index < len(r.steps) else None

    @property
    def session(self) -> FixSession:
        """The fix service's session for the current remedy (made on first use)."""
        if self._session is None or self._session.plan.remedy_number != self.remedy_index + 1:
            services = self.app.services
            if self.source_outcome is None:
                # Held from now on: re-checks replace the app's outcome, not where this came from.
                self.source_outcome = getattr(self.app, "outcome", None)
            outcome = self.source_outcome
            facts = outcome.facts_for(self.diagnosis) if outcome is not None else None  # the log's machine's
            lookup = facts.value if facts is not None else None
            fact = facts.get if facts is not None else None
            # recorded inputs (--fixture/--no-probe) give a plan that is shown, never run
            plan = plan_fix(self.diagnosis, self.remedy_index + 1, services.python, lookup, fact,
                            live=not services.recheck_same_inputs)
            tools = fix_tools(services, self.lang, self.cancel, self.os_name, outcome)
            self._session = FixSession(plan, tools, self._on_fix_event)
        return self._session

    @property
    def outcome(self) -> Any:
        """The outcome the diagnosis was found in."""
        return self.source_outcome if self.source_outcome is not None else getattr(self.app, "outcome", None)

    @property
    def planned(self) -> Optional[PlannedStep]:
        if self.remedy is None or self.step is None:
            return None
        return self.session.plan.steps[self.step_index]

    # --- layout ------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static("", id="remedy-head", markup=False)
        yield Static("", id="remedy-sub", markup=False)
        yield Static("", id="step-text", markup=False)
        yield CommandBox((), self.os_name, id="command")
        with Horizontal(id="step-buttons"):
            yield Button(f"{t('key.copy', self.lang)} (c)", id="copy", compact=True)
            yield Button(f"{t('key.run', self.lang)} (r)", id="run", variant="warning", compact=True)
            yield Button(f"{t('key.check', self.lang)} (v)", id="check", variant="success", compact=True)
            yield Button(f"{t('key.skip', self.lang)} (s)", id="skip", compact=True)
        yield Static("", id="step-status", markup=False)
        yield ProgressBar(total=100, show_eta=False, id="verify-bar")
        yield Log(id="output", auto_scroll=True)
        yield Footer()

    def on_mount(self) -> None:
        d = self.diagnosis
        self.query_one("#remedy-head", Static).update(f"{severity_mark(d.severity)} {terminal_safe(d.title)}")
        self.query_one("#verify-bar").display = False
        self.query_one(Log).display = False  # until a command runs
        self.show_step()

    def show_step(self) -> None:
        self.step_done = False
        remedy, step = self.remedy, self.step
        sub = self.query_one("#remedy-sub", Static)
        text = self.query_one("#step-text", Static)
        box = self.query_one(CommandBox)
        if remedy is None or step is None:
            sub.update(t("remedy.no_steps", self.lang) if remedy is None else terminal_safe(remedy.title))
            text.update(t("remedy.done_all", self.lang))
            box.set_command(None)
        else:
            n_rem, n_steps = len(self.diagnosis.remedies), len(remedy.steps)
            sub.update(f"{t('remedy', self.lang)} {t('remedy.of', self.lang, i=self.remedy_index + 1, n=n_rem)}:"
                       f" {terminal_safe(remedy.title)} — {t('step', self.lang)} {self.step_index + 1}/{n_steps}")
            body = terminal_safe(step.text.strip())
            if step.verify:
                body += f"\n({t('verify_with', self.lang)}: {verify_labels(step.verify, self.lang)})"
            if not step.command:
                body += "\n" + t("remedy.verify_hint" if step.verify else "remedy.manual", self.lang)
            text.update(body)
            box.set_command(step.command)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_cmd = bool(self.step and self.step.command)
        for button_id in ("copy", "run"):
            self.query_one(f"#{button_id}", Button).display = has_cmd
        self.query_one("#run", Button).disabled = self.busy
        check = self.query_one("#check", Button)
        check.display = bool(self.step and self.step.verify and not self.step.command)
        check.disabled = self.busy
        skip = self.query_one("#skip", Button)
        skip.disabled = self.busy or self.step is None
        label = "key.next" if self.step_done or (self.step and not self.step.command) else "key.skip"
        skip.label = f"{t(label, self.lang)} (s)"
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        has_cmd = bool(self.step and self.step.command)
        if action in ("copy", "run"):
            return has_cmd and not (self.busy and action == "run")
        if action == "paste_output":
            # Only a diagnosis read from a log, or a remedy only new output proves, is judged on it.
            return self.remedy is not None and self.session.plan.judged_on_output and not self.busy
        if action == "skip":
            return self.step is not None and not self.busy
        if action == "check":
            return not self.busy
        if action == "other":
            return len(self.diagnosis.remedies) > 1 and not self.busy
        return True

    def set_status(self, text: str, level: str = "info") -> None:
        self.query_one("#step-status", Static).update(text)
        self.query_one("#step-status").set_class(level == "error", "-error")
        self.query_one("#step-status").set_class(level == "ok", "-ok")

    # --- actions -----------------------------------------------------------------
    @on(Button.Pressed, "#copy")
    def action_copy(self) -> None:
        line = self.query_one(CommandBox).line
        if line:
            self.app.copy_to_clipboard(line)
            self.notify(t("remedy.copied", self.lang), timeout=2)

    @on(Button.Pressed, "#run")
    def action_run(self) -> None:
        from gpufix.tui.screens.confirm import ConfirmScreen  # lazy: loaded when first opened

        step = self.step
        if step is None or not step.command or self.busy:
            return
        if self.failed_step is not None and self.step_index > self.failed_step:
            # The fix service's rule: a failed step stops the remedy; what follows it waits.
            self.set_status(t("run.stopped", self.lang, n=self.failed_step + 1), "error")
            return
        snapshot = self.app.services.snapshotter is not None and not self.session.snapshot
        self.app.push_screen(ConfirmScreen(step.command, self.lang, self.os_name, snapshot),
                             callback=self._confirmed)

    def _confirmed(self, yes: bool | None) -> None:
        planned = self.planned
        if yes and planned is not None and planned.argv:
            self.busy = True
            self.query_one(Log).clear()
            self._update_buttons()
            self.run_step(planned)

    @on(Button.Pressed, "#skip")
    def action_skip(self) -> None:
        if self.busy or self.step is None:
            return
        self.step_index += 1
        self.set_status("")
        self.show_step()

    def action_other(self) -> None:
        if self.busy or len(self.diagnosis.remedies) < 2:
            return
        self.remedy_index = (self.remedy_index + 1) % len(self.diagnosis.remedies)
        self.step_index = 0
        self.failed_step = None
        self.set_status("")
        self.show_step()

    @on(Button.Pressed, "#check")
    def action_check(self) -> None:
        if self.busy:
            return
        if self.failed_step is not None and self.step_index > self.failed_step:
            # Checking what a stopped remedy did not finish would judge a half-done change.
            self.set_status(t("run.stopped", self.lang, n=self.failed_step + 1), "error")
            return
        self.busy = True
        self._update_buttons()
        self.recheck_only(self.planned)

    def action_paste_output(self) -> None:
        if self.busy or not self.session.plan.judged_on_output:
            return
        self.app.paste_output(self._output_pasted)  # the app's paste box (no import: the findings import us)

    def _output_pasted(self, text: Optional[str]) -> None:
        if text and not self.busy:
            self.busy = True
            self._update_buttons()
            self.recheck_output(text)

    def action_back(self) -> None:
        if not self.busy:
            self.app.pop_screen()
        elif self.verifying and not self.cancel.is_set():
            # Only verification stops; a running pip is never killed half-way.
            self.cancel.set()
            self.set_status(t("run.cancelling", self.lang))

    # --- workers (threads): the fix service does the work --------------------------
    @work(thread=True, exclusive=True, group="remedy")
    def run_step(self, step: PlannedStep) -> None:
        session = self.session
        if not session.run_command(step):
            self.post_message(RecheckFinished(None, None, detail="failed"))  # the service said why
            return
        session.reprobe(step)
        if not (step.checks or step.reprobe):
            # A middle step (e.g. uninstall before install) is not judged on its own.
            self.post_message(RecheckFinished(None, None, detail="no-verify"))
            return
        self._recheck(step.checks)

    @work(thread=True, exclusive=True, group="remedy")
    def recheck_only(self, step: Optional[PlannedStep]) -> None:
        if step is None:
            self._recheck(VERIFY_CHECKS)
            return
        self.session.reprobe(step)
        self._recheck(step.checks if (step.checks or step.reprobe) else VERIFY_CHECKS)

    def _recheck(self, checks: Sequence[str]) -> None:
        self.cancel.clear()
        self.post_message(StepStatus(t("run.reprobe", self.lang)))
        self._verdict(self.session.recheck(checks))

    @work(thread=True, exclusive=True, group="remedy")
    def recheck_output(self, text: str) -> None:
        self.post_message(StepStatus(t("run.reprobe", self.lang)))
        self._verdict(self.session.recheck_output(text))

    def _verdict(self, result: Recheck) -> None:
        gone = {sv.FIXED: True, sv.STILL: False}.get(result.status)
        self.post_message(RecheckFinished(result.outcome, gone, detail=result))

    def _on_fix_event(self, event: Any) -> None:
        """One event of the fix service (in the worker thread) as the screen's messages."""
        lang, post = self.lang, self.post_message
        if isinstance(event, ev.SnapshotStarted):
            post(StepStatus(t("run.snapshot", lang)))
        elif isinstance(event, ev.SnapshotFailed):
            post(StepStatus(t("run.snapshot_failed", lang, error=event.error), "error"))
        elif isinstance(event, ev.SnapshotSaved):
            post(OutputLine(t("run.snapshot_saved", lang, path=event.path)))
        elif isinstance(event, ev.StepStarted):
            post(StepStatus(t("run.running", lang)))
            post(OutputLine("$ " + command_line(event.step.argv or (), self.os_name)))
        elif isinstance(event, ev.StepOutput):
            post(OutputLine(event.line))
        elif isinstance(event, (ev.StepFinished, ev.StepFailed)) and event.exit_code is not None:
            post(StepStatus(t("run.exit", lang, rc=event.exit_code), "ok" if event.exit_code == 0 else "error"))
            post(OutputLine(t("run.exit", lang, rc=event.exit_code)))
            if isinstance(event, ev.StepFailed) and event.error:  # why, when gpufix knows (PEP 668)
                post(OutputLine(event.error))
        elif isinstance(event, ev.StepFailed):
            post(StepStatus(t("run.cannot", lang, error=event.error), "error"))
        elif isinstance(event, ev.Reprobed):
            for fact, before, now in event.values:
                post(OutputLine(t("run.reprobed", lang, fact=label(fact, lang), before=_shown(before, lang),
                                  now=_shown(now, lang))))
            if event.unchanged_environment:
                post(OutputLine(t("run.stale_env", lang,
                                  facts=", ".join(label(f, lang) for f in event.unchanged_environment))))
        elif isinstance(event, ev.ReprobeFailed):
            post(OutputLine(t("run.cannot", lang, error=event.error)))
        elif isinstance(event, ev.VerifyStarted):
            self.verifying = True
            post(VerifyProgress(t("run.verify", lang, what=", ".join(event.checks)), 0.0))
        elif isinstance(event, ev.VerifyProgressEvent):
            line, progress = verify_event_texts(event.event)
            if line:
                post(OutputLine(line))
            if progress is not None:
                post(VerifyProgress(*progress))
        elif isinstance(event, ev.VerifyFinished):
            self.verifying = False
            if event.message:
                post(OutputLine(event.message))
            post(VerifyProgress("", 1.0))
        elif isinstance(event, ev.VerifyUnavailable):
            self.verifying = False
            post(OutputLine(t("run.verify_failed", lang, error=event.error) if event.error
                            else t("run.verify_unavailable", lang)))
        elif isinstance(event, ev.RediagnoseFailed):
            post(StepStatus(t("run.cannot", lang, error=event.error), "error"))

    # --- messages from the workers -------------------------------------------------
    @on(OutputLine)
    def _output(self, msg: OutputLine) -> None:
        log = self.query_one(Log)
        log.display = True
        log.write_line(msg.line)

    @on(StepStatus)
    def _status(self, msg: StepStatus) -> None:
        self.set_status(msg.text, msg.level)

    @on(VerifyProgress)
    def _progress(self, msg: VerifyProgress) -> None:
        bar = self.query_one(ProgressBar)
        bar.display = True
        if msg.fraction is None:
            bar.update(total=None)
        else:
            bar.update(total=100, progress=max(0.0, min(1.0, msg.fraction)) * 100)
        if msg.label:
            self.set_status(msg.label)

    @on(RecheckFinished)
    def _rechecked(self, msg: RecheckFinished) -> None:
        self.busy = False
        verdict = msg.detail if isinstance(msg.detail, Recheck) else None
        if msg.detail == "failed":
            self.failed_step = self.step_index  # the status already says how it failed
        elif self.failed_step == self.step_index:
            self.failed_step = None  # run again, and it worked
        if verdict is not None:
            self.verdict, self.gone = verdict, msg.gone
            if msg.outcome is not None:
                self._adopt(msg.outcome, verdict)
            text = verdict_text(verdict, terminal_safe(self.diagnosis.title), self.lang)
            if self.app.services.recheck_same_inputs and not verdict.from_output and verdict.reason != sv.FROM_LOG:
                text += " " + t("run.same_inputs", self.lang)
            level = "ok" if verdict.status == sv.FIXED else "error" if verdict.status == sv.STILL else "info"
            self.set_status(text, level)
            log = self.query_one(Log)
            log.display = True
            log.write_line(text)
        elif msg.detail == "no-verify":
            self.set_status(t("remedy.step_done", self.lang), "ok")
        self.step_done = verdict is not None or msg.detail == "no-verify"
        self._update_buttons()

    def _adopt(self, outcome: Any, verdict: Recheck) -> None:
        """The re-check's outcome becomes what the app shows. A log's findings count in the
        exit code until a command's new output proves them gone (GpufixApp.pasted): a re-check
        that probed only the machine keeps the log's outcome there."""
        app = self.app
        if verdict.from_output:
            old = self.source_outcome
            app.replace_pasted(old, outcome)
            if app.outcome is old:
                app.outcome = outcome
            self.source_outcome = outcome
            return
        old = app.outcome
        if old is not None and old.collected.log_given and not outcome.collected.log_given:
            app.add_pasted(old)
        app.outcome = outcome


def verdict_text(verdict: Recheck, title: str, lang: str) -> str:
    """One line for the fix service's verdict: "fixed" only when it is proved."""
    if verdict.status == sv.FIXED:
        return t("run.gone_output" if verdict.reason == sv.NEW_OUTPUT else "run.gone", lang, title=title)
    if verdict.status == sv.STILL:
        return t("run.still", lang, title=title)
    if verdict.status == sv.RERUN:
        return t("run.rerun_output" if verdict.reason == sv.NEEDS_OUTPUT else "run.rerun", lang, title=title)
    return t(f"run.unverified.{verdict.reason or sv.NO_REDIAGNOSIS}", lang, title=title)


def _shown(value: Any, lang: str) -> str:
    if value is None:
        return t("run.not_known", lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def verify_event_texts(event: Any) -> tuple[str, Optional[tuple[str, Optional[float]]]]:
    """A milestone line and (label, fraction) for the bar, from one gpufix.verify event."""
    try:
        from gpufix.verify.render import event_line, progress_text  # lazy: loaded when a step verifies
    except ImportError:
        return "", None
    if not isinstance(event, dict):
        return "", None
    return event_line(event) or "", progress_text(event)
