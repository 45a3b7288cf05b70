"""The driver family (session 40): whether one CUDA release is acceptable, asked of its number.

toolkit-question (toolkit-not-needed): "11系列的版本必须是11.8版本的吗？", "请问CUDA11.8 + Pytorch2.2.1是否可行", "Is it possible to
run with Cuda 11.8?", "Can PyTorch 2.0 work with CUDA 11.7?", "Does this repository support CUDA11.0???", "支持cuda 11.1吗？"
ask whether a project or torch accepts one CUDA release. A pip or conda torch brings its own CUDA runtime and any driver of
the CUDA major runs it, so the number asked about does not decide. A question only: a statement of the CUDA in use, or an
app's own refusal ("Unsupported cuda version:11.7", lora-scripts#287), is not read; a question of another framework (Paddle,
飞桨) is kept out in the rule's condition (fixture toolkit-not-needed--not-for-other-framework-cuda-release).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = 'toolkit-question'

FIRES = [
    ('asks_cuda_release_ok', '关于cuda版本问题，11系列的版本必须是11.8版本的吗？', 'https://github.com/MCG-NJU/SparseBEV/issues/76'),
    ('asks_cuda_release_ok', 'Has anyone tried CUDA 11.8? I’m not sure if CUDA 11.8 can be used normally.', 'https://github.com/StanfordVL/BEHAVIOR-1K/issues/1918'),
    ('asks_cuda_release_ok', '请问CUDA11.8 + Pytorch2.2.1是否可行', 'https://github.com/3DTopia/3DTopia/issues/8'),
    ('asks_cuda_release_ok', 'Is it possible to run with Cuda 11.8?', 'https://github.com/pytorch/benchmark/issues/1364 (title)'),
    ('asks_cuda_release_ok', 'Can I use CUDA 12.1 instead or does this cause bug?', 'https://github.com/d-ailin/GDN/issues/98'),
    ('asks_cuda_release_ok', 'Can PyTorch 2.0 work with CUDA 11.7?', 'https://github.com/Comfy-Org/ComfyUI/issues/6247 (title)'),
    ('asks_cuda_release_ok', 'What CUDA versions are supported by this project? Can it be used on CUDA12.4？', 'https://github.com/NVIDIA/cuda-checkpoint/issues/2'),
    ('asks_cuda_release_ok', 'Does this repo support CUDA 12.6 or 12.8?', 'https://github.com/dreamzero0/dreamzero/issues/65'),
    ('asks_cuda_release_ok', '[CUDA VERSION]: Does this repository support CUDA11.0??? Does this repository support python3.8??', 'https://github.com/nickhuang1996/HJL-re-id/issues/7 (title)'),
    ('asks_cuda_release_ok', '支持cuda 11.1吗？', 'https://github.com/thu-spmi/CAT/issues/57 (title)'),
    ('asks_cuda_release_ok', '现在可以支持cuda12.3的吗', 'https://github.com/jllllll/bitsandbytes-windows-webui/issues/18 (title)'),
    ('asks_cuda_release_ok', 'cuda 12.1版本是不能用吗', 'https://github.com/voicepaw/so-vits-svc-fork/issues/538 (title)'),
]

QUIET = [
    ('asks_cuda_release_ok', '刚好Cuda 11.7不支持么,why?', 'https://github.com/Akegarasu/lora-scripts/issues/287 (title; the app refused 11.7 itself, a bug)'),
    ('asks_cuda_release_ok', 'Unsupported cuda version:11.7', 'https://github.com/Akegarasu/lora-scripts/issues/287 (the app\'s own message)'),
    ('asks_cuda_release_ok', '已经安装cuda12.1版本，但是提示cuda11.8未安装', 'https://github.com/voicepaw/so-vits-svc-fork/issues/538 (a statement, no question)'),
    ('asks_cuda_release_ok', 'I have cuda 10 and driver version 410.48 installed followed the instruction of Nividia with a .deb installation.', 'https://github.com/pytorch/pytorch/issues/30071 (a statement of the CUDA in use)'),
    ('asks_cuda_release_ok', 'is anyboay use python3.7and cuda 11 run this project?', 'https://github.com/NoamRosenberg/autodeeplab/issues/108 (title; beside an arch error, no release asked about)'),
]
