"""torch's CUDA read from the NVIDIA runtime wheel pip installed beside a plain (PyPI) torch
(gpufix.probes.pasted._torch_cuda_from_runtime_wheel; docs/corpus.md, session 25 driver readings)."""
from __future__ import annotations

import time

from gpufix.facts import FactBase
from gpufix.probes.pasted import extract_facts_from_text


def fb_of(text: str) -> FactBase:
    fb = FactBase()
    fb.extend(extract_facts_from_text(text))
    return fb


# https://github.com/zai-org/ChatGLM-6B/issues/489 (pip list rows, verbatim; the list is cut to the rows that matter)
CHATGLM_ROWS = """\
Package                  Version
------------------------ ----------
torch                    2.0.0
torch-tb-profiler        0.4.0
nvidia-cuda-runtime-cu11 11.7.99
"""


def test_plain_torch_beside_runtime_row_gives_its_cuda():
    fb = fb_of(CHATGLM_ROWS)
    assert fb.value("torch.version_full") == "2.0.0"
    assert fb.value("torch.cuda") == "11.7"
    assert fb.value("torch.build") == "cu117"


# https://github.com/jupyter/docker-stacks/issues/2166 (pip's own line, verbatim up to the stored copy's cut)
FROM_TORCH = ("Requirement already satisfied: nvidia-cuda-nvrtc-cu12==12.1.105 in /opt/conda/lib/python3.11/site-packages "
              "(from torch) (12.1.105)\n")


def test_pip_says_the_runtime_wheel_is_torchs():
    assert fb_of(FROM_TORCH).value("torch.cuda") == "12.1"


def test_torch_own_build_wins():
    text = ("Requirement already satisfied: torch in /opt/conda/lib/python3.11/site-packages (2.2.2+cu121)\n" + FROM_TORCH)
    fb = fb_of(text)
    assert fb.value("torch.build") == "cu121"
    assert fb.value("torch.cuda") in (None, "12.1")


def test_near_misses_stay_quiet():
    # a +cpu torch beside the runtime wheel another package brought
    assert fb_of(CHATGLM_ROWS.replace("2.0.0\n", "2.0.0+cpu\n", 1)).get("torch.cuda") is None
    # TensorFlow and JAX pull the same wheels
    assert fb_of(CHATGLM_ROWS + "tensorflow               2.15.0\n").get("torch.cuda") is None
    assert fb_of(CHATGLM_ROWS + "jaxlib                   0.4.23\n").get("torch.cuda") is None
    # Windows: other packages bring the wheel there, PyPI's torch is a CPU build
    assert fb_of("C:\\Users\\me> pip list\n" + CHATGLM_ROWS).get("torch.cuda") is None
    # the wheel's name and version disagree, two runtime rows, no torch at all
    assert fb_of(CHATGLM_ROWS.replace("11.7.99", "12.1.105")).get("torch.cuda") is None
    assert fb_of(CHATGLM_ROWS + "nvidia-cuda-runtime-cu12 12.1.105\n").get("torch.cuda") is None
    assert fb_of(CHATGLM_ROWS.replace("torch                    2.0.0\n", "")).get("torch.cuda") is None
    # pip's line about another package's dependency
    assert fb_of(FROM_TORCH.replace("(from torch)", "(from jax[cuda12])")).get("torch.cuda") is None


def test_linear_time():
    text = "Requirement already satisfied: nvidia-cuda-runtime-cu12==12.1.105 in " + "/a" * 20000 + "\n"
    start = time.perf_counter()
    fb_of(text * 20)
    assert time.perf_counter() - start < 5
