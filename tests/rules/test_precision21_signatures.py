"""Session 21 (precision): the words that show which build or toolkit actually ran outrank a guess from a version seen
elsewhere in the paste. Each line is verbatim from the thread named."""
from __future__ import annotations


FIRES = [
    # A CUDA build ran and said why it stopped: a CPU-only torch cannot raise these (cuda-build-ran-evidence), so
    # cpu-only-wheel steps aside for the rule that reads the error.
    ("cuda-build-ran-evidence", "cuda_build_ran", "RuntimeError: CUDA error: no kernel image is available for execution on "
     "the device", "pytorch/pytorch#149845"),
    ("cuda-build-ran-evidence", "cuda_build_ran", "CUDA error: no kernel image is available for execution on the device\n"
     "  current device: 0, in function ggml_cuda_compute_forward", "ollama/ollama#12316"),
    ("cuda-build-ran-evidence", "cuda_build_ran", "RuntimeError: CUDA error: out of memory", "MaartenGr/KeyBERT#111"),
    ("cuda-build-ran-evidence", "cuda_build_ran", "RuntimeError: cuda runtime error (2) : out of memory at /data/users/soumith/"
     "miniconda2/conda-bld/pytorch-0.1.6_1483589222778/work/torch/lib/THC/generic/THCStorage.cu:65", "pytorch/pytorch#465"),
    ("cuda-build-ran-evidence", "cuda_build_ran", "THCudaCheck FAIL file=/data/users/soumith/miniconda2/conda-bld/pytorch-0.1.9_"
     "1487346124464/work/torch/lib/THC/generic/THCStorage.cu line=66 error=2 : out of memory", "pytorch/pytorch#465"),
    ("cuda-build-ran-evidence", "cuda_build_ran", "python3 pytorch_212_cuda_oom.py  # \"CUDA out of memory\"",
     "pytorch/pytorch#116928"),
    # The toolkit torch's cpp_extension found and builds with, in both of its wordings.
    ("nvcc-too-old-for-gpu-arch", "build_cuda_detected", "RuntimeError: The detected CUDA version (11.8) mismatches the version "
     "that was used to compile PyTorch (12.4). Please make sure to use the same CUDA versions.", "icip-cas/AutoAlign#25"),
    ("nvcc-too-old-for-gpu-arch", "build_cuda_detected", "    The detected CUDA version (12.2) mismatches the version that was "
     "used to compile", "PKUHaoWang/EmbodiedOcc2#6"),
]

QUIET = [
    # Words about CUDA and memory that are not a CUDA build's own error.
    ("cuda-build-ran-evidence", "cuda_build_ran", "CUDA memory error when using torch.device('cpu')",
     "pytorch/pytorch#59309's title"),
    ("cuda-build-ran-evidence", "cuda_build_ran", "When I make a new virtual environment and install the CPU version of PyTorch "
     "only, I don't get the issues.", "pytorch/pytorch#59309"),
    ("cuda-build-ran-evidence", "cuda_build_ran", "   CUDA Toolkit 12.8, Driver 13.0", "zcai0612/UP2You#10 (Warp's banner)"),
    # The message's template, without the version found: nothing to compare.
    ("nvcc-too-old-for-gpu-arch", "build_cuda_detected", "The detected CUDA version (%s) mismatches the version that was used "
     "to compilePyTorch (%s)", "SarahWeiii/diso#25's title"),
]


def test_the_detected_toolkit_version_is_captured(signature_hit) -> None:
    m = signature_hit("nvcc-too-old-for-gpu-arch", "build_cuda_detected", "RuntimeError: \nThe detected CUDA version (12.4) "
                      "mismatches the version that was used to compile\nPyTorch (11.8). Please make sure to use the same CUDA "
                      "versions.")  # kodenii/Responsible-Visual-Editing#4
    assert m and m.group("build_cuda") == "12.4"
