"""tests/conftest.py stops the run when the imported gpufix is not this checkout."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _guard():
    spec = importlib.util.spec_from_file_location("checkout_guard", ROOT / "tests" / "conftest.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_this_checkout_is_the_one_imported():
    assert _guard().import_mismatch() is None


def test_another_copy_is_named_with_the_command_to_run(tmp_path: Path):
    guard = _guard()
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(ROOT / "pyproject.toml", other / "pyproject.toml")
    problem = guard.import_mismatch(other)
    assert problem is not None and "\n" not in problem
    assert "not from this checkout" in problem and guard.INSTALL in problem


def test_the_package_map_is_read_from_pyproject():
    dirs = _guard().package_dirs()
    assert dirs["gpufix"] == ROOT / "src" / "gpufix" and dirs["gpufix.engine"] == ROOT / "engine"


def test_a_file_added_after_a_strict_editable_install_is_named(tmp_path: Path, monkeypatch):
    """editable_mode=strict links the files that existed at install time; a newer one is named."""
    import types

    guard = _guard()
    dirs = guard.package_dirs()
    trees = {}
    for name, folder in dirs.items():
        tree = tmp_path.joinpath(*name.split("."))
        shutil.copytree(folder, tree, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
        trees[name] = tree
    (trees["gpufix.engine"] / "api.py").unlink()  # "added to the checkout after the install"

    def find_spec(name):
        return types.SimpleNamespace(origin=str(dirs[name] / "__init__.py"),
                                     submodule_search_locations=[str(trees[name])])

    monkeypatch.setattr(guard.importlib.util, "find_spec", find_spec)
    problem = guard.import_mismatch()
    assert problem is not None and problem.startswith("engine/api.py is new since the editable install")
