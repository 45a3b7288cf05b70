"""Shared fixtures for the probe tests: the dev interpreter (real torch 2.13.0+cpu) and a bare venv."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gpufix.probes.base import ProbeContext

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="session")
def dev_python() -> str:
    """The interpreter running the tests: it has torch 2.13.0+cpu (the `test` extra)."""
    return sys.executable


@pytest.fixture(scope="session")
def bare_venv(tmp_path_factory) -> Path:
    """A venv with nothing installed (no torch, no numpy, no pip)."""
    d = tmp_path_factory.mktemp("bare") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(d)], check=True, capture_output=True)
    exe = d / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    assert exe.exists()
    return exe


@pytest.fixture
def make_ctx():
    """make_ctx(python, **env_overrides) -> a ProbeContext over this process's environment."""
    def make(python: str, **env_overrides: str) -> ProbeContext:
        env = dict(os.environ)
        env.update(env_overrides)
        return ProbeContext(python=str(python), env=env)
    return make
