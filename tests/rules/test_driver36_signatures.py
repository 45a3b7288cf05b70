"""The driver family (session 36): conda refusing a CUDA package on an Intel Mac, in conda's own words.

no-nvidia-gpu-stated: the channel list's osx-64 subdirectories (or "Platform: osx-64") beside a refused cudatoolkit,
pytorch-cuda, magma-cuda or cudaXY metapackage. No conda channel carries a CUDA torch for macOS and no macOS since 10.14
has an NVIDIA driver, so the refusal is the machine's (the Mac convention), whatever GPU an old Mac holds; an osx-64
refusal of torch alone stays a missing build (no-matching-wheel).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('no-nvidia-gpu-stated', 'intel_mac_conda', '  - https://conda.anaconda.org/pytorch/osx-64', 'https://github.com/EffiSciencesResearch/ML4G/issues/8'),
    ('no-nvidia-gpu-stated', 'intel_mac_conda', '  - https://conda.anaconda.org/conda-forge/osx-64', 'https://github.com/isayevlab/pKa-ANI/issues/3'),
    ('no-nvidia-gpu-stated', 'intel_mac_conda', '  - https://conda.anaconda.org/soumith/osx-64', 'https://github.com/ifding/graph-neural-networks/issues/1'),
    ('no-nvidia-gpu-stated', 'intel_mac_conda', 'Platform: osx-64', 'https://github.com/BoBo0037/bobo-fun/issues/2'),
    ('no-nvidia-gpu-stated', 'conda_cuda_refused', '  - cudatoolkit=11.3', 'https://github.com/EffiSciencesResearch/ML4G/issues/8'),
    ('no-nvidia-gpu-stated', 'conda_cuda_refused', '  - cudatoolkit=11.2', 'https://github.com/isayevlab/pKa-ANI/issues/3'),
    ('no-nvidia-gpu-stated', 'conda_cuda_refused', '  - cudatoolkit==10.1.243', 'https://github.com/vt-vl-lab/3d-photo-inpainting/issues/120'),
    ('no-nvidia-gpu-stated', 'conda_cuda_refused', '  - cuda75', 'https://github.com/ifding/graph-neural-networks/issues/1'),
    ('no-nvidia-gpu-stated', 'conda_cuda_refused', '  - pytorch-cuda=12.1*', 'https://github.com/Gouryella/ChatTTS-webui/issues/4'),
    ('no-nvidia-gpu-stated', 'conda_cuda_refused', '  - nothing provides cuda 11.7.* needed by pytorch-cuda-11.7-h67b0de4_0', 'https://github.com/guoyww/AnimateDiff/issues/293 (libmamba)'),
]

QUIET = [
    ('no-nvidia-gpu-stated', 'intel_mac_conda', '  - https://conda.anaconda.org/pytorch/osx-arm64', 'https://github.com/conda-forge/miniforge/issues/80 (Apple silicon: apple_silicon reads it)'),
    ('no-nvidia-gpu-stated', 'intel_mac_conda', '  - https://conda.anaconda.org/pytorch/win-64', 'https://github.com/myshell-ai/OpenVoice/issues/83 (conda on Windows)'),
    ('no-nvidia-gpu-stated', 'conda_cuda_refused', '  - pytorch', 'https://github.com/ContinuumIO/anaconda-issues/issues/11426 (torch itself refused: a missing build)'),
    ('no-nvidia-gpu-stated', 'conda_cuda_refused', '    - nothing provides blas * mkl needed by pytorch-1.11.0.arm64-py3.8_0', 'https://github.com/thousandbrainsproject/tbp.monty/issues/95 (a torch build\'s own dependency)'),
    ('no-nvidia-gpu-stated', 'conda_cuda_refused', '  - torchvision==0.19.1', 'https://github.com/BoBo0037/bobo-fun/issues/2 (a torch pin refused, no CUDA package)'),
    ('no-nvidia-gpu-stated', 'conda_cuda_refused', 'conda install pytorch==1.4.0 torchvision==0.5.0 cudatoolkit==10.1.243 -c pytorch', 'https://github.com/vt-vl-lab/3d-photo-inpainting/issues/120 (the command, not the refused list)'),
]
