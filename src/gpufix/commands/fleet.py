"""`gpufix fleet summarize FILE…|DIR` and `gpufix fleet slurm [SRUN OPTIONS…]`."""
from __future__ import annotations

import argparse
import shlex
import sys

from gpufix.errors import UsageError
from gpufix.ui_strings import resolve_lang, terminal_safe

HELP = "many nodes: summarise gpufix --json documents, or run gpufix on every node through Slurm"
# Options of `fleet slurm` that gpufix sets itself: one task per node, on the nodes it resolved.
_OWNED_SRUN_OPTIONS = ("-N", "--nodes", "-n", "--ntasks", "--ntasks-per-node", "--label", "-l")
DEFAULT_NODE_TIMEOUT_S = 300.0


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="fleet_command", metavar="ACTION")
    sub.required = True
    s = sub.add_parser("summarize", help="one report from many gpufix --json documents (files, directories, -)",
                       description="One report from many gpufix --json documents: nodes by status, each diagnosis "
                                   "with its nodes, version skew. Reads any launcher's output: label lines "
                                   "(gpufix-node: NAME), kubectl logs --prefix, srun --label, pdsh, Ansible.")
    s.add_argument("paths", nargs="+", metavar="FILE|DIR", help="documents, directories of them, or - (standard input)")
    s.add_argument("--expect", metavar="HOSTLIST",
                   help="nodes that should have reported, e.g. gpu[01-16]; those that did not are listed as missing")
    _add_output(s)
    r = sub.add_parser("slurm", allow_abbrev=False,
                       help="run gpufix --json on one task per node through srun, then summarise",
                       description="Run gpufix --json on one task per node through srun (the current allocation, "
                                   "-w NODES or -p PARTITION), then summarise. Other options go to srun as given.")
    r.add_argument("--python", metavar="PATH", help="the interpreter to diagnose on each node (passed to gpufix)")
    r.add_argument("--quick", action="store_true", help="the static phase only on each node (passed to gpufix)")
    r.add_argument("--node-timeout", type=float, default=DEFAULT_NODE_TIMEOUT_S, metavar="SECONDS",
                   help=f"per-node time limit (default {DEFAULT_NODE_TIMEOUT_S:.0f}); a node that has not answered "
                        "is reported unreachable")
    r.add_argument("--gpufix", metavar="COMMAND",
                   help="the gpufix command on the nodes (default: this interpreter with -m gpufix, "
                        "for a shared installation)")
    r.add_argument("--save", metavar="FILE", help="also write the nodes' labelled output to FILE "
                   "(gpufix fleet summarize reads it again)")
    _add_output(r)
    p.set_defaults(accepts_extra=True)


def _add_output(p: argparse.ArgumentParser) -> None:
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print one JSON document (schema gpufix-fleet/1)")
    out.add_argument("--text", action="store_true", help="print a plain-text report, never interactive")
    p.add_argument("--lang", choices=("en", "zh"), default=None, help="language of gpufix's own labels")


def run(args: argparse.Namespace, extra: list[str] | None = None) -> int:
    extra = list(extra or [])
    if args.fleet_command == "summarize":
        if extra:
            raise UsageError(f"unrecognized arguments: {' '.join(extra)} (see gpufix fleet summarize --help)")
        return _summarize(args)
    return _slurm(args, extra)


def _summarize(args: argparse.Namespace) -> int:
    # lazy: --help and the other commands skip the fleet service
    from gpufix.fleet import hostlists
    from gpufix.fleet.sources import input_files, read_reports
    from gpufix.fleet.summary import summarize_reports

    expect: list[str] = []
    if args.expect:
        try:
            expect = hostlists.expand(args.expect)
        except ValueError as e:
            raise UsageError(f"--expect: {e}") from e
    summary = summarize_reports(read_reports(input_files(args.paths)), expect)
    return _show(summary, args)


