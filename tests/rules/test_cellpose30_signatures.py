"""cpu-build-likely's cuda_works (session 30): an application's own proof that a CUDA allocation worked.

Cellpose logs "** TORCH CUDA version installed and working. **" only after torch.zeros(...).to('cuda:0') succeeded
(cellpose/core.py _use_gpu_torch), so a CPU-only torch cannot be what the paste shows, whatever else it says about an
idle GPU; its failure message says the opposite and must not count."""
from __future__ import annotations

import pytest

RULE = "cpu-build-likely"

FIRES = [
    # seen: https://github.com/MouseLand/cellpose/issues/899 (the run log of a healthy install)
    "2024-03-26 15:31:22,626 [INFO] ** TORCH CUDA version installed and working. **",
    # cellpose 0.6's print and a later logger line (MouseLand/cellpose, cellpose/core.py, both eras)
    "** TORCH CUDA version installed and working. **",
    "TORCH CUDA version installed and working.",
]

QUIET = [
    # the failure wording (seen: https://github.com/MouseLand/cellpose/issues/638)
    "2023-01-12 16:26:32,469 [INFO] TORCH CUDA version not installed/working.",
    # seen: https://github.com/MouseLand/cellpose/issues/809 (a Mac)
    "TORCH CUDA version not installed/working.",
]


@pytest.mark.parametrize("line", FIRES)
def test_cellpose_cuda_works_fires(signature_hit, line):
    assert signature_hit(RULE, "cuda_works", line)


@pytest.mark.parametrize("line", QUIET)
def test_cellpose_cuda_failure_quiet(signature_hit, line):
    assert not signature_hit(RULE, "cuda_works", line)
