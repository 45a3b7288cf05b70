"""AMD GPU facts from pasted text (gpufix.probes.rocm_text), read from real report lines."""
from __future__ import annotations

from gpufix.probes import rocm_text
from gpufix.probes.pasted import extract_facts_from_text


def _facts(*lines: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, value, _ in rocm_text.extract(list(lines)):
        out.setdefault(name, value)
    return out


def test_rocm_collect_env_gpu_line_names_the_gpu_and_its_target():
    # pytorch/pytorch#147626: a ROCm build's collect_env
    got = _facts("GPU models and configuration: AMD Radeon Graphics (gfx906:sramecc+:xnack-)")
    assert got == {"rocm.gpu_names": ["AMD Radeon Graphics"], "rocm.gfx": ["gfx906"]}


def test_nvidia_collect_env_gpu_line_is_not_amd():
    assert _facts("GPU models and configuration: GPU 0: NVIDIA GeForce RTX 3090") == {}


def test_issue_form_isa_names_and_rock_driver_line():
    # ROCm/TheRock#1184 and ROCm/legacy-rocm-build#4043
    got = _facts("AMD Radeon 780M (amdgcn-amd-amdhsa--gfx1103, amdgcn-amd-amdhsa--gfx11-generic)",
                 "ROCk module version 6.7.0 is loaded")
    assert got["rocm.gfx"] == ["gfx1103"] and got["rocm.driver_version"] == "6.7.0"
    assert got["rocm.gpu_names"] == ["AMD Radeon 780M"]


def test_amd_names_in_prose_but_not_nvidia_or_generic_radeon_graphics():
    assert _facts("I have a 6700xt and a ryzen 5 3600x")["rocm.gpu_names"] == ["6700xt"]
    assert _facts("My GPU is AMD Radeon RX 7900 XTX")["rocm.gpu_names"] == ["AMD Radeon RX 7900 XTX"]
    assert _facts("GPU: RTX 3060, GTX 1080 Ti") == {}
    assert _facts("AMD Radeon(TM) Graphics and NVIDIA GeForce RTX 3050 Laptop GPU") == {}


def test_a_word_after_the_model_number_is_not_its_suffix():
    # ROCm/legacy-rocm-build#1930: torch's device name "Radeon RX 570 Series" is the RX 570, not an "RX 570 S"
    got = _facts('torch.cuda.get_device_name(torch.cuda.current_device()) == "Radeon RX 570 Series" # True')
    assert got["rocm.gpu_names"] == ["Radeon RX 570"]
    assert _facts("AMD Radeon RX 6800S laptop")["rocm.gpu_names"] == ["AMD Radeon RX 6800S"]


def test_a_library_listing_of_targets_is_not_the_gpu():
    # roc-obj-ls over libtorch_hip.so lists the wheel's code objects, not this machine's GPU
    assert "rocm.gfx" not in _facts("1  host-x86_64-unknown-linux  file://libtorch_hip.so#offset=1  amdgcn-amd-amdhsa--gfx1030")


def test_installed_rocm_from_a_path_and_amd_smi():
    assert _facts("OSError: /opt/rocm-5.7.1/lib/libhipsolver.so.0: undefined symbol: x")["rocm.version"] == "5.7.1"
    assert _facts("AMDSMI Tool: 26.1.0+a8dbc0c | AMDSMI Library version: 26.1.0 | ROCm version: 7.1.1")["rocm.version"] == "7.1.1"


def test_the_log_reader_states_them_with_their_line():
    facts = {f.name: f for f in extract_facts_from_text("text\nGPU: AMD Radeon RX 6600 (gfx1032)\n")}
    assert facts["rocm.gpu_names"].value == ["AMD Radeon RX 6600"] and facts["rocm.gpu_names"].line == 2


def test_a_target_said_in_prose_or_by_tensorflow_rocm():
    # ROCm/legacy-rocm-build#2353: "gfx1031 is not yet supported AFAIK", TensorFlow's "with AMDGPU version : gfx1031"
    assert _facts("gfx1031 is not yet supported AFAIK.")["rocm.gfx"] == ["gfx1031"]
    tf = ("Ignoring visible gpu device (device: 0) with AMDGPU version : gfx1031. "
          "The supported AMDGPU versions are gfx1030, gfx900, gfx906, gfx908, gfx90a.")
    assert _facts(tf)["rocm.gfx"] == ["gfx1031"]


def test_the_rocblas_library_looked_up_names_the_target():
    # likelovewant/ROCmLibs-for-gfx1103-AMD780M-APU#12 (HIP SDK on Windows)
    line = "rocBLAS error: Could not load C:\\Program Files\\AMD\\ROCm\\6.1\\bin\\/rocblas/library/TensileLibrary_lazy_gfx1103.dat"
    assert _facts(line)["rocm.gfx"] == ["gfx1103"]


def test_a_setting_or_a_list_of_targets_in_prose_is_not_the_gpu():
    assert _facts("export HSA_OVERRIDE_GFX_VERSION=10.3.0  # gfx1030") == {}
    assert _facts("PYTORCH_ROCM_ARCH=gfx1030 python setup.py install") == {}
    assert "rocm.gfx" not in _facts("I get results for gfx1030, gfx1100, gfx900 but not for gfx1010.")


def test_the_log_reader_reads_an_isa_line():
    # The log reader hands str subclasses (with their line numbers): the ISA reader must still see them.
    # ROCm/legacy-rocm-build#3910's issue form: "Name: amdgcn-amd-amdhsa--gfx1102"
    text = "### GPU\n\nMarketing Name:          AMD Radeon Graphics       Name:                    amdgcn-amd-amdhsa--gfx1102\n"
    facts = {f.name: f for f in extract_facts_from_text(text)}
    assert facts["rocm.gfx"].value == ["gfx1102"] and facts["rocm.gfx"].line == 3


def test_laptop_suffixes_and_lspci_codenames_name_the_gpu():
    # mobile parts without "Radeon" ("RX 6600M", "RX 7600S"), Strix Halo's "Radeon 8060S", and lspci's codename
    assert _facts("on my RX 7600S laptop")["rocm.gpu_names"] == ["RX 7600S"]
    assert _facts("Radeon 8060S Graphics")["rocm.gpu_names"] == ["Radeon 8060S"]
    # ROCm/legacy-rocm-build#3840
    got = _facts("03:00.0 VGA compatible controller: Advanced Micro Devices, Inc. [AMD/ATI] Navi 33 "
                 "[Radeon RX 7700S/7600/7600S/7600M XT/PRO W7600] (rev c0)")
    assert got["rocm.gpu_names"] == ["Navi 33", "Radeon RX 7700S"]
    assert "Navi 23" not in _facts("Navi 23 [Radeon RX 6600/6600 XT/6600M]")["rocm.gpu_names"]  # not listed: left out
