"""torch.utils.cpp_extension's CUDA check, in every form it is printed (session 28): the two-line message of 1.5-2.x,
the same message retyped on one line (which then names torch's CUDA too), and the newest releases' unformatted tuple
(`raise RuntimeError(CUDA_MISMATCH_MESSAGE, cuda_str_version, torch.version.cuda)`, so "(%s)" stands where the
version was). The minor-version warning ("has a minor version mismatch ... Most likely this shouldn't be a problem")
is no refusal and stays out, as do the other lines of the same check (compiler bounds) and the look-alikes' messages.
Rows are (signature, line, source); lines verbatim from the thread or source named."""
from __future__ import annotations

RULE = "extension-cuda-version-mismatch"

FIRES = [
    ("detected", "The detected CUDA version (12.2) mismatches the version that was used to compile",
     "vllm-project/vllm#1060"),
    ("detected", "    The detected CUDA version (11.3) mismatches the version that was used to compile",
     "mit-han-lab/torchsparse#135"),
    ("detected", "The detected CUDA version (12.0) mismatches the version that was used to compile",
     "pengHTYX/Era3D#23"),
    ("detected", "The detected CUDA version (11.7) mismatches the version that was used to compile PyTorch (12.4). Please "
     "make sure to use the same CUDA versions.", "Ehzoahis/DEReD#13 (title)"),
    ("detected", "如果出现类似“The detected CUDA version (12.3) mismatches the version that was used to compile",
     "lettucecfd/lettuce#144"),
    # The newest releases pass the versions as separate arguments to RuntimeError: the message prints unformatted.
    ("detected", "    \"The detected CUDA version (%s) mismatches the version that was used to compile\"",
     "pytorch/pytorch torch/utils/cpp_extension.py CUDA_MISMATCH_MESSAGE (main, 2025-2026)"),
    ("torch_side", "PyTorch (11.8). Please make sure to use the same CUDA versions.", "pengHTYX/Era3D#23 (PyTorch (11.8))"),
]

QUIET = [
    # The minor-version warning: the build goes on.
    ("detected", "    /opt/conda/envs/my/lib/python3.8/site-packages/torch/utils/cpp_extension.py:388: UserWarning: The detected "
     "CUDA version (11.3) has a minor version mismatch with the version that was used to compile PyTorch (11.8). Most "
     "likely this shouldn't be a problem.", "NVlabs/FoundationPose#19"),
    ("detected", "The detected CUDA version (%s) has a minor version mismatch with the version that was used to compile "
     "PyTorch (%s). Most likely this shouldn't be a problem.",
     "pytorch/pytorch torch/utils/cpp_extension.py CUDA_MISMATCH_WARN"),
    # The same check's compiler-bounds warning (host-compiler-too-new-for-nvcc's territory, not a toolkit mismatch).
    ("detected", "    /media/HDD0/lzl/anaconda3/envs/nerf-loc/lib/python3.8/site-packages/torch/utils/cpp_extension.py:424: "
     "UserWarning: There are no g++ version bounds defined for CUDA version 12.1", "facebookresearch/pytorch3d#1688"),
    # No toolkit where CUDA_HOME points (cuda-home-invalid), the newest wording.
    ("detected", "nvcc not found at '{nvcc}'. Ensure CUDA path '{CUDA_HOME}' is correct.",
     "pytorch/pytorch torch/utils/cpp_extension.py _check_cuda_version"),
    ("torch_side", "PyTorch (%s). Most likely this shouldn't be a problem.",
     "pytorch/pytorch torch/utils/cpp_extension.py CUDA_MISMATCH_WARN"),
]


def test_one_line_form_names_both_versions(signature_hit) -> None:
    # seen: Ehzoahis/DEReD#13 (the title, as users paste it into the body)
    m = signature_hit(RULE, "detected", "The detected CUDA version (11.7) mismatches the version that was used to compile "
                                        "PyTorch (12.4). Please make sure to use the same CUDA versions.")
    assert m and m.group("toolkit_cuda") == "11.7" and m.group("torch_cuda_seen") == "12.4"


def test_two_line_form_names_the_toolkit_only(signature_hit) -> None:
    # seen: vllm-project/vllm#1060 (torch's version follows on the next line: torch_side reads it)
    m = signature_hit(RULE, "detected", "The detected CUDA version (12.2) mismatches the version that was used to compile")
    assert m and m.group("toolkit_cuda") == "12.2" and m.group("torch_cuda_seen") is None


def test_tuple_form_names_no_version(signature_hit) -> None:
    m = signature_hit(RULE, "detected", "RuntimeError: ('The detected CUDA version (%s) mismatches the version that was "
                                        "used to compilePyTorch (%s). Please make sure to use the same CUDA versions.', "
                                        "'12.8', '12.6')")
    assert m and m.group("toolkit_cuda") is None
