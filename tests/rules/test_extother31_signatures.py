"""extension-built-for-other-torch (session 31): the reporter's own account of the change that broke a compiled
companion - built against one torch release and torch changed under it, or torch upgraded / replaced by a later
install step with the extension failing after it.

A compiled extension loads only into the torch it was built for (maintainers: patrick-kidger/signatory#36 "the
PyTorch version has been changed between compiling and running"; rusty1s/pytorch_sparse#29 "only works for the
respective PyTorch version it is installed with"), so the two facts in one sentence name the cause. torch.compile is
not a build, and torchvision (torchvision-mismatch's) is not in the list.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "extension-built-for-other-torch"

FIRES = [
    ('ext_built_then_torch_changed', '请问老师原因出在哪里呢，编译DCN的时候我用的torch1.8.0，编译好后我升级到了torch1.10.0，因为会报', 'https://github.com/wangchi95/CF-Font/issues/25'),
    ('ext_built_then_torch_changed', 'For instance, the cpp extension compiled with pytorch 2.2.1 will crash on `torch.ops.quanto.dqmm` on MacOS when upgrading pytorch to 2.3.0.', 'https://github.com/huggingface/optimum-quanto/issues/194'),
    ('torch_changed_ext_broke', 'Regardless of this, the requirements automatically installs Torch 2.0, and since your command to install the requirements comes after the torch and xformers installation, it uninstalled the existing version of Torch, and replaces it with this version, causing Xformers to fail to load.', 'https://github.com/Comfy-Org/ComfyUI/issues/99'),
    ('torch_changed_ext_broke', 'Additionally, every time you update torch, users have to update the xformers version, otherwise, errors occur.', 'https://github.com/googlecolab/colabtools/issues/4595'),
]

QUIET = [
    ('ext_built_then_torch_changed', "I'm trying to use torch.compile with torch 2.0.1 and it is very slow; after updating torch to 2.1.0 the compile time went down a lot.", 'torch.compile is not an extension build (a dot before "compile")'),
    ('ext_built_then_torch_changed', 'I built a conda env with pytorch 1.12 and then upgraded pytorch to 1.13, now torch.cuda.is_available() returns False', 'an environment built, not an extension compiled (only "compiled" / 编译 count)'),
    ('torch_changed_ext_broke', 'The current instructions may need to be updated. This particular set of code results in xformers replacing torch with the latest version:', 'https://github.com/Stability-AI/stablediffusion/issues/363 (no failure named)'),
    ('torch_changed_ext_broke', 'The integration_test_8gpu_transformers_modeling_backend.yaml installs only torch (no torchvision), so the old torchvision 0.26.0 stays and is incompatible with the nightly torch.', 'https://github.com/pytorch/torchtitan/pull/3022 (torchvision: torchvision-mismatch)'),
    ('torch_changed_ext_broke', 'pip install --force-reinstall torch torchvision --index-url https://download.pytorch.org/whl/cu121', 'https://github.com/AUTOMATIC1111/stable-diffusion-webui/issues/15444 (the upgrade command alone)'),
]
