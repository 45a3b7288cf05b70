"""nvidia-smi parsers on real outputs (source URL beside each), and collect() with a real subprocess."""
from __future__ import annotations

import os
import stat
import sys
import time

import pytest

from gpufix.facts import FactBase
from gpufix.probes import nvidia_smi
from gpufix.probes.base import ProbeAbsent, ProbeContext, ProbeFailed
from gpufix.probes.nvidia_smi import parse, parse_nvidia_smi_query_csv, parse_nvidia_smi_table


def facts(items) -> FactBase:
    fb = FactBase()
    fb.extend(items)
    return fb


# https://github.com/pytorch/pytorch/issues/68611 (2021-11-18): Windows, WDDM, truncated GPU name
WINDOWS_WDDM_461 = """\
+-----------------------------------------------------------------------------+
| NVIDIA-SMI 461.72       Driver Version: 461.72       CUDA Version: 11.2     |
|-------------------------------+----------------------+----------------------+
| GPU  Name            TCC/WDDM | Bus-Id        Disp.A | Volatile Uncorr. ECC |
| Fan  Temp  Perf  Pwr:Usage/Cap|         Memory-Usage | GPU-Util  Compute M. |
|                               |                      |               MIG M. |
|===============================+======================+======================|
|   0  GeForce GTX 105... WDDM  | 00000000:01:00.0 Off |                  N/A |
| N/A   61C    P8    N/A /  N/A |     78MiB /  4096MiB |      0%      Default |
|                               |                      |                  N/A |
+-------------------------------+----------------------+----------------------+

+-----------------------------------------------------------------------------+
| Processes:                                                                  |
|  GPU   GI   CI        PID   Type   Process name                  GPU Memory |
"""

# https://github.com/cBio/cbio-cluster/issues/38 (2014-04-18): driver 331, no "CUDA Version", 3 GPUs
# (the stored copy stops after GPU 2's second line)
OLD_331_THREE_GPUS = """\
Fri Apr 18 12:26:18 2014       
+------------------------------------------------------+                       
| NVIDIA-SMI 331.62     Driver Version: 331.62         |                       
|-------------------------------+----------------------+----------------------+
| GPU  Name        Persistence-M| Bus-Id        Disp.A | Volatile Uncorr. ECC |
| Fan  Temp  Perf  Pwr:Usage/Cap|         Memory-Usage | GPU-Util  Compute M. |
|===============================+======================+======================|
|   0  GeForce GTX 680     Off  | 0000:03:00.0     N/A |                  N/A |
| 30%   35C  N/A     N/A /  N/A |      9MiB /  4095MiB |     N/A      Default |
+-------------------------------+----------------------+----------------------+
|   1  GeForce GTX 680     Off  | 0000:04:00.0     N/A |                  N/A |
| 30%   35C  N/A     N/A /  N/A |      9MiB /  4095MiB |     N/A      Default |
+-------------------------------+----------------------+----------------------+
|   2  GeForce GTX 680     Off  | 0000:83:00.0     N/A |                  N/A |
| 30%   34C  N/A     N/A /  N/A |      9MiB /  4095MiB |     N/A      Default |
"""

# https://github.com/sgl-project/sglang/issues/27487 (2026-06): R610 renames the header fields
R610_B200 = """\
Sun Jun  7 08:16:57 2026
+-----------------------------------------------------------------------------------------+
| NVIDIA-SMI 610.43.02              KMD Version: 610.43.02     CUDA UMD Version: 13.3     |
+-----------------------------------------+------------------------+----------------------+
| GPU  Name                 Persistence-M | Bus-Id          Disp.A | Volatile Uncorr. ECC |
| Fan  Temp   Perf          Pwr:Usage/Cap |           Memory-Usage | GPU-Util  Compute M. |
|                                         |                        |               MIG M. |
|=========================================+========================+======================|
|   0  NVIDIA B200                    On  |   00000000:63:00.0 Off |                    0 |
| N/A   26C    P0            139W / 1000W |       0MiB / 183359MiB |      0%      Default |
|                                         |                        |             Disabled |
+-----------------------------------------+------------------------+----------------------+
|   1  NVIDIA B200                    On  |   00000000:68:00.0 Off |                    0 |
| N/A   30C    P0            142W / 1000W |       0MiB / 183359MiB |      0%      Default |
|                                         |                        |             Disabled |
+-----------------------------------------+------------------------+----------------------+
"""

