"""The log reader's removed-torch-API facts (rules/knowledge/torch_api_removed.yaml), rule torch-too-new-for-code."""
from __future__ import annotations

import pytest
import yaml

from gpufix.package_files import package_folder
from gpufix.probes.pasted import extract_facts_from_text


def _removed(text: str) -> dict[str, object]:
    return {f.name: f.value for f in extract_facts_from_text(text)
            if ("_removed" in f.name or "_pickled_" in f.name) and not f.name.startswith("log.api_removed_")}


@pytest.mark.parametrize("line, package, api, removed", [
    ("ModuleNotFoundError: No module named 'torchvision.transforms.functional_tensor'",
     "torchvision", "torchvision.transforms.functional_tensor", "0.17.0"),
    ("ImportError: cannot import name 'functional_tensor' from 'torchvision.transforms' (x.py)",
     "torchvision", "torchvision.transforms.functional_tensor", "0.17.0"),
    ("ModuleNotFoundError: No module named 'torchvision.models.utils'", "torchvision", "torchvision.models.utils", "0.11.0"),
    ("ModuleNotFoundError: No module named 'torch._six'", "torch", "torch._six", "2.0.0"),
    ("AttributeError: module 'torch' has no attribute '_six'", "torch", "torch._six", "2.0.0"),
    ("ImportError: cannot import name 'container_abcs' from 'torch._six' (/x/torch/_six.py)",
     "torch", "torch._six.container_abcs", "1.8.0"),
    ("ImportError: cannot import name 'container_abcs'", "torch", "torch._six.container_abcs", "1.8.0"),
    ("ImportError: cannot import name 'int_classes' from 'torch._six' (E:\\x\\torch\\_six.py)",
     "torch", "torch._six.int_classes", "1.9.0"),
    ("AttributeError: module 'torch' has no attribute 'symeig'", "torch", "torch.symeig", "2.0.0"),
    ("RuntimeError: This function was deprecated since version 1.9 and is now removed. Please use the "
     "`torch.linalg.solve` function instead.", "torch", "torch.solve", "1.13.0"),
    ("RuntimeError: This function was deprecated since version 1.9 and is now removed. torch.solve is deprecated "
     "in favor of torch.linalg.solve.", "torch", "torch.solve", "1.13.0"),
    ("AttributeError: module 'torchaudio' has no attribute 'list_audio_backends'",
     "torchaudio", "torchaudio.list_audio_backends", "2.9.0"),
    ("AttributeError: module 'torch' has no attribute 'rfft'", "torch", "torch.rfft", "1.8.0"),
    ("pytorch 1.8.1 has a problm: module \u2018torch\u2018 has no attribute \"rfft\"", "torch", "torch.rfft", "1.8.0"),
    ("AttributeError: module \u2018torchvision.transforms\u2019 has no attribute \u2018Scale\u2019",
     "torchvision", "torchvision.transforms.Scale", "0.12.0"),
    ("AttributeError: module 'torch' has no attribute 'Any'", "torch", "torch.Any", "2.5.0"),
    # session 31: torch 2.7 renamed the type alias (2noise/ChatTTS#933, fengyizhu/ChatTTS-VLLM#2)
    ("AttributeError: module 'torch.serialization' has no attribute 'FILE_LIKE'", "torch",
     "torch.serialization.FILE_LIKE", "2.7.0"),
    # the reporter's own words, English and Chinese
    ("Running it fails due to removal of torchaudio.list_audio_backends(), which is still called",
     "torchaudio", "torchaudio.list_audio_backends", "2.9.0"),
    ("It seems that torch._six has been removed.", "torch", "torch._six", "2.0.0"),
    ("torchvision.transforms.functional_tensor的名字改了，改成了torchvision.transforms._functional_tensor",
     "torchvision", "torchvision.transforms.functional_tensor", "0.17.0"),
    # session 39: the absence told as a state that ended (matteo-ronchetti/torch-radon#22, facebookresearch/fairscale#1106,
    # XPixelGroup/BasicSR#533)
    ("with pytorch >= 1.8 there is no function torch.rfft anymore, can you integrate an alternative?", "torch",
     "torch.rfft", "1.8.0"),
    ("torch.rfft not available anymore", "torch", "torch.rfft", "1.8.0"),
    ("Just use `torch.inf`, as torch._six is gone after https://github.com/pytorch/pytorch/pull/94709", "torch",
     "torch._six", "2.0.0"),
    ("it looks like ` torchvision.transforms.functional_tensor` was available up through 0.14.1 but is not present in "
     "0.15.0 or better.", "torchvision", "torchvision.transforms.functional_tensor", "0.17.0"),
    # session 37: the module torch 1.9 renamed to torch._tensor (s3prl#140, torchopenl3#51)
    ("ModuleNotFoundError: No module named 'torch.tensor'", "torch", "torch.tensor", "1.9.0"),
])
def test_removed_api_read(line: str, package: str, api: str, removed: str) -> None:
    assert _removed(line) == {f"log.{package}_api_removed": api, f"log.{package}_api_removed_in": removed}


