"""Shared pieces for the TUI, text report and rollback tests."""
from __future__ import annotations

import asyncio
import base64
import hashlib
import inspect
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    """Run `async def` tests (Textual's pilot) in a fresh event loop; no plugin needed."""
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        kwargs = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
        asyncio.run(pyfuncitem.obj(**kwargs))
        return True
    return None


# --- a real throwaway venv and tiny local wheels (no network) ------------------------

def build_wheel(directory: Path, name: str, version: str) -> Path:
    """A minimal, valid pure-Python wheel (PEP 427), built by hand: no build backend needed."""
    directory.mkdir(parents=True, exist_ok=True)
    dist = f"{name}-{version}.dist-info"
    files = {
        f"{name}/__init__.py": f"__version__ = {version!r}\n",
        f"{dist}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
        f"{dist}/WHEEL": "Wheel-Version: 1.0\nGenerator: gpufix-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = []
    for path, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
        record.append(f"{path},sha256={digest},{len(text.encode())}")
    record.append(f"{dist}/RECORD,,")
    files[f"{dist}/RECORD"] = "\n".join(record) + "\n"
    wheel = directory / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        for path, text in files.items():
            zf.writestr(path, text)
    return wheel


def make_venv(path: Path) -> Path:
    """A real venv; pip is this interpreter's pip made visible through a .pth file.

    `python -m venv` with ensurepip takes ~7 s on this machine; linking the same pip in
    takes milliseconds and pip still installs into the venv's own site-packages.
    """
    import pip

    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(path)], check=True)
    python = path / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    only_pip = path / "pip-only"
    only_pip.mkdir()
    (only_pip / "pip").symlink_to(Path(pip.__file__).parent, target_is_directory=True)
    (Path(site) / "_gpufix_test_pip.pth").write_text(str(only_pip) + "\n")
    return python


@pytest.fixture
def offline_pip(tmp_path, monkeypatch):
    """Local wheels of `tinypkg` 1.0 and 2.0 and `extrapkg` 1.0; pip is told to use only them."""
    wheels = tmp_path / "wheels"
    for name, version in (("tinypkg", "1.0"), ("tinypkg", "2.0"), ("extrapkg", "1.0")):
        build_wheel(wheels, name, version)
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(wheels))
    monkeypatch.setenv("PIP_DISABLE_PIP_VERSION_CHECK", "1")
    monkeypatch.setenv("PIP_NO_CACHE_DIR", "1")
    return wheels


@pytest.fixture
def venv_python(tmp_path, offline_pip) -> str:
    python = make_venv(tmp_path / "venv")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "tinypkg==1.0"], check=True)
    return str(python)


@pytest.fixture
def state_dir(tmp_path, monkeypatch) -> Path:
    d = tmp_path / "state"
    monkeypatch.setenv("GPUFIX_STATE_DIR", str(d))
    return d


# --- fixture-driven fact sources ---------------------------------------------------------

def case_facts(name: str) -> list[str]:
    """The case's `facts:` as `--fact NAME=VALUE` strings (lists joined with commas)."""
    import yaml

    doc = yaml.safe_load((DATA / name / "case.yaml").read_text(encoding="utf-8")) or {}
    out = []
    for key, value in (doc.get("facts") or {}).items():
        if isinstance(value, list):
            value = ",".join(str(v) for v in value)
        elif isinstance(value, bool):
            value = "true" if value else "false"
        out.append(f"{key}={value}")
    return out


def collect_case(name: str):
    """A data dir replayed through the real probe parsers, plus its facts (as --fact would)."""
    from gpufix.core.inputs import merge, parse_fact_option, replay_fixture
    from gpufix.core.outcome import Collected

    directory = DATA / name
    results = replay_fixture(directory)
    facts = merge(results)
    facts.extend(parse_fact_option(f) for f in case_facts(name))
    python = facts.value("python.executable") or sys.executable
    return Collected(facts, results, None, python, "fixture", directory)


def provider_for(name: str):
    """A facts provider that replays a case and reports each probe like the live runner (one phase)."""
    def provide(progress=None, on_static=None):
        collected = collect_case(name)
        if progress is not None:
            for r in collected.probe_results:
                progress(r.name, "start", None)
                progress(r.name, "done", r)
        return collected
    return provide


async def settle(pilot) -> None:
    """Let workers finish and their messages be handled."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def screen_text(app) -> str:
    """What the terminal shows, as plain text (the SVG export without styling)."""
    lines = []
    for strip in app.screen._compositor.render_strips():  # noqa: SLF001 - test-only peek
        lines.append("".join(seg.text for seg in strip).rstrip())
    return "\n".join(lines)
