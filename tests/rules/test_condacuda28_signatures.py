"""no-matching-wheel (session 28) reads conda's PackagesNotFoundError for the CUDA runtime package an install line pins
(cudatoolkit, pytorch-cuda), except where the channels listed are macOS ones (no CUDA package exists there). Each line is
verbatim from the thread named."""
from __future__ import annotations


RULE = "no-matching-wheel"

FIRES = [
    # https://github.com/pytorch/pytorch/issues/53593 (maintainer fixed the install page)
    ("conda_not_found_cuda_item", "  - cudatoolkit=11.1", "pytorch/pytorch#53593"),
    # https://github.com/isayevlab/pKa-ANI/issues/3 (maintainer: pytorch dropped 11.2)
    ("conda_not_found_cuda_item", "  - cudatoolkit=11.2", "isayevlab/pKa-ANI#3"),
    # https://github.com/MohamadZeina/Disco_Diffusion_Local/issues/37
    ("conda_not_found_cuda_item", "  - cudatoolkit==11.1", "MohamadZeina/Disco_Diffusion_Local#37"),
    # https://github.com/Vincentqyw/image-matching-webui/issues/73
    ("conda_not_found_cuda_item", "  - cudatoolkit=12.1*", "Vincentqyw/image-matching-webui#73"),
    # https://github.com/vt-vl-lab/3d-photo-inpainting/issues/120
    ("conda_osx_channel", "  - https://conda.anaconda.org/pytorch/osx-64", "vt-vl-lab/3d-photo-inpainting#120"),
]

QUIET = [
    # https://github.com/sameerkhurana10/DSOL_rv0.2/issues/11 (other packages)
    ("conda_not_found_cuda_item", "  - cudnn==5.1=0", "sameerkhurana10/DSOL_rv0.2#11"),
    # https://github.com/ethz-spylab/rlhf-poisoning/issues/6 (a channel label, not the package)
    ("conda_not_found_cuda_item", " - nvidia/label/cuda-11.7.1", "ethz-spylab/rlhf-poisoning#6"),
    # https://github.com/myshell-ai/OpenVoice/issues/83 (Windows channels)
    ("conda_osx_channel", "  - https://conda.anaconda.org/pytorch/win-64", "myshell-ai/OpenVoice#83"),
]
