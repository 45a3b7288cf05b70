"""The known-defect reader (rules/knowledge/torch_known_defects.yaml): a row is named only when the log shows
both its error and a torch in its range (of one of its builds, when the build is shown)."""
import pytest

from gpufix.probes.pasted import extract_facts_from_text


def _defect(text: str):
    return {f.name: f.value for f in extract_facts_from_text(text) if f.name.startswith("log.torch_defect")}


# seen: https://github.com/pytorch/pytorch/issues/53896
_COLLECT_ENV_180 = """RuntimeError: cuDNN error: CUDNN_STATUS_NOT_INITIALIZED
Collecting environment information...
PyTorch version: 1.8.0
Is debug build: False
CUDA used to build PyTorch: 10.2
"""


def test_error_and_release_name_the_row():
    facts = _defect(_COLLECT_ENV_180)
    assert facts["log.torch_defect_fixed_in"] == "1.8.1"
    assert facts["log.torch_defect_issue"].endswith("/53336")


def test_fixed_release_is_silent():
    assert not _defect(_COLLECT_ENV_180.replace("1.8.0", "1.8.1"))


def test_other_build_of_the_release_is_silent():
    assert not _defect(_COLLECT_ENV_180.replace("PyTorch version: 1.8.0", "PyTorch version: 1.8.0+cu111")
                       .replace("10.2", "11.1"))


def test_error_without_a_version_is_silent():
    assert not _defect("RuntimeError: cuDNN error: CUDNN_STATUS_NOT_INITIALIZED\n")


def test_chinese_prose_version():
    # seen: https://github.com/pytorch/pytorch/issues/53336 (Sunzz1996's comment)
    facts = _defect("**问题描述：**在使用 pytorch 1.8.0 版本的时候出现的CUDNN_STATUS_NOT_INITIALIZED的情况，但是\n")
    assert facts["log.torch_defect_fixed_in"] == "1.8.1"


# seen: https://github.com/spro/practical-pytorch/issues/131 (no torch version stated)
_BREW_LIBOMP = """ImportError: dlopen(/Users/little-prince/Documents/Graduation_Project/venv/lib/python3.6/site-packages/torch/_C.cpython-36m-darwin.so, 9): Library not loaded: /usr/local/opt/libomp/lib/libomp.dylib
  Referenced from: /Users/little-prince/Documents/Graduation_Project/venv/lib/python3.6/site-packages/torch/lib/libshm.dylib
  Reason: image not found
"""


def test_the_same_homebrew_path_missing_for_another_library_is_silent():
    # seen: https://github.com/dmlc/xgboost/issues/5586
    assert not _defect("Error message(s): ['dlopen(/Users/runner/hostedtoolcache/Python/3.8.2/x64/lib/python3.8/"
                       "site-packages/xgboost/lib/libxgboost.dylib, 6): Library not loaded: "
                       "/usr/local/opt/libomp/lib/libomp.dylib\n")


# seen: https://github.com/pytorch/pytorch/issues/126605 (collect_env of torch 2.3.0+cu118)
_PLAN_WARNING_230 = """site-packages/torch/autograd/graph.py:744: UserWarning: Plan failed with a cudnnException: CUDNN_BACKEND_EXECUTION_PLAN_DESCRIPTOR: cudnnFinalize Descriptor Failed cudnn_status: CUDNN_STATUS_NOT_SUPPORTED (Triggered internally at ../aten/src/ATen/native/cudnn/Conv_v8.cpp:919.)
Collecting environment information...
PyTorch version: 2.3.0+cu118
Is debug build: False
CUDA used to build PyTorch: 11.8
"""


def test_the_2_3_0_plan_warning_names_the_row_of_every_build():
    facts = _defect(_PLAN_WARNING_230)
    assert facts["log.torch_defect"] == "cudnn-v8-plan-warning-2.3.0"
    assert facts["log.torch_defect_fixed_in"] == "2.3.1"
    assert _defect(_PLAN_WARNING_230.replace("2.3.0+cu118", "2.3.0+cu121").replace("11.8", "12.1"))


