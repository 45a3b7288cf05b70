"""cuda-oom (session 31): two families of the out-of-memory error that name no "CUDA out of memory".

oom_nvml_report: torch >= 2.1's allocator, after cudaMalloc has refused a request, asks NVML which processes hold the
GPU's memory (c10/cuda/CUDACachingAllocator.cpp, reportProcessMemoryInfo, reached only from malloc's out-of-memory
branch) and asserts each NVML answer; where NVML cannot answer (a MIG slice, a Jetson, a GPU proxy, a driver library
torch cannot use) the assertion replaces the OutOfMemoryError. Read only with the allocator's file named.

oom_got: "OOM" said as what the run met, with a verb ("I get an OOM error", "Got OOM on second iteration", "failed
with OOM"), and never the kernel's OOM killer ("OOM killed", "oom-kill": RAM).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "cuda-oom"

FIRES = [
    ('oom_nvml_report', 'RuntimeError: NVML_SUCCESS == r INTERNAL ASSERT FAILED at "/opt/builds/pytorch/c10/cuda/CUDACachingAllocator.cpp":830, please report a bug to PyTorch.', 'https://github.com/pytorch/pytorch/issues/121899'),
    ('oom_nvml_report', 'RuntimeError: NVML_SUCCESS == r INTERNAL ASSERT FAILED at "/opt/conda/conda-bld/pytorch_1695392035891/work/c10/cuda/CUDACachingAllocator.cpp":1154, please report a bug to PyTorch', 'https://github.com/pytorch/pytorch/issues/112569'),
    ('oom_nvml_report', 'RuntimeError: NVML_SUCCESS == DriverAPI::get()->nvmlInit_v2_() INTERNAL ASSERT FAILED at "../c10/cuda/CUDACachingAllocator.cpp":1123, please report a bug to PyTorch.', 'https://github.com/pytorch/pytorch/issues/112950'),
    ('oom_nvml_report', 'RuntimeError: NVML_SUCCESS == DriverAPI::get()->nvmlDeviceGetHandleByPciBusId_v2_( pci_id, &nvml_device) INTERNAL ASSERT FAILED at "../c10/cuda/CUDACachingAllocator.cpp":815, please report a bug to PyTorch.', 'https://github.com/pytorch/pytorch/issues/112950#comment-telangmu123-good'),
    ('oom_nvml_report', '> RuntimeError: NVML_SUCCESS == DriverAPI::get()->nvmlDeviceGetHandleByPciBusId_v2_( pci_id, &nvml_device) 内部断言在“../c10/cuda/CUDACachingAllocator.cpp”处失败：815，请向 PyTorch 报告错误。', 'https://github.com/pytorch/pytorch/issues/112950#comment-hrshy0629'),
    ('oom_nvml_report', '# [Bug]: vllm constantly crashing with NVML_SUCCESS == r INTERNAL ASSERT FAILED at "../c10/cuda/CUDACachingAllocator.cpp":838, please report a bug to PyTorch.', 'https://github.com/vllm-project/vllm/issues/9824'),
    ('oom_nvml_report', '❌ Error generating speech: NVML_SUCCESS == r INTERNAL ASSERT FAILED at "../c10/cuda/CUDACachingAllocator.cpp":995, please report a bug to PyTorch.', 'https://github.com/pytorch/pytorch/issues/159149'),
    ('oom_got', 'it loads some of it, then I get an OOM error', 'https://github.com/OpenTalker/SadTalker/issues/118'),
    ('oom_got', 'Got OOM on second iteration', 'https://github.com/mozilla/DeepSpeech/issues/321'),
    ('oom_got', "I use two GPU: GeForce GTX 750,every have 2G memory，but I got the oom error during training, is this because the GPU's memory is too small？", 'https://github.com/NVIDIA/nvidia-docker/issues/267'),
    ('oom_got', 'I tried it on 8 L4OS (GPU 45GB in RAM), it failed with OOM error.', 'https://github.com/KellerJordan/modded-nanogpt/issues/12'),
    ('oom_got', 'If the user hits OOM errors, then they can set a lower batchsize and try again.', 'https://github.com/coqui-ai/STT/issues/1900'),
]

QUIET = [
    ('oom_nvml_report', 'RuntimeError: !block->expandable_segment_ INTERNAL ASSERT FAILED at "../c10/cuda/CUDACachingAllocator.cpp":2814, please report a bug to PyTorch.', 'https://github.com/pytorch/pytorch/issues/119452'),
    ('oom_nvml_report', 'RuntimeError: r.nvmlDeviceGetNvLinkRemoteDeviceType_ INTERNAL ASSERT FAILED at "/pytorch/c10/cuda/driver_api.cpp":33, please report a bug to PyTorch. Can\'t find nvmlDeviceGetNvLinkRemoteDeviceType: /home/opt/gpuproxy/lib64/libnvidia-ml.so.1: undefined symbol: nvmlDeviceGetNvLinkRemoteDeviceType', 'https://github.com/QwenLM/Qwen2.5-Omni/issues/36 (driver_api.cpp: a symbol missing from a GPU proxy NVML, cause not established)'),
    ('oom_nvml_report', '    if (NVML_SUCCESS != result)', 'https://github.com/NVIDIA/nvidia-docker/issues/1641 (a C++ program of the reporter checking NVML)'),
    ('oom_got', 'When I attempt to install Torch with pip, the process gets OOM killed:', 'the kernel OOM killer during a pip install (pytorch#1022\'s wording)'),
    ('oom_got', "But it's always killed because OOM. My machine has 24GB memory and GeForce GTX 1070 card of 8G memory.", 'https://github.com/NervanaSystems/deepspeech/issues/48'),
    ('oom_got', 'slurmstepd: error: Detected 1 oom-kill event(s) in StepId=15043231.batch.', 'a Slurm step killed for host memory'),
    ('oom_got', 'Sanity check -- see if any of the batches in epoch 0 would cause OOM.', 'https://github.com/k2-fsa/icefall/pull/343 (a check, no error met)'),
]
