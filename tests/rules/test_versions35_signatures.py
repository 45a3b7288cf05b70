"""Version-of-code families of session 35, read from the emitting library's own wordings.

torch-too-old-for-code:
- reduction_mean_named: torch 0.4.1 spelled the mean reduction 'elementwise_mean' and 1.0.0 renamed it 'mean'
  (torch/nn/_reduction.py raises "<value> is not a valid value for reduction"), so code written for 1.0 fails on 0.4.1.
  The loss's own source line is not it. (The `reduction` keyword itself, new in 0.4.1, is a row of
  rules/knowledge/torch_api_since.yaml, read by the log reader: fixture torch-too-old-for-code--nll-loss-reduction-keyword.)

torch-too-new-for-code:
- torchtext_legacy_gone / torchtext_field_moved: torchtext 0.9 moved Field, the iterators and TabularDataset from
  torchtext.data to torchtext.legacy, and 0.12 deleted torchtext.legacy; code written before fails to import them.
  torchtext not installed at all, its other modules, and import lines that succeed are not it.
- tensordataset_keywords: torch 0.4 rewrote TensorDataset to take the tensors by position; data_tensor= and
  target_tensor= are refused. Another keyword, and the calling line itself, are not it.

Each line is verbatim from the source named."""
from __future__ import annotations

OLD = "torch-too-old-for-code"
NEW = "torch-too-new-for-code"

FIRES = [
    # https://github.com/leoxiaobin/deep-high-resolution-net.pytorch/issues/38 (Pytorch 0.4.1)
    (OLD, "reduction_mean_named", "'ValueError: mean is not a valid value for reduction'",
     "leoxiaobin/deep-high-resolution-net.pytorch#38"),
    # https://github.com/facebookresearch/end-to-end-negotiator/issues/28 (0.4.1 fails, 1.0.0 works)
    (OLD, "reduction_mean_named", 'pytorch0.4.1 does work for me, but pytorch1.0.0 works. when I use 0.4.1, it shows "mean is '
     'not a valid value for reduction" (it should be "elementwise_mean" in 0.4.1)', "facebookresearch/end-to-end-negotiator#28"),
    # https://github.com/joeynmt/joeynmt/issues/168 (the reporter's traceback)
    (NEW, "torchtext_legacy_gone", "ModuleNotFoundError: No module named 'torchtext.legacy'", "joeynmt/joeynmt#168"),
    # https://github.com/pytorch/text/issues/2234 (torchtext 0.16.2)
    (NEW, "torchtext_legacy_gone", "AttributeError: module 'torchtext' has no attribute 'legacy'", "pytorch/text#2234"),
    # https://github.com/SamLynnEvans/Transformer/issues/36 (torchtext 0.14.0)
    (NEW, "torchtext_legacy_gone", "The error message is \"ModuleNotFoundError: No module named 'torchtext.legacy' \"",
     "SamLynnEvans/Transformer#36"),
    (NEW, "torchtext_field_moved", "the error message is \"AttributeError: module 'torchtext.data' has no attribute 'Iterator'\"",
     "SamLynnEvans/Transformer#36"),
    # https://github.com/pytorch/examples/issues/942
    (NEW, "torchtext_field_moved", "AttributeError: module 'torchtext.data' has no attribute 'Field'", "pytorch/examples#942"),
    # https://github.com/pytorch/text/issues/1274 (torchtext 0.9.1, Windows)
    (NEW, "torchtext_field_moved", "ImportError: cannot import name 'Field' from 'torchtext.data' "
     "(C:\\Users\\udbha\\anaconda3\\lib\\site-packages\\torchtext\\data\\__init__.py)", "pytorch/text#1274"),
    # https://github.com/pytorch/pytorch/issues/8275 (torch 0.4.0)
    (NEW, "tensordataset_keywords", "and it give my a TypeError: __init__() got an unexpected keyword argument 'target_tensor'",
     "pytorch/pytorch#8275"),
]

QUIET = [
    # the loss's own source line, not the refusal
    (OLD, "reduction_mean_named", "    self.criterion = nn.MSELoss(reduction='mean')",
     "leoxiaobin/deep-high-resolution-net.pytorch#80"),
    # torchtext not installed: another cause
    (NEW, "torchtext_legacy_gone", "> ModuleNotFoundError: No module named 'torchtext'", "pytorch/text#360"),
    # a torchtext built from source imported from its own tree: its compiled module, not legacy
    (NEW, "torchtext_legacy_gone", "so when i import torchtext,error occured as follows,ModuleNotFoundError: No module named "
     "'torchtext._torchtext'", "pytorch/text#1092"),
    # torchtext 0.3.1, too OLD for data.metrics: not the retired API
    (NEW, "torchtext_legacy_gone", "ModuleNotFoundError: No module named 'torchtext.data.metrics'", "pytorch/text#855"),
    (NEW, "torchtext_field_moved", "ModuleNotFoundError: No module named 'torchtext.data.metrics'", "pytorch/text#855"),
    # an import that works
    (NEW, "torchtext_legacy_gone", "from torchtext.legacy import data", "pytorch/text#1636"),
    (NEW, "torchtext_field_moved", "      5 from .iterator import (batch, BucketIterator, Iterator, BPTTIterator,",
     "pytorch/text#1092"),
    # another keyword, from an old torchtext Field: not TensorDataset's
    (NEW, "tensordataset_keywords", "TypeError: __init__() got an unexpected keyword argument 'tensor_type'", "idiap/HAN_NMT#6"),
    # the calling line itself
    (NEW, "tensordataset_keywords", "dataset = Data.TensorDataset(data_tensor=x,target_tensor=y)", "pytorch/pytorch#8275"),
]
