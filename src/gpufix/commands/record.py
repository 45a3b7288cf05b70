"""`gpufix record DIR`: write every probe's raw output as a fixture directory."""
from __future__ import annotations

import argparse
import datetime
import platform
import sys
from pathlib import Path

from gpufix.errors import UsageError

HELP = "record this machine's raw probe outputs into DIR (attach it to a bug report)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("directory", type=Path, metavar="DIR")
    p.add_argument("--python", metavar="PATH", help="the interpreter whose torch to probe")
    p.add_argument("--force", action="store_true", help="write into a non-empty directory")


def run(args: argparse.Namespace) -> int:
    # lazy: the probes load only when `record` runs, not for every `gpufix` command line
    from gpufix import __version__
    from gpufix.core.inputs import make_context
    from gpufix.core.pipeline import probe_machine
    from gpufix.probes.runner import write_recording

    d: Path = args.directory
    if d.exists() and not d.is_dir():
        raise UsageError(f"{d}: exists and is not a directory")
    if d.is_dir() and any(d.iterdir()) and not args.force:
        raise UsageError(f"{d}: directory is not empty (use --force to overwrite)")
    ctx = make_context(args.python)
    results = probe_machine(ctx)
    meta = {"gpufix_version": __version__, "date": datetime.date.today().isoformat(),
            "platform": platform.platform(), "python": ctx.python}
    try:
        written = write_recording(results, d, meta)
    except OSError as e:
        raise UsageError(f"{d}: cannot write: {e.strerror or e}") from e
    for r in results:
        mark = {"ok": "ok", "absent": "absent"}.get(r.status, r.status.upper())
        print(f"  {r.name:<16} {mark:<8} {r.seconds:6.2f}s {r.error}", file=sys.stderr)
    print(f"recorded {len(results)} probes into {d} ({len(written)} files)")
    return 0
