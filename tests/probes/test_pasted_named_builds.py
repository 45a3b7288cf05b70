"""torch builds named with a CUDA variant (log.torch_builds_named) and whether download.pytorch.org published them
(compat.named_build_unpublished): a pin to a combination that was never built is what the installer cannot find."""
import pytest

from gpufix.knowledge import compat
from gpufix.probes.pasted import extract_facts_from_text


def _named(text: str):
    return next((f.value for f in extract_facts_from_text(text) if f.name == "log.torch_builds_named"), None)


@pytest.mark.parametrize("line, want", [
    # seen: https://github.com/bigai-nlco/LooGLE/issues/8
    ("torch 2.0.1+cu121？", ["2.0.1+cu121"]),
    # seen: https://github.com/xiexh20/InterTrack/issues/2
    ("There is no combination for torch=1.12.1+cu121, cuda12.1?", ["1.12.1+cu121"]),
    # seen: https://github.com/thu-ml/Motus/issues/7 (the pin beside the index it is asked from)
    ("`pip install torch==2.4.0 torchvision==0.19.0 --index-url https://download.pytorch.org/whl/cu126", ["2.4.0+cu126"]),
    # seen: https://github.com/cnut1648/Model-Fingerprint/issues/7
    ("pip install torch==2.0.0+cu113 torchvision==0.15.0+cu113 torchaudio==2.0.0 -f "
     "https://download.pytorch.org/whl/cu113/torch_stable.html", ["2.0.0+cu113"]),
    # seen: https://github.com/zeyad-mansour/lunar/issues/226 (a published build: named all the same)
    ("ERROR: No matching distribution found for torch==1.11.0+cu113", ["1.11.0+cu113"]),
])
def test_builds_named(line, want):
    assert _named(line) == want


@pytest.mark.parametrize("line", [
    "pip install torch torchvision --index-url https://download.pytorch.org/whl/cu121",   # no version pinned
    "torchvision==0.15.2+cu121",                                                          # not torch
    "pip install torch==2.6.0.dev20241112+cu126 --index-url https://download.pytorch.org/whl/nightly/cu126",  # nightly
    "Requirement already satisfied: torch_scatter==2.1.2+pt21cu121",                    # another package's local tag
])
def test_not_named(line):
    assert _named(line) is None


@pytest.mark.parametrize("build, want", [
    ("2.0.1+cu121", False),   # 2.0 was built for cu117 and cu118
    ("2.1.0+cu121", True),
    ("2.4.0+cu126", False),   # 2.4 stops at cu124
    ("2.6.0+cu126", True),
    ("1.12.1+cu121", False),  # no torch 1.x was built for CUDA 11.8 or newer
    ("1.13.1+cu118", False),
    ("1.10.0+cu113", None),   # 1.10's cu113 wheels are missing from the previous-versions page: not decided
    ("2.0.0+cu113", False),
    ("2.4.1+cu121", True),
    ("2.9.0+cu129", False),   # 2.9: cu126, cu128, cu130
    ("2.4.0+cpu", None),      # not a CUDA variant
])
def test_build_published(build, want):
    assert compat.build_published(build)[0] is want