def test_the_plan_warning_from_2_3_1_or_without_a_version_is_silent():
    assert not _defect(_PLAN_WARNING_230.replace("2.3.0+cu118", "2.3.1+cu118"))
    assert not _defect(_PLAN_WARNING_230.split("\n", 1)[0] + "\n")


# seen: https://github.com/bytedance/UNO/issues/56
_SDPA_250 = "torch 2.5.0+cu121\n\nerror：\n\ncuDNN Frontend error: [cudnn_frontend] Error: No execution plans support the graph.\n"


def test_the_2_5_0_cudnn_attention_error_names_the_row():
    facts = _defect(_SDPA_250)
    assert facts["log.torch_defect"] == "cudnn-sdpa-default-2.5.0"
    assert facts["log.torch_defect_fixed_in"] == "2.5.1"


def test_the_cudnn_attention_error_of_a_nightly_or_a_later_release_is_silent():
    # seen: https://github.com/cocktailpeanut/fluxgym/issues/73 (torch==2.6.0.dev20240914+cu121)
    assert not _defect(_SDPA_250.replace("2.5.0+cu121", "2.6.0.dev20240914+cu121"))
    assert not _defect(_SDPA_250.replace("2.5.0+cu121", "2.5.1+cu124"))


# seen: https://github.com/open-mmlab/mmdetection3d/issues/1631 (no torch version stated)
_ADAM_1120 = """[/usr/local/lib/python3.7/dist-packages/torch/optim/adam.py](https://localhost:8080/#) in _single_tensor_adam(params, grads)
    253             assert param.is_cuda and step_t.is_cuda, "If capturable=True, params and state_steps must be CUDA tensors."
    254         else:
--> 255             assert not step_t.is_cuda, "If capturable=False, state_steps should not be CUDA tensors."

AssertionError: If capturable=False, state_steps should not be CUDA tensors.
"""


# A row's `proof` (text only the affected builds print) names the row without a version, and a release stated
# outside the row's range keeps it silent: (log, row, fixed_in, a release outside the range).
_PROOFS = [
    (_BREW_LIBOMP, "macos-1.1.0-brew-libomp", "1.1.0.post2", "1.4.0"),
    (_ADAM_1120, "adam-capturable-assert-1.12.0", "1.12.1", "1.11.0"),
]


@pytest.mark.parametrize("log,row,fixed_in,outside", _PROOFS, ids=[r for _, r, _, _ in _PROOFS])
def test_a_proof_names_its_row_without_a_version(log: str, row: str, fixed_in: str, outside: str) -> None:
    facts = _defect(log)
    assert facts["log.torch_defect"] == row
    assert facts["log.torch_defect_fixed_in"] == fixed_in


@pytest.mark.parametrize("log,row,fixed_in,outside", _PROOFS, ids=[r for _, r, _, _ in _PROOFS])
def test_a_proof_is_silent_for_a_stated_release_outside_the_range(log: str, row: str, fixed_in: str, outside: str) -> None:
    assert not _defect(log + f"torch=={outside}\n")


def test_a_project_copy_of_the_assertion_is_not_proof():
    # A project's own optimizer that copied 1.12.0's code prints the source line, never torch's AssertionError.
    assert not _defect('    assert not step_t.is_cuda, "If capturable=False, state_steps should not be CUDA tensors."\n')


# seen: https://github.com/pytorch/pytorch/issues/89987, https://github.com/PJLab-ADG/neuralsim/issues/18
_ADAM_GROUP = "AssertionError: If capturable=True, params and state_steps must be CUDA tensors.\n"


def test_the_per_group_capturable_defect_needs_a_1_12_or_1_13_torch():
    facts = _defect(_ADAM_GROUP + "我的环境是ubuntu18.04 + 4090 +pytorch1.13+ cuda11.8\n")
    assert facts["log.torch_defect"] == "adam-capturable-group-flag-1.12-1.13"
    assert facts["log.torch_defect_fixed_in"] == "2.0.0"
    assert not _defect(_ADAM_GROUP)
    assert not _defect(_ADAM_GROUP + "torch==2.1.0\n")
