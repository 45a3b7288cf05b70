"""CUDA's real compatibility rules (compat.py) with real driver/GPU/wheel combinations."""
from __future__ import annotations

import pytest
from packaging.version import Version

from gpufix.knowledge import compat, tables
from gpufix.knowledge import versions as V
from gpufix.knowledge.machine import Driver, Gpu, lookup_cc


def runs(cuda, os_name, version=None, cuda_of_driver=None, full=False):
    drv = Driver(version=version, cuda=cuda_of_driver or (tables.driver_branch(version).cuda if version else None),
                 cuda_source="driver.cuda" if cuda_of_driver else "driver.version")
    return compat.driver_runs(cuda, os_name, drv, full=full).ok


# --- driver vs CUDA --------------------------------------------------------------------------

@pytest.mark.parametrize("cuda, os_name, driver, want", [
    ("12.8", "linux", "535.104.05", True),    # minor-version compatibility: 12.x on >= 525.60.13
    ("12.9", "linux", "525.60.13", True),     # exactly the family minimum
    ("12.1", "linux", "525.53", False),       # R525 beta below the 12.x minimum
    ("12.1", "linux", "470.86", False),       # driver 470 = CUDA 11.4 cannot run cu121
    ("11.8", "linux", "470.86", True),        # ...but runs cu118 (11.x minimum 450.80.02)
    ("11.8", "linux", "450.57", False),       # below 450.80.02
    ("11.0", "linux", "450.57", True),        # CUDA 11.0 itself only needs its Table-3 driver 450.51.05
    ("13.0", "linux", "550.54.14", False),    # 550 (CUDA 12.4) cannot run cu130
    ("13.0", "linux", "580.65.06", True),
    ("13.2", "linux", "580.65.06", True),     # 13.x family >= 580
    ("13.0", "windows", "581.57", True),
    ("12.6", "windows", "527.41", True),
    ("12.6", "windows", "526.98", False),
    ("10.2", "linux", "418.39", False),       # CUDA 10.x: no minor-version compatibility
    ("10.2", "linux", "440.33", True),
    ("9.2", "windows", "397.44", True),
])
def test_driver_runs_wheel_from_driver_version(cuda, os_name, driver, want):
    assert runs(cuda, os_name, version=driver) is want


@pytest.mark.parametrize("cuda, driver_cuda, want", [
    ("12.1", "11.4", False),   # 'found version 11040' with a cu121 wheel
    ("11.8", "11.4", True),
    ("12.8", "12.2", True),    # same major: minor-version compatibility
    ("13.0", "12.4", False),
    ("12.8", "13.0", True),    # newer major driver runs older major code
    ("10.2", "10.1", False),
    ("11.3", "11.0", None),    # some R450 drivers predate the 11.x minimum: cannot tell
])
def test_driver_runs_wheel_from_driver_cuda(cuda, driver_cuda, want):
    assert runs(cuda, "linux", cuda_of_driver=driver_cuda) is want


def test_ptx_needs_the_table3_driver_not_the_family_minimum():
    assert runs("12.8", "linux", version="535.104.05") is True
    assert runs("12.8", "linux", version="535.104.05", full=True) is False
    assert runs("12.8", "linux", version="570.26", full=True) is True
    assert compat.driver_full_for("13.2", "linux").driver == "595.45.04"
    assert compat.driver_full_for("13.2", "windows").driver == "595"  # N/A on Windows: branch R595


def test_versions_compare_as_versions_not_floats():
    assert V.major_minor("12.10") > V.major_minor("12.9")
    assert runs("12.9", "linux", cuda_of_driver="12.10", full=True) is True
    assert Version("535.104.05") > Version("535.54.03")
    assert V.cuda_variant("12.10") == "cu1210" and V.variant_cuda("cu126") == "12.6"
    assert V.variant_cuda("cu92") == "9.2" and V.variant_cuda("cu110") == "11.0"


@pytest.mark.parametrize("found, cuda", [("11040", "11.4"), ("12040", "12.4"), ("10020", "10.2"), ("x", None)])
def test_found_version_encoding(found, cuda):
    assert V.found_version_cuda(found) == cuda


@pytest.mark.parametrize("driver, cuda", [("470.86", "11.4"), ("535.104.05", "12.2"), ("560.94", "12.6"),
                                          ("565.57.01", "12.7"), ("591.59", "13.1"), ("551.61", "12.4"),
                                          ("610.43.02", "13.3")])
def test_driver_branch_to_cuda(driver, cuda):
    assert tables.driver_branch(driver).cuda == cuda


# --- GPU vs arch list ----------------------------------------------------------------------------

def arch(torch_version, variant):
    return compat.table_arch_list(torch_version, variant)[0]


