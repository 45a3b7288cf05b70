"""Shared helpers for the knowledge tests: fact bases built by hand (fixture `mk`)."""
from __future__ import annotations

import pytest

from gpufix.facts import Fact, FactBase, absent, ok


def facts(*absent_names: str, **values) -> FactBase:
    """FactBase from keyword facts: driver__version='535.104.05' -> driver.version."""
    fb = FactBase()
    for key, value in values.items():
        fb.add(ok(key.replace("__", "."), value, "test"))
    for name in absent_names:
        fb.add(absent(name, "test", "not found"))
    return fb


def values(items: list[Fact]) -> dict[str, object]:
    return {f.name: f.value for f in items}


class Maker:
    """`mk(driver__version=...)` -> FactBase; `mk.derive(...)` -> {name: value} of derived facts."""

    facts = staticmethod(facts)

    def __call__(self, *absent_names: str, **kw) -> FactBase:
        return facts(*absent_names, **kw)

    def derive(self, *absent_names: str, **kw) -> dict[str, object]:
        from gpufix.knowledge import derive_facts

        return values(derive_facts(facts(*absent_names, **kw)))


@pytest.fixture
def mk() -> Maker:
    return Maker()
