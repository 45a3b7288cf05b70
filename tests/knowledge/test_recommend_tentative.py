"""`gpufix recommend` on a log alone says its answer is tentative instead of a confident CPU build."""
from pathlib import Path

from gpufix.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_log_without_machine_facts_is_tentative(capsys):
    log = FIXTURES / "missing-cuda-libs--libcudnn8-fresh-venv" / "log.txt"
    assert main(["recommend", "--no-probe", "--log", str(log)]) == 0
    out = capsys.readouterr().out
    assert "Tentative" in out and "Nothing is known about an NVIDIA GPU" in out


def test_a_recorded_gpu_machine_is_definite(capsys):
    case = FIXTURES / "machine--linux-a100x8-driver535-cu124"
    assert main(["recommend", "--no-probe", "--fixture", str(case)]) == 0
    out = capsys.readouterr().out
    assert "Tentative" not in out and "[cu" in out
