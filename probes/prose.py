"""Facts stated in prose and partial pastes, in English and Chinese.

Users describe their setup in words as often as they paste a report: "nvidia-smi 显示 CUDA
Version: 11.4，我装的是 torch 2.3.0+cu121", "I have a RTX3060", "torch 版本1.7.0 cudatoolkit版本11.0",
a stray `conda list` row, a `Windows-10-10.0.19045-SP0` platform string. This module reads those
(gpufix.probes.pasted calls it after its structured readers). What it reads and what it ignores is
documented in docs/prose.md; in short:

* a name and a version, in either order and language: torch/pytorch, torchvision, torchaudio, numpy,
  python, the NVIDIA driver (driver, 驱动), cudatoolkit, pytorch-cuda; a `+cpu`/`+cuXXX`/`+rocmX.Y`
  suffix gives torch.build;
* a CUDA version only where its clause says whose it is: nvidia-smi or the driver (driver.cuda),
  nvcc or the toolkit (nvcc.version), "CUDA used to build PyTorch" / torch.version.cuda
  (torch.cuda). A bare "CUDA 11.8" says nothing;
* GPU model names (RTX 3060, GTX 1050 Ti, 3060 laptop, 4090D, A100, MX450...) -> gpu.name, which the
  knowledge base turns into a compute capability (rules/knowledge/gpus.yaml);
* headerless `conda list` / `pip list` rows, pip's "Successfully installed" and "but you have"
  lines, platform strings, `torch.cuda.is_available()` results stated in words.

Being wrong is worse than saying nothing: a line that quotes a command, a clause that asks a
question about what to install, a URL or wheel name, a sentence about what the user wants, tried,
needs or upgraded from, and a fact the text states with two different values all give no fact.

Every fact keeps its line (origin "log", source "log-prose") and ranks BELOW the same fact read
from a structured section of the paste (collect_env, nvidia-smi's table): the fact catalog's
per-fact precedence lists "log-prose" after "log".

Linear time: each line is cut at MAX_LINE characters and scanned a bounded number of times; every
pattern is RE2-compatible (no lookarounds, no backreferences, no unbounded quantifier over a group
that holds a quantifier; tests/probes/test_prose.py checks them).
"""
from __future__ import annotations

from gpufix import linear_re as re  # linear time on text gpufix did not write
from typing import Iterable, NamedTuple

from gpufix.facts import Fact, ok
from gpufix.probes.torch_runtime import torch_build

SOURCE = "log-prose"  # the producer (gpufix.fact_catalog.PRODUCERS)
ORIGIN = "log"  # these are facts of the log's machine, like every other fact of a pasted log
MAX_LINE = 2000  # patterns see at most this much of a line
WINDOW = 40  # characters after a name that may hold its version ("torch 的版本是 2.3.0")


class Stated(NamedTuple):
    name: str
    value: object
    line: int | None
    evidence: str


# --- conda build strings ------------------------------------------------------------------

def conda_torch_build(build: str) -> str | None:
    """conda pytorch build string -> cu121 / cpu ('py3.10_cuda12.1_cudnn8.9.2_0', 'cuda120_py311h...',
    'cuda100py37h53c1284_0', 'cpu_mkl_...', 'py3.7_cpu_0')."""
    b = build.lower()
    m = re.search(r"cuda_?(\d+)\.(\d+)", b)
    if m:
        # old conda CPU builds say so as CUDA 0.0: 'py37_cuda0.0_cudnn0.0_1'
        return "cpu" if m.group(1) == "0" else f"cu{m.group(1)}{m.group(2)}"
    m = re.search(r"(?:^|_)cuda(\d{2,3})(?:_|py|$)", b)
    if m:
        return f"cu{m.group(1)}"
    if re.search(r"(?:^|_)cpu(?:_|$)", b):
        return "cpu"
    return None


# --- what says nothing ----------------------------------------------------------------------

# A line that quotes an install command: what the user ran or means to run, not what is installed.
_COMMAND = re.compile(
    r"\b(?:pip[0-9.]*|conda|mamba|micromamba|uv|poetry|pipx|pdm|apt|apt-get|yum|dnf|brew|choco|winget)"
    r"\s+(?:pip\s+)?(?:install|add|create|download|uninstall|remove|update|upgrade|search)\b"
    r"|--(?:extra-)?index-url\b|\bsetup\.py\s+(?:install|develop)\b|\bdocker\s+(?:run|pull)\b", re.I | re.A)
# pip's resolver chatter names versions it looked at or wanted, not the installed ones.
_PIP_CHATTER = re.compile(
    r"^\s*(?:ERROR:\s*)?(?:Collecting|Downloading|Using cached|Looking in|Obtaining|Building wheel|"
    r"Installing collected|Attempting uninstall|Found existing installation|Uninstalling|"
    r"Successfully uninstalled|Would install|Preparing metadata|Processing)\b"
    r"|from versions:|No matching distribution|Could not find a version|\bdepends on\b|The user requested|"
    r"conflict is caused|Cannot install|conflicting dependencies|ResolutionImpossible", re.I | re.A)
_URL = re.compile(r"\b(?:https?|ftp|file)://\S+|\bwww\.\S+|\S+\.whl\b|\S+\.tar\.gz\b", re.I | re.A)

# A sentence about another state than the installed one: wishes, attempts, requirements,
# upgrades, comparisons, recommendations. Its versions are not the installed ones.
_ELSEWHERE_EN = re.compile(
    r"\b(?:want|wants|wanted|wanna|wish|hope|plan|planning|going to|gonna|will|would|should|could|might|"
    r"must|need|needs|needed|require|requires|required|requirement|recommend\w*|suggest\w*|support|supports|"
    r"supported|compatible|compatibility|incompatible|instead|downgrad\w*|upgrad\w*|updat\w*|switch\w*|"
    r"chang\w*|replac\w*|revert\w*|rollback|roll back|uninstall\w*|remov\w*|tried|try|trying|tries|"
    r"attempt\w*|latest|newest|newer|older|official|according|expected|example|e\.g|such as|minimum|"
    r"at least|above|higher|previous|previously|before|earlier|used to|worked|flawlessly|built for|"
    r"compiled for|you have|corresponding|match\w*|instructions?|moved|since|introduced|deprecated|added in|"
    r"only (?:available|exists?|present|appears?) (?:in|from|since|with))\b", re.I | re.A)
# Session 30: "since" followed by a date or a time phrase dates the installed state, it names no other one: "standard
# installation installs pytorch 2.5.0 (since Oct 23, 2024)" (seen: https://github.com/ostris/ai-toolkit/issues/203), "I have
# been on torch 2.1.0 since yesterday", "broken since 3 days". Cut before the look for another state; "since 1.13", "since
# then", "since the update" (an API's or the setup's history) still count.
_SINCE_WHEN = re.compile(
    r"\bsince\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?:19|20)\d{2}\b)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?,?\s+(?:19|20)\d{2}\b|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\b(?:,?\s+(?:19|20)\d{2}\b)?|"
    r"(?:january|february|march|april|june|july|august|september|october|november|december)\b|"
    r"(?:19|20)\d{2}(?:[-/]\d{1,2}(?:[-/]\d{1,2})?)?(?:$|[^\w.]|\.(?:$|\s))|\d{1,2}/\d{1,2}/(?:19|20)?\d{2}\b|"
    r"yesterday|today|tonight|last\s+(?:night|week|weekend|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"this\s+(?:morning|afternoon|week|month|year)\b|(?:a|one|two|three|four|five|several|a few|few|\d{1,3})\s+"
    r"(?:hours?|days?|weeks?|months?|years?)\b)", re.I | re.A)
# Session 36: "support" as the noun of a build that lacks it names the installed state, not another one: "PyTorch
# `2.9.1+cpu`, and the web UI shows no CUDA support" (seen: https://github.com/transformerlab/transformerlab-app/issues/1330),
# users' own environment notes "PyTorch: 2.10.0+cpu (NO CUDA SUPPORT)", "PyTorch: 2.13.0+cpu (no CUDA support)", "torch
# 2.1.0+cpu without CUDA support". Cut before the look for another state; "supports CUDA 12", "CUDA 11 is not supported"
# and "need CUDA support" still count.
_SUPPORT_LACKED = re.compile(r"\b(?:no|without|with\s+no|lacks?|lacking)\s+(?:cuda|gpu|nvidia|cuda/gpu|gpu/cuda)\s+"
                             r"(?:acceleration\s+)?support\b", re.I | re.A)
_ELSEWHERE_ZH = re.compile(
    r"想|希望|打算|准备|尝试|试过|试了|试着|要求|需要|需|推荐|建议|支持|兼容|对应|匹配|换成|换了|改成|改为|升级|降级|"
    r"更新|卸载|删除|之前|以前|原来|原先|最新|官网|官方|应该|如果|或者|以上|以下|至少|最低|例如|比如|假设|假如|"
    # "这是只有torch 1.6.0 才有的模块": the release that has it, not the installed one
    r"才有|才支持|才加入|才引入|才出现|才能用", re.A)
# An attempt to USE the setup is not another state: "I tried to train on a 3090 with torch==1.4.0, but it doesn't work"
# names the installed torch. Cut before the look for another state; "tried to install/upgrade ..." still counts.
# seen: https://github.com/xwshen51/DEAR/issues/3
_TRIED_TO_USE = re.compile(r"\b(?:tried|try|trying|tries|attempted)\sto\s(?:train|run|use|test|execute|launch|start|"
                           r"infer|fine-?tune)\b|(?:尝试|试着)(?:运行|训练|使用|跑)", re.I | re.A)
# A GPU named in a sentence about buying or replacing one is not (or not yet) the user's. "previous" counts
# only for hardware ("my previous card"): "it was working fine in all previous versions" is the software's
# history (seen: https://github.com/invoke-ai/InvokeAI/issues/1202).
# ...unless the user says which GPU is theirs in the same words ("我是5060ti16g  死活装不上去 各种版本升级降级": the
# upgrades are the software's; "I have an RTX 3090, I tried upgrading CUDA"): then the owned GPU is read, in a clause
# that also speaks of another GPU only up to the first word of that other state ("我是3090，想换5090": the 3090).
# seen: https://github.com/tencent-ailab/SongGeneration/issues/35
# Besides the GeForce numbers, the data-centre and workstation names the user owns in the same words ("我的显卡是V100，
# 升级驱动后…", "I have a Tesla P100 and upgraded CUDA"): Tesla/Quadro letters with their digits, RTX Axxxx, TITAN.
_OWN_MODEL = (r"(?:(?:rtx|gtx)\s?-?\d{4}|(?:tesla\s?|quadro\s?)?(?:[vpkh]\d{2,3}|a\d{2,3}|l\d{1,2}|t4|p4)s?\b|"
              r"(?:rtx\s?)?a\d{4}\b|titan\s?(?:xp|x|v|rtx)\b)")
_OWN_GPU = re.compile(r"(?:我是|我的是|我用的是|我这是|本人是?|我的显卡是|我的卡是|显卡是)\s?(?:nvidia\s?|英伟达\s?)?(?:geforce\s?)?"
                      r"(?:(?:rtx|gtx)?\s?\d{4}|" + _OWN_MODEL + r")"
                      r"|\b(?:i have|i've got|i got|i own|i am using|i'm using|i use|i am on|i'm on|my gpu is|my card is|"
                      r"my graphics card is)\s(?:an?\s|the\s)?(?:nvidia\s)?(?:geforce\s)?" + _OWN_MODEL, re.I | re.A)
_OWN_GPU_TAIL = re.compile(r"(?:\b(?:want|wanted|buy|bought|buying|plan|planning|would|upgrad\w*|switch\w*|replac\w*|instead)\b"
                           r"|想|打算|换|升级).*", re.I | re.A | re.S)
_OTHER_GPU = re.compile(r"\b(?:want|wanted|buy|bought|buying|plan|planning|would|upgrad\w*|switch\w*|replac\w*|"
                        r"instead|previous(?:ly)? (?:gpu|card|graphics|one|machine|computer|laptop|pc)|previously (?:had|used|owned)|"
                        r"my old|the old|former|new card)\b|想|打算|换|升级|之前|以前|原来", re.I | re.A)
# A clause that asks what to do with a version ("should I install torch 2.1?", "用哪个版本"):
# hypothetical. Help requests ("why", "怎么办") keep the facts they presuppose.
_HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|should|which|whether|would|shall|do i need|is it possible|can i (?:use|install|run)|"
    r"could i|is there|are there|what version)\b|是否|要不要|应该|该用|该装|哪个|哪一个|哪种|能不能|能否|"
    r"可不可以|可以用|可以装|行不行|有没有|如果|假如|假设", re.I | re.A)
_QUESTION_END = re.compile(r"[?？]\s*$|[吗嘛呢]\s*[?？]?\s*$", re.A)
# Other libraries: a CUDA version in their clause is theirs.
_OTHER_LIBRARY = re.compile(
    r"\b(?:tensorflow|tf|keras|jax|jaxlib|onnxruntime|onnxruntime-gpu|onnx|tensorrt|trt|paddle|paddlepaddle|"
    r"mxnet|cupy|mmcv|mmcv-full|detectron2|xformers|bitsandbytes|triton|vllm|deepspeed|flash-attn|"
    r"flash_attn|llama-cpp-python|ctranslate2|faiss|faiss-gpu|libtorch)\b", re.I | re.A)

# "Torch version 1.10.1+cu111 is not compatible with torchvision 0.10.0+cu111", "torch 2.1.0 和 torchvision 0.15.2
# 不兼容": a clash the user observes between two installed versions. The words say "compatible", yet both versions
# are the installed ones; a clause that says more (need, downgrade, 需要) stays another state.
# seen: https://github.com/pmj110119/RenderOcc/issues/46
_STATED_CLASH = re.compile(r"\b(?:is|are)\s(?:not\scompatible|incompatible)\swith\b|\bnot\scompatible\swith\b|"
                           r"\bincompatible\swith\b|\bdo(?:es)?\s?n[o']t\smatch\b|不兼容|不匹配", re.I | re.A)

_SENTENCE_END = re.compile(r"[?？!！。；;]|\.\s", re.A)
_CLAUSE_SPLIT = re.compile(r"[,，、]|\s+(?:but|however|while|whereas|and then)\s+|但是|但|然而|而且|可是", re.I | re.A)

# --- names and values -----------------------------------------------------------------------

_NAMES = re.compile(
    r"pytorch-cuda|cudatoolkit|torchvision|torchaudio|pytorch|torch|numpy|python|nvcc|cuda|driver|驱动|драйвера|драйвер",
    re.I | re.A)
