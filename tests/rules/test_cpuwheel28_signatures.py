"""cpu-build-evidence (session 28) reads a CPU build of torch in two more of its shapes.

conda's name=version=build spec form, as `conda env export`, `conda list --export` and a pinned environment.yml write it,
and as users quote it in prose: the pytorch channel's "py3.8_cpu_0" builds, conda-forge's "cpu_..." builds, the
pytorch-mutex held at "cpu", the cpuonly metapackage pinned. The CUDA builds in the same form do not match.

torch.version.cuda printed as None where the one-line readers cannot see it: a run of print() lines whose values follow the
run (the last command used to take the run's first value, a CUDA version for a CPU build), and a REPL that printed nothing
for `torch.version.cuda` (the next prompt right under it). probes/pasted.py reads both into torch.cuda = absent, which
cpu-build-evidence takes as the CPU build (sel_cuda_none)."""
from __future__ import annotations

import pytest

from gpufix.facts import FactBase
from gpufix.probes.pasted import extract_facts_from_text

EV = "cpu-build-evidence"

SPEC_FIRES = [
    # seen: https://github.com/pytorch/pytorch/issues/69202 ("it is pytorch=1.9.0=py3.8_cpu_0")
    "In my case, it was a problem with available conda packages. There is no version 11.3 at all, so installer get you CPU "
    "only version. (you could check it in you package list, it is pytorch=1.9.0=py3.8_cpu_0).",
    # conda env export lines (an environment.yml pinned from an env where pytorch-cuda was asked and the CPU build resolved)
    "  - pytorch=1.11.0=py3.8_cpu_0",
    "  - pytorch-mutex=1.0=cpu",
    "pytorch=2.1.0=py3.8_cpu_0",
    "  - pytorch=2.7.1=cpu_generic_py311_hcdfc2e8_2",
    "# conda install pytorch=1.5.1=py3.7_cpu_0 cpuonly=2.0=0 pytorch-mutex=1.0=cpu -c pytorch",
]

SPEC_QUIET = [
    # the CUDA builds in the same form
    "  - pytorch=1.2.0=py3.7_cuda10.0.130_cudnn7.6.2_0",
    "I see the Pytorch in the environment.yml file uses pytorch=1.2.0=py3.7_cuda10.0.130_cudnn7.6.2_0.",  # lioryariv/idr#3
    "  - pytorch-mutex=1.0=cuda",
    "  - pytorch=2.0.1=cuda118py310h1234567_0",
    "  - pytorch-cuda=12.1=ha16c6d3_5",
    # a version pin without a build says nothing
    "  - pytorch=1.12.0",
    "  - cpuonly",
]


@pytest.mark.parametrize("line", SPEC_FIRES)
def test_conda_cpu_spec_fires(signature_hit, line):
    assert signature_hit(EV, "conda_cpu_spec", line)


@pytest.mark.parametrize("line", SPEC_QUIET)
def test_conda_cpu_spec_quiet(signature_hit, line):
    assert not signature_hit(EV, "conda_cpu_spec", line)


def _fb(text: str) -> FactBase:
    fb = FactBase()
    fb.extend(extract_facts_from_text(text))
    return fb


def test_print_run_values_after_the_run():
    # seen: https://github.com/gasmichel/PathNNs_expressive/issues/3
    text = ("import torch\nprint(torch.__version__)  \nprint(torch.cuda.is_available())  \nprint(torch.version.cuda)  \n\n"
            "1.12.1\nFalse\nNone\n")
    fb = _fb(text)
    assert fb.value("torch.version_full") == "1.12.1"
    assert fb.value("torch.cuda_available") is False
    assert fb.get("torch.cuda").status == "absent"  # not "1.12.1": the old reading took the run's first value
    assert fb.value("torch.build") == "cpu"


def test_print_run_of_a_cuda_build():
    text = "print(torch.__version__)\nprint(torch.version.cuda)\nprint(torch.cuda.is_available())\n\n2.1.0+cu118\n11.8\nTrue\n"
    fb = _fb(text)
    assert fb.value("torch.cuda") == "11.8"
    assert fb.value("torch.cuda_available") is True
    assert fb.value("torch.build") == "cu118"


def test_print_run_without_aligned_values_reads_nothing():
    text = "print(torch.__version__)\nprint(torch.version.cuda)\n\nthe output was strange\n"
    fb = _fb(text)
    assert fb.get("torch.cuda") is None or fb.get("torch.cuda").status != "ok"


def test_repl_printed_nothing_for_version_cuda():
    fb = _fb(">>> import torch\n>>> torch.version.cuda\n>>> torch.cuda.is_available()\nFalse\n")
    assert fb.get("torch.cuda").status == "absent"
    assert fb.value("torch.cuda_available") is False


def test_ipython_printed_nothing_for_version_cuda():
    fb = _fb("In [1]: import torch\n\nIn [2]: torch.version.cuda\n\nIn [3]: torch.cuda.is_available()\nOut[3]: False\n")
    assert fb.get("torch.cuda").status == "absent"


def test_repl_value_shown_is_not_none():
    fb = _fb(">>> torch.version.cuda\n'12.1'\n>>> torch.cuda.is_available()\nTrue\n")
    assert fb.value("torch.cuda") == "12.1"
