"""gpu-unused-said (session 31, for cpu-only-wheel): the task manager's picture told in words, the CPU at full load beside a
GPU at 0-5 %, or no GPU load at all, and "没使用GPU". A GPU partly used (20 % and up) is another cause (partly_used).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "gpu-unused-said"

FIRES = [
    ('said_unavailable', '我在Windows上跑CPU使用100%，GPU使用却是1%，这是什么原因呢？', 'https://github.com/thunlp/OpenNRE/issues/343'),
    ('said_unavailable', '为什么Cuda 设置True, 电脑CPU 使用100%， 没使用GPU 训练', 'https://github.com/bubbliiiing/Siamese-pytorch/issues/27'),
    ('said_unavailable', 'Noticed there is some CPU load, and no GPU load', 'https://github.com/vladmandic/sdnext/issues/3476'),
]

QUIET = [
    ('said_unavailable', '并且查看GPU利用率只有2%，很明显是没有用上GPU。想请教一下大佬需要怎么更改代码能？', 'a slow run read by its reporter, no CPU at full load (tests/tui/test_questions.py: the gpu-slow differential)'),
    ('said_unavailable', 'GPU Utilization - 33% (average)', 'https://github.com/alankbi/detecto/issues/132: the GPU partly used'),
    ('said_unavailable', 'CPU usage is 100% and GPU usage is 45%, the dataloader is the bottleneck', 'a GPU at work beside a busy CPU (partly_used territory)'),
    ('said_unavailable', 'Additionally I see my cpu usage at nearly 100% during the entire run.', 'https://github.com/MilaNLProc/contextualized-topic-models/issues/62: the CPU busy, no GPU figure on the line'),
]
