"""Session 30: Huawei Ascend NPU setups (npu helper).

npu-cann-env-not-set reads a library of the Ascend stack that the loader cannot find, in torch_npu's own words
(torch_npu/_init/core/module_loader.py _check_npu_import appends "Please check that the cann|runtime|compiler package is
installed. Please run 'source set_env.sh' in the CANN installation path." to the ImportError for libhccl.so and
libascendcl.so; torch_npu/_init/registry/registry_manager.py _cann_package_check raises "ASCEND_OPP_PATH environment
variable is not set" and "ASCEND_HOME_PATH : <path> does not exist") and in the loader's bare "<lib>.so: cannot open
shared object file" of older torch_npu and of Paddle's Ascend plugin: CANN's libraries, NNAL's libatb.so, the driver's
libascend_hal.so. A library that WAS found but misses a symbol (another release), and torch_npu's or an app's own
library, stay quiet. ascend-npu-evidence names the Ascend setup so that cpu-only-wheel steps aside there. Each line is
verbatim from the thread named."""
from __future__ import annotations

from gpufix.core.corpus import diagnose_text
from gpufix.engine.api import load_rules

RULE = "npu-cann-env-not-set"

FIRES = [
    # https://github.com/LinZhekai/X-Oscar/issues/4 (torch_npu >= 2.1's hint; a machine without an Ascend NPU)
    ("cann_lib_missing", "> ImportError: libhccl.so: cannot open shared object file: No such file or directory. Please "
     "check that the cann package is installed. Please run 'source set_env.sh' in the CANN installation path.",
     "LinZhekai/X-Oscar#4"),
    ("set_env_hint", "> ImportError: libhccl.so: cannot open shared object file: No such file or directory. Please "
     "check that the cann package is installed. Please run 'source set_env.sh' in the CANN installation path.",
     "LinZhekai/X-Oscar#4"),
    # https://github.com/opendatalab/MinerU/issues/2537 (a docker build step importing torch_npu)
    ("cann_lib_missing", "90.61 ImportError: libhccl.so: cannot open shared object file: No such file or directory",
     "opendatalab/MinerU#2537"),
    # https://github.com/vllm-project/vllm-ascend/issues/1440 (a container started without the driver mounted)
    ("driver_lib_missing", "libascend_hal.so: cannot open shared object file: No such file or directory",
     "vllm-project/vllm-ascend#1440"),
    # https://github.com/PaddlePaddle/Paddle/issues/69146 (Paddle's Ascend plugin; NNAL not installed)
    ("nnal_lib_missing", "ValueError: (InvalidArgument) Fail to open library: /data/miniconda3/envs/env-3.9.16/lib/"
     "python3.9/site-packages/paddle_custom_device/libpaddle-custom-npu.so with error: libatb.so: cannot open shared "
     "object file: No such file or directory", "PaddlePaddle/Paddle#69146"),
    # https://github.com/vllm-project/vllm-ascend/issues/130 (torch_npu 2.5.1.dev20250218 without NNAL)
    ("nnal_lib_missing", "ImportError: libatb.so: cannot open shared object file: No such file or directory",
     "vllm-project/vllm-ascend#130"),
    # https://github.com/PaddlePaddle/FastDeploy/issues/2540 (Paddle Lite's Ascend HAL; the CANN runtime not found)
    ("cann_lib_missing", "[F 10/28 12:31:52. 73 ...nadapter/nnadapter/src/runtime/device.cc:529 Find] Failed to load the "
     "nnadapter device HAL library for 'huawei_ascend_npu' from libhuawei_ascend_npu.so, libascendcl.so: cannot open "
     "shared object file: No such file or directory", "PaddlePaddle/FastDeploy#2540"),
    # torch_npu's registry_manager.py, the exception a shell without set_env.sh meets (the source's own words)
    ("ascend_env_unset", "Exception: ASCEND_OPP_PATH environment variable is not set. Please check whether the opp "
     "package has been installed. If exist, please run 'source set_env.sh' in the CANN installation path.",
     "Ascend/pytorch torch_npu/_init/registry/registry_manager.py"),
]

