"""Facts stated in prose and partial pastes (gpufix.probes.prose), on real lines from public reports.

Each case is one line (or a few) copied verbatim from the report named beside it, with the exact facts
the prose reader must state (every fact it states is listed: an extra one fails the case). Negatives
(commands, questions, URLs, other libraries, versions tried or wanted) must state nothing, or only
what is listed. Pure parser tests: no subprocess, no engine except the two pipeline checks at the end.
"""
from __future__ import annotations

import gc
import re
import time

import pytest

from gpufix import linear_re

try:  # the regex parser, to check each pattern's shape (Python 3.11+ names)
    from re import _constants as sre_constants, _parser as sre_parse
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

from gpufix import fact_catalog
from gpufix.facts import FactBase, ok
from gpufix.probes import prose
from gpufix.probes.pasted import extract_facts_from_text
from gpufix.probes.prose import SOURCE, extract_prose_facts


def read(text: str) -> dict[str, object]:
    facts = extract_prose_facts(enumerate(text.split("\n"), 1))
    assert all(f.origin == "log" and f.source == SOURCE and f.line for f in facts)
    return {f.name: f.value for f in facts}


GPU = "gpu.vendor"
# (source, text, expected facts). gpu.vendor "nvidia" comes with every gpu.name and with GPU names
# the reader will not pin to one model.
CASES = [
    # --- English ------------------------------------------------------------------------------
    # a Windows drive path in a traceback or a prompt: the machine runs Windows
    ("https://github.com/pytorch/pytorch/issues/30664",
     '  File "c:\\apps\\Miniconda3\\lib\\site-packages\\torch\\cuda\\__init__.py", line 75, in _check_driver',
     {"os.name": "windows"}),
    ("https://github.com/thonny/thonny/issues/1127", "     command: 'E:\\programs\\Python377\\python.exe' -u -c 'import sys'",
     {"os.name": "windows"}),
    ("https://github.com/pytorch/pytorch/issues/99137", "python version：3.8.16",
     {"python.version": "3.8.16"}),
    # Session 38: Windows said with no drive path of those kinds: CPython's own Windows banner (built with MSVC), PowerShell's
    # prompt, a drive path to the script a launcher runs
    ("https://github.com/lshqqytiger/stable-diffusion-webui-amdgpu-forge/issues/65",
     "Python 3.10.11 (tags/v3.10.11:7d4cc5a, Apr  5 2023, 00:38:17) [MSC v.1929 64 bit (AMD64)]",
     {"os.name": "windows", "python.version": "3.10.11"}),
    ("https://github.com/litagin02/Style-Bert-VITS2/issues/162", "PS D:\\Workspace\\sbv2\\Style-Bert-VITS2> python",
     {"os.name": "windows"}),
    ("https://github.com/lshqqytiger/stable-diffusion-webui-amdgpu-forge/issues/65",
     '  File "E:\\WebUI forge\\stable-diffusion-webui-amdgpu-forge\\launch.py", line 54, in <module>',
     {"os.name": "windows"}),
    # Session 39: the site-packages folder named last, as `pip show` and pip's "Requirement already satisfied" write it
    ("https://github.com/easydiffusion/easydiffusion/issues/1569",
     "Location: c:\\stable-diffusion-ui\\installer_files\\env\\lib\\site-packages",
     {"os.name": "windows"}),
    ("https://github.com/Eddycrack864/UVR5-UI/issues/13",
     "Requirement already satisfied: torch==2.5.0 in e:\\anaconda3\\lib\\site-packages (2.5.0+cu121)",
     {"os.name": "windows", "torch.version": "2.5.0", "torch.version_full": "2.5.0+cu121", "torch.build": "cu121"}),
    # ...not a Linux banner, nor "PS:" in prose
    ("https://github.com/pytorch/pytorch/issues/99137", "Python 3.8.10 (default, Nov 14 2022, 12:59:47) [GCC 9.4.0] on linux",
     {"python.version": "3.8.10"}),
    ("written: a postscript", "PS: I also tried C:\\ drive", {}),
    # a pin said in prose ("==") is the installed version; a requirement's pin is another state
    ("https://github.com/Akegarasu/lora-scripts/issues/101",
     "os is win 11, torch==2.0.0+cu118 torchvision==0.15.1+cu118. I have no idea how to fix it, any ideas? thanks!",
     {"os.name": "windows", "torch.version": "2.0.0", "torch.version_full": "2.0.0+cu118", "torch.build": "cu118",
      "torchvision.version": "0.15.1", "torchvision.version_full": "0.15.1+cu118"}),
    ("https://github.com/MRzzm/DINet/issues/100",
     "The requirement in the txt file, torch==1.7.1+cu101, is too low for this card.", {}),
    ("https://github.com/pytorch/pytorch/issues/99137",
     "GPU 0: Quadro K620 (UUID: GPU-56622fc6-a9b3-5594-4c6d-b0b231be656a)",
     {"gpu.name": ["NVIDIA Quadro K620"], GPU: "nvidia"}),
    ("https://github.com/pyg-team/pytorch_geometric/issues/738",
     "I have installed pytorch1.3.0 successfully, but print (torch.cuda.is_available) is False, how can I solve "
     "this problem?",
     {"torch.version": "1.3.0", "torch.version_full": "1.3.0", "torch.cuda_available": False}),
    ("https://github.com/pytorch/pytorch/issues/85332",
     "nvidia-smi:NVIDIA-SMI 450.51.05    Driver Version: 450.51.05    CUDA Version: 11.0 ",
     {"driver.version": "450.51.05", "driver.cuda": "11.0"}),
    # "使用3090", "用的4090": the user's own card
    ("https://github.com/SleepyLin/TASR/issues/2", "我使用3090出现爆显存问题，batch设为1",
     {"gpu.name": ["NVIDIA GeForce RTX 3090"], GPU: "nvidia"}),
    # "8卡4090": a count of cards before the number
    ("https://github.com/hiyouga/LlamaFactory/issues/3216", "8卡4090训练报错：RuntimeError: CUDA error: device-side assert triggered",
     {"gpu.name": ["NVIDIA GeForce RTX 4090"], GPU: "nvidia"}),
    # an attempt to use the setup names the installed torch, a pin's "==" included
    ("https://github.com/xwshen51/DEAR/issues/3", "I tried to train on a 3090 with torch==1.4.0, but it doesn't work.",
     {"gpu.name": ["NVIDIA GeForce RTX 3090"], GPU: "nvidia", "torch.version": "1.4.0", "torch.version_full": "1.4.0"}),
    ("https://github.com/pytorch/pytorch/issues/16936", "I have 2 GTX 1070 GPUs. Linuxmint 18.3.",
     {"gpu.name": ["NVIDIA GeForce GTX 1070"], GPU: "nvidia", "os.name": "linux", "os.distro": "Linuxmint 18.3"}),
    # a bare model number after a verb of having or using one, or in brackets after "GPU"
    ("https://github.com/victorca25/traiNNer/issues/72", "I am using a 4090 cuda V11.8.89 pytorch 1.12.1 python 3.9",
     {"gpu.name": ["NVIDIA GeForce RTX 4090"], GPU: "nvidia", "torch.version": "1.12.1", "torch.version_full": "1.12.1",
      "python.version": "3.9"}),
    ("https://github.com/xuebinqin/DIS/issues/119", "and the GPU (4090) is on 0, only the memory is being used",
     {"gpu.name": ["NVIDIA GeForce RTX 4090"], GPU: "nvidia"}),
    # "previous versions" is the software's history, not a previous GPU
    ("https://github.com/invoke-ai/InvokeAI/issues/1202", "(Cuda, 1080ti) it was working fine in all previous versions.",
     {"gpu.name": ["NVIDIA GeForce GTX 1080 Ti"], GPU: "nvidia"}),
    ("https://github.com/pytorch/pytorch/issues/60011", "nvidia driver:466.77, ", {"driver.version": "466.77"}),
    ("https://github.com/pytorch/pytorch/issues/60011", "nvidia GeForce RTX3060,",
     {"gpu.name": ["NVIDIA GeForce RTX 3060"], GPU: "nvidia"}),
    ("https://github.com/pytorch/pytorch/issues/60011", "win10 , VS2019", {"os.name": "windows"}),
    # Windows said in lower case, in upper case, or by its Task Manager
    ("https://github.com/dmMaze/BallonsTranslator/issues/139",
     "i tried installing from source just now and had issues to get cuda support running on windows.",
     {"os.name": "windows"}),
    ("https://github.com/hiyouga/LlamaFactory/issues/3545", "系统是WIN11，pytorch有，cuda12.2", {"os.name": "windows"}),
    ("https://github.com/babysor/MockingBird/issues/902", "任务管理器中，GPU显示为3%，CPU为60%", {"os.name": "windows"}),
    # ...in an environment form's field, or in lower case against Chinese ("windows下", "在win下")
    ("https://github.com/MorvanZhou/PyTorch-Tutorial/issues/30", "torch version: 0.4.0  OS: windows",
     {"os.name": "windows", "torch.version": "0.4.0", "torch.version_full": "0.4.0"}),
    ("https://github.com/SunshineWYC/BlockGaussian/issues/27", "在windows下num_workers必须设置为0才可运行", {"os.name": "windows"}),
    ("https://github.com/WZMIAOMIAO/deep-learning-for-image-processing/issues/198",
     "你好，最近在用pytorch调其他项目，不过是在win下，在win下dataloader的num_worker如果不为0会报错，在linux下面就没问题",
     {"os.name": "windows"}),
    # A GeForce generation said as a series: its capability is the generation's (rules/knowledge/gpus.yaml).
    ("https://github.com/Yuliang-Liu/MonkeyOCR/issues/90", "版本不支持50系显卡，需要更新到nightly",
     {"gpu.name": ["NVIDIA GeForce RTX 50 series"], GPU: "nvidia"}),
    ("https://github.com/VoxelCubes/PanelCleaner/issues/21",
     "I have a RTX3060 but I couldn't use cuda as the core text recognizer, please help me if you can.",
     {"gpu.name": ["NVIDIA GeForce RTX 3060"], GPU: "nvidia"}),
    ("https://github.com/pytorch/pytorch/issues/32369",
     "pytorch                   1.4.0               py3.7_cpu_0  [cpuonly]  pytorch",
     {"torch.version": "1.4.0", "torch.version_full": "1.4.0", "torch.build": "cpu",
      "conda.pytorch_build": "py3.7_cpu_0"}),
    ("https://github.com/pytorch/pytorch/issues/32369", "pytorch                   1.3.1           cuda100py37h53c1284_0**  ",
     {"torch.version": "1.3.1", "torch.version_full": "1.3.1", "torch.build": "cu100",
      "conda.pytorch_build": "cuda100py37h53c1284_0"}),
    ("https://github.com/pytorch/pytorch/issues/68982", "Python 3.10.0", {"python.version": "3.10.0"}),
    ("https://github.com/pytorch/pytorch/issues/40682", "PyTorch version:1.5.0+cu101",
     {"torch.version": "1.5.0", "torch.version_full": "1.5.0+cu101", "torch.build": "cu101"}),
    # "My cuda version" is nobody's in particular; the driver's version is the driver's. The third
    # sentence is about what they tried. "is_available() always return false" is the check's result.
    ("https://github.com/pytorch/pytorch/issues/40682",
     "My cuda version is 10.1 and the nvidia driver version is 442.92. I don't know why torch.cuda.is_available() "
     "always return false? I try to change pytorch version to 1.4.0+cu101, and change nvidia driver version to "
     "451 or 426, but the problem still exist.",
     {"driver.version": "442.92", "torch.cuda_available": False}),
    ("https://github.com/THU-MIG/yolov10/issues/218",
     "后来我本地win10机器，本来就有cuda12.2，同样方法安装好后，torch.cuda.is_available() 就是False，不知道怎么办了。",
     {"os.name": "windows", "torch.cuda_available": False}),
    # The call as people retype it, "it shows", "已经为".
    ("https://github.com/ZQPei/deep_sort_pytorch/issues/102",
     "why is cuda.available is returning false on my system. I have installed cuda 10.2 toolkit before I have cloned "
     "the project.", {"torch.cuda_available": False}),
    ("https://github.com/syorami/DDC-transfer-learning/issues/3", "Durding debug, my torch.cudais_available is false.",
     {"torch.cuda_available": False}),
    ("https://github.com/THU-KEG/PKGC/issues/2",
     "I import torch and use torch.cuda.is_available() it shows True, but when I run the 237.sh the device is cpu and "
     "n_gpu is 0", {"torch.cuda_available": True}),
    # The adverb after the verb: "is always False".
    ("https://github.com/pytorch/pytorch/issues/18690",
     "but when I create one container by this images, I found that torch.cuda.is_available() is always False.",
     {"torch.cuda_available": False}),
    ("https://github.com/2kpr/ComfyUI-PMRF/issues/11",
     "torchvision 0.19.1 requires torch==2.4.1, but you have torch 2.5.1 which is incompatible.",
     {"torchvision.version": "0.19.1", "torchvision.version_full": "0.19.1", "torch.version": "2.5.1",
      "torch.version_full": "2.5.1"}),
    ("https://github.com/castorini/howl/issues/34",
     "ERROR: torchvision 0.6.1 has requirement torch==1.5.1, but you'll have torch 1.5.0 which is incompatible.",
     {"torchvision.version": "0.6.1", "torchvision.version_full": "0.6.1", "torch.version": "1.5.0",
      "torch.version_full": "1.5.0"}),
    ("https://github.com/1984Doc/AI-Scribe/issues/6",
     "A module that was compiled using NumPy 1.x cannot be run in\nNumPy 2.0.0 as it may crash. To support both 1.x "
     "and 2.x\nversions of NumPy, modules must be compiled with NumPy 2.0.",
     {"numpy.version": "2.0.0"}),
    ("https://github.com/graphdeco-inria/diff-gaussian-rasterization/issues/97",
     "The 5070Ti cannot work with CUDA 11.8 and the corresponding Torch; it requires Torch 12.8 nightly and the "
     "matching version of CUDA.",
     {"gpu.name": ["NVIDIA GeForce RTX 5070 Ti"], GPU: "nvidia"}),
    ("https://github.com/pytorch/pytorch/issues/180101",
     "OS: Windows\n\nGPU: NVIDIA GeForce RTX 5080\n\nPython Version: 3.12.9 (64-bit)\n\n"
     "PyTorch Version: 2.7.0.dev20250310+cu124 (Nightly)",
     {"os.name": "windows", "gpu.name": ["NVIDIA GeForce RTX 5080"], GPU: "nvidia", "python.version": "3.12.9",
      "torch.version": "2.7.0.dev20250310", "torch.version_full": "2.7.0.dev20250310+cu124", "torch.build": "cu124"}),
    ("https://github.com/n00mkrad/text2image-gui/issues/40",
     "I have an RTX 4090 and it says no CUDA GPUs Available, It is running on Windows 10 Pro with 128gb of RAM",
     {"gpu.name": ["NVIDIA GeForce RTX 4090"], GPU: "nvidia", "os.name": "windows"}),
    ("https://github.com/TorchDSP/torchsig/issues/238", " - OS: Ubuntu24 on WSL2",
     {"os.name": "linux", "os.wsl": True, "os.distro": "Ubuntu24"}),
    # a compiler's package version is no release: the release is the one after "~" (mmcv's env report, collect_env)
    ("https://github.com/open-mmlab/mmdetection/issues/4673", "GCC: gcc (Ubuntu 7.5.0-3ubuntu1~18.04) 7.5.0",
     {"os.name": "linux", "os.distro": "Ubuntu 18.04"}),
    ("https://github.com/pytorch/pytorch/issues/102410", "GCC version: (Ubuntu 9.4.0-1ubuntu1~20.04.1) 9.4.0",
     {"os.name": "linux", "os.distro": "Ubuntu 20.04"}),
    ("https://github.com/hustvl/TiNeuVox/issues/22",
     "Ubuntu 20.04.4 LTS\nPyTorch version : 1.9.0\nCUDA version : 11.1\ntorch_scatter : 2.0.9\nGPU:RTX 3090",
     {"os.name": "linux", "os.distro": "Ubuntu 20.04.4", "torch.version": "1.9.0", "torch.version_full": "1.9.0",
      "gpu.name": ["NVIDIA GeForce RTX 3090"], GPU: "nvidia"}),
    ("https://github.com/Rubiksman78/RenAI-Chat/issues/15",
     "I have a RTX4060 and CUDA 11.7.0 installed, tried to create a separate environment with the same result:",
     {"gpu.name": ["NVIDIA GeForce RTX 4060"], GPU: "nvidia"}),
    ("https://github.com/pytorch/pytorch/issues/112957",
     "Python platform: Linux-5.15.90.1-microsoft-standard-WSL2-x86_64-with-glibc2.17",
     {"os.name": "linux", "os.release": "5.15.90.1-microsoft-standard-WSL2", "os.arch": "x86_64", "os.wsl": True}),
    ("https://github.com/ROCm/hip/issues/3710", "WSL environment detected.",  # rocminfo's first line under WSL
     {"os.name": "linux", "os.wsl": True}),
    ("https://github.com/pytorch/pytorch/issues/51858", "Python platform: Windows-10-10.0.22000-SP0",
     {"os.name": "windows", "os.release": "10.0.22000"}),
    ("https://github.com/pytorch/pytorch/issues/156024",
     "Windows 11, версия драйвера 576.52, Python 3.10.11, pip 25.1.1",
     {"os.name": "windows", "driver.version": "576.52", "python.version": "3.10.11"}),
    ("https://github.com/pytorch/pytorch/issues/68611", "torch.cuda.is_available() ---> false",
     {"torch.cuda_available": False}),
    ("https://github.com/googlecolab/colabtools/issues/482", "**> assert torch.cuda.is_available() is returning False**",
     {"torch.cuda_available": False}),
    # an app's startup line and a script's summary say it without the call
    ("https://github.com/nicolasdiolez/360Extractor/issues/9", "[INFO] CUDA Available: False",
     {"torch.cuda_available": False}),
    ("https://github.com/JBjoernskov/Twin4Build/issues/167", "torch 2.14.0+cpu | cuda available: False | device count: 0",
     {"torch.version": "2.14.0", "torch.version_full": "2.14.0+cpu", "torch.build": "cpu", "torch.cuda_available": False}),
    ("https://github.com/pytorch/pytorch/issues/90845",
     "- Have a CUDA capable GPU (I have a _GeForce GTX 1080 Ti_, no problem here),",
     {"gpu.name": ["NVIDIA GeForce GTX 1080 Ti"], GPU: "nvidia"}),
    # the driver's CUDA ceiling said with "support" (nvidia-smi's number, not a wish): driver.cuda
    ("https://github.com/facebookresearch/dinov2/issues/20",
     "The environment required to install this project is cu11.7, but it seems that my 3060 graphics card can only "
     "support up to cu11.6. Does this mean I cannot use torch==2.0.0+cu117?",
     {"driver.cuda": "11.6", "gpu.name": ["NVIDIA GeForce RTX 3060"], GPU: "nvidia"}),
    # ...the driver as the subject of a relative "which" (no question)
    ("https://github.com/NeptuneHub/AudioMuse-AI/issues/468",
     "I'm currently using nvidia drivers from Debian, which is version 550 and supports only CUDA 12.4.",
     {"driver.cuda": "12.4", "os.name": "linux", "os.distro": "Debian"}),
    # torch's CUDA variant named without a version; two GPU models on one line are both this machine's
    ("https://github.com/voicepaw/so-vits-svc-fork/issues/200",
     "pytorch with cu117 causing CUFFT_INTERNAL_ERROR on RTX 4090 (and probably on RTX 4080 too, untested).",
     {"torch.build": "cu117", GPU: "nvidia", "gpu.name": ["NVIDIA GeForce RTX 4090", "NVIDIA GeForce RTX 4080"]}),
    # a bare GeForce number owned by the user ("on a 4090", "on a 1080")
    ("https://github.com/domesticatedviking/TextyMcSpeechy/issues/49",
     "I'm running arch on a 4090 and try as I might, I get `RuntimeError: cuFFT error: CUFFT_INTERNAL_ERROR`",
     {"gpu.name": ["NVIDIA GeForce RTX 4090"], GPU: "nvidia"}),
    # ...or after the vendor's name alone ("a NVIDIA 3070")
    ("https://github.com/PacktPublishing/Modern-Time-Series-Forecasting-with-Python/issues/1",
     "I am using a windows 11 machine with a NVIDIA 3070 with the correct pytorch and cuda versions installed",
     {"gpu.name": ["NVIDIA GeForce RTX 3070"], GPU: "nvidia", "os.name": "windows"}),
    # what print(torch.__version__) prints, pasted without the command (plain, quoted, IPython's Out[n])
    ("https://github.com/Plachtaa/VALL-E-X/issues/60", "False\n2.0.1+cpu",
     {"torch.version": "2.0.1", "torch.version_full": "2.0.1+cpu", "torch.build": "cpu"}),
    ("(print of torch.__version__, quoted)", "'1.13.1+cu117'",
     {"torch.version": "1.13.1", "torch.version_full": "1.13.1+cu117", "torch.build": "cu117"}),
    ("(IPython)", "Out[3]: '2.1.0+cu121'",
     {"torch.version": "2.1.0", "torch.version_full": "2.1.0+cu121", "torch.build": "cu121"}),
    # --- Chinese ------------------------------------------------------------------------------
    ("https://github.com/opendatalab/MinerU/issues/1242", "本人使用A100显卡，目前nvidia-smi为525.147.05，最高支持cuda12.0。",
     {"driver.cuda": "12.0", "driver.version": "525.147.05", "gpu.name": ["NVIDIA A100"], GPU: "nvidia"}),
    # the ceiling word before "CUDA" (the wording of zh guides: "nvidia-smi 确认驱动支持的最高CUDA版本"); torch's own
    # ceiling is not the driver's
    # Windows' own number for the NVIDIA driver (Device Manager, dxdiag): its last five digits are NVIDIA's version
    ("https://github.com/PaddlePaddle/PaddleX/issues/164", "版本：23.21.13.9135", {"driver.version": "391.35"}),
    ("https://github.com/SYSTRAN/faster-whisper/issues/42", "I have GTX1050 Ti and main driver is 31.0.15.1694.",
     {"driver.version": "516.94", "gpu.name": ["NVIDIA GeForce GTX 1050 Ti"], GPU: "nvidia"}),
    # Intel's Windows driver numbers look alike (20.19.15.4531, 31.0.101.4502): not NVIDIA's
    ("issue 11 (gpufix)", "Intel driver version 20.19.15.4531", {}),
    ("issue 11 (gpufix)", "Intel driver version 31.0.101.4502", {}),
    # "CUDA Driver Version" is the CUDA the driver reaches (deviceQuery's label), not a toolkit's
    ("https://github.com/torch/cutorch/issues/318", "CUDA CUDA Driver Version: 7.5.20", {"driver.cuda": "7.5"}),
    ("issue 11 (gpufix, zh guides' wording)", "驱动支持的最高cuda版本是11.6", {"driver.cuda": "11.6"}),
    # session 28: a CUDA-shaped number called the driver is the CUDA it reaches (no NVIDIA driver has a 1-2 digit major)
    ("https://github.com/chatchat-space/Langchain-Chatchat/issues/467", "我安装的驱动是 11.4 ，torch 的 cuda 是 11.",
     {"driver.cuda": "11.4"}),
    ("https://github.com/PaddlePaddle/PaddleSeg/issues/3171", "我是driver 12.0 ，但我是跑11.7 cuda", {"driver.cuda": "12.0"}),
    ("https://github.com/noonghunna/club-3090/issues/633", "CUDA runtime 13.2 > host driver 13.0 forces the CUDA for",
     {"driver.cuda": "13.0"}),
    ("issue 28 (gpufix, brief's wording)", "驱动是 11.4", {"driver.cuda": "11.4"}),
    ("(a repository's README: \"我的GPU驱动版本是11.1的\")", "我选择这个库是因为我的GPU驱动版本是11.1的", {"driver.cuda": "11.1"}),
    ("(a blog post kept in a repository: installing PyTorch)", "因为我的显卡驱动版本是12.9，所以cuda runtime版本小于12.9即可",
     {"driver.cuda": "12.9"}),
    # nvidia-smi named with a CUDA-shaped number: its "CUDA Version" (a size or a share is not)
    ("https://github.com/hacksider/Deep-Live-Cam/issues/1862", "- CUDA Version shown by nvidia-smi: 13.2",
     {"driver.cuda": "13.2"}),
    ("(a CUDA setup guide kept in a repository)", "│  CUDA Driver (nvidia-smi shows 12.8)                            │",
     {"driver.cuda": "12.8"}),
    ("issue 28 (gpufix, the zh wording MinerU#1242's reader names)", "nvidia-smi显示12.2", {"driver.cuda": "12.2"}),
    ("(a pitfalls note kept in a repository)",
     "PyTorch throws \"CUDA out of memory\" errors when nvidia-smi shows 18GB free on RTX 3090.",
     {"gpu.name": ["NVIDIA GeForce RTX 3090"], GPU: "nvidia"}),
    ("issue 28 (gpufix)", "nvidia-smi shows 18.5 GB free", {}),
    # what the driver brings, said with 带的
    ("https://github.com/stl88083365/unraid-nvidia-vgpu-driver/issues/32",
     "CUDA版本问题，CUDA 12.2似乎很多东西不支持？目前驱动版本带的CUDA是12.2.然而python的torch似乎不支持这个版本。",
     {"driver.cuda": "12.2"}),
    # the CUDA word left out: read only with the driver as the subject
    ("issue 11 (gpufix, session 17 brief's wording)", "驱动只支持到11.6", {"driver.cuda": "11.6"}),
    ("issue 11 (gpufix)", "my GPU driver only supports up to 11.4", {"driver.cuda": "11.4"}),
    ("issue 11 (gpufix)", "my 3060 only supports up to 11.6", {"gpu.name": ["NVIDIA GeForce RTX 3060"], GPU: "nvidia"}),
    ("issue 11 (gpufix)", "the driver is fine but gcc only supports up to 11.2", {}),
    ("issue 11 (gpufix)", "torch只支持到11.8", {}),
    ("issue 11 (gpufix, zh guides' wording)", "torch支持的最高cuda版本是12.4", {}),
    ("issue 11 (gpufix)", "nvidia-smi 显示 CUDA Version: 11.4，我装的是 torch 2.3.0+cu121",
     {"driver.cuda": "11.4", "torch.version": "2.3.0", "torch.version_full": "2.3.0+cu121", "torch.build": "cu121"}),
    ("https://github.com/babysor/MockingBird/issues/394", "import torch正常，torch.cuda.is_available()返回False怎么办",
     {"torch.cuda_available": False}),
    ("https://github.com/doublechenching/brats_segmentation-pytorch/issues/1",
     "torch.cuda.is_available()的结果是True，nvidia-smi也都显示正常，请问可能是哪里有问题？", {"torch.cuda_available": True}),
    ("https://github.com/YonghaoHe/LFD-A-Light-and-Fast-Detector/issues/12",
     "您好，我的显卡是3090，用的是CUDA11.0，在执行 python3 setup.py build_ext 的时候遇到问题：",
     # a bare CUDA in a report of an extension build is the toolkit's (test_a_bare_cuda_in_an_extension_build_...)
     {"gpu.name": ["NVIDIA GeForce RTX 3090"], GPU: "nvidia", "nvcc.version": "11.0"}),
    ("https://github.com/jbwang1997/OBBDetection/issues/7", "torch 版本1.7.0 cudatoolkit版本11.0 NVIDIA GeForce RTX 3090",
     {"torch.version": "1.7.0", "torch.version_full": "1.7.0", "pkg.cudatoolkit": "11.0",
      "gpu.name": ["NVIDIA GeForce RTX 3090"], GPU: "nvidia"}),
    ("https://github.com/pytorch/pytorch/issues/167244",
     "- PyTorch: `2.7.0.dev20250310+cu124` (nightly wheel)\n- CUDA toolkit: 12.4 (driver 570.124.06 from NVIDIA)\n"
     "- GPU: 2× RTX 5090 (32 GB each)\n- OS: Ubuntu 22.04.5 LTS (kernel 6.8.0-64-generic)\n- Python: 3.11.9",
     {"torch.version": "2.7.0.dev20250310", "torch.version_full": "2.7.0.dev20250310+cu124", "torch.build": "cu124",
      "nvcc.version": "12.4", "driver.version": "570.124.06", "gpu.name": ["NVIDIA GeForce RTX 5090"], GPU: "nvidia",
      "os.name": "linux", "os.distro": "Ubuntu 22.04.5", "python.version": "3.11.9"}),
    # a +cpu build said without its name next to it, on a machine with "a working CUDA device"
    ("https://github.com/ScrollPrize/villa/pull/1584",
     "installed torch on a Windows machine with a working CUDA device and got `2.12.1+cpu` with",
     {"os.name": "windows", GPU: "nvidia", "torch.version": "2.12.1", "torch.version_full": "2.12.1+cpu",
      "torch.build": "cpu"}),
    ("https://github.com/Ksuriuri/index-tts-vllm/issues/125", "因为我的显卡是Tesla P100\n不支持2.2以后版本了",
     {"gpu.name": ["NVIDIA P100"], GPU: "nvidia"}),
    ("https://github.com/xinnan-tech/xiaozhi-esp32-server/issues/1166", "进入docker内部，发现torch 的cuda.is_available() 为false。",
     {"container.inside": True, "torch.cuda_available": False}),
    ("https://github.com/ultralytics/yolov5/issues/2389", "Driver version 435.21，CUDA 10.1", {"driver.version": "435.21"}),
    # a clash observed between the two installed versions is read; the question after it ("may need to change
    # to 0.11.2?") is not; a clash clause that says more (need, downgrade) stays another state
    ("https://github.com/pmj110119/RenderOcc/issues/46",
     "Torch version 1.10.1+cu111 is not compatible with torchvision 0.10.0+cu111, torchvision may need to change "
     "to 0.11.2+cu111?",
     {"torch.version": "1.10.1", "torch.version_full": "1.10.1+cu111", "torch.build": "cu111",
      "torchvision.version": "0.10.0", "torchvision.version_full": "0.10.0+cu111"}),
    ("(clash with a need)", "torchvision 0.16.0 is incompatible with torch 2.1.0 so I need to downgrade it", {}),
    ("https://github.com/pytorch/pytorch/issues/31314",
     "My GPU is `GeForce GT 740M`, cuda version is `cuda-10.0.130-2`, installed pytorch by `pip install "
     "torch==1.3.1+cu92 torchvision==0.4.2+cu92  -f https://download.pytorch.org/whl/torch_stable.html`",
     {}),  # the line quotes the install command: nothing from it, not even the GPU
    ("https://github.com/pytorch/pytorch/issues/31285",
     "I have an old GeForce GT 740 with Cuda Capability 3.0 and I spent last 2 days getting CUDA set up, installing "
     "pytorch from source, only to run into this same kernal image issue as others in this thread.",
     {"gpu.name": ["NVIDIA GeForce GT 740"], GPU: "nvidia"}),
    ("https://github.com/open-edge-platform/anomalib/issues/584",
     "- OS: [Ubuntu, OD]\n- NVIDIA Driver Version [470.57.02]\n- CUDA Version [e.g. 11.4]",
     {"os.name": "linux", "os.distro": "Ubuntu", "driver.version": "470.57.02"}),
    # --- the platform from a root-anchored site-packages path or nvidia-smi's header row -----------
    ("https://github.com/maciej-sypetkowski/kaggle-rcic-1st/issues/5",
     '  File "/opt/conda/lib/python3.6/site-packages/torch/cuda/__init__.py", line 99, in _check_driver',
     {"os.name": "linux"}),
    ("https://github.com/googlecolab/colabtools/issues/1773",
     "/usr/local/lib/python3.6/dist-packages/torch/cuda/__init__.py:52: UserWarning: CUDA initialization: The NVIDIA "
     "driver on your system is too old (found version 10010). Please update your GPU driver by downloading and installing "
     "a new version from the URL: http://www.nvidia.com/Download/index.aspx Alternatively, go to: https://pytorch.org to "
     "install a PyTorch version that has been compiled with your version of the CUDA driver. (Triggered internally at  "
     "/pytorch/c10/cuda/CUDAFunctions.cpp:100.)",
     {"os.name": "linux"}),
    ("https://github.com/lllyasviel/Fooocus/issues/2169",
     "| GPU  Name                 Persistence-M | Bus-Id        Disp.A | Volatile Uncorr. ECC |", {"os.name": "linux"}),
    ("https://github.com/pytorch/pytorch/issues/68611",
     "| GPU  Name            TCC/WDDM | Bus-Id        Disp.A | Volatile Uncorr. ECC |", {"os.name": "windows"}),
    # torch.load's own words: its "CUDA device" is where the checkpoint was saved, not this machine's GPU
    ("https://github.com/hkchengrex/Cutie/issues/37",
     "RuntimeError: Attempting to deserialize object on a CUDA device but torch.cuda.is_available() is False. If you are "
     "running on a CPU-only machine, please use torch.load with map_location=torch.device('cpu') to map your storages to "
     "the CPU.What should id do?",
     {"torch.cuda_available": False}),
]

