"""torch-too-old-for-code (session 31): Triton 3 removed the triton.common module that torch 2.3 and older compile
through (torch/utils/_triton.py, torch/_inductor's codegen), so torch.compile fails with "No module named
'triton.common'" when a Triton 3 wheel sits beside such a torch (woct0rdho/triton-windows#89: "torch 2.3 no longer works
with Triton 3"). A missing Triton ("No module named 'triton'") and the reverse pair (torch 2.4+ with a Triton 2.x that
lacks triton_key) are not this reading.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "torch-too-old-for-code"

FIRES = [
    ('triton_common_gone', "ModuleNotFoundError: No module named 'triton.common'", 'https://github.com/kijai/ComfyUI-MochiWrapper/issues/94'),
    ('triton_common_gone', "Hello, I am getting an error when using compile model node in ComfyUI: ModuleNotFoundError: No module named 'triton. common'", 'https://github.com/woct0rdho/triton-windows/issues/89'),
    ('triton_common_gone', "torch._dynamo.exc.BackendCompilerFailed: backend='inductor' raised: ModuleNotFoundError: No module named 'triton.common'", 'https://github.com/pytorch/pytorch/issues/129639'),
    ('triton_common_gone', "No module named 'triton.common'", 'https://github.com/triton-lang/triton/issues/4250'),
    ('triton_by_torch', "backend='inductor' raised:", 'https://github.com/kijai/ComfyUI-MochiWrapper/issues/94'),
    ('triton_by_torch', "Hello, I am getting an error when using compile model node in ComfyUI: ModuleNotFoundError: No module named 'triton. common'", 'https://github.com/woct0rdho/triton-windows/issues/89'),
    ('triton_by_torch', '  File "/home/shore/文档/projects/triton_learn/.venv/lib/python3.11/site-packages/torch/_inductor/graph.py", line 1208, in codegen', 'https://github.com/triton-lang/triton/issues/4250'),
]

QUIET = [
    ('triton_common_gone', "ModuleNotFoundError: No module named 'triton'", 'no Triton at all (Nerogar/OneTrainer#223): triton-missing-windows'),
    ('triton_common_gone', "LoweringException: ImportError: cannot import name 'triton_key' from 'triton.compiler.compiler' (/home/yanbingj/anaconda3/envs/sam/lib/python3.10/site-packages/triton/compiler/compiler.py)", 'the reverse pair: torch 2.4 with a Triton 2.3 (pytorch/pytorch#127271)'),
    ('triton_common_gone', "ModuleNotFoundError: No module named 'triton.commons'", 'another module name'),
    ('triton_by_torch', '    from triton.common.build import libcuda_dirs', 'unsloth importing a Triton 2 path itself (unslothai/unsloth#1342)'),
    ('triton_by_torch', '  File "D:\\LLM\\unsloth\\unsloth\\__init__.py", line 62, in <module>', 'unsloth#1342: no torch compiler frame'),
]
