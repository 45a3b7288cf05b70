"""The opt-in index check, run for real against the local server's recorded index pages
(tests/knowledge/data/index/README.md): which torch builds a pip index serves."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from gpufix.cli import main
from gpufix.probes import index_check
from gpufix.probes.base import ProbeContext
from gpufix.probes.registry import probes_in

from ..knowledge.conftest import IndexServer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def server():
    s = IndexServer()
    yield s
    s.close()


def _check(server: IndexServer, site: str, plat: str) -> dict[str, object]:
    env = {"PIP_INDEX_URL": server.url(site), "PIP_CONFIG_FILE": "/dev/null", "HOME": "/nonexistent"}
    raw = index_check.collect(ProbeContext(env=env, platform=plat))
    return {f.name: f.value for f in index_check.parse(raw)}


@pytest.mark.parametrize("site, plat, cuda, variants", [
    ("mirror-cpu", "linux", False, ["cpu"]),        # a mirror of download.pytorch.org/whl/cpu
    ("mirror-cpu", "win32", False, ["cpu"]),
    ("mirror-cuda", "linux", True, ["cu124"]),      # a mirror of download.pytorch.org/whl/cu124
    ("mirror-cuda", "win32", True, ["cu124"]),
    ("pypi/simple", "linux", True, ["pypi-cuda"]),  # PyPI: the plain Linux x86_64 wheel is a CUDA build
    ("pypi/simple", "win32", False, ["plain"]),     # ...and the Windows wheel is CPU-only
])
def test_the_index_page_tells_what_it_serves(server, site, plat, cuda, variants):
    got = _check(server, site, plat)
    assert (got["pip.index_cuda_wheels"], got["pip.index_torch_variants"]) == (cuda, variants)


def test_an_unreachable_index_costs_only_its_own_facts():
    from gpufix.probes.runner import run_probes

    ctx = ProbeContext(env={"PIP_INDEX_URL": "http://127.0.0.1:9/simple", "PIP_CONFIG_FILE": "/dev/null"})
    [res] = run_probes([index_check.PROBE], ctx)
    assert res.status == "failed" and "127.0.0.1:9" in res.error
    assert {f.name: f.status for f in res.facts} == {n: "unknown" for n in index_check.FACTS}


def test_it_runs_only_when_asked():
    assert index_check.PROBE not in probes_in()
    assert index_check.PROBE in probes_in(online=True)


@pytest.mark.parametrize("case, fires", [("checked-cpu-mirror", True), ("checked-cuda-mirror", False)])
def test_the_rule_tells_the_two_recorded_mirrors_apart(capsys, case, fires):
    """The rule fixtures' index-torch.json were written by this probe against the local server (see
    their case.yaml); replayed, with a CPU-only torch, the rule holds for the CPU mirror only."""
    d = FIXTURES / f"mirror-without-cuda-wheels--{case}"
    facts = [a for k, v in _case_facts(d).items() for a in ("--fact", f"{k}={v}")]
    main(["--json", "--fixture", str(d), "--no-probe", *facts])
    doc = json.loads(capsys.readouterr().out)
    assert ("mirror-without-cuda-wheels" in [x["id"] for x in doc["diagnoses"]]) is fires
    assert doc["facts"]["compat.index_has_cuda_wheels"]["value"] is (not fires)
    assert doc["facts"]["compat.index_has_cuda_wheels"]["evidence"].startswith("checked: ")


def _case_facts(d: Path) -> dict[str, str]:
    import yaml

    return {k: v for k, v in yaml.safe_load((d / "case.yaml").read_text())["facts"].items()}


def test_recorded_fixture_files_match_a_fresh_check(server):
    """The fixtures hold what the probe writes (so they can be recorded again from the local server)."""
    for case, site in (("checked-cpu-mirror", "mirror-cpu"), ("checked-cuda-mirror", "mirror-cuda")):
        env = {"PIP_INDEX_URL": server.url(site), "PIP_CONFIG_FILE": "/dev/null", "HOME": "/nonexistent"}
        fresh = json.loads(index_check.collect(ProbeContext(env=env, platform="linux"))[index_check.FILE])
        kept = json.loads((FIXTURES / f"mirror-without-cuda-wheels--{case}" / index_check.FILE).read_text())
        assert (fresh["files"], fresh["os"]) == (kept["files"], kept["os"])
