"""Version-of-code families of session 37, read from the reporter's own words.

torch-too-new-for-code:
- weights_only_default_said: torch 2.6's flip of torch.load's default to weights_only=True told in prose (an issue, a
  pull request, a note) without torch's "In PyTorch 2.6, we changed ..." message; torch's own advice lines, which name
  weights_only=True without its default, are not it.
- weights_only_future: 2.4/2.5's FutureWarning (the flip is coming), which keeps the rule quiet.

Each line is verbatim from the source named."""
from __future__ import annotations

RULE = "torch-too-new-for-code"

FIRES = [
    # https://github.com/yzhangcs/parser/pull/148
    ("weights_only_default_said", "pytorch 2.6 (and after) changed `weights_only=True` as default", "yzhangcs/parser#148"),
    # https://github.com/ARM-software/Tool-Solutions/pull/303
    ("weights_only_default_said", "From PyTorch 2.6 the default value of weights_only in torch.load changed from `False` to "
     "`True`. thus patch updates torch.load calls to explicitly set weights_only=False.", "ARM-software/Tool-Solutions#303"),
    # https://github.com/line/open-universe/pull/8
    ("weights_only_default_said", "From Torch 2.6, `torch.load` is set with `weights_only=True` by default, contrary to "
     "previous behaviour. (https://docs.pytorch.org/docs/stable/notes/serialization.html#weights-only)", "line/open-universe#8"),
    # https://github.com/FGA-DIKU/BONSAI/issues/100
    ("weights_only_default_said", "From pytroch 2.6 and onwards, the default weights_only arg in torch.load is true. ",
     "FGA-DIKU/BONSAI#100"),
    # https://github.com/dvgodoy/PyTorchStepByStep/issues/61 (the outside-sample thread this reading was written from)
    ("weights_only_default_said", "The error suggests that torch.load has changed its default behavior in PyTorch 2.6. "
     "Specifically, the weights_only parameter is now set to True by default, which prevents loading the full checkpoint "
     "file (including the model and optimizer state dictionaries).", "dvgodoy/PyTorchStepByStep#61"),
    # https://github.com/ROCm/Megatron-LM/pull/56 (the coming flip, as 2.4's warning announced it)
    ("weights_only_future", "Starting version 2.4 PyTorch warns developers that default value of `weights_only` will be "
     "flipped from `False` to `True`.", "ROCm/Megatron-LM#56"),
    # https://github.com/lllyasviel/stable-diffusion-webui-forge/issues/1697 (torch 2.4's FutureWarning)
    ("weights_only_future", "In a future release, the default value for `weights_only` will be flipped to `True`.",
     "lllyasviel/stable-diffusion-webui-forge#1697"),
]

QUIET = [
    # torch 2.6's own advice names weights_only=True, not its default
    ("weights_only_default_said", "Please file an issue with the following so that we can make `weights_only=True` "
     "compatible with your use case: WeightsUnpickler error: Unsupported operand 118", "D3voz/joy-caption-alpha-two-gui-mod#7"),
    ("weights_only_default_said", "(2) Alternatively, to load with `weights_only=True` please check the recommended steps "
     "in the following error message.", "gpoesia/minimo#21"),
    # code that passes weights_only=True itself
    ("weights_only_default_said", "self.predictor.load_state_dict(torch.load(model_path, weights_only=True))",
     "RapidAI/RapidOCR#527"),
    # the flip that has happened is not a warning of one to come
    ("weights_only_future", "From PyTorch 2.6 the default value of weights_only in torch.load changed from `False` to "
     "`True`. thus patch updates torch.load calls to explicitly set weights_only=False.", "ARM-software/Tool-Solutions#303"),
]
