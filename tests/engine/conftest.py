"""Helpers for the engine tests: rule files written into a temporary rules directory."""
from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from gpufix.facts import Fact, FactBase, absent, ok, unknown


# The fields every diagnosis rule must declare (area, status, falsepositives), for test rules.
RULE_META = "area: gpu\nstatus: test\nfalsepositives: [none known]\n"


class RulesDir:
    """A temporary rules directory: `add(id, yaml)` writes rules/<family>/<id>.yaml."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def add(self, rule_id: str, text: str, family: str = "test") -> Path:
        path = self.root / family / f"{rule_id}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    def rule(self, rule_id: str, when: str, *, severity: str = "error", extra: str = "",
             diagnosis: str = "Diagnosis of {rule}.", family: str = "test") -> Path:
        """A complete diagnosis rule around a `when:` block (YAML, indented by 2)."""
        body = (f"id: {rule_id}\ntitle: Title of {rule_id}\nseverity: {severity}\nkind: setup\n"
                f"{extra}when:\n{textwrap.indent(textwrap.dedent(when).strip(), '  ')}\n"
                f"diagnosis: '{diagnosis.replace('{rule}', rule_id)}'\n{RULE_META}")
        return self.add(rule_id, body, family)

    def load(self):
        from gpufix.engine.api import load_rules

        return load_rules([self.root])


@pytest.fixture
def rules_dir(tmp_path: Path) -> RulesDir:
    return RulesDir(tmp_path / "rules")


def fb(*items: Fact, **values: Any) -> FactBase:
    """FactBase from Fact objects and keyword facts (torch__cuda='12.1' -> torch.cuda)."""
    base = FactBase()
    for f in items:
        base.add(f)
    for key, value in values.items():
        base.add(ok(key.replace("__", "."), value, "test"))
    return base


def fired(rules, facts: FactBase, scan=None) -> list[str]:
    from gpufix.engine.api import evaluate

    return evaluate(facts, scan, rules=rules).fired_ids


__all__ = ["RulesDir", "absent", "fb", "fired", "ok", "unknown"]


ENGINE_PARAMS = ["durable", "clips"]  # every backend (tests/engine/test_backends.py checks the list)


@pytest.fixture(params=ENGINE_PARAMS)
def engine_backend(request, monkeypatch) -> str:
    """Run the test once per rule engine (GPUFIX_ENGINE forces the backend the evaluator selects)."""
    from gpufix.engine import backends

    engine = backends.backend(request.param)
    if not engine.available():  # e.g. durable-rules on Python >= 3.13, where it cannot be imported
        pytest.skip(f"{engine.label} cannot run here: {engine.unavailable_reason()}")
    monkeypatch.setenv(backends.ENV_VAR, request.param)
    return request.param
