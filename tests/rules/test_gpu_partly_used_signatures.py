"""Session 23: a GPU partly busy is a GPU torch reaches. gpu-unused-said (the cuda-unavailable symptom in the reporter's
words, read by cpu-only-wheel's base-rate guess) must not take "not used much" / "does not utilize GPU well" for an unused
GPU. Each line is verbatim from the thread named (none is a corpus report), or a near miss that must stay as it was."""
from __future__ import annotations

RULE = "gpu-unused-said"

FIRES = [
    ("partly_used", "according to nvidia-smi it only utilizes 75% of the GPU.", "pytorch/pytorch#1805"),
    ("partly_used", "I'm training my voice with piper but it does not utilize GPU well. about 30% - I think",
     "rhasspy/piper#121"),
    ("partly_used", "I suspect that some operations are being done in CPU which slows the training and underutilises the GPU.",
     "CosmoStat/wf-psf#69"),
    ("partly_used", "开始训练之后cpu使用率大幅提升，GPU只有20% 感觉训练的有些慢。", "sml2h3/captcha_trainer_pytorch#2"),
    # The unused-GPU symptom itself is still read where no partial use is said.
    ("said_unavailable", "it's always using CPU and never gpu", "milesial/Pytorch-UNet#463"),
]

QUIET = [
    # A figure near zero is the reporter's "not used at all", and the plain symptom is no partial use.
    ("partly_used", "但是train的时候速度还是很慢，并且查看GPU利用率只有2%，很明显是没有用上GPU。",
     "649453932/Bert-Chinese-Text-Classification-Pytorch#156"),
    ("partly_used", "When training with the default setting, GPU usage is 0% while CPU is 100%.", "tkipf/pygcn#40"),
    ("partly_used", "Torch doesn't see my GPU", "h2oai/h2ogpt#525"),
    ("partly_used", "train.py is using cpu instead of gpu", "minar09/cp-vton-plus#75"),
]
