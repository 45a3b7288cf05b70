"""gpu-exclusive-or-busy (session 19) reads CUDA's error 46 in every era's and library's wording, the compute mode as
nvidia-smi prints it or as said in words, and the other evidence of a GPU held by another process; its look-alikes
(WSL, an unlicensed vGPU) are read so that the rule stays quiet. Each line is verbatim from the thread named, or the
output format of the tool named, or a near miss written to show the boundary."""
from __future__ import annotations


RULE = "gpu-exclusive-or-busy"

FIRES = [
    ("busy", "THCudaCheck FAIL file=/opt/conda/conda-bld/pytorch_1502004572321/work/torch/lib/THC/generic/THCStorage.cu "
     "line=66 error=46 : all CUDA-capable devices are busy or unavailable", "pytorch/pytorch#2704"),
    ("busy", "RuntimeError: CUDA error: all CUDA-capable devices are busy or unavailable", "huggingface/pytorch-image-models#1033"),
    ("busy", "[rank0]: RuntimeError: CUDA error: CUDA-capable device(s) is/are busy or unavailable", "modelscope/ms-swift#5118"),
    ("busy", "Check failed: error == cudaSuccess (46 vs. 0)  all CUDA-capable devices are busy or unavailable", "NVIDIA/DIGITS#2005"),
    ("busy", "2047: cudaSetDevice(cuda_device_id) error( cudaErrorDevicesUnavailable): CUDA-capable device(s) is/are busy "
     "or unavailable", "E3SM-Project/E3SM#8699"),
    ("busy", "CUDA error at bodysystemcuda_impl.h:159 code=46(cudaErrorDevicesUnavailable) \"cudaEventCreate(&m_deviceData[0].event)\"",
     "microsoft/WSL#6057"),
    ("busy", "tensorflow.python.framework.errors_impl.InternalError: CUDA runtime implicit initialization on GPU:0 failed. "
     "Status: all CUDA-capable devices are busy or unavailable", "stardist/stardist#102"),
    ("busy", "Sometimes I get a `Cuda device busy or unavailable` error.", "jade-hpc-gpu/jade-hpc-gpu.github.io#59"),
    ("busy", "# Cuda devices unavailable or busy", "jade-hpc-gpu/jade-hpc-gpu.github.io#73 (title)"),
    ("exclusive", "| N/A   66C    P0   253W / 300W |   9000MiB / 16152MiB |     98%   E. Process |",
     "jade-hpc-gpu/jade-hpc-gpu.github.io#73"),
    ("exclusive", "| 57%   79C    P0    N/A /  N/A |    362MiB /  6143MiB |     N/A    E. Thread |", "cBio/cbio-cluster#144"),
    ("exclusive", "    Compute Mode                          : Exclusive_Process", "nvidia-smi -q"),
    ("exclusive", "| N/A   40C    P0    25W /  70W |      0MiB / 15360MiB |      0%   Prohibited |", "nvidia-smi, -c 2"),
    ("exclusive", "Update - my gpu is in exclusive mode in `nvidia-smi` and I cannot change the setting due to privileges.",
     "iffiX/machin#25"),
    ("exclusive", "it seems the only problem is the GPUs are in exclusive process mode.", "karpathy/nanoGPT#116"),
    ("exclusive", "由于我们的集群中显卡为独占（Exclusive Process）模式，即一次只能运行一个计算进程独占GPU来提高效率。", "modelscope/ms-swift#5118"),
    ("holder", "I have to find the process that uses it and kill it before I can run some other code on that GPU.",
     "pytorch/pytorch#3871"),
    ("holder", "I can't have more than one python script accessing one GPU.", "pytorch/pytorch#3871"),
    ("holder", "Because your GPU is in **exclusive mode**, which means only one process can occupy the GPU", "iffiX/machin#25"),
    ("holder", "训练进程意外中止时有僵尸进程，无法释放占用显存", "VankouF/FreeMotion-Codes#6 (title)"),
    ("cluster", "our cluster is set up such that we cannot modify the GPU compute mode (they are stuck in exclusive process).",
     "choderalab/yank#1239"),
    ("cluster", "allowing the compute mode to be altered in our cluster environment (SGE).", "choderalab/yank#1239"),
    ("cluster", "I’ve been trying to run this code on a HPC node with 4 gpus", "karpathy/nanoGPT#116"),
    ("cluster", "Taichi is crashing when I call .to_torch() on a taichi field from a cluster (SLURM) environment.",
     "taichi-dev/taichi#2190"),
    ("multiproc", "WARNING:torch.distributed.run:", "huggingface/pytorch-image-models#1033"),
    ("multiproc", "[rank0]:     self.prev_idx = torch.cuda._exchange_device(self.idx)", "modelscope/ms-swift#5118"),
    ("multiproc", "On the latest versions of anemoi in a distributed setting, i.e setting `num_gpus_per_node: 4` leads to a "
     "CUDA runtime error.", "ecmwf/anemoi-core#567"),
    ("multiproc", "#SBATCH --ntasks-per-node=4 --gpus-per-node=4 --nodes=2", "NVIDIA/nccl-tests#369"),
    ("multiproc", "world_size: 4", "OpenNMT/OpenNMT-py#2450"),
    ("multiproc", "when single node with multi gpus , it does not run .", "kanyun-inc/fairseq-gec#40 (title)"),
    ("wsl", "Your Distribution version: 4.19.128-microsoft-standard #1 SMP Tue Jun 23 12:58:10", "microsoft/WSL#6057"),
    ("vgpu", "|   0  GRID T4-8Q          On   | 00000000:00:09.0 Off |                  N/A |",
     "microsoft/Bringing-Old-Photos-Back-to-Life#28"),
    ("vgpu", "        License Status                    : Unlicensed", "nvidia-smi -q on a vGPU (NVIDIA/gpu-operator#220)"),
    ("vgpu", "On one of the nodes we managed to get `nvidia-smi` output and we are noticing licensing issue.", "Azure/AKS#4870"),
]

QUIET = [
    ("busy", "RuntimeError: CUDA error: out of memory", "another CUDA error"),
    ("busy", "RuntimeError: CUDA error: no CUDA-capable device is detected", "no device at all: cuda-unavailable's"),
    ("busy", "RuntimeError: CUDA unknown error - this may be due to an incorrectly set up environment", "cuda-unknown-error's"),
    ("exclusive", "| N/A   41C    P0    58W / 149W |    495MiB / 11439MiB |      0%      Default |", "pytorch/pytorch#3979"),
    ("exclusive", "    Compute Mode                          : Default", "nvidia-smi -q, shared GPU"),
    ("holder", "Process 951046 has 23.68 GiB memory in use.", "torch's OOM message lists processes: cuda-oom's"),
    ("cluster", "torch.cuda.OutOfMemoryError: CUDA out of memory.", "no cluster in it"),
    ("multiproc", "  File \"/usr/lib/python3.8/multiprocessing/process.py\", line 315, in _bootstrap",
     "a multiprocessing frame alone is not several GPU processes"),
    ("multiproc", "model = torch.nn.DataParallel(model, device_ids=[0, 1])",
     "DataParallel drives every GPU from one process, which an exclusive GPU allows"),
    ("multiproc", "the ranking of the results changed", "a rank-like word"),
    ("vgpu", "|   0  Tesla T4            Off  | 00000000:00:04.0 Off |                    0 |", "a physical T4"),
]
