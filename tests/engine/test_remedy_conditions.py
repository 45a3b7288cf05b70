"""A remedy's `only_if_shown` / `unless_shown` (engine/schema.RemedySpec): one diagnosis, several owners of the cause,
and each owner's remedy offered to that owner only. The real case: PaddlePaddle's build lacking the GPU's kernels is
gpu-arch-unsupported, and its reader must not be told to uninstall torch."""
from __future__ import annotations

from pathlib import Path

import pytest

from gpufix.core.corpus import diagnose_text
from gpufix.engine.api import diagnose, lint

from .conftest import RULE_META, fb

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

RULE = """
id: {id}
title: Something is wrong
severity: error
kind: setup
signatures:
  mine: 'kernels missing in (?P<owner>\\w+)'
when:
  signature: mine
diagnosis: The kernels are missing.
remedies:
  - title: Reinstall torch
    {cond_a}
    steps:
      - text: Reinstall torch.
        verify: [cuda-alloc]
  - title: Reinstall the other package
    {cond_b}
    steps:
      - text: Reinstall it.
        verify: [cuda-alloc]
""" + RULE_META


def _rule(rules_dir, cond_a: str, cond_b: str, rule_id: str = "r1") -> Path:
    return rules_dir.add(rule_id, RULE.format(id=rule_id, cond_a=cond_a, cond_b=cond_b))


def _titles(rules_dir, log: str, **facts) -> list[str]:
    from gpufix.engine.log_scan import scan_log_text

    rules = rules_dir.load()
    base = fb(log__text=log, **facts)
    (d,) = diagnose(base, scan_log_text(log, rules), rules=rules)
    return [r.title for r in d.remedies]


def test_each_owner_gets_its_own_remedy(rules_dir):
    _rule(rules_dir, "unless_shown: [torch.version]", "only_if_shown: [torch.version]")
    assert _titles(rules_dir, "kernels missing in paddle") == ["Reinstall torch"]
    assert _titles(rules_dir, "kernels missing in paddle", torch__version="2.5.1") == ["Reinstall the other package"]


def test_a_match_group_can_decide(rules_dir):
    _rule(rules_dir, "unless_shown: [match.owner]", "only_if_shown: [match.owner]")
    assert _titles(rules_dir, "kernels missing in paddle") == ["Reinstall the other package"]


def test_a_finding_always_keeps_a_remedy(rules_dir):
    # Both conditional remedies ruled out: the one that asks for nothing to be shown stays.
    _rule(rules_dir, "unless_shown: [match.owner]", "only_if_shown: [torch.version]")
    assert _titles(rules_dir, "kernels missing in paddle") == ["Reinstall torch"]


@pytest.mark.parametrize("cond, needle", [
    ("only_if_shown: [torch.nope]", "unknown fact 'torch.nope'"),
    ("unless_shown: [match.nope]", "no signature of this rule has a named group"),
    ("unless_shown: []", "expects a non-empty list of fact names"),
    ("only_if_shown: torch.version", "expects a non-empty list of fact names"),
])
def test_bad_conditions_are_reported_at_their_line(rules_dir, cond, needle):
    path = _rule(rules_dir, cond, "")
    errs = lint([rules_dir.root])
    assert len(errs) == 1 and errs[0].startswith(f"{path}:") and needle in errs[0], errs


def _arch_remedies(case: str) -> list:
    text = (FIXTURES / case / "log.txt").read_text(encoding="utf-8")
    outcome = diagnose_text(text, None)
    (d,) = [d for d in outcome.diagnoses if d.id == "gpu-arch-unsupported"]
    return list(d.remedies)


def _commands(remedies) -> list[tuple[str, ...]]:
    return [s.command for r in remedies for s in r.steps if s.command]