@pytest.mark.parametrize("cc, arch_list, want", [
    ("6.1", arch("2.8.0", "cu128"), None),               # GTX 1080 Ti on 2.8 cu128: unsupported
    ("6.1", arch("2.8.0", "cu126"), ("cubin", "sm_60")),  # cu126 has sm_60: same major, 0 <= 1
    ("12.0", arch("2.6.0", "cu124"), None),              # RTX 5090 on 2.6 cu124
    ("12.0", arch("2.7.1", "cu128"), ("cubin", "sm_120")),
    ("8.0", ["sm_80", "compute_90"], ("cubin", "sm_80")),  # A100
    ("9.0", ["sm_80", "compute_90"], ("ptx", "compute_90")),  # H100 through PTX JIT
    ("8.6", ["sm_90", "compute_90"], None),              # PTX 9.0 cannot JIT on 8.6
    ("8.6", ["sm_80"], ("cubin", "sm_80")),              # RTX 3060 on an sm_80-only list
    ("8.9", arch("2.13.0", "cu126"), ("cubin", "sm_86")),  # Ada runs the sm_86 cubin
    ("7.5", ["sm_70", "sm_75"], ("cubin", "sm_75")),     # the closest cubin is chosen
    ("9.0", ["sm_90a"], ("cubin", "sm_90a")),
    ("10.0", ["sm_90a", "compute_90a"], None),           # arch-specific code runs on 9.0 only
    ("12.1", arch("2.13.0", "cu132"), ("cubin", "sm_120")),  # GB10 runs sm_120 cubins
    ("11.0", ["sm_100", "sm_120", "compute_120"], None),     # Thor: no major-11 cubin, PTX 12.0 too new
    ("3.7", arch("2.13.0", "cu126"), None),              # K80 long gone
])
def test_coverage(cc, arch_list, want):
    assert compat.coverage(cc, arch_list) == want


def test_arch_check_lists_the_uncovered_gpus():
    gpus = [Gpu("NVIDIA GeForce RTX 4090", "8.9", "t"), Gpu("NVIDIA GeForce GTX 1080 Ti", "6.1", "t")]
    check = compat.arch_check(gpus, arch("2.8.0", "cu128"))
    assert not check.supported
    assert [g.label() for g in check.unsupported] == ["NVIDIA GeForce GTX 1080 Ti (sm_61)"]
    assert compat.arch_check([Gpu("x", None, "")], ["sm_80"]) is None


@pytest.mark.parametrize("name, cc", [
    ("NVIDIA GeForce GTX 1080 Ti", "6.1"), ("NVIDIA GeForce RTX 5090", "12.0"), ("NVIDIA GeForce RTX 5070 Laptop GPU", "12.0"),
    ("NVIDIA A100-SXM4-80GB", "8.0"), ("NVIDIA H100 80GB HBM3", "9.0"), ("Tesla T4", "7.5"), ("Tesla V100-SXM2-16GB", "7.0"),
    ("Tesla V100S-PCIE-32GB", "7.0"),
    ("NVIDIA RTX 6000 Ada Generation", "8.9"), ("Quadro RTX 6000", "7.5"), ("NVIDIA RTX PRO 6000 Blackwell Workstation Edition", "12.0"),
    ("NVIDIA GeForce RTX 3060 Laptop GPU", "8.6"), ("NVIDIA GeForce RTX 4090", "8.9"), ("NVIDIA L4", "8.9"),
    ("NVIDIA GeForce GTX 1650", "7.5"), ("NVIDIA TITAN Xp", "6.1"), ("NVIDIA GeForce GTX TITAN X", "5.2"),
    ("NVIDIA TITAN X (Pascal)", "6.1"), ("Tesla P100-PCIE-16GB", "6.0"), ("Tesla K80", "3.7"), ("NVIDIA GB10", "12.1"),
    ("NVIDIA RTX A6000", "8.6"), ("NVIDIA A10", "8.6"), ("NVIDIA GeForce GTX 960M", "5.0"), ("NVIDIA GeForce GTX 980", "5.2"),
    # a generation said as a series (gpufix.probes.prose): "50系显卡", "RTX 30 series"
    ("NVIDIA GeForce RTX 50 series", "12.0"), ("NVIDIA GeForce RTX 40 series", "8.9"), ("NVIDIA GeForce RTX 30 series", "8.6"),
    ("NVIDIA GeForce RTX 20 series", "7.5"), ("NVIDIA GeForce GTX 16 series", "7.5"), ("NVIDIA GeForce GTX 10 series", "6.1"),
    # Kepler Quadro, Maxwell and Kepler notebook parts, Fermi desktop parts, Jetson TX1 (the 2017 NVIDIA table)
    ("Quadro K4000", "3.0"), ("Quadro K2000D", "3.0"), ("Quadro K2200", "5.0"), ("Quadro K5200", "3.5"),
    ("Quadro K2100M", "3.0"), ("NVIDIA GeForce 930M", "5.0"), ("NVIDIA GeForce 920M", "3.5"),
    ("NVIDIA GeForce GT 650M", "3.0"), ("NVIDIA GeForce GTX 580", "2.0"), ("NVIDIA GeForce GT 620", "2.1"),
    ("NVIDIA Jetson TX1", "5.3"), ("NVIDIA Jetson TX2", "6.2"),
])
def test_gpu_name_to_compute_capability(name, cc):
    assert lookup_cc(name)[0] == cc


def test_a10g_and_h20_have_observed_capabilities():
    assert lookup_cc("NVIDIA A10G")[0] == "8.6" and lookup_cc("NVIDIA H20")[0] == "9.0"


def test_a800_is_the_a100_chip():
    # session 31: hardware notes print "NVIDIA A800-SXM4-80GB, compute capability 8.0" (rules/knowledge/gpus.yaml obs_a800)
    assert lookup_cc("NVIDIA A800-SXM4-80GB")[0] == "8.0" and lookup_cc("NVIDIA A800 80GB PCIe")[0] == "8.0"


@pytest.mark.parametrize("name", ["NVIDIA H800", "Intel(R) UHD Graphics", ""])
def test_unknown_gpu_names_stay_unknown(name):
    assert lookup_cc(name) is None


# --- the compat.* facts ----------------------------------------------------------------------------

