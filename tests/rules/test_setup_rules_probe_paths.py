"""The probe-only paths of ten setup rules (no error text at all).

Every fixture of these rules is a pasted report, so these cases cover what happens when gpufix
probes a machine instead: facts with origin "probe", the knowledge base run on them, and the
rules evaluated without a log. Versions and GPUs are ordinary real-world combinations; the point
is CUDA's real rules (minor-version compatibility, same-major cubins), not a naive comparison.
"""
from __future__ import annotations

import pytest

from gpufix.engine.api import diagnose
from gpufix.facts import Fact, FactBase, absent, ok
from gpufix.knowledge import derive_facts

PY = "/home/u/venv/bin/python"


def machine(*parts: list[Fact]) -> FactBase:
    fb = FactBase()
    fb.extend([ok("os.name", "linux", "platform"), ok("os.arch", "x86_64", "platform"),
               ok("python.executable", PY, "python-env"), ok("python.version", "3.11.9", "python-env")])
    for p in parts:
        fb.extend(p)
    fb.extend(derive_facts(fb))
    return fb


def torch(full: str, available: bool) -> list[Fact]:
    version, _, local = full.partition("+")
    out = [ok("torch.version_full", full, "torch"), ok("torch.version", version, "torch"),
           ok("torch.build", local or "cpu", "torch"), ok("torch.cuda_available", available, "torch")]
    if local.startswith("cu"):
        out.append(ok("torch.cuda", f"{local[2:-1]}.{local[-1]}", "torch"))
    else:
        out.append(absent("torch.cuda", "torch"))
    return out


def gpu(name: str, cc: str, driver: str, driver_cuda: str) -> list[Fact]:
    return [ok("gpu.count", 1, "nvidia-smi"), ok("gpu.name", [name], "nvidia-smi"),
            ok("gpu.compute_capability", [cc], "nvidia-smi"), ok("gpu.vendor", "nvidia", "nvidia-smi"),
            ok("driver.version", driver, "nvidia-smi"), ok("driver.cuda", driver_cuda, "nvidia-smi")]


def ids(fb: FactBase) -> list[str]:
    return [d.id for d in diagnose(fb)]


def command_of(fb: FactBase, rule_id: str) -> list[tuple[str, ...]]:
    d = next(d for d in diagnose(fb) if d.id == rule_id)
    return [s.command for r in d.remedies for s in r.steps if s.command]


RTX3060 = gpu("NVIDIA GeForce RTX 3060", "8.6", "535.183.01", "12.2")


def test_driver_470_cannot_run_cu121_and_both_remedies_are_offered():
    fb = machine(torch("2.5.1+cu121", False), gpu("NVIDIA GeForce RTX 3060", "8.6", "470.182.03", "11.4"))
    assert ids(fb)[0] == "driver-older-than-runtime"
    d = diagnose(fb)[0]
    assert "525.60.13" in d.explanation  # the 12.x family minimum, not the 12.1 Table-3 driver
    cmds = command_of(fb, "driver-older-than-runtime")
    assert cmds[0] == (PY, "-m", "pip", "uninstall", "-y", "torch", "torchvision", "torchaudio")
    assert cmds[1][:4] == (PY, "-m", "pip", "install") and "--index-url" in cmds[1]


@pytest.mark.parametrize("full", ["2.5.1+cu124", "2.7.1+cu126", "2.7.1+cu128"])
def test_driver_535_runs_every_12x_wheel(full):
    # nvidia-smi says "CUDA Version: 12.2"; a driver.cuda < torch.cuda check would cry wolf.
    fb = machine(torch(full, True), RTX3060)
    assert "driver-older-than-runtime" not in ids(fb)


def test_driver_570_cannot_run_a_cuda_13_wheel():
    fb = machine(torch("2.9.1+cu130", False), gpu("NVIDIA GeForce RTX 4090", "8.9", "570.133.07", "12.8"))
    assert "driver-older-than-runtime" in ids(fb)


