"""no-nvidia-gpu-stated (session 32): the machine said to have no GPU, named as more than a "machine": a cluster, a
compute node, a cloud instance, a workstation or desktop, with the lack said directly or in a relative clause ("my
cluster which has no GPU"); a CPU-only VM or instance; integrated graphics said with 我/我的 alone ("我的是集显"); and a Mac named after
"in" or "for", the Mac Pro, and in Chinese the Mac in use ("用的是mac") or lacking CUDA ("Mac 没有 CUDA").

Not a conditional or a part ("if your machine has no GPU" is read elsewhere, never here), and not a CI runner or a
single node of a GPU cluster named without its lack. The FIRES and QUIET tables run in
tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "no-nvidia-gpu-stated"

FIRES = [
    ('machine_without', 'hello，I try to run DeepSEM following the toturials on my cluster which has no GPU', 'https://github.com/HantaoShu/DeepSEM/issues/3'),
    ('machine_without', "I have been running through the tutorial on a machine without GPU and CUDA.", 'https://github.com/higgsfield/Imagination-Augmented-Agents/issues/8'),
    ('machine_without', "I'm trying to run the webcam demo code on my non gpu laptop", 'https://github.com/zhoubolei/TRN-pytorch/issues/71'),
    ('mac_hardware', 'I request to kindly help me on how to run the code in MAC. As I\'m not having a CUDA version for MAC.', 'https://github.com/jonkhler/s2cnn/issues/37'),
    ('mac_hardware', "Check links [pytorch issue 30664](https://github.com/pytorch/pytorch/issues/30664), which seems focused on PC. Is there work around for Mac where CUDA-capable GPUs aren't available?", 'https://github.com/nlpyang/PreSumm/issues/159'),
    ('mac_hardware', 'In Mac pro, there is no cuda, so you can only use the CPU.', 'https://github.com/cliffren/PENCIL/issues/13'),
    ('mac_hardware', 'Config.py 第32行，由于 Mac 没有 CUDA，运行至直接报错：', 'https://github.com/RVC-Boss/GPT-SoVITS/issues/264'),
]

QUIET = [
    ('machine_without', 'Skip when: changing what perf measures, or running it in CI, which has no GPU.', 'a CI runner in a project note, no machine noun of the reporter'),
    ('machine_without', 'the node which has GPU 0 free was picked by the scheduler', 'a node that has a GPU'),
    ('machine_without', 'If your machine has a GPU, pass --device cuda', 'a machine with a GPU, said as a condition'),
    ('machine_without', 'Our workstation has two RTX 3090 cards', 'a workstation with GPUs'),
    ('mac_hardware', 'Collecting torch-2.2.1-cp311-none-macosx_11_0_arm64.whl', 'a wheel tag: "macosx" is no word "mac"'),
    ('mac_hardware', 'pip download for macOS wheels failed', 'macOS named after "for" is read by the macOS alternatives, not this one'),
    ('mac_hardware', 'I use a Macro in Excel to start the script', 'Macro is no Mac'),
]
