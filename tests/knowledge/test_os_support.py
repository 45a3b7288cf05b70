"""rules/knowledge/os_support.yaml: the oldest OS each part of a torch setup runs on (read by people; the rules
old-windows-evidence and os-too-old-for-build cite it). Every row names a declared source and parses."""
from __future__ import annotations

from pathlib import Path

import yaml
from packaging.version import Version

TABLE = Path(__file__).resolve().parents[2] / "rules" / "knowledge" / "os_support.yaml"


def _table() -> dict:
    return yaml.safe_load(TABLE.read_text(encoding="utf-8"))


def test_rows_cite_declared_sources_and_versions_parse() -> None:
    data = _table()
    assert data["schema"] == 1
    sources = data["sources"]
    assert all(str(url).startswith("https://") for url in sources.values())
    ids = [row["id"] for row in data["limits"]]
    assert len(ids) == len(set(ids))
    for row in data["limits"]:
        assert row["source"] in sources, row
        assert row["platform"] in ("windows", "macos"), row
        for key in ("since", "until", "min_os"):
            if key in row:
                Version(str(row[key]))


def test_windows_floors_are_older_than_windows_10_where_the_rules_say_so() -> None:
    # old-windows-evidence reads an NT version below 10.0 as "older than Windows 10": the table's Windows 8 API
    # floors (6.2) must sit below that line, torch's own floor on it.
    rows = {row["id"]: row for row in _table()["limits"]}
    assert Version(rows["api_set_core_path_windows_8"]["min_os"]) < Version("10.0")
    assert Version(rows["torch_windows_10"]["min_os"]) == Version("10.0")
