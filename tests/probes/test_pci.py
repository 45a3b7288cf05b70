"""The PCI probe: parsers on real outputs of each OS, the collector on this machine's real
/sys/bus/pci and on a replaced command, and a hang or crash that costs only its own facts."""
from __future__ import annotations

import os
import stat
import sys
import time
from pathlib import Path

import pytest

from gpufix.facts import FactBase
from gpufix.probes import pci, platform_info
from gpufix.probes.base import Probe, ProbeAbsent, ProbeContext
from gpufix.probes.runner import parse_safely, replay_recording, run_probes

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def read(case: str, name: str) -> str:
    return (FIXTURES / case / name).read_text(encoding="utf-8")


def facts_of(raw: dict[str, str]) -> FactBase:
    fb = FactBase()
    fb.extend(pci.parse(raw))
    return fb


# --- parsers, one per OS, on the recorded outputs ----------------------------------------

def test_lspci_nnk_counts_the_gpu_not_its_audio_function():
    devices = pci.parse_lspci(read("machine--linux-gtx1650mobile-lspci-nnk", pci.LSPCI_FILE))
    assert [(d.name, d.pci_id, d.driver) for d in devices.values()] == [
        ("GeForce GTX 1650 Mobile / Max-Q", "10de:1f91", "nvidia")]


def test_lspci_vv_shows_nouveau_holding_the_card():
    fb = facts_of({pci.LSPCI_FILE: read("machine--linux-gtx970-nouveau-lspci", pci.LSPCI_FILE)})
    assert fb.value("pci.gpu_names") == ["GeForce GTX 970"]
    assert fb.value("pci.kernel_driver") == ["nouveau"]
    assert fb.get("pci.device_ids") is None  # plain lspci prints no ids: not invented


def test_lspci_vnn_subsystem_lines_are_not_devices():
    fb = facts_of({pci.LSPCI_FILE: read("machine--linux-gtx780tix3-lspci-vnn", pci.LSPCI_FILE)})
    assert fb.value("pci.nvidia_count") == 3
    assert fb.value("pci.device_ids") == ["10de:100a"] * 3


def test_plain_lspci_3d_controller_is_a_gpu():
    # Data-center cards are class 0302 "3D controller"; a VGA-only grep misses them.
    fb = facts_of({pci.LSPCI_FILE: read("machine--linux-teslap40-lspci-3d", pci.LSPCI_FILE)})
    assert fb.value("pci.gpu_names") == ["Tesla P40"]


def test_windows_format_list_reads_caption_and_error_code():
    devices = pci.parse_windows(read("machine--windows-gtx1660-wmi-list", pci.WINDOWS_FILE))
    assert [(d.name, d.error_code, d.is_nvidia) for d in devices] == [("NVIDIA GeForce GTX 1660", 0, True)]


def test_windows_intel_only_is_no_nvidia_gpu_with_the_other_named():
    fb = facts_of({pci.WINDOWS_FILE: read("machine--windows-intel-uhd-cim-list", pci.WINDOWS_FILE)})
    assert (fb.value("pci.nvidia_count"), fb.value("pci.other_gpus")) == (0, ["Intel(R) UHD Graphics"])


def test_wmic_header_and_rows_table():
    devices = pci.parse_windows(read("machine--windows-gtx1060-wmic-caption", pci.WINDOWS_FILE))
    assert [d.name for d in devices] == ["NVIDIA GeForce GTX 1060"]


def test_windows_error_43_and_basic_display_adapter():
    # The shape of a card whose driver failed: the record layout of the real outputs above,
    # with the values Device Manager shows for code 43 / a card left on the fallback driver.
    text = ("Name                   : Microsoft Basic Display Adapter\n"
            "PNPDeviceID            : PCI\\VEN_10DE&DEV_2504&SUBSYS_397D1462&REV_A1\\4&2A5DD3B5&0&0008\n"
            "Status                 : Error\nConfigManagerErrorCode : 43\n")
    fb = facts_of({pci.WINDOWS_FILE: text})
    assert fb.value("pci.gpu_names") == ["NVIDIA display device 10de:2504"]
    assert fb.value("pci.error_codes") == [43]


def test_system_profiler_nvidia_and_amd():
    nv = facts_of({pci.MACOS_FILE: read("machine--macos-gtx960-system-profiler", pci.MACOS_FILE)})
    assert (nv.value("pci.gpu_names"), nv.value("pci.device_ids")) == (["MSI GeForce GTX 960"], ["10de:1401"])
    amd = facts_of({pci.MACOS_FILE: read("machine--macos-radeonvega64-system-profiler", pci.MACOS_FILE)})
    assert (amd.value("pci.nvidia_count"), amd.value("pci.other_gpus")) == (0, ["Radeon Pro Vega 64"])


def test_nothing_read_is_absent_not_zero():
    fb = facts_of({})
    assert fb.status("pci.nvidia_count") == "absent" and fb.value("pci.nvidia_count") is None


