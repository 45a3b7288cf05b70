"""Version-of-package families of session 41, read from the reporter's own words.

numpy2-abi:
- numpy_too_new_said: NumPy 2 said not to go with torch (or a build for NumPy 1) either way round, with the operator or
  the "==" a pin carries and the misspelling reporters type ("compatiable"); a hedge ("may not officially be compatible")
  and NumPy 1.x named are not read.

(torch-too-new-for-code's reading of a module pickled by an older torch, whatever its class, is the log reader's:
rules/knowledge/torch_api_removed.yaml `any_class` rows, tests/probes/test_pasted_torch_api_removed.py.)

Each line is verbatim from the source named."""
from __future__ import annotations

RULE = "numpy2-abi"

FIRES = [
    # https://github.com/Plachtaa/seed-vc/issues/114
    ("numpy_too_new_said", "torch==2.1.0 is not compatiable with numpy 2.0, so torch can be modified to 2.4.0.",
     "Plachtaa/seed-vc#114"),
    # https://github.com/stanford-star/relbench/pull/206 (review answer)
    ("numpy_too_new_said", "Yes. torch 2.1.0 is not compatible with numpy 2.0.0.", "stanford-star/relbench#206"),
    # https://github.com/bowang-lab/Orthrus/issues/2 (title)
    ("numpy_too_new_said", "Torch incompatibility with Numpy 2", "bowang-lab/Orthrus#2"),
    # https://github.com/LukasMut/VICE/issues/15 (the session's outside sample)
    ("numpy_too_new_said", "For now, numpy >= 2.0 is not compatible with torch?", "LukasMut/VICE#15"),
]

QUIET = [
    # a hedge about other packages, not a clash seen
    ("numpy_too_new_said", "Some other packages may not officially be compatible with NumPy 2 in the installed versions.",
     "biigle/core#1138"),
    # NumPy 1.x pinned for a torch that needs it
    ("numpy_too_new_said", "Set numpy version to be compatible with torch 2.1.0", "stanford-star/relbench#206"),
]
