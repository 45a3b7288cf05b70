"""The driver's CUDA said the way Chinese reports and guides say it (session 27): the CUDA word before the ceiling word
("cuda版本最高支持11.6"), the ceiling word before 版本 ("驱动支持的CUDA最高版本为12.2"), and the zh guides' own name
for nvidia-smi's "CUDA Version", "显卡/驱动支持的CUDA版本" (with no ceiling word), or "驱动对应的CUDA版本". The guides
define that name as the number nvidia-smi prints top right ("输入NVIDIA-smi，查看当前显卡支持的CUDA版本",
"查询显卡支持的CUDA版本，在终端输入命令`nvidia-smi`，在输出中有“CUDA Version：”", "显卡驱动支持的CUDA版本大于等于11.7。
即命令行执行nvidia-smi后能看到打印出来的表第一行显示CUDA Version: 11.7或更高"), so a GPU or a driver as its subject
gives driver.cuda; torch, a project or another library as the subject, a question, a requirement give nothing.
Lines verbatim from the source named, or the guides' wording where marked."""
from __future__ import annotations

import pytest

from gpufix.probes.prose import extract_prose_facts


def _facts(text: str) -> dict[str, object]:
    return {f.name: f.value for f in extract_prose_facts(enumerate(text.split("\n"), 1))}


@pytest.mark.parametrize("line, cuda, source", [
    # the reporter's own words; the same thread's reply restates it as "1650ti移动端驱动支持最高只有cuda 11.6"
    ("* 环境：win10家庭版，显卡:1650ti移动端，cuda版本最高支持11.6。", "11.6",
     "https://github.com/CheshireCC/faster-whisper-GUI/issues/260"),
    # a Chinese CUDA install note (repo docs), the number read off nvidia-smi
    ("这里可以看到当前显卡最大支持的cuda版本为11.4", "11.4", "code corpus: a 'CUDA库安装配置' note (nvidia-smi screenshots)"),
    # the guides' wording with a value
    ("显卡驱动支持的cuda版本是11.6", "11.6", "zh guides' wording (pengwee.wang/blog/how-to-install-torch-elegantly)"),
    ("显卡支持的CUDA版本为11.4", "11.4", "zh guides' wording (tutorials: '查看当前显卡支持的CUDA版本：nvidia-smi')"),
    ("驱动支持的CUDA最高版本为12.2", "12.2", "zh guides' wording (ddd.cn: '驱动版本及其支持的最高CUDA版本')"),
    ("驱动对应的CUDA版本为11.2", "11.2", "zh guides' wording (maxssl.com/article/32512: '当前驱动支持的 CUDA 最大版本')"),
    ("我的显卡cuda最高支持11.4", "11.4", "zh wording, the CUDA word first"),
])
def test_the_drivers_cuda_in_zh_words(line: str, cuda: str, source: str) -> None:
    assert _facts(line).get("driver.cuda") == cuda, source


@pytest.mark.parametrize("line, source", [
    # another person's question about the same claim
    ("你的意思是win10家庭版的1650ti移动端驱动支持最高只有cuda 11.6？",
     "https://github.com/CheshireCC/faster-whisper-GUI/issues/260 (a reply)"),
    # a requirement, not the installed driver
    ("请保证机器至少有一张Nvidia显卡，且显卡驱动支持的CUDA版本大于等于11.7。", "code corpus: a deployment README (BiSPN)"),
    ("需要驱动支持的cuda版本为12.1", "requirement"),
    ("如果显卡支持的CUDA版本为11.4，应该装哪个torch", "hypothetical"),
    # torch, another library or nobody owns it
    ("torch对应的cuda版本是11.8", "torch's"),
    ("paddle支持的cuda版本是11.2", "another framework's"),
    ("显卡是3060，torch支持的cuda版本是11.8", "torch named after the GPU"),
    ("我的显卡是1060，tensorflow支持的cuda版本是11.2", "another framework named after the GPU"),
    ("显卡驱动为472.12，torch对应的cuda版本是11.3", "torch named after the driver"),
    ("cuda版本最高支持11.6", "no subject"),
    # "对应" with the GPU alone: not the guides' name for the driver's number
    ("显卡对应的CUDA版本为11.2", "GPU + 对应"),
])
def test_no_drivers_cuda_from_these(line: str, source: str) -> None:
    assert "driver.cuda" not in _facts(line), source


def test_the_ceiling_clause_leaves_the_rest_of_the_sentence_read() -> None:
    facts = _facts("显卡支持的CUDA版本为11.4，torch版本是2.3.0+cu121")
    assert facts["driver.cuda"] == "11.4"
    assert facts["torch.version_full"] == "2.3.0+cu121"


