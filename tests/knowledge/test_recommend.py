"""The recommender on real machines (GPU, driver, OS, Python) and its commands."""
from __future__ import annotations

import pytest

from gpufix.knowledge import derive_facts, recommendation
from gpufix.knowledge.recommend import _torchaudio
from gpufix.knowledge import tables

LINUX_PY = "/home/u/venv/bin/python"
WIN_PY = r"C:\Users\u\venv\Scripts\python.exe"


def rec_for(mk, *absent_names, **kw):
    return recommendation(mk(*absent_names, **kw))


def assert_target_interpreter(rec, exe):
    assert rec.pip_command[:4] == [exe, "-m", "pip", "install"]
    assert rec.uv_command[:5] == ["uv", "pip", "install", "--python", exe]
    assert "pip" != rec.pip_command[0]


def test_gtx_1080_ti_driver_535_linux_gets_cu126(mk):
    rec = rec_for(mk, os__name="linux", os__arch="x86_64", python__version="3.11.9", python__executable=LINUX_PY,
                  gpu__name=["NVIDIA GeForce GTX 1080 Ti"], gpu__compute_capability=["6.1"],
                  driver__version="535.104.05", driver__cuda="12.2")
    assert (rec.kind, rec.torch, rec.build, rec.torchvision) == ("cuda", "2.14.1", "cu126", "0.29.1")
    assert rec.index_url == "https://download.pytorch.org/whl/cu126"
    assert rec.pip_command == [LINUX_PY, "-m", "pip", "install", "torch==2.14.1", "torchvision==0.29.1",
                               "torchaudio==2.11.0", "--index-url", "https://download.pytorch.org/whl/cu126"]
    assert_target_interpreter(rec, LINUX_PY)
    assert rec.driver_update is False and rec.driver_min == "525.60.13"
    # the reasoning names the GPU, the driver rule and why cu130 was skipped
    assert "sm_61" in rec.reason and "sm_60" in rec.reason and "525.60.13" in rec.reason
    assert "2.15.0+cu130: arch list" in rec.reason


def test_cuda_commands_replace_the_installed_build_and_exist_only_for_cuda(mk):
    """recommend.cuda_pip_command and the uninstall before it exist only when the recommendation is
    a CUDA build, so a "CPU-only torch" remedy can never install the CPU build again, nor uninstall
    with nothing to install after."""
    rec = rec_for(mk, os__name="linux", os__arch="x86_64", python__version="3.11.9", python__executable=LINUX_PY,
                  gpu__name=["NVIDIA GeForce GTX 1080 Ti"], gpu__compute_capability=["6.1"],
                  driver__version="535.104.05", driver__cuda="12.2")
    facts = {f.name: f.value for f in rec.facts()}
    assert facts["recommend.cuda_build"] == "cu126"
    assert facts["recommend.cuda_pip_command"] == rec.pip_command
    assert facts["recommend.cuda_uv_command"] == rec.uv_command
    assert facts["recommend.cuda_uninstall_command"] == [LINUX_PY, "-m", "pip", "uninstall", "-y", "torch",
                                                         "torchvision", "torchaudio"]
    cpu = rec_for(mk, "driver.version", os__name="linux", os__arch="x86_64", python__version="3.11.7",
                  python__executable="/tmp/dev/bin/python", gpu__count=0)
    names = {f.name for f in cpu.facts()}
    assert "recommend.pip_command" in names
    assert not names & {"recommend.cuda_build", "recommend.cuda_pip_command", "recommend.cuda_uv_command",
                        "recommend.cuda_uninstall_command"}


def test_rtx_4090_driver_560_windows(mk):
    rec = rec_for(mk, os__name="windows", os__arch="AMD64", python__version="3.12.4", python__executable=WIN_PY,
                  gpu__name=["NVIDIA GeForce RTX 4090"], driver__version="560.94")
    assert (rec.kind, rec.torch, rec.build) == ("cuda", "2.14.1", "cu126")
    # 2.15 has no cu126 (RFC #190385): its cu130/cu132 need a driver >= 580, so the update is suggested
    assert rec.driver_min == "580" and rec.driver_update is True
    assert_target_interpreter(rec, WIN_PY)
    assert rec.pip_command[-2:] == ["--index-url", "https://download.pytorch.org/whl/cu126"]
    assert "2.15.0+cu130: driver 560.94 < 580" in rec.reason


