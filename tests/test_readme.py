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


def test_ci_runs_readmes_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for cmd in ("python -m pip install '.[test]'", "python -m pytest"):
        assert cmd in readme and cmd in ci, cmd
    assert "python -m pip install ." in readme