def test_driver_535_with_cu128_wheel_is_healthy(mk):
    out = mk.derive(os__name="linux", driver__version="535.104.05", driver__cuda="12.2",
                    torch__version="2.8.0", torch__cuda="12.8", torch__build="cu128")
    assert out["compat.driver_supports_torch"] is True
    assert out["compat.driver_cuda_major_ok"] is True
    assert out["compat.driver_min_for_torch"] == "525.60.13"
    assert out["compat.driver_min_full_for_torch"] == "570.26"
    assert out["compat.driver_full_for_torch_ok"] is False
    # the recommended release is 2.13, whose cu130 needs 580; of torch 2.8's own variants cu128
    # is the newest stable one (cu129 is experimental there)
    assert out["compat.newest_build_for_driver"] == "cu126"
    assert out["compat.newest_build_for_driver_installed_release"] == "cu128"


def test_driver_470_with_cu121_is_too_old(mk):
    out = mk.derive(os__name="linux", driver__version="470.86", driver__cuda="11.4",
                    torch__version_full="2.1.0+cu121", torch__cuda="12.1")
    assert out["compat.driver_supports_torch"] is False
    assert out["compat.driver_cuda_major_ok"] is False
    assert out["recommend.torch"] == "2.7.1"  # the last release with an 11.x wheel
    assert out["compat.newest_build_for_driver"] == "cu118"
    assert out["compat.newest_build_for_driver_installed_release"] == "cu118"  # torch 2.1.0+cu118


def test_driver_550_cannot_run_cu130(mk):
    out = mk.derive(os__name="linux", driver__version="550.54.14", torch__version="2.13.0",
                    torch__build="cu130")
    assert out["compat.driver_cuda"] == "12.4"  # from the driver's branch
    assert out["compat.driver_supports_torch"] is False
    assert out["compat.driver_cuda_major_ok"] is False
    assert out["compat.driver_min_for_torch"] == "580"
    assert out["compat.newest_build_for_driver"] == "cu126"


@pytest.mark.parametrize("driver, gpu, want_torch, want", [
    # regression: without torch the fact used to walk the newest release alone (cu126 for a 570 driver
    # whatever the GPU, an experimental variant for 580/610) and disagree with the recommender
    ("570.124.04", None, "2.14.1", "cu126"),                         # cu130/cu132 need 580; 2.15 has no cu126
    ("570.124.04", "NVIDIA GeForce RTX 5090 D", "2.11.0", "cu128"),  # 2.12+ cu126 lacks sm_120
    ("580.65.06", None, "2.15.0", "cu132"),                          # 2.15's PyPI default; 13.x minor compat
    ("610.43.02", "NVIDIA B200", "2.15.0", "cu132"),
    ("535.104.05", "NVIDIA GeForce GTX 1080 Ti", "2.14.1", "cu126"),
    ("580.65.06", "NVIDIA GeForce GTX 1080 Ti", "2.14.1", "cu126"),  # cu130/cu132 start at sm_75
])
def test_newest_build_for_driver_agrees_with_the_recommender(mk, driver, gpu, want_torch, want):
    kw = {"gpu__name": [gpu]} if gpu else {}
    out = mk.derive(os__name="linux", driver__version=driver, **kw)
    assert out["recommend.torch"] == want_torch
    assert out["compat.newest_build_for_driver"] == want
    assert "compat.newest_build_for_driver_installed_release" not in out  # no torch installed


def test_newest_build_of_the_installed_release_prefers_stable_and_covers_the_gpu(mk):
    base = dict(os__name="linux", driver__version="535.104.12", torch__version_full="2.0.1+cu117")
    # torch 2.0: cu117 (the PyPI default) and the experimental cu118
    assert mk.derive(**base)["compat.newest_build_for_driver_installed_release"] == "cu117"
    # ...but cu117's arch list stops at sm_86: for an H100 only cu118 has sm_90
    h100 = mk.derive(gpu__name=["NVIDIA H100 PCIe"], **base)
    assert h100["compat.newest_build_for_driver_installed_release"] == "cu118"
    assert h100["compat.newest_build_for_driver"] == h100["recommend.build"] == "cu126"


def test_no_newest_build_without_a_driver_or_a_recommendation(mk):
    out = mk.derive("driver.version", os__name="linux", gpu__name=["NVIDIA GeForce RTX 4090"],
                    torch__version="2.4.1")
    assert out["recommend.build"] == "cu132"  # the newest release's build (2.15: cu130/cu132 alike need 580)
    assert "compat.newest_build_for_driver" not in out
    assert "compat.newest_build_for_driver_installed_release" not in out


def test_log_only_found_version(mk):
    """A pasted error: only 'found version 11040' and the torch version are known."""
    out = mk.derive(match__found_version="11040", torch__version_full="2.1.0+cu121")
    assert out["compat.driver_cuda"] == "11.4"
    assert out["compat.driver_supports_torch"] is False
    assert "compat.driver_min_for_torch" not in out  # the OS is not known


def test_found_version_read_from_log_text_too(mk):
    text = "UserWarning: CUDA initialization: The NVIDIA driver on your system is too old (found version 11040)."
    out = mk.derive(log__text=text, torch__version_full="2.1.0+cu121")
    assert out["compat.driver_cuda"] == "11.4"


