"""The log reader's missing-torch-API facts (rules/knowledge/torch_api_since.yaml), rule torch-too-old-for-code."""
from __future__ import annotations

import pytest

from gpufix.probes.pasted import extract_facts_from_text


def _api(text: str) -> dict[str, object]:
    return {f.name: f.value for f in extract_facts_from_text(text)
            if f.name.startswith(("log.torch_api", "log.torchvision_api")) and "_removed" not in f.name}


@pytest.mark.parametrize("line, api, since", [
    ("AttributeError: module 'torch' has no attribute 'no_grad'", "torch.no_grad", "0.4.0"),
    ("AttributeError: module 'torch.nn' has no attribute 'SiLU'", "torch.nn.SiLU", "1.7.0"),
    ("AttributeError: module 'torch.nn.functional' has no attribute 'scaled_dot_product_attention'",
     "torch.nn.functional.scaled_dot_product_attention", "2.0.0"),
    ("ImportError: cannot import name 'gelu' from 'torch.nn.functional'", "torch.nn.functional.gelu", "1.2.0"),
    ("AttributeError: Can't get attribute 'SiLU' on <module 'torch.nn.modules.activation' from 'x.py'>",
     "torch.nn.SiLU", "1.7.0"),
    ("AttributeError: 'Tensor' object has no attribute 'argsort'", "torch.Tensor.argsort", "1.0.0"),
    ("TypeError: div() got an unexpected keyword argument 'rounding_mode'", "div(rounding_mode=)", "1.8.0"),
    ("ModuleNotFoundError: No module named 'torch.func'", "torch.func", "2.0.0"),
    ("AttributeError: 'module' object has no attribute 'no_grad'", "torch.no_grad", "0.4.0"),
    # session 37: the function torch.tensor is still read from the attribute form (a torch before 0.4)
    ("AttributeError: module 'torch' has no attribute 'tensor'", "torch.tensor", "0.4.0"),
    ("ImportError: cannot import name 'return_and_correct_aliasing' from 'torch.utils._python_dispatch' "
     "(/opt/conda/lib/python3.10/site-packages/torch/utils/_python_dispatch.py)",
     "torch.utils._python_dispatch.return_and_correct_aliasing", "2.2.0"),
    ("AttributeError: module 'torch.version' has no attribute 'xpu'", "torch.version.xpu", "2.6.0"),
    # session 16: more of the table, and the wordings pastes carry
    ("AttributeError: module 'torch' has no attribute 'device'", "torch.device", "0.4.0"),
    ("AttributeError: 'module' object has no attribute 'device'", "torch.device", "0.4.0"),
    ("AttributeError: 'torch.FloatTensor' object has no attribute 'to'", "torch.Tensor.to", "0.4.0"),
    ("AttributeError: module 'torch' has no attribute 'logical_not'", "torch.logical_not", "1.2.0"),
    ("AttributeError: 'Tensor' object has no attribute 'logical_not'", "torch.Tensor.logical_not", "1.2.0"),
    ("AttributeError: module 'torch.linalg' has no attribute 'solve'", "torch.linalg.solve", "1.8.0"),
    ("TypeError: meshgrid() got an unexpected keyword argument 'indexing'", "meshgrid(indexing=)", "1.10.0"),
    ("TypeError: __init__() got an unexpected keyword argument 'approximate'", "__init__(approximate=)", "1.12.0"),
    ("TypeError :scaled_dot_product_attention() got an unexpected keyword argument 'scale' Error",
     "scaled_dot_product_attention(scale=)", "2.1.0"),
    ("AttributeError: 'Parameter' object has no attribute 'untyped_storage'", "torch.Tensor.untyped_storage", "2.0.0"),
    ("AttributeError: module 'torch.amp' has no attribute 'GradScaler'", "torch.amp.GradScaler", "2.3.0"),
    ("ImportError: cannot import name 'register_pytree_node' from 'torch.utils._pytree' (/x/_pytree.py)",
     "torch.utils._pytree.register_pytree_node", "2.2.0"),
    ("ModuleNotFoundError: No module named 'torch.nn.attention\u2019", "torch.nn.attention", "2.3.0"),
    ("BUG: 'torch.nn.functional' has no attribute 'scaled_dot_product_attention'.",
     "torch.nn.functional.scaled_dot_product_attention", "2.0.0"),
    ("AttributeError: module 'torch.nn.functional' has no attribute 'scaled_dot_product_attention'. Did you mean: "
     "'_scaled_dot_product_attention'?", "torch.nn.functional.scaled_dot_product_attention", "2.0.0"),
    ("AttributeError: module \u2018torch.nn\u2019 has no attribute \u2018RMSNorm\u2019", "torch.nn.RMSNorm", "2.4.0"),
    ("no module named \"torch.utils.tensorboard\"", "torch.utils.tensorboard", "1.1.0"),
    ("ImportError: cannot import name 'inference_mode'", "inference_mode", "1.9.0"),
    # session 20: keywords a later release added (DrowsyMon/RMFormer#1, Haiyang-W/DSVT#15, blog.csdn.net 128365921,
    # kekmodel/MPL-pytorch#28 where Markdown ate __init__'s underscores), and the missing name said without Python's
    # quotes (KohakuBlueleaf/LyCORIS#93)
    ("TypeError: __init__() got an unexpected keyword argument 'batch_first'", "__init__(batch_first=)", "1.9.0"),
    ("TypeError: __init__() got an unexpected keyword argument 'batch_first'`", "__init__(batch_first=)", "1.9.0"),
    ("TypeError: __init__() got an unexpected keyword argument 'label_smoothing'", "__init__(label_smoothing=)", "1.10.0"),
    ("→ TypeError: init() got an unexpected keyword argument 'label_smoothing'", "__init__(label_smoothing=)", "1.10.0"),
    ("'sd-scripts\\venv\\Lib\\site-packages\\torch\\nn\\functional.py' does not have an attribute named "
     "'scaled_dot_product_attention' ,", "scaled_dot_product_attention", "2.0.0"),
    # the reporter's own words: the API came in a later release
    # session 27: reductions and a constructor helper later releases added (ZiwenZhuang/parkour#9, zai-org/ChatGLM-6B#517,
    # DevinKreuzer/SAN#5)
    ("AttributeError: module 'torch' has no attribute 'nanmean'", "torch.nanmean", "1.10.0"),
    ("run \"cli_demo.py \" get import error:cannot import name 'skip_init' from 'torch.nn.utils' "
     "(/home/pai/lib/python3.9/site-packages/torch/nn/utils/__init__.py)", "torch.nn.utils.skip_init", "1.10.0"),
    ("When I run the script, error `AttributeError: module 'torch' has no attribute 'nansum'` appears.", "torch.nansum",
     "1.7.0"),  # DevinKreuzer/SAN#5
    ("torch.linalg.lstsq is not available in this environment, as it was only introduced in torch version 1.9.0.",
     "torch.linalg.lstsq", "1.9.0"),
    ("I found this error and other errors were caused by the version of Pytorch, vision 1.4 and above has this "
     "torch.logical_not() attribute.", "torch.logical_not", "1.2.0"),
    # a checkpoint saved by a newer torch names the function that rebuilds its tensors (facebookresearch/QuaterNet#2,
    # pytorch/pytorch#5729: "an older version of PyTorch to open a file saved from a newer version"; cdqa-suite/cdQA#261)
    ("AttributeError: Can't get attribute '_rebuild_tensor_v2' on <module 'torch._utils' from "
     "'/home/paperspace/anaconda3/envs/fastai/lib/python3.6/site-packages/torch/_utils.py'>",
     "torch._utils._rebuild_tensor_v2", "0.4.0"),
    ("module 'torch._utils' has no attribute '_rebuild_parameter'", "torch._utils._rebuild_parameter", "1.0.0"),
    ("AttributeError: 'module' object has no attribute '_rebuild_tensor_v2'", "_rebuild_tensor_v2", "0.4.0"),
    # session 42: nn.Upsample came in 0.2.0 (sniklaus/sepconv-slomo#2's Python 2 paste; victor-shepardson/alpha-GAN#1 on 0.1.12)
    ("AttributeError: 'module' object has no attribute 'Upsample'", "Upsample", "0.2.0"),
    ("AttributeError: module 'torch.nn' has no attribute 'Upsample'", "torch.nn.Upsample", "0.2.0"),
    # session 40: the API said to be lacking, beside the torch release that lacks it, in torch.nn's short spellings too
    ("My pytorch version is 1.6.0 without nn.silu() activation function. Can I use the latest code for training without "
     "modifying the pytorch version?", "torch.nn.SiLU", "1.7.0"),  # ultralytics/yolov5#2136
    ("Torch1.6\u4e0d\u652f\u6301SiLU\uff0c\u8bf7\u95ee\u53ef\u4ee5\u652f\u6301torch1.6\u5417\uff1f", "SiLU",
     "1.7.0"),  # Megvii-BaseDetection/YOLOX#81
    ("@yangze0930 So the F.interpolate() is unavailable in PyTorch 0.4, please consider replacing it with F.upsample()",
     "torch.nn.functional.interpolate", "0.4.1"),  # yangze0930/NTS-Net#6
    ("The version is 0.4.0. I can not find the torch.nn.functional.interpolate in 0.4.0 API. The "
     "torch.nn.functional.interpolate used in line 236 is to downsample or upsample?",
     "torch.nn.functional.interpolate", "0.4.1"),  # rajeevyasarla/UMSN-Face-Deblurring#2
    ("> AttributeError: module 'torch' has no attribute 'asarray'", "torch.asarray", "1.11.0"),  # open-mmlab/mmyolo#696
])
def test_torch_api_read(line: str, api: str, since: str) -> None:
    assert _api(line) == {"log.torch_api_missing": api, "log.torch_api_since": since}


