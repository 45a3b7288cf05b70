"""cpu-only-wheel's evidence (session 29): two more shapes of "the torch here has no CUDA".

SD.Next's installer says which torch it chose when it found no GPU toolkit, in each era's words (installer.py:
'log.info("Using CPU-only Torch")' from 2023-04, 'log.info("Using CPU-only torch")' from 2024-02, 'log.warning("Torch:
CPU-only version installed")' from 2025-09). Its command is then PyPI's plain "torch torchvision": the CPU build on Windows.
cpu-build-evidence reads the line in SD.Next's log shape (after its level word) and only on Windows, never on Darwin.

The reporter's own torch.cuda.is_available() said in prose in two more shapes (probes/prose.py): the call in Markdown
backticks with the value after it ("`torch.cuda.is_available()` returns `False`": the closing backtick used to stop the
read), and the value after a connective or in the next clause ("and got False", "it returns False", "，结果是False")."""
from __future__ import annotations

import pytest

from gpufix.facts import FactBase
from gpufix.probes.pasted import extract_facts_from_text

EV = "cpu-build-evidence"

SDNEXT_FIRES = [
    # seen: https://github.com/vladmandic/sdnext/issues/436 (Windows 10, an A100; the maintainer: no nvidia-smi, cpu-only torch)
    "20:45:15-345125 INFO     Using CPU-only Torch",
    # seen: https://github.com/vladmandic/sdnext/issues/1047 (Windows, "defaults to CPU")
    "05:17:15-689269 INFO     Using CPU-only Torch",
    # seen: https://github.com/vladmandic/sdnext/issues/3108 (Windows, an RX 6600 started without --use-zluda)
    "12:11:51-561950 INFO     Using CPU-only torch",
    # vladmandic/sdnext installer.py since 2025-09 (commit 71fde8a89): log.warning('Torch: CPU-only version installed'),
    # as the console's rich handler prints it
    "06:25:13-182544 WARNING  Torch: CPU-only version installed",
    # the same line from sdnext.log, whose file handler writes "asctime | host | name | level | module | message"
    # (installer.py setup_logging)
    "2024-05-05 12:11:51,561 | DESKTOP-1 | sd | INFO | installer | Using CPU-only torch",
]

SDNEXT_QUIET = [
    # a Dockerfile's comment (a public repository's file, found by its words): a CPU build chosen on purpose, no log line
    "# Using CPU-only torch to save ~2GB",
    # a project's troubleshooting notes (a public repository's README): advice, not an installer's log
    "→ Make sure you're using CPU-only torch: `pip install torch --index-url https://download.pytorch.org/whl/cpu`",
    # SD.Next's own other lines on a CUDA machine
    "22:47:26-482579 INFO     nVidia CUDA toolkit detected",
    "12:11:51-558951 WARNING  HIP SDK is detected, but no Torch release for Windows available",
]


@pytest.mark.parametrize("line", SDNEXT_FIRES)
def test_sdnext_cpu_torch_fires(signature_hit, line):
    assert signature_hit(EV, "sdnext_cpu_torch", line)


@pytest.mark.parametrize("line", SDNEXT_QUIET)
def test_sdnext_cpu_torch_quiet(signature_hit, line):
    assert not signature_hit(EV, "sdnext_cpu_torch", line)


def test_darwin_named(signature_hit):
    # seen: https://github.com/vladmandic/sdnext/issues/857 (macOS: the same installer line, no CUDA build exists there)
    assert signature_hit(EV, "darwin_named", "17:52:53-301811 INFO     Python 3.10.6 on Darwin")
    assert not signature_hit(EV, "darwin_named", "12:11:49-075113 INFO     Python 3.10.14 on Windows")


def _available(text: str):
    fb = FactBase()
    fb.extend(extract_facts_from_text(text))
    f = fb.get("torch.cuda_available")
    return f.value if f is not None and f.status == "ok" else None


AVAILABLE_READ = [
    # seen: https://github.com/QEngineering/PyTorch-Jetson-Nano/issues/2
    ("After installing the wheel `torch.cuda.is_available()` returns False.", False),
    # seen: https://github.com/openclimatefix/archives-satflow/issues/18 (conda resolved a CPU-only pytorch)
    ("if Pytorch is then installed, `torch.cuda.is_available()` returns `False`.", False),
    # seen: https://github.com/pytorch/pytorch/issues/182272
    ("- `torch.cuda.is_available()` returns `False`", False),
    # seen: https://github.com/ROCm/legacy-rocm-build/issues/4650
    ("When i tried and ran `torch.cuda.is_available()` it returned `false` did do something extra", False),
    # seen: https://github.com/replicate/cog/issues/310
    ("Here's the offending line where `torch.cuda.is_available()` is returning False:", False),
    # the value after a connective, and in the next clause
    ("I checked torch.cuda.is_available() and got False", False),
    ("I ran torch.cuda.is_available(), it returns False", False),
    ("显卡3070ti，我在代码里打印torch.cuda.is_available()，结果是False", False),
    ("I ran torch.cuda.is_available() and it says True on the host", True),
]

AVAILABLE_NOT_READ = [
    # a question about the check, no value (seen: https://github.com/CorentinJ/Real-Time-Voice-Cloning/issues/743)
    "Would like to understand why `torch.cuda.is_available()` is unreliable here.",
    # code: the call's value is not shown (seen: https://github.com/eriklindernoren/PyTorch-YOLOv3/issues/35)
    "`cuda = True if torch.cuda.is_available else False`",
    "use_cuda = torch.cuda.is_available() and not args.no_cuda",
    # an expectation is not a result
    "I expected torch.cuda.is_available() to be True",
    # a conditional clause: "if I run X, it shows True" is skipped whole (seen: https://github.com/pytorch/pytorch/issues/9535)
    "But if I run `torch.cuda.is_available()`, It shows True.",
    # the next clause does not open with the result
    "I ran torch.cuda.is_available(), then the script, which printed True",
]


@pytest.mark.parametrize("text,value", AVAILABLE_READ)
def test_availability_said_is_read(text, value):
    assert _available(text) is value


@pytest.mark.parametrize("text", AVAILABLE_NOT_READ)
def test_availability_not_read(text):
    assert _available(text) is None