# Between a name and its value: spaces, separators, quotes and linking words in both languages, and a pin's
# "==" / conda's "=" said in prose ("torch==1.4.0 and torchvision==0.5.0"; install commands are skipped whole).
_FILLER = re.compile(
    r"(?:--version|-V|versions|version|ver|toolkit|is|是|为|版本号|版本|的|显示|shows|show|says|gives|reports|"
    r"输出|返回|用的|装的|[\s:：,'\"`(（\[\-=])*", re.I | re.A)
_VERSION = re.compile(r"v?(\d{1,4}\.\d{1,4}(?:\.\d{1,6})?(?:\.\d{1,6})?(?:(?:a|b|rc|\.dev|\.post|dev)\d{1,10})?"
                      r"(?:\+[A-Za-z0-9.]{1,32})?)", re.A)
_DRIVER_VERSION = re.compile(r"v?(\d{3}(?:\.\d{1,3})?(?:\.\d{1,3})?)", re.A)
# "2.3.0 版本的 pytorch", "version 2.0.1 of PyTorch"
_VERSION_FIRST = re.compile(r"(\d{1,2}\.\d{1,3}(?:\.\d{1,3})?(?:\+[A-Za-z0-9.]{1,32})?)\s*(?:版本的|版的|的|of)\s*"
                            r"(pytorch|torch)", re.I | re.A)
# rocm variants have up to three parts: +rocm6.4.2, +rocm5.4.2 (download.pytorch.org/whl/rocm6.2.4)
_SUFFIXED = re.compile(r"v?(\d\.\d{1,2}\.\d{1,2}(?:\.dev\d{8})?\+(?:cpu|cu\d{2,3}|rocm\d{1,2}(?:\.\d{1,2}){0,2}))",
                       re.I | re.A)
_DRIVER_FIRST = re.compile(r"(\d{3}(?:\.\d{1,3})?(?:\.\d{1,3})?)\s*(?:版本的|版的|的)?\s*(?:nvidia\s*)?"
                           r"(?:driver|驱动)", re.I | re.A)

# The driver named by its tool: "nvidia-smi为525.147.05", "nvidia-smi版本为575.64.03", "nvidia-smi: 535.104.05". Only
# a driver-shaped value (a 3-digit branch and a dotted part); "nvidia-smi显示12.2" is the CUDA it reaches, read elsewhere.
# seen: https://github.com/opendatalab/MinerU/issues/1242 ("目前nvidia-smi为525.147.05，最高支持cuda12.0")
_SMI_DRIVER = re.compile(r"nvidia-smi\s?(?:的)?\s?(?:版本号?|driver)?\s?(?:为|是|[:：]|is)\s?v?(\d{3}\.\d{2,3}(?:\.\d{2,3})?)",
                         re.I | re.A)

# A CUDA-shaped value called the driver ("我安装的驱动是 11.4", "我是driver 12.0"): the CUDA it reaches (driver.cuda). Not
# another vendor's or program's driver with such versions (AMD Catalyst 11.x/12.x, a JDBC driver 11.2, nvcc's "Cuda
# compiler driver", macOS "可驱动版本为11.6"), nor a three-part value.
# seen: https://github.com/chatchat-space/Langchain-Chatchat/issues/467 ("我安装的驱动是 11.4 ，torch 的 cuda 是 11.")
# seen: https://github.com/PaddlePaddle/PaddleSeg/issues/3171 ("我是driver 12.0 ，但我是跑11.7 cuda")
_DRIVER_CUDA_SHAPE = re.compile(r"\d{1,2}\.\d$", re.A)
_DRIVER_CUDA_OTHER = re.compile(
    r"\b(?:amd|ati|radeon|catalyst|adrenalin|intel|arc|rocm|mesa|compiler|jdbc|odbc|oracle|mysql|neo4j|chrome|selenium|"
    r"webdriver|mac\s?os|os\s?x|hackintosh|printer|realtek|audio|wi-?fi|bluetooth|network|ethernet|mellanox|ofed)\b|"
    r"可驱动|编译器|黑苹果|声卡|网卡|打印机", re.I | re.A)

# nvidia-smi named with a CUDA-shaped number and no CUDA word ("nvidia-smi shows 12.8", "CUDA Version shown by nvidia-smi:
# 13.2", "nvidia-smi显示12.2"): of nvidia-smi's two versions only its "CUDA Version" has that shape (driver.cuda). Not a
# size, a power or a share ("nvidia-smi shows 18.5 GB free", "12.5W", "100%").
# seen: https://github.com/hacksider/Deep-Live-Cam/issues/1862 ("CUDA Version shown by nvidia-smi: 13.2")
_SMI_CUDA = re.compile(r"nvidia-smi\s?(?:的|里|中|里的|中的)?\s?(?:显示|查看|shows?|says|reports|gives|output|输出)?\s?(?:的)?\s?"
                       r"(?:为|是|[:：]|is)?\s?v?(\d{1,2}\.\d)", re.I | re.A)
_SMI_CUDA_UNIT = re.compile(r"\s?(?:[GMKT]i?B|GB|MB|W\b|%|°|C\b|G\b|M\b|ms\b|s\b|MHz|GHz)", re.I | re.A)

_CUDA_CONTEXTS = (
    ("driver.cuda", re.compile(r"nvidia-smi|nvidia smi|\bdriver\b|驱动|Driver Version|NVIDIA-SMI|CUDA UMD", re.I | re.A)),
    ("nvcc.version", re.compile(r"\bnvcc\b|(?:^|[^a-z])toolkit\b|/usr/local/cuda|version\.txt", re.I | re.A)),
    ("torch.cuda", re.compile(r"used to build pytorch|torch\.version\.cuda|\b(?:built|compiled) (?:with|against)\b|编译", re.I | re.A)),
)

# The driver's CUDA ceiling said in words: "my driver only supports CUDA 11.4", "nvidia-smi为525.147.05，最高支持
# cuda12.0", "显卡驱动支持的 CUDA 最高 11.4", "my 3060 graphics card can only support up to cu11.6". It is what
# nvidia-smi's "CUDA Version" shows (driver.cuda), although the sentence has "support" in it, which otherwise
# marks another state than the installed one. The subject must be the driver (驱动, nvidia-smi) or, with a
# ceiling word (up to, 最高), the GPU; a torch or another library nearer to the value owns it instead.
# seen: https://github.com/opendatalab/MinerU/issues/1242
# seen: https://github.com/facebookresearch/dinov2/issues/20
# seen: https://github.com/voicepaw/so-vits-svc-fork/issues/400
# The ceiling word may come before "CUDA" too: "驱动支持的最高CUDA版本是11.6", "驱动支持的最高 cuda 版本为 12.2".
_CEILING = re.compile(
    r"(?:\b(?:only|just)\s)?(?:\bcan\s(?:only\s)?)?\bsupports?(?:\sonly)?(?:\s(?:up\s?to|at\smost|a\smax(?:imum)?\sof|"
    r"max(?:imum)?))?\s?(?:the\s)?(?:cuda|cu)\s?(?:version\s?)?[:：]?\s?(\d{1,2}\.\d{1,2})\b"
    r"|(?:最高|最多|最大|只|仅)(?:只|仅)?(?:能)?支持(?:到)?\s?(?:的)?\s?(?:cuda|CUDA|cu)\s?(?:版本)?\s?(?:为|是|到)?\s?(\d{1,2}\.\d{1,2})"
    r"|支持的\s?(?:cuda|CUDA)\s?(?:版本)?\s?(?:最高|最大|最多)\s?(?:版本)?\s?(?:为|是|到|[:：])?\s?(?:cuda|CUDA)?\s?(\d{1,2}\.\d{1,2})"
    # Session 27 (zh): the CUDA word before the ceiling word, "cuda版本最高支持11.6", "CUDA最高支持到12.2"; and the zh
    # guides' own name for nvidia-smi's number with no ceiling word, "显卡支持的CUDA版本为11.4", "驱动支持的cuda版本是11.6",
    # "驱动对应的CUDA版本为11.2" (_ceiling_subject says whose subject may own it); and what the driver brings, "目前驱动版本带的CUDA
    # 是12.2" (seen: https://github.com/stl88083365/unraid-nvidia-vgpu-driver/issues/32), "驱动自带的cuda是12.4".
    r"|(?:cuda|CUDA)\s?(?:版本号?)?\s?(?:最高|最多|最大)\s?(?:只|仅)?(?:能)?\s?支持(?:到)?\s?(?:的)?\s?(?:版本)?\s?(?:为|是|到)?\s?(?:cuda|CUDA)?\s?(\d{1,2}\.\d{1,2})"
    r"|(?:支持|对应|自?带)的\s?(?:cuda|CUDA)\s?(?:版本号?)?\s?(?:为|是|[:：])\s?(?:cuda|CUDA)?\s?(\d{1,2}\.\d{1,2})"
    r"|支持的\s?(?:最高|最大|最多)\s?(?:的)?\s?(?:cuda|CUDA)\s?(?:版本)?\s?(?:为|是|到|[:：])?\s?(\d{1,2}\.\d{1,2})"
    r"|\bmax(?:imum)?\s(?:supported\s)?cuda(?:\sversion)?\s?(?:supported\s)?(?:is\s)?[:：]?\s?(\d{1,2}\.\d{1,2})\b"
    # The CUDA word left out, the driver its subject and a ceiling word said ("驱动只支持到11.6", "驱动最高支持11.4", "my GPU
    # driver only supports up to 11.4"): read only with the driver (not the GPU) as the subject (_CEILING_BARE).
    r"|\bsupports?\s(?:only\s)?(?:up\s?to|at\smost)\s(?:version\s)?(\d{1,2}\.\d{1,2})\b"
    r"|\bonly\ssupports?\s(\d{1,2}\.\d{1,2})\b"
    r"|(?:最高|最多|最大|只|仅)(?:只|仅)?(?:能)?支持(?:到)?\s?(?:版本)?\s?(?:为|是|到)?\s?(\d{1,2}\.\d{1,2})",
    re.I | re.A)
# Without the CUDA word another versioned tool named after the driver owns the number ("the driver is fine, gcc only
# supports up to 11.2").
_CEILING_BARE_OTHER = re.compile(r"\b(?:gcc|g\+\+|clang|python|numpy|nvcc|toolkit|msvc|visual studio|cmake|ubuntu|"
                                 r"windows|macos|cudnn)\b", re.I | re.A)
# For the GPU as subject only a ceiling of a range counts ("up to", 最高): "my graphics card can only support
# cuda9.1" may mean an old card's own limit, not nvidia-smi's number.
# seen: https://github.com/lanyunshi/Multi-hopComplexKBQA/issues/24
_CEILING_WORD = re.compile(r"\b(?:up\s?to|at\smost|max|maximum)\b|最高|最多|最大|支持的\s?cuda\s?版本", re.I | re.A)
_CEILING_DRIVER = re.compile(r"nvidia-smi|nvidia smi|\bdrivers?\b|驱动", re.I | re.A)
_CEILING_GPU = re.compile(r"显卡|\b(?:gpu|graphics card|card)s?\b|\b(?:rtx|gtx)\s?\d{3,4}|\b\d{4}\s?(?:ti\s)?(?:graphics card|gpu|card)",
                          re.I | re.A)
# Another owner between the subject and the value: "the driver is fine but torch 2.1 supports CUDA 11.8".
_CEILING_OTHER = re.compile(r"\b(?:py)?torch\b|\bproject\b|\bversion of\b|项目|框架", re.I | re.A)
# A relative "which" is no question: "nvidia drivers from Debian, which is version 550 and supports only CUDA 12.4", "the
# driver, which only supports CUDA 11.4". Only for the ceiling's clause; everywhere else "which" still marks a question.
# seen: https://github.com/NeptuneHub/AudioMuse-AI/issues/468
_RELATIVE_WHICH = re.compile(r"\bwhich\s(is|only|can|supports?)\b", re.I | re.A)
# A ceiling asked for, wished or needed is not the installed driver's.
_CEILING_ELSEWHERE = re.compile(
    r"\b(?:need|needs|needed|require|requires|required|must|should|want|wants|wanted|would|will|install|"
    r"installing|upgrade|upgraded|update|updated|new|newer|latest)\b|需要|要求|应该|想|升级|更新|安装|新版",
    re.I | re.A)

# torch's CUDA variant named without a version: "pytorch with cu117", "torch (cu121)", "cu121版本的pytorch", "the cu118
# build of torch" (torch.build; its CUDA follows from it).
# seen: https://github.com/voicepaw/so-vits-svc-fork/issues/200
_TORCH_VARIANT = re.compile(
    r"\b(?:py)?torch\s?(?:with\s|[-(（:：]\s?)?(cu\d{2,3})\b"
    r"|\b(cu\d{2,3})\s?(?:版本的|版的|的|\sbuild of\s|\sbuilds of\s|\sversion of\s|\swheel of\s)\s?(?:the\s)?(?:py)?torch\b", re.I | re.A)

# torch's CUDA said right after its version: "pytorch 1.7 with cuda 10.1", "PyTorch 1.12.1 (CUDA 11.3)",
# "torch 1.6 + cuda 10.2", and glued into the version ("pytorch1.6+cuda10.2"): the build the user installed. A CUDA
# in its own clause ("torch版本1.13.1，cuda11.7") may be nvcc's or the driver's, so not that.
# seen: https://github.com/pytorch/pytorch/issues/45021
# ...and glued with an underscore, as conda names its builds ("pytorch 0.4.1_cuda9.2_cudnn7.1.4"), or a hyphen
# ("pytorch:0.3.0-cuda9.0", seen: https://github.com/multimodallearning/pytorch-mask-rcnn/issues/94).
# seen: https://github.com/pytorch/pytorch/issues/28752
_TORCH_WITH_CUDA = re.compile(r"\s?(?:\+\s?|[_-]|with\s|w/\s?|[(（]\s?)cuda\s?[:=]?\s?(\d{1,2}\.\d)(?:[^0-9.]|\.\d|\.\s|\.$|$)", re.I | re.A)
# The build's tag said right after torch's version, apart from it: "torch 2.8 cu128", "PyTorch 2.6.0 (cu124)",
# "pytorch 1.10.0 [cu113]": the variant installed, as "+cu128" would say. A following word ("torch 2.3 cu121 wheel
# is missing") changes nothing: the tag names the build either way.
# seen: https://github.com/mmartial/ComfyUI-Nvidia-Docker/issues/43 ("pytorch 2.7.0+cu126 instead of pytorch 2.7.0+cu128")
# The suffix spaced off its version ("PyTorch 2.8.0 + cu129", "torch2.1 + cu117") or glued to a two-part version
# ("torch 2.1+cu118") is the same tag.
# seen: https://github.com/Dao-AILab/flash-attention/issues/236 ("torch2.1 + cu117")
_TORCH_VERSION_VARIANT = re.compile(r"\s?(?:[(（\[]\s?|\s|-|_|\+\s?)(cu\d{2,3})\b", re.I | re.A)
_CUDA_LOCAL = re.compile(r"^(\d{1,2}\.\d{1,3}(?:\.\d{1,3})?)\+cuda(\d{1,2}\.\d)$", re.I | re.A)

