"""The L4T / JetPack release of a Jetson and an l4t image's release, from pasted text (gpufix.probes.jetson_text),
read from real report lines."""
from __future__ import annotations

import pytest

from gpufix.probes import jetson_text
from gpufix.probes.pasted import extract_facts_from_text


def _facts(*lines: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, value, _ in jetson_text.extract(list(lines)):
        out[name] = value  # the last statement wins, as in pasted.py
    return out


@pytest.mark.parametrize("line, l4t", [
    # jetson-containers#126: cat /etc/nv_tegra_release
    ("# R32 (release), REVISION: 3.1, GCID: 18284527, BOARD: t186ref, EABI: aarch64,", "32.3.1"),
    # jetson-containers#194: the same without the leading '#'
    ("R32 (release), REVISION: 6.1, GCID: 27863751, BOARD: t210ref, EABI: aarch64, DATE: Mon Jul 26", "32.6.1"),
    # ultralytics#18829 (jtop), jetson-containers#725 (no space), jetson-inference#1438 (its run.sh)
    ("Model: NVIDIA Jetson Orin Nano Developer Kit - Jetpack 6.2 [L4T 36.4.3]", "36.4.3"),
    ("Developer Kit jetpack 6.4 [L4T36.4.0] host", "36.4.0"),
    ("L4T BSP Version:  L4T R32.7.2", "32.7.2"),
    # Savant#898: apt list
    ("nvidia-l4t-core/stable,now 36.3.0-20240719161631 arm64 [installed]", "36.3.0"),
    # jetson-containers#149: words, with the sentence's full stop
    ("I tried to run r34.1 container on Jetson NX with version r32.6.", "32.6"),
])
def test_board_l4t_release(line, l4t):
    assert _facts(line)["os.l4t"] == l4t


@pytest.mark.parametrize("lines, jetpack", [
    (["* **JetPack Version:** 5.1.2"], "5.1.2"),                       # pinokio#1027
    (["jetpack6.2 cuda12.2 now"], "6.2"),                              # streamlit-yolo#22
    (["jetpack version =4.6.1-b110 ;there is no suitable torch"], "4.6.1"),  # ultralytics#14187
    (["JETSON_JETPACK=4.6"], "4.6"),                                   # jetson-containers#108
    (["Package: nvidia-jetpack", "Version: 5.0.1-b118", "Architecture: arm64"], "5.0.1"),  # jetson-containers#164
    (["ii  nvidia-jetpack  5.1.2-b104  arm64  NVIDIA Jetpack Meta Package"], "5.1.2"),
    (["I upgraded from JetPack 4.6 to JetPack 5.1.1"], "5.1.1"),       # the last statement wins
])
def test_jetpack_release(lines, jetpack):
    assert _facts(*lines)["os.jetpack"] == jetpack


@pytest.mark.parametrize("line, image", [
    ("docker run --rm -it --gpus all nvcr.io/nvidia/l4t-ml:r34.1.0-py3 bash", "34.1.0"),      # jetson-containers#149
    ("does not support the torch in the dustynv/l4t-ml: r35.4.1 image", "35.4.1"),            # jetson-containers#725
    ("--rm dustynv/ros:foxy-pytorch-l4t-r32.5.0", "32.5.0"),                                   # jetson-containers#126
    ("docker pull dustynv/l4t-pytorch:2.2-r35.4.1", "35.4.1"),                                 # jetson-containers#938
    ("CONTAINER:     dustynv/jetson-inference:r32.7.2", "32.7.2"),                             # jetson-inference#1438
])
def test_container_image_release_is_not_the_board(line, image):
    got = _facts(line)
    assert got["container.image_l4t"] == image and "os.l4t" not in got


@pytest.mark.parametrize("line", [
    "JetPack 6 ships cuDNN 9",                                     # no minor: 6.0 and 6.1 differ
    "pip install torch --index-url https://pypi.jetson-ai-lab.io/jp6/cu126",
    "wget https://developer.download.nvidia.com/compute/redist/jp/v512/pytorch/torch-2.1.0a0.whl",
    "l4t_version.py reads the release",
])
def test_nothing_read(line):
    assert _facts(line) == {}


def test_pasted_text_states_the_facts_with_their_lines():
    facts = {f.name: f for f in extract_facts_from_text(
        "I'm running dustynv/ros:foxy-pytorch-l4t-r32.5.0\n"
        "# R32 (release), REVISION: 3.1, GCID: 18284527, BOARD: t186ref, EABI: aarch64,\n")}
    assert facts["os.l4t"].value == "32.3.1" and facts["os.l4t"].line == 2
    assert facts["container.image_l4t"].value == "32.5.0"
