"""gpufix.core.inputs and .logs: logs (scan plus the facts they state), --fact, --python, fixtures."""
from __future__ import annotations

from pathlib import Path

import pytest

from gpufix.core import inputs, logs
from gpufix.errors import InputError, UsageError

COLLECT_ENV = ("PyTorch version: 2.4.1+cu121\nIs debug build: False\nCUDA used to build PyTorch: 12.1\n"
               "OS: Ubuntu 22.04.4 LTS (x86_64)\nPython version: 3.10.14 (main, Mar 21 2024) [GCC 11.2.0] "
               "(64-bit runtime)\nIs CUDA available: False\nNvidia driver version: 470.86\n")
OOM = "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0)"


def test_a_log_gives_its_signature_hits_and_the_facts_it_states():
    scan = logs.read_log(text=COLLECT_ENV + OOM)
    values = {f.name: f.value for f in scan.facts}
    assert values.get("torch.version_full") == "2.4.1+cu121"
    assert values.get("driver.version") == "470.86"
    assert values["log.present"] is True
    assert all(f.origin == "log" for f in scan.facts)
    assert scan.extraction == "ok" and scan.summary()["facts_extracted"] >= 3
    assert any(rid.startswith("cuda-oom") for rid in scan.hits), scan.hits


def test_a_parser_bug_costs_only_the_extracted_facts(monkeypatch):
    def broken(text):
        raise ValueError("parser bug")

    monkeypatch.setattr(logs, "extract_facts_from_text", broken)
    scan = logs.read_log(text=COLLECT_ENV + OOM)
    assert scan.extraction == "failed: ValueError: parser bug"
    assert {f.name for f in scan.facts} == {"log.present", "log.text"}
    assert scan.hits  # the signatures still matched


def test_a_missing_log_file_is_one_line(tmp_path: Path):
    with pytest.raises(InputError, match="no such file") as e:
        logs.read_log(str(tmp_path / "nope.txt"))
    assert "\n" not in str(e.value)


@pytest.mark.parametrize("text, message", [
    ("gpu.count", "expected NAME=VALUE"),
    ("no.such.fact=1", "unknown fact name"),
    ("gpu.count=many", "not a valid int"),
])
def test_bad_fact_options_are_usage_errors(text: str, message: str):
    with pytest.raises(UsageError, match=message):
        inputs.parse_fact_option(text)


def test_a_fact_option_is_typed_and_wins_as_the_users():
    f = inputs.parse_fact_option("gpu.count=2")
    assert (f.value, f.origin) == (2, "user")


def test_case_facts_take_yaml_types_or_text():
    assert inputs.case_fact("gpu.count", 2).value == 2
    assert inputs.case_fact("gpu.count", "2").value == 2
    with pytest.raises(InputError, match="a list, but the fact is a int"):
        inputs.case_fact("gpu.count", [1, 2])


def test_a_missing_interpreter_or_fixture_is_an_input_error(tmp_path: Path):
    with pytest.raises(InputError, match="no such interpreter"):
        inputs.make_context(str(tmp_path / "python9"))
    with pytest.raises(InputError, match="not a directory"):
        inputs.replay_fixture(tmp_path / "nope")