NEGATIVES = [
    # session 38: Windows named only to be set aside
    ("https://github.com/pytorch/pytorch/issues/46802", "Pytorch's DataLoader gives \"Broken pipe\" error on Linux platform (not Windows). Using `num_workers=0` suppresses the error but that not a satisfying solution (more of a workaround) because it will largely reduce the efficiency of the code. "),
    # session 28: another vendor's or program's "driver" with a CUDA-shaped version, a wish, or a three-part value
    ("(a forum post in a repository: AMD Catalyst)", "So far, the latest ATI driver is 11.3 and that tear-free option seems to exist since 11.1."),
    ("(ColabFold install notes: nvcc calls itself a compiler driver)", "Make sure your Cuda compiler driver is 11.8 or later"),
    ("(a Hackintosh README)", "目前可驱动版本为11.6(20G165)，后续版本未尝试"),
    ("(a Cognos note: an Oracle JDBC driver)", "JDBC的驱动版本是11.2.0.3.0"),
    ("issue 28 (gpufix)", "I need driver 12.4 for this image"),
    # other drivers' versions of CUDA's shape are outside 7-13 (ALSA 1.0.20, ftdi_sio 1.6)
    ("(an Ubuntu forum post kept in a repository: ALSA)", "Here I notice that my driver version is 1.0.20, but under"),
    ("(an Ubuntu forum post kept in a repository: ftdi_sio)", "I notice that my driver version is 1.6, and yours is 1.5."),
    # what CUDA needs, said of NVIDIA cards in general, not of this machine (an M1 Mac's owner)
    ("https://github.com/chatchat-space/Langchain-Chatchat/issues/2909",
     "我也看了下一些资料，我的mac pro m1 确实是不支持cuda的，因为这个是英伟达显卡的标识。"),
    # a bare CUDA version is nobody's; cuDNN is not read from prose
    ("https://github.com/pytorch/pytorch/issues/99137", "cuda version：cuda10.2\ncudnn version:8.7.0"),
    # a bare suffixed version of torchvision (0.x), or one inside a sentence with no torch named
    ("(torchvision printed)", "0.15.2+cpu"),
    # an install command: what was asked for, not what is installed
    ("https://github.com/pytorch/pytorch/issues/85332",
     "install : pip install torch==1.8.1+cu102 torchvision==0.9.1+cu102 torchaudio==0.8.1 -f "
     "https://download.pytorch.org/whl/torch_stable.html"),
    ("https://github.com/pytorch/pytorch/issues/69202",
     "I have tried to install cudatoolkit 11.3 with `conda install -c pytorch pytorch=1.9.0 torchvision "
     "cudatoolkit=11.3`."),
    # tried many combinations: none of them is the installed one
    ("https://github.com/pytorch/pytorch/issues/16936",
     "My latest installation is pytorc 1.0, nvidia-410, cuda 10.0 but I have tried many combinations."),
    # LibTorch is not the Python torch; "cuda 11.1" alone is nobody's
    ("https://github.com/pytorch/pytorch/issues/60011", "LibTorch 1.8.1\ncuda 11.1"),
    # a question about what is supported, and what a framework supports
    ("https://github.com/chatchat-space/Langchain-Chatchat/issues/467", "请教个问题，有没有人知道cuda11.4是否支持？？？"),
    ("https://github.com/voicepaw/so-vits-svc-fork/issues/400",
     "I am working on a server that is installed CUDA 11.2, does this project only support torch 2.0 and CUDA >= 11.8?"),
    # what the card "supports", and a version "or above"
    ("https://github.com/lanyunshi/Multi-hopComplexKBQA/issues/24",
     "My computer graphics card can only support cuda9.1 and cuda9.1 does not seem to have the corresponding "
     "version of Python 1.3.0 or above"),
    ("https://github.com/torch/torch7/issues/1249", "but i require torch 2.2.1"),
    # pip's resolver: what was requested, what a package depends on
    ("https://github.com/mjtaheri11/FL-wireless/issues/1",
     "The user requested torch==1.13.0\ntorchvision 0.15.2 depends on torch==2.0.1"),
    ("https://github.com/geoffryan/afterglowpy/issues/8",
     "When I update numpy version to >2.0, the code doesn't work and return:"),
    ("https://github.com/jbwang1997/OBBDetection/issues/7", "这是conda环境，我感觉是我torch版本的问题，但我也试了torch 1.5，也会报错"),
    # /usr/local/cuda/version.txt: the toolkit's, not nvidia-smi's "CUDA Version:" (no colon)
    ("https://github.com/jbwang1997/OBBDetection/issues/7", "CUDA Version 10.2.89"),
    ("https://github.com/MCG-NJU/MeMOTR/issues/6",
     "I have tried versions with **torch=1.12.1+cu113, torch vision=0.13.1+cu113, and torch studio=0.12.1+cu113**."),
    ("https://github.com/timesler/facenet-pytorch/issues/195", "Is working flawlessly in pytorch 1.11"),
    ("https://github.com/SoftGroup (thangvubk/SoftGroup#36)",
     "I meet some errors when compile the code using pytorh11.0+cuda11.4?"),
    # other libraries' versions and their CUDA
    ("https://github.com/tensorflow/tensorflow (prose)", "tensorflow 2.10.0 with CUDA toolkit 11.2 and cuDNN 8.1"),
    ("https://github.com/microsoft/onnxruntime (prose)", "onnxruntime-gpu 1.16.3 needs CUDA 11.8"),
    # torch's own messages: no GPU found, or what to check
    ("https://github.com/pytorch/pytorch/issues/74733",
     "UserWarning: CUDA initialization: Found no NVIDIA driver on your system. Please check that you have an NVIDIA "
     "GPU and installed a driver from http://www.nvidia.com/Download/index.aspx"),
    ("(torch's message)", "RuntimeError: No CUDA GPUs are available"),
    # questions about what to install
    ("(question)", "should I install torch 2.1?"),
    ("(question)", "我应该装哪个版本的 torch？2.1.0 还是 2.3.0"),
    # URLs and wheel names
    ("(url)", "https://download.pytorch.org/whl/cu121/torch-2.3.0%2Bcu121-cp310-cp310-linux_x86_64.whl"),
    # a tutorial's "suppose you see ..." and what it wants to install
    ("http://www.mynw.cn/news/558109.html",
     "假设你看到nvidia-smi显示支持 CUDA 12.4，于是你兴冲冲地想装一个基于CUDA 12.4编译的PyTorch版本。"),
    # a comment about what was tried and works elsewhere
    ("https://github.com/chatchat-space/Langchain-Chatchat/issues/467",
     "我安装的驱动是 11.4 ，torch 的 cuda 是 11.7 或11.8都试过，可以正常使用。"),
    ("https://github.com/RVC-Boss/GPT-SoVITS/issues/83", "我测过118 121都可以使用"),
    ("https://github.com/IEIT-Yuan/Yuan-2.0/issues/65", "请问需要安装什么版本？\n我们提供的容器cuda版本是12.1，建议gpu驱动更新到535"),
    ("https://github.com/zai-org/ChatGLM3/issues/100", "pip list 看一下torch的版本。"),
    # a version in the history of another package's API
    ("https://github.com/ActionDetection-AFSD (TencentYoutuResearch/ActionDetection-AFSD#44)",
     "你好，我在我自己的电脑上（cuda11.2）可以进行setup.py并运行后续程序，但是在3090的服务器中（cuda11.1 cuda11.4）进行训练时"),
]


