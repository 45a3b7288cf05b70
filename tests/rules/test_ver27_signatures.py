"""Version families of session 27, read from the programs' own wordings.

torch-too-new-for-code:
- weights_only_default: torch >= 2.6's torch.load refusal carries "In PyTorch 2.6, we changed the default value of the
  `weights_only` argument" only when the caller left weights_only unset (torch/serialization.py, _get_wo_message): code
  written for the old default. 2.6.0 printed it after "Weights only load failed."; 2.7+ after "(1)". torch 2.4/2.5's
  FutureWarning about the coming flip is not it.
- legacy_autograd_function: torch >= 1.5's RuntimeError from Function.__call__ (torch/autograd/function.py) for a
  pre-1.3 style autograd Function; torch 1.3/1.4's UserWarning "... deprecated and will be removed in 1.3." is not it.

no-matching-wheel:
- not_found_stack: pip's refusal (every pip era's wording) for the compiled packages around torch that publish wheels
  only for some Pythons/platforms; not for triton or other names.
- conda_not_found / conda_not_found_item: conda's PackagesNotFoundError (conda/exceptions.py) and its "  - SPEC" lines
  naming pytorch/torchvision/torchaudio; conda 23's " - NAME" lines under "Channels:" are channels.
- mamba_no_torch: libmamba's "nothing provides" / "is not installable because" naming pytorch, pixi's __cuda refusal.

Each line is verbatim from the thread named."""
from __future__ import annotations

NEW = "torch-too-new-for-code"
NMW = "no-matching-wheel"

FIRES = [
    (NEW, "weights_only_default", "An error occurred while loading models: Weights only load failed. In PyTorch 2.6, we "
     "changed the default value of the `weights_only` argument in `torch.load` from `False` to `True`. Re-running "
     "`torch.load` with `weights_only` set to `False` will likely succeed, but it can result in arbitrary code execution. "
     "Do it only if you got the file from a trusted source.", "D3voz/joy-caption-alpha-two-gui-mod#7"),
    (NEW, "weights_only_default", "Weights only load failed. In PyTorch 2.6, we changed the default value of the "
     "weights_only argument in torch.load from False to True.", "cubiq/ComfyUI_InstantID#255"),
    (NEW, "weights_only_default", "        (1) In PyTorch 2.6, we changed the default value of the `weights_only` argument "
     "in `torch.load` from `False` to `True`. Re-running `torch.load` with `weights_only` set to `False` will likely "
     "succeed, but it can result in arbitrary code execution.", "ppogg/YOLOv5-Lite#277"),
    (NEW, "weights_only_default", "(1) In PyTorch 2.6, we changed the default value of the `weights_only` argument in "
     "`torch.load` from `False` to `True`.", "Gourieff/ComfyUI-ReActor#156"),
    (NEW, "legacy_autograd_function", "RuntimeError: Legacy autograd function with non-static forward method is deprecated. "
     "Please use new-style autograd function with static forward method. (Example: "
     "https://pytorch.org/docs/stable/autograd.html#torch.autograd.Function)", "amdegroot/ssd.pytorch#554"),
    (NEW, "legacy_autograd_function", "RuntimeError: Legacy autograd function with non-static forward method is deprecated.",
     "bubbliiiing/ssd-pytorch#43"),
    (NEW, "legacy_autograd_function", "    \"Legacy autograd function with non-static forward method is deprecated. \"",
     "midasklr/SSD.Pytorch#11"),
    (NMW, "not_found_stack", "ERROR: Could not find a version that satisfies the requirement torch-directml (from versions: "
     "none)", "microsoft/DirectML#544"),
    (NMW, "not_found_stack", "ERROR: No matching distribution found for torch-directml", "MicrosoftDocs/windows-ai-docs#118"),
    (NMW, "not_found_stack", "ERROR: Could not find a version that satisfies the requirement torch_directml==0.1.13.1.dev230413 "
     "(from versions: none)", "josStorer/RWKV-Runner#219"),
    (NMW, "not_found_stack", "ERROR: Could not find a version that satisfies the requirement "
     "paddlepaddle-gpu==2.5.1.post120 (from versions: none)", "PaddlePaddle/Paddle#57872"),
    (NMW, "not_found_stack", "ERROR: No matching distribution found for paddlepaddle-gpu==2.2.2", "PaddlePaddle/Paddle#39536"),
    (NMW, "not_found_stack", "  Could not find a version that satisfies the requirement paddlepaddle (from versions: )",
     "PaddlePaddle/Paddle#10933"),
    (NMW, "conda_not_found", "PackagesNotFoundError: The following packages are not available from current channels:",
     "pytorch/pytorch#49330"),
    (NMW, "conda_not_found", "> PackageNotFoundError: Package missing in current win-64 channels:",
     "facebookresearch/ParlAI#155"),
    (NMW, "conda_not_found_item", "  - pytorch", "pytorch/pytorch#49330"),
    (NMW, "conda_not_found_item", "  - pytorch==1.9.0", "pytorch/pytorch#118172"),
    (NMW, "conda_not_found_item", "  - torchvision", "conda-forge/miniforge#101"),
    (NMW, "conda_not_found_item", "    - torch[version='>=0.4.1']", "cleardusk/3DDFA#133"),
    (NMW, "mamba_no_torch", "  - nothing provides blas * mkl needed by pytorch-1.11.0.arm64-py3.8_0",
     "thousandbrainsproject/tbp.monty#95"),
    (NMW, "mamba_no_torch", "  └─ pytorch 1.11.0*  is not installable because it requires", "thousandbrainsproject/tbp.monty#95"),
    (NMW, "mamba_no_torch", "├─ pytorch ==2.4.1 * is not installable because it requires",
     "a stored conda solve log (code-search file 41174974580)"),
    (NMW, "mamba_no_torch", "However, I have not managed to make it pick up CUDA (`nothing provides __cuda needed by "
     "pytorch-2.7.1-cuda129_mkl_py39_h77df7df_302`).", "a stored project note (code-search file 35337133976)"),
    (NMW, "mamba_no_torch", "Error: Virtual package '__cuda' does not match any of the available virtual packages",
     "https://github.com/FlexNetOS/ripple-env (build summary)"),
]