def test_rtx_5070_laptop_driver_570_needs_cu128_and_suggests_580(mk):
    rec = rec_for(mk, os__name="linux", os__arch="x86_64", python__version="3.12.1", python__executable=LINUX_PY,
                  gpu__name=["NVIDIA GeForce RTX 5070 Laptop GPU"], driver__version="570.133.07")
    assert (rec.torch, rec.build, rec.torchvision) == ("2.11.0", "cu128", "0.26.0")
    assert rec.torchaudio == "2.11.0"
    # 2.15's PyPI default is cu132: minor-version compatibility lets a 580 driver run it
    assert (rec.best_torch, rec.best_build, rec.driver_min, rec.driver_update) == ("2.15.0", "cu132", "580", True)
    assert "With a driver >= 580" in rec.reason


def test_rtx_5090_never_gets_a_pre_blackwell_build(mk):
    rec = rec_for(mk, os__name="linux", os__arch="x86_64", gpu__compute_capability=["12.0"], driver__version="566.03",
                  python__version="3.10.12", python__executable=LINUX_PY)
    assert (rec.torch, rec.build) == ("2.11.0", "cu128")
    assert not rec.build.startswith(("cu124", "cu126"))


def test_apple_m2_gets_the_pypi_wheel_with_mps(mk):
    exe = "/Users/u/.venv/bin/python"
    rec = rec_for(mk, os__name="macos", os__arch="arm64", python__version="3.12.1", python__executable=exe,
                  gpu__vendor="apple")
    assert (rec.kind, rec.build, rec.torch) == ("mps", "mps", "2.15.0")
    assert rec.index_url is None
    assert rec.pip_command == [exe, "-m", "pip", "install", "torch==2.15.0", "torchvision==0.29.2",
                               "torchaudio==2.11.0"]


@pytest.mark.parametrize("py, torch", [("3.11.5", "2.2.2"), ("3.8.10", "2.2.2")])
def test_intel_mac_stops_at_2_2(mk, py, torch):
    rec = rec_for(mk, os__name="macos", os__arch="x86_64", python__version=py, python__executable="/usr/local/bin/python3")
    assert (rec.kind, rec.torch, rec.torchvision) == ("cpu", torch, "0.17.2")
    assert "2.2" in rec.reason


def test_intel_mac_with_python_313_has_no_wheel(mk):
    rec = rec_for(mk, os__name="macos", os__arch="x86_64", python__version="3.13.0", python__executable="/x/python")
    assert rec.kind == "none" and rec.torch is None and rec.pip_command is None


def test_no_gpu_gets_the_cpu_index(mk):
    rec = rec_for(mk, "driver.version", os__name="linux", os__arch="x86_64", python__version="3.11.7",
                  python__executable="/tmp/dev/bin/python", gpu__count=0)
    assert (rec.kind, rec.build, rec.torch) == ("cpu", "cpu", "2.15.0")
    assert rec.pip_command[0] == "/tmp/dev/bin/python"
    assert rec.pip_command[-2:] == ["--index-url", "https://download.pytorch.org/whl/cpu"]


def test_t4_with_driver_470_gets_an_11x_build(mk):
    rec = rec_for(mk, os__name="linux", os__arch="x86_64", python__version="3.10.12", python__executable=LINUX_PY,
                  gpu__name=["Tesla T4"], driver__version="470.82.01", driver__cuda="11.4")
    assert rec.build == "cu118" and rec.torch == "2.7.1"
    assert "450.80.02" in rec.reason  # the 11.x minor-version minimum
    # Python 3.10: 2.14 is the last release with wheels for it (2.15 needs >= 3.11)
    assert (rec.best_torch, rec.best_build, rec.driver_min, rec.driver_update) == ("2.14.1", "cu126", "525.60.13", True)


def test_python_too_new_for_every_release(mk):
    rec = rec_for(mk, os__name="linux", os__arch="x86_64", python__version="3.16.0", python__executable=LINUX_PY,
                  gpu__count=0)
    assert rec.kind == "none" and "3.16.0" in rec.reason


def test_old_python_walks_back_to_the_last_release_for_it(mk):
    rec = rec_for(mk, os__name="linux", os__arch="x86_64", python__version="3.8.18", python__executable=LINUX_PY,
                  gpu__compute_capability=["8.6"], driver__version="535.104.05")
    assert (rec.torch, rec.build) == ("2.4.1", "cu121")  # 2.4 is the last with 3.8; cu121 is its PyPI build