@pytest.mark.parametrize("source,text,expected", CASES, ids=[f"{i}" for i in range(len(CASES))])
def test_real_prose_lines_give_exactly_these_facts(source, text, expected):
    assert read(text) == expected, source


@pytest.mark.parametrize("source,text", NEGATIVES, ids=[f"{i}" for i in range(len(NEGATIVES))])
def test_commands_questions_urls_and_other_states_give_nothing(source, text):
    assert read(text) == {}, source


def test_gpu_models_on_different_lines_keep_only_those_every_line_names():
    # the friend's card on one line, the user's on another: which is this machine's? none said
    assert "gpu.name" not in read("My friend has an RTX 2060 and it works.\nMine is an RTX 3070 Ti.")
    # the same card said again beside a second one: the shared one stays
    assert read("fails on RTX 4090 (and probably on RTX 4080 too)\nJust run it on a RTX 4090.")["gpu.name"] == [
        "NVIDIA GeForce RTX 4090"]
    # a number owned but not a GeForce model, or glued to a version: no GPU
    assert read("the proxy listens on a 8080 port") == {} and read("tested on a 2080.5 build") == {}


@pytest.mark.parametrize("text,expected", [
    # torch's CUDA said beside its version: the build the user installed
    ("I use pytorch 1.7 with cuda 10.1 on RTX 3090",
     {"gpu.name": ["NVIDIA GeForce RTX 3090"], GPU: "nvidia", "torch.version": "1.7", "torch.version_full": "1.7",
      "torch.cuda": "10.1", "torch.build": "cu101"}),
    ("pytorch1.6+cuda10.2 在3090上报错",
     {"gpu.name": ["NVIDIA GeForce RTX 3090"], GPU: "nvidia", "torch.version": "1.6", "torch.version_full": "1.6",
      "torch.cuda": "10.2", "torch.build": "cu102"}),
    # glued with "_" (conda's build name, pytorch/pytorch#28752) or "-" (multimodallearning/pytorch-mask-rcnn#94)
    ("pytorch 0.4.1_cuda9.2_cudnn7.1.4",
     {"torch.version": "0.4.1", "torch.version_full": "0.4.1", "torch.cuda": "9.2", "torch.build": "cu92"}),
    ("pytorch:0.3.0-cuda9.0",
     {"torch.version": "0.3.0", "torch.version_full": "0.3.0", "torch.cuda": "9.0", "torch.build": "cu90"}),
    # pytorch's old bug template: its example is not the user's value (pytorch/pytorch#12283)
    (" - PyTorch Version (e.g., 1.0): 0.4.1", {"torch.version": "0.4.1", "torch.version_full": "0.4.1"}),
    (" - PyTorch Version (e.g., 1.0):", {}),
    # a toolkit named after it is nvcc's; a CUDA in its own clause is nobody's
    ("torch 2.0 with cuda 11.8.1 toolkit", {"torch.version": "2.0", "torch.version_full": "2.0", "nvcc.version": "11.8.1"}),
    ("显卡4090,torch版本1.13.1，cuda11.7",
     {"gpu.name": ["NVIDIA GeForce RTX 4090"], GPU: "nvidia", "torch.version": "1.13.1", "torch.version_full": "1.13.1"}),
    # the build's tag said apart from the version: the variant installed
    ("My GPU is GTX 1080 and I installed torch 2.8 cu128",
     {"gpu.name": ["NVIDIA GeForce GTX 1080"], GPU: "nvidia", "torch.version": "2.8", "torch.version_full": "2.8",
      "torch.build": "cu128"}),
    ("PyTorch 2.6.0 (cu124)", {"torch.version": "2.6.0", "torch.version_full": "2.6.0", "torch.build": "cu124"}),
    # ... or spaced off it by its plus sign (the written "+cu129" with spaces), or glued to a two-part version
    ("Versions: PyTorch 2.8.0 + cu129", {"torch.version": "2.8.0", "torch.version_full": "2.8.0", "torch.build": "cu129"}),
    ("torch2.1 + cu117", {"torch.version": "2.1", "torch.version_full": "2.1", "torch.build": "cu117"}),
    ("torch 2.1+cu118", {"torch.version": "2.1", "torch.version_full": "2.1+cu118", "torch.build": "cu118"}),
    # a plus before another thing is not a tag: "torch 2.1 + cuda toolkit"
    ("torch 2.1 + cudnn 8", {"torch.version": "2.1", "torch.version_full": "2.1"}),
    # a bare GeForce number after 在/用/我的; a year, a line number or a video size is none
    ("用1080训练", {"gpu.name": ["NVIDIA GeForce GTX 1080"], GPU: "nvidia"}),
    ("在2020年10月", {}), ("第3080行报错", {}), ("用1080p的视频", {}),
])
def test_torch_cuda_beside_its_version_and_owned_gpu_numbers(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text,name", [
    # workstation/embedded parts the GeForce patterns do not cover
    ("RTX 6000 Ada Generation", "NVIDIA RTX 6000 Ada"), ("on a Jetson AGX Orin 64GB", "NVIDIA Jetson AGX Orin"),
    ("GT 1030", "NVIDIA GeForce GT 1030"), ("Tesla P4", "NVIDIA P4"), ("DGX Spark GB10", "NVIDIA GB10"),
    # Kepler Teslas with their variant letter
    ("I am using a Tesla K40m, installed pytorch 1.3", "NVIDIA K40M"), ("tesla K40c, pytorch1.4", "NVIDIA K40C"),
    ("two Tesla K20c cards", "NVIDIA K20C"),
    # Maxwell notebook parts written number first, and the Ada data-center L20
    ("Nvidia Geforce 940mx, 8 GB Ram", "NVIDIA GeForce 940MX"), ("NVIDIA  930mx", "NVIDIA GeForce 930MX"),
    ("my laptop GPU is a GeForce 920MX", "NVIDIA GeForce 920MX"), ("显卡是 NVIDIA L20 48G", "NVIDIA L20"),
    # nvidia-smi's and users' names of parts the patterns missed (session 17's read-through)
    ("GPU: Tesla V100S-PCIE-32GB", "NVIDIA V100S"), ("an NVIDIA A2 in the edge box", "NVIDIA A2"),
    ("Quadro GP100, driver 470", "NVIDIA Quadro GP100"), ("NVIDIA RTX A500 Laptop GPU", "NVIDIA RTX A500"),
    ("8x NVIDIA B100", "NVIDIA B100"), ("flashing a Jetson Thor dev kit", "NVIDIA Jetson Thor"),
    ("NVIDIA RTX 2000E Ada Generation", "NVIDIA RTX 2000E Ada"),
    # a count glued before the model (black-forest-labs/flux#125)
    ("- 4xV100 32GB GPU", "NVIDIA V100"), ("trained on 8xA100 80G", "NVIDIA A100"),
])
def test_more_gpu_models(text, name):
    assert read(text)["gpu.name"] == [name]


