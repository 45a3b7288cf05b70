"""`gpufix knowledge`: how old the release tables are, and `update` to refresh them from the indexes."""
from __future__ import annotations

import argparse
import json

from gpufix.errors import EXIT_ERROR_FOUND, EXIT_OK, UsageError

HELP = "show the date of gpufix's release tables, or refresh them from the package indexes (update)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", nargs="?", choices=("show", "update"), default="show",
                   help="show (default): the tables' date and sources; update: read the package indexes")
    p.add_argument("--index-url", metavar="URL",
                   help="the package index to read (default: pip's configured index-url)")
    p.add_argument("--pytorch-index", metavar="URL", default=None,
                   help="the PyTorch wheel index (default: https://download.pytorch.org/whl)")
    p.add_argument("--timeout", type=float, default=15.0, metavar="S", help="seconds per request (default 15)")
    p.add_argument("--json", action="store_true", help="print one JSON document")


def run(args: argparse.Namespace) -> int:
    # lazy: only this command reads the network and the update file
    from dataclasses import replace

    from gpufix.core.outcome import knowledge_block
    from gpufix.knowledge import dating, update
    from gpufix.probes.pip_http import Fetcher, pip_settings

    if args.timeout <= 0:
        raise UsageError("--timeout must be a positive number of seconds")
    if args.action == "show":
        doc = knowledge_block()
        print(json.dumps(doc, indent=2, ensure_ascii=False) if args.json else dating.line(doc))
        return EXIT_OK
    settings = pip_settings()
    if args.index_url:
        settings = replace(settings, index_url=args.index_url)
    result = update.run(settings, args.pytorch_index or update.DEFAULT_PYTORCH_INDEX,
                        Fetcher(settings, timeout=args.timeout))
    if args.json:
        print(json.dumps({"schema": "gpufix-knowledge-update-result/1", "ok": result.ok, "message": result.message,
                          "path": result.path, "problems": result.problems, "knowledge": knowledge_block()},
                         indent=2, ensure_ascii=False))
    else:
        print(("gpufix: " if not result.ok else "") + result.message)
    return EXIT_OK if result.ok else EXIT_ERROR_FOUND
