"""Session 17: the CPU-build family said in other words (cpu-build-stated, cpu-only-wheel's Chinese retelling) and the
two-interpreter family's Chinese wording (python-env-mismatch). Each line that must be read is verbatim from the thread
named, none of them a corpus report's (the wordings seen only in dev reports are left to the corpus to measure); each near
miss is verbatim or written to show the boundary."""
from __future__ import annotations


FIRES = [
    ("cpu-build-stated", "not_linked_cuda", "Error in cpp_torch_tensor(data, rev(dimension), options$ptr, requires_grad,  : \n"
     "  PyTorch is not linked with support for cuda devices (getDeviceGuardImpl at ../c10/core/impl/"
     "DeviceGuardImplInterface.h:216)", "mlverse/torch#272"),
    ("cpu-build-stated", "stated_cpu_other_words", "Hey, I had an issue today where after adding this to ComfyUI, it broke my "
     "installation by forcing a non-CUDA version of Torch to be installed.", "zhongpei/Comfyui_image2prompt#79"),
    ("cpu-build-stated", "stated_cpu_other_words", "Forcing Downgrade to Non-CUDA Torch", "zhongpei/Comfyui_image2prompt#79 (title)"),
    ("cpu-build-stated", "install_replaced_torch", "为什么安装requirements之前print(torch.cuda.is_available())为True 安装之后变成了False "
     "无法调用GPU", "chatchat-space/Langchain-Chatchat#1858 (title)"),
    ("gpu-expected-evidence", "said_cpu_only", "After this, when I try to train a model, the device cannot use CUDA and only "
     "uses the CPU.", "ACEsuit/mace#783"),
]

NEAR_MISSES = [
    # a program's own log line, printed as well by a config mistake or a driver too old for a bundled CUDA torch
    ("gpu-expected-evidence", "said_cpu_only", "2024-07-01 12:00:00 | INFO | using device: cpu", "a log line"),
    ("gpu-expected-evidence", "said_cpu_only", "UserWarning: User provided device_type of 'cuda', but CUDA is not available. "
     "Disabling", "torch's autocast warning"),
    # a dependency that pulled another torch through pip on Linux: a CUDA build, not a CPU one
    ("cpu-build-stated", "install_replaced_torch", "However, after installing mace(version 0.3.9), it automatically installed "
     "torch-2.5.1-cp310-cp310-manylinux1_x86_64 instead.", "ACEsuit/mace#783"),
    ("cpu-build-stated", "not_linked_cuda", "RuntimeError: PyTorch is not linked with support for mps devices",
     "mps-unavailable's"),
    ("cpu-build-stated", "stated_cpu_other_words", "How do I install a cpu version of pytorch?", "a question, no swap"),
    ("cpu-build-stated", "stated_cpu_other_words", "pip install torch --index-url https://download.pytorch.org/whl/cpu",
     "a command"),
    ("cpu-build-stated", "wrong_torch_said", "Which version of torch should I install for CUDA 12.1?", "a question"),
    ("cpu-only-wheel", "not_compiled", "如何启用CUDA加速？", "how to enable CUDA, no error quoted"),
    ("python-env-mismatch", "works_in_python", "pip install torch 成功", "an install, not an import somewhere"),
    ("python-env-mismatch", "program_sees_other", "运行的是python 3.10", "no other torch reported"),
]
