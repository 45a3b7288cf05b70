"""Print the README's fact table from src/gpufix/fact_catalog.py.

    python tools/fact_table.py --write   # rewrite the table in README.md
tests/test_readme.py fails when README's table and the catalog differ.
"""
from __future__ import annotations

import sys
from pathlib import Path

BEGIN, END = "<!-- facts:begin (tools/fact_table.py) -->", "<!-- facts:end -->"
README = Path(__file__).resolve().parents[1] / "README.md"


def table() -> str:
    from gpufix.fact_catalog import FACTS

    rows = ["| fact | type | meaning |", "|---|---|---|"]
    for name, spec in FACTS.items():
        rows.append(f"| `{name}` | {spec.type} | {spec.doc.replace('|', '/')} |")
    return "\n".join(rows)


def replaced(text: str) -> str:
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    return f"{head}{BEGIN}\n{table()}\n{END}{tail}"


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        README.write_text(replaced(README.read_text(encoding="utf-8")), encoding="utf-8")
    else:
        print(table())
