"""`gpufix rules lint|test|list`: check rule files, run the fixture tests, list the rules."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from gpufix.errors import EXIT_ERROR_FOUND, EXIT_OK, UsageError

if TYPE_CHECKING:
    from gpufix.core.checkout import RulesSource

HELP = "check the YAML rules (lint), run them against the test fixtures (test), or list them"
# Outside a checkout, `rules test` without fixture directories reads ./tests/fixtures.
DEFAULT_FIXTURES = Path("tests") / "fixtures"
DEFAULT_CORPUS = Path("tests") / "corpus"


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="rules_command", metavar="ACTION")
    where = ("Inside a gpufix checkout the checkout's rules/ and tests/fixtures/ are read, else the "
             "installed rules; the first line on stderr says which.")
    lint = sub.add_parser("lint", help="check rule files; one line per error, exit 1 on any error",
                          description="Check rule files: schema, fact names, regexes, operators, templates, "
                                      "duplicate ids, derive cycles. " + where)
    lint.add_argument("paths", nargs="*", metavar="PATH", help="rule files or directories")
    lint.add_argument("--rules", action="append", metavar="PATH",
                      help="the rule set single files are checked against (default: as above)")
    lint.add_argument("--remedies", action="store_true",
                      help="also run every fixture through the pipeline and check the rendered remedies in every "
                           "language: no install of the blamed build, no uninstall without an install, no promised "
                           "command that is missing, no claim the facts do not support, no internal names")
    lint.add_argument("--fixtures", action="append", metavar="DIR",
                      help="with --remedies: the fixture directories (default: the checkout's tests/fixtures)")
    test = sub.add_parser("test", help="run the rules on fixtures and check each case.yaml expect: block",
                          description="Replay fixture directories through probes, log scan, knowledge base "
                                      "and rules; check expect:. " + where)
    test.add_argument("fixtures", nargs="*", metavar="FIXTURE_DIR",
                      help="a case directory (with case.yaml) or a directory of cases")
    test.add_argument("--rules", action="append", metavar="PATH", help="rule files/directories to test instead")
    test.add_argument("--lang", default="en", help="language of the texts (en, zh)")
    test.add_argument("--no-convention", action="store_true",
                      help="skip the check that every rule has a fires and an ok fixture")
    test.add_argument("-v", "--verbose", action="store_true", help="list every case, passed or not")
    test.add_argument("--corpus", nargs="?", action="append", const="", metavar="DIR",
                      help="score the field corpus instead of the fixtures: top-1 per split and per cause, "
                           "false alarms, blamed code errors (docs/corpus.md); DIR: a reports folder or a "
                           "folder holding reports/ (repeatable; default: the checkout's tests/corpus)")
    test.add_argument("--json", action="store_true", help="with --corpus: print the score as JSON")
    test.add_argument("--markdown", action="store_true",
                      help="with --corpus: print the per-cause score as a Markdown table (docs/corpus.md)")
    test.add_argument("--misses", action="store_true",
                      help="with --corpus: list the dev split's misses (the test split's are never listed)")
    test.add_argument("--update-baseline", action="store_true",
                      help="with --corpus: write the score to baseline.json beside the reports")
    lst = sub.add_parser("list", help="list the rules", description="List the rules: id, severity, kind, title. "
                                                                    + where)
    lst.add_argument("--rules", action="append", metavar="PATH", help="rule files/directories to list instead")
    lst.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    action = getattr(args, "rules_command", None)
    if action not in ("lint", "test", "list"):
        raise UsageError("gpufix rules: choose lint, test or list (see gpufix rules --help)")
    from gpufix.core.checkout import rules_source  # lazy: every `gpufix` run imports this module for --help

    source = rules_source(args.rules)
    print(source.describe(), file=sys.stderr)
    if action == "lint":
        return _lint(args, source)
    if action == "test":
        return _test(args, source)
    return _list(args, source)


def _lint(args: argparse.Namespace, source: RulesSource) -> int:
    files, errors = source.lint(args.paths)
    for line in errors:
        print(line)
    if errors:
        print(f"{len(errors)} error(s) in {files} rule file(s)", file=sys.stderr)
        return EXIT_ERROR_FOUND
    print(f"{files} rule file(s): no errors", file=sys.stderr)
    if getattr(args, "remedies", False):
        return _lint_remedies(args, source)
    return EXIT_OK


def _lint_remedies(args: argparse.Namespace, source: RulesSource) -> int:
    # lazy: the pipeline loads only for this option
    from gpufix.core.remedy_lint import lint_cases
    from gpufix.core.rule_tests import find_cases

    dirs = [Path(d) for d in (args.fixtures or [])]
    if not dirs:
        default = source.fixtures or DEFAULT_FIXTURES
        if not default.is_dir():
            raise UsageError(f"no {DEFAULT_FIXTURES} here: give the fixtures with --fixtures DIR")
        dirs = [default]
    cases = find_cases(dirs)
    if not cases:
        raise UsageError(f"no fixture cases (directories with case.yaml) under {', '.join(map(str, dirs))}")
    findings, broken = lint_cases(cases, source.load())
    for f in findings:
        print(f.line())
    for line in broken:
        print(line)
    print(f"remedies in {len(cases)} fixture(s), en and zh: {len(findings)} finding(s)"
          + (f", {len(broken)} case(s) could not run" if broken else ""), file=sys.stderr)
    return EXIT_ERROR_FOUND if findings or broken else EXIT_OK


def _test(args: argparse.Namespace, source: RulesSource) -> int:
    if args.corpus is not None:
        return _corpus(args, source)
    # lazy: every `gpufix` run imports this module to build --help; the pipeline loads only here
    from gpufix.core.rule_tests import convention_failures, find_cases, run_cases

    dirs = [Path(d) for d in args.fixtures]
    if not dirs:
        default = source.fixtures or DEFAULT_FIXTURES
        if not default.is_dir():
            raise UsageError(f"no {DEFAULT_FIXTURES} here: give the fixture directories (gpufix rules test DIR...)")
        dirs = [default]
    rules = source.load()
    cases = find_cases(dirs)
    if not cases:
        raise UsageError(f"no fixture cases (directories with case.yaml) under {', '.join(map(str, dirs))}")
    results = run_cases(cases, rules, args.lang)
    failed = [r for r in results if not r.passed]
    for r in results:
        if not r.passed:
            print(f"FAIL {r.name}")
            for f in r.failures:
                print(f"  {f}")
        elif args.verbose:
            print(f"ok   {r.name}: {', '.join(r.diagnoses) or 'no diagnosis'}")
        for t in r.todo:
            print(f"  {t}")
    # The convention needs the whole fixture set: a few hand-picked cases cannot satisfy it.
    whole_set = not any((d / "case.yaml").is_file() for d in dirs)
    conv = convention_failures(results, rules) if whole_set and not args.no_convention else []
    for line in conv:
        print(line)
    print(f"{len(results)} case(s): {len(results) - len(failed)} passed, {len(failed)} failed"
          + (f"; {len(conv)} rule(s) without both a fires and an ok fixture" if conv else ""), file=sys.stderr)
    return EXIT_ERROR_FOUND if failed or conv else EXIT_OK


def _corpus(args: argparse.Namespace, source: RulesSource) -> int:
    """`gpufix rules test --corpus [DIR]`: the field corpus's score (gpufix.core.corpus)."""
    from gpufix.core import corpus  # lazy: the pipeline loads only here

    given = [d for d in args.corpus if d]
    if not given:
        default = source.fixtures.parent / "corpus" if source.fixtures is not None else DEFAULT_CORPUS
        if not default.is_dir():
            raise UsageError(f"no {DEFAULT_CORPUS} here: give the reports folder (gpufix rules test --corpus DIR)")
        given = [str(default)]
    dirs = corpus.report_dirs(given)
    rules = source.load()
    reports, problems = corpus.load_reports(dirs)
    summary = corpus.summarise(corpus.score(reports, rules), [r.id for r in rules if not r.is_derive], problems,
                               corpus.fixture_threads(source.fixtures))
    path = corpus.baseline_path(dirs)
    baseline = corpus.read_baseline(path)
    fell = corpus.below_baseline(summary, baseline)
    if args.json:
        print(json.dumps({**summary, "baseline": baseline, "below_baseline": fell}, indent=2, ensure_ascii=False))
    elif args.markdown:
        print(corpus_markdown(summary))
    else:
        for line in problems:
            print(line)
        print(corpus_table(summary, misses=args.misses))
        for line in fell:
            print(f"below the baseline ({path}): {line}")
    if args.update_baseline:
        path.write_text(json.dumps(corpus.baseline_document(summary), indent=2) + "\n", encoding="utf-8")
        print(f"baseline written: {path}", file=sys.stderr)
        fell = []
    return EXIT_ERROR_FOUND if problems or fell else EXIT_OK


