"""The static torch probe: real subprocesses of real interpreters over real torch files, no `import torch`.

The site-packages trees under torch_static_data/ hold torch/version.py files copied from real
wheels (sources in its README.md); the dev venv has a real torch 2.13.0+cpu.
"""
from __future__ import annotations

import ast
import json
import shutil
import sys
from pathlib import Path

import pytest

from gpufix.facts import FactBase
from gpufix.probes import torch_runtime, torch_static
from gpufix.probes.runner import run_probes
from gpufix.probes.scripts import torch_static as script

DATA = Path(__file__).resolve().parent / "torch_static_data"


def probe(ctx) -> FactBase:
    fb = FactBase()
    fb.extend(torch_static.parse(torch_static.collect(ctx)))
    return fb


@pytest.mark.slow
def test_dev_venv_real_torch(make_ctx, dev_python):
    """The same facts the torch probe gets by importing torch, read from its files."""
    fb = probe(make_ctx(dev_python))
    import torch  # the test may import it: the probe did not

    assert fb.value("torch.version_full") == torch.__version__ == "2.13.0+cpu"
    assert fb.value("torch.version") == "2.13.0"
    assert fb.value("torch.build") == "cpu"
    assert fb.status("torch.cuda") == "absent" and fb.status("torch.hip") == "absent"
    assert Path(fb.value("torch.location")) == Path(torch.__file__).parents[1]
    assert "version.py" in fb.get("torch.version_full").evidence


@pytest.mark.slow
def test_agrees_with_the_dynamic_probe(make_ctx, dev_python):
    ctx = make_ctx(dev_python)
    static = {f.name: f for f in torch_static.parse(torch_static.collect(ctx))}
    dynamic = {f.name: f for f in torch_runtime.parse(torch_runtime.collect(ctx))}
    for name in torch_static.FACTS:
        assert (static[name].status, static[name].value) == (dynamic[name].status, dynamic[name].value), name


@pytest.mark.slow
def test_never_imports_torch(make_ctx, dev_python, tmp_path):
    # A torch whose import would leave a mark and fail: the probe must not trigger it.
    site = tmp_path / "site"
    shutil.copytree(DATA / "cu121-2.3.0", site)
    marker = tmp_path / "imported"
    (site / "torch" / "__init__.py").write_text(
        f"open({str(marker)!r}, 'w').close()\nraise ImportError('torch imported')\n", encoding="utf-8")
    fb = probe(make_ctx(dev_python, PYTHONPATH=str(site)))
    assert fb.value("torch.version_full") == "2.3.0+cu121"
    assert not marker.exists()


@pytest.mark.slow
@pytest.mark.parametrize("tree,full,build,cuda", [
    ("cu121-2.3.0", "2.3.0+cu121", "cu121", "12.1"),
    ("cu121-2.1.2-unannotated", "2.1.2+cu121", "cu121", "12.1"),
    ("cu128-2.11.0.dev", "2.11.0.dev20251221+cu128", "cu128", "12.8"),
    ("cu126-2.12.0", "2.12.0+cu126", "cu126", "12.6"),
    ("cu116-1.13.1-nosuffix", "1.13.1", "cu116", "11.6"),  # default PyPI Linux wheels carry no suffix
    ("cpu-1.8.0", "1.8.0+cpu", "cpu", None),
])
def test_real_version_files(bare_venv, make_ctx, tree, full, build, cuda):
    fb = probe(make_ctx(bare_venv, PYTHONPATH=str(DATA / tree)))
    assert fb.value("torch.version_full") == full
    assert fb.value("torch.build") == build
    assert fb.value("torch.cuda") == cuda
    assert fb.status("torch.cuda") == ("ok" if cuda else "absent")
    assert fb.status("torch.hip") == "absent"
    assert fb.value("torch.location") == str(DATA / tree)
    assert "RECORD" not in fb.get("torch.version_full").evidence  # the hash in RECORD matches


