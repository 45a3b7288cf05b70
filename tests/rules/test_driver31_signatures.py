"""Session 31 (driver): CUDA's 35 ("CUDA driver version is insufficient for CUDA runtime version") is what the runtime says
when no NVIDIA driver exists at all, so on a machine without an NVIDIA GPU it is no old driver to update. Whether
driver-older-than-runtime steps aside rests on no-nvidia-gpu-stated reading the reporter's words about the machine; these
rows are its statements in a learner's grammar ("have" negated without "do" or "got", the machine said to support the CPU
only, running "without having" the card). Each FIRES line is verbatim from the thread named; QUIET lines are written to show
a boundary.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "no-nvidia-gpu-stated"

FIRES = [
    ('lacks_gpu_other_words', "I haven't gpu on this computer. How can i start iSketchNFill using cpu?", 'https://github.com/arnabgho/iSketchNFill/issues/1'),
    ('lacks_gpu_other_words', 'My pc only support cpu env?could you tell me how to switch it?Thank you！', 'https://github.com/kfiraberman/neural_best_buddies/issues/6'),
    ('lacks_gpu_other_words', 'Is there a way to run this code without having an Nvidia card. Is it possible to use your already trained models running only in the CPU?', 'https://github.com/mingyuliutw/UNIT/issues/76'),
]

QUIET = [
    ('lacks_gpu_other_words', "I haven't GPU-Z installed, so I cannot read the driver tab", 'a tool named after the GPU word is no statement about the machine'),
    ('lacks_gpu_other_words', "I haven't used the GPU yet, only the CPU", 'a verb after "haven\'t": the machine is not described'),
    ('lacks_gpu_other_words', 'How can I fix it without having to update the NVIDIA driver?', '"without having to": a driver kept, not a GPU missing'),
    ('lacks_gpu_other_words', 'this laptop only supports CUDA 11.4', 'a CUDA limit of a GPU that is there, not a CPU-only machine'),
    ('lacks_gpu_other_words', "However, I have a trained model and I want to load it and do inference with CPU, to bypass my CUDA issue.", 'the CPU wanted (maskrcnn-benchmark#308), no GPU denied'),
]