QUIET = [
    # torch 2.4/2.5 only warn that the default will flip; nothing failed
    (NEW, "weights_only_default", "C:\\DATA\\SD\\Data\\Packages\\Stable Diffusion WebUI Forge NEW\\modules_forge\\patch_basic.py:38: "
     "FutureWarning: You are using `torch.load` with `weights_only=False` (the current default value), which uses the "
     "default pickle module implicitly.", "lllyasviel/stable-diffusion-webui-forge#1697"),
    # the headline alone, cut before the sentence that says the default was left unset
    (NEW, "weights_only_default", "Weights only load failed. This file can still be loaded, to do so you have two options, "
     "do those steps only if you trust the source of the checkpoint. error", "ria-com/nomeroff-net#319"),
    # torch 1.3/1.4's warning: the code still runs
    (NEW, "legacy_autograd_function", "UserWarning: Legacy autograd function with non-static forward method is deprecated and "
     "will be removed in 1.3. Please use new-style autograd function with static forward method.", "amdegroot/ssd.pytorch#444"),
    # triton has no Windows wheel at all (triton-missing-windows); a pure-Python package is not the stack
    (NMW, "not_found_stack", "ERROR: Could not find a version that satisfies the requirement triton==1.1.1 (from versions: none)",
     "devilismyfriend/StableTuner#110"),
    (NMW, "not_found_stack", "ERROR: Could not find a version that satisfies the requirement tensorflow-directml (from "
     "versions: none)", "microsoft/DirectML#38"),
    # conda 23's channel list, not a missing package; another package missing
    (NMW, "conda_not_found_item", " - pytorch", "Anttwo/SuGaR#55"),
    (NMW, "conda_not_found_item", "  - pytorch3d==0.7.4", "Anttwo/SuGaR#55"),
    (NMW, "conda_not_found_item", "  - https://conda.anaconda.org/pytorch/win-32", "pytorch/pytorch#49330"),
    # another package's solve; pytorch-cuda (the metapackage) wanting the nvidia channel is not a missing torch build
    (NMW, "mamba_no_torch", "  - nothing provides requested aihabitat::habitat-sim =0.2.2*", "thousandbrainsproject/tbp.monty#95"),
    (NMW, "mamba_no_torch", "- nothing provides cuda-cudart >=12.1,<12.2 needed by pytorch-cuda-12.1-hde6ce7c_5",
     "a stored install note (code-search file 24100561466)"),
    (NMW, "mamba_no_torch", "  ╰─▶ Virtual package '__archspec ==1 x86_64' does not match any of the available virtual packages on your "
     "machine:", "prefix-dev/pixi#3280"),
]
