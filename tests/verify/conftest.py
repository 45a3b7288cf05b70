"""Helpers for the verification tests: tiny IDX files, the script module, the interpreter."""
from __future__ import annotations

import gzip
import importlib.util
import os
import random
import struct
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "src" / "gpufix" / "verify" / "scripts" / "verify_torch.py"
DATA = Path(__file__).resolve().parent / "data"


def idx_bytes(dims: tuple[int, ...], payload: bytes, dtype: int = 0x08) -> bytes:
    return struct.pack(">HBB", 0, dtype, len(dims)) + struct.pack(">" + "I" * len(dims), *dims) + payload


def tiny_images(labels: list[int], seed: int = 0) -> bytes:
    """28x28 images with a bright 6x6 block whose place depends on the label: learnable."""
    rnd = random.Random(seed)
    out = bytearray()
    for lab in labels:
        img = bytearray(rnd.randrange(0, 40) for _ in range(784))
        r0, c0 = 2 + 8 * (lab // 4), 2 + 8 * (lab % 4)
        for r in range(r0, r0 + 6):
            for c in range(c0, c0 + 6):
                img[r * 28 + c] = 200 + rnd.randrange(0, 55)
        out += img
    return bytes(out)


def write_tiny_mnist(directory: Path, n_train: int = 400, n_test: int = 100, gz: bool = False,
                     dotted: bool = False) -> Path:
    """The four MNIST files (small, NOT the official data) in `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(1)
    for split, n in (("train", n_train), ("t10k", n_test)):
        labels = [rnd.randrange(10) for _ in range(n)]
        for kind, blob in (("images-idx3-ubyte", idx_bytes((n, 28, 28), tiny_images(labels, n))),
                           ("labels-idx1-ubyte", idx_bytes((n,), bytes(labels)))):
            name = f"{split}-{kind}"
            if dotted:
                name = name.replace("-idx", ".idx")
            if gz:
                (directory / (name + ".gz")).write_bytes(gzip.compress(blob))
            else:
                (directory / name).write_bytes(blob)
    return directory


class Helpers:
    """Plain functions handed to tests as a fixture (importlib import mode: no conftest import)."""

    idx_bytes = staticmethod(idx_bytes)
    tiny_images = staticmethod(tiny_images)
    write_tiny_mnist = staticmethod(write_tiny_mnist)
    data_dir = DATA
    script = SCRIPT


@pytest.fixture(scope="session")
def h() -> type[Helpers]:
    return Helpers


@pytest.fixture(scope="session")
def vt():
    """The standalone script imported as a module (its parsers need no torch)."""
    spec = importlib.util.spec_from_file_location("gpufix_verify_torch_under_test", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def torch_python() -> str:
    """An interpreter with torch (the test venv's own); tests that run the real script need it."""
    if importlib.util.find_spec("torch") is None:
        pytest.skip("torch is not installed in the test interpreter")
    return sys.executable


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    """A home and working directory with no MNIST anywhere, and no network reachable."""
    home = tmp_path / "home"
    work = tmp_path / "work"
    home.mkdir()
    work.mkdir()
    env = {"HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache"), "USERPROFILE": str(home),
           "LOCALAPPDATA": str(home / "AppData"),
           # One thread: steady timings when other jobs share this machine's 2 cores.
           "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    return {"home": home, "cwd": work, "env": env}


def run_env(isolated: dict) -> dict[str, str]:
    env = dict(os.environ)
    env.update(isolated["env"])
    return env


Helpers.run_env = staticmethod(run_env)
