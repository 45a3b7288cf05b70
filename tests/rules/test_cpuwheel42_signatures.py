"""Session 42: the question how to make the program use the GPU, in Chinese (gpu-use-asked-evidence's asks_gpu_use). The
English question was read since session 27 ("How could I switch to GPU mode?"); its Chinese twin was not, so a Chinese report
that only asks it stayed silent. Lines are verbatim from the threads named; near misses are a feature question, the CPU
wanted, a why-question, an install question and a question about several GPUs."""
from __future__ import annotations

RULE = "gpu-use-asked-evidence"

FIRES = [
    # https://github.com/kleinlee/MiniMates/issues/16 (issue body; no answer in the thread)
    ("asks_gpu_use", "我电脑有显卡，有cuda驱动。怎么优先使用GPU。一直都是CPU处理？谢谢。", "kleinlee/MiniMates#16"),
    # https://github.com/babysor/MockingBird/issues/670 (title; body "Using device: cpu"; the answer: install the GPU build of
    # pytorch whose CUDA the system runs)
    ("asks_gpu_use", "开始使用CPU训练 现在该如何改用GPU训练 尝试各种办法都不行", "babysor/MockingBird#670"),
    # https://github.com/opteroncx/MoePhoto/issues/14 (title; a PyTorch app that picks the GPU when torch sees one)
    ("asks_gpu_use", "如何使用显卡加速", "opteroncx/MoePhoto#14"),
    # https://github.com/nickliqian/cnn_captcha/issues/137 (title): read here, and cpu-build-likely stays quiet on the thread,
    # whose body names TensorFlow (its other_framework)
    ("asks_gpu_use", "请教如何使用GPU跑？", "nickliqian/cnn_captcha#137"),
    # several GPUs, in Chinese: https://github.com/macanv/BERT-BiLSTM-CRF-NER/issues/35 (a comment)
    ("one_or_many_gpus", "可以在多块GPU运行吗？", "macanv/BERT-BiLSTM-CRF-NER#35"),
]

QUIET = [
    # a feature question: whether the program can run on the CPU build at all
    ("asks_gpu_use", "请问博主，这个程序必须是安装了GPU版本的pytorch才可以使用吗？cpu版本的可以跑起来吗？", "TaoRuijie/ECAPA-TDNN#44"),
    ("asks_gpu_use", "有显卡时，能优先使用GPU吗？", "HaujetZhao/CapsWriter-Offline#105 (title: a feature question)"),
    # the CPU wanted
    ("asks_gpu_use", "那么请问在本地环境下如何强制使用CPU呢？（因为CPU虽然慢但是可用，在下的显卡是亮机卡，一跑就爆显存）", "bilibili/ailab#27"),
    # a why, not a how
    ("asks_gpu_use", "你好 我设置了在电脑GPU上运行，怎么却一直在CPU上运行呢？", "macanv/BERT-BiLSTM-CRF-NER#35 (title)"),
    # CUDA by itself after the verb: an install question
    ("asks_gpu_use", "怎么用cuda 12.1安装torch", "written: an install question"),
    ("one_or_many_gpus", "我电脑有显卡，有cuda驱动。怎么优先使用GPU。一直都是CPU处理？谢谢。", "kleinlee/MiniMates#16: one GPU"),
]
