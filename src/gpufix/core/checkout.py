"""Which rules and fixtures a `gpufix rules` command reads: the checkout it runs in, or the
installed package.

Inside a checkout of gpufix (a directory with a pyproject.toml naming the project gpufix,
a rules/ folder and tests/fixtures/, found from the working directory upwards), the
checkout is the source of truth: a rule added or broken there is what `gpufix rules lint`
sees, whatever copy of gpufix is installed. `--rules DIR` overrides both.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Optional, Sequence

from gpufix.records import record

PROJECT = "gpufix"
RULES_DIR = "rules"
FIXTURES_DIR = Path("tests") / "fixtures"
_NAME = re.compile(r'^\s*name\s*=\s*["\']([^"\']+)["\']', re.M)
_TABLE = re.compile(r"^\s*\[([^\]]+)\]\s*$", re.M)


def _project_name(pyproject: Path) -> Optional[str]:
    """[project] name, read without a TOML parser (tomllib is Python 3.11+)."""
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    tables = list(_TABLE.finditer(text))
    for i, t in enumerate(tables):
        if t.group(1).strip() == "project":
            end = tables[i + 1].start() if i + 1 < len(tables) else len(text)
            m = _NAME.search(text, t.end(), end)
            return m.group(1) if m else None
    return None


def is_checkout(directory: Path) -> bool:
    return ((directory / RULES_DIR).is_dir() and (directory / FIXTURES_DIR).is_dir()
            and _project_name(directory / "pyproject.toml") == PROJECT)


def find_checkout(start: Optional[Path] = None) -> Optional[Path]:
    """The gpufix checkout holding `start` (default: the working directory), or None."""
    here = Path(start if start is not None else os.getcwd()).resolve()
    for d in (here, *here.parents):
        if is_checkout(d):
            return d
    return None


@record(frozen=True)
class RulesSource:
    """Where the rules (and, in a checkout, the fixtures) come from."""

    rules: Optional[tuple[Path, ...]]  # rule folders or files; None: the installed package's rules
    fixtures: Optional[Path]  # the checkout's tests/fixtures, when there is one
    kind: str  # checkout | installed | given

    @property
    def paths(self) -> Optional[list[Path]]:
        """For the engine's load_rules/lint: None means the installed rules."""
        return None if self.rules is None else list(self.rules)

    def load(self) -> Any:
        """The checked RuleSet (raises RuleLoadError, one line, when a rule has an error)."""
        from gpufix.engine.api import resolve_rules  # lazy: every command line imports this module

        return resolve_rules(self.paths)

    def lint(self, paths: Optional[Sequence[str]] = None) -> tuple[int, list[str]]:
        """(files checked, problems as file:line: message) for `paths`, default this source's
        rules. Single files are checked against the rule set they belong to (derived facts)."""
        # lazy: every command line imports this module
        from gpufix.engine.api import lint
        from gpufix.engine.loader import rule_files

        targets = list(paths) if paths else self.paths
        return len(rule_files(targets)), lint(targets, context=self.rules[0] if self.rules else None)

    def describe(self) -> str:
        """One line for the user: which rules this command reads."""
        if self.rules is None:
            from gpufix.engine.loader import default_rules_root  # lazy: only to print the path

            return f"rules: {default_rules_root()} (installed)"
        return f"rules: {', '.join(map(str, self.rules))} ({self.kind})"


def rules_source(given: Optional[Sequence[str]] = None, start: Optional[Path] = None) -> RulesSource:
    """`--rules PATH...` when given; else the checkout's rules/ when run inside one; else the
    installed rules."""
    checkout = find_checkout(start)
    if checkout is not None:
        checkout = _shorter(checkout)
    fixtures = checkout / FIXTURES_DIR if checkout is not None else None
    if given:
        return RulesSource(tuple(Path(g) for g in given), fixtures, "given")
    if checkout is not None:
        return RulesSource((checkout / RULES_DIR,), fixtures, "checkout")
    return RulesSource(None, None, "installed")


def _shorter(path: Path) -> Path:
    """Relative to the working directory when below it: error lines stay short."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if rel.startswith("..") else Path(rel)
