"""Issue 12, item 9: every probe parser, the pasted-log parser, the redactor and the log scanner
fuzzed with hypothesis, bounded in examples and time.

Inputs are the recorded fixtures' own files, mutated (a slice replaced by random or hostile
text), and random text. The seed corpus is committed: the fixtures under tests/fixtures and
`HOSTILE` below (the trial's attacks: control sequences, alias-like text, 1,000-space cells,
odd encodings). A parser may decline its input only with ValueError (the runner then marks
that probe's facts unknown); anything else is a crash, and so is a fact of the wrong shape.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gpufix.facts import Fact
from gpufix.probes.pasted import extract_facts_from_text
from gpufix.probes.redact import redact
from gpufix.probes.registry import ALL_PROBES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FUZZ = settings(max_examples=20, deadline=2000, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
HOSTILE = [
    "", "\x00", "\ufeff", "\udcff", "\x1b]0;pwned\x07\x1b[2J\x1b]52;c;ZXZpbA==\x07",
    "|   0  NVIDIA" + " " * 1000 + "A100  Off  | 00000000:01:00.0 Off |", "{" * 2000, "[" * 2000 + "]" * 2000,
    "error: command " + "nvcc " * 3000, "libcudnn.so" + ".8" * 3000 + ": cannot open",
    "&a [*a, *a]", "https://u:p@ss@host/simple", "\r" * 500, "é" * 4000, "NVIDIA-SMI 535.104.05 " * 500,
    '{"probes": {"x": {"status": "ok"', "\"executable\": \"/bin/sh\"", "-1", "9" * 400,
]


def _seeds(name: str) -> list[str]:
    texts = []
    for path in sorted(FIXTURES.glob(f"*/{name}"))[:8]:
        texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts or [""]


def mutated(seeds: list[str]) -> st.SearchStrategy[str]:
    """A seed with a slice replaced by random or hostile text; or random text alone."""
    pieces = st.one_of(st.text(max_size=200), st.sampled_from(HOSTILE))

    @st.composite
    def mutate(draw) -> str:
        seed = draw(st.sampled_from(seeds))
        a = draw(st.integers(0, len(seed)))
        b = draw(st.integers(a, min(len(seed), a + 400)))
        return seed[:a] + draw(pieces) + seed[b:]

    return st.one_of(mutate(), pieces, st.sampled_from(seeds))


def _check_facts(facts) -> None:
    assert isinstance(facts, list)
    for f in facts:
        assert isinstance(f, Fact) and isinstance(f.name, str) and f.status in ("ok", "absent", "unknown")


@pytest.mark.parametrize("probe", ALL_PROBES, ids=lambda p: p.name)
def test_every_probe_parser_survives_mutated_recordings(probe):
    files = [f for f in probe.files]
    strategies = {f: mutated(_seeds(f)) for f in files}

    @FUZZ
    @given(st.fixed_dictionaries({}, optional=strategies))
    def run(raw: dict) -> None:
        try:
            facts = probe.parse(raw)
        except ValueError:
            return  # declined: the runner marks this probe's facts unknown
        _check_facts(facts)

    run()


@FUZZ
@given(mutated(_seeds("log.txt")))
def test_the_pasted_log_parser_survives_mutated_logs(text):
    _check_facts(extract_facts_from_text(text))


@pytest.fixture(scope="module")
def warm_rules():
    """The rules load once, outside the per-example deadline."""
    from gpufix.engine.log_scan import scan_log_text

    scan_log_text("warm")


@FUZZ
@given(mutated(_seeds("log.txt")))
def test_the_log_scanner_survives_mutated_logs(warm_rules, text):
    from gpufix.engine.log_scan import scan_log_text

    try:
        scan = scan_log_text(text)
    except Exception as e:  # noqa: BLE001 - only the one-line input error is allowed
        from gpufix.errors import InputError

        assert isinstance(e, InputError), e
        return
    for hit in scan.hits.values():
        assert isinstance(hit, dict)


@FUZZ
@given(mutated(_seeds("pip-config.json") + _seeds("log.txt")))
def test_redaction_is_idempotent_and_never_grows_a_secret(text):
    once = redact(text)
    assert redact(once) == once