_TOOLKIT_AFTER = re.compile(r"\s?(?:cuda\s?)?toolkit", re.I | re.A)
# The progressive said as well: "is_available() is returning False", "keeps giving false".
# seen: https://github.com/googlecolab/colabtools/issues/482
# Chinese with the result named: "torch.cuda.is_available()的结果是True" (seen:
# https://github.com/doublechenching/brats_segmentation-pytorch/issues/1), "输出为True", "返回值是False".
# Also an app's or a script's own "CUDA available: False" line (seen: https://github.com/nicolasdiolez/360Extractor/issues/9,
# https://github.com/JBjoernskov/Twin4Build/issues/167), the words without the call.
# An adverb before the verb: "always return false" (seen: https://github.com/pytorch/pytorch/issues/40682),
# "torch.cuda.is_available() 就是False" (seen: https://github.com/THU-MIG/yolov10/issues/218), "还是False".
# ...and after it: "torch.cuda.is_available() is always False" (seen: https://github.com/pytorch/pytorch/issues/18690),
# "is still False", "returns always false".
# The call as people retype it: "cuda.available is returning false" (seen:
# https://github.com/ZQPei/deep_sort_pytorch/issues/102), "torch.cudais_available is false" (seen:
# https://github.com/syorami/DDC-transfer-learning/issues/3), "avilable"/"avaliable"; "it shows True" (seen:
# https://github.com/THU-KEG/PKGC/issues/2); "already"/"已经" before the verb.
# Session 27 (zh): the call as Chinese input methods type it, full-width "is_available（）" (seen:
# https://github.com/babysor/MockingBird/issues/456), its closing quote and backtick when quoted from a command (ChatGLM's
# issue form: "- CUDA Support (`python -c "import torch; print(torch.cuda.is_available())"`) : False", seen:
# https://github.com/zai-org/ChatGLM2-6B/issues/426), a full-width colon, "确实返回false" (seen:
# https://github.com/chenyme/Chenyme-AAVT/issues/21), "显示的是true" (seen: https://github.com/opendatalab/MinerU/issues/2247),
# "打印出来是False", "得到False", "的值是False", and the traditional "為true" (seen: https://github.com/RVC-Boss/GPT-SoVITS/issues/2347).
# Session 29: the call in Markdown backticks with the value after it, "`torch.cuda.is_available()` returns `False`" (seen:
# https://github.com/QEngineering/PyTorch-Jetson-Nano/issues/2, https://github.com/openclimatefix/archives-satflow/issues/18:
# the closing backtick used to stop the read); the value after a connective and a subject, "I checked
# torch.cuda.is_available() and got False", "and it says False", "gives me False", "and is returning False"; "ran
# `torch.cuda.is_available()` it returned `false`" (seen: https://github.com/ROCm/legacy-rocm-build/issues/4650).
_IS_AVAILABLE = re.compile(
    r"(?:cuda(?:\s?\.\s?)?(?:is_?)?av[a-z]{3,7}(?:\(\s*\)|（\s*）)?|\bcuda[ _]available)\s*\)?(?:[\"'`]{1,2}\s?\)?)?\s*"
    r"(?:(?:still|always|just|now|also|again|only|already)\s+|(?:就|却|还是|还|仍然|仍旧|仍|依然|依旧|一直|始终|确实|果然|竟然|居然|都|也|总|总是|已经|已)\s*)?"
    r"(?:(?:and|then|but|so)\s+(?:(?:it|i|this|that|we)\s+)?(?:(?:still|always|just|only|is|was|keeps)\s+)?"
    r"(?:got|get|gets|says|said|returns?|returned|returning|gives?|gave|giving|shows?|showed|showing|prints?|printed|"
    r"outputs?|outputted)"
    r"(?:\s+(?:me|us|back))?|(?:gives|gave|returns|returned)\s+(?:me|us|back)|"
    r"(?:is|was|keeps|still|always)\s+(?:returning|giving|"
    r"showing|printing)|(?:it\s+)?(?:shows|showed|says|said|prints|printed|outputs)|it\s+(?:returns|returned|gives|gave)|"
    r"returns|returned|return|gives|gave|yields|yielded|produces|produced|is|was|==|=|->|-+>|:|：|"
    r"的结果是|的结果为|的返回值是|的输出是|结果是|返回值是|返回值为|返回的是|返回了|返回|输出为|输出是|输出的是|输出结果是|输出结果为|输出|"
    r"打印出来的是|打印出来是|打印出来为|打印结果是|打印结果为|打印为|打印出|得到的是|得到的结果是|得到|的值是|的值为|值为|"
    r"显示为|显示是|显示的是|為|是為|返回值為|結果是|結果為|顯示|为|是|结果为|显示)?"
    r"\s*(?:(?:always|still|just|now|again|only|constantly|consistently)\s+)?"
    r"\s*[*`'\"]*\s*(true|false)\b", re.I | re.A)
# Session 29: the value said in the clause after the call, past a comma (clauses split there): "我在代码里打印
# torch.cuda.is_available()，结果是False", "I ran torch.cuda.is_available(), it returns False". Only when the call ends
# its clause and the next clause opens with the result.
_AVAIL_CALL_END = re.compile(r"(?:is_?av[a-z]{3,7}|cuda[ _]available)\s*(?:\(\s*\)|（\s*）)?\s*\)?[\"'`]{0,2}\s*\)?\s*$", re.I | re.A)
_AVAIL_NEXT = re.compile(
    r"\s*(?:(?:and|then|but|so)\s+)?(?:(?:it|this|that|which|i|we)\s+)?(?:(?:still|always|just|only)\s+)?"
    r"(?:returns?|returned|gives?|gave|got|gets?|says|said|shows?|showed|prints?|printed|outputs?|is|was|"
    r"结果是|结果为|结果|返回值是|返回值为|返回的是|返回了|返回|输出为|输出是|输出的是|输出|显示为|显示是|显示的是|显示|"
    r"打印出来是|打印出来的是|打印结果是|打印出|得到的是|得到|还是|仍然是|依然是|却是|就是|都是|是|为)"
    r"\s*[:：]?\s*[*`'\"]*\s*(true|false)\b", re.I | re.A)
# The cheap look for a line or clause _IS_AVAILABLE may read.
_AVAIL_HINT = re.compile(r"is_?av|cuda[ _]available|cuda\s?\.\s?av", re.I | re.A)
_TORCH_VERSION_CUDA = re.compile(r"torch\.version\.cuda\s*\)?\s*(?:[:=]|->|returns|is|输出|返回|为|是)?\s*['\"]?"
                                 r"(\d{1,2}\.\d{1,2})\b", re.A)
_USED_TO_BUILD = re.compile(r"CUDA used to build PyTorch\s?[:：]?\s?(\d{1,2}\.\d{1,2})", re.I | re.A)
_TORCH_DUNDER = re.compile(r"torch\.__version__\s*\)?\s*(?:[:=]|->|returns|is|输出|返回|为|是)?\s*['\"]?"
                           r"(\d{1,2}\.\d{1,3}(?:\.\d{1,3})?(?:\+[A-Za-z0-9.]{1,32})?)", re.A)
# torch.utils.cpp_extension's message: nvcc's CUDA and torch's, both named.
_DETECTED_CUDA = re.compile(r"detected CUDA version \((\d+\.\d+)\) mismatches the version that was used to "
                            r"compile\s+PyTorch \((\d+\.\d+)\)", re.I | re.A)
_PIP_CONFLICT = re.compile(
    r"([A-Za-z0-9][A-Za-z0-9._-]{0,60}) (\d[^\s,]{0,40}) (?:requires|has requirement) [^,]{1,200}, but "
    r"you(?: have|'ll have| will have) ([A-Za-z0-9][A-Za-z0-9._-]{0,60}) (\d[^\s,]{0,40}) which is incompatible", re.A)
_SUCCESS = re.compile(r"^\s*Successfully installed\s+(.+)$", re.A)
_ALREADY = re.compile(r"^\s*Requirement already satisfied:\s*([A-Za-z0-9][A-Za-z0-9._-]{0,60})\S*\s+in\s+"
                      r".{1,400}\((\d[^()\s]{0,40})\)\s*$", re.A)

# "inside a docker container", "in docker", "进入docker内部", "容器里": the text runs in a container.
_IN_CONTAINER = re.compile(
    r"\b(?:in|inside|within|into|from) (?:a |the |my |our |this |that )?(?:docker|podman|nvidia-docker|kubernetes|k8s)"
    r"(?: container| image| pod)?\b|\b(?:in|inside|within) (?:a |the |my |this )?container\b|"
    r"(?:docker|podman|容器)\s?(?:内部|里面|内|里|中)|进入\s?(?:docker|容器)|/\.dockerenv", re.I | re.A)

# --- GPUs -----------------------------------------------------------------------------------

_GEFORCE = re.compile(r"(?:^|[^A-Za-z0-9])(?:nvidia\s?)?(?:geforce\s?)?(rtx|gtx|gt|mx)\s?-?\s?(\d{3,4})", re.I | re.A)
# Maxwell notebook parts written number first, "MX" after: "GeForce 920MX", "NVIDIA  930mx", "Nvidia 940mx" (the MX1xx..MX5xx
# parts put MX first and are read above).
# seen: https://github.com/r9y9/deepvoice3_pytorch/issues/109 ("Found GPU0 GeForce 920MX which is of cuda capability 5.0.")
# seen: https://github.com/pytorch/pytorch/issues/9356 ("NVIDIA  930mx", invalid device function)
_MX_AFTER = re.compile(r"(?:^|[^A-Za-z0-9])(?:nvidia\s{0,2})?(?:geforce\s?)?(9[234]0)\s?mx\b", re.I | re.A)
# A desktop card written with GeForce but without its family word ("I have old GPU (geforce 660)", a GTX 660): only
# after the word GeForce, three digits or one of the GeForce model numbers (_GPU_NUMBERS: "GeForce 1060"); the table
# (rules/knowledge/gpus.yaml) turns the name into a capability or leaves it unknown. Not the notebook parts named
# "GeForce 940M" / "920M": said beside an out-of-memory error they misled the tables (a test-split cuda-oom report
# got gpu-arch-unsupported), so they stay with torch's own warning, which names them.
# seen: https://github.com/mindsdb/lightwood/issues/355 ("I have old GPU (geforce 660), so assume cuda should not be used")
_GEFORCE_BARE = re.compile(r"(?:^|[^A-Za-z0-9])(?:nvidia\s?)?geforce\s?(\d{3,4})(?:[^A-Za-z0-9.]|$)", re.I | re.A)
# NVIDIA's chip codes look like a GeForce GT ("NVIDIA GT218 GeForce 210", lspci's "GT216 [GeForce GT 220]"): GT200, GT215,
# GT216 and GT218 are chips, no card is sold under those numbers.
# seen: https://github.com/NVlabs/Deep_Object_Pose/issues/170 ("I have NVIDIA GT218 GeForce 210")
_GT_CHIP = re.compile(r"gt2(?:00|1[568])$", re.I | re.A)
# Kepler Tesla cards are written with their variant letter ("Tesla K40m", "tesla K40c", "Tesla K20c").
# seen: https://github.com/pytorch/pytorch/issues/30532 ("I am using a Tesla K40m")
# seen: https://github.com/THUDM/CogDL/issues/26 ("tesla K40c, pytorch1.4")
_DATACENTER = re.compile(
    # "RTX 2000E Ada" (the single-slot 2000 Ada), "Jetson Thor", "Tesla V100S" (before V100), "Quadro GP100", "RTX A500"
    # (three digits), "B100", "NVIDIA A2" (only with NVIDIA before it, below).
    # A count glued before the model, the usual hardware line: "4xV100 32GB GPU", "8xA100", "2×T4" (a count from 1, so that a
    # hex literal such as "0xa10" is not read as an A10).
    # seen: https://github.com/black-forest-labs/flux/issues/125 ("- 4xV100 32GB GPU")
    r"(?:^|[^A-Za-z0-9])(?:[1-9]\d?[x×*])?(?:nvidia\s?)?(?:tesla\s?)?(rtx\s?\d{4}e?\s?(?:sff\s?)?ada|gtx\s?titan\s?x|jetson\s?thor|"
    r"jetson\s?(?:agx\s?)?(?:orin|xavier)(?:\s?(?:nx|nano))?|jetson\s?nano|jetson\s?tx[12]|gb10|a100|a800|a6000|a5000|a4000|a40|a30|a10g|a10|a2|h100|h800|h200|"
    r"gh200|h20|b100|b200|gb200|b300|l40s|l40|l20|l4|t4|v100s|v100|p100|p40|p4|k80|k40[cm]?|k20[cmx]?|m40|m60|titan\s?rtx|titan\s?xp|titan\s?v|"
    r"titan\s?x|quadro\s?rtx\s?\d{4}|quadro\s?[kmpt]\d{3,4}m?|gtx\s?titan\s?(?:black|z)|quadro\s?gp100|t(?:1000|1200|2000|600|550|500|400)|quadro\s?gv100|rtx\s?a\d{3,4}|rtx\s?pro\s?\d{4}|"
    # NVIDIA's DGX Spark is one machine with one GPU, the GB10 ("We just got some DGX Spark machines").
    # seen: https://github.com/mllam/neural-lam/issues/163
    r"dgx[\s-]?spark|"
    # NVIDIA's CMP mining cards ("NVIDIA CMP 30HX", "CMP 40HX", "cmp170hx").
    # seen: https://github.com/AUTOMATIC1111/stable-diffusion-webui/pull/12710 ("Add CMP 40HX graphics card support")
    r"cmp\s?\d{2,3}\s?hx|"
    # The Pascal mining cards sold without display outputs: P102-100 (GP102), P104-100 (GP104), P106-100 / P106-090 (GP106),
    # compute capability 6.1 like the GeForce parts on the same chips ("P106-100 ... Compute Capability sm_61").
    # seen: https://github.com/NVlabs/cule/issues/21, https://github.com/firoorg/ccminer/issues/8
    r"p10[246][\s-]?(?:100|090))", re.I | re.A)
# A bare model number needs a word that makes it a GPU: "3060 laptop", "显卡是3060", "5070Ti", "4090D",
# "several 3080 GPUs", "on 3090 GPUs", "two 2080 cards".
# seen: https://github.com/pytorch/pytorch/issues/45021
# seen: https://github.com/PKU-YuanGroup/Video-LLaVA/issues/22
_BARE_SUFFIXED = re.compile(r"(?:^|[^A-Za-z0-9.])(\d{4})\s?(ti|super|d|laptop|mobile|笔记本|移动版|显卡|gpus?\b|cards?\b)",
                            re.I | re.A)