# https://github.com/microsoft/WSL/issues/11589 (2024-05-15): WSL2, "CUDA Version: ERR!",
# NVIDIA-SMI 545.46 but Windows driver 546.80 (the stored copy stops after the GPU's second line)
WSL_ERR = """\
Wed May 15 21:49:41 2024       
+---------------------------------------------------------------------------------------+
| NVIDIA-SMI 545.46                 Driver Version: 546.80       CUDA Version: ERR!     |
|-----------------------------------------+----------------------+----------------------+
| GPU  Name                 Persistence-M | Bus-Id        Disp.A | Volatile Uncorr. ECC |
| Fan  Temp   Perf          Pwr:Usage/Cap |         Memory-Usage | GPU-Util  Compute M. |
|                                         |                      |               MIG M. |
|=========================================+======================+======================|
|   0  NVIDIA GeForce RTX 3060 ...    On  | 00000000:01:00.0  On |                  N/A |
| N/A   54C    P8              16W /  80W |    816MiB /  6144MiB |      3%      Default |
"""

# https://github.com/ci-for-research/self-hosted-runners/issues/40 (2020-06-16)
NO_DRIVER = ("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. "
             "Make sure that the latest NVIDIA driver is installed and running.\n")
# https://github.com/qixuema/envs/issues/4 (2022-11-04): a copy with a typographic apostrophe
NO_DRIVER_CURLY = ("NVIDIA-SMI has failed because it couldn‘t communicate with the NVIDIA driver.\n"
                   "Make sure that the latest NVIDIA driver is installed and running.\n")
# https://github.com/zzzhouuu/truenas-nvidia-drivers/issues/19 (2026-09-05)
MISMATCH = "Failed to initialize NVML: Driver/library version mismatch\nNVML library version: 580.178\n"

# https://github.com/triton-inference-server/server/pull/8070 (2025-03-13): other column order
QUERY_TRITON = """\
compute_cap, compute_mode, driver_version, name, index
7.0, Default, 570.86.15, NVIDIA TITAN V, 0
8.9, Default, 570.86.15, NVIDIA RTX 5880 Ada Generation, 1
"""
# https://github.com/canonical/inference-snaps/issues/128 (2025-07-07): an nvidia-smi without compute_cap
INVALID_FIELD = 'Field "compute_cap" is not a valid field to query.\n'


def test_windows_wddm_table():
    fb = facts(parse_nvidia_smi_table(WINDOWS_WDDM_461))
    assert fb.value("driver.version") == "461.72"
    assert fb.value("driver.cuda") == "11.2"
    assert fb.value("gpu.count") == 1
    assert fb.value("gpu.name") == ["GeForce GTX 105..."]  # truncated by nvidia-smi, kept as printed
    assert fb.value("gpu.memory_total_mib") == [4096]
    assert fb.status("driver.error") == "absent"
    assert fb.status("gpu.compute_capability") == "unknown"  # the table never says


def test_old_331_table_without_cuda_version():
    fb = facts(parse_nvidia_smi_table(OLD_331_THREE_GPUS))
    assert fb.value("driver.version") == "331.62"
    assert fb.status("driver.cuda") == "unknown"
    assert "does not print" in fb.get("driver.cuda").reason
    assert fb.value("gpu.name") == ["GeForce GTX 680"] * 3
    assert fb.value("gpu.memory_total_mib") == [4095, 4095, 4095]


def test_r610_kmd_and_umd_header():
    fb = facts(parse_nvidia_smi_table(R610_B200))
    assert fb.value("driver.version") == "610.43.02"
    assert fb.value("driver.cuda") == "13.3"
    assert fb.value("gpu.name") == ["NVIDIA B200", "NVIDIA B200"]
    assert fb.value("gpu.memory_total_mib") == [183359, 183359]


