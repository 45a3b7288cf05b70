"""`run_tui`'s fact sources: live probing (with progress) and the replay of recorded inputs."""
from __future__ import annotations

import argparse

import pytest

from gpufix.cli import UsageError
from gpufix.facts import Fact
from gpufix.outcome import collect
from gpufix.tui.launch import probe_again, replay, run_tui

from .conftest import DATA, case_facts  # noqa: F401 (importlib mode)


def _args(**kw) -> argparse.Namespace:
    base = dict(python=None, json=False, text=False, log=None, no_probe=False, fact=[], fixture=None, lang=None)
    return argparse.Namespace(**{**base, **kw})


def test_probe_again_reports_each_probe_and_keeps_hand_facts_on_top():
    given = collect(_args(no_probe=True, fact=["gpu.count=1", "torch.build=cu126"]))
    events: list[tuple[str, str]] = []
    collected = probe_again(given, lambda name, phase, result: events.append((name, phase)))
    names = {r.name for r in collected.probe_results}
    assert {"torch", "python-env", "nvcc"} <= names
    assert {n for n, p in events if p == "start"} == names == {n for n, p in events if p == "done"}
    # This machine has torch 2.13.0+cpu; the typed fact wins, as with `gpufix --fact`.
    assert collected.facts.value("torch.build") == "cu126"
    assert collected.facts.get("torch.build").origin == "user"
    assert collected.facts.value("torch.version_full", "").startswith("2.13.0")
    assert collected.source == "probe"


def test_replay_shows_recorded_probes_and_returns_a_fresh_copy():
    args = _args(no_probe=True, fixture=DATA / "cpu-wheel", fact=case_facts("cpu-wheel"))
    given = collect(args)
    events: list[tuple[str, str]] = []
    first = replay(given, lambda name, phase, result: events.append((name, phase)))
    assert [p for _, p in events] == ["start", "done"] * len(given.probe_results)
    first.facts.add(Fact("gpu.count", 2, origin="user"))  # e.g. verify facts added in a re-check
    assert first.facts.value("gpu.count") == 2
    assert replay(given, None).facts.value("gpu.count") == 1  # a re-check starts from the recording


def test_bad_inputs_fail_before_the_screen_opens():
    with pytest.raises(UsageError, match="--fixture .*nope: not a directory"):
        run_tui(_args(fixture=DATA / "nope"))
    with pytest.raises(UsageError, match="expected NAME=VALUE"):
        run_tui(_args(fact=["gpu.count"]))