def test_driver_cuda_prefers_the_drivers_own_report_to_the_branch_table(mk):
    """nvidia-smi's "CUDA Version" first; without it the driver's own "found version" beats the
    branch table's guess from driver.version."""
    text = "UserWarning: CUDA initialization: The NVIDIA driver on your system is too old (found version 11040)."
    facts = dict(os__name="linux", driver__version="470.182.03", torch__version_full="2.1.0+cu121")
    from gpufix.knowledge import derive_facts
    got = {f.name: f for f in derive_facts(mk(match__found_version="11040", **facts))}
    assert got["compat.driver_cuda"].value == "11.4"
    assert "found version" in got["compat.driver_cuda"].evidence
    got = {f.name: f for f in derive_facts(mk(log__text=text, **facts))}
    assert "found version" in got["compat.driver_cuda"].evidence
    got = {f.name: f for f in derive_facts(mk(**facts))}
    assert got["compat.driver_cuda"].value == "11.4" and "branch" in got["compat.driver_cuda"].evidence
    got = {f.name: f for f in derive_facts(mk(driver__cuda="11.4", match__found_version="11020", **facts))}
    assert got["compat.driver_cuda"].value == "11.4" and "nvidia-smi" in got["compat.driver_cuda"].evidence


def test_wsl_uses_the_windows_host_driver_minimum(mk):
    base = dict(os__name="linux", driver__version="526.98", torch__version="2.1.0", torch__cuda="12.1")
    assert mk.derive(**base)["compat.driver_supports_torch"] is True
    assert mk.derive(os__wsl=True, **base)["compat.driver_supports_torch"] is False


def test_arch_from_the_table_when_torch_cannot_say(mk):
    out = mk.derive(gpu__name=["NVIDIA GeForce GTX 1080 Ti"], torch__version_full="2.8.0+cu128")
    assert out["compat.gpu_sm"] == ["sm_61"]
    assert out["compat.arch_list"][0] == "sm_70"
    assert out["compat.gpu_arch_supported"] is False
    assert out["compat.unsupported_gpus"] == ["NVIDIA GeForce GTX 1080 Ti (sm_61)"]
    ok_ = mk.derive(gpu__name=["NVIDIA GeForce GTX 1080 Ti"], torch__version_full="2.8.0+cu126")
    assert ok_["compat.gpu_arch_supported"] is True and ok_["compat.unsupported_gpus"] == []


def test_arch_from_every_build_the_known_parts_allow(mk):
    # Only "torch 2.5.1" (no +cuXXX): no 2.5 wheel has sm_120, so an RTX 5090 is not covered whichever it is,
    # and the first build that covers it is named.
    from gpufix.knowledge import derive_facts
    got = {f.name: f for f in derive_facts(mk(gpu__name=["NVIDIA GeForce RTX 5090"], torch__version="2.5.1"))}
    out = {k: f.value for k, f in got.items()}
    assert out["compat.gpu_arch_supported"] is False
    assert "installed build itself is not known" in got["compat.gpu_arch_supported"].evidence
    assert V.parse(out["compat.gpu_first_torch"]) >= V.parse("2.7")
    # Only torch's CUDA (12.1): no cu121 wheel of any release has sm_120.
    assert mk.derive(gpu__name=["NVIDIA GeForce RTX 5090"], torch__cuda="12.1")["compat.gpu_arch_supported"] is False
    # Nothing about torch: a GT 710 (sm_35) is below every official build since 1.7 (sm_37 the oldest) ...
    assert mk.derive(gpu__name=["GeForce GT 710"])["compat.gpu_arch_supported"] is False
    # ... but an RTX 3090 fits some build, so nothing is concluded ("supported" is never guessed).
    for partial in (dict(), dict(torch__version="2.5.1"), dict(torch__cuda="11.0")):
        assert "compat.gpu_arch_supported" not in mk.derive(gpu__name=["NVIDIA GeForce RTX 3090"], **partial)
    # A version older than the table, or a CPU build, gives nothing.
    assert "compat.gpu_arch_supported" not in mk.derive(gpu__name=["GeForce GT 710"], torch__version="1.2.0")
    assert "compat.gpu_arch_supported" not in mk.derive(gpu__name=["GeForce GT 710"], torch__version_full="2.4.1+cpu")


def test_driver_verdict_from_every_cuda_build_of_the_release(mk):
    # "torch 2.8.0" without +cuXXX and nvidia-smi's CUDA 11.4: no 2.8 CUDA build (cu126 and newer) runs on it.
    out = mk.derive(os__name="linux", driver__cuda="11.4", torch__version="2.8.0")
    assert out["compat.driver_supports_torch"] is False
    assert out["compat.driver_min_for_torch"] == "525.60.13"
    # torch 2.3 had a cu118 build, which a 470 driver runs: nothing is concluded.
    assert "compat.driver_supports_torch" not in mk.derive(os__name="linux", driver__version="470.182.03",
                                                           torch__version="2.3.0")


def test_plain_pypi_wheel_on_linux_is_its_pypi_variant(mk):
    # "2.3.1" as printed (no +cuXXX) on Linux with CUDA not available: the plain PyPI wheel, cu121, which a
    # CUDA 11.4 driver cannot run (the release's cu118 build, which it could, is not what pip gave).
    base = dict(os__name="linux", driver__version="470.182.03", torch__version="2.3.1", torch__version_full="2.3.1")
    out = mk.derive(torch__cuda_available=False, **base)
    assert out["compat.driver_supports_torch"] is False
    assert out["compat.driver_min_for_torch"] == "525.60.13"
    # Not concluded: CUDA not said to fail, Windows (PyPI's wheel is CPU there), conda's pytorch, a
    # download.pytorch.org index, a suffix printed.
    assert "compat.driver_supports_torch" not in mk.derive(**base)
    assert "compat.driver_supports_torch" not in mk.derive(torch__cuda_available=False, **{**base, "os__name": "windows"})
    assert "compat.driver_supports_torch" not in mk.derive(torch__cuda_available=False, torch__installer="conda", **base)
    assert "compat.driver_supports_torch" not in mk.derive(
        torch__cuda_available=False, pip__index_url="https://download.pytorch.org/whl/cu118", **base)
    assert mk.derive(torch__cuda_available=False, **{**base, "torch__version_full": "2.3.1+cu118"}).get(
        "compat.driver_supports_torch") is not False


