"""ROCm facts derived from the ROCm table (rules/knowledge/rocm.yaml) and the probe's facts."""
from __future__ import annotations

from packaging.version import Version

from gpufix.facts import FactBase, ok
from gpufix.knowledge import derive_facts
from gpufix.knowledge import rocm_tables as T


def _derive(**values) -> FactBase:
    fb = FactBase()
    for name, value in values.items():
        fb.add(ok(name.replace("__", "."), value, "test"))
    fb.extend(derive_facts(fb))
    return fb


def test_every_row_names_known_sources_and_versions_parse():
    data = T.load()
    sources = set(data["sources"])
    for table in ("torch_rocm", "rocm_gfx", "wheel_gfx", "kmd_userspace", "overrides", "gpu_names"):
        for row in data[table]:
            assert row["sources"] and set(row["sources"]) <= sources, row
    for row in T.torch_rows():
        assert all(T.variant_version(v) is not None for v in row.listed), row
    for row in data["rocm_gfx"] + data["wheel_gfx"]:
        assert all(T.is_gfx(g) for g in row["gfx"]), row


def test_torch_release_variants_from_the_previous_versions_page_and_test_infra():
    assert T.variants_for("2.5.1+rocm6.2") == ("rocm6.1", "rocm6.2")
    assert T.variants_for("2.10.0") == ("rocm7.0", "rocm7.1")
    assert T.variants_for("2.13.0") == ("rocm7.1", "rocm7.2")
    assert T.variants_for("2.15.0") is None  # past the table: unknown, not guessed


def test_versions_compare_as_versions():
    assert T.variant_version("rocm6.2.4") == Version("6.2.4")
    assert T.variant_version("cu124") is None
    assert Version("6.10") > Version("6.9")  # why nothing here compares strings


def test_wheel_without_the_gpus_target():
    fb = _derive(rocm__gfx=["gfx1010"], torch__build="rocm6.2")
    assert fb.value("compat.rocm_gfx_supported") is False
    assert fb.value("compat.rocm_unsupported_gfx") == ["gfx1010"]


def test_the_override_makes_the_target_covered():
    fb = _derive(rocm__gfx=["gfx1031"], torch__build="rocm6.2", env__HSA_OVERRIDE_GFX_VERSION="10.3.0")
    assert fb.value("compat.rocm_gfx_supported") is True
    assert fb.get("compat.rocm_override") is None  # already set: nothing to suggest


def test_override_suggested_for_consumer_cards():
    assert _derive(rocm__gfx=["gfx1032"]).value("compat.rocm_override") == "10.3.0"
    assert _derive(rocm__gfx=["gfx1102"]).value("compat.rocm_override") == "11.0.0"
    assert _derive(rocm__gfx=["gfx1100"]).get("compat.rocm_override") is None


def test_a_named_card_gives_its_target_only_when_the_whole_name_is_listed():
    assert T.gfx_for_name("AMD Radeon RX 6700 XT") == "gfx1031"
    assert T.gfx_for_name("Radeon RX6800XT") == "gfx1030"
    assert (T.gfx_for_name("RX 7900 XTX"), T.gfx_for_name("Radeon 780M")) == ("gfx1100", "gfx1103")
    assert T.gfx_for_name("RX 6700 XT Ultra") is None  # not a listed product: nothing guessed


def test_a_named_card_without_rocminfo_still_gets_its_override():
    fb = _derive(rocm__gpu_names=["Radeon RX 6700 XT"], torch__build="rocm6.2")
    assert fb.value("compat.rocm_override") == "10.3.0"
    assert fb.value("compat.rocm_gfx_supported") is False
    assert "Radeon RX 6700 XT is gfx1031" in fb.get("compat.rocm_override").evidence
    assert _derive(rocm__gpu_names=["Radeon RX 6700 XT", "Radeon Pro X9"]).value("compat.rocm_override") is None


def test_torchs_own_arch_list_wins_over_the_table():
    fb = _derive(rocm__gfx=["gfx1010"], torch__build="rocm6.2", torch__arch_list=["gfx1010", "gfx1030"])
    assert fb.value("compat.rocm_gfx_supported") is True
    assert fb.value("compat.rocm_wheel_gfx") == ["gfx1010", "gfx1030"]


def test_wheel_outside_the_drivers_tested_user_space():
    assert _derive(rocm__version="6.3.1", torch__build="rocm5.7").value("compat.rocm_wheel_driver_ok") is False
    assert _derive(rocm__version="6.1.2", torch__build="rocm5.7").value("compat.rocm_wheel_driver_ok") is True
    assert _derive(rocm__version="7.1.1", torch__build="rocm5.7").get("compat.rocm_wheel_driver_ok") is None


def test_recommendation_follows_the_installed_rocm():
    fb = _derive(rocm__version="6.3.3", rocm__gfx=["gfx942"])
    # ROCm 6.3's driver was tested with user-space 6.1-6.3: torch 2.9 is the newest with a rocm6.3 wheel
    assert fb.value("recommend.rocm_build") == "rocm6.3" and fb.value("recommend.rocm_torch") == "2.9"
    assert fb.value("recommend.rocm_index_url") == "https://download.pytorch.org/whl/rocm6.3"
    assert fb.value("recommend.rocm_pip_command")[-1] == "https://download.pytorch.org/whl/rocm6.3"
    newest = _derive(rocm__gfx=["gfx1100"])  # ROCm release unknown: the newest in the tables
    assert newest.value("recommend.rocm_build") == "rocm7.2"


def test_no_rocm_facts_no_rocm_answers():
    fb = _derive(torch__build="cu124", gpu__count=1)
    assert not [n for n in fb.names() if "rocm" in n]


def test_a_rocm_torchs_devices_are_no_nvidia_gpus():
    # torch.cuda.get_device_capability() of a gfx1100 on a ROCm build answers (11, 0): not sm_110.
    fb = _derive(torch__build="rocm6.2", torch__hip="6.2.41133", torch__device_names=["AMD Radeon RX 7900 XTX"],
                 torch__device_capability=["11.0"], torch__arch_list=["gfx1030", "gfx1100"], rocm__gfx=["gfx1100"])
    assert fb.get("compat.gpu_arch_supported") is None
    assert fb.value("compat.rocm_gfx_supported") is True


def test_the_user_space_rule_reads_the_drivers_tested_window():
    # ROCm 6.3's driver was tested with user-space 6.1-6.3: a rocm5.7 wheel is outside, rocm6.2 inside.
    from gpufix.engine.api import evaluate

    outside = evaluate(_derive(rocm__version="6.3.1", torch__build="rocm5.7")).fired_ids
    inside = evaluate(_derive(rocm__version="6.3.1", torch__build="rocm6.2")).fired_ids
    assert "rocm-userspace-mismatch" in outside
    assert "rocm-userspace-mismatch" not in inside


def test_laptop_workstation_and_codename_names_give_their_target():
    assert (T.gfx_for_name("RX 7600S"), T.gfx_for_name("Radeon Pro W7600"), T.gfx_for_name("Navi 33")) == ("gfx1102",) * 3
    assert (T.gfx_for_name("Navi 22"), T.gfx_for_name("RX 5600M"), T.gfx_for_name("Radeon 8060S")) == ("gfx1031", "gfx1010", "gfx1151")