def test_torchvision_api_read() -> None:
    facts = _api("ImportError: cannot import name 'InterpolationMode' from 'torchvision.transforms' (x.py)")
    assert facts == {"log.torchvision_api_missing": "torchvision.transforms.InterpolationMode",
                     "log.torchvision_api_since": "0.9.0"}


@pytest.mark.parametrize("line", [
    "AttributeError: module 'torch' has no attribute '_six'",          # removed in 2.0: too new, not too old
    "ModuleNotFoundError: No module named 'torch._six'",
    "AttributeError: module 'torch' has no attribute 'cuda'",          # a shadowed or broken torch
    "AttributeError: 'GELU' object has no attribute 'approximate'",    # an old pickle on a newer torch
    "AttributeError: module 'tensorflow' has no attribute 'compile'",  # another library
    "AttributeError: module 'torch.backends' has no attribute 'mps_is_available'",  # a typo
    "AttributeError: 'module' object has no attribute 'compile'",      # Python 2 never had torch 2.0
    "TypeError: _set_gradient_checkpointing() got an unexpected keyword argument 'enable'",
    "ImportError: cannot import name 'device'",                        # a plain word: any module's name
    "AttributeError: module 'utils' has no attribute 'device'",        # the project's own module
    "AttributeError: 'torch.Size' object has no attribute 'device'",
    "AttributeError: partially initialized module 'torch' has no attribute 'device' (most likely due to a circular import)",
    "torch.device is only available on linux",                         # not a release
    "the torch.compile path was only added in May",
    "TypeError: __init__() got an unexpected keyword argument 'tensor_type'",  # XinnuoXu/mmi_anti_pytorch#5: torchtext's
    "AttributeError: 'ChatGLMModel' object has no attribute 'scaled_dot_product_attention'",  # an object's attribute
    "AttributeError: Can't get attribute 'Net' on <module '__main__' from 'train.py'>",  # the project's pickled class
    "AttributeError: Can't get attribute '_rebuild_from_anything' on <module 'torch._utils'>",  # not in the table
    "AttributeError: 'module' object has no attribute 'InterpolationMode'",  # Python 2 never had torchvision 0.9
    # the module torch 1.9 renamed away (torch_api_removed.yaml), not the function torch 0.4 added (s3prl#140)
    "ModuleNotFoundError: No module named 'torch.tensor'",
    # session 40: a lack word needs a torch release on its line, and torch.nn's short names stand as words of their own
    "Can I use the latest code for training without nn.SiLU?",           # no release said
    "tf.nn.silu is not available in tensorflow 2.1, torch 1.6 has it",   # TensorFlow's nn, not torch's
    "jax.nn.silu is not supported in torch 1.6 comparisons",
    "I am using torch 1.6 without a GPU",                                  # no API named
    "torch1.13\u6ca1\u6709\u95ee\u9898",                               # "torch1.13 has no problem"
    "'MyNet' object has no attribute nn.SiLU in torch 1.6",               # an object's attribute
])
def test_look_alikes_read_nothing(line: str) -> None:
    assert _api(line) == {}


