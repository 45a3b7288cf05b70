"""Session 29's install-time readings (install helper): conda's refusals in the eras the rule did not read yet (conda 4.4's
"Packages missing in current channels", `conda env create`'s ResolvePackageNotFound, the classic solver's "incompatible
with the existing python installation", libmamba's "does not exist (perhaps a typo or a missing channel)" tree) for
no-matching-wheel, and containerd's missing "nvidia" handler under Kubernetes for container-toolkit-missing. Each line is
verbatim from the thread named; the near misses stay quiet."""
from __future__ import annotations

import pytest

from gpufix.core.corpus import diagnose_text
from gpufix.engine.api import load_rules

RULES = load_rules()


def _ids(text: str) -> list[str]:
    return [d.id for d in diagnose_text(text, RULES).diagnoses]


@pytest.mark.parametrize("name, line, source", [
    # https://github.com/edbeeching/godot_rl_agents/issues/14 (a Linux environment file on Windows)
    ("conda_not_found", "ResolvePackageNotFound:", "edbeeching/godot_rl_agents#14"),
    ("conda_not_found_item", "  - pytorch==1.11.0=py3.8_cuda11.3_cudnn8.2.0_0", "edbeeching/godot_rl_agents#14"),
    # https://github.com/hhsecond/HandsOnDeepLearningWithPytorch/issues/3 (Windows 10, conda 4.7.5)
    ("conda_not_found_item", "  - pytorch-cpu==1.0.1=py3.7_cpu_2", "hhsecond/HandsOnDeepLearningWithPytorch#3"),
    # https://github.com/YuliangXiu/ECON/issues/92 (pytorch-cuda 11.3 never existed)
    ("conda_not_found", "ResolvePackageNotFound: - pytorch-cuda=11.3", "YuliangXiu/ECON#92"),
    # https://github.com/pytorch/pytorch/issues/9463 (conda 4.4's wording; the spec written with a space)
    ("conda_not_found", "PackageNotFoundError: Packages missing in current channels:", "pytorch/pytorch#9463"),
    ("conda_not_found_item", "  - torch >=0.4.0", "pytorch/pytorch#9463"),
    # https://github.com/KaihuaTang/Scene-Graph-Benchmark.pytorch/pull/160 (Python 3.9; 3.8 works)
    ("conda_py_incompatible", "to be incompatible with the existing python installation in your environment:",
     "KaihuaTang/Scene-Graph-Benchmark.pytorch#160"),
    ("conda_py_item", "  - pytorch=1.4.0 -> python[version='>=2.7,<2.8.0a0|>=3.6,<3.7.0a0|>=3.7,<3.8.0a0|>=3.8,<3.9.0a0|>=3.5,<3.6.0a0']",
     "KaihuaTang/Scene-Graph-Benchmark.pytorch#160"),
    ("conda_py_item", "  - torchvision=0.5.0 -> python[version='>=2.7,<2.8.0a0|>=3.5,<3.6.0a0|>=3.6,<3.7.0a0|>=3.8,<3.9.0a0|>=3.7,<3.8.0a0']",
     "KaihuaTang/Scene-Graph-Benchmark.pytorch#160"),
    # https://github.com/hahnicity/ventmode/issues/5 (Python 2.7)
    ("conda_py_item", "  - pytorch -> python[version='>=3.6,<3.7.0a0|>=3.7,<3.8.0a0|>=3.8,<3.9.0a0']", "hahnicity/ventmode#5"),
    # https://github.com/pytorch/vision/issues/5605 (a nightly built for 3.8 only)
    ("conda_py_item", "  - pytorch=1.12.0.dev20220313 -> python[version='>=3.8,<3.9.0a0']", "pytorch/vision#5605"),
    # https://github.com/pytorch/audio/issues/2729 (torchaudio nightly, Python 3.10 on macOS)
    ("conda_py_item", "  - torchaudio -> python[version='2.7.*|3.5.*|3.6.*|>=2.7,<2.8.0a0|>=3.5,<3.6.0a0|3.4.*']",
     "pytorch/audio#2729"),
    # https://github.com/Anttwo/SuGaR/issues/32 (libmamba, a Linux environment file on Windows 11)
    ("mamba_no_torch", "├─ pytorch ==2.0.1 py3.9_cuda11.8_cudnn8.7.0_0 does not exist (perhaps a typo or a missing channel);",
     "Anttwo/SuGaR#32"),
    # https://github.com/conda/conda-libmamba-solver/issues/269 (the maintainer's corrected message)
    ("mamba_no_torch", "├─ pytorch does not exist (perhaps a typo or a missing channel);", "conda/conda-libmamba-solver#269"),
])
def test_conda_refusals_of_torch(name: str, line: str, source: str, signature_hit) -> None:
    assert signature_hit("no-matching-wheel", name, line), source


