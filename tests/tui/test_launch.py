"""`run_tui`'s fact sources, all through the core: live probing (with progress) and the
replay of recorded inputs."""
from __future__ import annotations

import pytest

from gpufix.core.outcome import Request
from gpufix.core.pipeline import prepare
from gpufix.errors import UsageError
from gpufix.facts import Fact
from gpufix.tui.launch import facts_provider, run_tui

from .conftest import DATA, case_facts  # noqa: F401 (importlib mode)


@pytest.mark.slow  # probes this machine for real, the torch import included
def test_probing_again_reports_each_probe_and_keeps_hand_facts_on_top():
    provider = facts_provider(prepare(Request(facts=("gpu.count=1", "torch.build=cu126"))))
    events: list[tuple[str, str]] = []
    collected = provider(lambda name, phase, result: events.append((name, phase)))
    names = {r.name for r in collected.probe_results}
    assert {"torch", "python-env", "nvcc"} <= names
    assert {n for n, p in events if p == "start"} == names == {n for n, p in events if p == "done"}
    # This machine has torch 2.13.0+cpu; the typed fact wins, as with `gpufix --fact`.
    assert collected.facts.value("torch.build") == "cu126"
    assert collected.facts.get("torch.build").origin == "user"
    assert collected.facts.value("torch.version_full", "").startswith("2.13.0")
    assert collected.source == "probe" and collected.phases == ("static", "dynamic")


def test_a_replay_shows_recorded_probes_and_returns_a_fresh_copy():
    inputs = prepare(Request(fixture=DATA / "cpu-wheel", facts=tuple(case_facts("cpu-wheel")), probe=False))
    provider = facts_provider(inputs)
    events: list[tuple[str, str]] = []
    first = provider(lambda name, phase, result: events.append((name, phase)))
    assert [p for _, p in events] == ["start", "done"] * len(first.probe_results)
    first.facts.add(Fact("gpu.count", 2, origin="user"))  # e.g. verify facts added in a re-check
    assert first.facts.value("gpu.count") == 2
    assert provider(None).facts.value("gpu.count") == 1  # a re-check starts from the recording


def test_bad_inputs_fail_before_the_screen_opens():
    with pytest.raises(UsageError, match="--fixture .*nope: not a directory"):
        run_tui(Request(fixture=DATA / "nope"))
    with pytest.raises(UsageError, match="expected NAME=VALUE"):
        run_tui(Request(facts=("gpu.count",)))
    with pytest.raises(UsageError, match="--log .*: no such file"):
        run_tui(Request(log=str(DATA / "no-such-log.txt")))
