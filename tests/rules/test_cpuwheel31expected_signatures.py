"""gpu-expected-evidence (session 31, for cpu-only-wheel): on Windows, the CPU at full load beside an idle GPU, or no GPU
load at all, says a GPU is there and expected to work (said_cpu_only), as "only the CPU is used" does.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "gpu-expected-evidence"

FIRES = [
    ('said_cpu_only', '我在Windows上跑CPU使用100%，GPU使用却是1%，这是什么原因呢？', 'https://github.com/thunlp/OpenNRE/issues/343'),
    ('said_cpu_only', 'Noticed there is some CPU load, and no GPU load', 'https://github.com/vladmandic/sdnext/issues/3476'),
]

QUIET = [
    ('said_cpu_only', 'GPU Utilization - 33% (average)', 'https://github.com/alankbi/detecto/issues/132: the GPU partly used'),
    ('said_cpu_only', 'CPU usage is 100% and GPU usage is 45%, the dataloader is the bottleneck', 'a GPU at work beside a busy CPU'),
]
