"""The two rule engines (durable-rules and CLIPS) behind one interface: every fixture passes its
exact expectations on each and gives identical results on both, random rules over odd values fire identically, and the choice of
engine (GPUFIX_ENGINE, fallback when durable-rules cannot be imported) is visible."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from gpufix.engine import backends, durable_host
from gpufix.engine.api import evaluate, load_rules
from gpufix.core.rule_tests import find_cases, run_case
from gpufix.facts import absent, ok, unknown

from .conftest import fb

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CASES = find_cases([FIXTURES]) if FIXTURES.is_dir() else []
ENGINES = ("durable", "clips")


def require(name: str):
    engine = backends.backend(name)
    if not engine.available():  # e.g. durable-rules on Python >= 3.13: CI there checks CLIPS alone
        pytest.skip(f"{engine.label} cannot run here: {engine.unavailable_reason()}")
    return engine


def outcome(ev) -> dict:
    """Everything an evaluation decides: alternatives fired, facts derived, diagnoses in order."""
    return {
        "fired": ev.fired,
        "derived": [(f.name, f.value, f.source) for f in ev.derived],
        "diagnoses": [json.dumps(d.to_json(), sort_keys=True, default=str) for d in ev.diagnoses],
    }


@pytest.mark.parametrize("case_dir", CASES, ids=[c.name for c in CASES])
def test_fixture_gives_identical_results_on_both_engines(case_dir: Path, monkeypatch) -> None:
    """The fixture test itself (its exact `expect:`) on every engine that runs here, and the same
    outcome on both. One run per engine: a separate default-engine pass would repeat the first."""
    seen = {}
    for name in ENGINES:
        if not backends.backend(name).available():
            continue  # e.g. durable-rules on Python >= 3.13: the case still runs on CLIPS
        monkeypatch.setenv(backends.ENV_VAR, name)
        result = run_case(case_dir, load_rules())
        assert result.passed, f"{name}: " + "\n".join(result.failures)
        assert result.evaluation.backend == name
        seen[name] = outcome(result.evaluation)
    if not seen:
        pytest.skip("no rule engine can run here")
    if len(seen) == len(ENGINES):
        assert seen["clips"] == seen["durable"]


# --- random rules over odd values: the engines against each other -------------------------

LEAVES = [
    "{fact: gpu.count, eq: 2}", "{fact: gpu.count, ne: 0}", "{fact: gpu.count, lt: 2}", "{fact: gpu.count, ge: 1}",
    "{fact: verify.speedup, gt: 1.5}", "{fact: verify.speedup, le: 0.0001}",
    "{fact: torch.cuda_available, eq: true}", "{fact: torch.cuda_available, ne: true}",
    "{fact: torch.build, eq: cpu}", "{fact: torch.build, ne: 'a\"b\\\\c'}", "{fact: torch.build, eq: 'a\"b\\\\c'}",
    "{fact: torch.build, in: [cu118, cu121, 'cpu ']}", "{fact: torch.build, startswith: cu}",
    "{fact: torch.build, eq: 'ǅ训练'}", "{fact: torch.error, contains: 'no kernel image'}",
    "{fact: torch.error, matches: 'sm_(\\d+) is not'}", "{fact: driver.version, version_lt: '525.60.13'}",
    "{fact: driver.version, version_ge: '580'}", "{fact: torch.cuda, version_eq: '12.1'}",
    "{fact: driver.kernel_module, version_ne: {fact: driver.version}}", "{fact: torch.device_count, lt: {fact: gpu.count}}",
    "{fact: torch.arch_list, contains: sm_86}", "{fact: gpu.compute_capability, version_ge: '8.0'}",
    "{fact: nvcc.version, present: true}", "{fact: nvcc.version, unknown: true}", "{fact: nvcc.version, present: false}",
]
VALUES = {
    "gpu.count": [0, 1, 2, 2.0, 10 ** 30, "3", -1],
    "verify.speedup": [1.5, 1.75, 0.00001, float("nan"), 2],
    "torch.cuda_available": [True, False, "true", "no"],
    "torch.build": ["cpu", "cu121", "cpu\x00", "a\"b\\c", "a\"b\\\\c", "cpu ", "ǅ训练", "bad\ud800", "\x01", "x" * 5000, "TRUE", "nil"],
    "torch.error": ["CUDA error: no kernel image is available", "sm_120 is not compatible", "", "nil"],
    "driver.version": ["470.86", "535.104.05", "580.65.06", "not a version", "525.60.13"],
    "driver.kernel_module": ["470.86", "520.61.05"],
    "torch.cuda": ["12.1", "12.1.0", "12.10", "11.8"],
    "torch.device_count": [0, 1, 4],
    "torch.arch_list": [["sm_80", "sm_86"], ["sm_90"], []],
    "gpu.compute_capability": [["7.5"], ["8.6", "9.0"]],
    "nvcc.version": ["12.1"],
}


def _tree(rnd: random.Random, depth: int = 0) -> str:
    r = rnd.random()
    if depth >= 2 or r < 0.4:
        return rnd.choice(LEAVES)
    if r < 0.55:
        return f"{{not: {_tree(rnd, depth + 1)}}}"
    parts = ", ".join(_tree(rnd, depth + 1) for _ in range(rnd.randint(2, 3)))
    return f"{{{rnd.choice(['all', 'any'])}: [{parts}]}}"


def _facts(rnd: random.Random):
    items = []
    for name, values in VALUES.items():
        r = rnd.random()
        if r < 0.6:
            items.append(ok(name, rnd.choice(values), "test"))
        elif r < 0.7:
            items.append(absent(name, "test"))
        elif r < 0.8:
            items.append(unknown(name, "test", "timed out"))
    return fb(*items)


def test_random_rules_fire_identically_on_both_engines(rules_dir) -> None:
    rnd = random.Random(2026)
    for i in range(80):
        rules_dir.rule(f"r{i:02d}", _tree(rnd), severity=rnd.choice(["error", "warning", "info"]))
    rules = rules_dir.load()
    engines = {name: require(name) for name in ENGINES}
    from gpufix.engine.evaluate import evaluate as run

    fired_somewhere = set()
    for _ in range(120):
        facts = _facts(rnd)
        got = {name: run(rules, facts, backend=engine).fired for name, engine in engines.items()}
        assert got["clips"] == got["durable"], [str(f) for f in facts]
        fired_somewhere.update(got["durable"])
    assert len(fired_somewhere) > 40  # the random cases exercise most rules, not only silence


def test_every_backend_is_tested() -> None:
    """A backend added to engine/backends/ runs every fixture and semantics test (docs/engine.md)."""
    from .conftest import ENGINE_PARAMS

    assert set(ENGINES) == set(backends.DEFAULT_ORDER) == set(ENGINE_PARAMS)
    for name in backends.DEFAULT_ORDER:
        engine = backends.backend(name)
        assert engine.name == name and engine.label


# --- choosing the engine ------------------------------------------------------------------

@pytest.fixture
def durable_broken(monkeypatch):
    """durable-rules as on Python 3.13 or a machine without it: its import fails."""
    monkeypatch.setattr(durable_host, "_durable", None)
    monkeypatch.setattr(durable_host, "_host", None)
    monkeypatch.setattr(durable_host, "_import_error", None)
    monkeypatch.setitem(sys.modules, "durable", None)  # import durable -> ImportError
    monkeypatch.delenv(backends.ENV_VAR, raising=False)


def test_default_is_durable_rules_where_it_imports(monkeypatch) -> None:
    require("durable")
    monkeypatch.delenv(backends.ENV_VAR, raising=False)
    selection = backends.select()
    assert selection.backend.name == "durable" and selection.note is None
    ev = evaluate(fb(torch__build="cpu"))
    assert ev.backend == "durable" and ev.backend_note is None


@pytest.mark.parametrize("value, name", [("clips", "clips"), ("durable", "durable"), (" CLIPS ", "clips")])
def test_gpufix_engine_forces_a_backend(monkeypatch, value, name) -> None:
    require(name)
    monkeypatch.setenv(backends.ENV_VAR, value)
    assert evaluate(fb(torch__build="cpu")).backend == name


def test_a_bad_gpufix_engine_is_one_line(monkeypatch) -> None:
    from gpufix.errors import GpufixError

    monkeypatch.setenv(backends.ENV_VAR, "drools")
    with pytest.raises(backends.EngineChoiceError) as e:
        evaluate(fb(torch__build="cpu"))
    assert isinstance(e.value, GpufixError) and "\n" not in str(e.value)
    assert str(e.value) == "GPUFIX_ENGINE='drools' names no rule engine (use one of: durable, clips)"


def test_falls_back_to_clips_when_durable_rules_cannot_be_imported(durable_broken) -> None:
    ev = evaluate(fb(torch__build="cpu"))
    assert ev.backend == "clips"
    assert ev.backend_note == "Rule engine: CLIPS (durable-rules is not installed)"


def test_a_broken_durable_extension_is_named_in_the_note(monkeypatch, durable_broken) -> None:
    monkeypatch.setattr(durable_host, "_import_error", ImportError(
        "/venv/lib/python3.13/site-packages/durable_rules_engine.cpython-313-x86_64-linux-gnu.so: "
        "undefined symbol: PyEval_CallObject"))
    note = backends.select().note
    assert note == (f"Rule engine: CLIPS (durable-rules cannot be imported on Python {sys.version_info[0]}."
                    f"{sys.version_info[1]}: undefined symbol: PyEval_CallObject)")


def test_forcing_durable_where_it_cannot_run_is_one_line(monkeypatch, durable_broken) -> None:
    from gpufix.errors import GpufixError

    monkeypatch.setenv(backends.ENV_VAR, "durable")
    with pytest.raises(durable_host.EngineUnavailable) as e:
        evaluate(fb(torch__build="cpu"))
    assert isinstance(e.value, GpufixError) and "\n" not in str(e.value)
    assert str(e.value).startswith("GPUFIX_ENGINE=durable: durable-rules is not installed; install it:")
    assert "pip install durable-rules==2.0.28" in str(e.value)


def test_no_engine_at_all_is_one_line(monkeypatch, durable_broken) -> None:
    clips = backends.backend("clips")
    monkeypatch.setattr(clips, "_clips", None)
    monkeypatch.setattr(clips, "_problem", None)
    monkeypatch.setitem(sys.modules, "clips", None)
    with pytest.raises(durable_host.EngineUnavailable) as e:
        evaluate(fb(torch__build="cpu"))
    assert "\n" not in str(e.value)
    assert str(e.value).startswith("no rule engine can run here: durable-rules is not installed; "
                                   "CLIPS (clipspy) is not installed. Install one: ")
    assert "pip install clipspy" in str(e.value)


def _gpufix(*args: str, env_extra: dict, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != backends.ENV_VAR}
    env.update(env_extra)
    return subprocess.run([sys.executable, "-m", "gpufix", *args], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120)


FACT_ARGS = ("--no-probe", "--fact", "torch.build=cpu", "--fact", "gpu.count=1")


@pytest.mark.parametrize("value", ["durable", "clips"])
def test_json_names_the_engine(tmp_path, value) -> None:
    require(value)
    proc = _gpufix("--json", *FACT_ARGS, env_extra={backends.ENV_VAR: value}, tmp_path=tmp_path)
    doc = json.loads(proc.stdout)
    assert doc["engine"]["backend"] == value, proc.stderr
    assert doc["diagnoses"], "the facts should give findings"


def test_cli_bad_engine_exits_2_with_one_line(tmp_path) -> None:
    proc = _gpufix("--json", *FACT_ARGS, env_extra={backends.ENV_VAR: "nope"}, tmp_path=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "gpufix: error: GPUFIX_ENGINE='nope' names no rule engine (use one of: durable, clips)"]
    assert json.loads(proc.stdout)["status"] == "failed"


def test_text_report_says_when_it_fell_back(tmp_path) -> None:
    # A `durable` package first on the path that fails as durable-rules' C extension does on
    # Python 3.13 stands in for the broken install.
    shadow = tmp_path / "shadow" / "durable"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text(
        'raise ImportError("/x/durable_rules_engine.cpython-313-x86_64-linux-gnu.so: '
        'undefined symbol: PyEval_CallObject")\n', encoding="utf-8")
    env = {"PYTHONPATH": str(tmp_path / "shadow")}
    note = (f"Rule engine: CLIPS (durable-rules cannot be imported on Python {sys.version_info[0]}."
            f"{sys.version_info[1]}: undefined symbol: PyEval_CallObject)")
    text = _gpufix("--text", *FACT_ARGS, env_extra=env, tmp_path=tmp_path)
    assert note in [line.strip() for line in text.stdout.splitlines()[:6]], text.stdout
    assert text.stdout.count("Rule engine") == 1
    # In Chinese the line is worded by the report (run from outside the checkout, as users do).
    zh = _gpufix("--text", "--lang", "zh", *FACT_ARGS, env_extra=env, tmp_path=tmp_path)
    assert "规则引擎：CLIPS（默认引擎无法运行：durable-rules cannot be imported" in zh.stdout, zh.stdout + zh.stderr
    assert "Rule engine" not in zh.stdout
    doc = json.loads(_gpufix("--json", *FACT_ARGS, env_extra=env, tmp_path=tmp_path).stdout)
    assert doc["engine"]["backend"] == "clips"
    assert doc["diagnoses"]
    normal = _gpufix("--text", *FACT_ARGS, env_extra={}, tmp_path=tmp_path)
    assert "Rule engine" not in normal.stdout


def test_a_construct_clips_refuses_is_one_line(monkeypatch, rules_dir) -> None:
    from gpufix.engine.backends import clips as clips_backend

    require("clips")
    rules_dir.rule("r", "{fact: gpu.count, gt: 0}")
    rules = rules_dir.load()
    real = clips_backend.construct_list
    monkeypatch.setattr(clips_backend, "construct_list",
                        lambda stratum: real(stratum) + ["(defrule broken (gpufix-facts (no-such-slot 1)) => )"])
    monkeypatch.setenv(backends.ENV_VAR, "clips")
    with pytest.raises(backends.EngineError) as e:
        evaluate(fb(gpu__count=1), rules=rules)
    assert "\n" not in str(e.value)
    assert str(e.value).startswith("CLIPS refused a compiled ruleset (") and "no-such-slot" in str(e.value)
