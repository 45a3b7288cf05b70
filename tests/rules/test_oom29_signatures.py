"""Session 29, the out-of-memory families. cuda-oom: the batch setting said on the line that says "out of memory"
(oom_batch_said), and a batch of 1 or 2 with "still" in any of its Chinese words (oom_already_small, read only with
the GPU's memory named in the same report). container-shm-too-small: shared memory said as limited or exhausted
(shm_limit_said, read only beside a container and never beside a GPU kernel's on-chip shared memory). Each line is
verbatim from the thread named; the near misses are other causes' lines and look-alike sentences."""
from __future__ import annotations

import pytest

OOM = "cuda-oom"
SHM = "container-shm-too-small"


@pytest.mark.parametrize("line", [
    # https://github.com/GeoZcx/A-deeply-supervised-image-fusion-network-for-change-detection-in-remote-sensing-images/issues/14
    "I am a beginner. I have programed the train code and the dataloader function about the dataset, and I have set the "
    "batchsize of 32, but it still out of memories, could u please tell the way to solve the memory problem?",
    # https://github.com/shipubupt/NIPS2018/issues/5 (a 2 GB 940MX)
    "ubuntu16.04 ++940mx(2gb)+cuda8.0+py27+pytorch0.3.0post4 .I have changed batch_test=1 in option.py .but it is always "
    "out of memory,how to solve it?",
    # https://github.com/MCG-NJU/TDN/issues/32
    "Thanks for this great job.   I met a problem in memory. When I set batch_size=1, it runs out of memory.",
    # https://github.com/winycg/CIRKD/issues/23
    "The current batch size setting is 4 (batch size is set to 3, and the training program can run normally), and it "
    "appears out of memory.",
    # https://github.com/Intellindust-AI-Lab/DEIMv2/issues/27
    "When I use the version of \"deimv2_dinov3_m\" to train on remote sense datasets with the image size 800*800 and the "
    "batch size 2 per GPU, it will show \"out of memory\" with four 3090 GPUs",
])
def test_batch_said_with_out_of_memory(line: str, signature_hit) -> None:
    assert signature_hit(OOM, "oom_batch_said", line)


@pytest.mark.parametrize("line", [
    # https://github.com/Esri/arcgis-python-api/issues/743 (the host's memory: DefaultCPUAllocator; batch on another line)
    "data =prepare_data(data_path,batch_size=128,dataset_type='PASCAL_VOC_rectangles',chip_size=512)",
    "Out of memory whilie training DeepLearning model.",
    # https://github.com/L1aoXingyu/pytorch-beginner/issues/22 (a segfault, not memory)
    "if I set batch_size=32 it returns \"Process finished with exit code 139 (interrupted by signal 11: SIGSEGV)\"",
    # https://github.com/zhoubenjia/GFSLT-VLP/issues/31 (NaN loss)
    "I tried to run with Batch Size 1 due to hardware constraints  and it produces Nan Loss I can't see why",
    # https://github.com/wkentaro/pytorch-fcn/issues/93 (words without "out of memory")
    "I can't understand why  the memory is out when the batch size is 10.",
])
def test_batch_lines_left_alone(line: str, signature_hit) -> None:
    assert not signature_hit(OOM, "oom_batch_said", line)


def test_cpu_allocator_marks_host_memory(signature_hit) -> None:
    # https://github.com/Esri/arcgis-python-api/issues/743
    assert signature_hit(OOM, "cpu_memory_said", "RuntimeError: [enforce fail at CPUAllocator.cpp:64] . DefaultCPUAllocator: "
                         "can't allocate memory: you tried to allocate 402653184 bytes. Error code 12 (Cannot allocate memory).")