@pytest.mark.parametrize("text", ["mov eax, 0xa10", "flags 0x100 0xt4", "id 123xa100"])
def test_a_hex_literal_or_a_long_count_is_no_gpu_count(text):
    assert "gpu.name" not in read(text)


@pytest.mark.parametrize("text", ["I passed level A2 in German", "a2 = a1 + 1", "NVIDIA A2000 12GB"])
def test_a2_needs_nvidia_before_it_and_is_not_the_a2000(text):
    assert "gpu.name" not in read(text) or read(text)["gpu.name"] != ["NVIDIA A2"]


def test_a_command_quoted_inside_a_sentence():
    # the sentence around a backticked command is read; a conda install pinning pytorch states pytorch and its cudatoolkit
    got = read("I tested Nvidia RTX 4060 mobile with driver 535, but it can't work, install with command "
               "`conda install pytorch==1.6.0 cudatoolkit=10.1 -c pytorch`. The gpu isn't been called")
    assert got["gpu.name"] == ["NVIDIA GeForce RTX 4060 Laptop GPU"]
    assert got["torch.version"] == "1.6.0" and got["pkg.cudatoolkit"] == "10.1"
    # a pip command, or a conda one without a pytorch pin, states no version; a line that is only a command is skipped
    assert "torch.version" not in read("on my RTX 3090 I ran `pip install torch==2.1.0` first")
    assert "pkg.cudatoolkit" not in read("on my RTX 3090 I ran `conda install cudatoolkit=10.1` first")
    assert read("conda install pytorch==1.6.0 cudatoolkit=10.1 -c pytorch") == {}
    assert read("on my RTX 3090 I tried `conda install pytorch==1.6.0 cudatoolkit=10.1 -c pytorch`") == {}


