"""jetson-generic-torch-evidence: torch's own "not compiled with CUDA" on a Jetson names the generic wheel even when
another library (TensorRT) runs in the same program; that library's failure alone does not."""
from __future__ import annotations

from gpufix.core.corpus import diagnose_text
from gpufix.engine.api import load_rules

RULES = load_rules()

# verbatim lines of deepconsc/tensorrt-yolov5#2 (a Jetson Nano with the generic aarch64 wheel)
TENSORRT_LINES = ("I tried on my jetson the following command:\n`python inference.py`\n"
                  "[TensorRT] INFO: [MemUsageChange] Init CUDA: CPU +198, GPU +0, now: CPU 269, GPU 2566 (MiB)\n"
                  "[TensorRT] INFO: Loaded engine size: 21 MB\n")


def _ids(text: str) -> list[str]:
    return [d.id for d in diagnose_text(text, RULES).diagnoses]


def test_torchs_own_assertion_on_a_jetson_names_the_generic_wheel_beside_tensorrt() -> None:
    found = _ids(TENSORRT_LINES + "AssertionError: Torch not compiled with CUDA enabled\n")
    assert found[:1] == ["jetson-generic-torch-build"]


def test_a_cuda_false_beside_tensorrt_on_a_jetson_is_not_read_as_the_wheel() -> None:
    # is_available() False could be TensorRT's or the board's: the other library keeps the heuristic out
    found = _ids(TENSORRT_LINES + "torch.cuda.is_available() returns False\n")
    assert "jetson-generic-torch-build" not in found
