"""Session 30's reading for driver-older-than-runtime: a CUDA 9.x/10.x build asked for (pip's cuNNN, conda's
cudatoolkit=X.Y) whose minor release the driver does not reach (asked-build-minor-above-driver-evidence). Before CUDA 11
there is no minor-version compatibility, so cudatoolkit=10.2 on a driver whose nvidia-smi says "CUDA Version: 10.1"
cannot run although the majors agree (ngimel, pytorch/pytorch#4156 and #99138). Each line is verbatim from the thread
named; the near misses are other builds, conda list rows and toolkit lines, which ask for no build."""
from __future__ import annotations


RULE = "asked-build-minor-above-driver-evidence"

FIRES = [
    ("asked_cuda_10_2", "conda install pytorch torchvision cudatoolkit=10.2 -c pytorch", "ai4d-iasc/trixie#6"),
    ("asked_cuda_10_2", "On an interactive gpu session, Ive set up a conda env called bonito,conda installed cudatoolkit=10.2, "
     "pytorch, python=3.7.3, and within that pip installed bonito. In the bonito env, conda list returns:",
     "nanoporetech/bonito#60"),
    ("asked_cuda_10_2", "install : pip install torch==1.8.1+cu102 torchvision==0.9.1+cu102 torchaudio==0.8.1 -f "
     "https://download.pytorch.org/whl/torch_stable.html", "pytorch/pytorch#85332"),
    ("asked_cuda_10_1", "3.  Install Pytorch using  $ conda install pytorch torchvision cudatoolkit=10.1 -c pytorch",
     "pytorch/pytorch#31766"),
    ("asked_cuda_9_2", "https://download.pytorch.org/whl/cu92/torch-1.2.0%2Bcu92-cp36-cp36m-manylinux1_x86_64.whl",
     "googlecolab/colabtools#762"),
]

QUIET = [
    # Another build: CUDA 10.0 (its driver minimum is the major's own) or CUDA 11+ (minor-version compatibility).
    ("asked_cuda_10_1", "pip install torch==1.3.1+cu100 torchvision==0.4.2+cu100 -f https://download.pytorch.org/whl/torch_stable.htm",
     "pyg-team/pytorch_geometric#936"),
    ("asked_cuda_10_1", "conda install pytorch torchvision torchaudio cudatoolkit=11.3 -c pytorch-nightly", "pytorch/pytorch#68611"),
    # conda list rows: a CPU pytorch can sit beside a cudatoolkit, and cupy's own package names its CUDA.
    ("asked_cuda_10_2", "cudatoolkit               10.2.89              hfd86e86_1", "nanoporetech/bonito#60"),
    ("asked_cuda_10_2", "cupy-cuda102              8.1.0                    pypi_0    pypi", "nanoporetech/bonito#60"),
    # The toolkit (nvcc), not a build asked for.
    ("asked_cuda_10_1", "Cuda compilation tools, release 10.1, V10.1.243", "pytorch/pytorch#51858"),
]