def test_wsl_err_cuda_version_is_unknown_not_invented():
    fb = facts(parse_nvidia_smi_table(WSL_ERR))
    assert fb.value("driver.version") == "546.80"  # the Windows driver, not NVIDIA-SMI 545.46
    assert fb.status("driver.cuda") == "unknown"
    assert "ERR!" in fb.get("driver.cuda").reason
    assert fb.value("gpu.name") == ["NVIDIA GeForce RTX 3060 ..."]


@pytest.mark.parametrize("text", [NO_DRIVER, NO_DRIVER_CURLY])
def test_no_driver_message_is_an_error_with_unknown_driver_facts(text):
    fb = facts(parse({nvidia_smi.TABLE: text, nvidia_smi.PATH_FILE: "/usr/bin/nvidia-smi\n"}))
    assert fb.value("driver.error").startswith("NVIDIA-SMI has failed because it couldn")
    for name in ("driver.version", "driver.cuda", "gpu.count", "gpu.name"):
        assert fb.status(name) == "unknown", name  # broken, not missing
        assert "nvidia-smi failed" in fb.get(name).reason
    assert fb.value("nvidia_smi.path") == "/usr/bin/nvidia-smi"


def test_library_mismatch_keeps_the_nvml_library_version():
    fb = facts(parse({nvidia_smi.TABLE: MISMATCH, nvidia_smi.QUERY: MISMATCH}))
    assert fb.value("driver.error") == ("Failed to initialize NVML: Driver/library version mismatch\n"
                                        "NVML library version: 580.178")
    assert fb.status("driver.version") == "unknown"


def test_not_found_is_absent():
    fb = facts(parse({}))
    for name in nvidia_smi.FACTS:
        assert fb.status(name) == "absent", name


def test_query_csv_in_any_column_order():
    fb = facts(parse_nvidia_smi_query_csv(QUERY_TRITON))
    assert fb.value("driver.version") == "570.86.15"
    assert fb.value("gpu.name") == ["NVIDIA TITAN V", "NVIDIA RTX 5880 Ada Generation"]
    assert fb.value("gpu.compute_capability") == ["7.0", "8.9"]
    assert fb.get("driver.cuda") is None  # a CSV cannot say


def test_query_names_beat_truncated_table_names():
    query = ("index, name, driver_version, memory.total [MiB], pci.bus_id\n"
             "0, NVIDIA GeForce GTX 1050 Ti, 461.72, 4096 MiB, 00000000:01:00.0\n")
    fb = facts(parse({nvidia_smi.TABLE: WINDOWS_WDDM_461, nvidia_smi.QUERY: query}))
    assert fb.value("gpu.name") == ["NVIDIA GeForce GTX 1050 Ti"]
    assert fb.value("driver.cuda") == "11.2"  # still from the table


@pytest.mark.parametrize("garbage", ["", "hello world", "\x00\x01\x02" * 50, "|====|\n| 0 x | y |\n", "{" * 10000])
def test_garbage_raises_value_error_not_anything_else(garbage):
    with pytest.raises(ValueError):
        parse_nvidia_smi_table(garbage)
    with pytest.raises(ValueError):
        parse({nvidia_smi.TABLE: garbage})


# --- collect() against a real subprocess: a stand-in nvidia-smi that prints a real table --------

