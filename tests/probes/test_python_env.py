"""python_env: real subprocesses of real interpreters; the pip-interpreter helpers of the script."""
from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

import pytest

from gpufix.facts import FactBase
from gpufix.probes import python_env
from gpufix.probes.scripts import python_env as script
from gpufix.probes.scripts import torch_probe

pytestmark = pytest.mark.slow


def run(ctx) -> FactBase:
    fb = FactBase()
    fb.extend(python_env.parse(python_env.collect(ctx)))
    return fb


def test_dev_venv(make_ctx, dev_python):
    fb = run(make_ctx(dev_python))
    assert fb.value("python.executable") == dev_python
    assert fb.value("python.env") == "venv"
    assert fb.value("python.bits") in (32, 64)
    assert fb.value("python.implementation") == "cpython"
    assert fb.value("torch.install_count") == 1
    assert fb.value("torch.metadata_version") == "2.13.0+cpu"
    assert fb.value("torch.installer") == "pip"
    assert fb.value("numpy.version")
    assert fb.status("torchvision.version") == "absent"


def test_pip_on_path_is_the_targets(make_ctx, dev_python):
    bindir = str(Path(dev_python).parent)
    fb = run(make_ctx(dev_python, PATH=bindir))
    assert fb.value("pip.matches_python") is True
    assert Path(fb.value("pip.python")).parent == Path(bindir)


def test_bare_venv_has_no_torch(bare_venv, make_ctx):
    fb = run(make_ctx(bare_venv, PATH="/nonexistent"))
    assert fb.value("torch.install_count") == 0
    assert fb.value("torch.installs") == []
    assert fb.status("torch.installer") == "absent"
    assert fb.status("numpy.version") == "absent"
    assert fb.status("pip.python") == "absent"


def test_two_torch_installs(tmp_path, bare_venv, make_ctx):
    # a second copy earlier on sys.path (PYTHONPATH / user site), the classic shadowing case
    for d, v in ((tmp_path / "a", "1.13.1"), (tmp_path / "b", "2.4.1+cu121")):
        info = d / f"torch-{v}.dist-info"
        info.mkdir(parents=True)
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: torch\nVersion: {v}\n", encoding="utf-8")
        (info / "INSTALLER").write_text("uv\n", encoding="utf-8")
    fb = run(make_ctx(bare_venv, PYTHONPATH=f"{tmp_path / 'a'}:{tmp_path / 'b'}"))
    assert fb.value("torch.install_count") == 2
    assert fb.value("torch.installs") == [str(tmp_path / "a"), str(tmp_path / "b")]
    assert fb.value("torch.metadata_version") == "1.13.1"  # the first one wins the import
    assert fb.value("torch.installer") == "uv"


def test_garbage_interpreter_output_is_a_failed_probe(tmp_path):
    from gpufix.probes.base import ProbeContext, ProbeFailed

    fake = tmp_path / "python"
    fake.write_text("#!/bin/sh\necho 'Python 2.7.18 says hi'\nexit 0\n", encoding="utf-8")
    fake.chmod(0o755)
    with pytest.raises((ProbeFailed, ValueError)):
        python_env.collect(ProbeContext(python=str(fake)))


# --- the pip interpreter, from the script's first lines -------------------------------------

@pytest.mark.parametrize("lines,expected", [
    (["#!/home/u/venv/bin/python3"], "/home/u/venv/bin/python3"),
    # pip's form for long paths / paths with spaces
    (["#!/bin/sh", "'''exec' \"/home/u/my env/bin/python\" \"$0\" \"$@\""], "/home/u/my env/bin/python"),
    (["#!/bin/sh", "'''exec' /opt/conda/envs/t/bin/python \"$0\" \"$@\""], "/opt/conda/envs/t/bin/python"),
    (["#!/usr/bin/env bash"], None),  # pyenv shim: a wrapper, not one interpreter
    (["import sys"], None),
    ([], None),
])
def test_interpreter_from_script(lines, expected):
    assert script.interpreter_from_script(lines) == expected


def test_pip_exe_launcher_shebang(tmp_path):
    # distlib launchers: stub exe + "#!<python.exe>\r\n" + zip archive
    exe = tmp_path / "Scripts" / "pip.exe"
    exe.parent.mkdir()
    exe.write_bytes(b"MZ" + b"\0" * 4000 + b'#!"C:\\Users\\u\\miniconda3\\python.exe"\r\nPK\x03\x04' + b"\0" * 100)
    assert script.interpreter_from_exe(str(exe)) == "C:\\Users\\u\\miniconda3\\python.exe"
    exe.write_bytes(b"MZ" + b"\0" * 100)
    (tmp_path / "python.exe").write_bytes(b"")
    assert script.interpreter_from_exe(str(exe)) == str(tmp_path / "python.exe")


# --- the scripts run in any target: stdlib only, old syntax ------------------------------------

@pytest.mark.parametrize("module", [script, torch_probe])
def test_scripts_are_stdlib_only_and_old_python_syntax(module):
    src = Path(module.__file__).read_text(encoding="utf-8")
    tree = ast.parse(src, feature_version=(3, 6))
    allowed = set(sys.stdlib_module_names)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        for n in names:
            assert n.split(".")[0] in allowed | {"torch"}, n  # `import torch` is the point of torch_probe
    assert not any(isinstance(n, ast.JoinedStr) for n in ast.walk(tree))  # no f-strings: 3.5-era interpreters


def test_json_roundtrip_of_recorded_file(make_ctx, dev_python):
    raw = python_env.collect(make_ctx(dev_python))
    doc = json.loads(raw[python_env.FILE])
    assert doc["distributions"] and all("location" in d for d in doc["distributions"])
