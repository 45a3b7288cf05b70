"""Windows platform families read in session 40.

windows-dataloader-workers:
- worker_pids_windows: "DataLoader worker (pid(s) a, b, ...) exited unexpectedly" naming two or more workers whose
  process IDs are all multiples of four. Windows hands out process IDs in multiples of four; Linux and macOS number them
  one by one, so a Linux pair lands there one time in sixteen. A single PID says too little (Linux's 372 and 7948 are
  multiples of four) and stays with worker_exited, which needs Windows named.
- bootstrap_phase: the raising frame `_check_not_importing_main` of multiprocessing/spawn.py, for pastes cut before the
  message.
- workers_zero_fixes: the worker-count option in the spellings projects give it (`--workers`, `--num-workers`,
  `dataloader_num_workers`, `--pytorch_num_workers`, mmdetection's `workers_per_gpu`), the value said "from 4 to 0"
  or "in train.py to 0", and the cure said as a requirement ("must be set to `0` on Windows"). The rule still needs
  Windows beside it: the mmdetection lines below are Linux and Docker, and the rule stays quiet on them.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = 'windows-dataloader-workers'

FIRES = [
    ('worker_pids_windows', 'RuntimeError: DataLoader worker (pid(s) 16184, 7428) exited unexpectedly', 'https://github.com/buppt/ChineseNRE/issues/23 (no OS named; cured by num_workers=0)'),
    ('worker_pids_windows', 'RuntimeError: DataLoader worker (pid(s) 10116, 14052) exited unexpectedly', 'https://github.com/makeuptransfer/SCGAN/issues/18 (its title; cured by num_workers=0)'),
    ('worker_pids_windows', 'DataLoader worker (pid(s) 18056, 20540, 4512) exited unexpectedly', 'https://github.com/lstappen/MuSe2021/issues/2 (Jupyter on Windows)'),
    ('worker_pids_windows', 'RuntimeError: DataLoader worker (pid(s) 1448, 8988) exited unexpectedly', 'https://github.com/patrickloeber/pytorchTutorial/issues/3 (its title; "a known issue, especially on windows")'),
    ('bootstrap_phase', '  File "C:\\Users\\Administrator\\AppData\\Local\\Programs\\Python\\Python39\\lib\\multiprocessing\\spawn.py", line 134, in _check_not_importing_main', 'https://github.com/yhcc/CNN_Nested_NER/issues/20 (the paste ends at this frame)'),
    ('bootstrap_phase', '  File "C:\\Users\\User\\anaconda3\\envs\\pyg_contributing\\lib\\multiprocessing\\spawn.py", line 134, in _check_not_importing_main', 'https://github.com/pyg-team/pytorch_geometric/issues/3363'),
    ('workers_zero_fixes', 'The option `--pytorch_num_workers` must be set to `0` on Windows; otherwise the classifier script fails in a cryptic way (see #90).', 'https://github.com/Appsilon/mbaza/issues/91'),
    ('workers_zero_fixes', 'This can be fixed by setting `workers_per_gpu=0`', 'https://github.com/JeffWang987/OpenOccupancy/issues/14 (a comment; the reporter: "thanks a lot, it works.")'),
    ('workers_zero_fixes', 'When I do `worker_per_gpu = 0`, There is no issue and the training goes fine.', 'https://github.com/open-mmlab/mmdetection/issues/10083 (Docker: the rule stays quiet, no Windows)'),
    ('workers_zero_fixes', 'i use 1 gpu to train coco dataset,if set workers_per_gpu=0, it can run normally, but if set workers_per_gpu > 0,it can not run normally and stoped like blow', 'https://github.com/open-mmlab/mmdetection/issues/3642 (Linux, GCC 7.3: the rule stays quiet, no Windows)'),
    ('workers_nonzero_fails', 'i use 1 gpu to train coco dataset,if set workers_per_gpu=0, it can run normally, but if set workers_per_gpu > 0,it can not run normally and stoped like blow', 'https://github.com/open-mmlab/mmdetection/issues/3642 (Linux: the rule stays quiet, no Windows)'),
]

QUIET = [
    ('worker_pids_windows', 'DataLoader worker (pid(s) 372) exited unexpectedly', 'https://github.com/horovod/horovod/issues/2255 (its title: Linux, /dev/shm; one PID that happens to be a multiple of four)'),
    ('worker_pids_windows', 'RuntimeError: DataLoader worker (pid(s) 16732) exited unexpectedly', 'https://github.com/xuebinqin/BASNet/issues/32 (Windows, but one PID: read by worker_exited beside its C:\\ paths)'),
    ('worker_pids_windows', 'RuntimeError: DataLoader worker (pid(s) 4743) exited unexpectedly', 'https://github.com/rowanz/r2c/issues/27 (its title)'),
    ('worker_pids_windows', 'RuntimeError: DataLoader worker (pid(s) 296430) exited unexpectedly', 'https://github.com/ultralytics/yolov5/issues/1675 (its title; Linux)'),
    ('worker_pids_windows', 'here is the error: **RuntimeError: DataLoader worker (pid 7948) exited unexpectedly with exit code 1**', 'https://github.com/CSAILVision/semantic-segmentation-pytorch/issues/80 (Docker\'s /dev/shm; one PID)'),
    ('bootstrap_phase', '    prep_data = spawn.get_preparation_data(process_obj._name)', 'https://github.com/pyg-team/pytorch_geometric/issues/3363 (the caller\'s frame, present whenever a spawned process starts)'),
    ('workers_zero_fixes', 'Four workers: about 80 seconds per Epoch', 'https://github.com/TuragaLab/DECODE/issues/210 (a speed comparison)'),
    ('workers_zero_fixes', 'Set --workers 0 to disable multiple process.', 'https://github.com/ultralytics/yolov5/issues/1675 (advice, no outcome said)'),
]
