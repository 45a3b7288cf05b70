"""README's install works where durable-rules cannot, and every fixture then passes on CLIPS.

Two fresh virtual environments, each installed from this checkout exactly as README says
(no test extra: these must not depend on torch):
* Python 3.13, where durable-rules cannot be imported: `pip install '.[durable]'` must
  succeed (the extra's markers skip durable-rules there), and the rules run on CLIPS;
* this Python with the C compiler hidden (no cc/gcc on PATH, CC=/bin/false): `pip install .`
  must succeed, and the rules run on CLIPS.
Then `gpufix rules test tests/fixtures` must pass every case, and `--json` names CLIPS.
They skip, saying why, when Python 3.13 or a package index cannot be found. To keep them
fast, pip's cache is reused, the venvs get no pip of their own (this interpreter's pip installs
into them with --python), and both installs run at the same time: about 20 s here, mostly
waiting on the index.
"""
from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
PY313_ENV = "GPUFIX_TEST_PYTHON313"  # where to find Python 3.13 when it is not on PATH or in pyenv


def _python313() -> str | None:
    """A working Python >= 3.13: $GPUFIX_TEST_PYTHON313, ~/.pyenv's, or python3.13 on PATH."""
    candidates = [os.environ.get(PY313_ENV, "")]
    candidates += sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.1[3-9]*/bin/python3")), reverse=True)
    candidates += [shutil.which("python3.13") or ""]  # last: a pyenv shim there may not run
    for c in candidates:
        if c and os.access(c, os.X_OK):
            check = subprocess.run([c, "-c", "import sys; print(sys.version_info >= (3, 13))"],
                                   capture_output=True, text=True, timeout=60)
            if check.stdout.strip() == "True":
                return c
    return None


def _run(cmd: list[str], env: dict | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout, cwd=ROOT)


def _outer_pip() -> bool:
    """This interpreter's pip can install into another environment (--python, pip >= 22.3)."""
    from packaging.version import Version

    try:
        import pip
    except ImportError:
        return False
    return Version(pip.__version__) >= Version("22.3")


def _pip(target_python: str) -> list[str]:
    # Using this interpreter's pip spares creating pip in every fresh venv (5 s each).
    return [sys.executable, "-m", "pip", "--python", target_python] if _outer_pip() else [target_python, "-m", "pip"]


class Skip(Exception):
    """The environment cannot be tested here (no interpreter, no package index)."""


def _check_index(python: str, env: dict, tmp: Path) -> None:
    """Raise Skip unless pip can fetch clipspy's wheel for this interpreter (no index, no test)."""
    probe = _run([*_pip(python), "download", "--no-deps", "--only-binary=:all:", "-q", "-d", str(tmp / "probe"),
                  "clipspy>=1.0,<2"], env)
    if probe.returncode != 0:
        raise Skip(f"no package index reachable from {python} (pip download clipspy failed: "
                   f"{(probe.stderr.strip().splitlines() or ['?'])[-1]})")


def _fresh_venv(python: str, where: Path, env: dict) -> Path:
    made = _run([python, "-m", "venv", *(["--without-pip"] if _outer_pip() else []), str(where)], env)
    assert made.returncode == 0, made.stderr
    return where / ("Scripts" if os.name == "nt" else "bin")


def _base_env() -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("GPUFIX_ENGINE", "PYTHONPATH", "VIRTUAL_ENV")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def _install_python313(tmp: Path) -> tuple[Path, dict]:
    python = _python313()
    if python is None:
        raise Skip(f"no Python 3.13 found (~/.pyenv, PATH, or set {PY313_ENV})")
    env = _base_env()
    bindir = _fresh_venv(python, tmp / "venv313", env)
    _check_index(str(bindir / "python"), env, tmp)
    # README's durable-rules extra: its markers leave durable-rules out on Python >= 3.13.
    _install(bindir, f"{_source_copy(tmp)}[durable]", env)
    return bindir, env


