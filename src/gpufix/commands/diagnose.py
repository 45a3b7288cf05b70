"""`gpufix` (TUI on a terminal, text otherwise) and `gpufix --json`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gpufix.cli import EXIT_CANNOT_RUN, UsageError

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
    p.add_argument("--fixture", metavar="DIR", type=Path,
                   help="use a recorded fixture directory (gpufix record) instead of probing; "
                        "its log.txt is read too unless --log is given")
    p.add_argument("--lang", choices=("en", "zh"), default=None,
                   help="language of the findings (default: from LANG; zh for Chinese)")


def add_target_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--python", metavar="PATH",
                   help="the interpreter (or env directory) whose torch to diagnose; default: this one")


def gather(args: argparse.Namespace, progress=None):
    """Facts from probes or a fixture, a log, and --fact, merged; plus probe results and log scan."""
    from gpufix import pipeline

    try:
        user_facts = [pipeline.parse_fact_option(f) for f in args.fact]
        results = []
        ctx = pipeline.make_context(args.python)
        if args.fixture is not None:
            results = pipeline.replay_fixture(args.fixture)
            run = None
        elif not args.no_probe:
            run = pipeline.start_probing(ctx, progress)
        else:
            run = None
        scan = None
        log = args.log
        if log is None and args.fixture is not None and (args.fixture / "log.txt").is_file():
            log = str(args.fixture / "log.txt")  # a fixture's pasted text is part of the recording
        if log is not None:
            from gpufix.engine.log_scan import scan_log_path

            scan = scan_log_path(log)
        if run is not None:
            # The torch subprocess is the long pole: load rules and tables meanwhile.
            pipeline.warm_up()
            results = run.wait()
    except pipeline.InputError as e:
        raise UsageError(str(e)) from e
    facts = pipeline.merge(results, (scan.facts if scan else []))
    facts.extend(user_facts)
    return facts, results, scan, ctx


def run(args: argparse.Namespace) -> int:
    if args.json:
        return run_json(args)
    if args.text or not (sys.stdout.isatty() and sys.stdin.isatty()):
        from gpufix.report_text import run_text

        return run_text(args)
    from gpufix.tui.launch import run_tui

    return run_tui(args)


def analyse(facts, scan, lang: str = "en", rules=None):
    """Knowledge-base facts, then the rules, on a copy. Returns (facts, diagnoses).

    The one place that runs them: --json, the text report, the TUI and verify all call it.
    """
    from gpufix.engine.api import diagnose
    from gpufix.knowledge import derive_facts

    facts = facts.copy()
    facts.extend(derive_facts(facts))
    return facts, list(diagnose(facts, scan, lang=lang, rules=rules))


def run_json(args: argparse.Namespace) -> int:
    from gpufix import report_json
    from gpufix.ui_strings import resolve_lang

    try:
        facts, results, scan, ctx = gather(args)
        facts, diagnoses = analyse(facts, scan, resolve_lang(args.lang))
    except UsageError as e:
        print(report_json.dumps(report_json.failure_document(str(e))))
        print(f"gpufix: error: {e}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    doc = report_json.build_document(
        facts, diagnoses, results,
        target={"python": ctx.python, "probed": bool(results) and args.fixture is None,
                "fixture": str(args.fixture) if args.fixture else None},
        log=scan.summary() if scan else None)
    print(report_json.dumps(doc))
    return doc["exit_code"]
