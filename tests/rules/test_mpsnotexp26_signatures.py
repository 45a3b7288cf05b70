"""mps-not-expected (session 26) reads a `docker build` log as a Linux container's, where MPS never exists: an
application's MPS probe printing the MPS notes' "not built with MPS enabled" there is information, not an Apple GPU
lost. Each line is verbatim from the thread named; the near misses are gdb's frame lines, which also start "#0"."""
from __future__ import annotations


RULE = "mps-not-expected"

FIRES = [
    ("container_build", "#0 920.0 RuntimeError: Error running command.", "yftzeng/stable-diffusion-webui-docker#5"),
    ("container_build", "#0 1.764 No CUDA runtime is found, using CUDA_HOME='/usr/local/cuda'", "openxrlab/xrnerf#30"),
]

QUIET = [
    ("container_build", "#0  0x00007fffa6ed9cd8 in  () at /opt/rocm/hip/lib/libamdhip64.so.5", "ROCm/hip#3282"),
]