def test_plain_pypi_row_narrows_the_candidate_arch_lists():
    # "torch  2.7.1" in a pip list on Linux: the PyPI wheel, cu126, has no sm_120 (the release's cu128 build would);
    # "torch  2.8.0": cu128, no sm_61. A version said in a sentence, a suffix, Windows or conda conclude nothing.
    from gpufix.facts import FactBase, ok
    from gpufix.knowledge import derive_facts

    def derive(version, gpu, line=None, **kw):
        fb = FactBase()
        line = line if line is not None else f"torch                     {version}"
        fb.add(ok("torch.version", version.split("+")[0], "test", line))
        fb.add(ok("torch.version_full", version, "test", line))
        fb.add(ok("gpu.name", [gpu], "test"))
        for k, v in {"os__name": "linux", **kw}.items():
            fb.add(ok(k.replace("__", "."), v, "test"))
        return {f.name: f.value for f in derive_facts(fb)}

    assert derive("2.7.1", "NVIDIA GeForce RTX 5090")["compat.gpu_arch_supported"] is False
    assert derive("2.8.0", "NVIDIA GeForce GTX 1080 Ti")["compat.gpu_arch_supported"] is False
    assert "compat.gpu_arch_supported" not in derive("2.7.1", "NVIDIA GeForce GTX 1080 Ti")
    assert "compat.gpu_arch_supported" not in derive("2.7.1", "NVIDIA GeForce RTX 5090", line="PyTorch is 2.7.1")
    assert "compat.gpu_arch_supported" not in derive("2.7.1", "NVIDIA GeForce RTX 5090", os__name="windows")
    assert "compat.gpu_arch_supported" not in derive("2.7.1", "NVIDIA GeForce RTX 5090", torch__installer="conda")
    assert derive("2.7.1+cu128", "NVIDIA GeForce RTX 5090")["compat.gpu_arch_supported"] is True


def test_conda_cudatoolkit_beside_pytorch_narrows_the_candidate_arch_lists():
    # "pytorch==1.7.0 cudatoolkit=10.1 -c pytorch" on an RTX 3090: the conda build is cu101, no sm_8x. The same toolkit
    # beside a torch whose cu110 build covers the GPU, on a line without pytorch, or beside a torch 2.x concludes nothing.
    from gpufix.facts import FactBase, ok
    from gpufix.knowledge import derive_facts

    def derive(version, toolkit, gpu="NVIDIA GeForce RTX 3090", line=None, name="pkg.cudatoolkit"):
        fb = FactBase()
        line = line if line is not None else f"pytorch==({version}) cudatoolkit={toolkit} torchvision -c pytorch"
        fb.add(ok("torch.version", version, "test", line))
        fb.add(ok("torch.version_full", version, "test", line))
        fb.add(ok(name, toolkit, "test", line))
        fb.add(ok("gpu.name", [gpu], "test"))
        return {f.name: f.value for f in derive_facts(fb)}

    assert derive("1.7.0", "10.1")["compat.gpu_arch_supported"] is False
    assert derive("1.8.0", "10.2", gpu="NVIDIA GeForce RTX 3060")["compat.gpu_arch_supported"] is False
    assert "compat.gpu_arch_supported" not in derive("1.7.1", "11.0")
    assert "compat.gpu_arch_supported" not in derive("1.7.0", "10.1", line="cudatoolkit 10.1 is installed")
    assert "compat.gpu_arch_supported" not in derive("2.1.0", "10.2")


def test_arch_from_torch_probe_and_ptx_flag(mk):
    out = mk.derive(gpu__compute_capability=["9.0"], torch__cuda="12.1",
                    torch__arch_list=["sm_80", "compute_80"])
    assert out["compat.gpu_arch_supported"] is True
    assert out["compat.gpu_needs_ptx"] is True


def test_cpu_torch_has_no_arch_or_driver_verdict(mk):
    out = mk.derive(os__name="linux", driver__version="535.104.05",
                    gpu__compute_capability=["8.6"], torch__version_full="2.4.1+cpu")
    assert "compat.gpu_arch_supported" not in out
    assert "compat.driver_supports_torch" not in out
    # ...but the CUDA builds this driver runs are known: of the recommended 2.13 (an RTX 30xx-class
    # sm_86 GPU) and of the installed 2.4, whose newest variant cu124 is experimental, so cu121
    assert out["compat.newest_build_for_driver"] == "cu126"
    assert out["compat.newest_build_for_driver_installed_release"] == "cu121"


