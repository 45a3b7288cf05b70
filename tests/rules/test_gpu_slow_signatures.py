"""The slow-GPU symptom (rules/differential/gpu-slow.yaml) reads a family of real complaints,
not one thread; and the near misses stay quiet. Each line is verbatim from the report named."""
from __future__ import annotations

import re

import pytest

from gpufix.engine.api import load_rules

SIGNATURES = load_rules().by_id["gpu-slow"].signatures
SYMPTOM = ("slow", "util_low")

RAISES = [
    ("Why is training so slow and GPU utilization so low?", "amdegroot/ssd.pytorch#539"),
    ("When training with the default setting, GPU usage is 0% while CPU is 100%.", "tkipf/pygcn#40"),
    ("I ran the main.py and found that though the gpu is available, the training speed was very slow.",
     "jiangnanboy/albert_lstm_crf_ner#4"),
    ("during automatic model training, the CPU is being used, leading to extremely slow training.",
     "ilnehc96/HKU-DASC7606-A1#9"),
    ("# [BUG] Slow model training with GPU", "sktime/pytorch-forecasting#1849"),
    ("The GPU-Util is not high when i am training the hrnet_w32，sometimes even 0%",
     "leoxiaobin/deep-high-resolution-net.pytorch#59"),
    ("When I train the model, the GPU memory is occupied, but GPU-Util is always 0.", "jwyang/faster-rcnn.pytorch#770"),
    ("安装了GPU版本的Pytorch，并且torch.cuda.is_available()返回为True，使用train.py时打印设备print(trainer.device)为cuda，"
     "但资源管理器中GPU使用率一直为0", "yeyupiaoling/VoiceprintRecognition-Pytorch#66"),
    ("但是train的时候速度还是很慢，并且查看GPU利用率只有2%，很明显是没有用上GPU。",
     "649453932/Bert-Chinese-Text-Classification-Pytorch#156"),
]
QUIET = [
    ("As a temporary fix, you can set the environment variable `PYTORCH_ENABLE_MPS_FALLBACK=1` to use the CPU as a "
     "fallback for this op. WARNING: this will be slower than running natively on MPS.", "pytorch/pytorch#77764"),
    ("For debugging consider passing CUDA_LAUNCH_BLOCKING=1", "every CUDA error"),
    ("RuntimeError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 7.79 GiB total capacity)", "OOM"),
]


def _raised(line: str) -> list[str]:
    return [name for name in SYMPTOM if re.search(SIGNATURES[name]["regex"] if isinstance(SIGNATURES[name], dict)
                                                  else SIGNATURES[name], line)]


@pytest.mark.parametrize("line, source", RAISES, ids=[s for _, s in RAISES])
def test_the_complaint_raises_the_symptom(line: str, source: str) -> None:
    assert _raised(line), source


@pytest.mark.parametrize("line, source", QUIET, ids=[s for _, s in QUIET])
def test_a_near_miss_does_not(line: str, source: str) -> None:
    assert _raised(line) == [], source


def test_the_separating_signatures_read_their_real_lines() -> None:
    def hit(name: str, line: str) -> bool:
        sig = SIGNATURES[name]
        return bool(re.search(sig["regex"] if isinstance(sig, dict) else sig, line))

    # NVIDIA-NeMo/Speech#1204: PyTorch Lightning's own warning
    assert hit("few_workers", "UserWarning: The dataloader, val dataloader 0, does not have many workers which may "
                              "be a bottleneck. Consider increasing the value of the `num_workers` argument`")
    # horenbergerb/BernoulliDiffusion#23
    assert hit("launch_blocking", 'os.environ["CUDA_LAUNCH_BLOCKING"] = "1" is set in trainer.py')
    # jcjohnson/fast-neural-style#16
    assert hit("first_slow", "The first forward pass of the model is the slowest, since it allocates GPU memory lazily.")
    assert hit("util_zero", "GPU-Util is always 0") and not hit("util_zero", "GPU-Util is not high")
    # yeyupiaoling/VoiceprintRecognition-Pytorch#66: the reading came from Task Manager (资源管理器)
    assert hit("task_manager", "但资源管理器中GPU使用率一直为0")
    # yatengLG/SSD-Pytorch#7 (a Task Manager reading, per the reporter): the symptom in its words
    assert _raised("我在测试训练时，发现gpu利用率特别低，似乎没有用到gpu,只用了显存")