@pytest.mark.parametrize("case", [
    "gpu-arch-unsupported--paddle-pascal-arch-list",  # Paddle's own arch warning
    "gpu-arch-unsupported--paddle-ampere-runtime-102",  # Paddle's start-up line, its CUDA older than the GPU
    "gpu-arch-unsupported--paddle-blackwell-cc120",
])
def test_paddles_arch_gap_is_not_sent_to_torch(case):
    remedies = _arch_remedies(case)
    assert [r.title for r in remedies] == ["Install a paddlepaddle-gpu build that includes this GPU"]
    assert not any("torch" in " ".join(c) for c in _commands(remedies))
    # Nor verified by torch's allocation check: Paddle's kernels show only in the program's new output.
    assert [c for r in remedies for s in r.steps for c in s.verify] == ["rerun"]


def test_an_ngc_containers_arch_gap_is_not_sent_to_torch():
    remedies = _arch_remedies("gpu-arch-unsupported--ngc-container-k80-too-old")
    assert [r.title for r in remedies] == ["Run an NGC container release that supports this GPU"]


def test_an_extensions_arch_gap_is_not_sent_to_torch():
    remedies = _arch_remedies("gpu-arch-unsupported--extension-kernel-source")
    assert [r.title for r in remedies] == ["If the failing kernel belongs to an extension you built, rebuild it for"
                                            " this GPU"]


def test_torchs_own_arch_gap_keeps_torchs_remedies():
    titles = [r.title for r in _arch_remedies("gpu-arch-unsupported--rtx5090-sm120-leggedlab")]
    assert titles[0] == "Install a torch build that includes this GPU"
    assert not any("paddle" in t.lower() or "NGC" in t for t in titles)


@pytest.mark.parametrize("case", [
    "driver-older-than-runtime--paddle-post112-driver-440",  # paddlepaddle-gpu .post112 on driver 440
    "driver-older-than-runtime--paddle1x-error-code-35",  # Paddle 1.x's bare error code 35
])
def test_a_paddle_reports_old_driver_is_not_answered_with_a_torch_build(case):
    text = (FIXTURES / case / "log.txt").read_text(encoding="utf-8")
    (d,) = [d for d in diagnose_text(text, None).diagnoses if d.id == "driver-older-than-runtime"]
    assert [r.title for r in d.remedies] == ["Update the NVIDIA driver"]
    assert "The report is about PaddlePaddle, not torch" in d.explanation


def test_paddle_alone_with_a_generic_no_kernel_error_gets_paddles_remedy():
    # https://github.com/PaddlePaddle/Paddle/issues/41686 (corpus report gh-paddlepaddle-paddle-41686), its lines
    text = ("cudaErrorNoKernelImageDevice: no kernel image is available for execution on the device.\n"
            "paddle-gpu: 2.2.2(cudatoolkit 10.2)\nRTX 3060ti单卡\n")
    (d,) = [d for d in diagnose_text(text, None).diagnoses if d.id == "gpu-arch-unsupported"]
    assert [r.title for r in d.remedies] == ["Install a paddlepaddle-gpu build that includes this GPU"]


def test_a_torch_report_keeps_the_torch_build_remedy_for_an_old_driver():
    text = "RuntimeError: The NVIDIA driver on your system is too old (found version 11040)\ntorch 2.5.1+cu124\n"
    (d,) = [d for d in diagnose_text(text, None).diagnoses if d.id == "driver-older-than-runtime"]
    assert [r.title for r in d.remedies] == ["Update the NVIDIA driver",
                                             "Or keep the driver and install a torch build it supports"]


@pytest.mark.parametrize("case", [
    "no-nvidia-gpu--virtualbox-guest-no-cuda-device",  # Real-Time-Voice-Cloning#152: Ubuntu in VirtualBox on Windows
    "no-nvidia-gpu--vmware-ubuntu-no-cuda-device",  # TransCoder#9: "I use VMware ubuntu 16.04"
])
def test_a_desktop_vm_guest_is_sent_to_where_the_gpu_is_first(case):
    text = (FIXTURES / case / "log.txt").read_text(encoding="utf-8")
    (d,) = [d for d in diagnose_text(text, None).diagnoses if d.id == "no-nvidia-gpu"]
    assert [r.title for r in d.remedies][:2] == ["Run it outside the virtual machine, where the GPU is",
                                                 "Run on the CPU here"]


