"""cpu-only-wheel (session 31): three statement families that say a CPU-only torch is in use without naming the build.

- An install that took CUDA away, with the GPU or the check on the same line: "CUDA availability is removed after
  installing careamics", "which lists my available GPU, but once I install careamics it's no longer available",
  "torch.cuda.is_available() returns false after installing xformers" (cpu-build-stated's install_replaced_torch and
  wants_gpu); not an install of NVIDIA's own side ("after installed cuda 9.1", install_of_cuda).
- An environment solved by conda on a machine without a GPU (a login or head node, a CPU build host): conda-forge's CUDA
  builds need the __cuda virtual package, so the solve takes the CPU build (install_on_gpuless_node).
- The CPU at full load beside an idle GPU, or no GPU load at all (gpu-unused-said's said_unavailable, and on Windows
  gpu-expected-evidence's said_cpu_only): the GPU goes unused; a GPU partly used is another cause.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "cpu-build-stated"

FIRES = [
    ('install_replaced_torch', "I can succesfully install an appropriate Pytorch version which lists my available GPU, but once I install careamics it's no longer available.", 'https://github.com/CAREamics/careamics/issues/769'),
    ('wants_gpu', "I can succesfully install an appropriate Pytorch version which lists my available GPU, but once I install careamics it's no longer available.", 'https://github.com/CAREamics/careamics/issues/769'),
    ('install_replaced_torch', '[BUG] CUDA availability is removed after installing careamics', 'https://github.com/CAREamics/careamics/issues/769'),
    ('install_replaced_torch', 'After setup and requirements installation torch.cuda.is_available() is False', 'https://github.com/ubicomplab/rPPG-Toolbox/issues/177'),
    ('install_replaced_torch', 'torch.cuda.is_available() returns false after installing xformers', 'https://github.com/facebookresearch/xformers/issues/634'),
    ('install_on_gpuless_node', 'I ran the installation on the head node of a cluster. While the head node has cudatoolkit installed, it does not actually have a GPU.', 'https://github.com/ml-struct-bio/cryodrgn/issues/125'),
    ('install_on_gpuless_node', 'If an environment is created on a login node or CPU-only worker node, the CPU-only PyTorch is installed.', 'https://github.com/Imageomics/pybioclip/issues/101'),
    ('install_on_gpuless_node', "when the Docker image is being built on a machine *without* a GPU, which I've been doing, `mamba` \"knows\" this", 'https://github.com/zonca/jupyterhub-deploy-kubernetes-jetstream/pull/72'),
    ('install_on_gpuless_node', 'In one instance, I build the environment on a CPU node:', 'https://github.com/zonca/jupyterhub-deploy-kubernetes-jetstream/pull/72'),
    ('install_of_cuda', 'torch.cuda.is_available() is false after installed cuda 9.1. Anyone can help me out?', 'https://github.com/pytorch/pytorch/issues/6098'),
]

QUIET = [
    ('install_replaced_torch', 'I have installed pytorch1.3.0 successfully, but print (torch.cuda.is_available) is False, how can I solve this problem?', 'https://github.com/pyg-team/pytorch_geometric/issues/738'),
    ('install_replaced_torch', 'torch.cuda.is_available() False after cudatoolkit install 11.7 and driver 516.25 installed.', "https://github.com/pytorch/pytorch/issues/100120: CUDA's own install, the words before the verb"),
    ('wants_gpu', 'The openai-whisper package is no longer available on this mirror', 'no GPU or CUDA named before the words'),
    ('install_on_gpuless_node', '1. On a login node, load modules with Conda.', 'https://github.com/globus-labs/mof-generation-at-scale/pull/61: nothing installed there'),
    ('install_on_gpuless_node', 'I submit the job from the login node with sbatch and it runs on a GPU node', 'a job submitted from the login node, no install there'),
]
