"""cpu-build-likely's cuda_works (session 30): an application's own proof that a CUDA allocation worked.

Cellpose logs "** TORCH CUDA version installed and working. **" only after torch.zeros(...).to('cuda:0') succeeded
(cellpose/core.py _use_gpu_torch), so a CPU-only torch cannot be what the paste shows, whatever else it says about an
idle GPU; its failure message says the opposite and must not count.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "cpu-build-likely"

FIRES = [
    ('cuda_works', '2024-03-26 15:31:22,626 [INFO] ** TORCH CUDA version installed and working. **', 'https://github.com/MouseLand/cellpose/issues/899'),
    ('cuda_works', '** TORCH CUDA version installed and working. **', "cellpose 0.6's print and a later logger line (MouseLand/cellpose, cellpose/core.py, both eras)"),
    ('cuda_works', 'TORCH CUDA version installed and working.', "cellpose 0.6's print and a later logger line (MouseLand/cellpose, cellpose/core.py, both eras)"),
]

QUIET = [
    ('cuda_works', '2023-01-12 16:26:32,469 [INFO] TORCH CUDA version not installed/working.', 'https://github.com/MouseLand/cellpose/issues/638'),
    ('cuda_works', 'TORCH CUDA version not installed/working.', 'https://github.com/MouseLand/cellpose/issues/809'),
]