# An issue template's field keeps its brackets: "- GPU: [4070Tui]" (seen: https://github.com/D-Ogi/WatermarkRemover-AI/issues/50).
# The vendor may stand between the word and the number: "我的显卡型号是 英伟达3070 移动版" (seen:
# https://github.com/facefusion/facefusion/issues/138), "my GPU is NVIDIA 3060".
_BARE_AFTER_WORD = re.compile(r"(?:显卡|gpu|graphics card)\s?(?:型号)?\s?(?:是|为|:|：|用的是|用的)?\s?(?:(?:nvidia|英伟达|geforce)\s?)?\[?(\d{4})"
                              r"(?:[^0-9.]|$)", re.I | re.A)
# A bare model number owned by the user: "running arch on a 4090", "my 3090 runs it", "on 4090s"; only the
# GeForce numbers (_GPU_NUMBERS) and never glued to a version, a path or a unit ("a 4090.5", "my 3090/").
# seen: https://github.com/domesticatedviking/TextyMcSpeechy/issues/49
# seen: https://github.com/nanoporetech/dorado/issues/37 ("This is on a 1080")
# seen: https://github.com/SleepyLin/TASR/issues/2 ("我使用3090出现爆显存问题")
# A count of cards before it, the usual Chinese hardware line: "8卡4090训练报错" (seen:
# https://github.com/hiyouga/LlamaFactory/issues/3216).
_BARE_OWNED = re.compile(r"(?:^|[^A-Za-z0-9])(?:my|a|an|our|the|single|one|two|four|eight|on|with)\s(\d{4})s?"
                         r"(?:[\s,;:!?)]|\.(?:\s|$)|$)"
                         r"|(?:用的是|用的|使用|用|我的|一块|一张|两块|两张|四块|八块|单卡|双卡|[1-9]卡|[两四八]卡)\s?(\d{4})(?:[^0-9.A-Za-z]|$)"
                         r"|在\s?(\d{4})\s?(?:显卡)?上"
                         # ...or named with the vendor only: "a windows 11 machine with a NVIDIA 3070" (seen:
                         # https://github.com/PacktPublishing/Modern-Time-Series-Forecasting-with-Python/issues/1).
                         r"|(?:^|[^A-Za-z0-9])nvidia\s(\d{4})s?(?:[\s,;:!?)]|\.(?:\s|$)|$)"
                         # ...in Chinese, "英伟达3070 移动版" (seen: https://github.com/facefusion/facefusion/issues/138).
                         r"|英伟达\s?(\d{4})(?:[^0-9.A-Za-z]|$)", re.I | re.A)
# ...or a verb of having or using one: "I am using a 4090 cuda V11.8.89" (seen:
# https://github.com/victorca25/traiNNer/issues/72), "the GPU (4090) is on 0" (seen:
# https://github.com/xuebinqin/DIS/issues/119), "I have a 3080".
_BARE_AFTER_VERB = re.compile(r"(?:\b(?:using|have|got|with)\s+an?|\bgpu\s?\()\s?(\d{4})(?:[^0-9.]|$)", re.I | re.A)
# ...or in a hardware line: a count ("1x 4090 or 2x 4090s", "3090*8"), the memory before it ("单张 24GB 4090"), or the
# CPU after it ("5090+i9-14th").
# seen: https://github.com/haotian-liu/LLaVA/issues/60
# seen: https://github.com/SAIS-FUXI/VidGen/issues/3
# seen: https://github.com/Hellod035/LeggedLab/issues/26
_BARE_SPEC = re.compile(r"(?:^|[^A-Za-z0-9.])(?:\d{1,2}\s?[x×*]\s?(\d{4})s?(?:[^0-9A-Za-z.]|$)|\d{1,2}\s?gb?\s(\d{4})(?:[^0-9A-Za-z.]|$)"
                        r"|(\d{4})\s?\+\s?(?:i[3579]\b|ryzen|xeon|epyc))", re.I | re.A)
# A GeForce generation as a series: "RTX 50 series", "RTX 40-series", "50系显卡", "30系列显卡", "40系N卡".
# Without RTX/GTX in front, a GPU word must follow ("50 series GPU", "50系显卡"): "3.10 series" is Python.
# seen: https://github.com/Yuliang-Liu/MonkeyOCR/issues/90 ("版本不支持50系显卡")
# The generation also written with its hundreds after RTX/GTX: "the RTX 5000 series", "RTX 4000-series" (a Quadro RTX 5000
# is one card, never a series). seen: https://github.com/Haoming02/sd-webui-forge-classic/issues/8
_SERIES = re.compile(r"(?:^|[^A-Za-z0-9.])(?:(?:nvidia\s?)?(?:geforce\s?)?(rtx|gtx)\s?)?(50|40|30|20|16|10)(00)?\s?"
                     r"(?:系列?|-?\s?series)(\s?(?:的)?\s?(?:显卡|n卡|卡|gpus?\b|cards?\b|graphics))?", re.I | re.A)
_GPU_NUMBERS = re.compile(r"^(?:10[5-8]0|16[56]0|20[5-8]0|30[5-9]0|40[5-9]0|50[5-9]0)$", re.A)
_GPU_TAIL = re.compile(r"\s?(ti|super|d|laptop|mobile|max-q|笔记本|移动版)", re.I | re.A)

_NVIDIA_WORDS = re.compile(r"\bnvidia (?:gpu|graphics card|card)s?\b|\bcuda(?:-capable|-enabled)? (?:gpu|device)s?\b|"
                           r"(?:nvidia|英伟达)\s?(?:显卡|gpu)|N卡", re.I | re.A)
# Windows names the NVIDIA driver by its own version (Device Manager, dxdiag, Task Manager, GPU-Z): "版本：23.21.13.9135",
# "Driver Version: 31.0.15.3623". Its last five digits are NVIDIA's version (23.21.13.9135 = 391.35, 31.0.15.3623 =
# 536.23). NVIDIA's are 2x.21.1x.xxxx and 3x.0.1x.xxxx; Intel's are 20.19.15.xxxx, 2x.20.1xx.xxxx, 31.0.101.xxxx and AMD's
# 3x.0.2xxxx.xxxx, so the second group and a two-digit third group starting with 1 tell NVIDIA's apart.
# seen: https://github.com/PaddlePaddle/PaddleX/issues/164 ("主驱动程序：nvldumdx.dll ... 版本：23.21.13.9135")
# seen: https://github.com/SYSTRAN/faster-whisper/issues/42 ("main driver is 31.0.15.1694")
_WIN_NV_DRIVER = re.compile(r"(?:\bdriver(?:\s?version)?|驱动(?:程序)?(?:\s?版本)?|版本|\bversion)\s?[:：=]?\s?(?:is\s)?v?"
                            r"(?:2[0-9]\.21|3[0-3]\.0)\.1(\d)\.(\d{4})(?:[^0-9.]|\.?$)", re.I | re.A)
_CHECK_THAT = re.compile(r"\b(?:check that|make sure|ensure|if you|whether)\b|请确认|请检查|确保", re.I | re.A)
# torch's own words about the checkpoint, not the user's machine: "Attempting to deserialize object on a CUDA device
# but torch.cuda.is_available() is False" is what torch.load says on a machine where CUDA does not work, most often
# one without any NVIDIA GPU (a CPU-only laptop loading a checkpoint saved on a GPU). Its "CUDA device" is where the
# tensors were saved from. (The "... on CUDA device 1 but torch.cuda.device_count() is 1" variant names this
# machine's GPUs by count, not by this clause.)
# seen: https://github.com/hkchengrex/Cutie/issues/37 ("i only have cpu in my computer")
# Session 40: PaddlePaddle's own start-up warning on any machine where its GPU build finds no usable device ("You are using
# GPU version Paddle, but your CUDA device is not set properly. CPU device will be used by default.") names a "CUDA device"
# as the program's words, not the reporter's machine (seen: lazydog28/mc_auto_boss#62 on an Iris Xe laptop,
# PaddlePaddle/PaddleClas#965 on a GTX machine with an old driver).
_TORCH_SAYS = re.compile(r"deserialize object on a CUDA device|your CUDA device is not set properly", re.I | re.A)
# What CUDA needs, not what this machine has: "CUDA requires an NVIDIA GPU", "cuda 是英伟达显卡的标识",
# "只有N卡才能用cuda". A possessive (英伟达显卡的…, NVIDIA GPU's) describes NVIDIA cards in general.
_GENERIC = re.compile(r"\b(?:requires?|needs?|designed for|only (?:works|runs) (?:on|with))\b|需要|才能|才可以|"
                      r"才支持|只支持|仅支持|专用|标识|标志", re.I | re.A)
_NEGATED = re.compile(r"\b(?:no|not|without|any)\s|没有|无|不是", re.I | re.A)
# Session 30: the GPU denied in more words than _NEGATED's twelve characters hold, read back from the vendor over a wider
# window that must END at it. English: a denial ("n't", "dont", "doesn't", "isn't", "haven't", "not", "never") then at
# most three words of thinking or seeming ("don't think I have", "doesn't seem to have", "do not even have"), an optional verb of having ("have", "has", "got", "own", "contain", "come with", "include", "equipped with") and
# at most two determiners or adjectives ("an", "any", "a dedicated"); "no" and "without" with those words only ("no
# dedicated NVIDIA GPU"; "No I have an NVIDIA GPU" answers a question). "I don't have an NVIDIA GPU, python 3.10" is no
# NVIDIA GPU; a symptom keeps it, its verb is none of these ("can't use my NVIDIA GPU", "doesn't detect the NVIDIA GPU"),
# and so does a denial in an earlier clause ("it does not work and I have an NVIDIA GPU": "work" is no word of thinking).
# Chinese: 没有/没/无/不是/并非 right before the vendor, with at most a measure word or 独立 between ("我电脑没N卡",
# "没英伟达显卡"); 没 alone only there ("没识别到N卡" is a symptom on an NVIDIA machine).
# seen: https://github.com/RUC-NLPIR/FlashRAG/issues/49 ("don't think I have Nvidia GPU in my mac", an M2 Max)
# seen: https://github.com/xingdi-eric-yuan/MatchLSTM-PyTorch/issues/6 ("my computer doesn't have a NVIDIA GPU")
# seen: https://github.com/salesforce/CodeGen/issues/8 ("I dont have any NVIDIA graphics card")
# seen: https://github.com/OndrejTexler/Few-Shot-Patch-Based-Training/issues/3 ("I don't have a nvidia gpu")
# Session 40: "no" with a word of fitness between, as programs print it when they fall back to the CPU: RVC's and its forks'
# "No supported Nvidia GPU found, use CPU instead" (RVC-Project#1726 on an Intel Iris Xe laptop, #2642 on an RX 7900 XT),
# "no compatible NVIDIA GPU", "no CUDA-capable NVIDIA GPU". The program found none: no NVIDIA GPU is stated by it, whatever
# machine it ran on (the same line on an NVIDIA machine with a CPU build of torch, Mangio-RVC-Fork#108, RVC#2171, comes
# with the card named in the reporter's own words, which still gives the vendor).
_NEGATED_TAIL = re.compile(
    r"(?:n['’]t|\b(?:dont|doesnt|didnt|havent|hasnt|isnt|wasnt|aint|not|never))\s+"
    r"(?:(?:think|believe|guess|seem|seems|to|even|really|actually|currently|i|we|it|that)\s+){0,3}"
    r"(?:(?:have|has|had|own|owns|got|contain|contains|come with|comes with|include|includes|equipped with)\s+)?"
    r"(?:(?:an?|any|the|one|single|dedicated|discrete|separate|proper|real)\s+){0,2}$"
    r"|\b(?:no|without)\s+(?:(?:an?|any|one|single|dedicated|discrete|separate|proper|real|supported|compatible|"
    r"available|usable|suitable|working|valid|detected|eligible|cuda[- ]?(?:capable|compatible|enabled))\s+){0,2}$"
    r"|(?:没有|没|无|不是|并非|并没有)\s?(?:一张|一块|一个|独立的?)?\s?$", re.I | re.A)

# --- operating systems ----------------------------------------------------------------------

_WINDOWS_PLATFORM = re.compile(r"\bWindows-(\d+)-(\d+\.\d+\.\d+)", re.I | re.A)
_LINUX_PLATFORM = re.compile(r"\bLinux-(\d+\.\d+[A-Za-z0-9._+-]{0,80})", re.A)
_MACOS_PLATFORM = re.compile(r"\bmacOS-(\d+\.\d+(?:\.\d+)?)-(arm64|x86_64)", re.I | re.A)
# rocminfo prints "WSL environment detected." first under WSL (seen: ROCm/hip#3710).
_WSL = re.compile(r"microsoft-standard-WSL2?|\d-Microsoft\b|\bWSL\s?2\b|\bWSL environment detected\b", re.I | re.A)
# Also lower-case "running on windows", upper-case "WIN11", and Windows' own Task Manager ("任务管理器中，GPU显示为3%"):
# seen: dmMaze/BallonsTranslator#139, hiyouga/LlamaFactory#3545, babysor/MockingBird#902. Not a bare lower-case
# "windows" (sliding windows, time windows).
# An environment form's field ("OS: windows", seen: MorvanZhou/PyTorch-Tutorial#30), and lower-case Windows written
# against Chinese ("在windows下num_workers必须设置为0", seen: SunshineWYC/BlockGaussian#27; "windows系统", "在win下", seen:
# WZMIAOMIAO/deep-learning-for-image-processing#198).
_WINDOWS_WORD = re.compile(r"\bWindows\b|\b[Ww]in(?:dows)?\s?(?:7|8|10|11)\b|\bWIN\s?(?:7|8|10|11)\b|\bon win32\b|"
                           r"\b(?:on|under|using) windows\b|任务管理器|"
                           r"\b(?:OS|os|Os|System|system|Platform|platform)\s?[:：]\s?windows\b|"
                           r"\b[Ww]in(?:dows)?\s?(?:下|系统|环境|平台|电脑)|(?:在|用)\s?[Ww]in(?:dows)?\b", re.A)
# Windows named only to be set aside: "on Linux platform (not Windows)" (seen: pytorch/pytorch#46802), "instead of
# Windows", "rather than Windows", "非Windows", "不是windows".
_OS_EXCLUDED = re.compile(r"(?:\bnot|\bnon-?|\binstead of|\brather than|\bexcept|非|不是|而不是)\s?\(?$", re.I | re.A)
_LINUX_DISTRO = re.compile(r"\b(ubuntu|debian|centos|fedora|linux\s?mint|linuxmint|rocky linux|almalinux|"
                           r"opensuse|arch linux|manjaro|rhel)\s?(\d{1,2}(?:\.\d{1,2})?(?:\.\d{1,4})?)?", re.I | re.A)
