"""`gpufix verify`: prove that torch works on the GPU (allocation, kernels, matmul, MNIST)."""
from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from gpufix import __version__
from gpufix.errors import UsageError
from gpufix.facts import FactBase

HELP = "check that torch really works: a CUDA/MPS allocation and matmul, then a short MNIST training"
MAX_EPOCHS = 100


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--python", metavar="PATH",
                   help="the interpreter (or env directory) whose torch to check; default: this one")
    p.add_argument("--json", action="store_true", help="print one JSON document (schema gpufix/1)")
    p.add_argument("--device", choices=("auto", "cuda", "mps", "cpu"), default="auto",
                   help="device to check (auto: CUDA, else MPS, else the CPU)")
    p.add_argument("--data", metavar="DIR",
                   help="an MNIST copy (torchvision layout DIR/MNIST/raw, or the four IDX files); "
                        "downloads go there too")
    p.add_argument("--mirror", metavar="URL", action="append", default=[],
                   help="MNIST mirror (a base URL holding the four .gz files), tried first")
    p.add_argument("--epochs", type=int, metavar="N", help="training epochs (default: 3 on a GPU, 1 on the CPU)")
    p.add_argument("--no-mnist", action="store_true", help="device check only, no training")
    p.add_argument("--no-download", action="store_true",
                   help="never download MNIST (generated data is used when no copy is found)")


def options_from_args(args: argparse.Namespace) -> Any:
    from gpufix.verify.runner import VerifyOptions  # lazy: kept off `gpufix --help`

    data = None
    if args.data is not None:
        data = os.path.abspath(os.path.expanduser(args.data))
        if not os.path.exists(data):
            raise UsageError(f"--data {args.data}: no such directory")
        if not os.path.isdir(data):
            raise UsageError(f"--data {args.data}: not a directory")
    if args.epochs is not None and not 1 <= args.epochs <= MAX_EPOCHS:
        raise UsageError(f"--epochs {args.epochs}: expected 1 to {MAX_EPOCHS}")
    for m in args.mirror:
        if not m.startswith(("http://", "https://", "file://")):
            raise UsageError(f"--mirror {m}: expected an http://, https:// or file:// URL")
    return VerifyOptions(device=args.device, data=data, mirrors=tuple(args.mirror), epochs=args.epochs,
                         mnist=not args.no_mnist, download=not args.no_download)


def run(args: argparse.Namespace) -> int:
    # lazy: `gpufix verify` loads the verification and the engine only when it runs
    from gpufix.core.inputs import make_context
    from gpufix.core.verification import diagnose_verification, run_verification
    from gpufix.verify.render import ProgressPrinter, summary_lines

    python = make_context(args.python).python
    options = options_from_args(args)
    if args.json:
        printer = ProgressPrinter(sys.stderr, tty=sys.stderr.isatty(), lines=False)
    else:
        printer = ProgressPrinter(sys.stdout, tty=sys.stdout.isatty())
        print(f"gpufix verify: {python}", flush=True)
    try:
        result = run_verification(python, options, on_event=printer)
    finally:
        printer.close()  # Ctrl-C too: the interrupt message must start on a clean line
    diagnoses, diag_error = diagnose_verification(result, python)
    if args.json:
        from gpufix import report_json  # lazy: only --json renders the document

        print(report_json.dumps(json_document(result, python, diagnoses, diag_error)))
    else:
        for line in summary_lines(result, python):
            print(line)
        for d in diagnoses[:3]:
            print(f"  likely cause: {d.title} [{d.id}] -- run `gpufix` for the remedies")
        if diag_error:
            print(f"gpufix: warning: could not diagnose the verification facts: {diag_error}", file=sys.stderr)
    return result.exit_code


def json_document(result: Any, python: str, diagnoses: list[Any], diag_error: str = "") -> dict[str, Any]:
    fb = FactBase()
    fb.extend(result.facts)
    doc: dict[str, Any] = {
        "schema": "gpufix/1",
        "gpufix_version": __version__,
        "command": "verify",
        "status": result.status,
        "exit_code": result.exit_code,
        "target": {"python": python},
        "verify": result.to_json(),
        "facts": fb.to_json(),
        "diagnoses": [d.to_json() for d in diagnoses],
        "knowledge": _knowledge(fb),
    }
    if diag_error:
        doc["diagnoses_error"] = diag_error
    return doc


def _knowledge(facts: FactBase) -> dict[str, Any]:
    """The tables' date, as in every gpufix/1 document."""
    from gpufix.core.outcome import knowledge_block  # lazy: only the JSON document needs it

    return knowledge_block(facts)
