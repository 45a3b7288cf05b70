"""rules/knowledge/windows_platform.yaml: the triton-windows release each torch minor pairs with, read into
compat.triton_windows_requirement and shown by triton-missing-windows' remedy."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from packaging.version import Version

from gpufix.knowledge import tables

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("torch, triton", [
    ("2.4.1", "3.1"), ("2.5.0", "3.1"), ("2.6.0", "3.2"), ("2.7.1", "3.3"), ("2.8.0", "3.4"), ("2.10.0", "3.6"),
])
def test_pair_for_torch(torch: str, triton: str) -> None:
    pair = tables.triton_windows_for(torch)
    assert pair is not None and pair.triton == triton


@pytest.mark.parametrize("torch", [None, "", "2.3.1", "1.13.1", "2.1"])
def test_no_pair_outside_the_table(torch: str | None) -> None:
    assert tables.triton_windows_for(torch) is None


def test_pairs_are_one_per_torch_minor_and_never_go_back() -> None:
    pairs = tables.triton_windows_pairs()
    assert len({p.torch for p in pairs}) == len(pairs)
    ordered = sorted(pairs, key=lambda p: Version(p.torch))
    assert [Version(p.triton) for p in ordered] == sorted(Version(p.triton) for p in ordered)


def _derive(os_name: str, torch: str) -> dict[str, object]:
    from gpufix.facts import FactBase, ok
    from gpufix.knowledge import derive_facts

    fb = FactBase()
    fb.add(ok("os.name", os_name, "test"))
    fb.add(ok("torch.version", torch.split("+")[0], "test"))
    fb.add(ok("torch.version_full", torch, "test"))
    return {f.name: f.value for f in derive_facts(fb)}


def test_requirement_is_derived_on_windows_and_not_on_linux() -> None:
    assert _derive("windows", "2.7.1+cu128")["compat.triton_windows_requirement"] == "triton-windows>=3.3,<3.4"
    assert "compat.triton_windows_requirement" not in _derive("linux", "2.7.1+cu128")


def test_the_remedy_text_lists_the_tables_pairs() -> None:
    rule = yaml.safe_load((ROOT / "rules/env/triton-missing-windows.yaml").read_text(encoding="utf-8"))
    text = " ".join(step["text"]["en"] for r in rule["remedies"] for step in r.get("steps", []) if "text" in step)
    said = {}
    for torchs, triton in re.findall(r"((?:2\.\d+(?: and )?)+) with (3\.\d+)", text):
        for t in re.findall(r"2\.\d+", torchs):
            said[t] = triton
    assert said == {p.torch: p.triton for p in tables.triton_windows_pairs()}