@pytest.mark.slow
def test_no_torch(bare_venv, make_ctx):
    fb = probe(make_ctx(bare_venv))
    for name in torch_static.FACTS:
        assert fb.status(name) == "absent", name
    assert "no torch package" in fb.get("torch.version").reason


@pytest.mark.slow
def test_two_installs_the_first_on_sys_path_wins(bare_venv, make_ctx):
    # Shadowing (PYTHONPATH / user site before the env): `import torch` takes the first.
    a, b = DATA / "cpu-1.8.0", DATA / "cu121-2.3.0"
    fb = probe(make_ctx(bare_venv, PYTHONPATH=f"{a}:{b}"))
    assert fb.value("torch.version_full") == "1.8.0+cpu"
    assert fb.value("torch.location") == str(a)
    fb = probe(make_ctx(bare_venv, PYTHONPATH=f"{b}:{a}"))
    assert fb.value("torch.build") == "cu121"


@pytest.mark.slow
def test_metadata_only_leftover_is_no_torch(bare_venv, make_ctx, tmp_path):
    # A dist-info without the package (an interrupted uninstall): nothing to import.
    site = tmp_path / "site"
    shutil.copytree(DATA / "cu121-2.3.0" / "torch-2.3.0+cu121.dist-info", site / "torch-2.3.0+cu121.dist-info")
    fb = probe(make_ctx(bare_venv, PYTHONPATH=str(site)))
    assert fb.status("torch.version") == "absent"


