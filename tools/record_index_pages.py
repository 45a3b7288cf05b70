"""Trim recorded package-index pages into tests/knowledge/data/index/ (the local test server's pages).

    python tools/record_index_pages.py RAW_DIR

RAW_DIR holds what was fetched on 2026-12-03 from pypi.org (see tests/knowledge/data/index/README.md):
simple-<pkg>.json (Accept: application/vnd.pypi.simple.v1+json), simple-<pkg>.html (Accept: text/html),
<pkg>.json (https://pypi.org/pypi/<pkg>/json) and <pkg>-<version>.metadata (PEP 658). Only files of the
versions the tests need are kept; nothing else in a page is changed.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from packaging.utils import parse_wheel_filename
from packaging.version import Version

OUT = Path(__file__).resolve().parents[1] / "tests" / "knowledge" / "data" / "index"
KEEP_FROM = {"torch": "2.13.0", "torchvision": "0.28.0", "torchaudio": "2.11.0"}


def keep(name: str, filename: str) -> bool:
    try:
        version = parse_wheel_filename(filename)[1] if filename.endswith(".whl") else None
    except ValueError:
        return False
    return version is not None and version >= Version(KEEP_FROM[name])


def main(raw: Path) -> None:
    for name in KEEP_FROM:
        simple = json.loads((raw / f"simple-{name}.json").read_text())
        simple["files"] = [f for f in simple["files"] if keep(name, f["filename"])]
        simple["versions"] = [v for v in simple.get("versions", []) if Version(v) >= Version(KEEP_FROM[name])]
        d = OUT / "pypi" / "simple" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "index.json").write_text(json.dumps(simple, indent=1) + "\n")
        html = (raw / f"simple-{name}.html").read_text()
        head, _, rest = html.partition("<h1>")
        title, _, body = rest.partition("</h1>")
        lines = [ln for ln in body.splitlines() if "<a " not in ln or keep(name, re.sub(r"<[^>]+>", "", ln).strip())]
        (d / "index.html").write_text(head + "<h1>" + title + "</h1>" + "\n".join(lines) + "\n")
        api = json.loads((raw / f"{name}.json").read_text())
        api["releases"] = {v: fs for v, fs in api["releases"].items() if Version(v) >= Version(KEEP_FROM[name])}
        api["info"]["description"] = "(trimmed)"
        api.pop("ownership", None)
        d = OUT / "pypi" / "pypi" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "json").write_text(json.dumps(api, indent=1) + "\n")
    for meta in raw.glob("*.metadata"):
        header = meta.read_text(errors="replace").split("\n\n", 1)[0] + "\n"
        (OUT / "metadata").mkdir(parents=True, exist_ok=True)
        (OUT / "metadata" / meta.name).write_text(header)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
