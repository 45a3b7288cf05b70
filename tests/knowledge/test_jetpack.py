"""rules/knowledge/jetpack.yaml: what each JetPack installs, and the facts compat.py derives from a Jetson's release."""
import pytest

from gpufix.facts import FactBase, ok
from gpufix.knowledge import compat, machine, tables


@pytest.mark.parametrize("l4t, jetpack, cuda, cudnn", [
    ("32.3.1", "4.3", "10.0", "7.6"),
    ("32.4.3", "4.4", "10.2", "8.0"),
    ("32.7.2", "4.6.1", "10.2", "8.2"),   # a patch release between rows: the row at or below it
    ("34.1.1", "5.0.1", "11.4", "8"),
    ("35.4.1", "5.1.2", "11.4", "8.6"),
    ("36.3.0", "6.0", "12.2", "8.9"),
    ("36.4.0", "6.1", "12.6", "9.3"),
    ("36.4.3", "6.2", "12.6", "9.3"),
    ("38.2", "7.0", "13.0", "9"),
])
def test_row_for_l4t(l4t, jetpack, cuda, cudnn):
    row = tables.jetpack_for_l4t(l4t)
    assert row is not None and (row.jetpack, row.cuda, row.cudnn) == (jetpack, cuda, cudnn)


@pytest.mark.parametrize("jetpack, cuda", [("4.6.2", "10.2"), ("5.1.2", "11.4"), ("6.2", "12.6"), ("6.4", "12.6")])
def test_row_for_jetpack(jetpack, cuda):
    assert tables.jetpack_for_release(jetpack).cuda == cuda


@pytest.mark.parametrize("value", [None, "", "33.1", "3.0", "garbage"])
def test_no_row_outside_the_table(value):
    assert tables.jetpack_for_l4t(value) is None and tables.jetpack_for_release(value) is None


@pytest.mark.parametrize("cuda, cudart, cublas, cufft", [
    ("10.0.326", "10.0", "10.0", "10.0"), ("10.2", "10.2", "10", "10"), ("11.4", "11.0", "11", "10"),
    ("12.6", "12", "12", "11"),
])
def test_sonames(cuda, cudart, cublas, cufft):
    got = tables.sonames_for_cuda(cuda)
    assert (got["cudart"], got["cublas"], got["cufft"]) == (cudart, cublas, cufft)


def _derive(**facts):
    fb = FactBase()
    for name, value in facts.items():
        fb.add(ok(name.replace("__", "."), value, "log"))
    return {f.name: f.value for f in compat.derive(machine.read(fb))}


def test_board_facts_from_l4t_win_over_jetpack_words():
    got = _derive(os__l4t="36.4.0", os__jetpack="6.4")
    assert got["compat.jetpack"] == "6.1" and got["compat.l4t_major"] == "36"
    assert got["compat.jetpack_cudnn_so"] == "9" and got["compat.jetpack_cudart_so"] == "12"


def test_board_facts_from_jetpack_alone():
    got = _derive(os__jetpack="4.4")
    assert got["compat.l4t_major"] == "32" and got["compat.jetpack_cudart_so"] == "10.2"


@pytest.mark.parametrize("board, image, matches", [
    ("32.3.1", "32.5.0", False),   # jetson-containers#126: CUDA 10.0 board, CUDA 10.2 image
    ("36.4.0", "35.4.1", False),   # jetson-containers#725
    ("32.6.1", "32.6.1", True),    # jetson-containers#194: same release, the runtime's mount failed
    ("35.4.1", "35.2.1", True),    # JetPack 5.1.x images run on each other's boards
])
def test_image_against_board(board, image, matches):
    assert _derive(os__l4t=board, container__image_l4t=image)["compat.image_matches_jetpack"] is matches


def test_nothing_without_a_jetson_release():
    assert not any(k.startswith("compat.jetpack") for k in _derive(container__image_l4t="35.4.1"))
