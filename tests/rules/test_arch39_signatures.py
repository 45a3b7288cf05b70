"""Session 39, the arch family: two structures read as families, not as the threads they were found in.

- gpu-arch-unsupported-said-evidence's newer_gpu_*: a newer GeForce card said to fail where an older one ran the same setup,
  in either order and in a swap ("changed my gpu from 1050 to 3080", "之前用4070的时候能正常跑，换成5090就不行了"); the two
  series are compared in the rule's condition, so the signatures only find the comparison.
- cuda-said-predates-gpu's ran_a_while: a run that got through steps first, which keeps a cuBLAS/cuDNN failure beside an
  Ampere-or-newer GPU named (no stack stated) from being read as a build without the GPU's kernels.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

SAID = 'gpu-arch-unsupported-said-evidence'

FIRES = [
    (SAID, 'newer_gpu_fails_new_first', 'I have two GPUs installed, with the same script, if I select to run on RTX 2080 Ti, the error occurs, and if I run on GTX 1080 Ti, it works right.', 'https://github.com/pytorch/pytorch/issues/13038'),
    (SAID, 'newer_gpu_fails_said_first', "I can run on gtx1080ti, but can't run on rtx 2080ti or rtx 3090, I always meet the error below.", 'https://github.com/uzh-rpg/rpg_vid2e/issues/41'),
    (SAID, 'newer_gpu_fails_old_first', '相同的电脑之前用4070的时候能正常跑，换成5090就不行了', 'https://github.com/SUC-DriverOld/MSST-WebUI/issues/91'),
    (SAID, 'newer_gpu_fails_old_first', '原先在2060上运行完全没问题，更换到5070 ti显卡上以后运行app.exe后命令行反馈一下内容：', 'https://github.com/jianchang512/ChatTTS-ui/issues/290'),
    (SAID, 'newer_gpu_fails_old_first', '是不是不支持50系显卡啊，我用1050ti成功了，但是用5070有报错，跟torch相关。', 'https://github.com/2noise/ChatTTS/issues/930'),
    (SAID, 'newer_gpu_swapped_in', 'It just happened after i changed my gpu from 1050 to 3080.', 'https://github.com/pytorch/pytorch/issues/51351'),
    ('cuda-said-predates-gpu', 'ran_a_while', 'Traceback (most recent call last):                                                                                                                                                      | 3/3712 [00:21<5:11:37,  5.04s/it, total_it=3]', 'https://github.com/hailanyi/VirConv/issues/72'),
    ('cuda-said-predates-gpu', 'ran_a_while', "When I try to run `python train_wavernn.py`, it does a few steps then fails with one of these messages inside the pytorch code:", 'https://github.com/fatchord/WaveRNN/issues/215'),
]

QUIET = [
    (SAID, 'newer_gpu_swapped_in', 'Error encountered when replacing the A6000 with RTX3090', 'https://github.com/pytorch/pytorch/issues/74235 (two Ampere cards; A6000 is no GeForce number)'),
    (SAID, 'newer_gpu_fails_old_first', 'i also met same error, my gpu is RTX 2080ti, tensorflow-gpu 1.8.0, cuda 9.0, but in the GTX 1080ti, tensorflow-gpu 1.4.0,  cuda 8.0, the program can run normally.', 'https://github.com/qqwweee/keras-yolo3/issues/332 (the newer card named first, no failure between)'),
    (SAID, 'newer_gpu_fails_new_first', 'i also met same error, my gpu is RTX 2080ti, tensorflow-gpu 1.8.0, cuda 9.0, but in the GTX 1080ti, tensorflow-gpu 1.4.0,  cuda 8.0, the program can run normally.', 'https://github.com/qqwweee/keras-yolo3/issues/332 (the error before the card)'),
    (SAID, 'newer_gpu_fails_old_first', "I'm guessing this is due to my GPU being an Nvidia 10 series as I have found that the GTX 1080's CUDA compute capability is up to 6.1.", 'https://github.com/graphdeco-inria/gaussian-splatting/issues/206 (one card, no comparison)'),
]
