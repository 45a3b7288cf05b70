"""The knowledge tables checked against each other (rules/knowledge/*.yaml)."""
from __future__ import annotations

import re

import pytest
from packaging.specifiers import SpecifierSet
from packaging.version import Version

from gpufix.knowledge import compat, tables
from gpufix.knowledge import versions as V


@pytest.mark.parametrize("name", tables.TABLE_FILES)
def test_table_loads_with_schema_and_sources(name):
    data = tables.load(name)
    assert data["schema"] == 1
    assert tables.declared_sources(name), f"{name} declares no sources"


def test_every_row_cites_declared_sources():
    bad = []
    for name, row, ids in tables.iter_sources():
        declared = tables.declared_sources(name)
        missing = [i for i in ids if i not in declared]
        if not ids or missing:
            bad.append(f"{name} {row}: {ids or 'no sources'} (undeclared: {missing})")
    # the 2.6/2.7 inferred arch rows and every other row must name where they come from
    assert not bad, "\n".join(bad)


def test_release_versions_parse_and_are_unique():
    seen = set()
    for rel in tables.releases():
        Version(rel.release)
        assert rel.status in ("stable", "candidate")
        assert rel.install in ("index-url", "extra-index-url", "find-links")
        assert rel.numpy_abi_major in (1, 2)
        assert rel.patches, rel.release
        for p in rel.patches:
            assert p.torch not in seen, f"torch {p.torch} listed twice"
            seen.add(p.torch)
            assert V.major_minor(p.torch) == rel.version, f"{p.torch} filed under {rel.release}"
            assert p.torchvision and V.parse(p.torchvision), f"torch {p.torch}: torchvision {p.torchvision!r}"
            if p.torchaudio is not None:
                assert V.parse(p.torchaudio), f"torch {p.torch}: torchaudio {p.torchaudio!r}"


def test_python_ranges_parse():
    for rel in tables.releases():
        lo, hi = Version(rel.python_min), Version(rel.python_max)
        assert Version("3.6") <= lo <= hi < Version("4"), rel.release
        for x in rel.python_experimental:
            assert V.parse(x.rstrip("t")), f"{rel.release}: experimental {x!r}"
        for p in rel.patches:
            if p.python_max:
                assert lo <= Version(p.python_max) <= hi


def test_every_cuda_variant_has_a_driver_minimum_on_linux_and_windows():
    for rel in tables.releases():
        for p in rel.patches:
            for variant in p.cuda_wheels:
                cuda = V.variant_cuda(variant)
                assert cuda, f"{p.torch}: {variant!r} is not a cuXYZ variant"
                for os_name in ("linux", "windows"):
                    need = compat.driver_min_for(cuda, os_name)
                    full = compat.driver_full_for(cuda, os_name)
                    assert need and V.parse(need.driver), f"{p.torch}+{variant}: no {os_name} minimum"
                    assert full and Version(full.driver) >= Version(need.driver), f"{p.torch}+{variant} {os_name}"


def test_every_variant_has_exactly_one_arch_list_or_is_marked_unknown():
    for rel in tables.releases():
        for p in rel.patches:
            for variant in p.cuda_wheels:
                v = Version(p.torch)
                hits = [e for e in tables.arch_entries() if variant in e.variants and e.torch.contains(v)]
                assert len(hits) == 1, f"{p.torch}+{variant}: {len(hits)} arch entries"
                e = hits[0]
                assert e.status in ("confirmed", "uncertain", "inferred", "unknown")
                if e.status != "unknown":
                    assert e.sm, f"{p.torch}+{variant}: empty arch list"
                    assert e.sources, f"{p.torch}+{variant}: arch list without sources"


def test_arch_entries_parse():
    for e in tables.arch_entries():
        SpecifierSet(str(e.torch))
        for a in e.sm + e.aarch64_sm:
            arch = V.parse_arch(a)
            assert arch and arch.kind == "sm", a
        for a in e.ptx + e.aarch64_ptx:
            arch = V.parse_arch(a)
            assert arch and arch.kind == "compute", a
        for variant in e.variants:
            assert V.variant_cuda(variant), variant


