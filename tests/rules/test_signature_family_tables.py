"""Every signature-family file (tests/rules/test_*_signatures.py) lists its lines once, as data: FIRES (each must be
read by the named signature) and a near-miss table (QUIET, NEAR_MISSES or MISSES: each must not be). Rows are
(rule, signature, line, source), or (signature, line, source) in a file that names its RULE. This module runs them
all, so a family file holds its rows and only the tests that check something else (a captured group, a ranking)."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Iterator

import pytest

HERE = Path(__file__).resolve().parent
NEAR_MISS_TABLES = ("QUIET", "NEAR_MISSES", "MISSES")


def _family_modules() -> Iterator[tuple[str, ModuleType]]:
    for path in sorted(HERE.glob("test_*_signatures.py")):
        spec = importlib.util.spec_from_file_location(f"_family_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if hasattr(module, "FIRES"):
            yield path.stem, module


def _rows(module: ModuleType, table: list) -> list[tuple[str, str, str, str]]:
    rule = getattr(module, "RULE", None)
    return [tuple(row) if rule is None else (rule, *row) for row in table]


FIRE_ROWS: list = []
QUIET_ROWS: list = []
for _stem, _module in _family_modules():
    FIRE_ROWS += [pytest.param(*row, id=f"{_stem}:{row[-1]}") for row in _rows(_module, _module.FIRES)]
    for _name in NEAR_MISS_TABLES:
        QUIET_ROWS += [pytest.param(*row, id=f"{_stem}:{row[-1]}") for row in _rows(_module, getattr(_module, _name, []))]


@pytest.mark.parametrize("rule, name, line, source", FIRE_ROWS)
def test_the_family_is_read(rule: str, name: str, line: str, source: str, signature_hit) -> None:
    assert signature_hit(rule, name, line), f"{rule}.{name} missed {source}: {line!r}"


@pytest.mark.parametrize("rule, name, line, source", QUIET_ROWS)
def test_the_near_miss_is_not(rule: str, name: str, line: str, source: str, signature_hit) -> None:
    assert not signature_hit(rule, name, line), f"{rule}.{name} fired on {source}: {line!r}"
