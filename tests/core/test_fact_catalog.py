"""The fact catalog is the hub: what it says about each fact is checked against what really happens.

Producers: every probe's parser replays every recorded fixture, the log scanner reads every
log.txt, the knowledge base and the rules run on the merged facts, and the verification
parser replays every recorded run (tests/verify/data). Each fact any of them produces must
list that producer in the catalog, and each producer the catalog lists must produce the fact
in some recording, or the entry's `uncovered` says why none does (and is dropped once one
does). The same run gives the parser-to-fixture map (`producer_fixtures`): which recordings
exercise which producer.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from gpufix import fact_catalog
from gpufix.fact_catalog import (AREAS, FACTS, HIDDEN, NO_PRODUCER, ORIGINS, PRODUCERS, area_of, key_facts,
                                 lookup, producer_of)
from gpufix.facts import FactBase, absent, ok, unknown
from gpufix.probes import registry

# The opt-in (network) probes state facts too; their recordings replay like any probe's.
ALL_PROBES = registry.ALL_PROBES + registry.ONLINE_PROBES

TESTS = Path(__file__).resolve().parents[1]
FIXTURES = TESTS / "fixtures"
VERIFY_RUNS = TESTS / "verify" / "data"
# Producers that are not probes (the probes are the registry's).
NOT_PROBES = {"log", "log-prose", "knowledge", "rules", "verify", "machines"}


def catalog_key(name: str) -> str:
    """The catalog entry of a fact name (a member of an open family -> ``family.*``)."""
    return name if name in FACTS else name.split(".", 1)[0] + ".*"


@pytest.fixture(scope="session")
def produced() -> dict[str, dict[str, set[str]]]:
    """catalog entry -> producer -> the recordings where it stated that fact (any status)."""
    from gpufix.core.inputs import merge
    from gpufix.core.logs import read_log
    from gpufix.core.machines import check_log
    from gpufix.engine.api import evaluate, load_rules
    from gpufix.knowledge import derive_facts
    from gpufix.probes.runner import replay_recording
    from gpufix.verify.runner import replay

    rules = load_rules()
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))

    def note(facts, where: str) -> None:
        for f in facts:
            out[catalog_key(f.name)][producer_of(f.source, f.origin)].add(where)

    for case in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        results = replay_recording(ALL_PROBES, case)
        for r in results:
            note(r.facts, case.name)
        log = case / "log.txt"
        scan = read_log(str(log), rules=rules) if log.is_file() else None
        if scan is not None:
            note(scan.facts, case.name)
            note(check_log(scan, [r.facts for r in results]).facts(), case.name)
        facts = merge(results, scan.facts if scan else [])
        derived = derive_facts(facts)
        note(derived, case.name)
        facts.extend(derived)
        ev = evaluate(facts, scan, "en", rules)
        note(ev.derived, case.name)
        if any(getattr(hit, "groups", None) for hits in ev.signatures.values() for hit in hits.values()):
            out["match.*"]["rules"].add(case.name)  # a signature captured a named group
    for run in sorted(p for p in VERIFY_RUNS.iterdir() if (p / "stdout.jsonl").is_file()):
        spec = yaml.safe_load((run / "case.yaml").read_text(encoding="utf-8"))
        stderr = run / "stderr.txt"
        result = replay((run / "stdout.jsonl").read_text(encoding="utf-8"),
                        stderr.read_text(encoding="utf-8") if stderr.is_file() else "", spec["returncode"])
        note(result.facts, f"verify/{run.name}")
    return out


def producer_fixtures(produced: dict[str, dict[str, set[str]]]) -> dict[str, set[str]]:
    """The parser-to-fixture map: producer -> the recordings that exercise it."""
    by: dict[str, set[str]] = defaultdict(set)
    for producers in produced.values():
        for producer, where in producers.items():
            by[producer] |= where
    return by


def test_every_produced_fact_lists_its_producer(produced):
    problems = []
    for name, producers in sorted(produced.items()):
        spec = FACTS.get(name)
        if spec is None:
            problems.append(f"{name}: produced ({', '.join(sorted(producers))}) but not in the catalog")
            continue
        for producer, where in sorted(producers.items()):
            if producer != "user" and producer not in spec.producers:
                problems.append(f"{name}: {producer} produces it (e.g. {min(where)}) but is not in its producers")
    assert not problems, "\n".join(problems)


def test_every_listed_producer_produces_the_fact_in_some_recording(produced):
    problems = []
    for name, spec in FACTS.items():
        uncovered = dict(spec.uncovered)
        if not spec.producers and NO_PRODUCER not in uncovered:
            problems.append(f"{name}: no producer, and no `uncovered` entry saying why")
        for producer in spec.producers:
            seen = produced.get(name, {}).get(producer)
            if not seen and producer not in uncovered:
                problems.append(f"{name}: {producer} is listed but produces it in no recording "
                                f"(add a fixture, or an `uncovered` entry with the reason)")
            if seen and producer in uncovered:
                problems.append(f"{name}: marked uncovered for {producer}, but {min(seen)} covers it now")
        for producer, why in uncovered.items():
            assert why.strip(), f"{name}: an uncovered entry needs its reason"
            if producer != NO_PRODUCER and producer not in spec.producers:
                problems.append(f"{name}: uncovered names {producer}, which is not among its producers")
    assert not problems, "\n".join(problems)


def test_the_parser_to_fixture_map_covers_every_producer(produced):
    by = producer_fixtures(produced)
    uncovered_everywhere = {p for p in PRODUCERS
                            if all(p not in s.producers or p in dict(s.uncovered) for s in FACTS.values())}
    for producer in PRODUCERS:
        assert by.get(producer) or producer in uncovered_everywhere, f"{producer}: no recording exercises it"
    for p in ALL_PROBES:  # each probe file kind is in some fixture, except probes marked uncovered
        if p.name not in uncovered_everywhere:
            assert any((FIXTURES / case / f).is_file() for case in by[p.name] for f in p.files), p.name


def test_producer_names_are_the_registrys_probes_and_the_other_sources():
    probes = {p.name for p in ALL_PROBES}
    assert set(PRODUCERS) == probes | NOT_PROBES
    for name, spec in FACTS.items():
        assert set(spec.producers) <= set(PRODUCERS), name
        assert set(spec.precedence) <= set(PRODUCERS) | set(ORIGINS), name


def test_each_probe_declares_only_facts_the_catalog_credits_it_with():
    # Probe.facts become `unknown` when the probe fails; the catalog must agree that it states them.
    for p in ALL_PROBES:
        for name in p.facts:
            spec = lookup(name)
            assert spec is not None and p.name in spec.producers, f"{p.name} declares {name}"


def test_every_fact_has_an_area_or_none_and_each_area_key_facts():
    for name, spec in FACTS.items():
        assert spec.area in AREAS or spec.area is None, name
        assert not spec.key or spec.area is not None, f"{name}: a key fact needs an area"
    from gpufix.ui_strings import LANGS, t

    for area in AREAS:
        assert key_facts(area), area
        assert all(t(f"area.{area}", lang) != f"area.{area}" for lang in LANGS), f"{area}: no row label"
    assert area_of("env.CUDA_HOME") == "cuda" and area_of("env.PATH") == "python"
    assert area_of("pkg.xformers") == "packages" and area_of("recommend.torch") is None
    assert area_of("no.such_fact") is None


def test_hidden_facts_stay_out_of_the_json_and_the_evidence():
    from gpufix.report_json import build_document

    assert HIDDEN == {"log.text"}
    fb = FactBase()
    fb.add(ok("log.text", "Traceback ...", "log", origin="log"))
    fb.add(ok("log.present", True, "log", origin="log"))
    assert set(build_document(fb, [])["facts"]) == {"log.present"}


# --- precedence -------------------------------------------------------------------------------

def _merged(*facts):
    fb = FactBase()
    fb.extend(facts)
    return fb


@pytest.mark.parametrize("order", [1, -1])
def test_nvml_outranks_nvidia_smi_whatever_order_they_arrive_in(order):
    smi, nvml = ok("driver.version", "535.54.03", "nvidia-smi"), ok("driver.version", "535.104.05", "nvml")
    assert _merged(*[smi, nvml][::order]).value("driver.version") == "535.104.05"
    # a fact that names no probe order keeps the default: the later probe statement wins
    a, b = ok("torch.version", "2.4.0", "torch"), ok("torch.version", "2.5.0", "torch")
    assert _merged(*[a, b][::order]).value("torch.version") == ("2.5.0" if order == 1 else "2.4.0")


def test_origins_rank_user_then_log_then_derived_then_probe():
    probe = ok("torch.cuda", "12.1", "torch")
    derived = ok("torch.cuda", "12.4", "knowledge", origin="derived")
    log = ok("torch.cuda", "11.8", "log", origin="log")
    user = ok("torch.cuda", "12.6", "user", origin="user")
    for facts, want in (((user, log, derived, probe), "12.6"), ((probe, derived), "12.4"),
                        ((log, derived, probe), "11.8"), ((probe, user), "12.6")):
        assert _merged(*facts).value("torch.cuda") == want, facts
    assert fact_catalog.rank("torch.cuda", "rule:x", "derived") == fact_catalog.rank("torch.cuda", "knowledge",
                                                                                       "derived")


def test_a_probe_that_found_nothing_or_failed_never_hides_one_that_found_it():
    found = ok("driver.version", "535.104.05", "nvml")
    missing = absent("driver.version", "nvidia-smi", "nvidia-smi not found")
    failed = unknown("driver.version", "nvidia-smi", "timed out")
    assert _merged(found, missing).value("driver.version") == "535.104.05"
    assert _merged(missing, found).value("driver.version") == "535.104.05"
    assert _merged(found, failed).value("driver.version") == "535.104.05"
    # but a log saying so does override a probe
    assert _merged(found, absent("driver.version", "log", "no driver", origin="log")).status(
        "driver.version") == "absent"


def test_every_fact_ranks_every_one_of_its_producers():
    origin_of = {"log": "log", "knowledge": "derived", "rules": "derived"}
    for name, spec in FACTS.items():
        for producer in spec.producers:
            assert fact_catalog.rank(name, producer, origin_of.get(producer, "probe")) > 0, (name, producer)
        assert fact_catalog.rank(name, "user", "user") == len(spec.precedence), f"{name}: --fact must win"


def test_a_fact_several_probes_state_says_which_of_them_wins():
    # Otherwise the registry's order would decide, silently.
    probes = {p.name for p in ALL_PROBES}
    for name, spec in FACTS.items():
        stating = [p for p in spec.producers if p in probes]
        if len(stating) > 1:
            missing = [p for p in stating if p not in spec.precedence]
            assert not missing, f"{name}: stated by {', '.join(stating)}; its precedence must rank {missing}"
