"""cpu-only-wheel family (session 34): readings written from an outside sample of 14 threads (/work/wt/r-cpuwheel-sample34),
each checked against other reports of the same wording.

1. cpu-only-wheel, stated_cpu_build: "only" on either side of the install verb ("seems to only install cpu versions of
   pytorch"), and the CPU build said in a relative clause after the torch version the reporter got ("version 1.6.0 which is
   cpu only").
2. gpu-unused-said, said_unavailable, and gpu-expected-evidence, said_cpu_only: the program on the CPU "instead of" a GPU
   named by its model or vendor ("using my CPU instead of RTX 5090"), not only the word "GPU". The verbs stay those of what
   the program does: "use the CPU instead of the GPU" is the CPU wanted.
3. python-env-mismatch, pip3_said and python2_default: a package installed with pip3, said in prose, while `python` is said to
   be Python 2 ("usr/bin/python points to python2", "both python2 and python3", "run pytorch in python 2.7"), beside any
   "No module named": pip3 belongs to Python 3, `python` runs Python 2.
4. nvidia-device-permission, other_root_need: conda's base environment under its old name "root" is an environment, not the
   superuser, so "working ... by using the root environment" is no permission problem.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('cpu-only-wheel', 'stated_cpu_build', "With requirements -- the pip install function seems to only install cpu versions of pytorch. I've tried changing the index urls in the requirements.txt but it doesn't seem to work. I'm using cuda 12.1.", 'https://github.com/Plachtaa/seed-vc/issues/203'),
    ('cpu-only-wheel', 'stated_cpu_build', 'As soon as I create another environment however I only get access to version 1.6.0 which is cpu only and therefore completely useless for me.', 'https://github.com/conda/conda/issues/10472'),
    ('gpu-unused-said', 'said_unavailable', 'The renderer is using my CPU instead of RTX 5090 on Windows 11. Is this expected behaviour?', 'https://github.com/apple/ml-sharp/issues/18'),
    ('gpu-expected-evidence', 'said_cpu_only', 'The renderer is using my CPU instead of RTX 5090 on Windows 11. Is this expected behaviour?', 'https://github.com/apple/ml-sharp/issues/18'),
    ('gpu-expected-evidence', 'said_cpu_only', 'Installed everything needed, except xformers. When I try to run the `txt2img.py`, the CPU is used instead of the Nvidia RTX 3060 GPU.', 'https://github.com/Stability-AI/stablediffusion/issues/158'),
    ('python-env-mismatch', 'pip3_said', 'I used pip3 to install torchpack. I have both python2 and python3 on my system and I prefer that usr/bin/python points to python2. How do I tell torchpack to look for python3?', 'https://github.com/zhijian-liu/torchpack/issues/9'),
    ('python-env-mismatch', 'python2_default', 'I used pip3 to install torchpack. I have both python2 and python3 on my system and I prefer that usr/bin/python points to python2. How do I tell torchpack to look for python3?', 'https://github.com/zhijian-liu/torchpack/issues/9'),
    ('python-env-mismatch', 'pip3_said', 'However, if I use pip3 to install pytorch and run in python 3.7, everything is fine. Any help?', 'https://github.com/pytorch/pytorch/issues/15999'),
    ('python-env-mismatch', 'python2_default', 'I have an issue when I run pytorch in python 2.7. It indicates that "ImportError: No module named torch". I installed by using pip.', 'https://github.com/pytorch/pytorch/issues/15999'),
    ('nvidia-device-permission', 'other_root_need', 'P-S: I was able to get cuda working in visual studio by using the root environment', 'https://github.com/conda/conda/issues/10472'),
]

QUIET = [
    ('cpu-only-wheel', 'stated_cpu_build', "I'd expect it to install package 1.7.1 which is cuda compatible", 'the same thread (conda/conda#10472), the CUDA build it expected: no CPU build said'),
    ('cpu-only-wheel', 'stated_cpu_build', 'I installed torch 2.1.0+cu121, which is the CUDA build', 'a CUDA build named after the version'),
    ('gpu-unused-said', 'said_unavailable', 'How can I use the CPU instead of the RTX 3060?', 'the CPU wanted ("use", a question), not the program refusing the GPU'),
    ('gpu-expected-evidence', 'said_cpu_only', 'The RX 6600 is an AMD card; the app uses the CPU.', 'no "instead of" a GPU: an AMD card named is no NVIDIA GPU expected'),
    ('python-env-mismatch', 'python2_default', 'which python points to /usr/bin/python3.8', 'python is Python 3 here: no Python 2 in play'),
    ('python-env-mismatch', 'pip3_said', 'pip3 install torch torchvision', 'the command itself is pip3_install, the older reading; pip3_said is the prose'),
    ('nvidia-device-permission', 'other_root_need', 'GPU access works when logged in as root', 'the superuser, not an environment (the rule reads it)'),
]