@pytest.mark.parametrize("name, line, source", [
    # another package's python gap: not torch's
    # https://github.com/srama2512/PONI/issues/5 (TensorFlow 1.13.1 on Python 3.8.5)
    ("conda_py_item", "  - tensorflow==1.13.1 -> python[version='>=2.7,<2.8.0a0|>=3.7,<3.8.0a0|>=3.6,<3.7.0a0']",
     "srama2512/PONI#5"),
    # https://github.com/mx54039q/fnm/issues/28 (TensorFlow 1.8.0 on Python 2.7)
    ("conda_py_item", "  - tensorflow==1.8.0 -> python[version='>=3.5,<3.6.0a0|>=3.6,<3.7.0a0']", "mx54039q/fnm#28"),
    # libmamba's lines for pytorch3d and pytorch-cuda (Anttwo/SuGaR#32; conda/conda-libmamba-solver#269's nested cuda line)
    ("mamba_no_torch", "├─ pytorch3d ==0.7.4 py39_cu118_pyt201 does not exist (perhaps a typo or a missing channel);",
     "Anttwo/SuGaR#32"),
    ("mamba_no_torch", "   └─ cuda 11.8.* , which does not exist (perhaps a missing channel).", "conda/conda-libmamba-solver#269"),
    # conda 4.3's "Dependency missing" (an old conda that did not know mkl 2018; peterjc123/pytorch-scripts#29: update conda)
    ("conda_not_found", "PackageNotFoundError: Dependency missing in current win-64 channels:", "peterjc123/pytorch-scripts#29"),
])
def test_conda_near_misses(name: str, line: str, source: str, signature_hit) -> None:
    assert not signature_hit("no-matching-wheel", name, line), source


def test_classic_solver_python_gap_is_no_matching_wheel() -> None:
    # https://github.com/KaihuaTang/Scene-Graph-Benchmark.pytorch/pull/160
    text = ("UnsatisfiableError: The following specifications were found\n"
            "to be incompatible with the existing python installation in your environment:\n\nSpecifications:\n\n"
            "  - pytorch=1.4.0 -> python[version='>=2.7,<2.8.0a0|>=3.6,<3.7.0a0|>=3.7,<3.8.0a0|>=3.8,<3.9.0a0|>=3.5,<3.6.0a0']\n"
            "  - torchvision=0.5.0 -> python[version='>=2.7,<2.8.0a0|>=3.5,<3.6.0a0|>=3.6,<3.7.0a0|>=3.8,<3.9.0a0|>=3.7,<3.8.0a0']\n\n"
            "Your python: python=3.9\n")
    assert _ids(text)[:1] == ["no-matching-wheel"]


def test_other_packages_python_gap_is_not_torchs() -> None:
    # https://github.com/conda/conda/issues/10163: the same message for TensorFlow; torch is not what is missing
    text = ("UnsatisfiableError: The following specifications were found\n"
            "to be incompatible with the existing python installation in your environment:\n\nSpecifications:\n\n"
            "  - tensorflow -> python[version='3.5.*|3.6.*|3.7.*']\n\nYour python: python=3.8\n")
    assert "no-matching-wheel" not in _ids(text)


@pytest.mark.parametrize("line, source", [
    ('Warning  FailedCreatePodSandBox  12s (x10 over 2m11s)  kubelet            Failed to create pod sandbox: rpc error: '
     'code = Unknown desc = failed to get sandbox runtime: no runtime for "nvidia" is configured', "NVIDIA/gpu-operator#730"),
    ('Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get sandbox runtime: no runtime for "nvidia" '
     'is configured', "NVIDIA/gpu-operator#413"),
    ('failed to get sandbox runtime: no runtime for “nvidia” is configured', "NVIDIA/gpu-operator#759"),
])
def test_containerd_without_the_nvidia_handler(line: str, source: str, signature_hit) -> None:
    assert signature_hit("container-toolkit-missing", "unknown_runtime", line), source


@pytest.mark.parametrize("line, source", [
    # containerd missing another handler: not the NVIDIA runtime
    # https://github.com/kata-containers/kata-containers/issues/5423 (maintainer: no runtimeClass for kata)
    ('failed to get sandbox runtime: no runtime for "kata" is configured', "kata-containers/kata-containers#5423"),
    # https://github.com/kata-containers/kata-containers/issues/6499
    ('Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get sandbox runtime: no runtime for '
     '"kata-qemu" is configured', "kata-containers/kata-containers#6499"),
])
def test_containerd_other_handlers_stay_quiet(line: str, source: str, signature_hit) -> None:
    assert not signature_hit("container-toolkit-missing", "unknown_runtime", line), source