def test_old_driver_walks_back_to_a_cuda_10_build(mk):
    rec = rec_for(mk, os__name="linux", os__arch="x86_64", python__version="3.8.18", python__executable=LINUX_PY,
                  gpu__name=["TITAN Xp"], driver__version="450.57")
    # 450.57 is below the 11.x minimum (450.80.02): only cu110 (1.7) and cu102 (<= 1.12) run; 1.12 is newer
    assert (rec.torch, rec.build) == ("1.12.1", "cu102")
    assert rec.pip_command[-2:] == ["--extra-index-url", "https://download.pytorch.org/whl/cu102"]
    assert "torch==1.12.1+cu102" in rec.pip_command


def test_find_links_era_command(mk):
    rec = rec_for(mk, os__name="linux", os__arch="x86_64", python__version="3.8.18", python__executable=LINUX_PY,
                  gpu__name=["Tesla V100-SXM2-16GB"], driver__version="418.67")
    assert (rec.torch, rec.build) == ("1.8.1", "cu101")
    assert rec.pip_command[-2:] == ["-f", "https://download.pytorch.org/whl/torch_stable.html"]
    assert "torch==1.8.1+cu101" in rec.pip_command


def test_china_mirror_variant(mk):
    tuna = "https://pypi.tuna.tsinghua.edu.cn/simple"
    rec = rec_for(mk, os__name="windows", os__arch="AMD64", python__version="3.11.9", python__executable=WIN_PY,
                  gpu__name=["NVIDIA GeForce RTX 3060"], driver__version="537.13", pip__mirror="tuna",
                  pip__index_url=tuna)
    assert rec.build == "cu126"
    # TUNA's own wheel path is weakly sourced: Aliyun's wheel mirror, with TUNA for the dependencies
    assert rec.mirror == "aliyun"
    assert rec.mirror_pip_command == [WIN_PY, "-m", "pip", "install", "torch==2.14.1+cu126",
                                      "torchvision==0.29.1+cu126", "torchaudio==2.11.0+cu126",
                                      "-f", "https://mirrors.aliyun.com/pytorch-wheels/cu126/", "-i", tuna]


def test_aliyun_mirror_uses_find_links_with_local_versions(mk):
    ali = "https://mirrors.aliyun.com/pypi/simple/"
    rec = rec_for(mk, os__name="linux", os__arch="x86_64", python__version="3.11.9", python__executable=LINUX_PY,
                  gpu__compute_capability=["8.9"], driver__version="550.54.14", pip__index_url=ali)
    assert rec.mirror_index_url == "https://mirrors.aliyun.com/pytorch-wheels/cu126/"
    assert rec.mirror_pip_command == [LINUX_PY, "-m", "pip", "install", "torch==2.14.1+cu126",
                                      "torchvision==0.29.1+cu126", "torchaudio==2.11.0+cu126",
                                      "-f", "https://mirrors.aliyun.com/pytorch-wheels/cu126/", "-i", ali]


def test_mirror_without_wheel_mirror_falls_back_to_aliyun(mk):
    rec = rec_for(mk, os__name="linux", os__arch="x86_64", python__executable=LINUX_PY, gpu__count=0,
                  pip__mirror="ustc", pip__index_url="https://pypi.mirrors.ustc.edu.cn/simple")
    assert rec.mirror == "aliyun"
    assert rec.mirror_pip_command[-4:] == ["-f", "https://mirrors.aliyun.com/pytorch-wheels/cpu/",
                                           "-i", "https://pypi.mirrors.ustc.edu.cn/simple"]


def test_no_mirror_no_mirror_command(mk):
    rec = rec_for(mk, os__name="linux", os__arch="x86_64", python__executable=LINUX_PY, gpu__count=0,
                  pip__index_url="https://pypi.org/simple")
    assert rec.mirror_pip_command is None


def test_conda_env_gets_a_conda_forge_command_into_its_prefix(mk):
    rec = rec_for(mk, os__name="linux", os__arch="x86_64", python__executable="/opt/conda/envs/dl/bin/python",
                  python__env="conda", python__prefix="/opt/conda/envs/dl", gpu__compute_capability=["8.6"],
                  driver__version="550.54.14")
    assert rec.conda_command == ["conda", "install", "-p", "/opt/conda/envs/dl", "-c", "conda-forge", "pytorch-gpu",
                                 "torchvision", "cuda-version=12.6"]


