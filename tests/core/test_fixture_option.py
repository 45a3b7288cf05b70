"""`--fixture DIR` replays a recording and reads the fixture's log.txt (unless --log is given)."""
import json
from pathlib import Path

from gpufix.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_fixture_reads_its_log(capsys):
    case = FIXTURES / "machine--linux-rtx5090d-driver570-cu126"
    assert main(["--json", "--no-probe", "--fixture", str(case)]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["log"]["given"] and doc["log"]["source"].endswith("log.txt")
    assert doc["diagnoses"][0]["id"] == "gpu-arch-unsupported"


def test_explicit_log_wins_over_the_fixtures(tmp_path, capsys):
    case = FIXTURES / "machine--linux-rtx5090d-driver570-cu126"
    other = tmp_path / "other.txt"
    other.write_text("nothing to see\n")
    main(["--json", "--no-probe", "--fixture", str(case), "--log", str(other)])
    doc = json.loads(capsys.readouterr().out)
    assert doc["log"]["source"] == str(other)