def test_cpu_wheel_with_an_nvidia_gpu_and_without_one():
    with_gpu = machine(torch("2.5.1+cpu", False), gpu("NVIDIA GeForce RTX 4090", "8.9", "560.35.03", "12.6"))
    assert ids(with_gpu)[0] == "cpu-only-wheel"
    cmds = command_of(with_gpu, "cpu-only-wheel")
    assert cmds[0][-3:] == ("torch", "torchvision", "torchaudio")
    assert cmds[1][0] == PY and "https://download.pytorch.org/whl/cu126" in cmds[1]
    no_gpu = machine(torch("2.5.1+cpu", False), [absent("driver.version", "nvidia-smi"), ok("gpu.count", 0, "nvidia-smi")])
    assert "cpu-only-wheel" not in ids(no_gpu)


def test_pascal_on_cu128_but_not_on_cu126():
    pascal = gpu("NVIDIA GeForce GTX 1080 Ti", "6.1", "570.133.07", "12.8")
    assert "gpu-arch-unsupported" in ids(machine(torch("2.8.0+cu128", True), pascal))
    # cu126 carries sm_60, whose cubin runs on sm_61 (same major, higher minor).
    assert "gpu-arch-unsupported" not in ids(machine(torch("2.8.0+cu126", True), pascal))


def test_blackwell_on_cu126():
    fb = machine(torch("2.6.0+cu126", True), gpu("NVIDIA GeForce RTX 5090", "12.0", "575.64", "12.9"))
    assert ids(fb)[0] == "gpu-arch-unsupported"


def test_numpy2_with_torch_22_and_not_with_torch_25():
    assert "numpy2-abi" in ids(machine(torch("2.2.2+cu121", True), RTX3060, [ok("numpy.version", "2.0.1", "python-env")]))
    assert "numpy2-abi" not in ids(machine(torch("2.5.1+cu121", True), RTX3060,
                                           [ok("numpy.version", "2.1.3", "python-env")]))


def test_numpy_pin_command():
    fb = machine(torch("2.2.2+cu121", True), RTX3060, [ok("numpy.version", "2.0.1", "python-env")])
    assert (PY, "-m", "pip", "install", "numpy==1.26.4") in command_of(fb, "numpy2-abi")


def test_torchvision_from_another_cuda_variant():
    tv = [ok("torchvision.version", "0.20.1", "python-env"), ok("torchvision.version_full", "0.20.1+cu124", "python-env")]
    fb = machine(torch("2.4.0+cu121", True), RTX3060, tv)
    assert "torchvision-mismatch" in ids(fb)
    assert command_of(fb, "torchvision-mismatch")[0] == (
        PY, "-m", "pip", "install", "--force-reinstall", "--no-deps", "torchvision==0.19.0",
        "--index-url", "https://download.pytorch.org/whl/cu121")


NO_DRIVER = [absent("driver.version", "nvidia-smi"), absent("gpu.name", "nvidia-smi")]


def bus(*names: str) -> list[Fact]:
    """What the pci probe states when the bus was read."""
    return [ok("pci.seen", True, "pci"), ok("pci.nvidia_count", len(names), "pci"),
            ok("pci.gpu_names", list(names), "pci"), ok("pci.other_gpus", [], "pci")]


def test_no_driver_only_for_a_cuda_build():
    gtx970 = bus("GeForce GTX 970")
    assert "no-driver" in ids(machine(torch("2.5.1+cu124", False), NO_DRIVER, gtx970))
    assert "no-driver" not in ids(machine(torch("2.5.1+cpu", False), NO_DRIVER, gtx970))