def test_the_other_sentences_of_a_line_that_quotes_a_command():
    # seen: https://github.com/pytorch/pytorch/issues/69202 (the result said after the command, in the same line)
    got = read("We are currently on CUDA 10.2 and when I do pip install torch it installs 1.13.1. "
               "Now torch.cuda.is_available() returns False.")
    assert got == {"torch.cuda_available": False}
    # seen: https://github.com/ultralytics/ultralytics/issues/15835 (what the command put there is the installed state)
    got = read("I created a fresh install of bookworm and then installed ultralytics with pip install ultralytics . "
               "It installed pytorch 2.4")
    assert got["torch.version"] == "2.4"
    # the command's own sentence, a sentence that asks or tries, and a backticked pin beside "tried" still state nothing
    assert read("I tried pip install torch==2.1.0+cu121. Should I try conda install pytorch=2.0?") == {}
    assert read("I tried `conda install pytorch==1.6.0 cudatoolkit=10.1 -c pytorch`. It did not help.") == {}
    # torch's CUDA said last in its sentence: the full stop ends the version
    assert read("the fixed lowest version of pytorch is 1.7 with cuda11.0.")["torch.cuda"] == "11.0"


@pytest.mark.parametrize("text,name", [
    # a GeForce number in a hardware line: a count, the memory before it, the CPU after it
    ("Unable to run on 1x 4090 or 2x 4090s", "NVIDIA GeForce RTX 4090"), ("单张 24GB 4090 都跑不了", "NVIDIA GeForce RTX 4090"),
    ("环境：\n5090+i9-14th", "NVIDIA GeForce RTX 5090"),
])
def test_a_geforce_number_in_a_hardware_line(text, name):
    assert read(text)["gpu.name"] == [name]


