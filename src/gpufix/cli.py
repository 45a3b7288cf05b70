"""Command line: `gpufix`, `gpufix --json`, and the subcommands.

Imports stay inside functions: `gpufix --version` must not pay for yaml, durable-rules,
textual or anything else (it starts in well under 0.2 s).
"""
from __future__ import annotations

import gc
import os
import sys
from typing import TYPE_CHECKING, Any, Sequence

if TYPE_CHECKING:
    import argparse

from gpufix import __version__
from gpufix.errors import EXIT_CANNOT_RUN, EXIT_ERROR_FOUND, EXIT_OK, GpufixError, UsageError

# Subcommand name -> module under gpufix.commands with add_arguments(parser) and run(args) -> int.
SUBCOMMANDS: dict[str, str] = {
    "fix": "gpufix.commands.fix",
    "fleet": "gpufix.commands.fleet",
    "knowledge": "gpufix.commands.knowledge",
    "record": "gpufix.commands.record",
    "recommend": "gpufix.commands.recommend",
    "rollback": "gpufix.commands.rollback",
    "rules": "gpufix.commands.rules",
    "verify": "gpufix.commands.verify",
}

__all__ = ["EXIT_CANNOT_RUN", "EXIT_ERROR_FOUND", "EXIT_OK", "SUBCOMMANDS", "UsageError", "entry", "main"]

# Generation-0 collections while start-up builds its long-lived heap (modules, the rule set,
# tables): at Python's default (700 allocations) the collector walks that heap dozens of times.
# At 100,000 a start-up sees a handful (measured: as fast as no collector at all, ~25 ms less
# than the default); a long TUI or fleet session still collects, every 100,000 allocations.
START_UP_GC_THRESHOLD = (100_000, 20, 20)


def entry() -> None:
    """The `gpufix` console script and `python -m gpufix`: main() as a whole process.

    Start-up allocates mostly objects that live until exit, so collect less often; when the
    command is done, freeze the heap so that finalisation does not walk it once more. Together
    ~70 ms of `gpufix --json --quick` (~250 ms before, bench/bench_phases.py). Process-wide settings,
    so only here: tests and embedders call main() and keep their own collector.
    """
    gc.set_threshold(*START_UP_GC_THRESHOLD)
    code = main()
    gc.freeze()
    sys.exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"] or argv == ["-V"]:
        print(f"gpufix {__version__}")
        return EXIT_OK
    _prestart_torch(argv)
    try:
        return _dispatch(argv)
    except GpufixError as e:
        print(f"gpufix: error: {e}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    except KeyboardInterrupt:
        print("gpufix: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    finally:
        prestarted = sys.modules.get("gpufix.probes.prestart")
        if prestarted is not None:  # a torch subprocess the run did not use (bad options, no probing)
            prestarted.discard()


def _dispatch(argv: list[str]) -> int:
    import importlib

    parser = _Parser(prog="gpufix", description="Diagnose and fix GPU PyTorch setups.")
    parser.add_argument("--version", action="version", version=f"gpufix {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = {}
    # A subcommand named first needs only its own module: the others (and the bare command's
    # options, which import the core) would only slow its start (gpufix fleet summarize on 10,000 files).
    chosen = argv[0] if argv and argv[0] in SUBCOMMANDS else None
    # No subcommand's word anywhere and no help asked: none can be selected, so the bare command
    # (`gpufix --json --quick`, measured for start-up) gets name-only parsers, not their modules.
    named_only = chosen is None and not any(a in SUBCOMMANDS or a in ("-h", "--help") for a in argv)
    for name, modname in SUBCOMMANDS.items():
        if chosen is not None and name != chosen:
            continue
        if named_only:
            sub.add_parser(name)
            continue
        mod = importlib.import_module(modname)
        p = sub.add_parser(name, help=mod.HELP, description=mod.HELP)
        mod.add_arguments(p)
        modules[name] = mod
    if chosen is None:
        from gpufix.commands import diagnose  # lazy: `gpufix --version` returns before any command loads

        diagnose.add_arguments(parser)
    # Known options only: `gpufix fleet slurm` passes the rest to srun (its parser sets accepts_extra).
    args, extra = parser.parse_known_args(argv)
    if extra and not getattr(args, "accepts_extra", False):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.command:
        before = argv[:argv.index(args.command)] if args.command in argv else []
        if before:  # the bare command's options would be silently overwritten by the subcommand's
            raise UsageError(f"{' '.join(before)}: options go after the subcommand "
                             f"(gpufix {args.command} {' '.join(before)} ...)")
        if getattr(args, "accepts_extra", False):
            return modules[args.command].run(args, extra)
        return modules[args.command].run(args)
    from gpufix.commands import diagnose  # lazy: as above (already loaded to build the parser)

    return diagnose.run(args)


# Options of the bare `gpufix` that leave the dynamic phase on, with whether they take a value.
_PROBING_OPTIONS = {"--json": False, "--text": False, "--python": True, "--log": True, "--fact": True, "--answer": True,
                     "--lang": True}


def probes_torch(argv: Sequence[str]) -> str | None:
    """The --python value (or "" for this interpreter) when `argv` will run the torch probe, else None.

    Conservative: any other option, a subcommand, an abbreviation or a stray word says None
    (argparse decides what they mean; the probe then starts at its usual time).
    """
    python, i = "", 0
    while i < len(argv):
        name, eq, value = argv[i].partition("=")
        takes_value = _PROBING_OPTIONS.get(name)
        if takes_value is None or (eq and not takes_value):
            return None
        if takes_value and not eq:
            i += 1
            if i >= len(argv):
                return None
            value = argv[i]
        if name == "--python":
            python = value
        i += 1
    return python


def _prestart_torch(argv: Sequence[str]) -> None:
    """Start the torch subprocess now, before gpufix's own modules load (gpufix.probes.prestart)."""
    python = probes_torch(argv)
    if python is None:
        return
    from gpufix.probes import prestart  # lazy: start-up (standard library only; --version skips it)

    target = prestart.target_python(python or None)
    if target is None:
        return
    # The same test as commands.diagnose.run: the TUI opens only without --json/--text, on a terminal.
    tui = not {"--json", "--text"} & set(argv) and sys.stdout.isatty() and sys.stdin.isatty()
    prestart.prestart(*prestart.torch_probe_command(target, os.environ), background=tui)
    if not tui:
        prestart.lower_priority()  # gpufix's own work runs in the torch import's gaps


def _Parser(**kw: Any) -> argparse.ArgumentParser:
    """argparse.ArgumentParser that raises UsageError instead of printing usage + exit 2."""
    import argparse  # stdlib, kept off the `gpufix --version` path

    class P(argparse.ArgumentParser):
        def error(self, message: str):  # type: ignore[override]
            raise UsageError(f"{message} (see gpufix --help)")

    return P(**kw)


if __name__ == "__main__":
    raise SystemExit(main())