@pytest.mark.parametrize("line", [
    # https://github.com/IrisRainbowNeko/genshin_auto_fish/issues/32 (a 4 GB 1050 Ti)
    "设置了batch-size = 2仍旧无法分配",
    "1050ti显存记得是4G 但是batch-size已经设置为2仍无法分配 请问应该如何修改?",
    # https://github.com/taichi-dev/taichi-nerfs/issues/37
    "我的GPU使2070，8G显存，batch_size改为1依旧爆显存，是本来对显存的要求大还是我设置得有问题？",
    # https://github.com/sufeidechabei/gluon-mobilenet-yolov3/issues/6
    "batchsize设为2，还出现内存不够的情况",
    # https://github.com/shaofengzeng/SuperPoint-Pytorch/issues/9
    "我在训练的过程中即使将batch_size修改为1仍然会提示超出显存",
    # the older forms still read: https://github.com/zai-org/ChatGLM3/issues/806
    "各项参数已经调节很小了",
])
def test_zh_batch_small_and_still(line: str, signature_hit) -> None:
    assert signature_hit(OOM, "oom_already_small", line)


@pytest.mark.parametrize("line", [
    # https://github.com/QwenLM/Qwen3-ASR/issues/88 (title: NaN loss unless the batch is 1)
    "训练和推理的时候batch size只能设置为1，如果不是1的话推理不出结果/训练loss是nan",
    # https://github.com/Morizeyao/GPT2-Chinese/issues/160 (a batch of 2 that works, not "still")
    "你们用的显存都是多大，为啥我12G显存 batch_size 要设置成2才不会oom",
    # https://github.com/YunYang1994/tensorflow-yolov3/issues/485 (a batch of 3: not read as already small)
    "batch_size改成3，还是不行，咋办",
])
def test_zh_batch_lines_left_alone(line: str, signature_hit) -> None:
    assert not signature_hit(OOM, "oom_already_small", line)


@pytest.mark.parametrize("line", [
    # https://github.com/xinge008/Cylinder3D/issues/17 ("i am training on docker")
    "While i train the cylinder_asym, an error about shared memory limited occurs. So i wander what size of shared memory "
    "you suggested while training?",
    # https://github.com/pangeo-data/pangeo-docker-images/issues/258 (JupyterHub)
    "While training a PyTorch model with multiple workers, he's hitting an error that seems to come from a small shared "
    "memory limit",
    # https://github.com/coreweave/kubernetes-cloud/pull/219
    "So it seems that the training pod was crashing previously due to exhausting shared memory.",
    # https://github.com/tahoebio/tahoe-x1/pull/63
    "This PR updates the Docker run configuration and related documentation to fix shared memory exhaustion errors "
    "encountered during model training.",
    # https://github.com/AICONSlab/MIRACL/issues/139 (docker compose)
    "ACE ran into an error where the dataloaders do not have enough shared memory",
])
def test_shared_memory_said_limited_or_exhausted(line: str, signature_hit) -> None:
    assert signature_hit(SHM, "shm_limit_said", line)


@pytest.mark.parametrize("line", [
    # https://github.com/triton-inference-server/server/issues/4644 (cross-container access, not size)
    "Is there **some docker option** I could setup to allow the shared memory ?",
    # https://github.com/sasha0552/pascal-pkgs-ci/issues/50 (a Triton kernel's on-chip shared memory)
    "Is there a way to control triton to reduce the amount of shared memory it requires? Unfortunately, Pascal class has "
    "much smaller shared memory than more modern GPUs.",
    # https://github.com/coreweave/kubernetes-cloud/issues/170 (a guess, in no container words)
    "If I had to guess, it's probably running into some shared memory issue.",
])
def test_shared_memory_lines_left_alone(line: str, signature_hit) -> None:
    assert not signature_hit(SHM, "shm_limit_said", line)


def test_kernel_shared_memory_guard_still_reads_triton(signature_hit) -> None:
    # https://github.com/sasha0552/pascal-pkgs-ci/issues/50: the guard that keeps the limit words off GPU kernels
    assert signature_hit(SHM, "smem_kernel", "triton.runtime.errors.OutOfResources: out of resource: shared memory, "
                         "Required: 98304, Hardware limit: 49152. Reducing block sizes or `num_stages` may help.")


