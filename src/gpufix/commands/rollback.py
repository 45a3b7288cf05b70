"""`gpufix rollback`: restore a Python environment from a snapshot taken before a remedy ran."""
from __future__ import annotations

import argparse
import sys

from gpufix.errors import EXIT_CANNOT_RUN, EXIT_OK, InputError, UsageError

HELP = "restore the packages of an environment from a snapshot taken before a remedy ran"
EXIT_DECLINED = 1


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("snapshot", nargs="?", metavar="SNAPSHOT",
                   help="snapshot name (see --list) or directory; default: the newest")
    p.add_argument("--list", action="store_true", help="list the snapshots and exit")
    p.add_argument("--yes", "-y", action="store_true", help="restore without asking")
    p.add_argument("--python", metavar="PATH",
                   help="the interpreter (or env directory) to restore; it must be the snapshot's own")


def run(args: argparse.Namespace) -> int:
    # lazy: every `gpufix` run imports this module to build --help; snapshots load only here
    from gpufix.remedy.snapshot import SnapshotError, list_snapshots, load_snapshot, verify
    from gpufix.remedy.state import snapshots_dir

    if args.list:
        return _print_list(list_snapshots(), snapshots_dir())
    try:
        if args.snapshot:
            snap = load_snapshot(args.snapshot)
        else:
            snaps = list_snapshots()
            if not snaps:
                raise UsageError(f"no snapshots in {snapshots_dir()} (gpufix takes one before it runs a remedy)")
            snap = snaps[0]  # one snapshot per remedy: the newest is the last remedy's
        verify(snap)  # made by gpufix, private, unchanged: before anything reads what it names
        python = _interpreter(args.python, snap.python)
        return _restore(snap, python, args.yes)
    except SnapshotError as e:
        raise UsageError(str(e)) from e


def _print_list(snaps, root) -> int:
    if not snaps:
        print(f"no snapshots in {root}")
        return EXIT_OK
    for s in snaps:
        count = len(s.requirements())
        extra = "  +conda list" if s.conda_path else ""
        print(f"{s.name}  {s.created}  {count} packages  {s.python}{extra}")
        if s.reason:
            print(f"    before: {s.reason}")
    return EXIT_OK


def _interpreter(given: str | None, recorded: str) -> str:
    """The snapshot's own interpreter (checked to exist, not run); --python must name the same."""
    import os

    from gpufix.core.inputs import make_context  # lazy: only a restore needs the interpreter checked

    try:
        recorded_path = make_context(recorded, handshake=False).python
    except InputError as e:
        raise UsageError(f"the snapshot's interpreter {recorded} is gone; nothing to restore into") from e
    if given is not None:
        try:
            path = make_context(given, handshake=False).python
        except InputError as e:
            raise UsageError(str(e)) from e
        if not os.path.samefile(path, recorded_path):
            raise UsageError(f"--python {given}: the snapshot is of {recorded}; a snapshot restores only "
                             "the interpreter it was taken of")
    return recorded_path


def _restore(snap, python: str, yes: bool) -> int:
    # lazy: packaging's requirement parser loads only for a restore
    from gpufix.remedy.commandline import command_line
    from gpufix.remedy.execute import CommandError, run_streaming
    from gpufix.remedy.rollback import diff_freeze, requirement_lines, restore_commands
    from gpufix.remedy.snapshot import pip_freeze

    print(f"Snapshot {snap.name} ({snap.created}) of {snap.python}")
    if snap.reason:
        print(f"  taken before: {snap.reason}")
    pins, left_out = requirement_lines(snap)
    for no, text in left_out:
        print(f"  left out: {snap.freeze_path.name} line {no} is not a requirement: {text}")
    # Nothing runs before the answer, not even `pip freeze` in that interpreter.
    print(f"Restore {python} to the snapshot's {len(pins)} pinned packages: reinstall what changed, "
          "uninstall what was added since.")
    if snap.conda_path:
        print(f"Conda packages were saved too; restore them by hand if needed: "
              f"{command_line(['conda', 'install', '-p', snap.conda_prefix, '--file', str(snap.conda_path)])}")
    sys.stdout.flush()
    if not yes:
        if not sys.stdin.isatty():
            raise UsageError("rollback changes installed packages: run it on a terminal to confirm, or pass --yes")
        try:
            answer = input("Restore? [y/N] ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("y", "yes"):
            print("Not restored.")
            return EXIT_DECLINED
    diff = diff_freeze(pip_freeze(python), pins)
    if diff.empty:
        print("Nothing to restore: the environment matches the snapshot.")
        return EXIT_OK
    print(f"Differences in {python} (now -> snapshot):")
    print("\n".join(diff.lines()))
    for argv in restore_commands(python, diff):
        print(f"Command: {command_line(argv)}", flush=True)
        try:
            rc = run_streaming(argv, lambda line: print(line, flush=True))
        except CommandError as e:
            raise UsageError(str(e)) from e
        if rc != 0:
            print(f"gpufix: error: pip exited with {rc}; the environment may be partly restored", file=sys.stderr)
            return EXIT_CANNOT_RUN
    left = diff_freeze(pip_freeze(python), pins)
    if not left.empty:
        print("Still different after the restore:")
        print("\n".join(left.lines()))
        return EXIT_CANNOT_RUN
    print(f"Restored {snap.name}: pip freeze matches the snapshot.")
    return EXIT_OK
