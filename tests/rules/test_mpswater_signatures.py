"""mps-watermark-ratio-invalid (session 23) reads torch's MPS allocator refusing its watermark settings, "invalid low
watermark ratio X" / "invalid high watermark ratio X", in every release that has the check and inside app wrappers.
Each line is verbatim from the thread named; the near misses are the out-of-memory message that names the variable,
Metal's buffer limit and the allocator's own low-watermark assert."""
from __future__ import annotations


RULE = "mps-watermark-ratio-invalid"

FIRES = [
    ("ratio_refused", "RuntimeError: invalid low watermark ratio 1.4", "kohya-ss/sd-scripts#603"),
    ("ratio_refused", "Could we choose these defaults together, taking any existing override into account? I reproduced a "
     "startup failure with just `PYTORCH_MPS_LOW_WATERMARK_RATIO=1.0` set: that works with PyTorch's original defaults, "
     "but the new high watermark of `0.7` makes `Engine.load(..., device=\"mps\")` fail with `RuntimeError: invalid low "
     "watermark ratio 1`.", "kshetrajna12/reflex#1"),
    ("ratio_refused", "This broke sample/demo project creation in Designer and the Mac app because RAG embedding would fail "
     "with \"invalid low watermark ratio 1.4\" error, even though the project itself was created successfully.",
     "llama-farm/llamafarm#725"),
    ("ratio_refused", "Standalone CLI: [ERROR] Error in Phase 1 (Encoding): invalid low watermark ratio 1.4",
     "numz/ComfyUI-SeedVR2_VideoUpscaler#290 (title)"),
    ("ratio_refused", "Fixes the error with high watermark value on x86 (`RuntimeError: invalid high watermark ratio 1.7`)",
     "pytorch/pytorch#91268"),
]

QUIET = [
    # torch's out-of-memory message names the variable: an OOM, not a refused value.
    ("ratio_refused", "MPS backend out of memory (MPS allocated: 7.43 GB, other allocations: 24.46 GB, max allowed: 32.00 GB). "
     "Tried to allocate 129.21 MB on private pool. Use PYTORCH_MPS_HIGH_WATERMARK_RATIO=0.0 to disable upper limit for "
     "memory allocations (may cause system failure).", "pytorch/pytorch#96814"),
    # One Metal buffer over the device limit.
    ("ratio_refused", "RuntimeError: Invalid buffer size: 9.00 GB", "CAREamics/careamics#380"),
    # torch 1.13.1's allocator asserting on its own bookkeeping.
    ("ratio_refused", "RuntimeError: current_allocated_size() >= m_low_watermark_limit INTERNAL ASSERT FAILED at "
     "\"/Users/runner/work/pytorch/pytorch/pytorch/aten/src/ATen/mps/MPSAllocator.mm\":389, please report a bug to PyTorch.",
     "pytorch/pytorch#92208"),
]


def test_the_refused_value_is_captured():
    from gpufix import linear_re as re
    import yaml
    from pathlib import Path

    rule = yaml.safe_load((Path(__file__).resolve().parents[2] / "rules" / "runtime" / f"{RULE}.yaml").read_text())
    rx = re.compile(rule["signatures"]["ratio_refused"])
    m = rx.search("fail with `RuntimeError: invalid low watermark ratio 1`.")
    assert m and m.group("watermark_kind") == "low" and m.group("watermark_value") == "1"
    m = rx.search("RuntimeError: invalid high watermark ratio 1.7")
    assert m and m.group("watermark_kind") == "high" and m.group("watermark_value") == "1.7"
