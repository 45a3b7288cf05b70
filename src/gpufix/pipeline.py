"""The one-way flow: probes -> facts -> (knowledge, engine) -> diagnoses.

Both the JSON output and the TUI/text report call these functions; nothing here prints.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from gpufix.facts import Fact, FactBase, ok
from gpufix.probes.base import ProbeContext
from gpufix.probes.runner import ProbeResult, ProgressCallback


class InputError(Exception):
    """Bad input (missing file, bad --fact): one line for the user."""


@dataclass
class Gathered:
    facts: FactBase
    probe_results: list[ProbeResult] = field(default_factory=list)
    log_text_given: bool = False


def make_context(python: str | None) -> ProbeContext:
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
    return ProbeContext(python=path)


def probe_machine(ctx: ProbeContext, progress: ProgressCallback | None = None,
                  only: Sequence[str] | None = None) -> list[ProbeResult]:
    from gpufix.probes.registry import ALL_PROBES
    from gpufix.probes.runner import run_probes

    probes = [p for p in ALL_PROBES if only is None or p.name in only]
    return run_probes(probes, ctx, progress)


def start_probing(ctx: ProbeContext, progress: ProgressCallback | None = None):
    """Start every probe in the background; `.wait()` on the handle gives the results."""
    from gpufix.probes.registry import ALL_PROBES
    from gpufix.probes.runner import start_probes

    return start_probes(ALL_PROBES, ctx, progress)


def warm_up() -> None:
    """Load and compile the rules and the knowledge tables (cached for this process).

    Called while probes run, so this work overlaps the torch import in the subprocess.
    A failure here is not reported here: the real call after probing reports it.
    """
    try:
        from gpufix.engine.api import load_rules
        from gpufix.knowledge import derive_facts

        load_rules()
        derive_facts(FactBase())
    except Exception:  # noqa: BLE001 - reported by the call that needs the result
        pass


def replay_fixture(directory: Path) -> list[ProbeResult]:
    from gpufix.probes.registry import ALL_PROBES
    from gpufix.probes.runner import replay_recording

    if not directory.is_dir():
        raise InputError(f"--fixture {directory}: not a directory")
    return replay_recording(ALL_PROBES, directory)


def parse_fact_option(text: str) -> Fact:
    """`--fact NAME=VALUE`: a fact supplied by hand (wins over probes and logs)."""
    from gpufix.fact_catalog import lookup

    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep or not name:
        raise InputError(f"--fact {text!r}: expected NAME=VALUE")
    spec = lookup(name)
    if spec is None:
        raise InputError(f"--fact {name}: unknown fact name (see README, 'Facts')")
    return ok(name, coerce(value.strip(), spec.type, name), "user", f"--fact {text}", origin="user")


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
        if type_name == "int":
            return int(value)
        if type_name == "float":
            return float(value)
        if type_name == "version":
            from packaging.version import Version

            Version(value)  # validate only; versions stay strings in facts
            return value
        if type_name.startswith("list["):
            items = [v.strip() for v in value.split(",") if v.strip()]
            return [coerce(v, type_name[5:-1], name) for v in items]
    except (ValueError, TypeError) as e:
        raise InputError(f"{name}={value!r}: not a valid {type_name}") from e
    return value


def merge(results: Sequence[ProbeResult] = (), extra: Sequence[Fact] = ()) -> FactBase:
    fb = FactBase()
    for r in results:
        fb.extend(r.facts)
    fb.extend(extra)
    return fb
