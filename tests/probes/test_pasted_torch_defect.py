"""The known-defect reader (rules/knowledge/torch_known_defects.yaml): a row is named only when the log shows
both its error and a torch in its range (of one of its builds, when the build is shown)."""
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


def test_a_path_only_the_affected_builds_have_names_the_row_without_a_version():
    facts = _defect(_BREW_LIBOMP)
    assert facts["log.torch_defect"] == "macos-1.1.0-brew-libomp"
    assert facts["log.torch_defect_fixed_in"] == "1.1.0.post2"


def test_the_proof_is_silent_for_a_stated_release_outside_the_range():
    assert not _defect(_BREW_LIBOMP + "torch==1.4.0\n")


def test_the_same_homebrew_path_missing_for_another_library_is_silent():
    # seen: https://github.com/dmlc/xgboost/issues/5586
    assert not _defect("Error message(s): ['dlopen(/Users/runner/hostedtoolcache/Python/3.8.2/x64/lib/python3.8/"
                       "site-packages/xgboost/lib/libxgboost.dylib, 6): Library not loaded: "
                       "/usr/local/opt/libomp/lib/libomp.dylib\n")
