"""extension-built-for-other-torch (session 42): PyTorch Geometric's compiled companions next to conda-forge's own
build of torch.

PyG's wheels (data.pyg.org, pytorch-geometric.com) and its conda channel are built against the official torch builds;
conda-forge builds torch itself, and the companions then fail to load into it (maintainers: pyg-team/pytorch_geometric#9496
"You need to install PyTorch from the official source, not from conda-forge", #6513, rusty1s/pytorch_scatter#470, #235).
A companion that is itself conda-forge's is built against conda-forge's torch and keeps the reading quiet.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "extension-built-for-other-torch"

FIRES = [
    ('conda_forge_torch', 'I have pytorch                   2.3.1           cpu_generic_py310ha4c588e_0    conda-forge installed ', 'https://github.com/pyg-team/pytorch_geometric/issues/9496'),
    ('conda_forge_torch', 'pytorch                   2.4.0           cuda118_py312h3690e1b_301    conda-forge', 'https://github.com/rusty1s/pytorch_scatter/issues/470'),
    ('conda_forge_torch', 'libtorch                  2.4.0           cuda118_h8db9d67_301    conda-forge', 'https://github.com/rusty1s/pytorch_scatter/issues/470'),
    ('conda_forge_torch', "We are running into an issue where the preferred PyTorch distribution from the conda-forge channel is not compatible with PyG's dependencies.  An example error is below (occurs on import of `torch-cluster`):", 'https://github.com/pyg-team/pytorch_geometric/issues/9191'),
    ('conda_forge_torch', 'pytorch                   1.10.0          cpu_py38h7f09a23_0    conda-forge', 'https://github.com/rusty1s/pytorch_sparse/issues/135 (macOS, PyG from its conda channel)'),
    ('pyg_companion_named', 'pytorch-scatter           2.0.9           py38_torch_1.10.0_cpu    pyg', 'https://github.com/rusty1s/pytorch_sparse/issues/135'),
    ('pyg_companion_named', 'pip install torch-scatter -f https://data.pyg.org/whl/torch-2.3.0+cpu.html', 'https://github.com/pyg-team/pytorch_geometric/issues/9496'),
    ('pyg_companion_named', 'pip install torch-scatter -f https://data.pyg.org/whl/torch-2.4.0+cu118.html --no-cache-dir', 'https://github.com/rusty1s/pytorch_scatter/issues/470'),
    ('companion_import_failed', 'and get the OS error when import it', 'https://github.com/pyg-team/pytorch_geometric/issues/9496'),
    ('companion_import_failed', 'seems like I cannot import any of the additional libraries', 'https://github.com/pyg-team/pytorch_geometric/issues/9496'),
    ('pyg_companion_from_conda_forge', 'conda install conda-forge::pytorch_scatter', 'https://github.com/lhzhanglabtools/SMILE (README.md)'),
]

QUIET = [
    ('conda_forge_torch', 'pytorch-cuda              11.8                 h7e8668a_6    pytorch', 'https://github.com/rusty1s/pytorch_scatter/issues/470 (the official channel)'),
    ('conda_forge_torch', 'torchvision               0.19.0              py312_cu118    pytorch', 'https://github.com/rusty1s/pytorch_scatter/issues/470 (the official channel)'),
    ('conda_forge_torch', 'Python 3.9.18 | packaged by conda-forge | (main, Dec 23 2023, 16:33:10) ', 'https://github.com/pyg-team/pytorch_geometric/issues/3836 (the interpreter, not torch)'),
    ('conda_forge_torch', 'conda install pytorch=1.10 cudatoolkit=11.3 pyg -c pytorch -c pyg -c conda-forge', 'https://github.com/pyg-team/pytorch_geometric/issues/4256 (torch from -c pytorch, conda-forge only for the rest)'),
    ('pyg_companion_from_conda_forge', 'pip install torch-scatter -f https://data.pyg.org/whl/torch-2.4.0+cu118.html --no-cache-dir', "https://github.com/rusty1s/pytorch_scatter/issues/470 (PyG's own wheels)"),
    ('pyg_companion_from_conda_forge', 'pytorch-scatter           2.0.9           py38_torch_1.10.0_cpu    pyg', "https://github.com/rusty1s/pytorch_sparse/issues/135 (PyG's own conda channel)"),
]
