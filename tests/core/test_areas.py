"""The per-area summary both front ends render."""
from __future__ import annotations

from gpufix.areas import area_of_fact, not_known_text, primary_area, split_evidence, summarize
from gpufix.diagnosis import Diagnosis
from gpufix.facts import FactBase, absent, ok, unknown


def _d(id_, evidence, severity="error", kind="setup"):
    return Diagnosis(id_, id_.replace("-", " "), severity, kind, "...", dict.fromkeys(evidence, "v"))


def _facts(*facts):
    fb = FactBase()
    fb.extend(facts)
    return fb


def test_fact_names_map_to_areas_by_longest_prefix():
    assert area_of_fact("driver.version") == "gpu"
    assert area_of_fact("compat.driver_min_for_torch") == "gpu"
    assert area_of_fact("torch.cuda_available") == "cuda"
    assert area_of_fact("torch.cudnn") == "cuda"
    assert area_of_fact("torch.version_full") == "torch"
    assert area_of_fact("compat.numpy_abi_ok") == "packages"
    assert area_of_fact("env.CUDA_HOME") == "cuda" and area_of_fact("env.PATH") == "python"
    assert area_of_fact("match.found_version") is None and area_of_fact("recommend.build") is None


def test_a_diagnosis_is_filed_where_its_evidence_points():
    # Evidence lists of the project's rules (rules list the main facts first).
    cases = {
        "torch": ["torch.version_full", "torch.build", "torch.cuda_available", "gpu.name", "gpu.count",
                  "driver.version", "pip.index_url", "compat.index_has_cuda_wheels", "conda.cpuonly",
                  "python.executable"],  # cpu-only-wheel
        "gpu": ["torch.version_full", "torch.cuda", "driver.version", "compat.driver_cuda",
                "compat.driver_min_for_torch", "compat.driver_supports_torch", "compat.newest_build_for_driver",
                "compat.newest_build_for_driver_installed_release", "match.found_version", "gpu.name",
                "torch.cuda_available"],  # driver-older-than-runtime
        "packages": ["torch.version_full", "torchvision.version_full", "torchvision.version",
                     "compat.torchvision_expected", "compat.torchvision_matches", "match.torch_cuda_seen",
                     "match.torchvision_cuda_seen", "torchvision.import_error", "torch.build"],  # torchvision
    }
    for area, evidence in cases.items():
        assert primary_area(_d("x", evidence)) == area, evidence
    assert primary_area(_d("numpy2-abi", ["numpy.version", "match.numpy_version", "torch.version_full"])) == "packages"
    assert primary_area(_d("cuda-oom", ["torch.version_full"], kind="code")) == "log"
    assert primary_area(_d("log-only", ["match.sm"])) == "log"
    assert primary_area(_d("first-wins", ["match.x", "driver.version", "torch.build"])) == "gpu"


def test_marks_follow_the_worst_finding_and_info_does_not_count():
    facts = _facts(ok("torch.version_full", "2.4.1+cpu", "torch"), ok("torch.build", "cpu", "torch"),
                   ok("numpy.version", "2.1.0", "python-env"))
    diags = [_d("a", ["torch.build"], "warning"), _d("b", ["torch.version_full"], "error"),
             _d("c", ["numpy.version"], "info")]
    areas = {a.key: a for a in summarize(facts, diags)}
    assert areas["torch"].line() == "[✗] torch build: torch 2.4.1+cpu"
    assert [d.id for d in areas["torch"].findings] == ["a", "b"]
    assert areas["packages"].status == "ok" and [d.id for d in areas["packages"].findings] == ["c"]
    assert areas["gpu"].line() == "[-] GPU and driver: not checked"
    assert "log" not in areas


def test_a_probe_that_could_not_tell_is_a_warning_with_its_reason():
    facts = _facts(unknown("gpu.name", "nvidia-smi", "nvidia-smi did not answer within 30 s"),
                   unknown("driver.version", "nvidia-smi", "nvidia-smi did not answer within 30 s"))
    gpu = summarize(facts, [])[0]
    assert gpu.line() == "[!] GPU and driver: could not tell: nvidia-smi did not answer within 30 s"


def test_gpu_line_names_cards_and_counts_identical_ones():
    eight = _facts(ok("gpu.name", ["NVIDIA H100 80GB HBM3"] * 8, "nvidia-smi"),
                   ok("gpu.compute_capability", ["9.0"] * 8, "nvidia-smi"),
                   ok("driver.version", "550.54.15", "nvidia-smi"), ok("driver.cuda", "12.4", "nvidia-smi"))
    assert summarize(eight, [])[0].summary == "8x NVIDIA H100 80GB HBM3 (9.0), driver 550.54.15 (CUDA 12.4)"
    # No driver answered and nothing read the bus: that is "no driver", not "no GPU" (issue 10).
    no_driver = _facts(absent("gpu.name", "nvidia-smi"), absent("driver.version", "nvidia-smi"))
    assert summarize(no_driver, [])[0].summary == "no NVIDIA driver found"