@pytest.mark.parametrize("line", [
    # https://github.com/netease-youdao/QAnything/issues/302 (a 24 GB RTX 3090)
    "ValueError: No available memory for the cache blocks. Try increasing `gpu_memory_utilization` when initializing the engine.",
    # https://github.com/vllm-project/vllm/issues/27508 (v1, the message split over a traceback's source lines)
    "(EngineCore_DP0 pid=223840) ERROR 10-25 13:08:43 [core.py:708]     raise ValueError(\"No available memory for the cache "
    "blocks. \"",
    # https://github.com/vllm-project/vllm/issues/10439
    "vllm-1  | ERROR 11-18 18:07:28 engine.py:366] ValueError: No available memory for the cache blocks. Try increasing "
    "`gpu_memory_utilization` when initializing the engine.",
    # vLLM 0.4-0.6's wording, quoted in https://github.com/vllm-project/vllm-ascend docs and user threads
    "ValueError: The model's max seq len (131072) is larger than the maximum number of tokens that can be stored in KV cache "
    "(93760). Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when initializing the engine.",
    # vLLM v1 (vllm/v1/core/kv_cache_utils.py check_enough_kv_cache_memory)
    "ValueError: To serve at least one request with the models's max seq len (32768), 16.00 GiB KV cache is needed, which is "
    "larger than the available KV cache memory (4.85 GiB).",
    # https://github.com/hacksider/Deep-Live-Cam/issues/584
    "onnxruntime::CudaCall CUDA failure 2: out of memory ; GPU=0 ; hostname=DESKTOP-QUBEI ; file=D:\\a\\_work\\1\\s\\onnxruntime"
    "\\core\\providers\\cuda\\cuda_stream_handle.cc ; line=175 ; expr=cudaStreamCreateWithFlags(&stream, cudaStreamNonBlocking);",
    # https://github.com/hacksider/Deep-Live-Cam/issues/645
    "onnxruntime::CudaCall CUBLAS failure 3: CUBLAS_STATUS_ALLOC_FAILED ; GPU=0 ; hostname=TOBI ; file=D:\\a\\_work\\1\\s"
    "\\onnxruntime\\core\\providers\\cuda\\cuda_execution_provider.cc ; line=168 ; expr=cublasCreate(&cublas_handle_);",
    # https://github.com/microsoft/onnxruntime/issues/10770 (TensorRT EP)
    "E:onnxruntime:Default, tensorrt_execution_provider.h:50 log] [2022-03-04 13:39:28 ERROR] ../rtSafe/safeRuntime.cpp (25) - "
    "Cuda Error in allocate: 2 (out of memory)",
])
def test_other_runtimes_out_of_gpu_memory(line: str, signature_hit) -> None:
    assert signature_hit(OOM, "oom_other_runtime", line)


@pytest.mark.parametrize("line", [
    # https://github.com/netease-youdao/QAnything/issues/457 (the model's config, not memory)
    "ValueError: User-specified max_model_len (4096) is greater than the derived max_model_len (None=2048 in model's "
    "config.json). This may lead to incorrect model outputs or CUDA errors. Make sure the value is correct and within the "
    "model context size.",
    # https://github.com/C0untFloyd/roop-unleashed/issues/457 (ORT's CudaCall with another status: the driver)
    "onnxruntime::CudaCall CUDA failure 35: CUDA driver version is insufficient for CUDA runtime version ; GPU=1167449144",
    # https://github.com/microsoft/onnxruntime/issues/22702 (the arena's words: CPU arenas print them too)
    "onnxruntime::BFCArena::AllocateRawInternal(size_t, bool, onnxruntime::Stream*, bool, onnxruntime::WaitNotificationFn) "
    "Failed to allocate memory for requested buffer of size 4585490524328388608",
    # vLLM's informational line about the cache it did allocate
    "INFO 04-27 10:13:05 llm_engine.py:275] # GPU blocks: 0, # CPU blocks: 256",
])
def test_other_runtime_lines_left_alone(line: str, signature_hit) -> None:
    assert not signature_hit(OOM, "oom_other_runtime", line)
