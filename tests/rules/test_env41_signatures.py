"""Env family, session 41 (measured first on an outside sample, /work/wt/r-env-sample41, 7/14 blind).

- The Mac said in more of its grammatical shapes: the M-series chip as the object of the machine's preposition or
  possessive ("for those of us on an M1", "running on M2 Max chip"); a plural or learner's subject with "do not have
  CUDA" ("As Mac do not have cuda"); the Chinese verb that takes the machine ("用mac跑"), torch between the Mac and
  "没有cuda" ("macos 上torch 没有cuda"), and the Mac's CUDA as a possessive ("mac系统cuda的软件", "没有mac的CUDA").
- Whether the program runs on the machine the reporter states, asked with no CUDA or GPU word ("can I run this program",
  "Is there any way to make it compatible with maOS?", "是不是mac系统不可以运行？"): no-nvidia-gpu's cuda_topic.
- The GPU flag said to be needed for the GPU (the fault told as its fix): container-started-without-gpus'
  command_missing_flag.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations


FIRES = [
    ('no-nvidia-gpu-stated', 'apple_silicon', 'Would be good if there was a check for cuda (else mps, for those of us on an M1) in the code.', 'https://github.com/maszhongming/UniEval/issues/4'),
    ('no-nvidia-gpu-stated', 'apple_silicon', 'I was trying this on my M1 Macbook and found the following error.', 'https://github.com/AI4EPS/EQNet/issues/3'),
    ('no-nvidia-gpu-stated', 'apple_silicon', 'As Mac do not have cuda, it will raise an error like that:', 'https://github.com/XPixelGroup/HAT/issues/120'),
    ('no-nvidia-gpu-stated', 'apple_silicon', 'because my M3 pro does not have cuda, is there a good solution for running this project on mac?', 'https://github.com/ali-vilab/AnyDoor/issues/58'),
    ('mac-named-evidence', 'mac_named', '当前用mac跑出现错误：AssertionError: Torch not compiled with CUDA enabled', 'https://github.com/THUDM/WebGLM/issues/32'),
    ('mac-named-evidence', 'mac_named', 'macos 上torch 没有cuda，代码使用 cuda', 'https://github.com/ModelTC/ComfyUI-Lightx2vWrapper/issues/11'),
    ('mac-named-evidence', 'mac_named', 'mac系统需要安装cuda但是nvida有关mac系统cuda的软件都不支持下载，所以是不是mac系统不可以运行？', 'https://github.com/visual-openllm/visual-openllm/issues/15'),
    ('mac-named-evidence', 'mac_named', '没有mac的CUDA😭', 'https://github.com/modelscope/facechain/issues/488 (the reporter, later)'),
    ('no-nvidia-gpu', 'cuda_topic', 'I have an Intel Iris Pro 1536 MB, can I run this program or is my laptop not fast enough?', 'https://github.com/alievk/avatarify-python/issues/117'),
    ('no-nvidia-gpu', 'cuda_topic', 'Is there any way to make it compatible with maOS?', 'https://github.com/modelscope/facechain/issues/488'),
    ('no-nvidia-gpu', 'cuda_topic', 'Is it possible to run it on the laptops with no dedicated graphics card?', 'https://github.com/datalab-to/chandra/issues/19'),
    ('no-nvidia-gpu', 'cuda_topic', '我的电脑用的是AMD显卡，请问predict_speech_file.py这个文件能跑起来吗', 'https://github.com/nl8590687/ASRT_SpeechRecognition/issues/300'),
    ('container-started-without-gpus', 'command_missing_flag', 'When deploying a docker container on GPU instance and when the `docker run` command is launched, it is always needed to add the `--gpus all` flag for enabling GPU inference.', 'https://github.com/bentoml/aws-ec2-deploy/issues/2'),
    ('container-started-without-gpus', 'command_missing_flag', 'We need to pass `--gpus all` when executing the gpu cotnainers.', 'https://github.com/mlverse/torch/pull/1027'),
    ('container-started-without-gpus', 'command_missing_flag', 'It seems that Docker-native GPU support seems to require passing an option like `--gpus all` to `docker run` - my GPU is not used without it.', 'https://github.com/stefancrain/folding-at-home/issues/3'),
    ('container-started-without-gpus', 'command_missing_flag', '这个doc pr中docker run时需要添加`--gpus all`参数，否则容器内检测不到gpu', 'https://github.com/PaddlePaddle/docs/pull/6499'),
]

QUIET = [
    ('no-nvidia-gpu-stated', 'apple_silicon', 'We evaluated the model on M1 and M2 splits of the benchmark.', 'a data split named M1, not a machine'),
    ('no-nvidia-gpu-stated', 'apple_silicon', 'with m1 = model.fit(x) the loss explodes', 'code: a variable m1'),
    ('mac-named-evidence', 'mac_named', '用cuda跑没有问题，用cpu跑很慢', 'no Mac named: the device, not the machine'),
    ('no-nvidia-gpu', 'cuda_topic', 'The training runs fine on my machine.', 'no question asked'),
    ('container-started-without-gpus', 'command_missing_flag', 'You need to pass --gpus all to docker run', 'no GPU word after the flag: a command line told, not the GPU it gives'),
    ('container-started-without-gpus', 'command_missing_flag', 'docker run --gpus all -it --rm nvcr.io/nvidia/pytorch:24.01-py3', 'a run line that gives the flag'),
]
