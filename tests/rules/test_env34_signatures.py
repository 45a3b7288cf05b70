"""Session 34, env family (no-nvidia-gpu, container-started-without-gpus, container-shm-too-small, cuda-visible-devices).

container-started-without-gpus read "the GPU is not seen" in its own signature (gpu_unseen_said) beside a missing --gpus
flag; since session 34 it reads gpu-unused-said's fact, whose said_unavailable now has that signature's wordings
("visible", "accessible", "isnt"). Rows are (rule, signature, line, source).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('gpu-unused-said', 'said_unavailable', 'CUDA not detected when running without --gpus all', 'https://github.com/abetlen/llama-cpp-python/issues/1882'),
    ('gpu-unused-said', 'said_unavailable', 'Gpu isnt recognized after install . Docker .', 'https://github.com/odysseus-dev/odysseus/issues/458'),
    ('gpu-unused-said', 'said_unavailable', "It seems that Docker-native GPU support seems to require passing an option like `--gpus all` to `docker run` - my GPU is not used without it. I'm on Docker 19.03.6.", 'https://github.com/stefancrain/folding-at-home/issues/3'),
    ('gpu-unused-said', 'said_unavailable', 'err "No GPU visible to nvidia-smi from inside the container."', 'unslothai/unsloth docker/entrypoint.sh'),
    ('gpu-unused-said', 'said_unavailable', 'GPU is not accessible from inside the container', 'written: the word container-started-without-gpus read'),
]

QUIET = [
    ('gpu-unused-said', 'said_unavailable', 'torch.cuda.is_available(): True', 'CUDA available is not a failure'),
]
