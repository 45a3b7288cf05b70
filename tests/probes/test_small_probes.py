"""/proc/driver/nvidia/version, platform, and probe-level behaviour of the cheap probes."""
from __future__ import annotations

import json
import sys

import pytest

from gpufix.facts import FactBase
from gpufix.probes import platform_info, proc_driver
from gpufix.probes.base import ProbeAbsent, ProbeContext


def fb_of(items) -> FactBase:
    fb = FactBase()
    fb.extend(items)
    return fb


@pytest.mark.parametrize("text,version", [
    # https://github.com/weaviate/Verba/issues/72 (2023-11-30): proprietary module
    ("NVRM version: NVIDIA UNIX x86_64 Kernel Module  470.223.02  Sat Oct  7 15:39:11 UTC 2023\n"
     "GCC version:  gcc version 9.4.0 (Ubuntu 9.4.0-1ubuntu1~20.04.2) \n", "470.223.02"),
    # https://github.com/nix-community/nixGL/issues/186 (2024-12-26): open module, "for x86_64"
    ("NVRM version: NVIDIA UNIX Open Kernel Module for x86_64  565.57.01  Release Build  "
     "(dvs-builder@U16-A24-9-2)  Thu Oct 10 12:15:00 UTC 2024\n"
     "GCC version:  gcc version 13.3.0 (Ubuntu 13.3.0-6ubuntu2~24.04)\n", "565.57.01"),
    # https://github.com/zzzhouuu/truenas-nvidia-drivers/issues/19 (2026-09-05): module 580.173.02
    # while nvidia-smi said "NVML library version: 580.178"
    ("NVRM version: NVIDIA UNIX x86_64 Kernel Module  580.173.02  Tue Jun 23 08:38:17 UTC 2026\n"
     "GCC version:  gcc version 14.2.0 (Ubuntu 14.2.0-4ubuntu2~24.04.1)\n", "580.173.02"),
])
def test_proc_version(text, version):
    fb = fb_of(proc_driver.parse({proc_driver.FILE: text}))
    assert fb.value("driver.kernel_module") == version
    assert "driver.version" not in fb  # the user-space driver is nvidia-smi's / NVML's to say
    assert fb.get("driver.kernel_module").evidence.startswith("NVRM version:")


def test_proc_missing_is_absent_for_the_module_only():
    fb = fb_of(proc_driver.parse({}))
    assert fb.status("driver.kernel_module") == "absent"
    assert fb.get("driver.version") is None  # WSL has no such file yet a driver


def test_proc_on_this_machine_and_elsewhere():
    with pytest.raises(ProbeAbsent):
        proc_driver.collect(ProbeContext(platform="win32"))
    if sys.platform.startswith("linux"):
        with pytest.raises(ProbeAbsent):  # the dev machine has no NVIDIA kernel module
            proc_driver.collect(ProbeContext())


@pytest.mark.parametrize("garbage", ["", "NVRM version: unknown", "\xff\xfe" * 10])
def test_proc_garbage(garbage):
    with pytest.raises(ValueError):
        proc_driver.parse({proc_driver.FILE: garbage})


def test_platform_on_this_machine():
    fb = fb_of(platform_info.parse(platform_info.collect(ProbeContext())))
    assert fb.value("os.name") == {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform)
    assert fb.value("os.arch")
    assert isinstance(fb.value("os.wsl"), bool)


@pytest.mark.parametrize("doc,expect", [
    ({"sys_platform": "win32", "system": "Windows", "release": "10", "version": "10.0.22631", "machine": "AMD64"},
     {"os.name": "windows", "os.release": "10.0.22631", "os.arch": "AMD64", "os.wsl": False}),
    ({"sys_platform": "darwin", "system": "Darwin", "release": "23.5.0", "mac_ver": "14.5", "machine": "arm64"},
     {"os.name": "macos", "os.release": "14.5", "os.arch": "arm64", "gpu.vendor": "apple"}),
    # /proc/sys/kernel/osrelease under WSL2, as in collect_env's "Python platform:
    # Linux-5.15.153.1-microsoft-standard-WSL2-x86_64" (tests/fixtures/machine--wsl-rtx4070laptop-driver551-cu121)
    ({"sys_platform": "linux", "system": "Linux", "release": "5.15.153.1-microsoft-standard-WSL2",
      "kernel_osrelease": "5.15.153.1-microsoft-standard-WSL2", "machine": "x86_64", "distro": "Ubuntu 22.04.2 LTS"},
     {"os.name": "linux", "os.wsl": True, "os.distro": "Ubuntu 22.04.2 LTS"}),
])
def test_platform_docs(doc, expect):
    fb = fb_of(platform_info.parse({platform_info.FILE: json.dumps(doc)}))
    for k, v in expect.items():
        assert fb.value(k) == v, k
