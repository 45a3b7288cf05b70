"""cpuwheel family (session 40): readings written from an outside sample of 12 threads (/work/wt/r-cpuwheel-sample40).

checks-disagree-evidence, contrast (python-env-mismatch's check_contrast until session 41): the reporter's own availability
check returned True in one place and False in another, each result tied in one sentence to the place that printed it (a terminal,
an IDE, a notebook kernel, a .py file run by `python`): each place starts its own interpreter. python-env-mismatch reads the derived
fact; cpu-only-wheel (through cuda-said-available-evidence) and cuda-build-ran-evidence step aside on it. A value written with "="
or ":" is code or a config.

torch-not-installed, said_absent: torch said to be missing from the project's requirements, dependencies, setup.py, pyproject or
conda environment, with either word first ("Conda environment missing torch", "Torch needs to be added to the list of packages",
"Torch does not appear in the requirements file"); torch's own name only.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('checks-disagree-evidence', 'contrast', "When I calling **'torch.cuda.is_available()'** from both Ubuntu Terminal AND Pycharm, the function call  **'is_available()'** returns True in the terminal AND false in Pycharm.  Then I suppose they mistakenly call different **'torch._C._cuda_getDeviceCount()'**,  however their function calls direct to the same **'_C.cpython-35m-x86_64-linux-gnu.so'**. I don't understand why these confused results return?", 'https://github.com/pytorch/pytorch/issues/10529'),
    ('checks-disagree-evidence', 'contrast', "If I run it in vscode jupyter notebook, it returns False, while if i run the code in .py file in vscode or in browser jupyter notebook, they all return True. It was ok before, I don't know why suddenly it doesn't work.", 'https://github.com/microsoft/vscode-jupyter/issues/9081'),
    ('checks-disagree-evidence', 'contrast', 'Please try as I gave the example below, because I still get True in the notebook, but when I create a python file in the drive and run it as below, I get False.', 'https://github.com/pytorch/pytorch/issues/93908'),
    ('torch-not-installed', 'said_absent', 'Conda environment missing torch', 'https://github.com/UCSD-E4E/PyHa/issues/155'),
    ('torch-not-installed', 'said_absent', 'Torch needs to be added to the list of packages to be installed when creating the conda environment.', 'https://github.com/UCSD-E4E/PyHa/issues/155'),
    ('torch-not-installed', 'said_absent', 'Need to add torch and torchvision to requirements', 'https://github.com/KaiyangZhou/deep-person-reid/issues/322'),
    ('torch-not-installed', 'said_absent', 'Torch does not appear in the requirements file, causing the conda venv to be dysfunctional (without manually installing the packages)', 'https://github.com/KaiyangZhou/deep-person-reid/issues/322'),
    ('torch-not-installed', 'said_absent', '`torch` missing from dependencies', 'https://github.com/kylessmith/MethylVerse/issues/2'),
    ('torch-not-installed', 'said_absent', 'there is an import of torch required, that seems to be missing in requirements.txt', 'https://github.com/cloneofsimo/paint-with-words-sd/issues/7'),
    ('torch-not-installed', 'said_absent', 'torch package and its version is not been added in the requirement file', 'https://github.com/ndrplz/semiparametric/issues/1'),
]

QUIET = [
    ('checks-disagree-evidence', 'contrast', 'When  run cuda.is_available() in python console, I get True.', 'https://github.com/pytorch/pytorch/issues/63226: one result per line (the other, False, comes from code that sets CUDA_VISIBLE_DEVICES)'),
    ('checks-disagree-evidence', 'contrast', 'pin_memory=True, shuffle=False in the script', '(code: values assigned, not results)'),
    ('checks-disagree-evidence', 'contrast', 'Namespace(cpu=False, notebook=True, script=None)', '(an argparse dump)'),
    ('checks-disagree-evidence', 'contrast', 'Is CUDA available: True', 'https://github.com/microsoft/vscode-jupyter/issues/9081 (collect_env: one result)'),
    ('torch-not-installed', 'said_absent', 'The environment.yml is missing `pytorch` as a channel otherwise some pytorch related packages are not provided.', 'https://github.com/tudo-astroparticlephysics/machine-learning-lecture/issues/9: conda\'s channel, not the package'),
    ('torch-not-installed', 'said_absent', 'torch-scatter missing from requirements.txt', '(another package: PyG\'s)'),
    ('torch-not-installed', 'said_absent', 'torchvision is missing from requirements.txt', '(another package)'),
    ('torch-not-installed', 'said_absent', 'pytorch-lightning is missing from the requirements', '(another package)'),
    ('torch-not-installed', 'said_absent', 'It seems that Torch is missing something', 'https://github.com/thuml/UniTS/issues/9: torch lacks a part'),
]
