"""Compiled-extension family (session 30): readings taken from the emitting code. Unsloth's own checks of xFormers
(unsloth/models/_utils.py: "your xformers version of X is too new", "Unsloth: Xformers was not installed correctly")
name an xFormers built for another torch (extension-built-for-other-torch). Windows' error 127 with nothing after it is
ctypes.CDLL's in torch.ops.load_library (torch's own DLL loader always adds 'Error loading "...\\torch\\lib\\X.dll"'),
so a library loaded into torch is missing one of this torch's functions. A project's own CUDA op printing its launch
check "error in <kernel>: invalid device function" was compiled by another toolkit than torch's CUDA
(extension-cuda-version-mismatch). A <name>_cuda op module (torch's cpp_extension naming) that Python cannot find at all
was never built here (extension-ops-missing). Rows are (rule, signature, line, source), each line verbatim from the thread named."""
from __future__ import annotations

import pytest

from gpufix.core.corpus import diagnose_text
from gpufix.engine.api import load_rules

CUDA = "extension-cuda-version-mismatch"
OPS = "extension-ops-missing"
OTHER = "extension-built-for-other-torch"

FIRES = [
    # https://github.com/unslothai/unsloth/issues/1026 and https://github.com/hiyouga/LlamaFactory/issues/5431
    (OTHER, "unsloth_xformers_pin", "Otherwise in local machines, your xformers version of 0.0.27.post2 is too new.",
     "unslothai/unsloth#1026, hiyouga/LlamaFactory#5431"),
    # https://github.com/unslothai/unsloth/issues/962 (the reporter retelling Unsloth's ImportError)
    (OTHER, "unsloth_xformers_broken", "There is an issue regarding the import of FastLanguageModel form unsloth it shows "
     "that xformers has not been installed properly", "unslothai/unsloth#962"),
    # unsloth/models/_utils.py (2024.5-2026.1): the ImportError's first line, as raised
    (OTHER, "unsloth_xformers_broken", "ImportError: Unsloth: Xformers was not installed correctly.",
     "unslothai/unsloth unsloth/models/_utils.py"),
    # https://github.com/FranckyB/Voice-Clone-Studio/issues/79
    (OTHER, "win127_bare", "OSError: [WinError 127] The specified procedure could not be found",
     "FranckyB/Voice-Clone-Studio#79"),
    # https://github.com/svc-develop-team/so-vits-svc/issues/152
    (OTHER, "win127_bare", "[Help]: 推理报OSError: [WinError 127] 找不到指定的程序。", "svc-develop-team/so-vits-svc#152"),
    # https://github.com/1aienthusiast/audiocraft-infinity-webui/issues/9 (the paste's closing code fence on the line)
    (OTHER, "win127_bare", "OSError: [WinError 127] The specified procedure could not be found```",
     "1aienthusiast/audiocraft-infinity-webui#9"),
    # https://github.com/fundamentalvision/Deformable-DETR/issues/70
    (CUDA, "op_invalid_device_function", "when python test.py, an error is reported, error in ms_deformable_im2col_cuda: "
     "invalid device function", "fundamentalvision/Deformable-DETR#70"),
    # https://github.com/ttengwang/PDVC/issues/6
    (CUDA, "op_invalid_device_function", " 48%|████▊     | 2360/4917 [02:40<02:55, 14.58it/s]error in "
     "ms_deformable_im2col_cuda: invalid device function", "ttengwang/PDVC#6"),
    # https://github.com/tianweiy/CenterPoint/issues/13
    (CUDA, "op_invalid_device_function", "`error in deformable_col2im: invalid device function`", "tianweiy/CenterPoint#13"),
    # https://github.com/FateScript/CenterNet-better/issues/32
    (CUDA, "op_invalid_device_function", "error in modulated_deformable_col2im_coord_cuda: invalid device function",
     "FateScript/CenterNet-better#32"),
    # https://github.com/aqlaboratory/openfold/issues/445
    (OPS, "cuda_module_missing", "`ModuleNotFoundError: No module named 'attn_core_inplace_cuda'`", "aqlaboratory/openfold#445"),
    # https://github.com/JimmyChame/SADNet/issues/4
    (OPS, "cuda_module_name", "ImportError: cannot import name 'deform_conv_cuda' from 'dcn' "
     "(/home/ztzhao/Documents/code/papers/SADNet/dcn/__init__.py)", "JimmyChame/SADNet#4"),
    # https://github.com/Tony607/mmdetection_object_detection_demo/issues/1
    (OPS, "cuda_module_name", "ImportError: cannot import name 'deform_conv_cuda'", "Tony607/mmdetection_object_detection_demo#1"),
]