@pytest.mark.parametrize("torch_full, tv_full, want", [
    ("2.4.1+cu121", "0.19.1+cu121", True),
    ("2.4.1+cu121", "0.19.1+cpu", False),      # +cu121 torch with a CPU torchvision
    ("2.4.1+cu121", "0.19.1+cu118", False),    # CUDA 12 vs 11
    ("2.4.1+cu121", "0.19.1+cu124", True),     # same CUDA major
    ("2.4.1+cu121", "0.18.0+cu121", False),    # torchvision of torch 2.3
    ("2.4.1", "0.19.0", True),                 # same release, other patch: pairs by minor
])
def test_torchvision_pairing(torch_full, tv_full, want, mk):
    out = mk.derive(torch__version_full=torch_full, torchvision__version_full=tv_full)
    assert out["compat.torchvision_expected"] == "0.19.1"
    assert out["compat.torchvision_matches"] is want


def test_torchaudio_in_maintenance(mk):
    out = mk.derive(torch__version="2.13.0", torchaudio__version="2.11.0")
    assert out["compat.torchaudio_expected"] == "2.11.0" and out["compat.torchaudio_matches"] is True
    old = mk.derive(torch__version="2.13.0", torchaudio__version="2.10.0")
    assert old["compat.torchaudio_matches"] is False


@pytest.mark.parametrize("torch_v, numpy_v, want", [("2.2.2", "2.1.0", False), ("2.2.2", "1.26.4", True),
                                                    ("2.4.1", "2.1.0", True), ("1.13.1", "2.0.0", False)])
def test_numpy_abi(torch_v, numpy_v, want, mk):
    out = mk.derive(torch__version=torch_v, numpy__version=numpy_v)
    assert out["compat.numpy_abi_ok"] is want


def test_numpy_abi_not_vouched_for_windows_torch_2_3(mk):
    out = mk.derive(os__name="windows", torch__version="2.3.1", numpy__version="2.0.0")
    assert out["compat.numpy_abi_major"] == 2 and "compat.numpy_abi_ok" not in out


@pytest.mark.parametrize("torch_v, py, want", [("2.13.0", "3.15.0", False), ("2.13.0", "3.14.2", True),
                                               ("2.5.1", "3.13.1", True), ("2.5.1", "3.8.10", False),
                                               ("1.13.1", "3.7.1", False), ("1.8.2", "3.9.1", False)])
def test_python_supported(torch_v, py, want, mk):
    assert mk.derive(torch__version=torch_v, python__version=py)["compat.python_supported"] is want


@pytest.mark.parametrize("py, want", [("3.10.9", "310"), ("3.5.2", "35"), ("3.8", "38"), ("2.7.18", "27"),
                                      ("3.11.0a6", "311")])
def test_python_tag(py, want, mk):
    # the digits of an extension module's cpython-XY / cpXY tag for this interpreter (extension-built-for-other-python)
    assert mk.derive(python__version=py)["compat.python_tag"] == want


def test_python_tag_needs_a_python_version(mk):
    assert "compat.python_tag" not in mk.derive(torch__version="2.5.1")


@pytest.mark.parametrize("os_name, url, kind, want", [
    ("windows", "https://pypi.org/simple", "pypi", False),
    ("linux", "https://pypi.org/simple", "pypi", True),
    ("windows", "https://pypi.tuna.tsinghua.edu.cn/simple", "pypi-mirror", False),
    ("linux", "https://pypi.tuna.tsinghua.edu.cn/simple", "pypi-mirror", True),
    ("macos", "https://mirrors.aliyun.com/pypi/simple/", "pypi-mirror", False),
    ("windows", "https://download.pytorch.org/whl/cu126", "pytorch", True),
    ("windows", "https://download.pytorch.org/whl/cpu", "pytorch", False),
    ("windows", "https://mirrors.aliyun.com/pytorch-wheels/cu128", "pytorch-mirror", True),
    ("linux", "https://artifactory.example.com/api/pypi/simple", "other", None),
])
def test_index_has_cuda_wheels(os_name, url, kind, want, mk):
    out = mk.derive(os__name=os_name, os__arch="x86_64", pip__index_url=url)
    assert out["compat.index_kind"] == kind
    assert out.get("compat.index_has_cuda_wheels") is want


def test_extra_index_with_cuda_wheels_counts(mk):
    out = mk.derive(os__name="windows", pip__index_url="https://pypi.org/simple",
                    pip__extra_index_urls=["https://download.pytorch.org/whl/cu121"])
    assert out["compat.index_has_cuda_wheels"] is True


# --- torch.build / torch.cuda from the version suffix; nvcc vs torch -------------------------------

def test_torch_build_and_cuda_from_the_version_suffix(mk):
    """A log that prints only "2.4.0+cu121": the suffix says the build and its CUDA."""
    from gpufix.knowledge import derive_facts

    got = {f.name: f for f in derive_facts(mk(torch__version_full="2.4.0+cu121"))}
    assert got["torch.build"].value == "cu121" and got["torch.cuda"].value == "12.1"
    assert got["torch.cuda"].origin == "derived" and "2.4.0+cu121" in got["torch.cuda"].evidence
    cpu = {f.name: f for f in derive_facts(mk(torch__version_full="2.4.0+cpu"))}
    assert cpu["torch.build"].value == "cpu" and cpu["torch.cuda"].status == "absent"


@pytest.mark.parametrize("given, absent_names", [
    (dict(torch__version_full="2.4.0+cu121", torch__build="cu121", torch__cuda="12.1"), ()),  # probed: kept
    (dict(torch__version_full="2.4.0+cpu"), ("torch.cuda", "torch.build")),  # a probe's "absent" stays
    (dict(torch__version_full="2.4.0+cu121", torch__build="cu118"), ()),    # contradiction: no guess
    (dict(torch__version_full="2.4.0+cu121", torch__cuda="11.8"), ()),
    (dict(torch__version_full="2.4.0"), ()),                                # no suffix, nothing to read
])
def test_torch_facts_never_override_stated_ones(mk, given, absent_names):
    out = mk.derive(*absent_names, **given)
    assert "torch.build" not in out and "torch.cuda" not in out


