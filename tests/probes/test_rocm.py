"""The ROCm probe: parsers over real outputs (each string's source above it), the collector on a
built KFD tree, and the gfx naming it shares with the knowledge base."""
from __future__ import annotations

import json
import os

import pytest

from gpufix.facts import FactBase
from gpufix.probes import rocm
from gpufix.probes.base import ProbeAbsent, ProbeContext


def _facts(raw: dict) -> FactBase:
    fb = FactBase()
    fb.extend(rocm.parse(raw))
    return fb


@pytest.mark.parametrize("text,gfx", [("10.3.0", "gfx1030"), ("11.0.0", "gfx1100"), ("9.0.10", "gfx90a"),
                                      ("11.5.1", "gfx1151"), ("10.3", None), ("x.y.z", None), ("", None)])
def test_hsa_override_values_name_their_gfx_target(text, gfx):
    assert rocm.gfx_from_version(text) == gfx


@pytest.mark.parametrize("value,gfx", [("100300", "gfx1030"), ("90010", "gfx90a"), ("110001", "gfx1101"),
                                       ("0", None), ("-1", None), ("abc", None)])
def test_kfd_gfx_target_version_names_its_gfx_target(value, gfx):
    assert rocm.gfx_from_target_version(value) == gfx


def test_rocminfo_excerpt_that_kept_only_the_isa_lines():
    # ROCm/hip#3465 (Looong01): a grep of rocminfo, two agents' names and one ISA line.
    text = ("GPU:\n  Name:                    Intel(R) Core(TM) i7-9700 CPU @ 3.00GHz\n"
            "  Marketing Name:          Intel(R) Core(TM) i7-9700 CPU @ 3.00GHz\n"
            "  Name:                    gfx1100\n  Marketing Name:          Radeon RX 7900 XTX\n"
            "      Name:                    amdgcn-amd-amdhsa--gfx1100\n")
    fb = _facts({rocm.ROCMINFO_FILE: text})
    assert fb.value("rocm.gfx") == ["gfx1100"]
    assert fb.value("rocm.gpu_names") == ["Radeon RX 7900 XTX"]


def test_rocm_smi_text_product_name():
    # easybuilders/easybuild-framework#3978 (SebastianAchilles, 2022-03-26): rocm-smi --showproductname
    text = ("\n\n======================= ROCm System Management Interface =======================\n"
            "================================= Product Info =================================\n"
            "GPU[0]          : Card series:          Fiji [Radeon R9 FURY / NANO Series]\n"
            "GPU[0]          : Card model:           Radeon R9 FURY X\n"
            "GPU[0]          : Card vendor:          Advanced Micro Devices, Inc. [AMD/ATI]\n"
            "GPU[0]          : Card SKU:             C88001\n")
    assert _facts({rocm.SMI_FILE: text}).value("rocm.gpu_names") == ["Fiji [Radeon R9 FURY / NANO Series]"]


def test_rocm_smi_driver_version_line():
    # ROCm/legacy-rocm-build#4043 (segeljakt, 2024-11-20): rocm-smi --showallinfo, MI300X
    text = ("============================ ROCm System Management Interface ============================\n"
            "============================== Version of System Component ===============================\n"
            "Driver version: 6.7.0\n"
            "==========================================================================================\n"
            "=========================================== ID ===========================================\n"
            "GPU[0]\t\t: Device Name: \t\tAMD Instinct MI300X OAM\n")
    fb = _facts({rocm.SMI_FILE: text})
    assert fb.value("rocm.driver_version") == "6.7.0"
    assert fb.value("rocm.gpu_names") == ["AMD Instinct MI300X OAM"]


def test_amd_smi_version_with_the_driver():
    # ROCm docs example output of `amd-smi version` (ROCm 7.1.1)
    text = ("AMDSMI Tool: 26.2.0+021c61fc | AMDSMI Library version: 26.2.0 | ROCm version: 7.1.1 | "
            "amdgpu version: 6.16.6 | amd_hsmp version: N/A\n")
    fb = _facts({rocm.AMDSMI_FILE: text})
    assert fb.value("rocm.version") == "7.1.1" and fb.value("rocm.driver_version") == "6.16.6"


def test_opt_rocm_info_version_wins_over_amd_smi():
    fb = _facts({rocm.VERSION_FILE: "6.2.0-66\n", rocm.AMDSMI_FILE: "AMDSMI Tool: x | ROCm version: 6.3.3\n"})
    assert fb.value("rocm.version") == "6.2.0"


def test_nothing_recorded_means_no_rocm_here():
    fb = _facts({})
    assert fb.status("rocm.gfx") == "absent" and fb.status("rocm.version") == "absent"


def test_collector_reads_a_kfd_topology_and_device(tmp_path):
    nodes = tmp_path / "nodes"
    for n, target in (("0", "0"), ("1", "100300")):  # node 0: the CPU
        (nodes / n).mkdir(parents=True)
        (nodes / n / "properties").write_text(f"cpu_cores_count 8\ngfx_target_version {target}\nsimd_count 0\n")
    device = tmp_path / "kfd"
    device.write_text("")
    os.chmod(device, 0o600)
    text = rocm.read_kfd(str(nodes), str(device))
    doc = json.loads(text)
    assert doc["kfd"]["rw"] is True and doc["kfd"]["mode"] == "0o600" and doc["groups"]
    fb = _facts({rocm.KFD_FILE: text})
    assert fb.value("rocm.gfx") == ["gfx1030"]
    assert fb.value("rocm.kfd_access") is True
    assert isinstance(fb.value("rocm.user_groups"), list)


def test_collector_without_rocm_is_absent(tmp_path, monkeypatch):
    monkeypatch.setattr(rocm, "KFD_NODES", str(tmp_path / "none"))
    monkeypatch.setattr(rocm, "read_kfd", lambda *a, **k: None)
    ctx = ProbeContext(env={"PATH": str(tmp_path), "ROCM_PATH": str(tmp_path)}, platform="linux")
    with pytest.raises(ProbeAbsent):
        rocm.collect(ctx)


def test_collector_runs_the_tools_and_records_their_text(tmp_path, monkeypatch):
    # A real subprocess: a stand-in rocminfo on PATH that prints a rocminfo failure.
    tool = tmp_path / "rocminfo"
    tool.write_text("#!/bin/sh\necho 'ROCk module is loaded'\n"
                    "echo 'Unable to open /dev/kfd read-write: Permission denied' >&2\n")
    tool.chmod(0o755)
    monkeypatch.setattr(rocm, "read_kfd", lambda *a, **k: None)
    monkeypatch.setattr(rocm, "_BIN_DIRS", ())
    ctx = ProbeContext(env={"PATH": str(tmp_path), "ROCM_PATH": str(tmp_path)}, platform="linux")
    raw = rocm.collect(ctx)
    assert "Permission denied" in raw[rocm.ROCMINFO_FILE]
    assert _facts(raw).value("rocm.kfd_access") is False
