"""`gpufix` (TUI on a terminal, text otherwise) and `gpufix --json`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gpufix.core.outcome import Request
from gpufix.errors import EXIT_CANNOT_RUN, GpufixError
from gpufix.ui_strings import resolve_lang, terminal_safe

HELP = "probe this machine (or read a log), diagnose, and show remedies"


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_target_arguments(p)
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print one JSON document (schema gpufix/1)")
    out.add_argument("--text", action="store_true", help="print a plain-text report, never interactive")
    p.add_argument("--log", metavar="FILE", help="an error log to diagnose ('-' reads standard input)")
    p.add_argument("--no-probe", action="store_true", help="do not probe this machine: diagnose the log/fixture alone")
    p.add_argument("--fact", action="append", default=[], metavar="NAME=VALUE",
                   help="supply a fact by hand (repeatable); wins over probes and logs")
    p.add_argument("--answer", action="append", default=[], metavar="ID=VALUE",
                   help="answer one of gpufix's questions (repeatable): a choice, or for a command its output as "
                        "@FILE, '-' (standard input) or the text itself; the ids are in --json's 'questions'")
    p.add_argument("--fixture", metavar="DIR", type=Path,
                   help="use a recorded fixture directory (gpufix record) instead of probing; "
                        "its log.txt is read too unless --log is given")
    p.add_argument("--quick", action="store_true",
                   help="the static phase only: answer without importing torch (the torch checks are skipped)")
    add_online_argument(p)
    p.add_argument("--lang", choices=("en", "zh"), default=None,
                   help="language of the findings (default: from LANG; zh for Chinese)")


def add_online_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--online", action="store_true",
                   help="also ask the configured pip index which torch builds it serves (one request)")


def add_target_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--python", metavar="PATH",
                   help="the interpreter (or env directory) whose torch to diagnose; default: this one")


def request_from_args(args: argparse.Namespace) -> Request:
    """The core's Request for `gpufix [--json|--text] ...` (and `recommend`, which shares options)."""
    return Request(python=args.python, fixture=getattr(args, "fixture", None), log=getattr(args, "log", None),
                   facts=tuple(getattr(args, "fact", ())), answers=tuple(getattr(args, "answer", ())), probe=not getattr(args, "no_probe", False),
                   quick=bool(getattr(args, "quick", False)), online=bool(getattr(args, "online", False)))


def run(args: argparse.Namespace) -> int:
    if args.json:
        return run_json(args)
    if args.text or not (sys.stdout.isatty() and sys.stdin.isatty()):
        return run_text(args)
    from gpufix.tui.launch import run_tui  # lazy: textual is imported only for the TUI

    return run_tui(request_from_args(args), resolve_lang(args.lang))


def run_text(args: argparse.Namespace) -> int:
    from gpufix.core.pipeline import diagnose  # lazy: --help and the other commands skip the probes
    from gpufix.report_text import render_report  # lazy: the JSON path never renders text

    lang = resolve_lang(args.lang)
    outcome = diagnose(request_from_args(args), lang=lang)
    # An answer is a fact given by hand too (gpufix.core.questions): the inputs line names both.
    given = list(args.fact) + [f"--answer {_first_line(a)}" for a in getattr(args, "answer", ())]
    sys.stdout.write(terminal_safe(render_report(outcome, lang, user_facts=given)))
    sys.stdout.flush()
    return outcome.exit_code


def _first_line(text: str) -> str:
    """A pasted answer on one line of the inputs summary."""
    lines = text.splitlines() or [""]
    return lines[0] + (" …" if len(lines) > 1 else "")


def run_json(args: argparse.Namespace) -> int:
    from gpufix import report_json  # lazy: the TUI and --text paths never build the document
    from gpufix.core.pipeline import diagnose  # lazy: --help and the other commands skip the probes

    try:
        outcome = diagnose(request_from_args(args), lang=resolve_lang(args.lang))
    except GpufixError as e:
        print(report_json.dumps(report_json.failure_document(str(e))))
        print(f"gpufix: error: {e}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    doc = report_json.outcome_document(outcome)
    print(report_json.dumps(doc))
    return doc["exit_code"]
