"""The torch probe: a real subprocess of a real interpreter, plus the parser on real error texts.

The dev interpreter has torch 2.13.0+cpu (no GPU here). Failure modes that need a broken
torch (an ImportError, a hang, stray prints) use a `torch` package placed first on
PYTHONPATH of a bare venv: the probe cannot tell it from a real broken install.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from gpufix.facts import FactBase
from gpufix.probes import torch_runtime
from gpufix.probes.base import ProbeContext, ProbeFailed
from gpufix.probes.torch_runtime import parse_torch_probe, torch_build

pytestmark = pytest.mark.slow


def fb_of(items) -> FactBase:
    fb = FactBase()
    fb.extend(items)
    return fb


def run_probe(ctx: ProbeContext) -> tuple[dict, FactBase]:
    raw = torch_runtime.collect(ctx)
    return raw, fb_of(torch_runtime.parse(raw))


def test_real_cpu_torch(make_ctx, dev_python):
    raw, fb = run_probe(make_ctx(dev_python))
    doc = json.loads(raw[torch_runtime.FILE])
    assert doc["version"] == "2.13.0+cpu"
    assert fb.value("torch.version") == "2.13.0"
    assert fb.value("torch.version_full") == "2.13.0+cpu"
    assert fb.value("torch.build") == "cpu"
    assert fb.status("torch.cuda") == "absent"
    assert fb.value("torch.cuda_available") is False
    assert fb.value("torch.device_count") == 0
    assert fb.value("torch.arch_list") == []
    assert fb.status("torch.cudnn") == "absent"
    assert fb.value("torch.mps_built") is False
    assert fb.status("torch.error") == "absent"
    assert fb.status("torch.numpy_error") == "absent"
    assert fb.status("numpy.import_error") == "absent"
    assert fb.value("torch.location").endswith("site-packages")
    assert doc["numpy"]["torch_interop"] is True
    assert doc["seconds"]["import_torch"] > 0


def test_python_without_torch(bare_venv, make_ctx):
    raw, fb = run_probe(make_ctx(bare_venv))
    for name in torch_runtime.TORCH_FACTS:
        assert fb.status(name) == "absent", name
    assert fb.status("numpy.import_error") == "absent"  # not installed either


def _fake_torch(tmp_path: Path, init: str, dist_version: str | None = None) -> str:
    pkg = tmp_path / "site" / "torch"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text(init, encoding="utf-8")
    if dist_version:
        info = tmp_path / "site" / f"torch-{dist_version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: torch\nVersion: {dist_version}\n", encoding="utf-8")
    return str(tmp_path / "site")


def test_import_error_keeps_the_metadata_version(tmp_path, bare_venv, make_ctx):
    # the message from https://github.com/pytorch/pytorch/issues/104259
    # (tests/fixtures/missing-cuda-libs--libcudnn8-fresh-venv)
    site = _fake_torch(tmp_path, 'raise ImportError("libcudnn.so.8: cannot open shared object file: '
                                 'No such file or directory")\n', "2.0.1+cu118")
    raw, fb = run_probe(make_ctx(bare_venv, PYTHONPATH=site))
    assert "libcudnn.so.8: cannot open shared object file" in fb.value("torch.error")
    assert fb.value("torch.version_full") == "2.0.1+cu118"
    assert fb.value("torch.build") == "cu118"
    assert fb.status("torch.cuda_available") == "unknown"
    assert fb.get("torchvision.import_error").reason == "torchvision is not installed"


def test_prints_during_import_do_not_break_the_json(tmp_path, bare_venv, make_ctx):
    site = _fake_torch(tmp_path, 'print("{not json")\nimport sys\nsys.stdout.write("noise\\n")\n'
                                 '__version__ = "1.13.1+cu117"\n')
    raw, fb = run_probe(make_ctx(bare_venv, PYTHONPATH=site))
    assert fb.value("torch.version_full") == "1.13.1+cu117"
    assert "{not json" in raw.get(torch_runtime.STDERR_FILE, "")


def test_hanging_import_is_a_timeout_naming_the_stage(tmp_path, bare_venv):
    site = _fake_torch(tmp_path, "import time\ntime.sleep(30)\n")
    ctx = ProbeContext(python=str(bare_venv), env={**os.environ, "PYTHONPATH": site}, timeout_scale=0.03)  # 1.8 s
    start = time.perf_counter()
    with pytest.raises(ProbeFailed, match="while: import torch"):
        torch_runtime.collect(ctx)
    assert time.perf_counter() - start < 10


def test_interpreter_that_cannot_run(tmp_path):
    with pytest.raises(ProbeFailed):
        torch_runtime.collect(ProbeContext(python=str(tmp_path / "missing-python")))


# --- the parser on real texts ---------------------------------------------------------------

# https://github.com/shiyu-coder/Kronos/issues/71 (2025-09-06): the CUDA initialisation warning, recorded by
# the probe as a warning of is_available()
DRIVER_TOO_OLD = ("CUDA initialization: The NVIDIA driver on your system is too old (found version 11040). "
                  "Please update your GPU driver by downloading and installing a new version from the URL: "
                  "http://www.nvidia.com/Download/index.aspx Alternatively, go to: https://pytorch.org to install "
                  "a PyTorch version that has been compiled with your version of the CUDA driver. "
                  "(Triggered internally at /pytorch/c10/cuda/CUDAFunctions.cpp:109.)")


def test_cuda_init_warning_is_torch_error():
    doc = {"torch_installed": True, "version": "2.8.0+cu128", "cuda": "12.8", "hip": None,
           "cuda_available": False, "device_count": 0, "arch_list": ["sm_70", "sm_75", "sm_80", "sm_86", "sm_90",
                                                                      "sm_100", "sm_120"],
           "cudnn": 91002, "warnings": [{"category": "UserWarning", "message": DRIVER_TOO_OLD}],
           "numpy": {"installed": True, "version": "2.1.2", "torch_interop": True}}
    fb = fb_of(parse_torch_probe(json.dumps(doc)))
    assert "found version 11040" in fb.value("torch.error")
    assert fb.value("torch.cuda") == "12.8"
    assert fb.value("torch.build") == "cu128"
    assert fb.value("torch.cudnn") == 91002
    assert fb.value("torch.arch_list")[-1] == "sm_120"


# https://github.com/pytorch/pytorch/issues/135013 (2024-09-03): printed by NumPy on stderr
NUMPY2_STDERR = """
A module that was compiled using NumPy 1.x cannot be run in
NumPy 2.1.0 as it may crash. To support both 1.x and 2.x
versions of NumPy, modules must be compiled with NumPy 2.0.
Some module may need to rebuild instead e.g. with 'pybind11>=2.12'.

