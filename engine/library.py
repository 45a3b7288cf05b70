"""The shared remedy library: remedies and steps written once, used by rules with `use: NAME`.

`rules/_library.yaml` (a name starting with `_`, so it is never read as a rule) holds

    steps:
      NAME: {text: ..., command: ..., verify: [...]}     # like a rule's step
    remedies:
      NAME: {title: ..., steps: [...]}                   # like a rule's remedy; steps may `use:` steps

It is checked like the remedies of a rule, with errors at its own lines. Library texts cannot
name `match.*` groups: those belong to one rule's signatures.
"""
from __future__ import annotations

from dataclasses import field
from typing import Any, Callable

from gpufix.engine import schema
from gpufix.engine.yaml_lines import line_of
from gpufix.records import record

LIBRARY_FILE = "_library.yaml"
SECTIONS = ("steps", "remedies")


@record
class Library:
    """The shared remedies and steps rules take with `use:` (rules/_library.yaml)."""

    path: str  # as error lines show it
    steps: dict[str, schema.StepSpec] = field(default_factory=dict)
    remedies: dict[str, schema.RemedySpec] = field(default_factory=dict)


def check_library(data: Any, path: str, report: Callable[[int, str], None]) -> Library:
    """The library's valid entries; every problem is reported (an entry with one is left out,
    so a rule using it gets "unknown library step" on top of the library's own error)."""
    lib = Library(path)
    if data is None:
        return lib
    if not isinstance(data, dict):
        report(line_of(data, default=1), "the remedy library holds a mapping with steps: and remedies:")
        return lib
    top = line_of(data, default=1)
    for key in data:
        if key not in SECTIONS:
            report(line_of(data, key, top), f"unknown section {key!r} (steps, remedies)")
    # The library is shared by every rule, so texts may not use one rule's match.* groups; an
    # empty group set makes the rule checkers reject them.
    no_groups: set[str] = set()
    steps = data.get("steps", {})
    sline = line_of(data, "steps", top)
    if not isinstance(steps, dict):
        report(sline, "steps: expects a mapping of name: {text:, command:, verify:}")
        steps = {}
    for name, step in steps.items():
        nline = line_of(steps, name, sline)
        if _bad_name(name, nline, report):
            continue
        if isinstance(step, dict) and schema.USE_KEY in step:
            report(nline, f"steps.{name}: a library step cannot use: another one")
            continue
        spec = schema._check_step(step, f"steps.{name}", nline, no_groups, report, ())
        if spec is not None:
            lib.steps[name] = spec
    remedies = data.get("remedies", {})
    rline = line_of(data, "remedies", top)
    if not isinstance(remedies, dict):
        report(rline, "remedies: expects a mapping of name: {title:, steps:}")
        remedies = {}
    for name, remedy in remedies.items():
        nline = line_of(remedies, name, rline)
        if _bad_name(name, nline, report):
            continue
        if isinstance(remedy, dict) and schema.USE_KEY in remedy:
            report(nline, f"remedies.{name}: a library remedy cannot use: another one")
            continue
        spec = schema.check_remedy(remedy, f"remedies.{name}", nline, no_groups, report, (), lib)
        if spec is not None:
            lib.remedies[name] = spec
    return lib


def _bad_name(name: Any, line: int, report: Callable[[int, str], None]) -> bool:
    if isinstance(name, str) and schema.ID_RE.match(name):
        return False
    report(line, f"library name {name!r} must be kebab-case (lower-case letters, digits and -)")
    return True
