"""cpu-only-wheel family (session 36): readings written from an outside sample of 10 threads (/work/wt/r-cpuwheel-sample36),
each backed by other threads of its wording.

1. nvidia-gpu-evidence, named: the NVIDIA GPU named as what the program leaves idle, said of what the program does ("defaults
   to CPU instead of utilizing Nvidia GPU", "using CPU instead of GPU nvidia"). The CPU wanted ("Use CPU instead of GPU
   (Nvidia)", "run on CPU instead of an Nvidia GPU?") stays quiet.
2. gpu-expected-evidence, said_cpu_only: the GPU not used and only the CPU, in one sentence ("it won't use GPU at all but only
   CPUs", "It doesn't use my GPU only CPU"); a GPU partly used ("does not use GPU much, only 30%") stays quiet.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('nvidia-gpu-evidence', 'named', 'Whisper defaults to CPU instead of utilizing Nvidia GPU', 'https://github.com/mmguero/monkeyplug/issues/4'),
    ('nvidia-gpu-evidence', 'named', 'Computer using CPU instead of GPU nvidia with CUDA', 'https://github.com/pytorch/pytorch/issues/76031'),
    ('gpu-expected-evidence', 'said_cpu_only', "When I click to generate subtitle, it won't use GPU at all but only CPUs. Is there other prerequisites or settings that I don't know? ", 'https://github.com/jhj0517/Whisper-WebUI/issues/56'),
    ('gpu-expected-evidence', 'said_cpu_only', "It doesn't use my GPU only CPU", 'https://github.com/lllyasviel/style2paints/issues/141'),
    ('gpu-expected-evidence', 'said_cpu_only', 'Hi there, I know this is an old question, but my training is not using any of the GPU, only CPU. And of course is quite slow :)', 'https://github.com/dusty-nv/jetson-inference/issues/1071'),
]

QUIET = [
    ('nvidia-gpu-evidence', 'named', 'Use CPU instead of GPU (Nvidia) (Cuda)', 'https://github.com/chenfei-wu/TaskMatrix/issues/92: the CPU wanted, on a machine without an NVIDIA GPU'),
    ('nvidia-gpu-evidence', 'named', 'Using CPU instead of CUDA', 'https://github.com/microsoft/Bringing-Old-Photos-Back-to-Life/issues/10: an AMD laptop, no NVIDIA named'),
    ('nvidia-gpu-evidence', 'named', 'Is it possible to run on CPU instead of an Nvidia GPU?', '(a question: the CPU wanted)'),
    ('gpu-expected-evidence', 'said_cpu_only', 'it does not use GPU much, only 30%', '(a GPU partly used, no CPU named)'),
]
