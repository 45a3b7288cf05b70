"""README stays current: the fact table, the two commands CI runs, the schema name."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("fact_table", ROOT / "tools" / "fact_table.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_fact_table_matches_catalog():
    tool = _tool()
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert tool.replaced(text) == text, "README's fact table is stale: run python tools/fact_table.py --write"


DEV_INSTALL = "python -m pip install -e '.[test]' --config-settings editable_mode=strict"


def test_ci_runs_readmes_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for cmd in (DEV_INSTALL, "python -m pytest"):
        assert cmd in readme, f"README no longer says {cmd!r}"
        assert cmd in ci, f".ci/run must install and test exactly as README says: {cmd!r}"
    assert "python -m pip install ." in readme


def test_the_dev_install_is_the_one_the_test_guard_names():
    conftest = (ROOT / "tests" / "conftest.py").read_text(encoding="utf-8")
    assert f'INSTALL = "{DEV_INSTALL}"' in conftest
