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