# A package's version after the distro's name is no release: "gcc (Ubuntu 7.5.0-3ubuntu1~18.04) 7.5.0" (a compiler line
# of collect_env and mmcv's env report) is Ubuntu 18.04, the release after "~" (Debian's backport suffix), not Ubuntu 7.5.0.
_PACKAGE_VERSION_TAIL = re.compile(r"-\d|-?(?:ubuntu|deb|el)\d", re.I | re.A)
_BACKPORT_RELEASE = re.compile(r"~(?:\w{0,12}?)(\d{2}\.\d{2})\b", re.A)


def _distro_said(m: re.Match, clause: str) -> str:
    """The distro a _LINUX_DISTRO match names: "Ubuntu 20.04"; from a package version, the release after "~" or none."""
    if m.group(2) and _PACKAGE_VERSION_TAIL.match(clause, m.end()):
        rel = _BACKPORT_RELEASE.search(clause, m.end(), m.end() + 40)
        return f"{m.group(1)} {rel.group(1)}" if rel else m.group(1)
    return re.sub(r"\s+", " ", m.group(0)).strip()


# Also an issue template's OS field ("- OS: mac 13.0", "操作系统：Mac", seen: zai-org/ChatGLM-6B#549) and a
# release's name with its number ("Sonoma 14.2", "Big Sur 11.6"): without the number those are places.
_MACOS_WORD = re.compile(r"\bmac\s?os\s?(?:x\s?)?(\d{2}(?:\.\d{1,2})?)?|\bapple (?:m[1-5]|silicon)\b|"
                         r"(?:\b(?:os|system|platform)|操作系统|系统)\s?[:：]\s?(?:apple\s)?mac\b|"
                         r"\b(?:big sur|monterey|ventura|sonoma|sequoia|tahoe)\s(?:1[1-9]|2[0-9])(?:\.\d{1,2}){0,2}\b", re.I | re.A)


def _ascii_word_char(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c == "_")


def _boundary_before(s: str, i: int) -> bool:
    """No letter, digit, or path/identifier glue right before position i ("libtorch", "/torch")."""
    return i == 0 or not (_ascii_word_char(s[i - 1]) or s[i - 1] in "./\\-")


def _name_ends(s: str, j: int) -> bool:
    """The name ends at j: not "torch_scatter", "torch.cuda", "pytorch-lightning"."""
    if j >= len(s):
        return True
    c = s[j]
    if c.isascii() and c.isalpha() or c == "_":
        return False
    if c in ".-" and j + 1 < len(s) and s[j + 1].isascii() and s[j + 1].isalpha() and s[j + 1] not in "vV":
        return False
    return True


def _value_ends(s: str, j: int) -> bool:
    """A version ends at j: not "2.3.0-cp310", "2.1.0/", "2.0.1a0x"."""
    if j >= len(s):
        return True
    c = s[j]
    if c == "-" and s[j + 1:j + 3].lower() == "cu" and s[j + 3:j + 4].isdigit():
        return True  # "Torch2.10.0-cu130": the build's tag glued with a hyphen (_TORCH_VERSION_VARIANT reads it)
    if c in "_-" and s[j + 1:j + 5].lower() == "cuda" and s[j + 5:j + 6].isdigit():
        # "pytorch 0.4.1_cuda9.2_cudnn7.1.4" (the conda build's name), "pytorch:0.3.0-cuda9.0": its CUDA glued
        return True  # (_TORCH_WITH_CUDA reads it)
    return not (c.isascii() and (c.isalnum() or c in "_/\\") or c == "-" and j + 1 < len(s) and s[j + 1].isalnum())


def _read_version(s: str, start: int, rx: re.Pattern = _VERSION) -> tuple[str, int] | None:
    f = _FILLER.match(s, start, min(len(s), start + WINDOW))
    pos = f.end() if f else start
    m = rx.match(s, pos, min(len(s), pos + 64))
    if not m:
        return None
    value, end = m.group(1), m.end()
    while value.endswith("."):
        value, end = value[:-1], end - 1
    if not _value_ends(s, end):
        return None
    return value, end


def _major(v: str) -> int:
    return int(v.split(".", 1)[0])


def _public(v: str) -> str:
    return v.split("+", 1)[0]


