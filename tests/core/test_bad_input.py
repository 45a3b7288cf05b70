"""Issue 12 (failures 8, 10 and "also seen"): bad input gets one line and exit 2, never a
traceback, never a healthy-looking exit 0.

YAML alias bombs and oversized rule files are refused with file:line; a corrupt recording, a
directory that is not one, an empty log, an out-of-range --fact, something that is not Python
as --python, and global options written before a subcommand are each one line, exit 2.
"""
from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import pytest

from gpufix.cli import main
from gpufix.core.inputs import coerce
from gpufix.errors import InputError

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "linux-nodriver-cpu-torch"
RULE_HEAD = ("id: {id}\ntitle: T\nseverity: error\nkind: setup\narea: gpu\nstatus: test\n"
             "falsepositives: [none]\ndiagnosis: x\n")
# 566 bytes in the trial: 9 levels of 9 aliases each, 9^9 nodes once expanded.
BOMB = RULE_HEAD + "".join(
    f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9) if i else ', '.join(['lol'] * 9)}]\n" for i in range(9)
) + "when: {all: [*l8]}\n"


def one_error_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("gpufix: error:") and "Traceback" not in err, err
    return err


def _lint(tmp_path: Path, name: str, text: str) -> tuple[int, str, float]:
    rules = tmp_path / "rules" / "test"
    rules.mkdir(parents=True, exist_ok=True)
    (rules / f"{name}.yaml").write_text(text, encoding="utf-8")
    start = time.perf_counter()
    from gpufix.engine.api import lint

    errors = lint([tmp_path / "rules"])
    return len(errors), "\n".join(errors), time.perf_counter() - start


def test_a_yaml_alias_bomb_is_refused_at_its_line(tmp_path):
    """Failure 8: 566 bytes of aliases took 257 s and 3.7 GB, and passed as "no errors"."""
    n, errors, _t = _lint(tmp_path, "bomb", BOMB)
    assert n == 1 and "bomb.yaml:10: YAML alias *l0 is not allowed" in errors, errors
    # Refused before anything expands: as fast as parsing the same text without aliases.
    from gpufix.engine.yaml_lines import YamlError, _parse

    plain = BOMB.replace("*", "").replace("&", "x")

    def bomb() -> None:
        with pytest.raises(YamlError):
            _parse(BOMB)

    bomb_t = min(_timed(bomb) for _ in range(3))
    plain_t = min(_timed(lambda: _parse(plain)) for _ in range(3))
    assert bomb_t < 3 * plain_t + 0.01


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def test_a_rule_file_over_1_mb_is_refused(tmp_path):
    n, errors, _t = _lint(tmp_path, "big", RULE_HEAD.format(id="big") + "# " + "x" * (1024 * 1024) + "\n")
    assert n == 1 and "big.yaml:1:" in errors and "at most 1 MB" in errors


def test_a_corrupt_recording_is_one_line_exit_2(tmp_path, capsys):
    """Failure 10: a corrupt probes.json gave a traceback and exit 1."""
    rec = tmp_path / "rec"
    shutil.copytree(FIXTURE, rec)
    (rec / "probes.json").write_text('{"probes": {"python-env": {"status": "ok"', encoding="utf-8")
    assert main(["--text", "--fixture", str(rec)]) == 2
    assert "probes.json is not a gpufix recording" in one_error_line(capsys)
    (rec / "probes.json").write_text('["not", "a", "recording"]', encoding="utf-8")
    assert main(["--json", "--fixture", str(rec)]) == 2


@pytest.mark.parametrize("argv, message", [
    (["--text", "--fixture", "{empty_dir}"], "not a gpufix recording"),
    (["--text", "--no-probe", "--log", "{empty_log}"], "empty"),
    (["--text", "--no-probe", "--fact", "gpu.count=-3"], "out of range"),
    (["--text", "--no-probe", "--fact", "verify.mnist_accuracy=nan"], "out of range"),
    (["--json", "recommend"], "options go after the subcommand"),
    (["--text", "fix", "--dry-run"], "options go after the subcommand"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, argv, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("not a recording\n")
    (tmp_path / "empty.log").write_text("")
    argv = [a.format(empty_dir=tmp_path / "empty", empty_log=tmp_path / "empty.log") for a in argv]
    assert main(argv) == 2
    assert message in one_error_line(capsys)


@pytest.mark.skipif(not Path("/bin/ls").exists(), reason="needs a program that is not Python")
@pytest.mark.parametrize("argv", [["--text", "--python", "/bin/ls"], ["verify", "--python", "/bin/ls"],
                                  ["recommend", "--python", "/bin/ls"]])
def test_a_python_that_is_not_python_is_caught_by_the_handshake(capsys, argv):
    """`--python /bin/ls` ran ls with the probe's arguments and exited 0; `verify` exited 1."""
    assert main(argv) == 2
    assert "not a Python interpreter" in one_error_line(capsys)


def test_the_handshake_accepts_a_real_python():
    from gpufix.probes.processes import python_handshake

    assert python_handshake(sys.executable) is None


@pytest.mark.parametrize("value, type_name", [("-3", "int"), ("-0.5", "float"), ("inf", "float"), ("nan", "float")])
def test_numeric_facts_are_never_negative_or_nan(value, type_name):
    with pytest.raises(InputError, match="out of range"):
        coerce(value, type_name, "gpu.count")