def test_a_machine_with_no_nvidia_gpu_and_no_vm_gets_no_vm_remedy():
    text = (FIXTURES / "no-nvidia-gpu--amd-6600xt-not-compiled-zh" / "log.txt").read_text(encoding="utf-8")
    (d,) = [d for d in diagnose_text(text, None).diagnoses if d.id == "no-nvidia-gpu"]
    assert [r.title for r in d.remedies][0] == "Run on the CPU here"
    assert not any("virtual machine" in r.title for r in d.remedies)


@pytest.mark.parametrize("case, titles", [
    # torch's own fbgemm.dll: the runtime, then torch from the official index; Intel's extension is not named
    ("windows-dll-load--fbgemm-126-torch240-cu121", ["Install the latest Microsoft Visual C++ Redistributable (x64)",
                                                     "Reinstall torch from the official index (move off torch 2.4.0 if "
                                                     "that is the version)"]),
    # intel_extension_for_pytorch's own DLL: its +xpu torch and oneAPI, never the official index's build
    ("windows-dll-load--ipex-gpu-dll-winerror-126", ["Install the latest Microsoft Visual C++ Redistributable (x64)",
                                                     "For Intel's extension (intel_extension_for_pytorch), install the "
                                                     "torch and oneAPI runtime of its release"]),
])
def test_a_windows_dll_failure_is_answered_for_the_dll_that_failed(case, titles):
    text = (FIXTURES / case / "log.txt").read_text(encoding="utf-8")
    (d,) = [d for d in diagnose_text(text, None).diagnoses if d.id == "windows-dll-load"]
    assert [r.title for r in d.remedies] == titles


def test_a_build_never_published_is_answered_with_a_variant_not_a_python():
    # no-matching-wheel's fixture from a Chinese report: "torch 2.0.1+cu121？" (2.0.1 had cu117 and cu118)
    text = (FIXTURES / "no-matching-wheel--named-build-torch201-cu121" / "log.txt").read_text(encoding="utf-8")
    (d,) = [d for d in diagnose_text(text, None).diagnoses if d.id == "no-matching-wheel"]
    titles = [r.title for r in d.remedies]
    assert titles[0] == "Pick a CUDA variant that this torch release was built for"
    assert "Use a 64-bit Python that the torch release supports" not in titles


def _ops_titles(case: str) -> list[str]:
    text = (FIXTURES / case / "log.txt").read_text(encoding="utf-8")
    (d,) = [d for d in diagnose_text(text, None).diagnoses if d.id == "extension-ops-missing"]
    return [r.title for r in d.remedies]


BUILD_STEP = "Run the package's own build step (detectron2, maskrcnn-benchmark, PointNet++, DCNv2, Deformable-DETR's ops, apex)"


@pytest.mark.parametrize("case", [
    "extension-ops-missing--cva-net-msda-not-installed",  # MultiScaleDeformableAttention never built
    "extension-ops-missing--rlipv2-msda-traceback",
    "extension-ops-missing--detectron2-not-built",
    "extension-ops-missing--apex-without-cuda-ext",
])
def test_ops_missing_outside_mmcv_get_the_build_step_not_mmcvs_index(case):
    assert _ops_titles(case) == [BUILD_STEP]


@pytest.mark.parametrize("case", [
    "extension-ops-missing--mmcv2-source-build-no-ops",  # "No module named 'mmcv._ext'"
    "extension-ops-missing--zh-mmcv-full-sdist",
])
def test_mmcvs_missing_ops_get_mmcvs_full_package(case):
    assert _ops_titles(case) == ["Install the full mmcv built for this torch and CUDA"]