def _sentences(text: str) -> Iterable[tuple[str, bool]]:
    """(sentence, ends with a question mark)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        yield text[start:m.end()], m.group(0) in "?？"
        start = m.end()
    if start < len(text):
        yield text[start:], False


def _clauses(sentence: str) -> list[str]:
    out, start = [], 0
    for m in _CLAUSE_SPLIT.finditer(sentence):
        out.append(sentence[start:m.start()])
        start = m.end()
    out.append(sentence[start:])
    return out


# --- the reader -----------------------------------------------------------------------------

class _Reader:
    def __init__(self) -> None:
        self.said: list[Stated] = []
        self.bare_cuda: list[Stated] = []  # "CUDA 11.0" said with no owner: see _toolkit_of_a_build

    def add(self, name: str, value: object, no: int | None, evidence: str) -> None:
        self.said.append(Stated(name, value, no, evidence.strip()[:300]))

    def torch(self, version: str, no: int | None, evidence: str) -> None:
        if not 0 <= _major(version) <= 3:
            return  # "pytorch11.0", "Torch 12.8": a CUDA version under torch's name
        m = _CUDA_LOCAL.match(version)
        if m:  # "pytorch1.6+cuda10.2": the user's shorthand for the cu102 build
            self.torch_cuda(m.group(2), no, evidence)
            version = m.group(1)
        self.add("torch.version_full", version, no, evidence)
        self.add("torch.version", _public(version), no, evidence)
        if "+" in version:
            build = torch_build(version)
            if build:
                self.add("torch.build", build, no, evidence)

    def torch_cuda(self, cuda: str, no: int | None, evidence: str) -> None:
        """torch's own CUDA, said beside its version: torch.cuda and the cuXY build it names."""
        major, _, minor = cuda.partition(".")
        if 9 <= int(major) <= 13:
            self.add("torch.cuda", cuda, no, evidence)
            self.add("torch.build", f"cu{major}{minor}", no, evidence)

    def package(self, name: str, version: str, no: int | None, evidence: str, build: str = "",
                channel: str = "") -> None:
        """An installed distribution named with its version (a list row, pip's own report)."""
        n = re.sub(r"[-_.]+", "-", name).lower()
        if not _VERSION.fullmatch(version):
            return
        if n in ("torch", "pytorch"):
            self.torch(version, no, evidence)
            if n == "pytorch" and build and channel != "pypi":
                self.add("conda.pytorch_build", build, no, evidence)
                b = conda_torch_build(build)
                if b and "+" not in version:
                    self.add("torch.build", b, no, evidence)
        elif n in ("torchvision", "torchaudio"):
            self.add(f"{n}.version", _public(version), no, evidence)
            self.add(f"{n}.version_full", version, no, evidence)
        elif n == "numpy":
            self.add("numpy.version", _public(version), no, evidence)
        elif n == "python":
            self.add("python.version", _public(version), no, evidence)
        elif n == "cpuonly":
            self.add("conda.cpuonly", True, no, evidence)
        elif n in _ROW_PACKAGES or n.startswith("nvidia-"):
            self.add(f"pkg.{n}", version, no, evidence)

    # -- whole lines -------------------------------------------------------------------------

    def pip_reports(self, line: str, no: int | None) -> bool:
        """pip's own lines about what is installed. True: the line is read."""
        m = _SUCCESS.match(line)
        if m:
            for token in m.group(1).split():
                name, _, version = token.rpartition("-")
                if name and _norm(name) in _ROW_NAMES_ALL or name.lower().startswith("nvidia-"):
                    self.package(name, version, no, line)
            return True
        m = _ALREADY.match(line)
        if m:
            if _norm(m.group(1)) in _ROW_NAMES_ALL:
                self.package(m.group(1), m.group(2), no, line)
            return True
        m = _PIP_CONFLICT.search(line)
        if m:
            for name, version in ((m.group(1), m.group(2)), (m.group(3), m.group(4))):
                if _norm(name) in _ROW_NAMES_ALL:
                    self.package(name, version.rstrip("."), no, line)
            return True
        return False

    def row(self, line: str, no: int | None) -> bool:
        """A `conda list` / `pip list` row without its header: name, version, [build, [channel]]."""
        tokens = line.split()
        if not 2 <= len(tokens) <= 5:
            return False
        tokens = [t.strip("*`") for t in tokens]  # markdown emphasis around a pasted row
        name, version = tokens[0], tokens[1]
        n = _norm(name)
        if n not in _ROW_NAMES_ALL and not n.startswith("nvidia-"):
            return False
        if n.startswith("nvidia-smi") or not name.isascii():
            return False  # "nvidia-smi是 535.104.05": the tool's driver said in prose, not a package row
        if not _VERSION.fullmatch(version):
            return False
        build = tokens[2] if len(tokens) > 2 else ""
        if build and not _CONDA_BUILD.search(build):
            return False
        channel = tokens[-1] if len(tokens) > 3 else ""
        self.package(name, version, no, line, build, channel)
        return True

    def platform(self, line: str, low: str, no: int | None) -> None:
        if "-" not in line and "wsl" not in low:
            return
        m = _WINDOWS_PLATFORM.search(line) if "windows-" in low else None
        if m:
            self.add("os.name", "windows", no, line)
            self.add("os.release", m.group(2), no, line)
        m = _LINUX_PLATFORM.search(line) if "linux-" in low else None
        if m:
            rest = m.group(1).split("-with-", 1)[0]
            release, arch = rest, ""
            for a in ("-x86_64", "-aarch64", "-ppc64le", "-arm64"):
                if rest.endswith(a):
                    release, arch = rest[:-len(a)], a[1:]
            self.add("os.name", "linux", no, line)
            self.add("os.release", release, no, line)
            if arch:
                self.add("os.arch", arch, no, line)
        m = _MACOS_PLATFORM.search(line) if "macos-" in low else None
        if m:
            self.add("os.name", "macos", no, line)
            self.add("os.release", m.group(1), no, line)
            self.add("os.arch", m.group(2), no, line)
        if ("wsl" in low or "microsoft" in low) and _WSL.search(line):
            self.add("os.wsl", True, no, line)
            self.add("os.name", "linux", no, line)

    # -- sentences ---------------------------------------------------------------------------

    def sentence(self, sentence: str, asked: bool, no: int | None, line: str) -> None:
        low = sentence.lower()
        if "used to build" in low:  # collect_env's key, read alone from a partial paste ("used to" is no past here)
            m = _USED_TO_BUILD.search(sentence)
            if m:
                self.add("torch.cuda", m.group(1), no, line)
                return
        # cheap looks first: most sentences of a pasted report name no GPU, no OS, no version
        ceiling: set[int] = set()
        if "support" in low or "支持" in sentence or "max" in low or "对应的" in sentence:
            ceiling = self.driver_ceiling(_clauses(sentence) if _CLAUSE_HINT.search(sentence) else [sentence],
                                          asked, no, line)
        gpu_words = _GPU_HINT.search(low) is not None
        os_words = _OS_HINT.search(low) is not None
        named = _NAMES.search(sentence) is not None or "version" in low or "nvidia-smi" in low
        container_words = "docker" in low or "容器" in sentence or "podman" in low or "container" in low
        if not (gpu_words or os_words or named or container_words or _AVAIL_HINT.search(sentence)):
            return
        clauses = _clauses(sentence) if _CLAUSE_HINT.search(sentence) else [sentence]
        # The driver's ceiling clause says "support" about the installed driver: it does not make the rest of
        # the sentence another state ("显卡驱动最高支持 CUDA 11.4，我装的是 torch 2.3.0+cu121").
        rest = " ".join(c for k, c in enumerate(clauses) if k not in ceiling) if ceiling else sentence
        if "tr" in low or "attempt" in low or "尝试" in sentence or "试着" in sentence:
            rest = _TRIED_TO_USE.sub(" ", rest)
        if "since" in low:
            rest = _SINCE_WHEN.sub(" ", rest)
        if "support" in low:
            rest = _SUPPORT_LACKED.sub(" ", rest)
        elsewhere = (named or os_words) and bool(_ELSEWHERE_EN.search(rest) or _ELSEWHERE_ZH.search(rest))

        gpus_ok = gpu_words and (not _OTHER_GPU.search(sentence) or _OWN_GPU.search(sentence) is not None)
        own_only = gpus_ok and _OTHER_GPU.search(sentence) is not None
        for k, clause in enumerate(clauses):
            if _HYPOTHETICAL.search(clause):
                continue
            if asked and k == len(clauses) - 1 and not _HELP.search(clause):
                continue  # the question itself
            if _QUESTION_END.search(clause) and not _HELP.search(clause):
                continue
            if gpus_ok and (not own_only or _OWN_GPU.search(clause) or not _OTHER_GPU.search(clause)):
                self.gpus(_OWN_GPU_TAIL.sub("", clause) if own_only and _OTHER_GPU.search(clause) else clause, no, line)
                self.vendor(clause, no, line)
            if os_words:
                self.os_words(clause, no, line, elsewhere)
            if _AVAIL_HINT.search(clause):
                self.availability(clause, no, line, clauses[k + 1] if k + 1 < len(clauses) else "")
            if container_words and _IN_CONTAINER.search(clause):
                self.add("container.inside", True, no, line)
            if named and not elsewhere:
                self.versions(clause, no, line)
            elif named and _STATED_CLASH.search(clause):
                rest = _STATED_CLASH.sub(" ", clause)
                if not (_ELSEWHERE_EN.search(rest) or _ELSEWHERE_ZH.search(rest)):
                    self.versions(clause, no, line)

    def versions(self, clause: str, no: int | None, line: str) -> None:
        other_library = bool(_OTHER_LIBRARY.search(clause))
        if "version" in clause:
            m = _TORCH_VERSION_CUDA.search(clause)
            if m:
                self.add("torch.cuda", m.group(1), no, line)
            m = _TORCH_DUNDER.search(clause)
            if m:
                self.torch(m.group(1), no, line)
        for m in _NAMES.finditer(clause):
            word = m.group(0).lower()
            if not _boundary_before(clause, m.start()) and word not in ("driver", "驱动", "драйвер"):
                continue
            end = m.end()
            plural = word == "driver" and clause[end:end + 2] in ("s ", "s:")
            if plural:
                end += 1  # "using Nvidia drivers 536.40", "Currently using Nvidia drivers 510.31": a dotted value only
            if not _name_ends(clause, end):
                continue
            if word in ("driver", "驱动", "драйвер", "драйвера"):
                got = _read_version(clause, end, _DRIVER_VERSION)
                if got and plural and "." not in got[0]:
                    got = None  # "NVIDIA drivers 535+ recommended": a requirement, not the installed driver
                if got and 200 <= _major(got[0]) <= 999:
                    self.add("driver.version", got[0], no, line)
                elif clause[max(0, m.start() - 6):m.start()].rstrip().lower().endswith("cuda"):
                    # "CUDA Driver Version: 7.5.20", "my CUDA driver version is 11.4", "CUDA驱动版本 12.2": the CUDA the
                    # driver reaches (cuDriverGetVersion, deviceQuery's "CUDA Driver Version"), not a toolkit's.
                    # seen: https://github.com/torch/cutorch/issues/318 ("CUDA CUDA Driver Version: 7.5.20")
                    got = _read_version(clause, m.end())
                    if got and 7 <= _major(got[0]) <= 13 and "+" not in got[0]:
                        self.add("driver.cuda", ".".join(got[0].split(".")[:2]), no, line)
                elif not other_library and not _DRIVER_CUDA_OTHER.search(clause):
                    # A CUDA-shaped number called the driver ("我安装的驱动是 11.4", "我是driver 12.0", "my driver version is
                    # 11.2"): no NVIDIA driver since 2009 has a one- or two-digit major, so it is the CUDA the driver reaches
                    # (nvidia-smi's "CUDA Version"), as users name it. Only CUDA's shape: a 7-13 major and one minor digit.
                    got = _read_version(clause, end)
                    if got and _DRIVER_CUDA_SHAPE.match(got[0]) and 7 <= _major(got[0]) <= 13:
                        self.add("driver.cuda", got[0], no, line)
                continue
            got = _read_version(clause, m.end())
            if got is None:
                continue
            value = got[0]
            if word in ("pytorch", "torch"):
                if not other_library:
                    self.torch(value, no, line)
                    w = _TORCH_WITH_CUDA.match(clause, got[1], min(len(clause), got[1] + 24))
                    if w and "toolkit" not in clause[w.end():w.end() + 16].lower():  # "with cuda 11.8 toolkit": nvcc's
                        self.torch_cuda(w.group(1), no, line)
                    elif "+" not in value:
                        t = _TORCH_VERSION_VARIANT.match(clause, got[1], min(len(clause), got[1] + 12))
                        if t:
                            self.add("torch.build", t.group(1).lower(), no, line)
            elif word in ("torchvision", "torchaudio"):
                self.add(f"{word}.version", _public(value), no, line)
                self.add(f"{word}.version_full", value, no, line)
            elif word == "numpy":
                if 1 <= _major(value) <= 3:
                    self.add("numpy.version", _public(value), no, line)
            elif word == "python":
                if _major(value) in (2, 3) and "+" not in value:
                    self.add("python.version", value, no, line)
            elif word in ("cudatoolkit", "pytorch-cuda"):
                self.add(f"pkg.{word}", value, no, line)
            elif word in ("cuda", "nvcc"):
                if not 7 <= _major(value) <= 13 or "+" in value:
                    continue
                if word == "nvcc" or "toolkit" in clause[m.end():got[1]].lower():  # "CUDA toolkit: 12.4"
                    owner: str | None = "nvcc.version"
                else:
                    owner = self.cuda_owner(clause, m.start(), got[1])
                if owner and not (other_library and owner != "driver.cuda"):
                    self.add(owner, value, no, line)
                elif owner is None and word == "cuda" and not other_library:
                    self.bare_cuda.append(Stated("nvcc.version", value, no, line.strip()[:300]))
        low = clause.lower()
        if "+" in clause and "torch" in low and "vision" not in low and "audio" not in low and not other_library:
            # "installed torch ... and got `2.12.1+cpu`": a build suffix marks torch's own version
            for m in _SUFFIXED.finditer(clause):
                if _boundary_before(clause, m.start()) and _value_ends(clause, m.end()):
                    self.torch(m.group(1), no, line)
        for m in (_TORCH_VARIANT.finditer(clause) if "torch" in low and "cu" in low and not other_library else ()):
            self.add("torch.build", (m.group(1) or m.group(2)).lower(), no, line)
        for m in (_VERSION_FIRST.finditer(clause) if "torch" in low else ()):
            if _boundary_before(clause, m.start()) and _name_ends(clause, m.end()) and not other_library:
                self.torch(m.group(1), no, line)
        for m in (_SMI_DRIVER.finditer(clause) if "nvidia-smi" in low else ()):
            if 200 <= _major(m.group(1)) <= 999 and _value_ends(clause, m.end()):
                self.add("driver.version", m.group(1), no, line)
        for m in (_SMI_CUDA.finditer(clause) if "nvidia-smi" in low and not other_library else ()):
            if (7 <= _major(m.group(1)) <= 13 and _value_ends(clause, m.end())
                    and not _SMI_CUDA_UNIT.match(clause, m.end(), min(len(clause), m.end() + 6))):
                self.add("driver.cuda", m.group(1), no, line)
        for m in (_DRIVER_FIRST.finditer(clause) if "driver" in low or "驱动" in clause else ()):
            if _boundary_before(clause, m.start()) and 200 <= _major(m.group(1)) <= 999:
                self.add("driver.version", m.group(1), no, line)

    def driver_ceiling(self, clauses: list[str], asked: bool, no: int | None, line: str) -> set[int]:
        """The driver's highest CUDA said in words (_CEILING): driver.cuda, from the clause that says it, with
        the subject taken from the sentence up to it ("nvidia-smi为525.147.05，最高支持cuda12.0"). Returns the
        indexes of the clauses read so."""
        read: set[int] = set()
        before = ""
        for k, clause in enumerate(clauses):
            m = _CEILING.search(clause)
            if m and not (_HYPOTHETICAL.search(_RELATIVE_WHICH.sub(r"\1", clause)) or _CEILING_ELSEWHERE.search(clause)
                          or (_QUESTION_END.search(clause) and not _HELP.search(clause))
                          or (asked and k == len(clauses) - 1)):
                context = before + " " + clause[:m.start()]
                value = next(g for g in m.groups() if g)
                bare = "cu" not in m.group(0).lower()  # no CUDA word: the driver must be the subject (_CEILING)
                subject = self._ceiling_subject(context, _CEILING_WORD.search(m.group(0)) is not None and not bare)
                if bare and subject is not None and _CEILING_BARE_OTHER.search(context[subject:] + m.group(0)):
                    subject = None
                if subject and 7 <= _major(value) <= 13 and not _OTHER_LIBRARY.search(context[subject:]):
                    self.add("driver.cuda", value, no, line)
                    read.add(k)
            before += " " + clause
        return read

    @staticmethod
    def _ceiling_subject(context: str, ceiling_word: bool) -> int | None:
        """Where the driver (or, with a ceiling word, the GPU) is named as the subject of the ceiling; None
        when nothing is, or when torch or a project is named after it (they own the version then)."""
        where = -1
        for rx in ((_CEILING_DRIVER, _CEILING_GPU) if ceiling_word else (_CEILING_DRIVER,)):
            for m in rx.finditer(context):
                where = max(where, m.start())
        if where < 0:
            return None
        if any(True for _ in _CEILING_OTHER.finditer(context, where)):
            return None
        return where

    @staticmethod
    def cuda_owner(clause: str, start: int, end: int) -> str | None:
        """Whose CUDA version the mention at clause[start:end] is: the nearest context named before
        it ("nvidia-smi 显示 CUDA Version: 11.4"), else "toolkit" right after it ("cuda 11.8
        toolkit"), else nobody ("My cuda version is 10.1 and the nvidia driver version is ...")."""
        before = clause[:start]
        best, where = None, -1
        for name, rx in _CUDA_CONTEXTS:
            for m in rx.finditer(before):
                if m.start() > where:
                    best, where = name, m.start()
        if best is None and _TOOLKIT_AFTER.match(clause, end, min(len(clause), end + 16)):
            best = "nvcc.version"
        return best

    def availability(self, clause: str, no: int | None, line: str, following: str = "") -> None:
        m = _IS_AVAILABLE.search(clause)
        if m:
            self.add("torch.cuda_available", m.group(1).lower() == "true", no, line)
            return
        # the value in the next clause, after a comma: the call must end its own clause
        if following and _AVAIL_CALL_END.search(clause):
            m = _AVAIL_NEXT.match(following)
            if m:
                self.add("torch.cuda_available", m.group(1).lower() == "true", no, line)

    def gpus(self, clause: str, no: int | None, line: str) -> None:
        for m in _GEFORCE.finditer(clause):
            family, number = m.group(1).upper(), m.group(2)
            end = m.end()
            if clause[end:end + 1].isdigit():
                continue
            if len(number) == 4 and family == "GT" and number in ("1030", "1010"):
                pass  # GeForce GT 1030 / GT 1010 (Pascal)
            elif len(number) == 4:
                if not (family in ("RTX", "GTX") and _GPU_NUMBERS.match(number)):
                    continue  # "RTX 5000" is a Quadro, read below; "GTX 1234" no GPU
                family = _family_of(number)  # "GTX 3060" is an RTX 3060
            elif family == "RTX":
                continue
            elif family == "GT" and _GT_CHIP.match(clause[m.start(1):end]):
                continue  # "GT218": the chip, not a card
            elif clause[end:end + 1] in ("M", "m") and not clause[end + 1:end + 2].isalpha():
                number, end = number + "M", end + 1  # a mobile part: GT 740M, GTX 960M
            self.add_gpu(_geforce_name(family, number, clause[end:end + 20]), no, line)
        for m in _MX_AFTER.finditer(clause):
            self.add_gpu(f"NVIDIA GeForce {m.group(1)}MX", no, line)
        for m in _GEFORCE_BARE.finditer(clause):
            number = m.group(1).upper()
            if len(number) == 4 and number.isdigit():
                if not _GPU_NUMBERS.match(number):
                    continue
                family = _family_of(number)
                self.add_gpu(_geforce_name(family, number, clause[m.end():m.end() + 20]), no, line)
            else:
                self.add_gpu(f"NVIDIA GeForce {number}", no, line)
        for m in _DATACENTER.finditer(clause):
            end = m.end()
            if m.group(1).lower() == "l20" and clause[m.start(1) - 1:m.start(1)] in ("#", "-", ":"):
                continue  # "#L20", "L10-L20": a source line, not the Ada data-center card
            if end < len(clause) and (_ascii_word_char(clause[end]) or clause[end] == "+"):
                continue  # "A100+ GPUs" (xformers' "bf16 is only supported on A100+ GPUs"): a class, not this GPU
            model = re.sub(r"\s+", " ", m.group(1)).strip()
            if model.lower() == "p4" and "tesla" not in clause[max(0, m.start(1) - 8):m.start(1)].lower():
                continue  # "P4" alone is too common a token (a protocol, a priority): Tesla P4 only
            if (model.lower()[:1] == "t" and model[1:].isdigit() and len(model) > 3
                    and "nvidia" not in clause[max(0, m.start(1) - 8):m.start(1)].lower()):
                continue  # the Turing T1000 / T600 / T400 only as "NVIDIA T600" (or "Quadro T1000", read whole)
            if model.lower().startswith("k20") and "tesla" not in clause[max(0, m.start(1) - 8):m.start(1)].lower():
                continue  # likewise "K20": Tesla K20 / K20c / K20m / K20X only
            if model.lower() == "a2" and "nvidia" not in clause[max(0, m.start(1) - 8):m.start(1)].lower():
                continue  # "A2" alone is a cell, a paper size, a level: NVIDIA A2 only
            self.add_gpu(_datacenter_name(model), no, line)
        for rx in (_BARE_SUFFIXED, _BARE_AFTER_WORD, _BARE_OWNED, _BARE_AFTER_VERB, _BARE_SPEC):
            for m in rx.finditer(clause):
                k = next(i for i in range(1, (m.lastindex or 1) + 1) if m.group(i))  # _BARE_OWNED: three groups
                number = m.group(k)
                if _GPU_NUMBERS.match(number):
                    family = _family_of(number)
                    self.add_gpu(_geforce_name(family, number, clause[m.start(k) + 4:m.start(k) + 24]), no, line)

        for m in _SERIES.finditer(clause):
            if m.group(3) and not m.group(1):
                continue  # "Nvidia 5000 series GPUs": the hundreds only with RTX/GTX before them
            if m.group(1) or m.group(4):
                family = _family_of(m.group(2))
                self.add_gpu(f"NVIDIA GeForce {family} {m.group(2)} series", no, line)

    def vendor(self, clause: str, no: int | None, line: str) -> None:
        """"an NVIDIA GPU", "a working CUDA device", "N卡": NVIDIA, unless negated ("no CUDA GPUs")."""
        if _CHECK_THAT.search(clause) or _TORCH_SAYS.search(clause):
            return  # "Please check that you have an NVIDIA GPU": torch's advice, not the user's machine
        if _GENERIC.search(clause):
            return  # a statement about CUDA and NVIDIA cards in general, not about this machine
        for m in _NVIDIA_WORDS.finditer(clause):
            if clause[m.end():m.end() + 1] in ("的", "'"):
                continue  # "英伟达显卡的标识", "NVIDIA GPU's driver": NVIDIA cards in general
            if _NEGATED_TAIL.search(clause[max(0, m.start() - 48):m.start()]):
                continue  # "I don't have an NVIDIA GPU", "don't think I have Nvidia GPU", "没N卡"
            if not _NEGATED.search(clause[max(0, m.start() - 12):m.start()]):
                self.add("gpu.vendor", "nvidia", no, line)
                return

    def add_gpu(self, name: str, no: int | None, line: str) -> None:
        self.add("gpu.name", name, no, line)

    def os_words(self, clause: str, no: int | None, line: str, elsewhere: bool) -> None:
        if not _WINDOWS_PLATFORM.search(clause) and any(
                not _OS_EXCLUDED.search(clause[max(0, m.start() - 16):m.start()])
                for m in _WINDOWS_WORD.finditer(clause)):
            self.add("os.name", "windows", no, line)
        m = _LINUX_DISTRO.search(clause)
        if m and (clause[m.start() - 1:m.start()] in ("/", "\\") or clause[m.end():m.end() + 1] == "/"):
            m = None  # a path: /home/ubuntu/...
        if m and not _LINUX_PLATFORM.search(clause):
            self.add("os.name", "linux", no, line)
            if not elsewhere:  # "upgraded Ubuntu 20.04 to 22.04": which one is it now?
                self.add("os.distro", _distro_said(m, clause), no, line)
        m = _MACOS_WORD.search(clause)
        if m and not _MACOS_PLATFORM.search(clause):
            self.add("os.name", "macos", no, line)
            if m.group(0).lower().startswith("apple"):
                self.add("os.arch", "arm64", no, line)


def _others_than_commands(line: str) -> str:
    """The sentences of a line that neither quote an install command nor ask for one ("" when none is left)."""
    unquoted = _BACKTICKED.sub(" ", line) if "`" in line else line
    parts = list(_sentences(unquoted))
    if len(parts) < 2:
        return ""
    kept = [s for s, _ in parts if not _COMMAND.search(s) and not _COMMAND_NOT_DONE.search(s)]
    return " ".join(s.strip() for s in kept if s.strip(" .,:;，。：\t"))