def _slurm(args: argparse.Namespace, extra: list[str]) -> int:
    import os  # lazy: stdlib, only this path reads the environment

    from gpufix.fleet import slurm  # lazy: as above
    from gpufix.fleet.summary import summarize_entries

    srun = slurm.srun_path()  # no srun: one line, exit 2, before anything else
    nodelist, partition, exclude, passthrough = _split_srun_options(extra)
    gpufix = shlex.split(args.gpufix) if args.gpufix else [sys.executable, "-m", "gpufix"]
    if not gpufix:
        raise UsageError("--gpufix: empty command")
    if args.node_timeout <= 0:
        raise UsageError("--node-timeout must be positive")
    target = slurm.resolve_target(nodelist, partition, os.environ, exclude=exclude)
    request, note = slurm.gpu_request(target, passthrough)
    if note:
        print(f"gpufix: note: {terminal_safe(note)}", file=sys.stderr)
    result = slurm.run(target, slurm.node_command(gpufix, args.python, args.quick), args.node_timeout,
                       [*request, *passthrough], srun=srun)
    if args.save:
        _save(args.save, result.entries)
    summary = summarize_entries(result.entries, result.expected)
    return _show(summary, args)


def _split_srun_options(extra: list[str]) -> tuple[str | None, str | None, str | None, list[str]]:
    """(--nodelist, --partition, --exclude, the other srun options as given)."""
    found: dict[str, str] = {}
    rest: list[str] = []
    i = 0
    while i < len(extra):
        arg = extra[i]
        name, eq, value = arg.partition("=")
        if len(arg) > 2 and arg[:2] in _SHORT_TARGET and not arg.startswith("--"):
            name, eq, value = arg[:2], "=", arg[2:]  # -wgpu[01-04], -pgpu
        if name in _TARGET_OPTIONS:
            if not eq:
                if i + 1 >= len(extra):
                    raise UsageError(f"{name} needs a value")
                i += 1
                value = extra[i]
            found[_TARGET_OPTIONS[name]] = value
        elif name in _OWNED_SRUN_OPTIONS or (arg[:2] in ("-N", "-n") and arg[2:].isdigit()):
            raise UsageError(f"{name}: gpufix fleet slurm runs one task per node itself; name the nodes with "
                             "-w LIST or -p PARTITION")
        else:
            rest.append(arg)
        i += 1
    return found.get("nodelist"), found.get("partition"), found.get("exclude"), rest


# srun's options that choose the nodes: gpufix resolves them (sinfo) and passes the result.
_TARGET_OPTIONS = {"-w": "nodelist", "--nodelist": "nodelist", "-p": "partition", "--partition": "partition",
                   "-x": "exclude", "--exclude": "exclude"}
_SHORT_TARGET = ("-w", "-p", "-x")


def _save(path: str, entries) -> None:
    """The documents as label line + document, and each node without one as a label line and its reason."""
    import json  # lazy: stdlib, only --save

    try:
        with open(path, "w", encoding="utf-8") as f:
            for e in entries:
                f.write(f"gpufix-node: {e.label}\n")
                f.write(json.dumps(e.doc, indent=2, ensure_ascii=False) + "\n" if e.doc is not None
                        else f"{e.kind}: {e.reason}\n")
    except OSError as e:
        raise UsageError(f"--save {path}: {e.strerror or e}") from e


def _show(summary, args: argparse.Namespace) -> int:
    lang = resolve_lang(args.lang)
    if args.json:
        from gpufix import report_fleet  # lazy: only the JSON and text paths render here

        print(report_fleet.dumps(report_fleet.fleet_document(summary)))
        return summary.exit_code
    if args.text or not (sys.stdout.isatty() and sys.stdin.isatty()):
        from gpufix import report_fleet  # lazy: as above

        sys.stdout.write(terminal_safe(report_fleet.render_text(summary, lang)))
        sys.stdout.flush()
        return summary.exit_code
    from gpufix.tui.launch import run_fleet_tui  # lazy: textual is imported only for the TUI

    return run_fleet_tui(summary, lang)
