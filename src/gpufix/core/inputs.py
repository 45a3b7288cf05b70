"""Reading what gpufix was given, before any probe runs: the target interpreter, facts given
by hand (`--fact`, case.yaml), a recorded fixture. Error logs: gpufix.core.logs.

Kept light on purpose (no engine, no knowledge base): the pipeline imports this before it
starts the torch subprocess. Raises InputError (one line for the user) on bad input.
"""
from __future__ import annotations

import os
import platform
import sys
from pathlib import Path
from typing import Any, Sequence

from gpufix.errors import InputError
from gpufix.facts import Fact, FactBase, ok
from gpufix.probes.base import PHASES, ProbeContext
from gpufix.probes.registry import probes_in
from gpufix.probes.runner import PROBES_META, ProbeResult, replay_recording

FIXTURE_LOG = "log.txt"  # a fixture's pasted text, part of the recording


def make_context(python: str | None, handshake: bool = True) -> ProbeContext:
    """The probe context for `--python PATH` (an interpreter or an env directory), or this one.

    A given interpreter must answer a version handshake before anything else runs it
    (`handshake=False`: only check it exists, run nothing - rollback, before its question)."""
    if python is None:
        return ProbeContext()
    path = os.path.abspath(os.path.expanduser(python))
    if os.path.isdir(path):  # an env directory: find its interpreter
        for cand in ("bin/python", "bin/python3", "python.exe", "Scripts/python.exe"):
            if os.path.isfile(os.path.join(path, cand)):
                path = os.path.join(path, cand)
                break
    if not os.path.isfile(path):
        raise InputError(f"--python {python}: no such interpreter")
    if not os.access(path, os.X_OK):
        raise InputError(f"--python {python}: not executable")
    if handshake:
        from gpufix.probes.processes import python_handshake  # lazy: only a given --python needs it

        problem = python_handshake(path)
        if problem:
            raise InputError(f"--python {python}: not a Python interpreter ({problem})")
    return ProbeContext(python=path)


def replay_fixture(directory: Path, phases: Sequence[str] = PHASES) -> list[ProbeResult]:
    """A recorded fixture directory's probe files, parsed as if the probes had just run."""
    if not directory.is_dir():
        raise InputError(f"--fixture {directory}: not a directory")
    # a recording (gpufix record), or a rule fixture (case.yaml with its facts, maybe a log)
    known = {f for p in probes_in(PHASES, online=True) for f in p.files} | {PROBES_META, FIXTURE_LOG, "case.yaml"}
    if not any((directory / f).is_file() for f in known):
        raise InputError(f"--fixture {directory}: not a gpufix recording (no {PROBES_META}, probe file or {FIXTURE_LOG})")
    # An online probe's recording (index-torch.json) replays like any other; absent, it is not listed.
    probes = [p for p in probes_in(tuple(phases), online=True)
              if p in probes_in(tuple(phases)) or any((directory / f).is_file() for f in p.files)]
    return replay_recording(probes, directory)


def check_log_path(path: str) -> None:
    """A --log that cannot be read fails before probing starts (the scanner, which reads it
    later, says the same for anything that goes wrong while reading)."""
    if path == "-":
        return
    if os.path.isdir(path):
        raise InputError(f"--log {path}: is a directory, not a log file")
    if not os.path.exists(path):
        raise InputError(f"--log {path}: no such file")


def fixture_log(directory: Path | None) -> str | None:
    """The fixture's log.txt, when it has one."""
    if directory is not None and (directory / FIXTURE_LOG).is_file():
        return str(directory / FIXTURE_LOG)
    return None


def parse_fact_option(text: str) -> Fact:
    """`--fact NAME=VALUE`: a fact supplied by hand (wins over probes and logs)."""
    from gpufix.fact_catalog import lookup  # lazy: start-up: only facts given by hand need the catalog

    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep or not name:
        raise InputError(f"--fact {text!r}: expected NAME=VALUE")
    spec = lookup(name)
    if spec is None:
        raise InputError(f"--fact {name}: unknown fact name (see README, 'Facts')")
    return ok(name, coerce(value.strip(), spec.type, name), "user", f"--fact {text}", origin="user")


def case_fact(name: str, value: Any, source: str = "case.yaml") -> Fact:
    """A fact from a YAML mapping (case.yaml `facts:`), typed like `--fact NAME=VALUE`
    (YAML may already give it a type)."""
    from gpufix.fact_catalog import lookup  # lazy: as in parse_fact_option

    spec = lookup(name)
    if spec is None:
        raise InputError(f"{name}: unknown fact name")
    if isinstance(value, list):
        if not spec.type.startswith("list["):
            raise InputError(f"{name}: a list, but the fact is a {spec.type}")
        inner = spec.type[5:-1]
        value = [coerce(str(v), inner, name) if not isinstance(v, bool) else v for v in value]
    elif isinstance(value, str) or spec.type == "version":
        value = coerce(str(value), spec.type, name)
    elif spec.type.startswith("list["):
        value = [coerce(str(value), spec.type[5:-1], name)]
    return ok(name, value, source, f"{source} facts: {name}", origin="user")


def coerce(value: str, type_name: str, name: str = "") -> object:
    """Turn text into a typed fact value; raises InputError on nonsense."""
    try:
        if type_name == "bool":
            low = value.lower()
            if low in ("1", "true", "yes", "on"):
                return True
            if low in ("0", "false", "no", "off"):
                return False
            raise ValueError(value)
        if type_name in ("int", "float"):
            number = int(value) if type_name == "int" else float(value)
            # Every numeric fact is a count, a size, a rate or a share: never negative, never NaN.
            if not number >= 0 or number == float("inf"):
                raise InputError(f"{name}={value!r}: out of range (a count, size or rate is 0 or more)")
            return number
        if type_name == "version":
            from packaging.version import Version  # lazy: only a --fact of a version type needs it

            Version(value)  # validate only; versions stay strings in facts
            return value
        if type_name.startswith("list["):
            items = [v.strip() for v in value.split(",") if v.strip()]
            return [coerce(v, type_name[5:-1], name) for v in items]
    except (ValueError, TypeError) as e:
        raise InputError(f"{name}={value!r}: not a valid {type_name}") from e
    return value


def merge(results: Sequence[ProbeResult] = (), extra: Sequence[Fact] = ()) -> FactBase:
    """One fact base: probe facts in registry order, then `extra` (a log, facts given by hand)."""
    fb = FactBase()
    for r in results:
        fb.extend(r.facts)
    fb.extend(extra)
    return fb


def host_facts(facts: FactBase, python: str) -> list[Fact]:
    """Facts about this machine itself, for the few no probe reported (a probe failed).

    Only for a live probe: the target interpreter is the one gpufix was pointed at, and the
    OS is this one. `gpufix recommend` stays usable when, say, the python probe failed.
    """
    out = []
    if "python.executable" not in facts:
        out.append(ok("python.executable", python, "recommend", "--python / this interpreter"))
    if "os.name" not in facts:
        name = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux" if sys.platform.startswith("linux")
                                                           else sys.platform)
        out.append(ok("os.name", name, "recommend", f"sys.platform={sys.platform}"))
    if "os.arch" not in facts and platform.machine():
        out.append(ok("os.arch", platform.machine(), "recommend", "platform.machine()"))
    if "python.version" not in facts and os.path.realpath(python) == os.path.realpath(sys.executable):
        out.append(ok("python.version", platform.python_version(), "recommend", "this interpreter"))
    return out
