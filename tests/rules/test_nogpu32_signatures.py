"""no-nvidia-gpu-stated (session 32): the machine said to have no GPU, named as more than a "machine": a cluster, a
compute node, a cloud instance, a workstation or desktop, with the lack said directly or in a relative clause ("my
cluster which has no GPU"); a CPU-only VM or instance; integrated graphics said with 我/我的 alone ("我的是集显"); and a Mac named after
"in" or "for", the Mac Pro, and in Chinese the Mac in use ("用的是mac") or lacking CUDA ("Mac 没有 CUDA"):
those Mac rows are mac-named-evidence's since session 34 (tests/rules/test_nogpu33mac_signatures.py).

Not a conditional or a part ("if your machine has no GPU" is read elsewhere, never here), and not a CI runner or a
single node of a GPU cluster named without its lack. The FIRES and QUIET tables run in
tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "no-nvidia-gpu-stated"

FIRES = [
    ('machine_without', 'hello，I try to run DeepSEM following the toturials on my cluster which has no GPU', 'https://github.com/HantaoShu/DeepSEM/issues/3'),
    ('machine_without', "I have been running through the tutorial on a machine without GPU and CUDA.", 'https://github.com/higgsfield/Imagination-Augmented-Agents/issues/8'),
    ('machine_without', "I'm trying to run the webcam demo code on my non gpu laptop", 'https://github.com/zhoubolei/TRN-pytorch/issues/71'),
]

QUIET = [
    ('machine_without', 'Skip when: changing what perf measures, or running it in CI, which has no GPU.', 'a CI runner in a project note, no machine noun of the reporter'),
    ('machine_without', 'the node which has GPU 0 free was picked by the scheduler', 'a node that has a GPU'),
    ('machine_without', 'If your machine has a GPU, pass --device cuda', 'a machine with a GPU, said as a condition'),
    ('machine_without', 'Our workstation has two RTX 3090 cards', 'a workstation with GPUs'),
]