If you are a user of the module, the easiest solution will be to
downgrade to 'numpy<2' or try to upgrade the affected module.
We expect that some modules will need time to support NumPy 2.
"""


def test_numpy2_abi_from_stderr():
    doc = {"torch_installed": True, "version": "2.2.2+cu121", "cuda": "12.1", "cuda_available": True,
           "device_count": 1, "arch_list": [], "warnings": [
               # https://github.com/xai4space/meteors/issues/20 (tests/fixtures/numpy2-abi--meteors-array-api-warning)
               {"category": "UserWarning", "message": "Failed to initialize NumPy: _ARRAY_API not found "
                                                      "(Triggered internally at ..\\torch\\csrc\\utils\\tensor_numpy.cpp:84.)"}],
           "numpy": {"installed": True, "version": "2.1.0", "torch_interop": False,
                     "torch_interop_error": "RuntimeError: Numpy is not available"}}
    fb = fb_of(torch_runtime.parse({torch_runtime.FILE: json.dumps(doc), torch_runtime.STDERR_FILE: NUMPY2_STDERR}))
    err = fb.value("torch.numpy_error")
    assert "compiled using NumPy 1.x cannot be run in NumPy 2.1.0" in err
    assert "Failed to initialize NumPy: _ARRAY_API not found" in err
    assert "Numpy is not available" in err
    assert fb.status("torch.error") == "absent"  # a NumPy problem is not a CUDA problem


def test_torchvision_import_error():
    # the error of https://github.com/vladmandic/sdnext/issues/3531 (tests/fixtures/torchvision-mismatch--sdnext-nms-cu121-vs-cu124)
    doc = {"torch_installed": True, "version": "2.4.0+cu121", "cuda": "12.1", "cuda_available": True,
           "device_count": 1, "arch_list": ["sm_50"],
           "torchvision": {"installed": True, "import_error": "RuntimeError: operator torchvision::nms does not exist"}}
    fb = fb_of(parse_torch_probe(json.dumps(doc)))
    assert fb.value("torchvision.import_error").endswith("operator torchvision::nms does not exist")
    assert fb.status("torchaudio.import_error") == "unknown"  # the probe did not say


def test_extension_import_errors():
    # The error of https://github.com/Dao-AILab/flash-attention/issues/1691, as the probe records it.
    err = ("ImportError: /envs/quanllm/lib/python3.10/site-packages/flash_attn_2_cuda.cpython-310-x86_64-linux-gnu.so: "
           "undefined symbol: _ZN3c105ErrorC2ENS_14SourceLocationENSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE")
    doc = {"torch_installed": True, "version": "2.6.0+cu124", "cuda": "12.4", "cuda_available": True,
           "device_count": 1, "arch_list": ["sm_80"],
           "extensions": {"flash_attn": {"installed": True, "import_error": err},
                          "xformers": {"installed": True, "version": "0.0.29"}}}
    fb = fb_of(parse_torch_probe(json.dumps(doc)))
    assert fb.value("extensions.failed") == ["flash_attn"]
    assert fb.value("extensions.import_error") == "[flash_attn]\n" + err
    # Every extension imported fine: looked for, nothing there.
    doc["extensions"] = {"xformers": {"installed": True, "version": "0.0.29"}}
    fb = fb_of(parse_torch_probe(json.dumps(doc)))
    assert fb.status("extensions.import_error") == "absent" and fb.status("extensions.failed") == "absent"
    # An older recording without the key: not tried, so not known.
    del doc["extensions"]
    assert fb_of(parse_torch_probe(json.dumps(doc))).status("extensions.import_error") == "unknown"


def test_failing_packages_say_which_torch_they_declare(monkeypatch):
    # Issue 10: torchaudio 2.11.0 from PyPI declares no dependency on torch; xformers pins one.
    doc = {"torch_installed": True, "version": "2.13.0+cpu", "cuda": None, "cuda_available": False,
           "device_count": 0, "arch_list": [],
           "torchaudio": {"installed": True, "import_error": "OSError: libc10_cuda.so: cannot open shared object file",
                          "dist_version": "2.11.0", "requires_torch": ""},
           "extensions": {"xformers": {"installed": True, "import_error": "ImportError: undefined symbol",
                                       "dist_version": "0.0.28.post3", "requires_torch": "torch==2.5.1"}}}
    fb = fb_of(parse_torch_probe(json.dumps(doc)))
    assert fb.value("extensions.torch_requirements") == ["torchaudio 2.11.0: none", "xformers 0.0.28.post3: torch==2.5.1"]

    from gpufix.probes.scripts import torch_probe
    from importlib import metadata
    table = {"xformers": ["numpy", "torch==2.5.1"], "torchaudio": [], "flash-attn": ["torch", "einops"],
             "mmcv": ["torchvision; extra == 'all'", "torch>=1.8 ; extra == 'tests'"]}
    monkeypatch.setattr(metadata, "requires", lambda dist: table[dist])
    assert torch_probe._torch_requirement("xformers") == "torch==2.5.1"
    assert torch_probe._torch_requirement("torchaudio") == ""
    assert torch_probe._torch_requirement("flash-attn") == "torch"
    assert torch_probe._torch_requirement("mmcv") == ""  # only an optional extra


@pytest.mark.parametrize("version,cuda,hip,build", [
    ("2.4.1+cu121", "12.1", None, "cu121"),
    ("2.13.0+cpu", None, None, "cpu"),
    ("2.5.1+cpu.cxx11.abi", None, None, "cpu"),
    ("2.3.0+rocm6.0", None, "6.0.32830-d62f6a171", "rocm6.0"),
    ("2.7.0+xpu", None, None, "xpu"),
    ("2.1.0", "11.8", None, "cu118"),          # conda: no suffix, torch.version.cuda decides
    ("2.5.1", "12.4", None, "cu124"),          # default PyPI Linux wheel
    ("1.3.0", "10.1.243", None, "cu101"),      # old conda reports a three-part CUDA
    ("2.7.0a0+ecf3bae40a.nv25.02", "12.8", None, "cu128"),  # NGC build: the suffix is not a variant
    ("2.2.0", None, "6.1.40091-a8dbc0c19", "rocm6.1"),
    ("2.2.0", None, None, None),
])
def test_torch_build(version, cuda, hip, build):
    assert torch_build(version, cuda, hip) == build


@pytest.mark.parametrize("garbage", ["", "not json", "[]", "{\"version\": "])
def test_garbage(garbage):
    with pytest.raises(ValueError):
        parse_torch_probe(garbage)