@pytest.mark.parametrize("text,name", [
    # GPU names with no digit in the line
    ("My GPU: TITAN Xp", "NVIDIA TITAN XP"), ("GPU: NVIDIA TITAN V", "NVIDIA TITAN V"),
    ("I have a Jetson Nano", "NVIDIA Jetson Nano"), ("on the Jetson AGX Orin", "NVIDIA Jetson AGX Orin"),
])
def test_gpu_names_without_a_digit(text, name):
    assert read(text)["gpu.name"] == [name]


@pytest.mark.parametrize("text,name", [
    # NVIDIA's DGX Spark: one GB10 GPU (seen: https://github.com/mllam/neural-lam/issues/163)
    ("We just got some DGX Spark machines at DMI.", "NVIDIA GB10"), ("running on a DGX-Spark", "NVIDIA GB10"),
    # CMP mining cards (seen: https://github.com/AUTOMATIC1111/stable-diffusion-webui/pull/12710)
    ("Add CMP 40HX graphics card support", "NVIDIA CMP 40HX"), ("显卡 cmp30hx", "NVIDIA CMP 30HX"),
])
def test_whole_machines_and_mining_cards(text, name):
    assert read(text)["gpu.name"] == [name]


def test_cmp_as_a_word_is_no_gpu():
    assert "gpu.name" not in read("compare cmp 30 values")


def test_a_bare_titan_x_without_digits_stays_unread():
    assert "gpu.name" not in read("GPU: TITAN X")


@pytest.mark.parametrize("text,name", [
    # an owned GPU beside the software's upgrades, and before a wish for another GPU
    ("我是5060ti16g  死活装不上去 各种版本升级降级 编译", "NVIDIA GeForce RTX 5060 Ti"),
    ("I have an RTX 3090 and want to upgrade to a 5090", "NVIDIA GeForce RTX 3090"),
    # data-centre and workstation names owned in the same words (session 28)
    ("我的显卡是V100，升级了驱动以后还是不行", "NVIDIA V100"),
    ("I have a Tesla P100 and upgraded CUDA to 12.1", "NVIDIA P100"),
])
def test_an_owned_gpu_beside_other_states(text, name):
    assert read(text)["gpu.name"] == [name]


def test_a_wished_gpu_alone_is_no_gpu():
    assert "gpu.name" not in read("I want to buy a 5090")
    assert "gpu.name" not in read("I want to buy an A100 and upgrade later")


def test_image_sizes_and_batches_are_no_gpu():
    assert read("resized to 2x 1080p") == {} and read("batch 8x 2048") == {} and read("resolution 1080x1920") == {}


def test_a_bare_p4_or_titanic_is_no_gpu():
    assert read("P4 protocol") == {} and read("a titanic problem") == {}
    assert "gpu.name" not in read("K20 steel") and "gpu.name" not in read("a k40mm lens")


def test_a_gpu_class_in_a_requirement_is_no_gpu():
    # xformers' kernel list (https://github.com/deepseek-ai/DeepSeek-VL2/issues/119): "A100+" is every GPU from the
    # A100 on, not this machine's GPU (which the same paste shows to be compute capability 7.5).
    assert "gpu.name" not in read("    bf16 is only supported on A100+ GPUs")
    assert read("I use an A100 GPU")["gpu.name"] == ["NVIDIA A100"]


def test_each_fact_keeps_its_line():
    text = "Hello,\n\n我的显卡是 RTX 3060 Laptop\n驱动版本：536.23\nnumpy 2.0.1\ntorchvision 0.15.2\n"
    facts = {f.name: f for f in extract_prose_facts(enumerate(text.split("\n"), 1))}
    assert facts["gpu.name"].value == ["NVIDIA GeForce RTX 3060 Laptop GPU"] and facts["gpu.name"].line == 3
    assert facts["driver.version"].value == "536.23" and facts["driver.version"].line == 4
    assert facts["numpy.version"].line == 5 and facts["torchvision.version"].value == "0.15.2"
    assert facts["driver.version"].provenance == "log line 4"
    assert facts["driver.version"].evidence == "驱动版本：536.23"