@pytest.mark.parametrize("line, package, api, since", [
    # An attribute a newer torch added to a layer and reads on it: a model pickled whole by an older torch lacks it.
    # Nothing was removed, so the facts say so (log.torch_pickled_attr), not log.torch_api_removed.
    ("AttributeError: 'Upsample' object has no attribute 'recompute_scale_factor'",
     "torch", "torch.nn.Upsample.recompute_scale_factor", "1.11.0"),
    ("torch.nn.modules.module.ModuleAttributeError: 'Upsample' object has no attribute 'recompute_scale_factor'",
     "torch", "torch.nn.Upsample.recompute_scale_factor", "1.11.0"),
    ("AttributeError: 'GELU' object has no attribute 'approximate'", "torch", "torch.nn.GELU.approximate", "1.12.0"),
    # session 27: a BatchNorm pickled by torch <= 0.3 (xingyizhou/pytorch-pose-hg-3d#36, Sleepychord/ImprovedGAN-pytorch#3)
    ("AttributeError: 'BatchNorm2d' object has no attribute 'track_running_stats'", "torch",
     "torch.nn.BatchNorm2d.track_running_stats", "0.4.0"),
    ("AttributeError: 'BatchNorm1d' object has no attribute 'track_running_stats'", "torch",
     "torch.nn.BatchNorm1d.track_running_stats", "0.4.0"),
    # session 41: a module pickled by an older torch, whatever class the object is (`any_class` rows): torch 1.6's
    # non-persistent buffers (openpifpaf/openpifpaf#256, JirongZhang/DeepHomography#23), torch 1.4's RNN weight lists
    # (paperswithcode/axcell#15, qinlibo-hit/GL-GIN#9's torch 1.7), torch 1.1's padding_mode (yulu0724/EmbeddingDistillation#2)
    ("torch.nn.modules.module.ModuleAttributeError: 'Shell' object has no attribute '_non_persistent_buffers_set'",
     "torch", "torch.nn.Module._non_persistent_buffers_set", "1.6.0"),
    ("'BatchNorm2d' object has no attribute '_non_persistent_buffers_set'", "torch",
     "torch.nn.Module._non_persistent_buffers_set", "1.6.0"),
    ("Unfortunately, I faced the following error `'LSTM' object has no attribute '_flat_weights_names'` while loading "
     "the 'ResultsExtractor'.", "torch", "torch.nn.RNNBase._flat_weights_names", "1.4.0"),
    ("torch.nn.modules.module.ModuleAttributeError: 'LSTM' object has no attribute '_flat_weights'", "torch",
     "torch.nn.RNNBase._flat_weights", "1.4.0"),
    ("AttributeError: 'Conv2d' object has no attribute 'padding_mode'", "torch", "torch.nn.Conv2d.padding_mode", "1.1.0"),
    ("AttributeError: 'ConvTranspose1d' object has no attribute 'padding_mode'", "torch", "torch.nn.Conv2d.padding_mode", "1.1.0"),
])
def test_pickled_layer_attr_read(line: str, package: str, api: str, since: str) -> None:
    assert _removed(line) == {"log.torch_pickled_attr": api, "log.torch_pickled_attr_since": since}


def test_pin_and_replacement() -> None:
    facts = {f.name: f.value for f in extract_facts_from_text(
        "ModuleNotFoundError: No module named 'torchvision.transforms.functional_tensor'")}
    assert facts["log.api_removed_pin"] == "torch==2.1.2 torchvision==0.16.2 torchaudio==2.1.2"
    assert facts["log.api_removed_replacement"] == "torchvision.transforms.functional"


