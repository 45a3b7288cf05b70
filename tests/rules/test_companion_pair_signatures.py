"""companion-package-version-mismatch (session 21) reads each pair's own words for "these two releases do not fit":
OpenMMLab's import-time range check in every era's spelling of the range, pip's resolver line between members of a
pair, spconv importing from a cumm that lacks the name, causal-conv1d refusing mamba_ssm's arguments. Each line is
verbatim from the thread named (threads that are not corpus reports), or a near miss that must stay quiet."""
from __future__ import annotations

RULE = "companion-package-version-mismatch"

FIRES = [
    ("mm_check", "AssertionError: MMCV==1.3.9 is used but incompatible. Please install mmcv>=[1, 1, 4], <=[1, 2, 0].",
     "open-mmlab/mmdetection#5803"),
    ("mm_check", "AssertionError: MMCV==1.4.2 is used but incompatible. Please install mmcv>=(1, 3, 13, 0, 0, 0), "
     "<=(1, 4, 0, 0, 0, 0).", "open-mmlab/mmsegmentation#2278"),
    ("mm_check", "AssertionError: MMCV==2.1.0 is used but incompatible. Please install mmcv>=1.3.17, <=1.8.0.",
     "open-mmlab/mmdetection#11636"),
    ("mm_check", "MMEngine==0.7.0 is used but incompatible. Please install mmengine>=0.7.1, <1.0.0.",
     "open-mmlab/mmdetection#10221"),
    ("mm_check", "MMDET==2.12.0 is used but incompatible.", "a1600012888/MUTR3D#13"),
    ("mm_check", "AssertionError: mmcv==1.7.1 is used but incompatible. Please install mmcv-full>=(2, 0, 0, 0, -1, 1), "
     "<(2, 1, 0, 0, 0, 0).", "open-mmlab/mmagic#1756"),
    ("mm_check", "AssertionError: MMEngine==0.6.0 is used but incompatible. Please install mmengine>=0.0.0, <0.2.0.",
     "open-mmlab/playground#184"),
    ("mm_check", "Cannot import D:\\ComfyUI\\custom_nodes\\ComfyUI-SDPose-OOD module for custom nodes: MMCV==2.2.0 is used "
     "but incompatible. Please install mmcv>=2.0.0rc4, <2.2.0.", "judian17/ComfyUI-SDPose-OOD#3"),
    ("pip_pair", "mmdet 3.1.0 requires mmcv<2.1.0,>=2.0.0rc4; extra == \"mim\", but you have mmcv 2.2.0 which is "
     "incompatible.", "open-mmlab/mmdetection#12448"),
    ("cumm_name_missing", "ImportError: cannot import name 'TensorOpParams' from 'cumm.gemm.algospec.core' "
     "(/opt/conda/envs/ahmed/lib/python3.7/site-packages/cumm/gemm/algospec/core.py)", "Luoyadan/CRB-active-3Ddet#7"),
    ("cumm_name_missing", "ImportError: cannot import name 'CUDAEvent' from 'cumm.core_cc.tensorview_bind' (unknown "
     "location)", "traveller59/spconv#655"),
    ("cumm_type_unregistered", "ImportError: arg(): could not convert default argument 'workspace: tv::Tensor' in method "
     "'<class 'spconv.core_cc.csrc.sparse.convops.gemmops.GemmTunerSimple'>.run_with_tuned_result' into a Python object "
     "(type not registered yet?)", "traveller59/spconv#665"),
    ("conv1d_args", "TypeError: causal_conv1d_fwd(): incompatible function arguments. The following argument types are "
     "supported:", "OpenGVLab/VideoMamba#37"),
    ("conv1d_args", "causal_conv1d_fwd(): incompatible function arguments. The following argument types are supported:",
     "hustvl/Vim#95"),
    ("mmcv_ops_missing", "ModuleNotFoundError: No module named 'mmcv._ext'", "Adamdad/ConsistentTeacher#54"),
]

QUIET = [
    # The traceback's source line carries no version: only the message below it is read.
    ("mm_check", "    f'MMCV=={mmcv.__version__} is used but incompatible. ' \\", "open-mmlab/mmdetection3d#1025"),
    # pip's resolver between torch and a companion library is torchvision-mismatch's / extension rules' to read.
    ("pip_pair", "torchvision 0.15.2 requires torch==2.0.1, but you have torch 2.1.0 which is incompatible.",
     "a near miss: torch itself"),
    ("pip_pair", "transformers 4.30.2 requires tokenizers!=0.11.3,<0.14,>=0.11.1, but you have tokenizers 0.15.0 which "
     "is incompatible.", "a near miss: a pair outside the torch extension families"),
    # Another package's pybind refusal is the program's own call.
    ("conv1d_args", "TypeError: indice_conv(): incompatible function arguments. The following argument types are "
     "supported:", "JIA-Lab-research/3D-Box-Segment-Anything#3"),
    ("cumm_name_missing", "ImportError: cannot import name 'cached_download' from 'huggingface_hub'",
     "a near miss: another library's API"),
]


def test_the_range_asked_for_is_kept_without_its_full_stop(signature_hit) -> None:
    m = signature_hit(RULE, "mm_check", "AssertionError: MMCV==1.2.0 is used but incompatible. Please install "
                      "mmcv>=1.3.17, <=1.5.0.")
    assert m and m.group("companion") == "MMCV" and m.group("companion_version") == "1.2.0"
    assert m.group("companion_wanted") == "mmcv>=1.3.17, <=1.5.0"