# Literal first looks (on the lowered line) before the patterns above.
_COMMAND_NOT_DONE = re.compile(r"\b(?:tr(?:y|ied|ies|ying)|attempt\w*|want\w*|should|will|would|could|going to|plan\w*|"
                               r"suggest\w*|recommend\w*|need\w*|instead|if)\b|\?|尝试|试过|试着|试了|想|打算|应该|建议|需要|是否|可以吗",
                               re.I | re.A)
_BACKTICKED = re.compile(r"`[^`\n]{1,300}`", re.A)
_CONDA_INSTALL = re.compile(r"\b(?:conda|mamba|micromamba)\s+install\b", re.I | re.A)
_CONDA_TORCH_PIN = re.compile(r"(?:^|[\s`])pytorch\s?==?\s?\d", re.I | re.A)
_CONDA_PINS = tuple((name, re.compile(r"(?:^|[\s`])" + name + r"\s?==?\s?(\d{1,2}\.\d{1,2}(?:\.\d{1,3})?)(?:[^\w.]|$)", re.I | re.A))
                    for name in ("pytorch", "cudatoolkit", "pytorch-cuda"))
_COMMAND_HINTS = re.compile(r"pip|conda|mamba|uv |poetry|pdm|apt|yum|dnf|brew|choco|winget|index-url|setup\.py|docker",
                            re.A)
_PIP_HINTS = re.compile(r"collect|download|cached|looking in|obtaining|building|installing|attempting|found existing|"
                        r"uninstall|would install|preparing|processing|from versions|no matching|could not find|"
                        r"depends on|user requested|conflict|cannot install|resolutionimpossible", re.A)
_URL_HINTS = re.compile(r"://|www\.|\.whl|\.tar\.gz", re.A)
_CLAUSE_HINT = re.compile(r"[,，、]|but|however|while|whereas|and then|但|然而|而且|可是", re.A)
_GPU_HINT = re.compile(r"rtx|gtx|gt|mx|geforce|quadro|tesla|titan|jetson|gb10|spark|cmp|nvidia|gpu|cuda|n卡|英伟达|显卡|\b[abhlptkmv]\d|\b[1-9]\d?[x×*][abhlptkmv]\d|\d{4}\s?[tdslmc笔显移]|\b(?:my|an?|on|with|our|the|one|two|four|eight|single) (?:10|16|20|30|40|50)\d0\b|(?:在|用|的|是|块|张|卡)\s?(?:10|16|20|30|40|50)\d0|\d\s?[x×*]\s?(?:10|16|20|30|40|50)\d0|\dg\w?\s(?:10|16|20|30|40|50)\d0|(?:10|16|20|30|40|50)\d0\s?\+\s?(?:i[3579]|ryzen|xeon|epyc)", re.A)
_OS_HINT = re.compile(r"win|任务管理器|linux|ubuntu|debian|centos|fedora|mint|rocky|alma|suse|manjaro|rhel|arch linux|mac|apple|"
                      r"big sur|monterey|ventura|sonoma|sequoia|tahoe", re.A)
_HELP = re.compile(r"\bwhy\b|\bhow (?:can|do|to|should) (?:i|we) (?:fix|solve|resolve)|\bwhat (?:can|do) i do\b|"
                   r"怎么办|怎么解决|如何解决|为什么|为啥|怎么回事|咋办|求助", re.I | re.A)
_ROW_PACKAGES = frozenset({"cudatoolkit", "pytorch-cuda", "pytorch-mutex", "cuda-version", "cuda-runtime",
                           "cuda-toolkit"})
_ROW_NAMES_ALL = frozenset({"torch", "pytorch", "torchvision", "torchaudio", "numpy", "python", "cpuonly"}) | _ROW_PACKAGES
# conda build strings: py3.10_cuda11.8_cudnn8_0, cuda100py37h53c1284_0, h59b6b97_2, pypi_0, cpu_py310, 0;
# pytorch-mutex's are bare "cpu" / "cuda".
_CONDA_BUILD = re.compile(r"^(?:py\d|h[0-9a-f]{6}|cpu_|cuda\d|cuda_|pypi_|dev_)|^\d{1,4}$|_\d{1,4}$|^(?:cpu|cuda)$",
                          re.I | re.A)


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _family_of(number: str) -> str:
    """GeForce's family word for a model number or generation: the 10 and 16 series are GTX, the rest RTX."""
    return "GTX" if number[:2] in ("10", "16") else "RTX"


def _geforce_name(family: str, number: str, tail: str) -> str:
    parts = [f"NVIDIA GeForce {family}{'' if family == 'MX' else ' '}{number}"]
    laptop = False
    pos = 0
    for _ in range(3):  # "Ti", "SUPER", "D", then "Laptop"
        m = _GPU_TAIL.match(tail, pos)
        if not m or (m.end() < len(tail) and tail[m.end()].isascii() and tail[m.end()].isalpha()):
            break
        word = m.group(1).lower()
        if word in ("laptop", "mobile", "max-q", "笔记本", "移动版"):
            laptop = True
        elif word == "ti":
            parts.append("Ti")
        elif word == "super":
            parts.append("SUPER")
        elif word == "d":
            parts.append("D")
        pos = m.end()
    if laptop:
        parts.append("Laptop GPU")
    return " ".join(parts)


_MODEL_IN_SERIES = re.compile(r"^NVIDIA GeForce (RTX|GTX) (\d\d)\d0\b", re.A)


def _series_of(name: str) -> str | None:
    """The GeForce generation a model belongs to, named as _SERIES names it ("NVIDIA GeForce RTX 30 series")."""
    m = _MODEL_IN_SERIES.match(name)
    return f"NVIDIA GeForce {m.group(1)} {m.group(2)} series" if m else None


def _datacenter_name(model: str) -> str:
    low = model.lower()
    if low.startswith("jetson") or low.endswith("ada") or low == "gb10":
        # "Jetson AGX Orin", "RTX 6000 Ada", "GB10": as NVIDIA writes them
        words = [w.upper() if w in ("agx", "nx", "rtx", "sff", "gb10", "tx1", "tx2") or w[:1].isdigit() else w.capitalize()
                 for w in low.split()]
        return "NVIDIA " + " ".join(words)
    if low.startswith("dgx"):
        return "NVIDIA GB10"  # the DGX Spark's GPU
    if re.match(r"p10[246]", low):
        return "NVIDIA " + re.sub(r"^(p10[246])[\s-]?", r"\1-", low).upper()  # "p106 100" -> "NVIDIA P106-100"
    if low.startswith("cmp"):
        return "NVIDIA CMP " + re.sub(r"\D", "", low) + "HX"  # "cmp30hx" -> "NVIDIA CMP 30HX"
    m = model.upper().replace("TITAN", "TITAN ").replace("QUADRO", "Quadro ").replace("RTX", "RTX ")
    return "NVIDIA " + re.sub(r"\s+", " ", m).strip()


# --- consolidation --------------------------------------------------------------------------

def _agree(a: object, b: object) -> object | None:
    """The more specific of two statements of one fact, or None when they differ."""
    if a == b:
        return a
    sa, sb = str(a).lower(), str(b).lower()
    if sa == sb:
        return a
    # "2.0" vs "2.0.0", "2.3.0" vs "2.3.0+cu121": one says more of the same version
    pa, pb = _public(sa), _public(sb)
    la, lb = sa[len(pa):], sb[len(pb):]
    if la and lb and la != lb:
        return None
    ra, rb = pa.split("."), pb.split(".")
    n = min(len(ra), len(rb))
    if ra[:n] != rb[:n] or not all(x.isdigit() for x in ra[:n]):
        return None
    return a if (len(ra), len(la)) >= (len(rb), len(lb)) else b


def _consolidate(said: list[Stated]) -> list[Fact]:
    """One fact per name: the statements agree (the most specific wins, first line as evidence),
    or the text states two values and gives no fact at all."""
    by: dict[str, list[Stated]] = {}
    for s in said:
        by.setdefault(s.name, []).append(s)
    out: dict[str, Fact] = {}
    for name, items in by.items():
        if name == "gpu.name":
            names = list(dict.fromkeys(str(s.value) for s in items))
            out["gpu.vendor"] = ok("gpu.vendor", "nvidia", SOURCE, items[0].evidence, ORIGIN, items[0].line)
            # Several models on ONE line are one statement of this machine's GPUs ("on RTX 4090 (and probably on
            # RTX 4080 too)", "2 x 3090 and an A100"); lines that name different models may speak of another
            # machine (a friend's, the old card), so only the models every such line names are kept, and none
            # when the lines share none.
            # seen: https://github.com/voicepaw/so-vits-svc-fork/issues/200
            # A model agrees with its generation said as a series ("RTX3070TI" and "RTX30 series").
            # seen: https://github.com/azuwis/pianotrans/issues/5
            per_line: dict[int | None, set[str]] = {}
            for s in items:
                per_line.setdefault(s.line, set()).add(str(s.value))
            kept = [n for n in names if all(n in said or _series_of(n) in said for said in per_line.values())]
            kept = [n for n in kept if not any(_series_of(k) == n for k in kept)]  # the model says more
            if kept:
                out[name] = ok(name, kept, SOURCE, items[0].evidence, ORIGIN, items[0].line)
            continue
        value: object = items[0].value
        for s in items[1:]:
            value = _agree(value, s.value)
            if value is None:
                break
        if value is None:
            if name == "os.name" and by.get("os.wsl"):
                value = "linux"  # Windows around a WSL Linux: the Linux runs torch
            else:
                continue
        first = next((s for s in items if s.value == value), items[0])
        out[name] = ok(name, value, SOURCE, first.evidence, ORIGIN, first.line)
    # torch's facts stand together: a disputed version leaves no build or full version behind (a build named
    # with no version at all, "pytorch with cu117", stands alone)
    if "torch.version" in by and "torch.version" not in out:
        out.pop("torch.version_full", None)
        out.pop("torch.build", None)
    return list(out.values())


# A cheap first look: a line without any of these words states nothing the reader knows.
_TRIGGER = re.compile(
    r"docker|podman|容器|container|n卡|英伟达|torch|python|numpy|cuda|nvcc|driver|驱动|драйвер|rtx|gtx|gt\s?\d|mx\s?\d|geforce|quadro|tesla|titan|jetson|gb10|dgx[\s-]?spark|cmp\s?\d|"
    r"\b[abhlptkmv]\d{1,4}|\b[1-9]\d?[x×*][abhlptkmv]\d|\d{4}\s?(?:ti|super|d|laptop|mobile|笔记本|移动版|显卡|cards?)|\b9[234]0\s?mx\b|显卡|gpu|graphics|windows|win\s?\d|win32|任务管理器|"
    r"\b(?:my|an?|on|with|our|the|one|two|four|eight|single) (?:10|16|20|30|40|50)\d0\b|(?:在|用|的|是|块|张|卡)\s?(?:10|16|20|30|40|50)\d0|"
    r"\d\s?[x×*]\s?(?:10|16|20|30|40|50)\d0|\dgb?\s(?:10|16|20|30|40|50)\d0|(?:10|16|20|30|40|50)\d0\s?\+\s?(?:i[3579]|ryzen|xeon|epyc)|"
    r"linux|ubuntu|debian|centos|fedora|mint|rocky|alma|suse|manjaro|rhel|mac|apple|big sur|monterey|ventura|sonoma|sequoia|tahoe|wsl|successfully installed|"
    r"requirement already|you have|you'll have|you will have|cpuonly|pytorch-mutex|nvidia-", re.I | re.A)
# Session 39: the site-packages folder itself, where pip names it last: `pip show`'s "Location:
# c:\stable-diffusion-ui\installer_files\env\lib\site-packages" (seen: https://github.com/easydiffusion/easydiffusion/issues/1569),
# pip's "Requirement already satisfied: torch in d:\sd\venv\lib\site-packages (2.0.1)", "Uninstalling ... from
# D:\...\Lib\site-packages": one alternative with the folder inside a path, so the path is scanned once.
_WINDOWS_PATH = re.compile(r"\b[A-Za-z]:\\(?:Users|Program Files|ProgramData|Windows)\\|\b[A-Za-z]:\\[^\n]{0,200}\\"
                           r"(?:site-packages\\|(?:site|dist)-packages(?:$|[\s)\"',;])|Scripts\\|python\d*\.exe\b)"
                           # Session 38: a drive path to a script a launcher or a traceback names ("E:\WebUI forge\...\launch.py",
                           # "D:\ComfyUI\main.py", "C:\sd\webui-user.bat"): only Windows writes a script's path so.
                           r"|\b[A-Za-z]:\\[^\n\"'<>|]{0,200}\.(?:py|bat|cmd|ps1)\b", re.I | re.A)
