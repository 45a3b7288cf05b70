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

    rows = ["| fact | type | area | stated by | meaning |", "|---|---|---|---|---|"]
    for name, spec in FACTS.items():
        # "stated by" lists producers strongest first when the fact says who wins
        # (driver.version: NVML over nvidia-smi); otherwise in the catalog's order.
        ranked = [p for p in spec.precedence if p in spec.producers]
        producers = ranked + [p for p in spec.producers if p not in ranked]
        rows.append(f"| `{name}` | {spec.type} | {spec.area or '-'} | {', '.join(producers) or '-'} "
                    f"| {spec.doc.replace('|', '/')} |")
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
