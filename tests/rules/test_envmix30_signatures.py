"""Session 30's which-environment and install readings (envmix helper) for no-matching-wheel: pip's refusal of Intel
Extension for PyTorch (wheels for Linux only, some Pythons), and conda's classic solver refusing a torch build beside a
cudatoolkit pin it was not built for, in conda 4.4-4.7's words ("found to be in conflict") and conda >= 4.8's ("found to
be incompatible with each other", "Package cudatoolkit conflicts for:"; conda/exceptions.py). Each line is verbatim from
the thread named; the near misses stay quiet."""
from __future__ import annotations

import pytest

from gpufix.core.corpus import diagnose_text
from gpufix.engine.api import load_rules

RULES = load_rules()


def _ids(text: str) -> list[str]:
    return [d.id for d in diagnose_text(text, RULES).diagnoses]


@pytest.mark.parametrize("name, line, source", [
    # https://github.com/intel/intel-extension-for-pytorch/issues/286 (native Windows; maintainer: try WSL2)
    ("not_found_stack",
     "ERROR: Could not find a version that satisfies the requirement intel_extension_for_pytorch (from versions: none)",
     "intel/intel-extension-for-pytorch#286"),
    ("not_found_stack", "ERROR: No matching distribution found for intel_extension_for_pytorch",
     "intel/intel-extension-for-pytorch#286"),
    # https://github.com/openvinotoolkit/openvino_notebooks/issues/2104 (Windows, Arc laptop; the dashed name)
    ("not_found_stack",
     "ERROR: Could not find a version that satisfies the requirement intel-extension-for-pytorch (from versions: none)",
     "openvinotoolkit/openvino_notebooks#2104"),
    # https://github.com/chaoqichen/HTCN/issues/3 (conda 4.4-4.7; maintainer: pytorch 1.0.1 needs cudatoolkit 10.0.130)
    ("conda_conflict", "UnsatisfiableError: The following specifications were found to be in conflict:", "chaoqichen/HTCN#3"),
    ("conda_cudatoolkit_pinned", "  - cudatoolkit 10.1*", "chaoqichen/HTCN#3"),
    ("conda_torch_needs_cudatoolkit", "  - pytorch 1.0.1* -> cudatoolkit >=10.0.130,<10.1.0a0", "chaoqichen/HTCN#3"),
    # https://github.com/araffin/robotics-rl-srl/issues/26 (quoted in the issue with "> ")
    ("conda_cudatoolkit_pinned", ">   - cudatoolkit==8.0=3", "araffin/robotics-rl-srl#26"),
    ("conda_torch_needs_cudatoolkit", ">   - pytorch==0.4.0=py35_cuda9.0.176_cudnn7.1.2_1 -> cudatoolkit=9",
     "araffin/robotics-rl-srl#26"),
    # https://github.com/facebookresearch/demucs/issues/21 (conda >= 4.8)
    ("conda_conflict", "UnsatisfiableError: The following specifications were found to be incompatible with each other:",
     "facebookresearch/demucs#21"),
    ("conda_conflict", "Package cudatoolkit conflicts for:", "facebookresearch/demucs#21"),
    ("conda_torch_needs_cudatoolkit", "pytorch=1.3.1 -> cudatoolkit[version='>=10.1,<10.2']", "facebookresearch/demucs#21"),
    ("conda_cudatoolkit_pinned", "cudatoolkit=10.0", "facebookresearch/demucs#21"),
    # https://github.com/OpenSciML/CvStudio/issues/10 (torchvision's chain through pytorch; the readme's pin fixed to 10.1)
    ("conda_torch_needs_cudatoolkit",
     "torchvision -> pytorch[version='1.3.0.dev20191010,1.4.0.dev20191013,1.4.0.dev20191019,1.4.0.dev20191022,"
     "1.4.0.dev20191023,1.4.0.dev20191026,1.4.0.dev20191028'] -> cudatoolkit[version='>=10.1,<10.2']",
     "OpenSciML/CvStudio#10"),
    ("conda_torch_needs_cudatoolkit", "pytorch -> cudatoolkit[version='>=10.1,<10.2']**", "OpenSciML/CvStudio#10"),
])
def test_envmix_lines_read(name: str, line: str, source: str, signature_hit) -> None:
    assert signature_hit("no-matching-wheel", name, line), source


@pytest.mark.parametrize("name, line, source", [
    # the same pip refusal for a package outside the list (a yanked xformers dev build; Linaqruf/kohya-trainer#151)
    ("not_found_stack", "ERROR: No matching distribution found for xformers==0.0.17.dev476", "Linaqruf/kohya-trainer#151"),
    # a pytorch chain to another package than cudatoolkit (pytorch/vision#6185: a nightly's blas / mkl pairing)
    ("conda_torch_needs_cudatoolkit", "pytorch=1.13.0.dev20220621 -> blas=[build=mkl]", "pytorch/vision#6185"),
    ("conda_torch_needs_cudatoolkit", "pytorch=1.13.0.dev20220621 -> mkl[version='>=2018']", "pytorch/vision#6185"),
    # https://github.com/pytorch/test-infra/issues/4564: a pytorch chain to pytorch-mutex, not to cudatoolkit
    ("conda_torch_needs_cudatoolkit", "    pytorch==2.2.0.dev20230910 -> pytorch-mutex==1.0[build='cuda|cpu']",
     "pytorch/test-infra#4564"),
    # a header that is not a conflict (the python gap has its own reading; KaihuaTang/Scene-Graph-Benchmark.pytorch#160)
    ("conda_conflict", "to be incompatible with the existing python installation in your environment:",
     "KaihuaTang/Scene-Graph-Benchmark.pytorch#160"),
])
def test_envmix_near_misses(name: str, line: str, source: str, signature_hit) -> None:
    assert not signature_hit("no-matching-wheel", name, line), source


def test_cudatoolkit_conflict_is_no_matching_wheel() -> None:
    # https://github.com/chaoqichen/HTCN/issues/3
    text = ("conda install pytorch=1.0.1 torchvision cudatoolkit=10.1\n\nThen I got this:\n"
            "UnsatisfiableError: The following specifications were found to be in conflict:\n"
            "  - cudatoolkit 10.1*\n  - pytorch 1.0.1* -> cudatoolkit >=10.0.130,<10.1.0a0\n")
    assert _ids(text)[:1] == ["no-matching-wheel"]


def test_conflict_without_cudatoolkit_pin_stays_quiet() -> None:
    # pytorch/vision#6185: pytorch's chains end at blas and mkl; nothing pins cudatoolkit against it
    text = ("The following specifications were found to be incompatible with each other:\n\n"
            "Package blas conflicts for:\nnumpy -> blas[version='*|*|1.0|1.0',build='openblas|openblas|mkl|mkl']\n"
            "pytorch=1.13.0.dev20220621 -> blas=[build=mkl]\n")
    assert "no-matching-wheel" not in _ids(text)
