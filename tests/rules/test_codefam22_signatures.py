"""Session 22 (code family): errors the PROGRAM raises that look like CUDA setup failures. CUDA used in a process forked
after the parent initialised CUDA (torch's own message in any case, its second half alone, CUDA's "initialization error"
with a forked worker in view), a random generator on another device than the tensors, and a CUDA checkpoint loaded
without map_location on a Mac. code-error names them; none is a setup fault. Each line is verbatim from the thread
named (none of these threads is a corpus report)."""
from __future__ import annotations

RULE = "code-error"

FIRES = [
    # torch's refusal, in full, retyped in lower case, with the quotes escaped, in vLLM's worker log, in a Chinese report.
    ("fork_reinit", "RuntimeError: Cannot re-initialize CUDA in forked subprocess. To use CUDA with multiprocessing, you must "
     "use the 'spawn' start method", "facebookresearch/pycls#183"),
    ("fork_reinit", "\"cannot re-initialize cuda in forked subprocess. \" + msg)", "bentrevett/pytorch-sentiment-analysis#47"),
    ("fork_reinit", "RuntimeError: Cannot re-initialize CUDA in forked subprocess. To use CUDA with multiprocessing, you must "
     "use the \\'spawn\\' start method", "IDEA-Research/GroundingDINO#276"),
    ("fork_reinit", "(VllmWorkerProcess pid=13360) ERROR 08-02 18:15:15 multiproc_worker_utils.py:226] Exception in worker "
     "VllmWorkerProcess while processing method init_device: Cannot re-initialize CUDA in forked subprocess. To use CUDA with "
     "multiprocessing, you must use the 'spawn' start method, Traceback (most recent call last):", "vllm-project/vllm#7077"),
    ("fork_reinit", "\"Cannot re-initialize CUDA in forked subprocess. To use CUDA with \"",
     "Quantum-Cheese/DeepReinforcementLearning_Pytorch#3"),
    ("fork_reinit", "但是，依旧报错Cannot re-initialize CUDA in forked subprocess. To use CUDA with multiprocessing, you must use "
     "the 'spawn' start method，本地CPU是可以正常运行的", "IDEA-CCNL/Fengshenbang-LM#259"),
    ("fork_reinit", "该错误表现为当尝试在预处理阶段使用CUDA加速时,系统抛出\"无法在forked子进程中重新初始化CUDA\"的异常信息。",
     "blog.gitcode.com/7cda17342157444091c155c64d961376.html (Applio)"),
    ("fork_reinit", "numba.cuda.cudadrv.error.CudaDriverError: CUDA initialized before forking", "glotzerlab/signac-flow#115"),
    # CUDA's "initialization error" in every era's words.
    ("init_error", "RuntimeError: cuda runtime error (3) : initialization error at /pytorch/torch/csrc/cuda/Module.cpp:34",
     "CSAILVision/unifiedparsing#10"),
    ("init_error", "THCudaCheck FAIL file=/pytorch/aten/src/THC/THCGeneral.cpp line=50 error=3 : initialization error",
     "pytorch/pytorch#33407"),
    ("init_error", "  what():  CUDA error: initialization error", "epic-kitchens/C1-Action-Recognition-TSN-TRN-TSM#25"),
    ("init_error", "Get \" RuntimeError: CUDA error (3): initialization error \" when running train.py with GPU",
     "filipradenovic/cnnimageretrieval-pytorch#21's title"),
    ("init_error", "> LogicError: cuInit failed: initialization error", "inducer/pycuda#137"),
    # A forked worker in view.
    ("fork_context", "RuntimeError: Caught RuntimeError in DataLoader worker process 2.", "pytorch/pytorch#33407"),
    ("fork_context", "  File \"/usr/lib/python3.5/multiprocessing/process.py\", line 249, in _bootstrap",
     "CSAILVision/unifiedparsing#10"),
    ("fork_context", "Setting num_workers results in a CUDA initialization error for a Dataloader using an InMemoryDataset: ",
     "pyg-team/pytorch_geometric#499"),
    ("fork_context", "I'm trying to run darknet in multiprocessing by preloading the weights in the parent process.",
     "digitalbrain79/pyyolo#32"),
    # A generator on another device than the tensors, both wordings and both directions.
    ("generator_device", "RuntimeError: Expected a 'cuda' device type for generator but found 'cpu'", "NarcissusEx/CuNeRF#8"),
    ("generator_device", "RuntimeError: Expected a 'cpu' device type for generator but found 'cuda'", "zhang-can/CoLA#10"),
    ("generator_device", "RuntimeError: Expected a 'cuda:0' generator device but found 'cpu'",
     "hcnoh/knowledge-tracing-collection-pytorch#4"),
    # torch.load's message, whole or retold.
    ("deserialize_cuda", "RuntimeError: Attempting to deserialize object on a CUDA device but torch.cuda.is_available() is "
     "False. If you are running on a CPU-only machine, please use torch.load with map_location=torch.device('cpu') to map "
     "your storages to the CPU.", "harisreedhar/Swap-Mukham#46"),
    ("deserialize_cuda", "deserialize object on a CUDA device but torch.cuda.is_available() is False. If you are running on "
     "a CPU-only machine, please use torch.load with map_location=torch.device('cpu') to map your storages to the CPU.",
     "wildminder/ComfyUI-Chatterbox#3"),
    # An Apple-silicon Mac said without "macOS".
    ("mps_said", "I am using Mac M1 machine, probably non CUDA, and getting error when using txt2mask script:",
     "ThereforeGames/txt2mask#18"),
    ("mps_said", "mac m2 下报错 Attempting to deserialize object on a CUDA device but torch.cuda.is_available() is False.",
     "OpenTalker/SadTalker#440's title"),
]

QUIET = [
    # The container runtime's own "initialization error" is the setup's (container rules), not CUDA in a forked child.
    ("init_error", "nvidia-container-cli: initialization error: nvml error: insufficient permissions",
     "NVIDIA/nvidia-docker#1523"),
    # The fix written in the report is no error.
    ("fork_reinit", "multiprocessing.set_start_method('spawn', force=True)", "liunian-Jay/MU-GOT#2"),
    # A Mac named without MPS or Apple silicon (an Intel Mac running a CUDA-only project): no-nvidia-gpu's, not the program's.
    ("mps_said", "I was trying running it on my mac 10.13.6 on terminal.", "vt-vl-lab/3d-photo-inpainting#20"),
    # A generator on the CPU, asked for: no mismatch said.
    ("generator_device", "    dataset, [train_size, test_size], generator=torch.Generator(device='cpu')",
     "hcnoh/knowledge-tracing-collection-pytorch#4"),
    # A CUDA warning with no worker in view.
    ("fork_context", "    Found GPU0 GeForce GTX 760 which is of cuda capability 3.0.", "pytorch/pytorch#13775"),
]


def test_the_fork_line_is_captured(signature_hit) -> None:
    m = signature_hit(RULE, "fork_reinit", "To use CUDA with multiprocessing, you must use the 'spawn' start method\n"
                      "please which realse tag is fixed the bug of cu113?")  # the second half alone, as pastes cut it
    assert m and m.group("fork_line").startswith("To use CUDA with multiprocessing")