def test_gpu_line_follows_what_the_pci_bus_showed():
    no_drv = (absent("gpu.name", "nvidia-smi"), absent("driver.version", "nvidia-smi"))
    seen = _facts(*no_drv, ok("pci.seen", True, "pci"), ok("pci.nvidia_count", 1, "pci"),
                  ok("pci.gpu_names", ["GeForce GTX 970"], "pci"))
    assert summarize(seen, [])[0].summary == "GeForce GTX 970 on the PCI bus, no working driver"
    none = _facts(*no_drv, ok("pci.seen", True, "pci"), ok("pci.nvidia_count", 0, "pci"))
    assert summarize(none, [])[0].summary == "no NVIDIA GPU found"
    assert summarize(seen, [], "zh")[0].summary == "PCI 总线上有 GeForce GTX 970, 没有可用的驱动"


def test_the_log_row_counts_what_the_log_supports():
    facts = _facts(ok("torch.build", "cpu", "torch"))
    from_log = _d("cpu-only-wheel", ["torch.build", "signature.not_compiled"])
    code = _d("cuda-oom", ["match.tried"], "warning", kind="code")
    rows = {a.key: a for a in summarize(facts, [from_log, code], log_given=True)}
    assert rows["log"].line() == "[✗] error log: known errors found: 2 finding(s)"
    assert [d.id for d in rows["log"].findings] == ["cuda-oom"]  # cpu-only-wheel is under torch
    clean = {a.key: a for a in summarize(facts, [], log_given=True)}
    assert clean["log"].line() == "[✓] error log: no known error in the log"


def test_chinese_labels():
    rows = summarize(_facts(), [], "zh")
    assert [r.label for r in rows] == ["GPU 与驱动", "CUDA 运行时", "torch 版本", "Python 环境", "相关包"]
    assert rows[0].summary == "未检查"


def test_issue10_no_driver_reads_as_no_driver_until_the_bus_is_read(tmp_path):
    """Issue 10, from the machine that showed it (the recorded dev machine: no NVIDIA driver, CPU
    torch): without the PCI reading, "no driver" must not be said as "no GPU"; with the bus read
    (no NVIDIA device on it), "no NVIDIA GPU found" is an observation."""
    import shutil
    from pathlib import Path

    from gpufix.probes.registry import ALL_PROBES
    from gpufix.probes.runner import replay_recording

    case = Path(__file__).resolve().parents[1] / "fixtures" / "linux-nodriver-cpu-torch"

    def gpu_line(directory: Path) -> str:
        fb = FactBase()
        for r in replay_recording(ALL_PROBES, directory):
            fb.extend(r.facts)
        return summarize(fb, [])[0].summary

    assert gpu_line(case) == "no NVIDIA GPU found"
    before = tmp_path / "before-pci-probe"
    shutil.copytree(case, before)
    (before / "pci-sysfs.json").unlink()  # the recording as it was before the PCI probe existed
    assert gpu_line(before) == "no NVIDIA driver found"


def test_a_log_line_two_signatures_matched_is_listed_once_and_other_evidence_is_kept():
    line = "line 4: Downloading torch-2.3.0+cu121-cp310-cp310-linux_x86_64.whl (781.0 MB)"
    known, missing = split_evidence({
        "signature.download_line": line, "signature.torch_install": line, "signature.errno28": "line 9: [Errno 28]",
        "torch.build": "cpu", "torch.cuda": "cpu", "os.name": None,
    })
    assert [k for k, _ in known] == ["signature.download_line", "signature.errno28", "torch.build", "torch.cuda"]
    assert missing == ["os.name"]
    assert dict(known)["signature.download_line"] == line.removeprefix("line 4: ")
    assert dict(known)["signature.errno28"] == "[Errno 28]"


def test_the_knowledge_base_copy_of_a_shown_fact_is_not_shown_again():
    known, _ = split_evidence({"driver.cuda": "11.6", "compat.driver_cuda": "11.6"})
    assert known == [("driver.cuda", "11.6")]
    known, _ = split_evidence({"driver.cuda": None, "compat.driver_cuda": "12.4"})
    assert known == [("compat.driver_cuda", "12.4")]


def test_a_conclusion_not_drawn_is_not_listed_as_not_known():
    # derived/compat/recommend facts are not known exactly when what they are drawn from is not
    _, missing = split_evidence({"gpu.vendor": None, "derived.nvidia_gpu": None, "compat.driver_cuda": None,
                                 "recommend.build": None, "torch.cuda": None, "derived.no_nvidia_gpu": True})
    assert missing == ["gpu.vendor", "torch.cuda"]


def test_the_not_known_line_names_six_and_counts_the_rest():
    labels = [f"fact {i}" for i in range(10)]
    assert not_known_text(labels, "en") == "(not known: fact 0, fact 1, fact 2, fact 3, fact 4, fact 5 and 4 more)"
    assert not_known_text(labels[:6], "en") == "(not known: fact 0, fact 1, fact 2, fact 3, fact 4, fact 5)"
    assert "另有 4 项" in not_known_text(labels, "zh")


def test_an_area_with_a_finding_from_the_log_alone_says_not_checked_not_a_dash():
    from gpufix.core.corpus import diagnose_text

    # kohya-ss/sd-scripts#1597's lines: a torch DLL failure read from the log, nothing probed
    text = ('Could not load torch: [WinError 126] Das angegebene Modul wurde nicht gefunden. Error loading\n'
            '"P:\\AI\\kohya_ss\\venv\\lib\\site-packages\\torch\\lib\\fbgemm.dll" or one of its dependencies.\n')
    outcome = diagnose_text(text, None)
    rows = {a.key: a for a in summarize(outcome.facts, outcome.diagnoses, "en", log_given=True)}
    assert rows["torch"].status == "error" and rows["torch"].summary == "not checked"