@pytest.mark.parametrize("line, source", [
    # https://github.com/pytorch/pytorch/issues/29394 (the issue template, Windows, pip install torch)
    (" - Python version: 3.8 (32 bit)", "pytorch/pytorch#29394"),
    # https://github.com/pytorch/pytorch/issues/17657 (the title's own words)
    ("while building with **Python 3.7.2 (32bit)** and **Visual Studio 2017", "pytorch/pytorch#17657"),
    # the Windows installer's default folder (https://github.com/pytorch/pytorch/issues/29394's pip log)
    ("Requirement already satisfied: pyyaml in c:\\users\\jeffe\\appdata\\local\\programs\\python\\python38-32\\lib\\site-packages",
     "pytorch/pytorch#29394"),
    # collect_env's own words (torch/utils/collect_env.py, "{}.{} ({}-bit runtime)")
    ("Python version: 3.7 (32-bit runtime)", "torch/utils/collect_env.py"),
])
def test_a_32bit_python_named(line: str, source: str, signature_hit) -> None:
    assert signature_hit("no-matching-wheel", "python_32bit", line), source


@pytest.mark.parametrize("line, source", [
    # 64-bit Pythons and other 32s: not a 32-bit interpreter
    ("Python version: 3.10 (64-bit runtime)", "torch/utils/collect_env.py"),
    # https://github.com/pytorch/pytorch/issues/17657: the 64-bit Python that works, named beside the 32-bit one
    ("**Meanwhile, pytorch is installed successfully using Python 3.7.2 (64bit).**", "pytorch/pytorch#17657"),
])
def test_not_a_32bit_python(line: str, source: str, signature_hit) -> None:
    assert not signature_hit("no-matching-wheel", "python_32bit", line), source


def test_32bit_python_beside_64bit_stays_quiet() -> None:
    # https://github.com/pytorch/pytorch/issues/17657: the reporter compares with the 64-bit Python that works
    text = ("Occurs on **Windows 10** while building with **Python 3.7.2 (32bit)** and **Visual Studio 2017**\n"
            "**Meanwhile, pytorch is installed successfully using Python 3.7.2 (64bit).**\n")
    assert "no-matching-wheel" not in _ids(text)


@pytest.mark.parametrize("line, source", [
    # https://github.com/unslothai/unsloth/issues/1206 (maintainer: flash-attn had no binaries for torch 2.5 yet)
    ("But the official flash attention repository hasn't release a whl for torch 2.5.0. And I have trouble in compiling "
     "from source.", "unslothai/unsloth#1206"),
    # https://github.com/open-mmlab/mmcv/issues/1615
    ("windows pre-built package doesnt exist for cuda11.3, torch1.10.0, python3.9", "open-mmlab/mmcv#1615"),
    # https://github.com/modelscope/ms-swift/issues/8434 (a corpus report)
    ("但是对于flash attn 2.8.3版本来说，我没有看到可以支持torch2.10.0的编译包，请问该怎么安装flash attn呢？",
     "modelscope/ms-swift#8434"),
])
def test_no_extension_wheel_for_a_torch_release_said(line: str, source: str, signature_hit) -> None:
    assert signature_hit("extension-no-prebuilt-wheel-for-torch", "wheel_missing_for_torch", line), source


@pytest.mark.parametrize("line, source", [
    # https://github.com/facebookresearch/xformers/issues/1118: a platform, not a torch release (other readings own it)
    ("Why xformers 0.0.28.post1 doesn't have pre-compiled wheel for Windows?", "facebookresearch/xformers#1118"),
    # https://github.com/pytorch/pytorch/issues/71112: torch's own wheel for a Python
    ("On PyPI, [there is no wheel for Python 3.10](https://pypi.org/project/torch/1.10.1/#files) yet.", "pytorch/pytorch#71112"),
])
def test_no_wheel_without_a_torch_release(line: str, source: str, signature_hit) -> None:
    assert not signature_hit("extension-no-prebuilt-wheel-for-torch", "wheel_missing_for_torch", line), source


@pytest.mark.parametrize("line, source", [
    # https://github.com/open-mmlab/mmcv/issues/1615: "doesnt" without its apostrophe
    ("windows pre-built package doesnt exist for cuda11.3, torch1.10.0, python3.9", "open-mmlab/mmcv#1615"),
    # the same sentence with the apostrophe, as the pattern was first written for
    ("windows pre-built package doesn't exist for cuda11.3, torch1.10.0, python3.9", "open-mmlab/mmcv#1615"),
])
def test_prebuilt_package_missing_said_with_or_without_apostrophe(line: str, source: str, signature_hit) -> None:
    assert signature_hit("extension-no-prebuilt-wheel-for-torch", "wheel_missing_said", line), source
