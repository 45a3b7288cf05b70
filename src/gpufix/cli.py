"""Command line: `gpufix`, `gpufix --json`, and the subcommands.

Imports stay inside functions: `gpufix --version` must not pay for yaml, durable-rules,
textual or anything else (it starts in well under 0.2 s).
"""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, Sequence

if TYPE_CHECKING:
    import argparse

from gpufix import __version__
from gpufix.errors import EXIT_CANNOT_RUN, EXIT_ERROR_FOUND, EXIT_OK, GpufixError, UsageError

# Subcommand name -> module under gpufix.commands with add_arguments(parser) and run(args) -> int.
SUBCOMMANDS: dict[str, str] = {
    "fix": "gpufix.commands.fix",
    "record": "gpufix.commands.record",
    "recommend": "gpufix.commands.recommend",
    "rollback": "gpufix.commands.rollback",
    "rules": "gpufix.commands.rules",
    "verify": "gpufix.commands.verify",
}

__all__ = ["EXIT_CANNOT_RUN", "EXIT_ERROR_FOUND", "EXIT_OK", "SUBCOMMANDS", "UsageError", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"] or argv == ["-V"]:
        print(f"gpufix {__version__}")
        return EXIT_OK
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


def _dispatch(argv: list[str]) -> int:
    import importlib

    parser = _Parser(prog="gpufix", description="Diagnose and fix GPU PyTorch setups.")
    parser.add_argument("--version", action="version", version=f"gpufix {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = {}
    for name, modname in SUBCOMMANDS.items():
        mod = importlib.import_module(modname)
        p = sub.add_parser(name, help=mod.HELP, description=mod.HELP)
        mod.add_arguments(p)
        modules[name] = mod
    from gpufix.commands import diagnose  # lazy: `gpufix --version` returns before any command loads

    diagnose.add_arguments(parser)
    args = parser.parse_args(argv)
    if args.command:
        return modules[args.command].run(args)
    return diagnose.run(args)


def _Parser(**kw: Any) -> argparse.ArgumentParser:
    """argparse.ArgumentParser that raises UsageError instead of printing usage + exit 2."""
    import argparse  # stdlib, kept off the `gpufix --version` path

    class P(argparse.ArgumentParser):
        def error(self, message: str):  # type: ignore[override]
            raise UsageError(f"{message} (see gpufix --help)")

    return P(**kw)


if __name__ == "__main__":
    raise SystemExit(main())
