"""`gpufix fix [ID] [--dry-run | --yes]`: apply a diagnosis's remedy, from the command line.

Diagnoses as `gpufix` does, picks the diagnosis (ID, or each error-severity finding that
has a remedy, most severe first), shows every step with its exact command, asks, then
hands the plan to the fix service (gpufix.remedy.service), which takes one snapshot, runs
the steps, stops at the first failure, re-probes, verifies and re-diagnoses. This module
only wires the service to this process and prints its events.

Steps without a command are done by hand: on a terminal gpufix stops at each and asks
whether it was done; with --yes it stops there (it cannot do them, and "yes" is not
"I did it"), lists what is left, and does not claim the problem is fixed.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace
import textwrap
from pathlib import Path
from typing import Any, Callable, Optional, TextIO

from gpufix.errors import EXIT_ERROR_FOUND, EXIT_OK, UsageError
from gpufix.fact_labels import label
from gpufix.ui_strings import t, terminal_safe

HELP = "apply a finding's remedy: show each command, confirm, snapshot, run, re-check"
WIDTH = 78


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", nargs="?", metavar="ID",
                   help="the finding to fix (its id, as `gpufix --json` or the text report shows it); "
                        "default: every error-severity finding that has a remedy")
    p.add_argument("--remedy", type=int, default=1, metavar="N",
                   help="which of the finding's remedies to apply (default: 1, the first)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true", help="show the plan and the exact commands; run nothing")
    mode.add_argument("--yes", "-y", action="store_true", help="run without asking (steps done by hand still stop the fix)")
    p.add_argument("--python", metavar="PATH",
                   help="the interpreter (or env directory) to fix; default: this one")
    p.add_argument("--fact", action="append", default=[], metavar="NAME=VALUE",
                   help="supply a fact by hand (repeatable); wins over probes")
    p.add_argument("--log", metavar="FILE", help="an error log to diagnose ('-' reads standard input)")
    p.add_argument("--fixture", metavar="DIR", type=Path,
                   help="plan from a recorded machine instead of probing (only with --dry-run)")
    p.add_argument("--no-probe", action="store_true", help="do not probe this machine (only with --dry-run)")
    p.add_argument("--lang", choices=("en", "zh"), default=None,
                   help="language of the findings (default: from LANG)")


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    from gpufix.commands.diagnose import request_from_args
    from gpufix.core.pipeline import analyse, collect, prepare  # lazy: --help and refusals skip the engine
    from gpufix.ui_strings import resolve_lang

    out = out or sys.stdout
    if args.remedy < 1:
        raise UsageError(f"--remedy {args.remedy}: expected 1 or more")
    recorded = args.fixture is not None or args.no_probe
    if recorded and not args.dry_run:
        raise UsageError("a recorded machine (--fixture/--no-probe) cannot be fixed from here; "
                         "add --dry-run to see the plan")
    if not (args.dry_run or args.yes or sys.stdin.isatty()):
        raise UsageError("gpufix fix changes this environment: run it on a terminal to confirm, "
                         "or pass --yes (--dry-run only shows the plan)")
    lang = resolve_lang(args.lang)
    request = request_from_args(args)
    collected = collect(prepare(request))
    outcome = analyse(collected, lang)
    targets = _targets(args.id, outcome)
    if not targets:
        if args.id is not None:
            _say(out, t("fix.not_found", lang, id=args.id))
            return EXIT_OK
        return _nothing_to_fix(outcome, out, lang)
    fixer = _Fixer(args, request, collected.python, lang, out)
    code = EXIT_OK
    first = outcome
    for diag_id in targets:
        current = next((d for d in outcome.diagnoses if d.id == diag_id), None)
        if current is None:
            # The re-checks after earlier fixes read only this machine: a finding read from the
            # log is not in them, and only the command's new output can show it gone.
            current = next((d for d in first.diagnoses if d.id == diag_id and _from_log(d, first)), None)
            if current is not None:
                outcome = first
        if current is None:  # an earlier fix in this run took this one away too
            _say(out, "\n" + t("fix.gone_meanwhile", lang, id=diag_id))
            continue
        if _elsewhere(current, outcome) and not args.dry_run:
            # A pasted log from another machine: its remedy is for that machine, not this one.
            _say(out, "\n" + t("fix.elsewhere", lang, id=diag_id) + f"\n  {_machine_line(outcome, lang)}")
            code = max(code, EXIT_ERROR_FOUND)
            continue
        report = fixer.fix(current, outcome)
        if report is None:
            continue
        if report.outcome is not None:
            outcome = report.outcome
        if report.status == "declined":
            code = EXIT_OK if args.dry_run else max(code, EXIT_ERROR_FOUND)
            continue
        if not report.fixed:
            code = EXIT_ERROR_FOUND
        if report.status == "failed":
            break  # a failed step leaves the environment half-changed: nothing more runs
    return code


def _from_log(diagnosis: Any, outcome: Any) -> bool:
    from gpufix.remedy.plan import LOG, basis_of  # lazy: see _Fixer.fix()

    return LOG in basis_of(diagnosis, outcome.facts_for(diagnosis).get).origins


def _elsewhere(diagnosis: Any, outcome: Any) -> bool:
    """The finding is about the machine a pasted log came from, and that is not this one."""
    return diagnosis.machine == "log" and outcome.log is not None and outcome.log.machine == "other"


def _machine_line(outcome: Any, lang: str) -> str:
    from gpufix.areas import machine_line  # lazy: only a log from another machine needs it

    return machine_line(outcome.log, lang) or ""


def _targets(diag_id: Optional[str], outcome: Any) -> list[str]:
    if diag_id is None:
        return [d.id for d in outcome.diagnoses if d.severity == "error" and d.remedies]
    if any(d.id == diag_id for d in outcome.diagnoses):
        return [diag_id]
    from gpufix.engine.api import load_rules  # lazy: only an ID not found here needs the rule list

    if diag_id not in load_rules().by_id:
        raise UsageError(f"no finding named {diag_id!r} (see gpufix rules list)")
    return []


def _nothing_to_fix(outcome: Any, out: TextIO, lang: str = "en") -> int:
    errors = [d for d in outcome.diagnoses if d.severity == "error"]
    if errors:
        _say(out, t("fix.no_remedy", lang, n=len(errors)))
        return EXIT_ERROR_FOUND
    _say(out, t("fix.nothing", lang))
    return EXIT_OK


def _say(out: TextIO, text: str = "") -> None:
    out.write(terminal_safe(text) + "\n")
    out.flush()


class _Fixer:
    """Plans, asks and renders one fix at a time; the service does the work."""

    def __init__(self, args: argparse.Namespace, request: Any, python: str, lang: str, out: TextIO) -> None:
        self.args, self.request, self.python, self.lang, self.out = args, request, python, lang, out
        self.printer: Any = None  # the verification's progress printer, while it runs
        self.os_name: Optional[str] = None  # the target's OS (how commands are quoted), per outcome

    def fix(self, diagnosis: Any, outcome: Any):
        # lazy: every gpufix run builds the argument parser from this module; only `fix` needs these
        from gpufix.remedy.plan import PlanError, plan_fix
        from gpufix.remedy.service import run_fix

        try:
            facts = outcome.facts_for(diagnosis)  # a pasted log's machine: its own facts
            live = self.args.fixture is None and not self.args.no_probe
            plan = plan_fix(diagnosis, self.args.remedy, self.python, facts.value, facts.get, live=live)
        except PlanError as e:
            if self.args.id is None:
                _say(self.out, "\n" + t("fix.skipped", self.lang, why=e))
                return None
            raise UsageError(str(e)) from e
        self.os_name = outcome.facts_for(diagnosis).value("os.name")
        self.show_plan(plan)
        try:
            return run_fix(plan, self.tools(), self.confirm, self.on_event)
        finally:
            self.close_printer()

    # --- the plan ------------------------------------------------------------------
    def show_plan(self, plan: Any) -> None:
        from gpufix.remedy.commandline import command_line  # lazy: see fix()
        from gpufix.remedy.labels import verify_labels  # lazy: see fix()

        say = lambda text="": _say(self.out, text)  # noqa: E731
        say()
        lang = self.lang
        say(t("fix.head", lang, title=plan.title, id=plan.diagnosis_id))
        say(t("fix.remedy_of", lang, i=plan.remedy_number, n=plan.remedy_count, title=plan.remedy_title))
        for s in plan.steps:
            head = f"  {s.number}. "
            say(textwrap.fill(s.text, WIDTH, initial_indent=head, subsequent_indent=" " * len(head)))
            pad = " " * len(head)
            if s.kind == "command":
                say(f"{pad}$ {command_line(s.argv, self.os_name)}")
            elif s.kind == "manual":
                say(pad + t("fix.by_hand", lang))
            if s.reprobe:
                # In words, never the fact ids: "then: read the NumPy version again".
                say(pad + t("fix.then", lang, what=verify_labels(['reprobe:' + n for n in s.reprobe], lang)))
            if s.checks:
                say(pad + t("fix.check", lang, what=verify_labels(s.checks, lang)))

    # --- confirm owns dry-run, "no", and manual steps -------------------------------
    def confirm(self, request: Any) -> bool:
        if request.kind == "run":
            n = len(request.plan.commands)
            if self.args.dry_run:
                _say(self.out, t("fix.dry_run", self.lang))
                return False
            if self.args.yes or n == 0:
                return True
            note = t("fix.snapshot_note", self.lang) if request.snapshot else ""
            ask = t("fix.ask_one", self.lang, note=note) if n == 1 else t("fix.ask_many", self.lang, n=n, note=note)
            if not self._ask(ask + " [y/N] "):
                _say(self.out, t("fix.not_run", self.lang))
                return False
            return True
        step = request.step
        _say(self.out, t("fix.manual_step", self.lang, i=step.number, n=len(request.plan.steps), text=step.text))
        if self.args.yes or not sys.stdin.isatty():
            return False
        return self._ask(t("fix.done_ask", self.lang) + " [y/N] ")

    def _ask(self, prompt: str) -> bool:
        self.out.write(prompt)
        self.out.flush()
        try:
            answer = input()
        except EOFError:
            answer = ""
        return answer.strip().lower() in ("y", "yes")

    # --- the world the service touches -----------------------------------------------
    def tools(self) -> Any:
        # lazy: see fix()
        from gpufix.remedy.reprobe import reprobe_in
        from gpufix.remedy.service import FixTools

        return FixTools(reprobe=reprobe_in(self.python), verifier=_verify, rediagnose=self.rediagnose,
                        os_name=self.os_name)

    def rediagnose(self, learnt: list) -> Any:
        """Probe again (the --fact facts still hold; a log describes the past), add what the checks found."""
        from gpufix.core.pipeline import analyse, collect  # lazy: loaded by run() already

        again = collect(replace(self.request, log=None, log_text=None))
        again.facts.extend(learnt)
        return analyse(again, self.lang)

    # --- events ----------------------------------------------------------------------
    def on_event(self, event: Any) -> None:
        # lazy: see fix()
        from gpufix.remedy import events as ev
        from gpufix.remedy.commandline import command_line

        say = lambda text="": _say(self.out, text)  # noqa: E731
        lang = self.lang
        if isinstance(event, ev.SnapshotStarted):
            say(t("fix.snapshot", lang, python=event.python))
        elif isinstance(event, ev.SnapshotSaved):
            say(t("fix.snapshot_saved", lang, path=event.path, name=Path(event.path).name))
        elif isinstance(event, ev.SnapshotFailed):
            say(t("fix.snapshot_failed", lang, error=event.error))
        elif isinstance(event, ev.StepStarted):
            say(t("fix.step", lang, i=event.step.number) + f" $ {command_line(event.step.argv, self.os_name)}")
        elif isinstance(event, ev.StepOutput):
            say(f"    {event.line}")
        elif isinstance(event, ev.StepFinished):
            say(t("fix.step_done", lang, i=event.step.number))
        elif isinstance(event, ev.StepFailed):
            why = (t("fix.exit_code", lang, rc=event.exit_code) if event.exit_code is not None
                   else t("fix.could_not_start", lang, error=event.error))
            if event.exit_code is not None and event.error:
                why += f": {event.error}"
            say(t("fix.step_failed", lang, i=event.step.number, why=why))
        elif isinstance(event, ev.ManualStep):
            if event.done:
                say(t("fix.step_by_hand", lang, i=event.step.number))
        elif isinstance(event, ev.Reprobed):
            for fact, before, now in event.values:
                change = (f"{_value(before, lang)} -> {_value(now, lang)}" if before != now
                          else t("fix.unchanged", lang, value=_value(now, lang)))
                say(t("fix.reread", lang, fact=label(fact, lang), change=change))
            if event.unchanged_environment:
                say(t("fix.stale_env", lang, facts=", ".join(label(f, lang) for f in event.unchanged_environment)))
            for fact in event.not_probed:
                say(t("fix.not_probed", lang, fact=label(fact, lang)))
        elif isinstance(event, ev.ReprobeFailed):
            say(t("fix.reprobe_failed", lang, error=event.error))
        elif isinstance(event, ev.VerifyStarted):
            say(t("fix.verifying", lang, what=", ".join(event.checks)))
        elif isinstance(event, ev.VerifyProgressEvent):
            self._verify_event(event.event)
        elif isinstance(event, ev.VerifyFinished):
            self.close_printer()
            say(t("fix.verify_passed" if event.passed else "fix.verify_failed", lang, status=event.status,
                  message=event.message))
        elif isinstance(event, ev.VerifyUnavailable):
            self.close_printer()
            say(t("fix.verify_unavailable", lang) + (f": {event.error}" if event.error else ""))
        elif isinstance(event, ev.RediagnoseFailed):
            say(t("fix.rediagnose_failed", lang, error=event.error))
        elif isinstance(event, ev.Finished):
            self.report(event.report)
        elif isinstance(event, ev.Rediagnosed):
            say(t("fix.still_applies" if event.still_applies else "fix.no_longer_applies", lang))

    def _verify_event(self, event: dict) -> None:
        if self.printer is None:
            from gpufix.verify.render import ProgressPrinter  # lazy: only when a check runs

            self.printer = ProgressPrinter(self.out, tty=self.out.isatty())
        self.printer(event)

    def close_printer(self) -> None:
        if self.printer is not None:
            self.printer.close()
            self.printer = None

    def report(self, r: Any) -> None:
        say = lambda text="": _say(self.out, text)  # noqa: E731
        title, lang = r.plan.title, self.lang
        if r.status == "declined":
            return
        if r.status == "fixed":
            say(t("fix.fixed_checked" if r.verify_status else "fix.fixed", lang, title=title))
        elif r.status == "still":
            say(t("fix.still", lang, title=title)
                + (t("fix.try_other", lang) if r.plan.remedy_count > r.plan.remedy_number else ""))
        elif r.status == "unverified":
            say(t("fix.unverified_gone" if r.outcome is not None else "fix.unverified", lang, title=title,
                  why=_unverified_why(r, lang)))
        elif r.status == "rerun":
            # The diagnosis came from the log, or only the program's new output can prove this remedy
            # (verify: [rerun]): probing this machine cannot show it gone.
            say(t("fix.rerun_output" if r.reason == "needs-output" else "fix.rerun", lang, title=title))
            for line in r.plan.basis.log_lines[:2]:
                say(textwrap.shorten(f"    {line}", WIDTH, placeholder=" …"))
            say(t("fix.rerun_how", lang))
        elif r.status == "failed":
            where = (t("fix.where_step", lang, i=r.failed_step.number) if r.failed_step
                     else t("fix.where_snapshot", lang))
            say(t("fix.failed", lang, where=where, error=r.error))
        elif r.status == "manual":
            say(t("fix.manual_left", lang, n=len(r.left)))
            for s in r.left:
                say(textwrap.fill(s.text, WIDTH, initial_indent=f"  {s.number}. ", subsequent_indent="     "))
            say(t("fix.manual_then", lang))
        if r.snapshot and r.status != "fixed":
            say(t("fix.undo", lang, name=Path(r.snapshot).name))


def _unverified_why(r: Any, lang: str = "en") -> str:
    """Why a fix that took the diagnosis away is still not proved (the service's reason)."""
    from gpufix.remedy import service as sv  # lazy: see _Fixer.fix()

    if r.reason == sv.NO_GPU_CHECKED:
        return t("fix.why.no_gpu", lang, status=r.verify_status)
    if r.reason == sv.CHECK_FAILED:
        return t("fix.why.check_failed", lang, status=r.verify_status)
    if r.reason == sv.CHECKS_NOT_RUN:
        return t("fix.why.checks_not_run", lang)
    if r.reason == sv.NOT_READ_AGAIN:
        return t("fix.why.not_read_again", lang)
    return t("fix.why.no_rediagnosis", lang)


def _value(value: Any, lang: str = "en") -> str:
    if value is None:
        return t("run.not_known", lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def _verify(python: str, checks, on_event: Callable[[dict], None], cancel=None) -> Any:
    """The core's verification in the target interpreter (MNIST only when a step asks)."""
    from gpufix.core.verification import run_verification  # lazy: only when a check runs

    return run_verification(python, mnist="mnist" in checks, on_event=on_event, cancel=cancel)

