"""Env family, session 42 (measured first on an outside sample, /work/wt/r-env-sample42, 3/11 blind).

- A bus error that kills a training, evaluation or inference run, with nothing else said (no DataLoader hint, no
  shared-memory or container word): container-shm-too-small's bus_run beside its bus_any. In the corpus every report
  that names a bus error is the small /dev/shm (dev 14 of 14). Not on a Mac (bus_mac: zsh's "bus error", macOS's
  signal 10), and a crash at `import torch` names no run.
- Its exclusion "num_workers=0 and still a bus error" moved into shm-workers0-still-evidence, which took the rule's
  `when` from 64 compiled alternatives to half that.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations


FIRES = [
    ('container-shm-too-small', 'bus_any', 'I got a bus error (core dumped) when using option train from with 2 GPUs. This work with 1 GPU not faced this error. The following error below:', 'https://github.com/OpenNMT/OpenNMT-py/issues/1928'),
    ('container-shm-too-small', 'bus_run', 'I got a bus error (core dumped) when using option train from with 2 GPUs. This work with 1 GPU not faced this error. The following error below:', 'https://github.com/OpenNMT/OpenNMT-py/issues/1928'),
    ('container-shm-too-small', 'bus_run', 'Shuffling and splitting train/test file. This may take a while.', 'https://github.com/facebookresearch/PyTorch-BigGraph/issues/33'),
    ('container-shm-too-small', 'bus_run', 'python nerfstudio/scripts/train.py neurad pandaset-data --data <pandaset-path>', 'https://github.com/georghess/neurad-studio/issues/8'),
    ('container-shm-too-small', 'bus_run', 'Hi, is there any idea about the bus error after several iterations?', 'https://github.com/javiferran/sae_entities/issues/4'),
    ('container-shm-too-small', 'bus_mac', '    Process finished with exit code 138 (interrupted by signal 10: SIGBUS)', 'https://github.com/pytorch/pytorch/issues/5848'),
]

QUIET = [
    ('container-shm-too-small', 'bus_run', 'Note that it crashed when I ` import torch`', 'https://github.com/pytorch/pytorch/issues/62330'),
    ('container-shm-too-small', 'bus_run', "However, when I run it again today, It crashed throwing an exception  **Bus error (core dumped)**", 'https://github.com/pytorch/pytorch/issues/62330'),
    ('container-shm-too-small', 'bus_mac', '2019-04-16 11:58:14  Initializing global model...', 'https://github.com/facebookresearch/PyTorch-BigGraph/issues/33'),
    ('container-shm-too-small', 'bus_mac', 'Bus error (core dumped)', 'https://github.com/NVIDIA/retinanet-examples/issues/59'),
]