def test_a_probe_that_could_not_tell_is_filled_in(mk):
    from gpufix.facts import unknown
    from gpufix.knowledge import derive_facts

    fb = mk(torch__version_full="2.1.0+cu118")
    fb.add(unknown("torch.cuda", "torch", "timed out"))
    assert {f.name: f.value for f in derive_facts(fb)}["torch.cuda"] == "11.8"


@pytest.mark.parametrize("nvcc, torch_cuda, same, same_major", [
    ("12.1.105", "12.1", True, True),    # patch level does not matter
    ("12.4.131", "12.1", False, True),   # a newer minor of the same major
    ("11.6.124", "12.1", False, False),
    ("13.0.48", "12.8", False, False),
    ("12.10", "12.1", False, True),      # versions, not floats
])
def test_nvcc_against_torch_cuda(mk, nvcc, torch_cuda, same, same_major):
    out = mk.derive(nvcc__version=nvcc, torch__cuda=torch_cuda)
    assert out["compat.nvcc_matches_torch"] is same
    assert out["compat.nvcc_major_matches_torch"] is same_major


def test_nvcc_facts_need_a_cuda_torch(mk):
    assert "compat.nvcc_matches_torch" not in mk.derive(nvcc__version="12.4.131", torch__version_full="2.4.0+cpu")
    assert "compat.nvcc_matches_torch" not in mk.derive(torch__cuda="12.1")
    # the suffix alone is enough for torch's CUDA
    assert mk.derive(nvcc__version="12.1.66", torch__version_full="2.1.0+cu121")["compat.nvcc_matches_torch"] is True


@pytest.mark.parametrize("nvcc, driver_cuda, newer", [
    ("11.8.89", "11.2", True),     # madrylab/trak#68: nvcc 11.8 next to driver 460
    ("12.2.140", "12.2", False),   # patch level does not matter
    ("12.10", "12.9", True),       # versions, not floats
    ("11.8.89", "12.4", False),
])
def test_nvcc_against_the_drivers_cuda(mk, nvcc, driver_cuda, newer):
    assert mk.derive(nvcc__version=nvcc, driver__cuda=driver_cuda)["compat.nvcc_newer_than_driver"] is newer


def test_nvcc_against_driver_needs_both(mk):
    assert "compat.nvcc_newer_than_driver" not in mk.derive(nvcc__version="12.4.131")
    assert "compat.nvcc_newer_than_driver" not in mk.derive(driver__cuda="12.2")


def test_a_torch_older_than_the_arch_table_has_no_kernels_for_cc_8_or_newer(mk):
    # every official build before 1.7 was CUDA 10.x (arch_lists.yaml before_entries)
    out = mk.derive(torch__version_full="1.4.0", gpu__name=["NVIDIA GeForce RTX 3090"])
    assert out["compat.gpu_arch_supported"] is False
    assert out["compat.gpu_first_torch"] == "1.7.0"
    assert mk.derive(torch__version_full="1.4.0+cu101", gpu__name=["NVIDIA A100-SXM4-40GB"])["compat.gpu_arch_supported"] is False
    # an older GPU: those lists varied, nothing is concluded; a CPU build is another cause
    assert "compat.gpu_arch_supported" not in mk.derive(torch__version_full="1.4.0", gpu__name=["NVIDIA GeForce GTX 1080"])
    assert "compat.gpu_arch_supported" not in mk.derive(torch__version_full="1.4.0+cpu", gpu__name=["NVIDIA GeForce RTX 3090"])


def test_a_torch_0x_has_no_kernels_for_turing_or_newer(mk):
    # no torch 0.x build was CUDA 10 (arch_lists.yaml before_entries.earlier): an RTX 2080 Ti or a T4 on 0.4.1
    for torch, gpu in (("0.4.1", "NVIDIA GeForce RTX 2080 Ti"), ("0.3.0", "Tesla T4"), ("0.4.1", "NVIDIA GeForce RTX 3090")):
        out = mk.derive(torch__version_full=torch, gpu__name=[gpu])
        assert out["compat.gpu_arch_supported"] is False, (torch, gpu)
    # the table starts at 1.7, whose cu92 build runs Turing with sm_70 cubins: no "first build" is read for Turing
    assert "compat.gpu_first_torch" not in mk.derive(torch__version_full="0.4.1", gpu__name=["NVIDIA GeForce RTX 2080 Ti"])
    # Pascal and Volta were in those builds; the 1.0 preview (1.0.0.dev) had CUDA 10 nightlies; 1.0 itself had cu100
    for torch, gpu in (("0.4.1", "NVIDIA GeForce GTX 1080 Ti"), ("0.4.1", "Tesla V100-SXM2-16GB"),
                       ("1.0.0.dev20181002", "NVIDIA GeForce RTX 2080"), ("1.0.1", "NVIDIA GeForce RTX 2080")):
        assert "compat.gpu_arch_supported" not in mk.derive(torch__version_full=torch, gpu__name=[gpu]), (torch, gpu)


