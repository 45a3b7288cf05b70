"""NVML probe: the real pynvml error classes and codes, bytes vs str returns, replay of nvml.json.

There is no NVIDIA driver on the test machine, so the NVML functions are replaced by
small stand-ins that return what NVML returns (bytes in nvidia-ml-py < 11.515, str after)
and raise pynvml's own exceptions; the error classes and codes are the real ones.
"""
from __future__ import annotations

import json
import types

import pynvml
import pytest

from gpufix.facts import FactBase
from gpufix.probes import nvml
from gpufix.probes.base import ProbeAbsent, ProbeContext


def _fake(as_bytes: bool, fail_init: int | None = None, lost_device: bool = False):
    enc = (lambda s: s.encode()) if as_bytes else (lambda s: s)
    names = ["NVIDIA GeForce RTX 3090", "NVIDIA GeForce GTX 1080 Ti"]

    def init():
        if fail_init is not None:
            raise pynvml.NVMLError(fail_init)

    def handle(i):
        if lost_device and i == 1:
            raise pynvml.NVMLError(pynvml.NVML_ERROR_GPU_IS_LOST)
        return i

    return types.SimpleNamespace(
        NVMLError=pynvml.NVMLError,
        nvmlInit=init, nvmlShutdown=lambda: None,
        nvmlSystemGetDriverVersion=lambda: enc("535.104.05"),
        nvmlSystemGetCudaDriverVersion=lambda: 12020,
        nvmlDeviceGetCount=lambda: 2,
        nvmlDeviceGetHandleByIndex=handle,
        nvmlDeviceGetName=lambda h: enc(names[h]),
        nvmlDeviceGetCudaComputeCapability=lambda h: [(8, 6), (6, 1)][h],
        nvmlDeviceGetMemoryInfo=lambda h: types.SimpleNamespace(total=[25769803776, 11811160064][h]),
        nvmlDeviceGetPciInfo=lambda h: types.SimpleNamespace(busId=enc(f"00000000:0{h + 1}:00.0")),
    )


def _facts(doc) -> FactBase:
    fb = FactBase()
    fb.extend(nvml.parse({nvml.FILE: json.dumps(doc)}))
    return fb


@pytest.mark.parametrize("as_bytes", [True, False])
def test_bytes_and_str_returns_give_the_same_facts(as_bytes):
    doc = nvml.query(_fake(as_bytes))
    assert json.loads(json.dumps(doc)) == doc  # what is recorded replays as is
    fb = _facts(doc)
    assert fb.value("driver.version") == "535.104.05"
    assert fb.value("driver.cuda") == "12.2"
    assert fb.value("gpu.count") == 2
    assert fb.value("gpu.name") == ["NVIDIA GeForce RTX 3090", "NVIDIA GeForce GTX 1080 Ti"]
    assert fb.value("gpu.compute_capability") == ["8.6", "6.1"]
    assert fb.value("gpu.memory_total_mib") == [24576, 11264]


@pytest.mark.parametrize("code,cuda", [(12040, "12.4"), (11080, "11.8"), (13000, "13.0"), (10010, "10.1")])
def test_cuda_driver_version_encoding(code, cuda):
    assert nvml.cuda_version_from_int(code) == cuda


def test_library_not_found_is_absent():
    with pytest.raises(ProbeAbsent):
        nvml.query(_fake(False, fail_init=pynvml.NVML_ERROR_LIBRARY_NOT_FOUND))
    assert nvml.parse({}) == []  # and adds nothing: nvidia-smi says what is missing


def test_this_machine_has_no_nvml():
    # The dev machine has no NVIDIA driver: the real pynvml cannot load libnvidia-ml.
    with pytest.raises(ProbeAbsent):
        nvml.collect(ProbeContext())


def test_mismatch_reads_like_nvidia_smi():
    doc = nvml.query(_fake(False, fail_init=pynvml.NVML_ERROR_LIB_RM_VERSION_MISMATCH))
    assert doc["error_code"] == 18
    fb = _facts(doc)
    assert fb.value("driver.error") == "Failed to initialize NVML: Driver/library version mismatch"
    assert fb.status("driver.version") == "unknown"


def test_driver_not_loaded():
    fb = _facts(nvml.query(_fake(False, fail_init=pynvml.NVML_ERROR_DRIVER_NOT_LOADED)))
    assert fb.value("driver.error") == "Failed to initialize NVML: Driver Not Loaded"


def test_a_lost_gpu_costs_only_its_own_details():
    fb = _facts(nvml.query(_fake(False, lost_device=True)))
    assert fb.value("driver.version") == "535.104.05"
    assert fb.value("gpu.count") == 2
    assert "GPU is lost" in fb.value("driver.error")
    assert fb.get("gpu.name") is None  # not a partial list that would misnumber devices


def test_garbage_json_is_a_value_error():
    with pytest.raises(ValueError):
        nvml.parse({nvml.FILE: "[1, 2"})
    with pytest.raises(ValueError):
        nvml.parse({nvml.FILE: "[1, 2]"})


def test_no_library_is_absent_without_importing_pynvml():
    """On a machine without the NVIDIA driver (this one), the probe asks the loader, not pynvml."""
    import subprocess
    import sys

    code = ("import sys\nfrom gpufix.probes import nvml\nfrom gpufix.probes.base import ProbeAbsent, ProbeContext\n"
            "present = nvml.library_present(sys.platform)\n"
            "try:\n    nvml.collect(ProbeContext())\n    print('collected')\nexcept ProbeAbsent as e:\n    print('absent:', e)\n"
            "print(present, 'pynvml' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout.split("\n")
    if out[1].startswith("True"):
        pytest.skip("this machine has an NVML library")
    assert out[:2] == ["absent: NVML library (libnvidia-ml / nvml.dll) not found", "False False"]


def test_windows_library_places(tmp_path):
    system32 = tmp_path / "Windows" / "System32"
    system32.mkdir(parents=True)
    env = {"WINDIR": str(tmp_path / "Windows"), "ProgramFiles": str(tmp_path / "PF")}
    assert not nvml.library_present("win32", env)
    (system32 / "nvml.dll").write_bytes(b"MZ")
    assert nvml.library_present("win32", env)


def test_linux_library_is_looked_up_in_the_loader_cache_and_ld_library_path(tmp_path):
    cache = tmp_path / "ld.so.cache"
    cache.write_bytes(b"glibc-ld.so.cache1.1\0libcuda.so.1\0/usr/lib/x86_64-linux-gnu/libcuda.so.1\0")
    assert nvml._in_loader_paths(nvml.LINUX_LIBRARY, {}, str(cache)) is False
    cache.write_bytes(cache.read_bytes() + b"libnvidia-ml.so.1\0/usr/lib/x86_64-linux-gnu/libnvidia-ml.so.1\0")
    assert nvml._in_loader_paths(nvml.LINUX_LIBRARY, {}, str(cache)) is True
    # A longer name holding it is not it; LD_LIBRARY_PATH is searched before the cache.
    cache.write_bytes(b"libnvidia-ml.so.1.2\0")
    assert nvml._in_loader_paths(nvml.LINUX_LIBRARY, {}, str(cache)) is False
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / nvml.LINUX_LIBRARY).write_bytes(b"\x7fELF")
    assert nvml._in_loader_paths(nvml.LINUX_LIBRARY, {"LD_LIBRARY_PATH": f"/nowhere:{lib}"}, str(cache)) is True
    # No cache to read (musl): undecided, the loader itself is asked.
    assert nvml._in_loader_paths(nvml.LINUX_LIBRARY, {}, str(tmp_path / "missing")) is None