# An issue form's answer on the line after its field's heading (session 27). so-vits-svc's help form asks, in Chinese,
# "系统平台版本号", "GPU 型号" (description: 请执行`nvidia-smi`), "Python版本", "PyTorch版本" as one-line inputs
# (svc-develop-team/so-vits-svc .github/ISSUE_TEMPLATE/ask_for_help.yaml); MinerU's bug form asks
# "Operating system | 操作系统", "Python version | Python 版本". GitHub renders each answer under a "### label" heading.
@pytest.mark.parametrize("text, expected, source", [
    ("### 系统平台版本号\n\nwindows\n\n### GPU 型号\n\n3060\n\n### Python版本\n\n3.8\n\n### PyTorch版本\n\n2\n",
     {"gpu.name": ["NVIDIA GeForce RTX 3060"], "gpu.vendor": "nvidia", "python.version": "3.8"},
     "https://github.com/svc-develop-team/so-vits-svc/issues/152"),
    ("### Operating system | 操作系统\n\nWindows\n\n### Python version | Python 版本\n\n3.10\n\n"
     "### Software version | 软件版本 (magic-pdf --version)\n\n0.10.x\n\n### Device mode | 设备模式\n\ncuda\n",
     {"os.name": "windows", "python.version": "3.10"}, "https://github.com/opendatalab/MinerU/issues/1435"),
    ("### Operating System Version| 操作系统版本\n\nUbuntu 24.04\n\n### Python version | Python 版本\n\n3.13\n\n"
     "### Software version | 软件版本 (mineru --version)\n\n`>=2.5`\n",
     {"os.name": "linux", "os.distro": "Ubuntu 24.04", "python.version": "3.13"},
     "https://github.com/opendatalab/MinerU/issues/4366"),
    ("### 显卡型号\n\n1660s\n", {"gpu.name": ["NVIDIA GeForce GTX 1660"], "gpu.vendor": "nvidia"}, "form wording"),
])
def test_an_issue_forms_answer_is_read_with_its_field(text: str, expected: dict[str, object], source: str) -> None:
    assert _facts(text) == expected, source


@pytest.mark.parametrize("text, source", [
    # not a field this reader knows, or code in the heading, or the answer is a code fence / a long paragraph
    ("### 问题描述\n\n3060跑不起来\n", "a description heading"),
    ("### os.environ[\"CUDA_VISIBLE_DEVICES\"] = \"1\"\n\n4090\n", "https://github.com/weizhepei/CasRel/issues/28 (shape)"),
    ("### Python版本\n\n```\n3.8\n```\n", "a code fence"),
    ("### GPU 型号\n\n\n\n\n3060\n", "the answer too far from its heading"),
    ("### GPU\n\ncuda\n", "https://github.com/invoke-ai/InvokeAI/issues/2735 (the device kind, no model)"),
])
def test_no_form_answer_from_these(text: str, source: str) -> None:
    facts = _facts(text)
    assert "gpu.name" not in facts and "python.version" not in facts, source


# torch.cuda.is_available()'s result as Chinese reports write it (session 27).
@pytest.mark.parametrize("line, value, source", [
    ("在环境安装后，python环境下输入import pytorch不报错，但输入torch.cuda.is_available（）返回False", False,
     "https://github.com/babysor/MockingBird/issues/456 (full-width brackets)"),
    ("在env下启动，torch.cuda.is_available()确实返回false", False, "https://github.com/chenyme/Chenyme-AAVT/issues/21"),
    ("并且torch.cuda.is_available()显示的是true", True, "https://github.com/opendatalab/MinerU/issues/2247"),
    ("晚上好(?)，我是使用NVIDIA GeForce RTX 4060 Laptop GPU，也確認過torch.cuda.is_available()為true", True,
     "https://github.com/RVC-Boss/GPT-SoVITS/issues/2347 (traditional characters)"),
    ('- CUDA Support (`python -c "import torch; print(torch.cuda.is_available())"`) : False', False,
     "https://github.com/zai-org/ChatGLM2-6B/issues/426 (ChatGLM's issue form)"),
    ("torch.cuda.is_available()：False", False, "full-width colon"),
    ("torch.cuda.is_available()打印出来是False", False, "zh wording"),
    ("torch.cuda.is_available()得到False", False, "zh wording"),
    ("torch.cuda.is_available()的值是False", False, "zh wording"),
])
def test_is_available_in_zh_words(line: str, value: bool, source: str) -> None:
    assert _facts(line).get("torch.cuda_available") is value, source


@pytest.mark.parametrize("line", [
    "如果torch.cuda.is_available()为False怎么办",
    "torch.cuda.is_available()是不是False",
    "torch.cuda.is_available()应该是True吧？",
])
def test_is_available_asked_or_supposed_gives_nothing(line: str) -> None:
    assert "torch.cuda_available" not in _facts(line)