def test_a_version_the_error_line_says_the_api_needs_is_not_the_installed_one() -> None:
    """ "...has no attribute 'Hardswish'，这是只有torch 1.6.0 才有的模块": 1.6.0 is where Hardswish came in."""
    facts = {f.name: f.value for f in extract_facts_from_text(
        "AttributeError: module 'torch.nn' has no attribute 'Hardswish'\uff0c\u8fd9\u662f\u53ea\u6709torch 1.6.0 "
        "\u624d\u6709\u7684\u6a21\u5757")}
    assert facts.get("log.torch_api_missing") == "torch.nn.Hardswish"
    assert "torch.version" not in facts


def test_a_torch_api_torchvision_itself_calls_is_torchvisions_mismatch() -> None:
    """torchvision's own frame calling a torch API this torch lacks: a torchvision built for a newer torch."""
    text = ('Traceback (most recent call last):\n'
            '  File "/usr/lib/python3.6/site-packages/torchvision/ops/boxes.py", line 12, in <module>\n'
            '    class X(torch.nn.ModuleDict):\n'
            "AttributeError: module 'torch.nn' has no attribute 'ModuleDict'\n")
    assert _api(text) == {}
    assert _api(text.replace("torchvision/ops", "project/ops")) == {
        "log.torch_api_missing": "torch.nn.ModuleDict", "log.torch_api_since": "0.4.1"}