def test_no_driver_needs_a_gpu_seen_on_the_bus_and_names_it():
    """Issue 10: "no driver" used to read as "no GPU". The bus tells them apart."""
    seen = machine(torch("2.5.1+cu124", False), NO_DRIVER, bus("GeForce RTX 3060"))
    assert ids(seen)[:1] == ["no-driver"] and "no-nvidia-gpu" not in ids(seen)
    text = next(d for d in diagnose(seen, lang="en") if d.id == "no-driver").explanation
    assert "GeForce RTX 3060, seen on the PCI bus" in text
    assert "no NVIDIA GPU" not in text
    # The bus read, no NVIDIA GPU on it: not a driver problem, and nothing claims a GPU.
    none = machine(torch("2.5.1+cu124", False), NO_DRIVER, bus())
    assert "no-driver" not in ids(none) and "no-driver-gpu-unknown" not in ids(none)
    assert "no-nvidia-gpu" in ids(none)
    assert next(d for d in diagnose(none, lang="en") if d.id == "no-nvidia-gpu").severity == "info"
    # Nothing read the bus: say that it is not known, and do not claim a GPU.
    blind = machine(torch("2.5.1+cu124", False), NO_DRIVER)
    assert "no-driver" not in ids(blind) and "no-nvidia-gpu" not in ids(blind)
    text = next(d for d in diagnose(blind, lang="en") if d.id == "no-driver-gpu-unknown").explanation
    assert "Nothing here says whether this machine has an NVIDIA GPU" in text


def test_a_cpu_only_machine_with_cpu_torch_is_healthy():
    fb = machine(torch("2.13.0+cpu", False), NO_DRIVER, bus())
    assert [d.id for d in diagnose(fb, lang="en") if d.severity in ("error", "warning")] == []


def test_a_card_held_by_nouveau_is_named_in_the_diagnosis():
    fb = machine(torch("2.5.1+cu124", False), NO_DRIVER, bus("GeForce GTX 970"),
                 [ok("pci.kernel_driver", ["nouveau"], "pci")])
    text = next(d for d in diagnose(fb, lang="en") if d.id == "no-driver").explanation
    assert "Kernel driver bound to the card: nouveau (CUDA works only through `nvidia`)." in text


def test_kernel_module_other_than_the_driver_libraries():
    fb = machine(torch("2.5.1+cu124", False), gpu("NVIDIA GeForce RTX 3060", "8.6", "550.107.02", "12.4"),
                 [ok("driver.kernel_module", "550.90.07", "proc-driver")])
    assert "driver-library-mismatch" in ids(fb)


def test_import_errors_from_the_torch_probe():
    libs = machine([ok("torch.error", "ImportError: libcudnn.so.9: cannot open shared object file: "
                                      "No such file or directory", "torch")])
    assert "missing-cuda-libs" in ids(libs)
    win = FactBase()
    win.extend([ok("os.name", "windows", "platform"), ok("torch.error", 'OSError: [WinError 126] The specified module '
                "could not be found. Error loading \"C:\\py\\Lib\\site-packages\\torch\\lib\\fbgemm.dll\" or one of "
                "its dependencies.", "torch")])
    assert "windows-dll-load" in ids(win)


@pytest.mark.parametrize("nvcc, fires", [
    (None, True),          # no toolkit at all
    ("11.8.89", True),     # older than torch's 12.1
    ("13.0.88", True),     # another major
    ("12.1.105", False),   # the same 12.1
    ("12.6.85", False),    # a newer minor of the same major: harmless even for extensions
])
def test_toolkit_not_needed(nvcc, fires):
    tool = [absent("nvcc.version", "nvcc")] if nvcc is None else [ok("nvcc.version", nvcc, "nvcc")]
    fb = machine(torch("2.5.1+cu121", True), RTX3060, tool)
    assert ("toolkit-not-needed" in ids(fb)) is fires


def test_toolkit_not_needed_stays_quiet_when_torch_is_broken():
    fb = machine(torch("2.5.1+cu121", False), gpu("NVIDIA GeForce RTX 3060", "8.6", "470.182.03", "11.4"),
                 [absent("nvcc.version", "nvcc")])
    assert "toolkit-not-needed" not in ids(fb)
