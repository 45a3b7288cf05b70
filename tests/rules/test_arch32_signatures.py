"""gpu-arch-unsupported (session 32): the reporter's own words that the build dropped or lacks the GPU's architecture,
read in gpu-arch-unsupported-said-evidence (the rule's prose readings moved there in session 32, so its `when` has room).

torch's own words for the drops are the model: the 2.8 release notes ("Removed support for Maxwell, Pascal, and Volta
architectures with CUDA 12.8 and 12.9 builds"), RFC pytorch#172352 (Volta out of 2.11's cu128). Users retell them with the
generation's name ("cu128 (which no longer supports Pascal)", "dropped support for Pascal GPUs"), as "support for older
GPUs like mine were removed", or in Chinese ("pytorch版本太低，无法在50系显卡上运行"). A build said to lack GPU support in
general is a CPU build's, and a library's own drop (Inductor, flash-attn) names no torch build.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "gpu-arch-unsupported-said-evidence"

FIRES = [
    ('build_drops_arch', 'My GTX1070 card stopped working with version 4.0; I understand this is due to the implementation of cu128 (which no longer supports Pascal), whereas version 3.0 was the last to use cu126 (which does have support).', 'https://github.com/jamiepine/voicebox/issues/994'),
    ('build_drops_arch', 'It appears that the simplified PyTorch package variants introduced in v0.78.2 lack support for the Pascal architecture (`sm_61` / Compute Capability 6.1).', 'https://github.com/koharu-rs/koharu/issues/1002'),
    ('build_drops_arch', 'Apparently pytorch support for older GPUs like mine were removed in the updates.', 'https://github.com/Comfy-Org/desktop/issues/1300'),
    ('build_drops_arch', '因为pytorch版本太低，无法在50系显卡上运行', 'https://github.com/bytedance/LatentSync/issues/362'),
    ('build_drops_arch', 'The recent update of torch (with CUDA I guess?) dropped support for Pascal GPUs.', 'https://github.com/turboderp-org/exllamav2/issues/786'),
    ('build_drops_arch', 'cu128 wheels drop Pascal (sm_61): torch-backed features fail at runtime since #619', 'https://github.com/jhj0517/Whisper-WebUI/issues/653'),
    ('build_drops_arch', '> **Removed support for Maxwell, Pascal, and Volta architectures with CUDA 12.8 and 12.9 builds**', 'https://github.com/easydiffusion/torchruntime/issues/22'),
]

QUIET = [
    ('build_drops_arch', '[TorchInductor] Add support for Pascal GPUs (P100, GTX 1080, etc)', 'a request for a feature (Inductor/Triton), no build dropped anything (pytorch#93528)'),
    ('build_drops_arch', 'The flash-attn wheel dropped support for Turing GPUs in 2.x', 'flash-attn is a library, not torch\'s build: gpu-too-old-for-feature'),
    ('build_drops_arch', 'PyTorch was built without support for CUDA, so it lacks support for GPUs', 'a CPU build lacks every GPU, not an architecture'),
    ('build_drops_arch', 'torch 2.8 removed the deprecated API', 'no GPU generation after the verb'),
    ('build_drops_arch', 'CUDA Toolkit 13.0 removed offline compilation for Maxwell, Pascal and Volta', 'the toolkit (nvcc), not torch\'s build: nvcc-too-old-for-gpu-arch and its look-alikes'),
    ('build_drops_arch', '因为pytorch版本太低，无法使用新的API', 'no GPU after 无法在'),
]
