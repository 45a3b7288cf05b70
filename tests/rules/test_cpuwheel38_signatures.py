"""cpuwheel family (session 38): a reading written from an outside sample of 8 threads (/work/wt/r-cpuwheel-sample38).

python-env-mismatch, program_cuda_unavailable and printed_available: the program's own torch says in its process that CUDA
is not there, in the warnings torch prints when code asks for CUDA mixed precision (autocast's "User provided device_type of
'cuda', but CUDA is not available", GradScaler's "... is enabled, but CUDA is not available", 1.6-1.9's "autocast only affects
CUDA ops, but CUDA is not available"), while the reporter's own check says CUDA is available ("is_available() returns True",
a hand-printed "Is CUDA available: True"): two interpreters, as "Torch not compiled with CUDA enabled" beside the same check
already was (gh-opendatalab-mineru-2247). A CUDA_VISIBLE_DEVICES in the report stops it (a hidden GPU says the same). The
other misses of the sample had no second thread of their wording (docs/corpus.md, session 38).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = 'python-env-mismatch'

FIRES = [
    ('program_cuda_unavailable', "\\venv\\lib\\site-packages\\torch\\amp\\autocast_mode.py:266: UserWarning: User provided device_type of 'cuda', but CUDA is not available.", 'https://github.com/gazingstars123/Anima-Standalone-Trainer/issues/38'),
    ('program_cuda_unavailable', "D:\\back\\Kandinsky-2\\kandinsky\\kubin\\venv\\lib\\site-packages\\torch\\amp\\autocast_mode.py:204: UserWarning: User provided device_type of 'cuda', but CUDA is not available. Disabling", 'https://github.com/seruva19/kubin/issues/109'),
    ('program_cuda_unavailable', 'UserWarning: torch.cuda.amp.GradScaler is enabled, but CUDA is not available.  Disabling.', 'https://github.com/lucidrains/deep-daze/issues/173'),
    ('program_cuda_unavailable', 'c:\\programdata\\anaconda\\lib\\site-packages\\torch\\cuda\\amp\\autocast_mode.py:120: UserWarning: torch.cuda.amp.autocast only affects CUDA ops, but CUDA is not available.  Disabling.', 'https://github.com/lucidrains/deep-daze/issues/173 (a second reporter in the thread)'),
    ('printed_available', 'Is CUDA available: True', 'https://github.com/gazingstars123/Anima-Standalone-Trainer/issues/38'),
    ('printed_available', 'Is CUDA available: True', 'https://github.com/microsoft/vscode-jupyter/issues/9081 (collect_env, the same words)'),
]

QUIET = [
    ('program_cuda_unavailable', 'INFO:2025-05-22 22:02:31,630:[ray_trainer] CUDA is not available', 'https://github.com/PeterGriffinJin/Search-R1/issues/107: a trainer\'s own log line, not torch\'s process-level warning'),
    ('program_cuda_unavailable', 'CUDA not available - defaulting to CPU. Note: This module is much faster with a GPU.', '(EasyOCR\'s notice: an app\'s own check, read as the unused-GPU symptom elsewhere)'),
    ('printed_available', 'Is CUDA available: False', '(collect_env on a machine where torch sees no GPU)'),
    ('printed_available', 'print(f"Is CUDA available: {torch.cuda.is_available()}")', 'https://github.com/gazingstars123/Anima-Standalone-Trainer/issues/38: the code, not its output'),
]
