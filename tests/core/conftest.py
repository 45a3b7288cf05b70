"""Fixtures for the core tests: the rule-test runner's tests write rules into a temporary
rules directory, like the engine tests (tests/engine/conftest.py owns the helper)."""
from __future__ import annotations

from pathlib import Path

import pytest

from ..engine.conftest import RulesDir  # noqa: TID252 (importlib mode: the folders are not packages)


@pytest.fixture
def rules_dir(tmp_path: Path) -> RulesDir:
    return RulesDir(tmp_path / "rules")
