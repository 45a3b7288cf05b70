"""Every source folder is installed as a gpufix subpackage, with its data files.

CI installs the project non-editable (README's command), so a package missing from
pyproject.toml would only show up there; this test says which one.
"""
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
tomllib = pytest.importorskip("tomllib") if sys.version_info >= (3, 11) else pytest.importorskip("tomli")


def _config():
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]


def _expected_packages():
    cfg = _config()
    top = {src: name for name, src in cfg["package-dir"].items() if "." not in name}
    found = set()
    for src, name in top.items():
        for init in (ROOT / src).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / src)
            if "__pycache__" in rel.parts:
                continue
            found.add(".".join([name, *rel.parts]) if rel.parts else name)
    return found


def test_every_package_is_listed():
    cfg = _config()
    missing = _expected_packages() - set(cfg["packages"])
    assert not missing, f"add to [tool.setuptools] packages (and package-dir if outside src/gpufix/): {sorted(missing)}"


def test_top_level_folders_are_gpufix_subpackages():
    cfg = _config()
    for folder in ("engine", "rules", "probes", "tui"):
        assert cfg["package-dir"][f"gpufix.{folder}"] == folder


def test_no_generic_top_level_modules():
    assert all(p == "gpufix" or p.startswith("gpufix.") for p in _config()["packages"])
