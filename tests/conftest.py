"""The tests test this checkout: when the imported gpufix is another copy (a non-editable
install, another worktree, a link tree older than a newly added file), the run stops at once
with one line saying what to run, instead of a thousand failures that test the wrong code."""
from __future__ import annotations

import importlib.util
import os
import re
import tempfile
from pathlib import Path
from typing import Optional

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Parsed YAML is cached per user (gpufix.parse_cache); the tests, and every gpufix they start,
# use a cache of their own instead of the developer's.
os.environ.setdefault("GPUFIX_CACHE_DIR", tempfile.mkdtemp(prefix="gpufix-test-cache-"))
INSTALL = "python -m pip install -e '.[test]' --config-settings editable_mode=strict"


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
