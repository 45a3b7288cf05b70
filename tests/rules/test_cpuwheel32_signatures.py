"""cpu-only-wheel (session 32): the reporter's own statement that the torch here has no CUDA, in two more shapes.

The version between "torch" and its verb, or "being" before it ("Torch 2.3.0 being compiled without CUDA", after a
requirements file pulled PyPI's torch), and the CUDA build named as the thing missing ("missing cuda torch", "the cuda
version of torch is missing"). Both are read in stated_cpu_build (one alternation more, so the rule stays within 64
alternatives) and keep its filters: a machine without an NVIDIA GPU, another library's CPU package, a CPU run on
purpose. The subject is torch itself: torchvision or an extension "built without CUDA" is another story, and a version
with +cuXXX is no CPU build.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "cpu-only-wheel"

FIRES = [
    ('stated_cpu_build', '... always issues in Torch 2.3.0 being compiled without CUDA?!', 'https://github.com/lllyasviel/Omost/issues/26'),
    ('stated_cpu_build', 'missing cuda torch', 'https://github.com/Vchitect/SEINE/issues/9'),
    ('stated_cpu_build', 'It seems that only torch2.2.0+cpu is installed, so the cuda version of torch is missing.', 'https://github.com/angelolab/Nimbus-Inference/issues/12'),
    ('stated_cpu_build', 'Torch built without cuda support', 'https://github.com/JustRin/Stable-Video-Diffusion/issues/1'),
]

QUIET = [
    ('stated_cpu_build', 'torchvision 0.15.2 built without CUDA', 'torchvision is not torch: its own CUDA ops are another cause'),
    ('stated_cpu_build', 'torch 2.1.0+cu121 is built with CUDA 12.1', 'a CUDA build said to have CUDA'),
    ('stated_cpu_build', 'missing cudnn for torch', "a library missing beside a CUDA torch (missing-cuda-libs' words), not the build"),
    ('stated_cpu_build', 'flash-attn was built without CUDA support', 'an extension, not torch'),
]