@pytest.mark.parametrize("line", [
    "ModuleNotFoundError: No module named 'torchvision'",            # not installed
    "ModuleNotFoundError: No module named 'torch'",
    "ModuleNotFoundError: No module named 'torchaudio'",
    "AttributeError: module 'torch' has no attribute 'compile'",      # added later: a torch too old
    "ModuleNotFoundError: No module named 'torch.func'",
    "ImportError: cannot import name '_new_empty_tensor' from 'torchvision.ops' (x.py)",  # a project's version test
    "AttributeError: module 'torchaudio' has no attribute 'list_available_backends'",      # never existed
    "ModuleNotFoundError: No module named 'models.utils'",             # a project's own module
    "ImportError: cannot import name 'info'",                         # a bare name that is not marked bare
    "UserWarning: The torchvision.transforms.functional_tensor module is deprecated in 0.15 and will be "
    "**removed in 0.17**. Please don't rely on it.",                   # a warning from a torchvision that has it
    "torch._six.string_classes was removed",                          # not a table row
    "I don't call torch.rfft anymore, the new code uses torch.fft",   # the reporter's habit, not torch's state
    "torch.rfft is still there in 1.7",                               # no absence said
    "AttributeError: 'NoneType' object has no attribute 'recompute_scale_factor'",
    # a torch 0.4 model loaded by torch 0.3.1: a torch too old (yifeishi/PlaneMatch#4)
    "AttributeError: 'BatchNorm2d' object has no attribute 'num_batches_tracked'",
    # an attribute of the `any_class` rows on None is the program's own unset variable, and a project's own attribute
    # on a torch layer is its code's (session 41)
    "AttributeError: 'NoneType' object has no attribute 'padding_mode'",
    "torch.nn.modules.module.ModuleAttributeError: 'Sequential' object has no attribute 'flatten_parameters'",
    "AttributeError: 'LSTM' object has no attribute 'hidden_state'",
    # the function torch.tensor missing from a torch before 0.4 is not the module 1.9 removed
    "AttributeError: module 'torch' has no attribute 'tensor'",
    "ImportError: cannot import name 'tensor' from 'torch' (x.py)",
])
def test_look_alikes_read_nothing(line: str) -> None:
    assert _removed(line) == {}


def _table(name: str) -> dict:
    return yaml.safe_load(package_folder("gpufix.rules").joinpath("knowledge", name).read_text(encoding="utf-8"))


def test_pins_are_release_sets_of_the_release_table() -> None:
    """Each row's pin is one patch triple of torch_releases.yaml (or a torch alone before its first release)
    and pins the row's package to `last`, which is older than `removed`."""
    from packaging.version import Version

    triples = {(str(p["torch"]), str(p["torchvision"]), str(p["torchaudio"]))
               for r in _table("torch_releases.yaml")["releases"] for p in r.get("patches", [])}
    first = min(Version(t[0]) for t in triples)
    for row in _table("torch_api_removed.yaml")["apis"]:
        pins = dict(part.split("==") for part in row["pin"].split())
        pinned, last = Version(pins[row["package"]]), Version(row["last"])
        assert pinned <= last and pinned.release[:2] == last.release[:2], row["api"]
        assert ("removed" in row) != ("since" in row), row["api"]  # one of them: a removal, or an attribute added later
        assert Version(row["last"]) < Version(row.get("removed") or row["since"]), row["api"]
        if Version(pins["torch"]) >= first:
            assert (pins["torch"], pins.get("torchvision"), pins.get("torchaudio")) in triples, row["api"]
        assert row["source"].startswith("https://"), row["api"]


def test_the_failing_import_as_the_last_frame_of_a_cut_traceback() -> None:
    # https://github.com/FlagAI-Open/FlagAI/issues/362: the error line was cut; the last frame is the import itself
    cut = ('  File "/root/miniconda3/envs/flagai/lib/python3.10/site-packages/flagai/mpu/grads.py", line 23, in <module>\n'
           "    from torch._six import inf\n[...]\n")
    assert _removed(cut) == {"log.torch_api_removed": "torch._six", "log.torch_api_removed_in": "2.0.0"}
    # a later frame means the import went through: the failure is elsewhere
    through = ('  File "/x/site-packages/apex/amp/_amp_state.py", line 14, in <module>\n    from torch._six import inf\n'
               '  File "/x/site-packages/torch/_six.py", line 3, in <module>\n    import foo\nModuleNotFoundError: foo\n')
    assert _removed(through) == {}
    # the same import written in prose or in a code listing (no frame above it) says nothing
    assert _removed("my script starts with\n    from torch._six import inf\n") == {}
