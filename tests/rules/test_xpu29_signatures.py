"""cpu-only-wheel on an Intel GPU (session 29): the xpu_not_compiled reading's signatures.

torch refuses the "xpu" device in two words, neither of which says why (torch/xpu/__init__.py _lazy_init(): "Torch not
compiled with XPU enabled" when torch._C has no _xpu_getDeviceCount; c10/core/impl/DeviceGuardImplInterface.h
getDeviceGuardImpl(): "PyTorch is not linked with support for xpu devices" when no XPU guard is registered, which before
torch 2.4 only an imported IPEX did). The rule counts them as a CPU-only torch only beside a CPU build in view (a "+cpu"
version, collect_env's None, IPEX's CPU package) and never beside the IPEX-era XPU stack (Intel's torch builds, IPEX's
+xpu/+gpu builds), where the same words mean the extension was not imported."""
from __future__ import annotations

import pytest

EV = "cpu-only-wheel"

NOT_COMPILED_FIRES = [
    # seen: https://github.com/intel/intel-xpu-backend-for-triton/issues/2014 (torch/xpu/__init__.py line 118)
    "AssertionError: Torch not compiled with XPU enabled",
    '    raise AssertionError("Torch not compiled with XPU enabled")',
    # seen: https://github.com/luosiallen/latent-consistency-model/issues/71 (c10's device guard lookup)
    "RuntimeError: PyTorch is not linked with support for xpu devices",
    # seen: https://github.com/intel/intel-extension-for-pytorch/issues/392 (the same words, indented in the paste)
    " PyTorch is not linked with support for xpu devices",
]

NOT_COMPILED_QUIET = [
    # the same guard for another device type: mps-unavailable's (seen: https://github.com/jankais3r/LLaMA_MPS/issues/6)
    "RuntimeError: PyTorch is not linked with support for mps devices",
    # a CUDA call on an XPU build (seen: https://github.com/intel/torch-xpu-ops/issues/2024): not an XPU refusal
    "AssertionError: Torch not compiled with CUDA enabled",
    # a PrivateUse1 backend's words (seen in tpu-inference's notes on vLLM's gemma4_mm.py): not the xpu device
    "RuntimeError: PyTorch is not linked with support for jax devices",
    # XPU built in and no device found: xpu-runtime-missing's (seen: https://github.com/vladmandic/sdnext/issues/3808)
    "RuntimeError: No XPU devices are available.",
]

IPEX_CPU_FIRES = [
    # pip list's row for PyPI's IPEX, the CPU package (seen: https://github.com/intel/intel-extension-for-pytorch/issues/244)
    "intel-extension-for-pytorch 1.11.08",
    # a pip freeze line of the same package, and an explicit CPU build of Intel's CPU index
    "intel_extension_for_pytorch==2.0.100",
    "intel-extension-for-pytorch==2.1.0+cpu",
]

IPEX_CPU_QUIET = [
    # IPEX's XPU build in pip freeze (seen: https://github.com/intel/ipex-llm/issues/11525)
    "intel-extension-for-pytorch==2.1.10+xpu",
    # an install command naming a version, not an installed package (a public repository's README, found by its words)
    "pip install intel-extension-for-pytorch==2.8.0",
    # Intel's install line for the XPU build (intel.github.io, IPEX 1.13.10+xpu getting started)
    "python -m pip install torch==1.13.0a0 torchvision==0.14.1a0 intel_extension_for_pytorch==1.13.10+xpu "
    "--extra-index-url https://pytorch-extension.intel.com/release-whl/stable/xpu/us/",
]

XPU_STACK_FIRES = [
    # seen: https://github.com/intel/ipex-llm/issues/11525 (Intel's torch and IPEX's XPU build, printed by the reporter)
    "torch=2.1.0a0+cxx11.abi",
    "ipex=2.1.10+xpu",
    # seen: https://github.com/intel/intel-extension-for-pytorch/issues/364 (torch.__version__ and ipex.__version__)
    "1.13.0a0+git6c9b55e",
    "1.13.120+xpu",
    # seen: https://github.com/intel/intel-extension-for-pytorch/issues/763 (IPEX 2.5's pinned torch)
    "python -m pip install torch==2.5.1+cxx11.abi torchvision==0.20.1+cxx11.abi",
    # IPEX 2.3.110's post release pins (a public repository's README, found by its words)
    "intel-extension-for-pytorch==2.3.110.post0+xpu",
    # an XPU source build's collect_env line (seen: https://github.com/vllm-project/vllm/issues/8655)
    "PyTorch version: 2.5.0a0+git136e28f",
]

XPU_STACK_QUIET = [
    # PyPI/download.pytorch.org builds: a CPU and a CUDA wheel (seen: https://github.com/unslothai/unsloth/issues/4848)
    "torch==2.1.0+cpu",
    "2.6.0+cu124 CUDA available: True torch dir: C:\\Users\\admin\\.unsloth\\studio\\unsloth_studio\\Lib\\site-packages\\torch\\__init__.py",
    # torch's own XPU wheel of 2.5 and later is no IPEX-era stack: its "not compiled" words cannot come from it
    "torch                        2.13.0.dev20260607+xpu",
]


@pytest.mark.parametrize("line", NOT_COMPILED_FIRES)
def test_xpu_not_compiled_fires(signature_hit, line):
    assert signature_hit(EV, "xpu_not_compiled", line)


@pytest.mark.parametrize("line", NOT_COMPILED_QUIET)
def test_xpu_not_compiled_quiet(signature_hit, line):
    assert not signature_hit(EV, "xpu_not_compiled", line)


@pytest.mark.parametrize("line", IPEX_CPU_FIRES)
def test_ipex_cpu_package_fires(signature_hit, line):
    assert signature_hit(EV, "ipex_cpu_package", line)


@pytest.mark.parametrize("line", IPEX_CPU_QUIET)
def test_ipex_cpu_package_quiet(signature_hit, line):
    assert not signature_hit(EV, "ipex_cpu_package", line)


@pytest.mark.parametrize("line", XPU_STACK_FIRES)
def test_ipex_xpu_stack_fires(signature_hit, line):
    assert signature_hit(EV, "ipex_xpu_stack", line)


@pytest.mark.parametrize("line", XPU_STACK_QUIET)
def test_ipex_xpu_stack_quiet(signature_hit, line):
    assert not signature_hit(EV, "ipex_xpu_stack", line)
