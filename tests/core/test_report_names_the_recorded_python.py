"""A fixture is another machine's recording: --text says which interpreter it recorded, not this one."""
from __future__ import annotations

import sys
from pathlib import Path

from gpufix.cli import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "torch-not-installed--h200-system-python-recorded"


def test_report_for_is_the_recorded_interpreter(capsys):
    main(["--fixture", str(FIXTURE), "--no-probe", "--text"])
    out = capsys.readouterr().out
    assert "  report for: /usr/bin/python3\n" in out
    assert sys.executable not in out.splitlines()[1]
    # and the diagnosis: no torch there, the venv first on PATH named as the one to check
    assert "[!] torch build: torch not installed" in out
    assert "/opt/torch/.venv/bin/python), check that one instead" in out


def test_without_probing_the_report_is_for_the_log_not_this_python(capsys, tmp_path):
    log = tmp_path / "log.txt"
    log.write_text("RuntimeError: Found no NVIDIA driver on your system.\n", encoding="utf-8")
    main(["--no-probe", "--log", str(log), "--text"])
    out = capsys.readouterr().out
    assert "  report for: the pasted log\n" in out and sys.executable not in out
    main(["--no-probe", "--fact", "gpu.count=1", "--text"])
    assert "report for" not in capsys.readouterr().out


def test_json_target_is_the_recorded_interpreter_or_none(capsys):
    import json

    main(["--fixture", str(FIXTURE), "--no-probe", "--json"])
    assert json.loads(capsys.readouterr().out)["target"]["python"] == "/usr/bin/python3"
    # a fixture that recorded no interpreter path: the document names none rather than this one
    other = FIXTURE.parent / "machine--linux-a100x8-driver535-cu124"
    main(["--fixture", str(other), "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert doc["target"]["python"] is None and doc["target"]["fixture"] == str(other)
    main(["--no-probe", "--fact", "gpu.count=1", "--json"])
    assert json.loads(capsys.readouterr().out)["target"]["python"] is None
