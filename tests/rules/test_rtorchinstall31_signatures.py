"""no-matching-wheel (session 31): R's torch package (mlverse/torch) refusing a CUDA version it publishes no build for.

install_torch() downloads a LibTorch and a Lantern build for the CUDA toolkit it detects, and each release has builds for
two or three CUDA versions only. R/install.R words the refusal in three eras: "Cuda X detected but torch only supports:
..." (2020-2022, then it installs the CPU build), "The X installation type is currently unsupported." (CUDA set by hand,
lantern_install_libs(), 2021-2022), and cli's "Unsupported CUDA version "X"" with "Currently supported versions are: ..."
(check_supported_version(), torch >= 0.10, mlverse/torch#1014). Build scripts' own "Unsupported CUDA version" lines
(Kaldi's configure, shell installers) are not R torch's and stay quiet.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "no-matching-wheel"

FIRES = [
    ('rtorch_cuda_refused', 'x Unsupported CUDA version "12.3"', 'https://github.com/mlverse/torch/issues/1137'),
    ('rtorch_cuda_refused', 'Unsupported CUDA version "12.3"', 'https://github.com/mlverse/torch/issues/1137'),
    ('rtorch_cuda_refused', 'i Currently supported versions are: "11.7" and "11.8". ', 'https://github.com/mlverse/torch/issues/1137'),
    ('rtorch_cuda_refused', '✖ Unsupported CUDA version "11.6"', 'https://github.com/mlverse/torch/issues/1165'),
    ('rtorch_cuda_refused', '✖ Unsupported CUDA version "10.0"', 'https://github.com/mlverse/torch/issues/1049'),
    ('rtorch_cuda_refused', 'ℹ Currently supported versions are: "11.7" and "11.6".', 'https://github.com/mlverse/torch/issues/1049'),
    ('rtorch_cuda_refused', 'Cuda 11.0 detected but torch only supports: cpu, 10.1, 10.2, 9.2', 'https://github.com/mlverse/torch/issues/285'),
    ('rtorch_cuda_refused', 'but get this message: `Cuda 11.2 detected but torch only supports: cpu, 10.2, 11.3, 11.6`. Further attempts', 'https://github.com/mlverse/torch/issues/946'),
    ('rtorch_cuda_refused', '> Cuda 11.2 detected but torch only supports: cpu, 10.2, 11.3', 'https://github.com/mlverse/torch/issues/859'),
    ('rtorch_cuda_refused', '  The 11.4 installation type is currently unsupported.', 'https://github.com/mlverse/torch/blob/35946ed79fbb5087487ce370f831f41f05d7dda4/R/install.R'),
]

QUIET = [
    ('rtorch_cuda_refused', '***configure failed: Unsupported CUDA version 13_0.', "Kaldi's configure script: its own CUDA check, no quoted version"),
    ('rtorch_cuda_refused', '❌ Unsupported CUDA version "11.2" (expected 12.x or 13.x).', "a shell installer's own check (text after the version)"),
    ('rtorch_cuda_refused', 'echo "Unsupported CUDA version: ${CUDA_VERSION}" >&2; exit 2 ;;', 'a build script printing its own refusal'),
    ('rtorch_cuda_refused', '✖ Unable to download from <https://torch-cdn.mlverse.org/binaries/lantern-0.12.0+cu124-win64.zip>', 'https://github.com/mlverse/torch/issues/1172 (a CDN outage)'),
    ('rtorch_cuda_refused', 'i Currently supported versions are: "3.9" and "3.10".', 'a list of Python versions (not CUDA versions) in the same cli wording'),
    ('rtorch_cuda_refused', 'Turns out, R Torch only supports 11.7/.8 for now.', 'https://github.com/mlverse/torch/issues/1198 (prose, no installer line)'),
]