QUIET = [
    # https://github.com/vllm-project/vllm-ascend/issues/117: libtorch_npu.so found an ATB of another release
    ("nnal_lib_missing", "ImportError: /usr/local/python3.10.14/lib/python3.10/site-packages/torch_npu/lib/libtorch_npu.so: "
     "undefined symbol: _ZN3atb15CreateOperationINS_5infer14GroupTopkParamEEEiRKT_PPNS_9OperationE",
     "vllm-project/vllm-ascend#117"),
    # https://github.com/BytePioneer-AI/PaddleOCR-NPU/issues/7: a CANN library found, of another release
    ("cann_lib_missing", "ImportError: /usr/local/Ascend/ascend-toolkit/8.0.RC3.alpha003/aarch64-linux/lib64/libruntime.so: "
     "undefined symbol: _ZN12ErrorManager19ATCReportErrMessageESsRKSt6vectorISsSaISsEES4_",
     "BytePioneer-AI/PaddleOCR-NPU#7"),
    # https://github.com/vllm-project/vllm-ascend/issues/1114: vLLM Ascend's own kernels library
    ("cann_lib_missing", "2025-06-07T08:10:41.790Z ERROR camem: Failed to import vllm_ascend_C:libvllm_ascend_kernels.so: "
     "cannot open shared object file: No such file or directory", "vllm-project/vllm-ascend#1114"),
    # https://github.com/flagos-ai/vllm-plugin-FL/issues/77: torch_npu's own library, not CANN's
    ("cann_lib_missing", "   `ImportError: libtorch_npu.so: cannot open shared object file: No such file or directory`",
     "flagos-ai/vllm-plugin-FL#77"),
    # https://github.com/vllm-project/vllm-ascend/issues/3255: HCCL found and used (vLLM's info line)
    ("cann_lib_missing", "(Worker_TP2 pid=3549) INFO 09-26 15:11:03 [utils.py:231] Found hccl from library libhccl.so",
     "vllm-project/vllm-ascend#3255"),
    # the warning alone (torch_npu's registry_manager.py): printed on machines that load CANN via LD_LIBRARY_PATH
    ("ascend_env_unset", "Warning: ASCEND_HOME_PATH environment variable is not set.",
     "Ascend/pytorch torch_npu/_init/registry/registry_manager.py"),
    # https://github.com/Ascend/pytorch/issues/7: CANN's op compiler without its Python packages (another cause)
    ("set_env_hint", "EH9999  [Init][Env]init env failed![FUNC:ReportInnerError][FILE:log_inner.cpp][LINE:145]",
     "Ascend/pytorch#7"),
]

ASCEND_FIRES = [
    # https://github.com/modelscope/ms-swift/issues/3594 (pip's table)
    "torch-npu                    2.5.1.dev20250228",
    # https://github.com/hiyouga/LlamaFactory/issues/7986 (the reporter's prose)
    "当 torch==2.2.0 且 torch-npu==2.2.0 且 transformers>4.49 时",
    # https://github.com/vllm-project/vllm-ascend/issues/1440 ... and a traceback through the plugin
    '  File "/usr/local/python3.10/lib/python3.10/site-packages/torch_npu/__init__.py", line 19, in <module>',
    # https://github.com/vllm-project/vllm-ascend/issues/3162 (vLLM Ascend's device variable)
    "`ASCEND_RT_VISIBLE_DEVICES=7 swift rollout --model /cache/Qwen2.5-VL-7B-Instruct/ --vllm_tensor_parallel_size 1`",
]

ASCEND_QUIET = [
    # an NVIDIA machine's pip table and collect_env (no Ascend words)
    "torch                    2.5.1+cu124",
    "Is CUDA available: True",
    # the word NPU alone names other accelerators too (Intel's Core Ultra NPU, Rockchip's RKNPU)
    "Intel(R) AI Boost NPU driver 32.0.100.3104",
]


def _ids(text: str) -> list[str]:
    return [d.id for d in diagnose_text(text, load_rules()).diagnoses]


def test_ascend_named(signature_hit) -> None:
    for line in ASCEND_FIRES:
        assert signature_hit("ascend-npu-evidence", "ascend_named", line), line
    for line in ASCEND_QUIET:
        assert not signature_hit("ascend-npu-evidence", "ascend_named", line), line


def test_missing_library_is_named() -> None:
    text = "ImportError: libhccl.so: cannot open shared object file: No such file or directory"
    assert _ids(text)[:1] == [RULE]


def test_cuda_call_on_an_ascend_setup_is_not_a_cpu_wheel() -> None:
    # https://github.com/modelscope/ms-swift/issues/3594: hard-coded torch.cuda on a 910B with torch-npu
    text = ("在昇腾上，运行 GRPO 报错：AssertionError: Torch not compiled with CUDA enabled\n"
            "torch                            2.5.1\n"
            "torch-npu                    2.5.1.dev20250228\n")
    assert "cpu-only-wheel" not in _ids(text)
    # the same refusal without the Ascend words stays cpu-only-wheel's
    assert "cpu-only-wheel" in _ids("AssertionError: Torch not compiled with CUDA enabled\ntorch 2.5.1+cpu\n")
