"""Windows platform families read in session 37.

windows-dataloader-workers: the reporter's own account of DataLoader workers failing on Windows, without the traceback:
the cure said ("When I set the num_workers = 0 , it is training ok.", "num_workers必须设置为0才可运行") or the failure's
condition ("Getting error when num_workers > 0", "num_worker如果不为0会报错"); read only beside Windows (the prose
reader's os.name, or Windows written against Chinese: "windows下", "win下"). Jupyter's "BrokenPipeError   Traceback" on
Windows is the same fault with the traceback cut.
windows-sysmem-fallback: the card's memory told as Windows counts it, dedicated plus shared ("4GB Dedicated and 12GB
Shard", "5Gb of VRAM, but with shared memory it has a total of 13Gb").

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('windows-dataloader-workers', 'workers_zero_fixes', 'when i run the code in 305_batch_train.py, it throw an error. Then I comment num_workers=2, it successes.', 'https://github.com/MorvanZhou/PyTorch-Tutorial/issues/30'),
    ('windows-dataloader-workers', 'workers_zero_fixes', 'When I set the num_workers = 0 , it is training ok.', 'https://github.com/r9y9/deepvoice3_pytorch/issues/53'),
    ('windows-dataloader-workers', 'workers_zero_fixes', '在windows下num_workers必须设置为0才可运行', 'https://github.com/SunshineWYC/BlockGaussian/issues/27'),
    ('windows-dataloader-workers', 'workers_zero_fixes', 'same error, num_workers=0 worked, but I want multiprocessing to speed up dataloading.', 'https://github.com/pytorch/pytorch/issues/2341 (a comment)'),
    ('windows-dataloader-workers', 'workers_zero_fixes', 'It worked, thanks! May I ask the difference between setting default value of num_workers to 0 in train.py and setting it by using --num_workers=0？', 'https://github.com/zylo117/Yet-Another-EfficientDet-Pytorch/issues/534'),
    ('windows-dataloader-workers', 'workers_nonzero_fails', 'Getting error when num_workers > 0', 'https://github.com/r9y9/deepvoice3_pytorch/issues/53'),
    ('windows-dataloader-workers', 'workers_nonzero_fails', 'when the num_worker of Dataloader is not zero, there would be an error.', 'https://github.com/mightydeveloper/Deep-Compression-PyTorch/issues/12'),
    ('windows-dataloader-workers', 'workers_nonzero_fails', '你好，最近在用pytorch调其他项目，不过是在win下，在win下dataloader的num_worker如果不为0会报错，在linux下面就没问题', 'https://github.com/WZMIAOMIAO/deep-learning-for-image-processing/issues/198'),
    ('windows-dataloader-workers', 'workers_nonzero_fails', 'windows num_workers 设置不等于0的时候就会报错？', 'https://github.com/haoxiangsnr/A-Convolutional-Recurrent-Neural-Network-for-Real-Time-Speech-Enhancement/issues/23'),
    ('windows-dataloader-workers', 'workers_nonzero_fails', '我在 Windows 下运行训练脚本时，`num_workers>0` 会导致程序无法启动。', 'https://github.com/ICSResearch/USBNet/issues/14'),
    ('windows-dataloader-workers', 'workers_nonzero_fails', "I also have same problem on Win10. I got the error message '**[Errno 32] Broken pipe**' when I set the num_workers greater than 0.", 'https://github.com/pytorch/pytorch/issues/2341 (a comment)'),
    ('windows-dataloader-workers', 'workers_nonzero_fails', 'EOFError: Ran out of input with num_workers>0 in Windows', 'https://github.com/KeYang8/WITT/issues/7'),
    ('windows-dataloader-workers', 'windows_said', '在windows下num_workers必须设置为0才可运行', 'https://github.com/SunshineWYC/BlockGaussian/issues/27'),
    ('windows-dataloader-workers', 'windows_said', '你好，最近在用pytorch调其他项目，不过是在win下，在win下dataloader的num_worker如果不为0会报错，在linux下面就没问题', 'https://github.com/WZMIAOMIAO/deep-learning-for-image-processing/issues/198'),
    ('windows-dataloader-workers', 'windows_said', 'windows，单gpu，head only=true运行train.py每次到freezed backbone程序就停止了，也不报错，把num_gpus设成0就可以正常运行出step', 'https://github.com/zylo117/Yet-Another-EfficientDet-Pytorch/issues/534'),
    ('windows-dataloader-workers', 'windows_said', 'some people say it is because the multi-threads of windows is accomplished with spawn instead of fork.', 'https://github.com/mightydeveloper/Deep-Compression-PyTorch/issues/12'),
    ('windows-dataloader-workers', 'broken_pipe_jupyter', 'BrokenPipeError                           Traceback (most recent call last)', 'https://github.com/fastai/fastai/issues/2519'),
    ('windows-sysmem-fallback', 'spill_shared', 'For reference off the bat:  3050Ti Laptop GPU with 4GB Dedicated and 12GB Shard (16GB). Windows 11. ', 'https://github.com/bmaltais/kohya_ss/issues/2100'),
    ('windows-sysmem-fallback', 'spill_shared', 'My graphics card has 5Gb of VRAM, but with shared memory it has a total of 13Gb.', 'https://github.com/bmaltais/kohya_ss/issues/2474 (the reporter, a comment)'),
    ('windows-sysmem-fallback', 'spill_shared', 'surprisingly my 1080 was doing right. And I noticed a thing, while teh gpu just has 8Gb , windows offers + 32Gb of extra shared memory. It may be slower but OOM bar is moved MUUUUUCH further. ', 'https://github.com/HuguesTHOMAS/KPConv-PyTorch/issues/254 (a comment)'),
]

QUIET = [
    ('windows-dataloader-workers', 'workers_zero_fixes', '我在windows10平台上训练cityspaces数据集，只有一块显卡，我注释掉了分布式加载模型代码。数据载入设置num_works=0训练，但是会在某个epoch结束后卡住，请问这可能是什么原因呢？', 'https://github.com/Deeachain/Segmentation-Pytorch/issues/21 (zero workers and still stuck: not the cure)'),
    ('windows-dataloader-workers', 'workers_zero_fixes', 'Zero workers: about 33 seconds per Epoch', 'https://github.com/TuragaLab/DECODE/issues/210 (a speed comparison, nothing fails)'),
    ('windows-dataloader-workers', 'workers_nonzero_fails', 'loader = DataLoader(MyDataset(), batch_size=8, num_workers=4)', 'https://github.com/pytorch/pytorch/issues/167909 (the setting itself, no failure said)'),
    ('windows-dataloader-workers', 'windows_said', 'Training hangs without any error message after 1 epoch when dataloader has more than 1 workers.', 'https://github.com/jwyang/faster-rcnn.pytorch/issues/181 (no Windows named)'),
    ('windows-dataloader-workers', 'broken_pipe_jupyter', 'BrokenPipeError: [Errno 32] Broken pipe', 'https://github.com/pytorch/pytorch/issues/2341 (its title: the one-line error, not Jupyter\'s header; read by broken_pipe beside the worker start instead)'),
    ('windows-sysmem-fallback', 'spill_shared', 'I have 16GB of RAM, my paging file is 32 GBs, could it be that my GPU only has 4 GB of VRAM?', 'https://github.com/oatsu-gh/enunu_training_kit/issues/8 (the paging file, not shared GPU memory)'),
    ('windows-sysmem-fallback', 'spill_shared', '- NVIDIA GeForce RTX 2080 super 8GB', 'https://github.com/SUC-DriverOld/so-vits-svc-Deployment-Documents/issues/14 (a card and its memory, nothing shared)'),
]