def test_sysfs_names_come_from_lspci_by_slot():
    sysfs = ('{"devices": [{"slot": "0000:01:00.0", "vendor": "0x10de", "device": "0x1f91", "class": "0x030000",'
             ' "driver": null}]}')
    fb = facts_of({pci.SYSFS_FILE: sysfs,
                   pci.LSPCI_FILE: read("machine--linux-gtx1650mobile-lspci-nnk", pci.LSPCI_FILE)})
    assert fb.value("pci.gpu_names") == ["GeForce GTX 1650 Mobile / Max-Q"]
    assert fb.value("pci.kernel_driver") == ["none"]  # sysfs is the witness for the driver link


# --- collectors on this machine --------------------------------------------------------

@pytest.mark.skipif(not os.path.isdir(pci.SYSFS_ROOT), reason="no /sys/bus/pci here")
def test_this_machines_real_pci_bus():
    ctx = ProbeContext(env={"PATH": ""}, platform="linux")  # no lspci: sysfs alone must answer
    raw = pci.collect(ctx)
    fb = facts_of(raw)
    assert fb.value("pci.seen") is True
    display = [d for d in os.listdir(pci.SYSFS_ROOT)
               if (Path(pci.SYSFS_ROOT, d, "class").read_text().strip().lower().startswith("0x03"))]
    nvidia = [d for d in display if Path(pci.SYSFS_ROOT, d, "vendor").read_text().strip().lower() == "0x10de"]
    assert fb.value("pci.nvidia_count") == len(nvidia)
    assert len(fb.value("pci.other_gpus")) == len(display) - len(nvidia)


def test_recorded_dev_machine_has_no_nvidia_gpu():
    res = replay_recording([pci.PROBE], FIXTURES / "linux-nodriver-cpu-torch")[0]
    fb = FactBase()
    fb.extend(res.facts)
    assert (res.status, fb.value("pci.seen"), fb.value("pci.nvidia_count")) == ("ok", True, 0)


def test_wsl_is_absent_not_no_gpu():
    with pytest.raises(ProbeAbsent):
        pci.collect(ProbeContext(env={"WSL_DISTRO_NAME": "Ubuntu", "PATH": ""}, platform="linux"))


@pytest.mark.skipif(sys.platform == "win32", reason="writes a POSIX shell script")
def test_windows_collector_runs_powershell_and_reads_its_list(tmp_path: Path):
    # The injectable runner is the PATH: a stand-in `powershell` that prints a recorded answer.
    answer = tmp_path / "answer.txt"
    answer.write_text(read("machine--windows-intel-uhd-cim-list", pci.WINDOWS_FILE), encoding="utf-8")
    shell = tmp_path / "powershell"
    shell.write_text(f"#!/bin/sh\nexec /bin/cat '{answer}'\n")
    shell.chmod(shell.stat().st_mode | stat.S_IEXEC)
    raw = pci.collect(ProbeContext(env={"PATH": str(tmp_path)}, platform="win32"))
    assert facts_of(raw).value("pci.other_gpus") == ["Intel(R) UHD Graphics"]


# --- a probe that hangs or crashes costs only its own facts ------------------------------

def test_a_hanging_pci_probe_costs_only_its_facts():
    def hang(_ctx: ProbeContext) -> dict[str, str]:
        time.sleep(30)
        return {}

    stuck = Probe(pci.NAME, hang, pci.parse, files=pci.FILES, timeout=0.2, facts=pci.FACTS, order=7)
    started = time.perf_counter()
    results = {r.name: r for r in run_probes([stuck, platform_info.PROBE], ProbeContext(timeout_scale=0.1))}
    assert time.perf_counter() - started < 10
    assert results[pci.NAME].status == "timeout"
    assert {f.name: f.status for f in results[pci.NAME].facts} == {n: "unknown" for n in pci.FACTS}
    assert results[platform_info.NAME].status == "ok"


def test_garbage_sysfs_output_costs_only_its_facts():
    facts, err = parse_safely(pci.PROBE, {pci.SYSFS_FILE: "not json"})
    assert "could not parse pci output" in err
    assert {f.status for f in facts} == {"unknown"} and {f.name for f in facts} == set(pci.FACTS)


@pytest.mark.skipif(sys.platform == "win32", reason="writes POSIX shell scripts")
def test_windows_collector_falls_back_to_wmic_when_powershell_fails(tmp_path: Path):
    answer = tmp_path / "answer.txt"
    answer.write_text(read("machine--windows-gtx1060-wmic-caption", pci.WINDOWS_FILE), encoding="utf-8")
    for name, body in (("powershell", "exit 1"), ("wmic", f"exec /bin/cat '{answer}'")):
        script = tmp_path / name
        script.write_text(f"#!/bin/sh\n{body}\n")
        script.chmod(script.stat().st_mode | stat.S_IEXEC)
    raw = pci.collect(ProbeContext(env={"PATH": str(tmp_path)}, platform="win32"))
    assert facts_of(raw).value("pci.gpu_names") == ["NVIDIA GeForce GTX 1060"]