def _install_without_compiler(tmp: Path) -> tuple[Path, dict]:
    env = _base_env()
    bindir = _fresh_venv(getattr(sys, "_base_executable", sys.executable), tmp / "venv-nocc", env)
    # Hide the compiler: PATH holds only the venv, and CC/CXX point at a program that fails.
    env["PATH"] = str(bindir)
    env["CC"] = env["CXX"] = "/bin/false"
    for compiler in ("cc", "gcc", "clang", "c++", "g++"):
        assert shutil.which(compiler, path=env["PATH"]) is None, compiler
    _check_index(str(bindir / "python"), env, tmp)
    _install(bindir, str(_source_copy(tmp)), env)  # README: python -m pip install .
    return bindir, env


# Not the checkout's own build products or environments: a copy of what a clone holds.
_NOT_SOURCE = shutil.ignore_patterns(".git", ".venv*", "venv", "build", "dist", "*.egg-info", "__pycache__",
                                     ".grimp_cache", ".hypothesis", ".pytest_cache", ".import_linter_cache", ".mypy_cache")


def _source_copy(tmp: Path) -> Path:
    """The checkout copied for one install: pip builds a project in its own folder (build/), and
    two installs building one folder at once collide there (`File exists: build/bdist...`)."""
    where = tmp / "src"
    shutil.copytree(ROOT, where, ignore=_NOT_SOURCE)
    return where


def _install(bindir: Path, target: str, env: dict) -> None:
    install = _run([*_pip(str(bindir / "python")), "install", "-q", target], env, timeout=900)
    assert install.returncode == 0, f"README's install failed:\n{install.stdout[-3000:]}\n{install.stderr[-3000:]}"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict:
    """Both environments, installed at the same time (the installs mostly wait on the index)."""
    from concurrent.futures import ThreadPoolExecutor

    tmp = tmp_path_factory.mktemp("install")
    jobs = {"py313": _install_python313, "nocc": _install_without_compiler}
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        futures = {name: pool.submit(job, tmp / name) for name, job in jobs.items()}
    out = {}
    for name, future in futures.items():
        try:
            out[name] = future.result()
        except Exception as e:  # noqa: BLE001 - reported by the test that needs this environment
            out[name] = e
    return out


def _passes_every_fixture_on_clips(result) -> None:
    if isinstance(result, Skip):
        pytest.skip(str(result))
    if isinstance(result, BaseException):
        raise result
    bindir, env = result
    python = str(bindir / "python")
    info = _run([python, "-c", "import importlib.util, json; from gpufix.engine import backends; s = backends.select(); "
                               "print(json.dumps([s.backend.name, s.note, importlib.util.find_spec('durable') is None]))"],
                env)
    assert info.returncode == 0, info.stderr
    name, note, no_durable = json.loads(info.stdout)
    assert (name, no_durable) == ("clips", True), info.stdout
    assert note == "Rule engine: CLIPS (durable-rules is not installed)"
    # The installed copy (not this checkout) must pass every fixture: run it from outside ROOT.
    gpufix = str(bindir / "gpufix")
    test = subprocess.run([gpufix, "rules", "test", str(FIXTURES)], capture_output=True, text=True, env=env,
                          timeout=600, cwd=bindir)
    cases = len(list(FIXTURES.glob("*/case.yaml")))
    assert test.returncode == 0, test.stdout[-4000:] + test.stderr[-2000:]
    assert f"{cases} case(s): {cases} passed, 0 failed" in test.stdout + test.stderr, test.stderr[-2000:]
    one = sorted(FIXTURES.glob("*/case.yaml"))[0].parent
    doc = subprocess.run([gpufix, "--json", "--fixture", str(one)], capture_output=True, text=True, env=env,
                         timeout=300, cwd=bindir)
    assert json.loads(doc.stdout)["engine"]["backend"] == "clips", doc.stderr


def test_python_313_installs_and_passes_every_fixture_on_clips(installed) -> None:
    _passes_every_fixture_on_clips(installed["py313"])


def test_no_c_compiler_installs_and_passes_every_fixture_on_clips(installed) -> None:
    _passes_every_fixture_on_clips(installed["nocc"])