def _fake_nvidia_smi(tmp_path, body: str) -> str:
    exe = tmp_path / "nvidia-smi"
    exe.write_text(f"#!{sys.executable}\n{body}", encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return str(tmp_path)


@pytest.mark.skipif(os.name == "nt", reason="POSIX script stand-in")
def test_collect_falls_back_when_compute_cap_is_unknown(tmp_path):
    script = f"""import sys
args = sys.argv[1:]
if not args:
    sys.stdout.write({WINDOWS_WDDM_461!r})
elif "compute_cap" in args[0]:
    sys.stdout.write({INVALID_FIELD!r}); sys.exit(2)
else:
    sys.stdout.write("index, name, driver_version, memory.total [MiB], pci.bus_id\\n"
                     "0, NVIDIA GeForce GTX 1050 Ti, 461.72, 4096 MiB, 00000000:01:00.0\\n")
"""
    path = _fake_nvidia_smi(tmp_path, script)
    ctx = ProbeContext(env={"PATH": path}, platform="linux")
    raw = nvidia_smi.collect(ctx)
    assert raw[nvidia_smi.PATH_FILE].strip() == os.path.join(path, "nvidia-smi")
    # the refusal is kept above the second run's CSV, whose header has no compute_cap
    assert raw[nvidia_smi.QUERY].startswith(INVALID_FIELD)
    assert "compute_cap" not in raw[nvidia_smi.QUERY].splitlines()[1]
    fb = facts(parse(raw))
    assert fb.value("gpu.name") == ["NVIDIA GeForce GTX 1050 Ti"]
    assert fb.status("gpu.compute_capability") == "unknown"
    assert "rejected the compute_cap" in fb.get("gpu.compute_capability").reason


def test_compute_capability_reason_names_what_was_missing():
    """The plain table never shows compute capability: without a CSV that is the reason, not
    the driver's age (regression: every table said "driver too old for the field")."""
    table_only = facts(parse({nvidia_smi.TABLE: R610_B200}))
    assert table_only.status("gpu.compute_capability") == "unknown"
    reason = table_only.get("gpu.compute_capability").reason
    assert "no --query-gpu CSV was recorded" in reason and "too old" not in reason
    assert "too old" not in facts(parse_nvidia_smi_table(WINDOWS_WDDM_461)).get("gpu.compute_capability").reason
    # a CSV asked without compute_cap (by hand, say) and no refusal recorded: not the driver's age either
    query = ("index, name, driver_version, memory.total [MiB], pci.bus_id\n"
             "0, NVIDIA GeForce GTX 1050 Ti, 461.72, 4096 MiB, 00000000:01:00.0\n")
    no_column = facts(parse({nvidia_smi.TABLE: WINDOWS_WDDM_461, nvidia_smi.QUERY: query}))
    assert no_column.get("gpu.compute_capability").reason == "the --query-gpu CSV has no compute_cap column"
    # the recorded refusal: now the driver's age is the reason
    refused = facts(parse({nvidia_smi.TABLE: WINDOWS_WDDM_461, nvidia_smi.QUERY: INVALID_FIELD + query}))
    assert "drivers before ~510" in refused.get("gpu.compute_capability").reason
    # the query failed outright while the table listed the GPUs
    failed = facts(parse({nvidia_smi.TABLE: WINDOWS_WDDM_461, nvidia_smi.QUERY: MISMATCH}))
    assert "--query-gpu failed: Failed to initialize NVML" in failed.get("gpu.compute_capability").reason


@pytest.mark.skipif(os.name == "nt", reason="POSIX script stand-in")
def test_collect_hanging_nvidia_smi_times_out(tmp_path):
    path = _fake_nvidia_smi(tmp_path, "import time\ntime.sleep(30)\n")
    ctx = ProbeContext(env={"PATH": path}, platform="linux", timeout_scale=0.02)  # 0.6 s
    start = time.perf_counter()
    with pytest.raises(ProbeFailed, match="did not answer"):
        nvidia_smi.collect(ctx)
    assert time.perf_counter() - start < 5


def test_collect_without_nvidia_smi_is_absent(tmp_path, monkeypatch):
    monkeypatch.setattr(nvidia_smi, "candidate_dirs", lambda ctx: [str(tmp_path)])
    with pytest.raises(ProbeAbsent):
        nvidia_smi.collect(ProbeContext(env={"PATH": str(tmp_path)}, platform="linux"))


def test_windows_and_wsl_locations():
    win = nvidia_smi.candidate_dirs(ProbeContext(env={"SystemRoot": r"C:\Windows",
                                                      "ProgramFiles": r"C:\Program Files"}, platform="win32"))
    assert os.path.join(r"C:\Windows", "System32") in win
    assert os.path.join(r"C:\Program Files", "NVIDIA Corporation", "NVSMI") in win
    assert "/usr/lib/wsl/lib" in nvidia_smi.candidate_dirs(ProbeContext(env={}, platform="linux"))


# https://github.com/NVIDIA/open-gpu-kernel-modules/issues/862 (comment by cyril23, 2025-07-26)
def test_no_devices_found():
    fb = facts(parse({nvidia_smi.TABLE: "No devices were found\n"}))
    assert fb.value("driver.error") == "No devices were found"
    assert fb.value("gpu.count") == 0
    assert fb.value("gpu.name") == []
    assert fb.status("driver.version") == "unknown"
    assert fb.get("gpu.vendor") is None


# https://github.com/fireice-uk/xmr-stak-nvidia/issues/39 (2017-08-29): R384 with a process list whose rows
# also start with a GPU index (the stored copy is cut inside the second process row)
R384_WITH_PROCESSES = """\
Tue Aug 29 19:07:22 2017       
+-----------------------------------------------------------------------------+
| NVIDIA-SMI 384.66                 Driver Version: 384.66                    |
|-------------------------------+----------------------+----------------------+
| GPU  Name        Persistence-M| Bus-Id        Disp.A | Volatile Uncorr. ECC |
| Fan  Temp  Perf  Pwr:Usage/Cap|         Memory-Usage | GPU-Util  Compute M. |
|===============================+======================+======================|
|   0  TITAN Xp            Off  | 00000000:41:00.0  On |                  N/A |
| 29%   47C    P5    28W / 250W |   2789MiB / 12174MiB |      0%      Default |
+-------------------------------+----------------------+----------------------+
                                                                               
+-----------------------------------------------------------------------------+
| Processes:                                                       GPU Memory |
|  GPU       PID  Type  Process name                               Usage      |
|=============================================================================|
|    0      1568    G   /usr/lib/xorg/Xorg                            1850MiB |
"""


def test_process_rows_are_not_gpus():
    fb = facts(parse_nvidia_smi_table(R384_WITH_PROCESSES))
    assert fb.value("gpu.count") == 1
    assert fb.value("gpu.name") == ["TITAN Xp"]
    assert fb.value("gpu.memory_total_mib") == [12174]
    assert fb.value("driver.version") == "384.66"
    assert fb.status("driver.cuda") == "unknown"


# --- MIG (Multi-Instance GPU): the "MIG M." cell and the "MIG devices:" list ---------------------------------------

# https://github.com/pytorch/serve/issues/1237 (2021-09-07): an A100 in MIG mode (the stored copy stops at the
# "MIG devices:" heading)
A100_MIG_ENABLED_460 = """\
Tue Sep  7 06:25:02 2021       
+-----------------------------------------------------------------------------+
| NVIDIA-SMI 460.73.01    Driver Version: 460.73.01    CUDA Version: 11.2     |
|-------------------------------+----------------------+----------------------+
| GPU  Name        Persistence-M| Bus-Id        Disp.A | Volatile Uncorr. ECC |
| Fan  Temp  Perf  Pwr:Usage/Cap|         Memory-Usage | GPU-Util  Compute M. |
|                               |                      |               MIG M. |
|===============================+======================+======================|
|   0  A100-SXM4-40GB      Off  | 00000000:00:04.0 Off |                   On |
| N/A   34C    P0    47W / 400W |   2084MiB / 40536MiB |     N/A      Default |
|                               |                      |              Enabled |
+-------------------------------+----------------------+----------------------+

+-----------------------------------------------------------------------------+
| MIG devices:
"""

# https://docs.nvidia.com/datacenter/cloud-native/kubernetes/latest/index.html ("Verify that MIG is enabled on
# the GPU and no MIG devices present"): MIG mode on, no GPU instance created yet
A100_MIG_ENABLED_NO_DEVICES_450 = """\
+-----------------------------------------------------------------------------+
| NVIDIA-SMI 450.80.02    Driver Version: 450.80.02    CUDA Version: 11.0     |
|-------------------------------+----------------------+----------------------+
| GPU  Name        Persistence-M| Bus-Id        Disp.A | Volatile Uncorr. ECC |
| Fan  Temp  Perf  Pwr:Usage/Cap|         Memory-Usage | GPU-Util  Compute M. |
|                               |                      |               MIG M. |
|===============================+======================+======================|
|   0  A100-SXM4-40GB      On   | 00000000:00:04.0 Off |                   On |
| N/A   32C    P0    43W / 400W |      0MiB / 40537MiB |     N/A      Default |
|                               |                      |              Enabled |
+-------------------------------+----------------------+----------------------+

+-----------------------------------------------------------------------------+
| MIG devices:                                                                |
+------------------+----------------------+-----------+-----------------------+
| GPU  GI  CI  MIG |         Memory-Usage |        Vol|         Shared        |
|      ID  ID  Dev |           BAR1-Usage | SM     Unc| CE  ENC  DEC  OFA  JPG|
|                  |                      |        ECC|                       |
|==================+======================+===========+=======================|
|  No MIG devices found                                                       |
+-----------------------------------------------------------------------------+

+-----------------------------------------------------------------------------+
| Processes:                                                                  |
|  GPU   GI   CI        PID   Type   Process name                  GPU Memory |
|        ID   ID                                                   Usage      |
|=============================================================================|
|  No running processes found                                                 |
+-----------------------------------------------------------------------------+
"""

# https://github.com/seansiddens/mps-test/blob/main/README.md: "By default, MIG mode is not enabled"
A100_MIG_DISABLED_450 = """\
+-----------------------------------------------------------------------------+
| NVIDIA-SMI 450.80.02    Driver Version: 450.80.02    CUDA Version: 11.0     |
|-------------------------------+----------------------+----------------------+
| GPU  Name        Persistence-M| Bus-Id        Disp.A | Volatile Uncorr. ECC |
| Fan  Temp  Perf  Pwr:Usage/Cap|         Memory-Usage | GPU-Util  Compute M. |
|                               |                      |               MIG M. |
|===============================+======================+======================|
|   0  A100-SXM4-40GB      Off  | 00000000:36:00.0 Off |                    0 |
| N/A   29C    P0    62W / 400W |      0MiB / 40537MiB |      6%      Default |
|                               |                      |             Disabled |
+-------------------------------+----------------------+----------------------+
"""

# https://github.com/seansiddens/mps-test/blob/main/README.md ("Verify that the GIs and corresponding CIs are
# created"): the MIG devices section alone, two 3g.20gb devices
TWO_MIG_DEVICES_SECTION = """\
+-----------------------------------------------------------------------------+
| MIG devices:                                                                |
+------------------+----------------------+-----------+-----------------------+
| GPU  GI  CI  MIG |         Memory-Usage |        Vol|         Shared        |
|      ID  ID  Dev |                      | SM     Unc| CE  ENC  DEC  OFA  JPG|
|                  |                      |        ECC|                       |
|==================+======================+===========+=======================|
|  0    1   0   0  |     11MiB / 20224MiB | 42      0 |  3   0    2    0    0 |
+------------------+----------------------+-----------+-----------------------+
|  0    2   0   1  |     11MiB / 20096MiB | 42      0 |  3   0    2    0    0 |
+------------------+----------------------+-----------+-----------------------+
                                                                               
+-----------------------------------------------------------------------------+
| Processes:                                                                  |
|  GPU   GI   CI        PID   Type   Process name                  GPU Memory |
|        ID   ID                                                   Usage      |
|=============================================================================|
|  No running processes found                                                 |
+-----------------------------------------------------------------------------+
"""


def test_mig_enabled_from_the_mig_m_cell():
    fb = facts(parse_nvidia_smi_table(A100_MIG_ENABLED_460))
    assert fb.value("gpu.mig_enabled") is True
    assert fb.value("gpu.count") == 1 and fb.value("gpu.memory_total_mib") == [40536]
    assert "gpu.mig_devices" not in fb  # the copy stops at the heading: no count either way


def test_mig_enabled_with_no_mig_devices_found():
    fb = facts(parse_nvidia_smi_table(A100_MIG_ENABLED_NO_DEVICES_450))
    assert fb.value("gpu.mig_enabled") is True
    assert fb.value("gpu.mig_devices") == 0


def test_mig_disabled_and_non_mig_gpus():
    assert facts(parse_nvidia_smi_table(A100_MIG_DISABLED_450)).value("gpu.mig_enabled") is False
    # a GeForce's "N/A" cell: no MIG on that GPU
    assert facts(parse_nvidia_smi_table(WINDOWS_WDDM_461)).value("gpu.mig_enabled") is False
    # no "MIG M." column at all (drivers before 450): not stated
    assert "gpu.mig_enabled" not in facts(parse_nvidia_smi_table(OLD_331_THREE_GPUS))


def test_mig_device_rows_are_counted():
    assert nvidia_smi.table_info(TWO_MIG_DEVICES_SECTION).mig_devices == 2
