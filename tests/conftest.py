"""The tests test this checkout: when the imported gpufix is another copy (a non-editable
install, another worktree, a link tree older than a newly added file), the run stops at once
with one line saying what to run, instead of a thousand failures that test the wrong code.

Also the fixtures several test folders share: a real throwaway venv with tiny local wheels, and
gpufix's state directory in a temporary folder (tests/tui and tests/remedy use both)."""
from __future__ import annotations

import base64
import gc
import hashlib
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Optional

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Parsed YAML is cached per user (gpufix.parse_cache); the tests, and every gpufix they start,
# use a cache of their own instead of the developer's.
os.environ.setdefault("GPUFIX_CACHE_DIR", tempfile.mkdtemp(prefix="gpufix-test-cache-"))
# `gpufix knowledge update` results live in the user data dir: tests see an empty one (never the
# developer's own update), and tests of the update point it elsewhere.
os.environ["GPUFIX_DATA_DIR"] = tempfile.mkdtemp(prefix="gpufix-test-data-")
INSTALL = "python -m pip install -e '.[test]' --config-settings editable_mode=strict"

# PYTHONDONTWRITEBYTECODE=1 (set by some shells and CI images) makes every xdist worker compile
# every test module (assertion rewriting) and every gpufix module again: ~3 s of CPU a worker to
# collect. The checkout still gets no __pycache__: the compiled files of the test processes go to
# a folder of their own in pytest's cache directory. Only these processes (the controller, and
# each worker when it loads this file): the subprocesses the tests start keep the environment,
# so a torch import still reads the pyc files pip wrote instead of compiling torch again.
if os.environ.get("PYTHONDONTWRITEBYTECODE") and sys.pycache_prefix is None:
    sys.pycache_prefix, sys.dont_write_bytecode = str(ROOT / ".pytest_cache" / "pycache"), False

# The collector, in every test process (controller and xdist workers): what collection builds
# (every test module, gpufix, textual) lives to the end, yet at Python's default threshold (700
# allocations) the collector walked it again and again: measured 3-5 s of CPU a worker in the
# engine+tui+core tests, ~1 s with a higher threshold and that heap frozen. Garbage is still
# collected, only in bigger batches (`gpufix` itself starts the same way: gpufix.cli.entry).
TEST_GC_THRESHOLD = (10_000, 20, 20)
gc.set_threshold(*TEST_GC_THRESHOLD)


def pytest_collection_finish(session: pytest.Session) -> None:
    gc.collect()  # what collection left as garbage goes now, not into the frozen heap
    gc.freeze()


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto` (pyproject's addopts): two workers a core, capped by --maxprocesses. Many tests
    wait on a subprocess (torch imports, pip in throwaway venvs, the local Slurm, a terminal);
    measured on 2 cores, 4 workers run the whole suite in 114 s where 2 took 128-135 s."""
    return 2 * (os.cpu_count() or 1)


# --- --cpu-durations: which tests cost CPU (wall-clock --durations is noise on a shared machine) --

def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--cpu-durations", type=int, default=None, metavar="N",
                     help="show the N tests and test files that used most CPU: the test process's own "
                          "plus the subprocesses it waited for, setup and teardown included (0: all)")


def _cpu_seconds() -> float:
    import resource  # lazy: POSIX only, and only with --cpu-durations

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: Optional[pytest.Item]):
    if item.config.getoption("cpu_durations") is None:
        yield
        return
    item.stash[_CPU_START] = _cpu_seconds()
    yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    if call.when == "teardown" and _CPU_START in item.stash:
        # On the teardown report, which xdist hands to the controller with its user_properties.
        item.user_properties.append(("cpu_s", _cpu_seconds() - item.stash[_CPU_START]))
    yield


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "teardown":
        for key, value in report.user_properties:
            if key == "cpu_s":
                _CPU_TAKEN[report.nodeid] = value


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    n = config.getoption("cpu_durations")
    if n is None or hasattr(config, "workerinput") or not _CPU_TAKEN:
        return
    files: dict[str, float] = {}
    for nodeid, cpu in _CPU_TAKEN.items():
        files[nodeid.split("::")[0]] = files.get(nodeid.split("::")[0], 0.0) + cpu
    write = terminalreporter.write_line
    terminalreporter.section("CPU time (tests' own processes and the subprocesses they waited for)")
    write(f"{sum(_CPU_TAKEN.values()):.1f} s in {len(_CPU_TAKEN)} tests; outside tests (start-up, "
          "collection) not counted: /usr/bin/time gives the whole run")
    for title, table in (("test files", files), ("tests", _CPU_TAKEN)):
        write(f"-- {title}")
        rows = sorted(table.items(), key=lambda kv: -kv[1])
        for name, cpu in rows[:n or None]:
            write(f"{cpu:7.2f}s  {name}")


_CPU_START = pytest.StashKey[float]()
_CPU_TAKEN: dict[str, float] = {}


def package_dirs(root: Path = ROOT) -> dict[str, Path]:
    """pyproject's [tool.setuptools] package-dir (read with a regex: tomllib is 3.11+)."""
    text = (root / "pyproject.toml").read_text(encoding="utf-8")
    m = re.search(r"^package-dir\s*=\s*\{([^}]*)\}", text, re.M)
    pairs = re.findall(r'"([\w.]+)"\s*=\s*"([^"]+)"', m.group(1)) if m else []
    return {name: root / folder for name, folder in pairs}


def import_mismatch(root: Path = ROOT) -> Optional[str]:
    """None when every gpufix package imports from `root`; else one line: what is wrong, what to run."""
    for name, folder in sorted(package_dirs(root).items()):
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None or not spec.submodule_search_locations:
            return f"{name} cannot be imported; install this checkout: {INSTALL}"
        origin = Path(spec.origin).resolve().parent
        if origin != folder.resolve():
            return f"{name} is imported from {origin}, not from this checkout ({folder}); run here: {INSTALL}"
        installed = Path(spec.submodule_search_locations[0])
        if installed.resolve() == folder.resolve():
            continue  # the checkout folder itself: nothing can be stale
        # A link tree (editable_mode=strict) holds the files that existed at install time.
        for path in sorted(folder.rglob("*.py")):
            rel = path.relative_to(folder)
            if "__pycache__" not in rel.parts and not (installed / rel).exists():
                return (f"{folder.name}/{rel.as_posix()} is new since the editable install "
                        f"(not in {installed}); run again: {INSTALL}")
    return None


def pytest_sessionstart(session: pytest.Session) -> None:
    problem = import_mismatch()
    if problem:
        pytest.exit(f"gpufix under test is not this checkout: {problem}", returncode=4)
    _warm_rule_cache(session.config)


def _warm_rule_cache(config: pytest.Config) -> None:
    """Under xdist, the controller checks the rules once before the workers start: they share its
    GPUFIX_CACHE_DIR (above), so each reads the stored rule set (~10 ms) where each would parse and
    check every rule file itself (~0.4 s of CPU a worker). A rule that does not load is left to the
    tests to report."""
    if hasattr(config, "workerinput") or not getattr(config.option, "numprocesses", None):
        return  # a worker, or one process: nothing to share
    try:
        from gpufix.engine.api import load_rules  # lazy: only the xdist controller needs it

        load_rules()
    except Exception:  # noqa: BLE001 - a broken rule fails its own tests, not the start of the run
        pass


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