def test_pypi_default_is_one_of_the_release_variants():
    for rel in tables.releases():
        variants = {v for p in rel.patches for v in p.cuda_wheels}
        assert rel.pypi_linux in variants, f"{rel.release}: PyPI {rel.pypi_linux} not in {sorted(variants)}"
        assert set(rel.experimental) <= variants, rel.release


def test_torchaudio_maintenance_entry_is_consistent():
    meta = tables.torch_meta()["torchaudio_maintenance"]
    built_for = tables.release_for(meta["built_for_release"])
    assert built_for is not None
    assert any(p.torchaudio == meta["last"] for p in built_for.patches)
    assert Version(built_for.newest_patch.torch) in SpecifierSet(meta["supports_torch"])
    # every release without its own torchaudio is covered by the maintenance release
    for rel in tables.releases():
        for p in rel.patches:
            if p.torchaudio is None:
                assert Version(p.torch) in SpecifierSet(meta["supports_torch"]), p.torch


def test_toolkit_rows_parse_and_families_are_ordered():
    data = tables.load("cuda_drivers.yaml")
    for row in data["toolkits"]:
        assert V.parse(row["cuda"]) and V.parse(row["linux"]), row
        assert row["windows"] is None or V.parse(row["windows"]), row
    fams = tables.families()
    assert Version(fams[11].linux) < Version(fams[12].linux) < Version(fams[13].linux)
    # A family minimum never exceeds the Table-3 driver of a later toolkit of the family
    # (11.0 is NVIDIA's stated exception: it shipped with drivers older than 450.80.02).
    for row in data["toolkits"]:
        cuda = Version(row["cuda"])
        fam = fams.get(cuda.major)
        if fam and cuda.minor >= 1:
            assert Version(fam.linux) <= Version(row["linux"]), row
            if row["windows"]:
                assert Version(fam.windows) <= Version(row["windows"]), row
    assert Version(tables.toolkit_minimum("11.0", "linux").driver) < Version(fams[11].linux)


def test_branches_increase_with_cuda():
    bs = tables.branches()
    for a, b in zip(bs, bs[1:]):
        assert a.branch < b.branch and Version(a.cuda) < Version(b.cuda), (a, b)


def test_gpu_patterns_compile_and_ccs_parse():
    rows = tables.gpu_rows()
    assert rows
    for row in rows:
        assert V.cc_to_sm(row.cc), row.gpu
        assert row.sources, row.gpu


def test_mirrors_have_pypi_or_wheels_and_valid_templates():
    for m in tables.mirrors():
        assert m.pypi or m.wheels, m.name
        assert m.hosts, m.name
        if m.wheels:
            assert "{variant}" in m.wheels and m.wheels_style in ("find-links", "index"), m.name
            assert re.match(r"^https://", m.wheel_url("cu126"))
    assert tables.mirror_named(tables.mirrors_meta()["default_wheel_mirror"]).wheels


def test_newest_stable_release_is_the_newest_pypi_serves():
    # PyPI served torch 2.15.0 on 2026-12-03 (rules/knowledge/torch_releases.yaml as_of)
    assert all(r.status == "stable" for r in tables.stable_releases())
    assert tables.stable_releases()[0].newest_patch.torch == "2.15.0"


def test_a_broken_table_is_one_line_and_exit_2(monkeypatch, capsys):
    """A table edited into invalid YAML in a checkout (or a broken install): no traceback."""
    from gpufix.cli import main
    from gpufix.knowledge import tables

    def broken(name):
        raise tables.TableError(f"knowledge table {name}: not valid YAML: did not find expected key")

    tables.load.cache_clear()
    monkeypatch.setattr(tables, "read_table", broken)
    try:
        code = main(["--no-probe", "--fact", "gpu.name=NVIDIA GeForce RTX 3060", "--json"])
    finally:
        tables.load.cache_clear()
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("gpufix: error: knowledge table ") and err.count("\n") == 1 and "Traceback" not in err