QUIET = [
    # https://github.com/AUTOMATIC1111/stable-diffusion-webui/issues/10184: xFormers absent, not broken
    (OTHER, "unsloth_xformers_broken", "No module 'xformers'. Proceeding without it.",
     "AUTOMATIC1111/stable-diffusion-webui#10184"),
    # https://github.com/unslothai/unsloth/issues/1525: a maintainer's question, not the check's verdict
    (OTHER, "unsloth_xformers_broken", "Is Xformers installed correctly?", "unslothai/unsloth#1525"),
    # https://github.com/OpenTalker/video-retalking/issues/76: torch's own DLL loader names the DLL on the same line
    (OTHER, "win127_bare", "OSError: [WinError 127] The specified procedure could not be found. Error loading "
     "\"C:\\Users\\USER\\miniconda3\\envs\\video_retalking\\lib\\site-packages\\torch\\lib\\caffe2_detectron_ops_gpu.dll\" "
     "or one of its dependencies.", "OpenTalker/video-retalking#76"),
    # https://github.com/2noise/ChatTTS/issues/156: error 126 (a DLL not found) is another error
    (OTHER, "win127_bare", "OSError: [WinError 126] 找不到指定的模块。", "2noise/ChatTTS#156 (title)"),
    # https://github.com/chengdazhi/Deformable-Convolution-V2-PyTorch/issues/13: the same launch check, a launch too large
    (CUDA, "op_invalid_device_function", "I met an error: `error in deformable_col2im: invalid argument` when I run my "
     "program, and the program can continue running.", "chengdazhi/Deformable-Convolution-V2-PyTorch#13"),
    # https://github.com/pytorch/pytorch.github.io/issues/72: torch's own kernels (gpu-arch-unsupported's)
    (CUDA, "op_invalid_device_function", "RuntimeError: cuda runtime error (8) : invalid device function",
     "pytorch/pytorch.github.io#72 (the THC era's wording)"),
    # https://github.com/WeiZongqi/CG-Net/issues/9: the loader of a prebuilt-module list, not Python's import
    (OPS, "cuda_module_missing", "ImportError: Couldn't find a file matching the module name: deform_conv_cuda (opt_in = False)",
     "WeiZongqi/CG-Net#9 (title)"),
]

RULES = load_rules()


def _ids(text: str) -> list[str]:
    return [d.id for d in diagnose_text(text, RULES).diagnoses]


def test_unsloths_check_beside_a_cpu_torch_is_not_read_as_another_torch() -> None:
    # A CPU build of torch has no CUDA for any xFormers: cpu-only-wheel's case (the xformers_no_cuda guard's reasoning).
    text = "ImportError: Unsloth: Xformers was not installed correctly.\nPyTorch version: 2.3.0+cpu\n"
    assert OTHER not in _ids(text)


def test_a_bare_error_127_beside_torchs_own_loader_is_left_to_windows_dll_load() -> None:
    # The paste wraps torch's loader message onto the next line: torch's own DLL, not an extension.
    text = ("OSError: [WinError 127] The specified procedure could not be found.\n"
            "Error loading \"C:\\Python39\\lib\\site-packages\\torch\\lib\\c10_cuda.dll\" or one of its dependencies.\n")
    assert OTHER not in _ids(text)


@pytest.mark.parametrize("text, fires", [
    # nvcc 9.2 with cudatoolkit 10.1 (fundamentalvision/Deformable-DETR#67): another toolkit than torch's.
    ("Cuda compilation tools, release 9.2, V9.2.148\ncudatoolkit               10.1.243             h6bb024c_0\n"
     "error in ms_deformable_im2col_cuda: invalid device function\n", True),
    # nvcc 10.0 with PyTorch 1.4.0+cu100 (FateScript/CenterNet-better#32): the toolkits agree.
    ("error in modulated_deformable_im2col_cuda: invalid device function\nPyTorch               1.4.0+cu100\n"
     "NVCC                  Cuda compilation tools, release 10.0, V10.0.130\n", False),
])
def test_the_ops_invalid_device_function_needs_no_agreeing_toolkit(text: str, fires: bool) -> None:
    assert (CUDA in _ids(text)) is fires