def test_torchaudio_maintenance_release_only_where_its_wheels_exist():
    rel = tables.release_for("2.15.0")
    patch = rel.patch("2.15.0")
    assert _torchaudio(patch, rel, "cu130")[0] == "2.11.0"
    version, why = _torchaudio(patch, rel, "cu132")
    assert version is None and "cu132" in why
    assert _torchaudio(tables.release_for("2.4.1").patch("2.4.1"), rel, "cu121") == ("2.4.1", None)


def test_require_torchaudio_picks_a_build_that_has_one(mk):
    fb = mk(os__name="linux", os__arch="x86_64", python__executable=LINUX_PY, gpu__compute_capability=["8.9"],
            driver__version="595.45.04")
    plain = recommendation(fb)
    assert (plain.build, plain.torchaudio) == ("cu132", None)  # torchaudio 2.11.0 has no cu132 wheel
    insist = recommendation(fb, require_torchaudio=True)
    assert (insist.torch, insist.build, insist.torchaudio) == ("2.15.0", "cu130", "2.11.0")


def test_gpu_known_driver_absent_recommends_and_asks_for_a_driver(mk):
    rec = rec_for(mk, "driver.version", os__name="linux", os__arch="x86_64", python__executable=LINUX_PY,
                  gpu__name=["NVIDIA GeForce RTX 4090"])
    # no driver yet: the newest release's build and the driver it needs (2.15: cu132, >= 580)
    assert (rec.kind, rec.build, rec.driver_min, rec.driver_update) == ("cuda", "cu132", "580", True)
    assert "not installed" in rec.reason


def test_amd_is_pointed_at_rocm(mk):
    rec = rec_for(mk, os__name="linux", os__arch="x86_64", gpu__vendor="amd", python__executable=LINUX_PY)
    assert rec.kind == "rocm" and "rocm" in rec.reason.lower()


def test_unknown_gpu_state_gives_no_facts_but_a_shown_cpu_fallback(mk):
    fb = mk(os__name="linux", os__arch="x86_64", python__executable=LINUX_PY)
    rec = recommendation(fb)
    assert rec.kind == "cpu" and not rec.determinate
    assert not [f for f in derive_facts(fb) if f.name.startswith("recommend.")]


def test_facts_carry_the_recommendation(mk):
    fb = mk(os__name="linux", os__arch="x86_64", python__version="3.11.9", python__executable=LINUX_PY,
            gpu__compute_capability=["6.1"], driver__version="535.104.05")
    out = {f.name: f for f in derive_facts(fb)}
    assert out["recommend.build"].value == "cu126" and out["recommend.torch"].value == "2.14.1"
    assert out["recommend.pip_command"].value[0] == LINUX_PY
    assert all(f.origin == "derived" and f.source == "knowledge" for f in out.values())
    assert "recommend.conda_command" not in out  # not a conda env


def test_log_only_partial_facts(mk):
    """Only what a pasted error gives: the driver's CUDA and the torch build."""
    fb = mk(match__found_version="11040", torch__version_full="2.1.0+cu121")
    out = {f.name: f.value for f in derive_facts(fb)}
    assert out["recommend.build"] == "cu118"
    assert "recommend.pip_command" not in out  # the interpreter is not known: no command is made up


def test_a_mirror_known_only_to_the_probe_still_gets_the_wheel_mirror(mk):
    zju = "https://mirrors.zju.edu.cn/pypi/web/simple"
    rec = rec_for(mk, os__name="windows", os__arch="AMD64", python__executable=WIN_PY, gpu__count=0,
                  pip__mirror="zju", pip__index_url=zju)
    assert rec.mirror == "aliyun"
    assert rec.mirror_pip_command[-4:] == ["-f", "https://mirrors.aliyun.com/pytorch-wheels/cpu/", "-i", zju]
    out = {f.name: f.value for f in derive_facts(mk(os__name="windows", pip__mirror="zju", pip__index_url=zju))}
    assert out["compat.index_kind"] == "pypi-mirror" and out["compat.index_has_cuda_wheels"] is False
