"""GPU names the prose reader takes (session 23): Quadro mobile parts and the GTX TITAN Black. Lines verbatim from the
source named."""
from __future__ import annotations

import pytest

from gpufix.probes.prose import extract_prose_facts


def _gpus(line: str) -> list[str]:
    return [n for f in extract_prose_facts([(1, line)]) if f.name == "gpu.name" for n in f.value]


@pytest.mark.parametrize("line, expected, source", [
    ("Quadro M3000M Quadro M2000M Quadro M1000M", "NVIDIA Quadro M2000M", "developer.nvidia.com/cuda-legacy-gpus (the 5.0 row)"),
    ("GeForce GTX TITAN Black | 3.5 |", "NVIDIA GTX TITAN BLACK", "gist.github.com/zachnicoll/f404a070611ccffda607bc65e4636d8f"),
])
def test_gpu_names_without_their_family_word(line: str, expected: str, source: str) -> None:
    assert expected in _gpus(line), source
