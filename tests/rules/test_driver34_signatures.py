"""The driver family (session 34): more of the words reporters use for an old driver, and the CUDA-choice question.

driver-older-than-runtime: the old-driver verdict with other degree words ("CUDA驱动偏低", "驱动版本较旧") and torch's own
message as translation tools render it ("你系统的NVIDIA驱动程序版本太旧（发现版本11,060）"), and the program's verdict about
"my CUDA" relayed with its verb and no degree word ("还是报cuda版本低"). toolkit-question: which CUDA to pick, asked as a
choice ("我的cuda是12.1,找对应的torch", "请问cuda版本应该是什么", "what is the cuda version for this repo?"); a pip or conda
torch brings its own runtime, so the answer is a torch build and a new enough driver.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('driver-older-than-runtime', 'said_too_old', '你系统的NVIDIA驱动程序版本太旧（发现版本11,060）。请从网址http：//www.nvidia.com/Download/index.aspx下载并安装新版本，或者从https：//pytorch.org安装一个已与您所安装的CUDA驱动程序版本编译的PyTorch版本。', 'https://github.com/Zeyi-Lin/LLM-Finetune/issues/4'),
    ('driver-older-than-runtime', 'said_too_old', '通常出现 `Cuda Error: CUDA driver version is insufficient for CUDA runtime version`, 原因在于没有把机器上CUDA驱动偏低，需要升级CUDA驱动加以解决。', 'https://github.com/PaddlePaddle/docs/pull/997'),
    ('driver-older-than-runtime', 'said_too_old', 'cuda驱动版本太低', 'https://github.com/Zeyi-Lin/LLM-Finetune/issues/4'),
    ('driver-older-than-runtime', 'said_cuda_low', 'cuda 11.7可以用哪个版本？为什么已经降到0.1.4了，还是报cuda版本低', 'https://github.com/vllm-project/vllm/issues/2623'),
    ('toolkit-question', 'asks_cuda_choice', 'hello,我的cuda是12.1,找对应的torch torchvision可以支持嘛？', 'https://github.com/Soul-AILab/SoulX-FlashHead/issues/1'),
    ('toolkit-question', 'asks_cuda_choice', '您好，请问cuda版本应该是什么', 'https://github.com/chingheng0808/ChangeDINO/issues/4'),
    ('toolkit-question', 'asks_cuda_choice', 'Could you specify the cuda version used for this work?', 'https://github.com/kaist-dmlab/VarDrop/issues/5'),
    ('toolkit-question', 'asks_cuda_choice', 'Hi, can I ask what is the cuda version for this repo?', 'https://github.com/chrischute/real-nvp/issues/10'),
]

QUIET = [
    ('driver-older-than-runtime', 'said_too_old', '驱动程序已经是最新版本了，还是不行', 'the driver said to be the newest: no verdict'),
    ('driver-older-than-runtime', 'said_too_old', '我的显卡太旧了，不支持这个版本', 'the GPU is old (gpu-arch-unsupported), not the driver'),
    ('driver-older-than-runtime', 'said_cuda_low', '是不是cuda版本低了？', 'asking, no verb relaying a verdict and no degree word'),
    ('driver-older-than-runtime', 'said_cuda_low', '报错信息显示torch版本过低', "torch's version, not CUDA's"),
    ('toolkit-question', 'asks_cuda_choice', 'CUDA版本是12.1，torch是2.1.0+cu121，运行正常', 'a statement of the versions, nothing asked'),
    ('toolkit-question', 'asks_cuda_choice', 'which version of torchvision should I use with torch 2.1?', 'a companion library, not CUDA'),
    ('toolkit-question', 'asks_cuda_choice', 'My CUDA version is 12.1 and everything works fine.', 'CUDA stated, no torch asked for'),
]
