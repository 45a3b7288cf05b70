"""torch.compile refusing the Python (python-too-new-for-torch-compile), session 27, from torch's own source.

- compile_refuses_python: torch 2.0's torch/_dynamo/eval_frame.py check_if_dynamo_supported ("Python 3.11+ not yet
  supported for torch.compile"), torch 2.1-2.5's torch/__init__.py compile() ("Dynamo is not supported on Python 3.12+",
  then 3.13+) and eval_frame's later "Python 3.1x+ not yet supported for torch.compile".
- quoted_in_code: the same words inside code that tests the error's text, or a comment: not a report.
Windows' own refusal ("Windows not yet supported for torch.compile") is triton-missing-windows'.

Each line is verbatim from the thread or file named."""
from __future__ import annotations

R = "python-too-new-for-torch-compile"

FIRES = [
    (R, "compile_refuses_python", "RuntimeError: Dynamo is not supported on Python 3.12+", "jianchang512/ChatTTS-ui#36"),
    (R, "compile_refuses_python", "    raise RuntimeError(\"Dynamo is not supported on Python 3.12+\")",
     "jianchang512/ChatTTS-ui#36"),
    (R, "compile_refuses_python", "diffusers> E   RuntimeError: Dynamo is not supported on Python 3.12+",
     "huggingface/diffusers#7441"),
    (R, "compile_refuses_python", "> RuntimeError: Python 3.11+ not yet supported for torch.compile", "skorch-dev/skorch#990"),
    (R, "compile_refuses_python", "still getting the error RuntimeError: Dynamo is not supported on Python 3.12+ with latest "
     "version of pytorch 2.2.2.", "pytorch/pytorch#120233"),
    (R, "compile_refuses_python", "        raise RuntimeError(\"Python 3.14+ not yet supported for torch.compile\")",
     "pytorch/pytorch torch/_dynamo/eval_frame.py (2.6+)"),
    (R, "quoted_in_code", "            if \"not yet supported for torch.compile\" not in str(", "kornia/kornia conftest.py"),
    (R, "quoted_in_code", "    # Python 3.11+ not yet supported for torch.compile", "a Modal image spec (code-search file 15467709275)"),
    (R, "quoted_in_code", "    # RuntimeError: Dynamo is not supported on Python 3.13+", "a nixpkgs package (code-search file 346330064)"),
]

QUIET = [
    # Windows' refusal: triton-missing-windows
    (R, "compile_refuses_python", "RuntimeError : Windows not yet supported for torch.compile",
     "pytorch-labs/segment-anything-fast#106"),
    # a FAQ naming the error without the version's "+": a documentation line, not torch's message
    (R, "compile_refuses_python", "**6.**  报错 `Dynamo is not supported on Python 3.12`", "jianchang512/ChatTTS-ui FAQ"),
    # torch's raise line is no code quote
    (R, "quoted_in_code", "    raise RuntimeError(\"Dynamo is not supported on Python 3.12+\")", "jianchang512/ChatTTS-ui#36"),
]