@pytest.mark.parametrize("text,expected", [
    ("驱动版本 470", {"driver.version": "470"}),
    ("nvidia driver:536.23", {"driver.version": "536.23"}),
    ("pytorch: Version: 2.0.1", {"torch.version": "2.0.1", "torch.version_full": "2.0.1"}),
    ("PyTorch version: 2.1.0", {"torch.version": "2.1.0", "torch.version_full": "2.1.0"}),
    ("torch 2.3.0+cpu", {"torch.version": "2.3.0", "torch.version_full": "2.3.0+cpu", "torch.build": "cpu"}),
    ("torch 2.2.1+rocm5.7", {"torch.version": "2.2.1", "torch.version_full": "2.2.1+rocm5.7",
                              "torch.build": "rocm5.7"}),
    ("2.1.0版本的pytorch", {"torch.version": "2.1.0", "torch.version_full": "2.1.0"}),
    ("cuda 11.8 toolkit", {"nvcc.version": "11.8"}),
    ("nvcc -V 显示 11.8", {"nvcc.version": "11.8"}),
    ("torch.version.cuda: 11.8", {"torch.cuda": "11.8"}),
    ("CUDA used to build PyTorch: 12.1", {"torch.cuda": "12.1"}),
    ("PyTorch built with CUDA 11.8", {"torch.cuda": "11.8"}),
    ("我用的是 535 驱动", {"driver.version": "535"}),
    ("笔记本 4090D", {"gpu.name": ["NVIDIA GeForce RTX 4090 D"], GPU: "nvidia"}),
    ("3060 laptop", {"gpu.name": ["NVIDIA GeForce RTX 3060 Laptop GPU"], GPU: "nvidia"}),
    # a bare model number with "GPUs"/"cards" after it (seen: https://github.com/pytorch/pytorch/issues/45021)
    ("Hi! I have got several 3080 GPUs. However, I find some problems.",
     {"gpu.name": ["NVIDIA GeForce RTX 3080"], GPU: "nvidia"}),
    ("we have two 1080 cards", {"gpu.name": ["NVIDIA GeForce GTX 1080"], GPU: "nvidia"}),
    ("MX450", {"gpu.name": ["NVIDIA GeForce MX450"], GPU: "nvidia"}),
    ("A100", {"gpu.name": ["NVIDIA A100"], GPU: "nvidia"}),
    # two different GPUs named on one line: both are this machine's (a mixed rig); lines naming different
    # ones give no name (test_gpu_models_on_different_lines_keep_only_those_every_line_names)
    ("RTX 3090 and a GTX 1080", {"gpu.name": ["NVIDIA GeForce RTX 3090", "NVIDIA GeForce GTX 1080"], GPU: "nvidia"}),
    ("macOS-14.2-arm64-arm-64bit", {"os.name": "macos", "os.release": "14.2", "os.arch": "arm64"}),
    # an issue template's OS field and a macOS release named with its number (seen: zai-org/ChatGLM-6B#549)
    ("- OS: mac 13.0", {"os.name": "macos"}),
    ("操作系统：Mac", {"os.name": "macos"}),
    ("on Sonoma 14.2", {"os.name": "macos"}),
    ("Apple M4 Pro", {"os.name": "macos", "os.arch": "arm64"}),
    # not a Mac: a place, a file system, a MAC address
    ("Sonoma county", {}),
    ("MAC address: 00:1a:2b", {}),
    ("Linux-5.15.0-91-generic-x86_64-with-glibc2.35",
     {"os.name": "linux", "os.release": "5.15.0-91-generic", "os.arch": "x86_64"}),
    ("Successfully installed numpy-2.0.1 torch-2.3.1+cu121",
     {"numpy.version": "2.0.1", "torch.version": "2.3.1", "torch.version_full": "2.3.1+cu121", "torch.build": "cu121"}),
    ("Requirement already satisfied: torch in c:\\users\\me\\venv\\lib\\site-packages (2.3.0+cpu)",
     {"torch.version": "2.3.0", "torch.version_full": "2.3.0+cpu", "torch.build": "cpu", "os.name": "windows"}),
    ("cpuonly                   2.0                           0    pytorch", {"conda.cpuonly": True}),
    ("pytorch-cuda              12.1                 ha16c6d3_5    pytorch", {"pkg.pytorch-cuda": "12.1"}),
    ("nvidia-cudnn-cu12         8.9.2.26", {"pkg.nvidia-cudnn-cu12": "8.9.2.26"}),
    ("pytorch                   2.1.0           cpu_py310h6894f24_0    conda-forge",
     {"torch.version": "2.1.0", "torch.version_full": "2.1.0", "torch.build": "cpu",
      "conda.pytorch_build": "cpu_py310h6894f24_0"}),
    # the same version said twice, once with its suffix: the suffix stays
    ("torch 2.3.0\nI installed torch 2.3.0+cu121",
     {"torch.version": "2.3.0", "torch.version_full": "2.3.0+cu121", "torch.build": "cu121"}),
    # two different versions said as installed: neither is taken
    ("torch 2.3.0 on my laptop\ntorch 2.1.0 on the server", {}),
])
def test_names_and_versions_in_any_order_and_language(text, expected):
    assert read(text) == expected


def test_prose_ranks_below_a_structured_section_whatever_the_order():
    collect_env = "PyTorch version: 2.0.1+cu117\nIs debug build: False\nCUDA used to build PyTorch: 11.7\n"
    for text in (collect_env + "I installed torch 2.1.0+cu121\n", "I installed torch 2.1.0+cu121\n" + collect_env):
        fb = FactBase()
        fb.extend(extract_facts_from_text(text))
        assert fb.get("torch.version_full").value == "2.0.1+cu117" and fb.get("torch.version_full").source == "log"
        assert fb.get("torch.build").value == "cu117"
    # the catalog says so explicitly, for every fact the prose reader may state
    for name, spec in fact_catalog.FACTS.items():
        if SOURCE in spec.producers:
            assert spec.precedence.index("log") < spec.precedence.index(SOURCE) < spec.precedence.index("derived"), name
    assert fact_catalog.rank("driver.cuda", SOURCE, "log") < fact_catalog.rank("driver.cuda", "log", "log")
    assert fact_catalog.rank("driver.cuda", SOURCE, "log") > fact_catalog.rank("driver.cuda", "nvidia-smi", "probe")


def test_a_prose_gpu_name_agrees_with_the_probed_full_name():
    from gpufix.core.machines import THIS, compare

    probed = FactBase()
    probed.add(ok("gpu.name", ["NVIDIA GeForce RTX 3060 Laptop GPU"], "nvidia-smi"))
    said = extract_prose_facts([(1, "I have a RTX3060")])
    assert compare(said, probed).machine == THIS
    probed = FactBase()
    probed.add(ok("gpu.name", ["NVIDIA GeForce RTX 4090"], "nvidia-smi"))
    assert compare(said, probed).machine == "other"


def _unsafe(tree, inside_repeat: bool = False) -> list[str]:
    """Lookarounds, backreferences, and unbounded repeats of something that itself repeats."""
    found = []
    for op, arg in tree:
        if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            found.append("lookaround")
        elif op in (sre_constants.GROUPREF, sre_constants.GROUPREF_EXISTS):
            found.append("backreference")
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            lo, hi, sub = arg
            unbounded = hi == sre_constants.MAXREPEAT
            if unbounded and _repeats(sub):
                found.append("nested quantifier")
            found += _unsafe(sub, inside_repeat or unbounded)
        elif op == sre_constants.SUBPATTERN:
            found += _unsafe(arg[-1], inside_repeat)
        elif op == sre_constants.BRANCH:
            for branch in arg[1]:
                found += _unsafe(branch, inside_repeat)
    return found


def _repeats(tree) -> bool:
    for op, arg in tree:
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            return True
        if op == sre_constants.SUBPATTERN and _repeats(arg[-1]):
            return True
        if op == sre_constants.BRANCH and any(_repeats(b) for b in arg[1]):
            return True
    return False


def test_every_pattern_is_re2_compatible_and_ascii():
    # compiled through gpufix.linear_re (RE2) at import: a pattern RE2 refuses would not load at all
    patterns = {n: p for n, p in vars(prose).items()
                if hasattr(p, "search") and isinstance(getattr(p, "pattern", None), str)}
    assert len(patterns) > 30
    for name, p in patterns.items():
        assert not _unsafe(sre_parse.parse(p.pattern)), name
        if linear_re.BACKEND == "re":  # RE2's \\b and \\w are ASCII; the fallback must be asked
            assert p.flags & re.ASCII, f"{name}: \\b and \\w must mean what RE2 means"


def _fastest_readings(*texts: str) -> list[float]:
    """Each text's fastest of five readings, taken in turn (a, b, a, b, ...), in this process's CPU time with the
    garbage collector paused: other processes on a shared machine then cost nothing (wall time once gave 33x for a
    reading that takes 8x alone), and a collection that lands in one reading does not count against it."""
    best = [float("inf")] * len(texts)
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(5):
            for k, text in enumerate(texts):
                t0 = time.process_time()
                extract_prose_facts(enumerate(text.split("\n"), 1))
                best[k] = min(best[k], time.process_time() - t0)
    finally:
        if was_enabled:
            gc.enable()
    return best


