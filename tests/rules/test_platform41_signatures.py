"""Windows platform families read in session 41.

windows-dataloader-workers:
- workers_zero_windows: the zero worker count and Windows said in one sentence, either order, with or without a word
  of success: the requirement or the cure stated for Windows ("have to be set by default to 0L for Windows", "Ensure
  `num_workers` is 0 for Windows", "using Windows OS ... it needs to `num_workers=0`"), including a pronoun for the
  option ("set it to 0 ... in windows OS") and Chinese ("windows10平台上 ... num_workers=0").
- workers_zero_still: a zero that did not cure ("但是", "still") and a sequence model's sliding windows keep it quiet.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = 'windows-dataloader-workers'

FIRES = [
    ('workers_zero_windows', 'Data loaders with ```num_workers``` arguments have to be set by default to ```0L``` for Windows.', 'https://github.com/EagerAI/fastai/issues/63'),
    ('workers_zero_windows', 'Ensure `num_workers` is 0 for Windows and Mac', 'https://github.com/luxonis/models/pull/20'),
    ('workers_zero_windows', 'It can cause errors while using Windows OS (As example, `OSError: [WinError 6]`), which not correctly supporting parallelization in pytorch, so it needs to `num_workers=0` used.', 'https://github.com/rishikksh20/VocGAN/pull/5'),
    ('workers_zero_windows', 'Hi, I found that the error occurred when loading the data. So I try to changed the parameter "num_workers" in the function "torch.utils.data.DataLoader" to turn it down, it work. And when I set it to 0, the training is the fastest…I think python\'s multiprocessing may not be very efficient in windows OS.', 'https://github.com/bmaltais/kohya_ss/issues/433 (session 41 sample, written from it)'),
    ('workers_zero_windows', 'This PR simply sets num_workers=0 for all the examples and notebooks to avoid bugs on Windows.', 'https://github.com/ContinualAI/avalanche/pull/541'),
    ('workers_zero_still', '我在windows10平台上训练cityspaces数据集，只有一块显卡，我注释掉了分布式加载模型代码。数据载入设置num_works=0训练，但是会在某个epoch结束后卡住，请问这可能是什么原因呢？', 'https://github.com/Deeachain/Segmentation-Pytorch/issues/21 (zero workers that still hang: quiet)'),
]

QUIET = [
    ('workers_zero_windows', 'Pytorch DataLoader freezes when num_workers > 0 in jupyter notebook(windows 10)', 'https://github.com/pytorch/pytorch/issues/51344 (its title: a nonzero count, read by workers_nonzero_fails)'),
    ('workers_zero_windows', 'When I do `worker_per_gpu = 0`, There is no issue and the training goes fine.', 'https://github.com/open-mmlab/mmdetection/issues/10083 (Docker: no Windows named)'),
    ('workers_zero_windows', 'I solved this problem by setting the --num_worker=0 while training while training on a single gpu(default value is 4).', 'https://github.com/dbolya/yolact/issues/678 (no Windows named)'),
]
