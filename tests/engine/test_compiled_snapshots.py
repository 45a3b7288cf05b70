"""Snapshots of what each engine is given: the durable-rules rulesets and the CLIPS constructs
compiled from the checkout's rules, and from a small ruleset that uses every kind of test.

A change to the compiler, or to a rule, shows up here as a diff to review. After checking that
the change is meant, regenerate the files under tests/engine/snapshots/:

    GPUFIX_UPDATE_SNAPSHOTS=1 python -m pytest tests/engine/test_compiled_snapshots.py
"""
from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import pytest

from gpufix.engine.api import load_rules
from gpufix.engine.backends.clips import constructs
from gpufix.engine.compile import CompiledRules, KeySpec
from gpufix.engine.evaluate import compiled_rules

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE = os.environ.get("GPUFIX_UPDATE_SNAPSHOTS") == "1"

COVERAGE_RULES = {
    "numbers": "all: [{fact: gpu.count, gt: 0}, {fact: gpu.count, le: 8}, {fact: verify.speedup, ge: 1.5}]",
    "texts": "any: [{fact: torch.build, eq: cpu}, {fact: torch.build, ne: 'say \"hi\" \\\\ bye'}, {fact: os.name, eq: 训练}]",
    "booleans": "any: [{fact: torch.cuda_available, eq: false}, {not: {fact: torch.cuda_available, eq: true}}]",
    "versions": "all: [{fact: driver.version, version_lt: '525.60.13'}, {fact: torch.cuda, version_ge: '12.1'}]",
    "statuses": "any: [{fact: nvcc.version, present: false}, {fact: nvcc.version, unknown: true},"
                " {not: {fact: nvcc.version, present: true}}]",
    "predicates": "all: [{fact: torch.arch_list, contains: sm_86}, {fact: torch.build, in: [cu118, cu121]},"
                  " {fact: torch.error, matches: 'sm_\\d+'}, {not: {fact: os.release, startswith: '5.15'}},"
                  " {fact: torch.device_count, lt: {fact: gpu.count}}]",
}


def render_durable(compiled: CompiledRules) -> str:
    out = []
    for n, stratum in enumerate(compiled.strata):
        out.append(f"# stratum {n}: {', '.join(stratum.rule_ids)}")
        out.append("# properties:")
        out += [f"#   {key} = {_spec(stratum.keys[key])}" for key in sorted(stratum.keys)]
        for chunk in stratum.chunks:
            out.append(f"ruleset {chunk.name}")
            out.append(json.dumps(json.loads(chunk.definition), indent=1, sort_keys=True, ensure_ascii=False))
    return "\n".join(out) + "\n"


def _spec(spec: KeySpec) -> str:
    # Leaf.line is left out: moving a rule inside its file must not change the snapshot.
    leaf = spec.leaf and (spec.leaf.fact, spec.leaf.op, spec.leaf.value, spec.leaf.is_list)
    parts = [spec.kind, spec.fact, spec.scope or "", repr(leaf) if leaf else "", spec.sig]
    return " ".join(p for p in parts if p)


def render_clips(compiled: CompiledRules) -> str:
    return "\n".join(constructs(stratum) for stratum in compiled.strata)


def check(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    assert path.is_file(), f"{path} is missing; create it: GPUFIX_UPDATE_SNAPSHOTS=1 python -m pytest {__file__}"
    stored = path.read_text(encoding="utf-8")
    if stored != text:
        diff = list(difflib.unified_diff(stored.splitlines(), text.splitlines(), str(path), "compiled now",
                                         lineterm="", n=1))
        pytest.fail(f"the compiled rules differ from {path.name} ({len(diff)} diff lines; if the change is "
                    f"meant: GPUFIX_UPDATE_SNAPSHOTS=1 python -m pytest {__file__}):\n" + "\n".join(diff[:60]))


@pytest.fixture(scope="module")
def coverage_rules(tmp_path_factory):
    from .conftest import RulesDir

    rules_dir = RulesDir(tmp_path_factory.mktemp("snap") / "rules")
    for rule_id, when in COVERAGE_RULES.items():
        rules_dir.rule(rule_id, when)
    rules_dir.add("derive-cuda", "id: derive-cuda\ntitle: D\nwhen: {fact: torch.build, startswith: cu}\n"
                                 "derive: {derived.cuda_build: true}\n")
    rules_dir.rule("chained", "all: [{fact: derived.cuda_build, eq: true}, {fact: gpu.count, eq: 0}]")
    rules_dir.rule("signature", "all: [{signature: old}, {fact: match.found, ne: '12040'}]",
                   extra="signatures: {old: 'too old \\(found version (?P<found>\\d+)\\)'}\n")
    return rules_dir.load()


@pytest.mark.parametrize("engine", ["durable", "clips"])
def test_coverage_ruleset_compiles_as_recorded(coverage_rules, engine) -> None:
    render = render_durable if engine == "durable" else render_clips
    check(f"coverage.{engine}.{'json.txt' if engine == 'durable' else 'clp'}", render(compiled_rules(coverage_rules)))


@pytest.mark.parametrize("engine", ["durable", "clips"])
def test_checkout_rules_compile_as_recorded(engine) -> None:
    render = render_durable if engine == "durable" else render_clips
    check(f"rules.{engine}.{'json.txt' if engine == 'durable' else 'clp'}", render(compiled_rules(load_rules())))