# Session 38: Windows said by the interpreter or the shell, with no path at all. CPython for Windows is built with MSVC and its
# start banner (sys.version) says so: "Python 3.10.6 (tags/v3.10.6:9c7b4bd, Aug  1 2022, 21:53:49) [MSC v.1932 64 bit
# (AMD64)]", the first line the Stable Diffusion web UIs (A1111, Forge, their AMD forks), ComfyUI and Fooocus print and the
# first of every interactive session; PowerShell's prompt ("PS D:\Workspace\sbv2>") likewise.
# seen: https://github.com/lshqqytiger/stable-diffusion-webui-amdgpu-forge/issues/65 ("[MSC v.1929 64 bit (AMD64)]" on an RX 7900 XTX)
# seen: https://github.com/litagin02/Style-Bert-VITS2/issues/162 ("PS D:\Workspace\sbv2\Style-Bert-VITS2> python" and the banner)
# seen: https://github.com/AUTOMATIC1111/stable-diffusion-webui/issues/15101 (the web UI's banner on an AMD card)
_WINDOWS_BUILD = re.compile(r"\[MSC v\.\d{3,4} (?:32|64) bit \((?:AMD64|Intel|ARM64)\)\]|^\s*PS [A-Za-z]:\\", re.A)
# The same for a POSIX interpreter: a traceback's or a pip message's site-packages path that starts at the root
# ("/home/u/miniconda3/envs/x/lib/python3.10/site-packages/torch/cuda/__init__.py", "/usr/local/lib/python3.10/dist-
# packages/torch", "/opt/conda/lib/python3.8/site-packages") is Linux (WSL and containers included); one under /Users,
# /opt/homebrew or /Library is macOS. Debian's "dist-packages" is Linux wherever it shows. It matters for what a plain
# `pip install torch` brings: a CUDA wheel on Linux x86_64, a CPU one on Windows and macOS.
# seen: https://github.com/maciej-sypetkowski/kaggle-rcic-1st/issues/5 ("/opt/conda/lib/python3.6/site-packages/torch/cuda/__init__.py")
# seen: https://github.com/hkchengrex/Cutie/issues/37
_POSIX_PACKAGES = re.compile(r"(?:^|[\s'\"(\[=:])(/[^\s'\"()\[\]:]{1,300}?)/(?:site|dist)-packages\b", re.A)
_MACOS_ROOTS = ("/Users/", "/opt/homebrew/", "/Library/", "/System/", "/private/var/", "/Applications/")
# Session 32: a traceback frame of the program's own code under a macOS root says macOS too, with no site-packages on the
# line ('File "/Users/xxs/comfyUI/ComfyUI/execution.py", line 323, in execute', the ComfyUI desktop app's
# 'File "/Applications/ComfyUI.app/Contents/Resources/ComfyUI/execution.py"'): Linux homes are /home, Windows paths
# C:\Users (Git Bash /c/Users, WSL /mnt/c/Users), so a frame rooted at /Users/ or /Applications/ is a Mac, where
# "Torch not compiled with CUDA enabled" is the right build asked for CUDA (no-nvidia-gpu), not a CPU wheel to replace.
# seen: https://github.com/Comfy-Org/ComfyUI/issues/5242, https://github.com/Comfy-Org/ComfyUI/issues/6719
_MACOS_FRAME = re.compile(r'^\s*File "/(?:Users|Applications)/[^"\n]{1,300}", line \d', re.A)
# nvidia-smi's table names its platform in the header row: "Persistence-M" on Linux, "TCC/WDDM" (older) or
# "Driver-Model" (newer) on Windows.
_SMI_LINUX = re.compile(r"\|\s*GPU\s+Name\s+Persistence-M\b", re.A)
_SMI_WINDOWS = re.compile(r"\|\s*GPU\s+Name\s+(?:TCC/WDDM|Driver-Model)\b", re.A)
_CONTAINER_HINT = re.compile(r"docker|podman|容器|container", re.I | re.A)
# A line that is nothing but a torch version with its build suffix: what `print(torch.__version__)` prints
# ("2.0.1+cpu", "'1.13.1+cu117'", IPython's "Out[3]: '2.1.0+cu121'"), pasted without the command. Only torch
# 1.x/2.x (torchvision's 0.x is not it); torchaudio prints the same shape, with the same build as its torch.
# seen: https://github.com/Plachtaa/VALL-E-X/issues/60 ("False" / "2.0.1+cpu")
_PRINTED_TORCH = re.compile(r"^\s*(?:Out\[\d{1,4}\]:\s?|>>>\s?)?['\"]?v?([12]\.\d{1,2}\.\d{1,2}(?:\.dev\d{8})?"
                            r"\+(?:cpu|cu\d{2,3}|rocm\d{1,2}(?:\.\d{1,2}){0,2}))['\"]?\s*$", re.I | re.A)
_DIGIT = re.compile(r"\d", re.A)
# GPU names with no digit in them ("TITAN Xp", "NVIDIA TITAN V", "GeForce GTX TITAN X", "Jetson Nano", "Jetson AGX Orin",
# "Jetson Xavier NX"): a line that names one has no digit for the gate above, yet names the GPU.
# seen: https://github.com/pytorch/pytorch/issues/31285 ("Titan X Pascal (2016): \"TITAN X (Pascal)\"", "\"TITAN Xp\"")
# A bare "TITAN X" is left to lines with digits: Maxwell (5.2) and Pascal (6.1) cards share the name.
_DIGITLESS_GPU = re.compile(r"(?i)\btitan\s?(?:xp|v|rtx)\b|\bgtx\s?titan\s?(?:x|black|z)\b|\bjetson\b|\bdgx[\s-]?spark\b", re.A)


def _posix_os(line: str) -> str | None:
    """linux / macos from a root-anchored site-packages path, a macOS-rooted traceback frame or nvidia-smi's header row."""
    if 'File "/' in line and _MACOS_FRAME.search(line):
        return "macos"
    if "-packages" in line:
        m = _POSIX_PACKAGES.search(line)
        if m and not line[max(0, m.start(1) - 2):m.start(1)].endswith(":") and not re.match(r"/[A-Za-z]/", m.group(1)):
            return "macos" if m.group(1).startswith(_MACOS_ROOTS) else "linux"  # not C:/..., not Git Bash's /c/...
        if "dist-packages" in line and "\\" not in line and ":/" not in line:
            return "linux"
    if "Persistence-M" in line and _SMI_LINUX.search(line):
        return "linux"
    if ("WDDM" in line or "Driver-Model" in line) and _SMI_WINDOWS.search(line):
        return "windows"
    return None


# A CUDA extension being built from source: torch.utils.cpp_extension's own words, nvcc failing, a setup.py build
# step, or a package that compiles CUDA code named as what is being installed ("whern i install tiny_cuda_nn,there
# have a erroe", "Installation failed with RTX3090+PyTorch1.7.1+CUDA11.0" of mmcv). Chinese: 编译 failing.
# seen: https://github.com/NVlabs/tiny-cuda-nn/issues/239
# seen: https://github.com/open-mmlab/mmcv/issues/876
# seen: https://github.com/CHONSPQX/modulated-deform-conv/issues/12
# seen: https://github.com/YonghaoHe/LFD-A-Light-and-Fast-Detector/issues/12
_EXTENSION_BUILD = re.compile(
    r"Error compiling objects for extension|error: command '[^'\n]{0,200}nvcc(?:\.exe)?' failed|nvcc fatal|"
    r"\bsetup(?:_cuda)?\.py\s(?:install|develop|build_ext|build|bdist_wheel)\b|\bbuild_ext\b|cpp_extension|"
    r"\bCUDAExtension\b|\bBuildExtension\b|ninja: build stopped|"
    r"\binstall(?:ing|ed|ation of)?\s(?:the\s)?(?:tiny[-_ ]?cuda[-_ ]?nn|tinycudann|mmcv(?:-full)?|apex|detectron2|"
    r"pytorch3d|flash[-_ ]?attn|flash-attention|DCNv2|pointnet2(?:_ops)?|nvdiffrast|diff-gaussian-rasterization|"
    r"simple-knn|spconv|mmdet3d|bmtrain|deepspeed|kaolin)\b|"
    r"编译(?:时|过程中)?(?:失败|报错|出错|错误|不通过|不成功)",
    re.I | re.A)


def _toolkit_of_a_build(reader: _Reader) -> None:
    """A CUDA version said with no owner ("RTX3090+CUDA11.0", "CUDA Version：11.3", "cuda=11.0") is ambiguous
    (docs/prose.md): the driver's, the toolkit's or torch's. In a report of a CUDA extension failing to build
    (_EXTENSION_BUILD), the CUDA a user names is the one doing the build, nvcc's: the threads answer it as such
    ("upgrade CUDA or target an older GPU ... supported by your installed version of cuda (11.3)"). Read so only
    when the text names no owner for any CUDA (no nvcc, torch CUDA or nvidia-smi value of its own) and every
    bare CUDA agrees."""
    if not reader.bare_cuda or any(s.name in ("nvcc.version", "torch.cuda", "driver.cuda") for s in reader.said):
        return
    if any(s.name == "torch.build" and str(s.value).startswith("cu") for s in reader.said):
        return
    value: object = reader.bare_cuda[0].value
    for s in reader.bare_cuda[1:]:
        value = _agree(value, s.value)
        if value is None:
            return
    reader.said.extend(reader.bare_cuda)


_TEMPLATE_EXAMPLE = re.compile(r"\s?\(e\.g\.,?\s?[^()\n]{0,24}\)", re.A)


# An issue form's field: a markdown heading that names the field and the user's answer on its own line after it (GitHub
# issue forms render each field so). Many Chinese projects' forms ask in Chinese or both: so-vits-svc's "### GPU 型号"
# / "3060", "### Python版本" / "3.8", "### 系统平台版本号" / "windows"; MinerU's "### Operating system | 操作系统" /
# "Windows", "### Python version | Python 版本" / "3.10". The answer alone says nothing ("3060" is no GPU without a word
# that makes it one), so it is read as "FIELD: answer", as the one-line form ("GPU 型号：3060") already is; a heading of
# another field, a long answer, a code fence or a quote is left as it is.
# seen: https://github.com/svc-develop-team/so-vits-svc/issues/152 (its issue form)
_FORM_HEADING = re.compile(r"^\s{0,3}#{2,4}\s{0,4}([^#\n]{1,60}?)\s{0,4}$", re.A)
_FORM_FIELD = re.compile(r"(?i)\bgpu\b|显卡|\bpython\b|python\s?版本|\b(?:py)?torch\b|(?:py)?torch\s?版本|操作系统|系统平台|"
                         r"\boperating system\b|^\s{0,2}os(?:\s|$|[|/（(])|驱动|\bdriver\b", re.A)
_FORM_ANSWER = re.compile(r"^\s{0,4}[^\s#`>|\[!<-][^\n]{0,47}$", re.A)


def _form_fields(lines: Iterable[tuple[int | None, str]]) -> Iterable[tuple[int | None, str]]:
    """The lines, an issue form's answer joined to its field's heading ("### GPU 型号" + "3060" -> "GPU 型号: 3060")."""
    field: str | None = None
    field_no: int | None = None
    for no, line in lines:
        if field is not None and line.strip() and isinstance(no, int) and isinstance(field_no, int) \
                and no - field_no <= 2 and _FORM_ANSWER.match(line[:MAX_LINE]):
            yield no, f"{field}: {line.strip()}"
            field = None
            continue
        if line.strip():
            field = None
        m = _FORM_HEADING.match(line[:MAX_LINE]) if "#" in line[:8] else None
        # a label, not code: "### os.environ["CUDA_VISIBLE_DEVICES"] = "1"", "### Output of `torch.cuda.get_device_capability(0)`"
        if m and _FORM_FIELD.search(m.group(1)) and not any(c in m.group(1) for c in "`=.\"'"):
            field, field_no = m.group(1).strip().rstrip("?？:：").strip(), no  # a form asks; the answer states
        yield no, line


def extract_prose_facts(lines: Iterable[tuple[int | None, str]]) -> list[Fact]:
    """Facts stated in prose, from (line number, text) pairs; never raises on odd input."""
    reader = _Reader()
    windows_path_seen = False
    posix_seen = False
    build_seen = False
    for no, raw in _form_fields(lines):
        line = raw[:MAX_LINE]
        if "(e.g." in line:
            # An issue template's example is not the user's value: "- PyTorch Version (e.g., 1.0): 0.4.1" (pytorch's bug
            # template, 2018-2020), "- CUDA/cuDNN version:"; the example goes, the user's answer stays.
            # seen: https://github.com/pytorch/pytorch/issues/12283 ("PyTorch Version (e.g., 1.0): 0.4.1, 1.0")
            line = _TEMPLATE_EXAMPLE.sub("", line)
        if not build_seen and _EXTENSION_BUILD.search(line):
            build_seen = True
        # A Windows drive path in a traceback or a prompt (C:\Users\..., D:\...\site-packages\torch) says the
        # machine runs Windows even when no sentence names it; once is enough.
        if not windows_path_seen and ((":\\" in line and _WINDOWS_PATH.search(line))
                                      or (("MSC v." in line or "PS " in line) and _WINDOWS_BUILD.search(line))):
            reader.add("os.name", "windows", no, line)
            windows_path_seen = True
        if ("版本" in line or "驱动" in line or "ersion" in line or "river" in line) and "." in line:
            m = _WIN_NV_DRIVER.search(line)
            if m:
                reader.add("driver.version", f"{m.group(1)}{m.group(2)[:2]}.{m.group(2)[2:]}", no, line)
        if not posix_seen and ("-packages" in line or "|" in line or 'File "/' in line):
            posix = _posix_os(line)
            if posix:
                reader.add("os.name", posix, no, line)
                posix_seen = True
        if "+" in line and len(line) < 40:
            printed = _PRINTED_TORCH.match(line)
            if printed:
                reader.torch(printed.group(1), no, line)
                continue
        if not _TRIGGER.search(line) or (not _DIGIT.search(line) and not _WINDOWS_WORD.search(line) and not _AVAIL_HINT.search(line)
                                          and not _DIGITLESS_GPU.search(line)
                                          and "WSL" not in line  # rocminfo's "WSL environment detected."
                                          and not _CONTAINER_HINT.search(line) and not _LINUX_DISTRO.search(line)
                                          and not ("mac" in line.lower() and _MACOS_WORD.search(line))):
            continue  # most lines of a paste name nothing this reader knows
        low = line.lower()
        if _COMMAND_HINTS.search(low) and _COMMAND.search(line):
            rest = _BACKTICKED.sub(" ", line) if "`" in line else ""
            if not rest.strip(" .,:;，。：\t") or _COMMAND.search(rest) or _COMMAND_NOT_DONE.search(rest):
                # A command tried, wanted or suggested states what was asked for, not what is installed; the line's
                # other sentences are still the user's own words ("We are on CUDA 10.2 and when I do pip install torch
                # it installs 1.13.1. Now torch.cuda.is_available() returns False": the second one).
                rest, quoted = _others_than_commands(line), ""
                if not rest:
                    continue
            else:
                quoted = line
            # A command quoted inside a sentence ("install with command `conda install pytorch==1.6.0 cudatoolkit=10.1
            # -c pytorch`. The gpu isn't ..."): the sentence around it is the user's own words, read without the command;
            # a conda install that pins pytorch states the pytorch and the cudatoolkit / pytorch-cuda it was built against.
            # seen: https://github.com/yanx27/Pointnet_Pointnet2_pytorch/issues/262 (an RTX 4060 mobile)
            for cmd in _BACKTICKED.finditer(quoted):
                if _CONDA_INSTALL.search(cmd.group(0)) and _CONDA_TORCH_PIN.search(cmd.group(0)):
                    for name, rx in _CONDA_PINS:
                        pin = rx.search(cmd.group(0))
                        if pin and name == "pytorch":
                            reader.torch(pin.group(1), no, line)
                        elif pin:
                            reader.add(f"pkg.{name}", pin.group(1), no, line)
            line, low = rest, rest.lower()
        if ("install" in low or "satisfied" in low or "you" in low) and reader.pip_reports(line, no):
            continue
        if _PIP_HINTS.search(low) and _PIP_CHATTER.search(line):
            continue
        reader.platform(line, low, no)
        if reader.row(line, no):
            continue
        text = _URL.sub(" ", line) if _URL_HINTS.search(low) else line
        for sentence, asked in _sentences(text):
            reader.sentence(sentence, asked, no, line)
    if build_seen:
        _toolkit_of_a_build(reader)
    return _consolidate(reader.said)


__all__ = ["SOURCE", "conda_torch_build", "extract_prose_facts"]
