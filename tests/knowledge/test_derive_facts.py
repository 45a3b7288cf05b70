"""derive_facts on any fact base: partial, odd, or every recorded fixture; facts match the catalog."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from packaging.version import Version

from gpufix.fact_catalog import FACTS, lookup
from gpufix.facts import FactBase, ok, unknown
from gpufix.knowledge import derive_facts

# case.yaml files are read for every fixture at collection, in each worker: libyaml when present (~10x faster).
CASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CASES = sorted(p for p in FIXTURES.glob("*/") if p.is_dir())

# Fixture expectations this recommender answers differently, on purpose (reported, not failed).
# Fixtures whose expected recommendation the knowledge base knowingly disagrees with
# (fixture name -> why); each is a strict xfail so fixing either side shows up.
KNOWN_DISAGREEMENTS: dict[str, str] = {}


PY_TYPES = {"str": str, "bool": bool, "int": int, "float": (int, float)}


def _type_ok(value, type_name: str) -> bool:
    if type_name.startswith("list["):
        return isinstance(value, list) and all(_type_ok(v, type_name[5:-1]) for v in value)
    if type_name == "version":
        Version(str(value))  # raises on a non-version
        return isinstance(value, str)
    if type_name == "int" and isinstance(value, bool):
        return False
    return isinstance(value, PY_TYPES[type_name])


def _check(out) -> None:
    names = [f.name for f in out]
    assert len(names) == len(set(names)), "a fact derived twice"
    for f in out:
        # the one derived "absent": a +cpu torch has no CUDA (torch.cuda, as the torch probe says it)
        assert f.origin == "derived" and (f.status == "ok" or (f.name, f.status) == ("torch.cuda", "absent")), f
        if f.status != "ok":
            continue
        spec = lookup(f.name)
        assert spec is not None and f.name in FACTS, f"{f.name} is not in fact_catalog"
        assert _type_ok(f.value, spec.type), f"{f.name}={f.value!r} is not a {spec.type}"
    errors = [f.value for f in out if f.name == "compat.error"]
    assert not errors, errors


def test_empty_fact_base():
    assert derive_facts(FactBase()) == []


ODD = [
    {"driver.version": "garbage", "torch.version": "nonsense", "gpu.compute_capability": ["x", None]},
    {"driver.version": "535.104.05", "torch.cuda": "12.1", "os.name": 5, "gpu.name": "RTX 4090"},
    {"torch.version_full": "2.4.1+cu121", "torchvision.version_full": "+", "numpy.version": ""},
    {"gpu.count": True, "gpu.name": [None, "NVIDIA GeForce RTX 3090"], "driver.cuda": "13.99"},
    {"torch.arch_list": ["sm_", "compute_x", 7], "torch.cuda": "12.8", "gpu.compute_capability": ["8.6"]},
    {"match.found_version": "abc", "log.text": 42, "pip.index_url": "not a url", "pip.extra_index_urls": "x"},
    {"torch.version": "99.1.0", "torch.build": "cu999", "python.version": "3.99"},
    {"os.name": "macos", "os.arch": "arm64", "python.version": "2.7.18", "python.executable": "/usr/bin/python"},
]


@pytest.mark.parametrize("values", ODD)
def test_odd_values_cost_only_their_facts(values):
    fb = FactBase()
    for name, value in values.items():
        fb.add(ok(name, value, "test"))
    _check(derive_facts(fb))


def test_unknown_inputs_produce_no_verdicts():
    fb = FactBase()
    for name in ("driver.version", "driver.cuda", "gpu.name", "torch.version", "os.name"):
        fb.add(unknown(name, "probe", "timed out"))
    assert [f.name for f in derive_facts(fb)] == []


def _fixture_facts(d: Path) -> tuple[FactBase, dict]:
    from gpufix.core.inputs import parse_fact_option
    from gpufix.probes.pasted import extract_facts_from_text
    from gpufix.probes.registry import ALL_PROBES
    from gpufix.probes.runner import replay_recording

    fb = FactBase()
    for r in replay_recording(ALL_PROBES, d):
        fb.extend(r.facts)
    log = d / "log.txt"
    if log.is_file():
        fb.extend(extract_facts_from_text(log.read_text(encoding="utf-8", errors="replace")))
    f = d / "case.yaml"
    case = yaml.load(f.read_text(encoding="utf-8"), Loader=CASE_LOADER) if f.is_file() else {}
    for name, value in ((case or {}).get("facts") or {}).items():
        text = ",".join(map(str, value)) if isinstance(value, list) else str(value).lower() \
            if isinstance(value, bool) else str(value)
        fb.add(parse_fact_option(f"{name}={text}"))
    return fb, case or {}


@pytest.mark.parametrize("case_dir", CASES, ids=[c.name for c in CASES])
def test_every_fixture_derives_cleanly(case_dir):
    fb, _ = _fixture_facts(case_dir)
    _check(derive_facts(fb))


def _expects_recommend(d: Path) -> bool:
    f = d / "case.yaml"
    case = yaml.load(f.read_text(encoding="utf-8"), Loader=CASE_LOADER) if f.is_file() else None
    return bool(((case or {}).get("expect") or {}).get("recommend"))


WITH_RECOMMEND = [
    pytest.param(c, id=c.name, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_DISAGREEMENTS[c.name])]
                 if c.name in KNOWN_DISAGREEMENTS else [])
    for c in CASES if _expects_recommend(c)]


@pytest.mark.parametrize("case_dir", WITH_RECOMMEND)
def test_fixture_recommend_expectations(case_dir):
    fb, case = _fixture_facts(case_dir)
    got = {f.name: f.value for f in derive_facts(fb)}
    for name, want in case["expect"]["recommend"].items():
        assert str(got.get(name)) == str(want), f"{name}: {got.get(name)!r} != {want!r} ({got.get('recommend.reason')})"


def test_driver_cuda_from_the_log_reaches_the_diagnosis():
    """Regression: with no nvidia-smi, the GKE report's "found version 11040" is the driver's CUDA
    (11.4); the diagnosis printed "driver 470.182.03 (CUDA unknown)" from driver.cuda."""
    from gpufix.core import inputs, logs
    from gpufix.engine.api import diagnose, load_rules
    d = FIXTURES / "machine--linux-gke-driver470-cu121"
    rules = load_rules()
    scan = logs.read_log(str(d / "log.txt"), rules=rules)
    fb = inputs.merge([], scan.facts)
    fb.add(inputs.parse_fact_option("driver.version=470.182.03"))  # as case.yaml states it
    fb.extend(derive_facts(fb))
    assert fb.get("driver.cuda") is None and fb.value("compat.driver_cuda") == "11.4"
    found = {d.id: d for d in diagnose(fb, scan, rules=rules)}["driver-older-than-runtime"]
    text = " ".join(found.explanation.split())
    assert "470.182.03 (CUDA 11.4)" in text and "CUDA unknown" not in text