def test_linear_time_and_garbage():
    # The same mix (the cases, a long CJK line, a long repeated word) at 1x and 8x, timed against each other in this
    # run: linear reading takes about 8x, quadratic 64x; the bound leaves 4x for a loaded machine. (It once compared
    # 8x the cases plus 700 KB of garbage with the cases alone, and failed under load.)
    unit = "\n".join(text for _, text, _ in CASES) + "\n"

    def mix(n: int) -> str:
        return unit * (5 * n) + "驱动" * (12_500 * n) + "\n" + "torch " * (25_000 * n)

    t_small, t_big = _fastest_readings(mix(1), mix(8))
    assert t_big < max(t_small, 0.002) * 32  # 8x the text, well under quadratic's 64x
    extract_prose_facts([(1, "\x00\ufffd" * 5000), (None, ""), (3, "torch " + "9." * 3000)])


# A CUDA version said with no owner is read as the toolkit's (nvcc.version) only in a report of a CUDA extension
# being built, and only when no CUDA of its own is named for nvcc, torch or the driver (docs/prose.md).
TOOLKIT_OF_A_BUILD = [
    ("https://github.com/NVlabs/tiny-cuda-nn/issues/239",
     "whern i install tiny_cuda_nn,there have a erroe:\nMy environment：\nsystem：ubuntu\nGraphics card：rtx4090\n"
     "CUDA Version：11.3\npytorch:1.10\npython:3.9",
     {"nvcc.version": "11.3"}),
    ("https://github.com/YonghaoHe/LFD-A-Light-and-Fast-Detector/issues/12",
     "您好，我的显卡是3090，用的是CUDA11.0，在执行 python3 setup.py build_ext 的时候遇到问题：", {"nvcc.version": "11.0"}),
    ("https://github.com/CHONSPQX/modulated-deform-conv/issues/12",
     "Our environment is linux with gpu RTX3090 and the fixed lowest version of pytorch is 1.7 with cuda11.0. When we run "
     "**python setup.py install** , it prompts **nvcc fatal   : Unsupported gpu architecture 'compute_86'** .",
     {"nvcc.version": None}),  # "pytorch 1.7 with cuda11.0" is torch's own CUDA: nothing is left bare
    # torch's CUDA named beside a bare one: the bare one may be nvidia-smi's (the build's nvcc was < 11.6 there)
    ("https://github.com/Dao-AILab/flash-attention/issues/597",
     "Trying to run: pip install flash-attn --no-build-isolation\nCuda : 12.2\nPytorch : 2.0.1+cu117\n"
     "RuntimeError: Error compiling objects for extension", {"nvcc.version": None}),
    # no build: the same words stay unowned
    ("https://github.com/NVlabs/tiny-cuda-nn/issues/239 (the build line left out)",
     "Graphics card：rtx4090\nCUDA Version：11.3\npytorch:1.10", {"nvcc.version": None}),
    # two different bare CUDAs: nobody's
    ("https://github.com/mit-han-lab/bevfusion/issues/127",
     "after running \"**python setup.py develop\"** I faced the above error.\ncurrently, I have installed Cuda-10.2.\n"
     "my other machine has cuda 11.7", {"nvcc.version": None}),
]


@pytest.mark.parametrize("source,text,expected", TOOLKIT_OF_A_BUILD, ids=[f"{i}" for i in range(len(TOOLKIT_OF_A_BUILD))])
def test_a_bare_cuda_in_an_extension_build_is_the_toolkit(source, text, expected):
    got = read(text)
    for name, value in expected.items():
        assert got.get(name) == value, (source, got)


# Session 30: the GPU denied before the vendor, in the words users write ("n't" and its spellings without the apostrophe, a
# word of thinking between, "no"/"without" with an adjective, Chinese 没有/没/不是 right before it), gives no NVIDIA vendor,
# whatever else the line states; each line below is a thread's own sentence.
@pytest.mark.parametrize("source, text", [
    ("https://github.com/RUC-NLPIR/FlashRAG/issues/49",
     "Btw, I am running on M2 Max chip MacOS 14.5, don't think I have Nvidia GPU in my mac."),
    ("https://github.com/OndrejTexler/Few-Shot-Patch-Based-Training/issues/3 (the parenthesis, python stated beside it)",
     "I don't have a nvidia gpu, python 3.10"),
    ("https://github.com/xingdi-eric-yuan/MatchLSTM-PyTorch/issues/6",
     "I'm trying to run the train.py file on my laptop, and found an error about using NVIDIA GPU, my computer doesn't have a "
     "NVIDIA GPU so I wonder if there is a flag we can use to use CPU only?"),
    ("https://github.com/salesforce/CodeGen/issues/8",
     "It gives me error No CUDA GPUs are available because I dont have any NVIDIA graphics card."),
    ("https://github.com/Ikaros-521/RealtimeSTT_LLM_TTS/issues/7 (the title, with a version beside it)",
     "请问一下只有CPU，没有N卡可以玩么，torch 2.1"),
    ("a project README's '没N卡改 libx264' (no NVIDIA card: use ffmpeg's CPU encoder), with a version beside it",
     "没N卡, torch 2.1.0"),
    # Session 40: a program's fallback notice, "no" with a word of fitness before the vendor.
    ("https://github.com/RVC-Project/Retrieval-based-Voice-Conversion-WebUI/issues/1726 (an Intel Iris Xe laptop)",
     "2024-01-16 02:23:41 | INFO | configs.config | No supported Nvidia GPU found"),
    ("RVC's older notice, https://github.com/RVC-Project/Retrieval-based-Voice-Conversion-WebUI/issues/806",
     "No supported Nvidia GPU found, use CPU instead"),
    ("a fallback notice in other words", "no compatible NVIDIA GPU found, torch 2.1"),
    # PaddlePaddle's start-up warning names "your CUDA device" in the program's words, on any machine.
    ("https://github.com/lazydog28/mc_auto_boss/issues/62 (an Iris Xe laptop)",
     "UserWarning: You are using GPU version Paddle, but your CUDA device is not set properly. CPU device will be used by "
     "default."),
])
def test_a_denied_nvidia_gpu_is_no_vendor(source, text):
    assert GPU not in read(text), source


# ...while a symptom on an NVIDIA machine keeps it: a verb other than one of having ("use", "detect", "see", 识别), or a
# denial that belongs to an earlier clause.
@pytest.mark.parametrize("text", [
    "I can't use my NVIDIA GPU, torch 2.1",
    "the program doesn't see my nvidia gpu, torch 2.1",
    "it does not work and I have an NVIDIA GPU, torch 2.1",
    "No I have an NVIDIA GPU, torch 2.1",
    "没识别到N卡, torch 2.1",
    # the same notice with the reporter's own card named keeps the card (RVC#806: "However, I have Nvidia RTX 4050 !!")
    "No supported Nvidia GPU found, use CPU instead. However, I have Nvidia RTX 4050 !!",
])
def test_a_symptom_on_an_nvidia_gpu_keeps_the_vendor(text):
    assert read(text).get(GPU) == "nvidia"


# Session 30: "since" with a date or a time phrase dates the installed state; "since" with a version or "then" is still
# another state (an API's history).
@pytest.mark.parametrize("source, text, expected", [
    ("https://github.com/ostris/ai-toolkit/issues/203",
     "This is because standard installation installs pytorch 2.5.0 (since Oct 23, 2024).", "2.5.0"),
    ("(the same, a day before a month)", "the installer gives torch 2.5.0 since 23 October 2024", "2.5.0"),
    ("(a time phrase)", "I have been on torch 2.1.0 since yesterday", "2.1.0"),
    ("(a relative time)", "it is broken with torch 2.1.0 since 3 days", "2.1.0"),
])
def test_since_a_date_is_no_other_state(source, text, expected):
    assert read(text).get("torch.version") == expected, source


@pytest.mark.parametrize("text", [
    "torch.cuda.amp moved to torch.amp since torch 2.4",
    "this argument exists since 1.13 in torch 2.0.1",
    "since then torch 2.1.0 gives the error",
])
def test_since_a_version_is_still_another_state(text):
    assert "torch.version" not in read(text)


# Session 36: "support" as the noun of a build that lacks it ("no CUDA support", "without CUDA support") names the
# installed build, not another state; "support" as a verb or a wish still does.
@pytest.mark.parametrize("source, text, expected", [
    ("https://github.com/transformerlab/transformerlab-app/issues/1330",
     "On a DGX Spark (NVIDIA GB10), the installer detects the NVIDIA GPU and installs CUDA 12.8.1, but when starting the app "
     "the runtime reports **PyTorch `2.9.1+cpu`**, and the web UI shows **no CUDA support** and **0 VRAM**.", "2.9.1+cpu"),
    ("a user's environment note in a public repository", "- PyTorch: 2.10.0+cpu (NO CUDA SUPPORT)", "2.10.0+cpu"),
    ("a user's environment note in a public repository", "- **PyTorch**: 2.13.0+cpu (no CUDA support)", "2.13.0+cpu"),
    ("(without)", "I have torch 2.1.0+cpu without CUDA support", "2.1.0+cpu"),
])
def test_a_build_without_cuda_support_is_the_installed_one(source, text, expected):
    assert read(text).get("torch.version_full") == expected, source


@pytest.mark.parametrize("text", [
    "I need torch 2.1.0 with CUDA support",
    "torch 1.7 does not support CUDA 11.1",
    "which torch 2.1.0 build supports CUDA 12?",
])
def test_support_as_a_verb_or_a_wish_is_still_another_state(text):
    assert "torch.version" not in read(text)
