"""README stays current: the fact table, the two commands CI runs, the schema name."""
import importlib.util
import re
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


def test_every_question_is_documented_in_the_json_schema():
    """Issue 10: the questions are documented in README's JSON schema: each question id any
    differential may ask, with the fact it sets, in the `gpufix --json` section."""
    from gpufix.engine.api import load_rules

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## JSON output"):text.index("## Facts")]
    for dx in load_rules().differentials:
        for q in dx.questions:
            assert re.search(rf"(?<![\w-]){re.escape(q.id)}(?![\w-])", section), \
                f"question {q.id} ({dx.id}) is not in README's JSON section"
            assert q.sets in section, f"question {q.id}: the fact it sets ({q.sets}) is not named there"