@pytest.mark.slow
def test_broken_version_py_costs_only_its_facts(bare_venv, make_ctx, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(DATA / "cu121-2.3.0", site)
    vpy = site / "torch" / "version.py"
    # Cut short mid-file (a full disk during install): not valid Python any more.
    vpy.write_text("from typing import Optional\n\n__all__ = ['__version__', 'debug', 'cuda',\n",
                   encoding="utf-8")
    fb = probe(make_ctx(bare_venv, PYTHONPATH=str(site)))
    # The dist-info of the same directory still names the release and its build suffix.
    assert fb.value("torch.version_full") == "2.3.0+cu121"
    assert fb.value("torch.build") == "cu121"
    assert "does not parse" in fb.get("torch.version_full").evidence
    assert fb.status("torch.cuda") == "unknown" and "does not parse" in fb.get("torch.cuda").reason
    assert fb.value("torch.location") == str(site)


@pytest.mark.slow
def test_unreadable_version_py_and_no_metadata(bare_venv, make_ctx, tmp_path):
    site = tmp_path / "site"
    (site / "torch").mkdir(parents=True)
    (site / "torch" / "__init__.py").write_text("", encoding="utf-8")
    (site / "torch" / "version.py").write_bytes(b"\x00" * (script.VERSION_PY_LIMIT + 1))
    fb = probe(make_ctx(bare_venv, PYTHONPATH=str(site)))
    for name in ("torch.version", "torch.version_full", "torch.build", "torch.cuda", "torch.hip"):
        assert fb.status(name) == "unknown", name
    assert "larger than" in fb.get("torch.version").reason
    assert fb.value("torch.location") == str(site)


@pytest.mark.slow
def test_mixed_install_is_named_in_the_evidence(bare_venv, make_ctx, tmp_path):
    # torch 2.1.2's version.py written over a 2.3.0 install: the RECORD hash and METADATA disagree.
    site = tmp_path / "site"
    shutil.copytree(DATA / "cu121-2.3.0", site)
    shutil.copy(DATA / "cu121-2.1.2-unannotated" / "torch" / "version.py", site / "torch" / "version.py")
    fb = probe(make_ctx(bare_venv, PYTHONPATH=str(site)))
    ev = fb.get("torch.version_full").evidence
    assert fb.value("torch.version_full") == "2.1.2+cu121"
    assert "says 2.3.0+cu121" in ev and "RECORD" in ev


@pytest.mark.slow
def test_interpreter_that_cannot_run(tmp_path):
    from gpufix.probes.base import ProbeContext

    fake = tmp_path / "python"
    fake.write_text("#!/bin/sh\necho 'boom' >&2\nexit 3\n", encoding="utf-8")
    fake.chmod(0o755)
    [res] = run_probes([torch_static.PROBE], ProbeContext(python=str(fake)))
    assert res.status == "failed" and "exit 3" in res.error
    assert {f.name for f in res.facts} == set(torch_static.FACTS)
    assert all(f.status == "unknown" for f in res.facts)


# --- the pure parts -------------------------------------------------------------------------

def test_version_py_is_read_not_run():
    values, problem = torch_static.read_version_py(
        "import os\nos.system('echo pwned')\n__version__ = '2.4.0+cu118'\ncuda = os.environ['X']\nhip = None\n")
    assert values == {"__version__": "2.4.0+cu118", "hip": None} and problem == ""


def test_version_py_fallback_reads_lines_of_a_broken_file():
    values, problem = torch_static.read_version_py(
        "__version__ = '2.5.1+rocm6.2'\ncuda: Optional[str] = None\nhip: Optional[str] = '6.2.41133'\n(((\n")
    assert values == {"__version__": "2.5.1+rocm6.2", "cuda": None, "hip": "6.2.41133"}
    assert "does not parse" in problem


def test_rocm_build():
    doc = {"executable": "/x/python", "location": "/s", "package": "/s/torch",
           "version_py": "__version__ = '2.5.1+rocm6.2'\ncuda: Optional[str] = None\nhip: Optional[str] = '6.2.41133-dd7f95766'\n"}
    fb = FactBase()
    fb.extend(torch_static.parse_torch_static(json.dumps(doc)))
    assert fb.value("torch.build") == "rocm6.2"
    assert fb.value("torch.hip") == "6.2.41133"  # the release packaging can compare
    assert "6.2.41133-dd7f95766" in fb.get("torch.hip").evidence
    assert fb.status("torch.cuda") == "absent"


def test_garbage_json_is_a_parse_failure():
    with pytest.raises(ValueError):
        torch_static.parse({torch_static.FILE: "not json"})


def test_script_is_stdlib_only_and_old_python_syntax():
    src = Path(script.__file__).read_text(encoding="utf-8")
    tree = ast.parse(src, feature_version=(3, 6))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            for n in names:
                assert n.split(".")[0] in sys.stdlib_module_names, n
    assert not any(isinstance(n, ast.JoinedStr) for n in ast.walk(tree))


def test_dynamic_values_replace_static_ones_when_they_disagree():
    """Merged in probe order (static first), the imported torch's answer is the one kept."""
    from gpufix.facts import ok

    fb = FactBase()
    fb.extend([ok("torch.version_full", "2.3.0+cu121", torch_static.NAME), ok("torch.cuda", "12.1", torch_static.NAME)])
    fb.extend([ok("torch.version_full", "2.4.1+cu124", torch_runtime.NAME), ok("torch.cuda", "12.4", torch_runtime.NAME)])
    assert fb.value("torch.version_full") == "2.4.1+cu124" and fb.get("torch.cuda").source == torch_runtime.NAME
    assert torch_static.PROBE.order < torch_runtime.PROBE.order


@pytest.mark.slow
def test_a_script_named_torch_py_in_the_working_directory_shadows_torch(bare_venv, make_ctx, tmp_path, monkeypatch):
    # `python -c` puts the working directory first: a user's torch.py is what `import torch` gets.
    work = tmp_path / "project"
    work.mkdir()
    (work / "torch.py").write_text("print('my experiment')\n", encoding="utf-8")
    monkeypatch.chdir(work)
    fb = probe(make_ctx(bare_venv, PYTHONPATH=str(DATA / "cu121-2.3.0")))
    assert fb.value("torch.location") == str(work)
    assert fb.status("torch.version") == "unknown" and "torch.py comes first" in fb.get("torch.version").reason
    monkeypatch.chdir(tmp_path)  # elsewhere, the package is found again
    assert probe(make_ctx(bare_venv, PYTHONPATH=str(DATA / "cu121-2.3.0"))).value("torch.build") == "cu121"