def test_a_build_cuda_the_table_never_lists_decides_by_the_same_steps(mk):
    # cu90 / cu100 builds are all older than the table (1.7): their CUDA alone decides (arch_lists.yaml before_entries)
    assert mk.derive(torch__cuda="9.0.176", gpu__name=["NVIDIA GeForce RTX 2080 Ti"])["compat.gpu_arch_supported"] is False
    assert mk.derive(torch__cuda="10.0.130", gpu__name=["NVIDIA GeForce RTX 3090"])["compat.gpu_arch_supported"] is False
    # cu92 is in the table (1.7+cu92, sm_70 cubins that Turing loads): the table's candidates decide, not this
    assert "compat.gpu_arch_supported" not in mk.derive(torch__cuda="9.2.148", gpu__name=["NVIDIA GeForce RTX 2080 Ti"])
    # an older GPU is in those builds
    assert "compat.gpu_arch_supported" not in mk.derive(torch__cuda="9.0.176", gpu__name=["NVIDIA GeForce GTX 1080 Ti"])
    # "torch-cu11.7" read as the variant "cu11" is no CUDA 1.1 (facebookresearch/dinov2#20, a healthy RTX 3060)
    assert "compat.gpu_arch_supported" not in mk.derive(torch__build="cu11", gpu__name=["NVIDIA GeForce RTX 3060"])


def test_torch_1_3_to_1_6_has_no_kernels_below_sm_37(mk):
    # torch 1.3 dropped CC 3.5 from its binaries (arch_lists.yaml before_entries oldest_sm): a K40m on 1.3-1.6
    for torch in ("1.3", "1.4.0", "1.6.0+cu101"):
        out = mk.derive(torch__version_full=torch, gpu__name=["Tesla K40m"])
        assert out["compat.gpu_arch_supported"] is False, torch
        assert "compat.gpu_first_torch" not in out  # too old, not too new: no "torch X or newer"
    # the K80 (3.7) is in those builds; torch 1.2 still had 3.5
    assert "compat.gpu_arch_supported" not in mk.derive(torch__version_full="1.4.0", gpu__name=["Tesla K80"])
    assert "compat.gpu_arch_supported" not in mk.derive(torch__version_full="1.2.0", gpu__name=["Tesla K40m"])


def test_torch_0_4_to_1_2_has_no_kernels_below_sm_35(mk):
    # torch 0.4-1.2's own _check_capability: "The minimum cuda capability that we support is 3.5" (arch_lists.yaml
    # before_entries oldest_earlier): a GTX 770 (3.0) or a GeForce 210 (1.2, pytorch#31876) has no kernels there
    for torch, gpu in (("1.2.0", "NVIDIA GeForce GTX 770"), ("1.0.1", "GeForce 210"), ("0.4.1", "GeForce GTX 680")):
        out = mk.derive(torch__version_full=torch, gpu__name=[gpu])
        assert out["compat.gpu_arch_supported"] is False, (torch, gpu)
        from gpufix.knowledge import derive_facts

        why = {f.name: f.evidence for f in derive_facts(mk(torch__version_full=torch, gpu__name=[gpu]))}
        assert "from 0.4 on have no kernels below sm_35" in why["compat.gpu_arch_supported"], torch
    # the K40m (3.5) is in those builds; a torch older than the step, or a 1.3+ step, decides nothing here
    assert "compat.gpu_arch_supported" not in mk.derive(torch__version_full="1.0.0", gpu__name=["Tesla K40m"])
    assert "compat.gpu_arch_supported" not in mk.derive(torch__version_full="0.3.1", gpu__name=["GeForce GTX 680"])


def test_a_gpu_newer_than_the_build_gets_the_first_release_variant_and_driver_for_it(mk):
    """Issue 10: the remedy for an unsupported GPU names the torch release and CUDA variant that
    support it and the driver it needs: an sm_120 card needs torch >= 2.7 with cu128, driver >= 570."""
    got = mk.derive(os__name="linux", torch__version="2.6.0", torch__version_full="2.6.0+cu126",
                    torch__build="cu126", torch__cuda="12.6", gpu__name=["NVIDIA GeForce RTX 5090"],
                    gpu__compute_capability=["12.0"])
    assert got["compat.gpu_arch_supported"] is False
    assert (got["compat.gpu_first_torch"], got["compat.gpu_first_build"]) == ("2.7.0", "cu128")
    assert Version(got["compat.gpu_driver_min"]) >= Version("570") and got["compat.gpu_driver_min"].startswith("570.")
    # Windows has its own Table-3 driver for CUDA 12.8.
    win = mk.derive(os__name="windows", torch__version="2.6.0", torch__version_full="2.6.0+cu126",
                    torch__build="cu126", torch__cuda="12.6", gpu__name=["NVIDIA GeForce RTX 5090"],
                    gpu__compute_capability=["12.0"])
    assert win["compat.gpu_driver_min"].startswith("57") and win["compat.gpu_driver_min"] != got["compat.gpu_driver_min"]


def test_a_gpu_too_old_for_the_build_gets_no_first_release(mk):
    """A GTX 1080 Ti (sm_61) on a cu128 build of 2.8: the oldest build covering it is years old and
    newer ones drop it, so "torch X or newer" would be wrong: nothing is said."""
    got = mk.derive(os__name="linux", torch__version="2.8.0", torch__version_full="2.8.0+cu128",
                    torch__build="cu128", torch__cuda="12.8", gpu__name=["NVIDIA GeForce GTX 1080 Ti"],
                    gpu__compute_capability=["6.1"])
    assert got["compat.gpu_arch_supported"] is False
    assert not {"compat.gpu_first_torch", "compat.gpu_first_build", "compat.gpu_driver_min"} & set(got)
