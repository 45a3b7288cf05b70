"""One diagnosis run as plain data: what was collected, and what the rules concluded.

The text report and the TUI both build an :class:`Outcome` and only render it; the TUI
builds more than one (after a remedy ran, from a pasted log).
"""
from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from gpufix.diagnosis import Diagnosis
from gpufix.facts import FactBase
from gpufix.probes.runner import ProbeResult, ProgressCallback


@dataclass
class Collected:
    """Facts before the knowledge base and the rules ran, with where they came from."""

    facts: FactBase
    probe_results: list[ProbeResult] = field(default_factory=list)
    scan: Any = None  # gpufix.engine.log_scan result, when a log was given
    python: str = ""  # the target interpreter
    source: str = "probe"  # probe | fixture | none
    fixture: Path | None = None
    log: str | None = None  # the --log argument

    @property
    def log_given(self) -> bool:
        return self.scan is not None


@dataclass
class Outcome:
    collected: Collected
    facts: FactBase  # collected facts plus the knowledge base's derived facts
    diagnoses: list[Diagnosis]

    @property
    def exit_code(self) -> int:
        from gpufix.report_json import exit_code_for

        return exit_code_for(self.diagnoses)


Analyser = Callable[[Collected, str], Outcome]


def analyse(collected: Collected, lang: str = "en", rules: Any = None) -> Outcome:
    """Knowledge base, then the rules (the installed ones unless `rules` names others)."""
    from gpufix.commands.diagnose import analyse as analyse_facts

    facts, diagnoses = analyse_facts(collected.facts, collected.scan, lang, rules)
    return Outcome(collected, facts, diagnoses)


def collect(args: argparse.Namespace, progress: ProgressCallback | None = None) -> Collected:
    """What `gpufix` was asked to look at (probes or --fixture, --log, --fact); raises UsageError."""
    from gpufix.commands.diagnose import gather

    facts, results, scan, ctx = gather(args, progress)
    source = "fixture" if args.fixture is not None else "none" if args.no_probe else "probe"
    log = args.log if args.log is not None else (scan.summary().get("source") if scan is not None else None)
    return Collected(facts, list(results), scan, ctx.python, source, args.fixture, log)
