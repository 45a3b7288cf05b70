"""Every parser against every fixture directory that holds its files.

Fixtures are added by several people (tests/fixtures/README.md), so this file finds them
at run time: for each directory, each raw file goes through the parser of the probe that
owns it (the registry's Probe.files), which must return facts without raising, named in the
fact catalog and credited there to that probe; `log.txt` goes through the pasted-text extractor.
Where case.yaml has `facts_expected:` (fact name -> value; null = must not be known),
the merged facts must match.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from packaging.version import InvalidVersion, Version

from gpufix.fact_catalog import lookup
from gpufix.facts import FactBase
from gpufix.probes.pasted import extract_facts_from_text
from gpufix.probes.registry import ALL_PROBES
from gpufix.probes.runner import replay_recording

# case.yaml files are read for every fixture at collection, in each worker: libyaml when present (~10x faster).
CASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CASES = sorted(p for p in FIXTURES.glob("*/") if p.is_dir())

# file name -> the probe that owns it (Probe.files): the parser-to-fixture map comes from the
# registry, so a new probe's files are read here without editing this test.
FILE_OWNERS = {f: p for p in ALL_PROBES for f in p.files}
# Facts no probe or log parser makes (knowledge base, rules, log scanner).
NOT_OURS = ("compat.", "recommend.", "derived.", "match.", "log.", "verify.")


def _case(d: Path) -> dict:
    f = d / "case.yaml"
    if not f.is_file():
        return {}
    return yaml.load(f.read_text(encoding="utf-8"), Loader=CASE_LOADER) or {}


def parsed_facts(d: Path) -> FactBase:
    """What gpufix knows from a fixture: replayed probe files, then log.txt (log wins)."""
    fb = FactBase()
    for r in replay_recording(ALL_PROBES, d):
        fb.extend(r.facts)
    log = d / "log.txt"
    if log.is_file():
        fb.extend(extract_facts_from_text(log.read_text(encoding="utf-8", errors="replace")))
    return fb


def _same(expected, actual, type_name: str) -> bool:
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(expected) != len(actual):
            return False
        inner = type_name[5:-1] if type_name.startswith("list[") else type_name
        return all(_same(e, a, inner) for e, a in zip(expected, actual))
    if type_name == "version" and isinstance(expected, (str, int, float)) and not isinstance(expected, bool):
        try:
            return Version(str(expected)) == Version(str(actual))
        except InvalidVersion:
            return str(expected) == str(actual)
    return expected == actual


@pytest.mark.parametrize("case_dir", CASES, ids=[c.name for c in CASES])
def test_every_parser_reads_its_fixture_files(case_dir: Path):
    for fname, probe in FILE_OWNERS.items():
        f = case_dir / fname
        if not f.is_file():
            continue
        # each file alone through its probe's parser: a file must make sense without its siblings,
        # except a "where it was found" file (nvidia-smi-path.txt): a found program with none of its
        # output is a probe failure by design, so it is read with its probe's other files
        raw = {fname: f.read_text(encoding="utf-8", errors="replace")}
        if fname.endswith("-path.txt"):
            raw.update({n: (case_dir / n).read_text(encoding="utf-8", errors="replace")
                        for n, p in FILE_OWNERS.items() if p is probe and (case_dir / n).is_file()})
        facts = probe.parse(raw)
        assert facts, f"{fname}: no facts"
        for fact in facts:
            spec = lookup(fact.name)
            assert spec is not None, f"{fname}: {fact.name} is not in the catalog"
            assert probe.name in spec.producers, f"{fname}: the catalog does not credit {probe.name} with {fact.name}"
    # the runner replays the whole directory without a parse failure
    for r in replay_recording(ALL_PROBES, case_dir):
        assert r.status != "failed" or not r.raw, f"{r.name}: {r.error}"


@pytest.mark.parametrize("case_dir", CASES, ids=[c.name for c in CASES])
def test_log_text_never_breaks_the_extractor(case_dir: Path):
    log = case_dir / "log.txt"
    if not log.is_file():
        pytest.skip("no log.txt")
    facts = extract_facts_from_text(log.read_text(encoding="utf-8", errors="replace"))
    assert all(f.origin == "log" and f.source in ("log", "log-prose") and lookup(f.name) for f in facts)


WITH_EXPECTED = [c for c in CASES if _case(c).get("facts_expected")]


@pytest.mark.parametrize("case_dir", WITH_EXPECTED, ids=[c.name for c in WITH_EXPECTED])
def test_facts_expected(case_dir: Path):
    expected: dict = _case(case_dir)["facts_expected"]
    fb = parsed_facts(case_dir)
    problems = []
    for name, want in expected.items():
        if name.startswith(NOT_OURS):
            continue
        fact = fb.get(name)
        spec = lookup(name)
        type_name = spec.type if spec else "str"
        if want is None:
            if fact is not None and fact.known:
                problems.append(f"{name}: expected no value, got {fact.value!r} ({fact.source}: {fact.evidence})")
            continue
        if fact is None or not fact.known:
            why = f"{fact.status}: {fact.reason}" if fact is not None else "not produced"
            problems.append(f"{name}: expected {want!r}, {why}")
        elif not _same(want, fact.value, type_name):
            problems.append(f"{name}: expected {want!r}, got {fact.value!r} ({fact.source}: {fact.evidence})")
    assert not problems, "\n".join(problems)


def test_the_recorded_dev_machine_is_here():
    # The first fixture is this machine, recorded with `gpufix record`.
    d = FIXTURES / "linux-nodriver-cpu-torch"
    assert (d / "probes.json").is_file() and (d / "torch-probe.json").is_file()
    fb = parsed_facts(d)
    assert fb.value("torch.build") == "cpu"
    assert fb.status("driver.version") == "absent"