# session 39: a constructor's keyword read against its class, named by Python 3.10+ or by the traceback's code line above
@pytest.mark.parametrize("text, api, since", [
    # OpenNMT/OpenNMT-py#691 (pytorch 0.1.12)
    ('  File "/opt/DL/OpenNMT-py/onmt/modules/GlobalAttention.py", line 79, in __init__\n'
     "    self.sm = nn.Softmax(dim=-1)\nTypeError: __init__() got an unexpected keyword argument 'dim'",
     "Softmax.__init__(dim=)", "0.3.0"),
    # chuxuzhang/KDD2019_HetGNN#11: Markdown-escaped underscores, spaces around '='
    ("    self.softmax = nn.Softmax(dim = 1)\nTypeError: \\_\\_init\\_\\_() got an unexpected keyword argument 'dim'",
     "Softmax.__init__(dim=)", "0.3.0"),
    # Zyphra/BlackMamba#11, databricks/dbrx#20: Python 3.10+ names the class
    ("TypeError: LayerNorm.__init__() got an unexpected keyword argument 'bias'", "LayerNorm.__init__(bias=)", "2.1.0"),
    # AlexHex7/Non-local_pytorch#2: the function's keyword
    ("''TypeError: softmax() got an unexpected keyword argument 'dim'  '' in non_local_simple version.py", "softmax(dim=)",
     "0.3.0"),
])
def test_constructor_keyword_read_by_its_class(text: str, api: str, since: str) -> None:
    assert _api(text) == {"log.torch_api_missing": api, "log.torch_api_since": since}


@pytest.mark.parametrize("text", [
    # a project's own class: no row names it
    "    criterion = FocalLoss(gamma=2, dim=1)\nTypeError: FocalLoss.__init__() got an unexpected keyword argument 'dim'",
    "    self.attn = MyAttention(dim=64)\nTypeError: __init__() got an unexpected keyword argument 'dim'",
    # the torch.nn class above does not take the keyword the error names
    "    self.sm = nn.Softmax(dim=-1)\nTypeError: __init__() got an unexpected keyword argument 'axis'",
])
def test_constructor_keyword_of_another_class_reads_nothing(text: str) -> None:
    assert _api(text) == {}
