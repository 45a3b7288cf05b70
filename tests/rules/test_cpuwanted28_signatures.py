"""cpu-only-wheel's cpu_wanted (the user runs on the CPU on purpose) no longer reads a GPU wish whose result was the CPU
(session 28): between the verb and "on the CPU" the words must not name the GPU. "I want to use my GPU but it runs on
the CPU" wants the GPU, so the CPU build shown beside it stays the cause."""
from __future__ import annotations


RULE = "cpu-only-wheel"

FIRES = [
    # https://github.com/LamUong/Generate-novel-molecules-with-LSTM/issues/1
    ("cpu_wanted", "How can i run this code on CPU", "LamUong/Generate-novel-molecules-with-LSTM#1"),
    # https://github.com/ubicomplab/rPPG-Toolbox/issues/177
    ("cpu_wanted", "And can I run this rppg toolbox with just cpu. If yes than how", "ubicomplab/rPPG-Toolbox#177"),
    # https://github.com/sniklaus/pytorch-hed/issues/13
    ("cpu_wanted", "Is it possible to run without CUDA?", "sniklaus/pytorch-hed#13"),
]

QUIET = [
    # The GPU wished for, the CPU what it got (the shape of pytorch/pytorch#9464 and NaxAlpha/gpt-2xy#6, said in one clause).
    ("cpu_wanted", "I want to use my GPU but it runs on the CPU", "(the shape of pytorch/pytorch#9464)"),
    ("cpu_wanted", "I am trying to use my gpu but it keeps running on the cpu", "(the shape of NaxAlpha/gpt-2xy#6)"),
    # https://github.com/pytorch/pytorch/issues/9464
    ("cpu_wanted", "How can I force the script to uses GPU not the CPU ?", "pytorch/pytorch#9464"),
]
