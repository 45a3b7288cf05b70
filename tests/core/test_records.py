"""gpufix.records.record behaves as dataclasses.dataclass, without compiling code per class."""
from __future__ import annotations

import copy
import dataclasses
import pickle
import re
from dataclasses import FrozenInstanceError, field
from pathlib import Path

import pytest

from gpufix.records import record

ROOT = Path(__file__).resolve().parents[2]


@record
class Thing:
    name: str
    value: int = 0
    tags: list = field(default_factory=list)
    note: str = field(default="", repr=False)
    cache: dict = field(default_factory=dict, compare=False, repr=False)


@dataclasses.dataclass
class ThingDc:
    name: str
    value: int = 0
    tags: list = field(default_factory=list)
    note: str = field(default="", repr=False)
    cache: dict = field(default_factory=dict, compare=False, repr=False)


@record(frozen=True)
class Frozen:
    name: str
    value: int = 0
    tags: tuple = ()
    note: str = field(default="", repr=False)
    cache: dict = field(default_factory=dict, compare=False, repr=False, hash=False)


@dataclasses.dataclass(frozen=True)
class FrozenDc:
    name: str
    value: int = 0
    tags: tuple = ()
    note: str = field(default="", repr=False)
    cache: dict = field(default_factory=dict, compare=False, repr=False, hash=False)


def _pair(frozen: bool):
    return (Frozen, FrozenDc) if frozen else (Thing, ThingDc)


@pytest.mark.parametrize("frozen", [False, True])
def test_a_record_is_built_compared_and_shown_as_a_dataclass(frozen):
    rec, dc = _pair(frozen)
    for args, kwargs in [(("a",), {}), (("a", 2), {}), ((), {"name": "a", "tags": (1,)}), (("a", 2, (3,), "n"), {})]:
        r, d = rec(*args, **kwargs), dc(*args, **kwargs)
        assert repr(r) == repr(d).replace(dc.__qualname__, rec.__qualname__)
        assert dataclasses.asdict(r) == dataclasses.asdict(d)
        assert r == rec(*args, **kwargs) and not (r == d) and r != rec("other")
    assert rec("a", cache={1: 2}) == rec("a")  # compare=False fields are not compared
    assert rec("a").cache is not rec("a").cache  # a fresh default per instance
    assert [f.name for f in dataclasses.fields(rec)] == [f.name for f in dataclasses.fields(dc)]
    changed = dataclasses.replace(rec("a", 1), value=5)
    assert changed == rec("a", 5)
    assert pickle.loads(pickle.dumps(rec("a", 1, (2,)))) == rec("a", 1, (2,))
    assert copy.deepcopy(rec("a", 1)) == rec("a", 1)


@pytest.mark.parametrize("call", [
    lambda c: c(),  # the required field missing
    lambda c: c("a", 1, (), "", {}, "too many"),
    lambda c: c("a", name="b"),  # twice
    lambda c: c("a", colour="red"),  # unknown
])
def test_wrong_arguments_are_a_type_error_as_with_a_dataclass(call):
    rec, dc = _pair(False)
    with pytest.raises(TypeError):
        call(dc)
    with pytest.raises(TypeError):
        call(rec)


def test_frozen_records_refuse_changes_and_hash_by_value():
    rec, dc = _pair(True)
    r = rec("a", 1)
    with pytest.raises(FrozenInstanceError):
        r.value = 2
    with pytest.raises(FrozenInstanceError):
        del r.name
    assert hash(r) == hash(rec("a", 1, cache={"x": 1}))  # the compared fields only
    assert len({rec("a", 1), rec("a", 1), rec("b", 1)}) == 2


def test_mutable_records_are_unhashable_as_dataclasses():
    rec, dc = _pair(False)
    assert rec.__hash__ is None and dc.__hash__ is None
    r = rec("a")
    r.value = 3
    assert r == rec("a", 3)


def test_post_init_runs_after_the_fields_are_set():
    @record
    class Box:
        width: int
        height: int = 2

        def __post_init__(self) -> None:
            self.area = self.width * self.height

    assert Box(3).area == 6 and Box(3, height=4).area == 12


def test_what_a_record_cannot_do_is_refused():
    with pytest.raises(TypeError):
        @record
        class WithInit:
            x: int

            def __init__(self) -> None:
                pass

    with pytest.raises(TypeError):
        @record
        class KwOnly:
            x: int = field(kw_only=True)


def test_gpufix_classes_are_records():
    """The start-up reason (the module's docstring): gpufix's own packages declare records;
    scripts run in the target interpreter cannot import gpufix and keep dataclasses."""
    offenders = []
    for root in ("src", "engine", "probes", "tui"):
        for path in (ROOT / root).rglob("*.py"):
            if "scripts" in path.parts or path.name == "records.py":
                continue
            if re.search(r"^\s*@dataclass\b|^from dataclasses import[^\n]*\bdataclass\b", path.read_text(), re.M):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == [], "use gpufix.records.record: " + ", ".join(offenders)
