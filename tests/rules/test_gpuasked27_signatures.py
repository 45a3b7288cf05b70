"""Session 27: the reporter asks how to make the program use the GPU (gpu-use-asked-evidence's asks_gpu_use), which says
the GPU goes unused now (gpu-unused-said) and that a GPU is expected (gpu-expected-evidence, off Linux); and "using my CPU"
read as "using the CPU" (gpu-unused-said's said_unavailable). Lines that must be read are verbatim from the threads named;
near misses are a feature question, a multi-GPU question and a question about the CPU, written to show the boundary."""
from __future__ import annotations


FIRES = [
    # https://github.com/yatengLG/ISAT_with_segment_anything/issues/14 (fixture cpu-build-likely--asks-how-to-switch-to-gpu)
    ("gpu-use-asked-evidence", "asks_gpu_use", "It's running slow in this mode. How could I switch to GPU mode?",
     "yatengLG/ISAT_with_segment_anything#14"),
    # https://github.com/KyanChen/TTP/issues/6 (the title; the maintainer: "install torch with cuda")
    ("gpu-use-asked-evidence", "asks_gpu_use", "how to use GPU for traning?", "KyanChen/TTP#6"),
    # https://github.com/invoke-ai/InvokeAI/issues/1202 (a torch reinstall fixed it)
    ("gpu-use-asked-evidence", "asks_gpu_use", "Is there a command or something that I can use to switch it to my GPU ?(Cuda, 1080ti)",
     "invoke-ai/InvokeAI#1202"),
    # https://github.com/xinntao/Real-ESRGAN/issues/323 (solved by the cu113 wheel)
    ("gpu-use-asked-evidence", "asks_gpu_use", "It is using my CPU and is therefore slow. How to utilize my GPU?",
     "xinntao/Real-ESRGAN#323"),
    ("gpu-unused-said", "said_unavailable", "It is using my CPU and is therefore slow. How to utilize my GPU?",
     "xinntao/Real-ESRGAN#323"),
    # https://github.com/ZFTurbo/Music-Source-Separation-Training/issues/93
    ("gpu-use-asked-evidence", "asks_gpu_use", "How can I specify for the program to use the GPU instead of the CPU?",
     "ZFTurbo/Music-Source-Separation-Training#93"),
    # https://github.com/suno-ai/bark/issues/620
    ("gpu-use-asked-evidence", "asks_gpu_use", "How to set it up to use GPU as well.", "suno-ai/bark#620"),
    # https://github.com/SYSTRAN/faster-whisper/issues/42: the question is read, and error_fixed_first sets it aside
    ("gpu-use-asked-evidence", "error_fixed_first", "How can I fix this error and run on my GPU card?", "SYSTRAN/faster-whisper#42"),
]

NEAR_MISSES = [
    ("gpu-use-asked-evidence", "asks_gpu_use", "Nice tool! Can it run on the GPU?", "written: a feature question"),
    ("gpu-use-asked-evidence", "asks_gpu_use", "How can I run it on the CPU only?", "written: the CPU wanted"),
    ("gpu-use-asked-evidence", "asks_gpu_use", "how to use gpu-accelerated ops in my own layer", "written: a word that starts with gpu"),
    ("gpu-use-asked-evidence", "one_or_many_gpus", "Training works on one card.", "written: one card named, no GPU count"),
    ("gpu-unused-said", "said_unavailable", "I want to use my CPU for this test", "written: the CPU wanted"),
    ("gpu-use-asked-evidence", "error_fixed_first", "How to utilize my GPU? It is slow on the CPU.", "written: no error to fix"),
]