def corpus_markdown(summary: dict) -> str:
    """The per-cause score as a Markdown table: top-1 right / reports, per split."""
    def cell(fig: dict) -> str:
        return "–" if not fig["reports"] else f"{fig['correct']}/{fig['reports']} ({100 * fig['top1']:.0f} %)"

    rows = ["| expected | dev | test |", "|---|---|---|"]
    rows.append(f"| **all** | {cell(summary['splits']['dev'])} | {cell(summary['splits']['test'])} |")
    for exp, row in summary["expected"].items():
        note = " (no rule)" if row["kind"] == "no-rule" else ""
        rows.append(f"| `{exp}`{note} | {cell(row['dev'])} | {cell(row['test'])} |")
    return "\n".join(rows)


def corpus_table(summary: dict, misses: bool = False) -> str:
    """The corpus score as text: splits, per expected cause, false alarms, blamed code errors."""
    def pct(fig: dict) -> str:
        return "   -  " if not fig["reports"] else f"{100 * fig['top1']:5.1f}%"

    def cell(fig: dict) -> str:
        return f"{fig['correct']:>3}/{fig['reports']:<3} {pct(fig)}"

    out = [f"{summary['reports']} report(s), {len(summary['broken'])} broken"]
    for split, fig in summary["splits"].items():
        clean = summary["splits_unfitted"][split]
        note = f"   ({cell(clean)} without fixture threads)" if clean["reports"] != fig["reports"] else ""
        out.append(f"top-1 {split:<4} {cell(fig)}{note}")
    for lang, figs in summary["by_language"].items():
        out.append(f"  {lang:<8} dev {cell(figs['dev'])}   test {cell(figs['test'])}")
    out.append("")
    out.append(f"{'expected':<42} {'dev':<16} {'test':<16} top-1 given instead (dev+test)")
    for exp, row in summary["expected"].items():
        wrong = Counter(row["dev"]["top1_given"]) + Counter(row["test"]["top1_given"])
        note = "" if row["kind"] == "rule" or row["kind"] in ("healthy", "not-an-env-problem") else " [no rule]"
        given = ", ".join(f"{k} {v}" for k, v in wrong.most_common())
        out.append(f"{exp + note:<42} {cell(row['dev']):<16} {cell(row['test']):<16} {given}")
    if summary["wrong_top1"]:
        out.append("")
        out.append("top-1 where it was wrong (dev/test): " + ", ".join(
            f"{k} {v['dev']}/{v['test']}" for k, v in sorted(summary["wrong_top1"].items(),
                                                              key=lambda kv: -kv[1]["dev"] - kv[1]["test"])))
    for key, label in (("false_alarms", "false alarms on healthy reports"),
                       ("blamed_code_errors", "setup errors blamed on not-an-env-problem reports")):
        parts = []
        for split, a in summary[key].items():
            found = ", ".join(f"{k} {v}" for k, v in a["findings"].items())
            parts.append(f"{split} {a['count']}" + (f" ({found})" if found else ""))
        out.append(f"{label}: {'; '.join(parts)}")
    sym = summary.get("symptom_only") or {}
    if sym:
        out.append("misses with only a symptom (a differential asked, no cause named): " + "; ".join(
            f"{split} {a['count']}" + (f" ({', '.join(f'{k} {v}' for k, v in a['symptoms'].items())})"
                                       if a["symptoms"] else "") for split, a in sym.items()))
    shared = summary["fixture_threads"]
    if shared["dev"] or shared["test"]:
        out.append(f"reports from a thread a fixture came from: dev {len(shared['dev'])}, test {len(shared['test'])}"
                   + (f" ({', '.join(shared['test'])})" if shared["test"] else ""))
    for c in summary["crashed"]:
        out.append(f"crashed: {c['id']}: {c['error']}")
    if misses:
        out.append("")
        out.append(f"dev misses ({len(summary['dev_misses'])}):")
        for m in summary["dev_misses"]:
            out.append(f"  {m['id']}: expected {m['expected']}, got {m['top1']}"
                       + (f" [{', '.join(m['findings'])}]" if len(m["findings"]) > 1 else ""))
    return "\n".join(out)


def _list(args: argparse.Namespace, source: RulesSource) -> int:
    rules = source.load()
    if args.json:
        doc = [{"id": r.id, "severity": None if r.is_derive else r.severity, "kind": None if r.is_derive else r.kind,
                "title": r.title.get("en"), "derive": sorted(r.derive), "file": r.path} for r in rules]
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return EXIT_OK
    for r in sorted(rules, key=lambda r: r.id):
        sev = "derive" if r.is_derive else r.severity
        print(f"{r.id:<32} {sev:<8} {'' if r.is_derive else r.kind:<6} {r.title.get('en')}")
    return EXIT_OK


