"""Text from a pasted log never reaches the terminal as control sequences (title, colour, clear)."""
from __future__ import annotations

from gpufix.cli import main
from gpufix.ui_strings import terminal_safe

HOSTILE = ("RuntimeError: \x1b]0;pwned\x07\x1b[31mThe NVIDIA driver on your system is too old "
           "(found version 10020)\x1b[0m\n")


def test_control_characters_are_written_as_escapes():
    assert terminal_safe("a\x1b[2Jb\x07c\x9bd\re") == "a\\x1b[2Jb\\x07c\\x9bd\\x0de"
    assert terminal_safe("行\tkept\n") == "行\tkept\n"


def test_the_text_report_of_a_hostile_log_holds_no_control_character(tmp_path, capsys):
    log = tmp_path / "log.txt"
    log.write_text(HOSTILE, encoding="utf-8")
    assert main(["--text", "--no-probe", "--log", str(log)]) == 1
    out = capsys.readouterr().out
    assert "too old" in out and "\\x1b]0;pwned" in out  # still diagnosed, the sequence shown escaped
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in out)


def test_the_tui_evidence_of_a_hostile_log_holds_no_control_character(tmp_path):
    from rich.console import Console

    from gpufix.core.outcome import Request
    from gpufix.core.pipeline import diagnose
    from gpufix.tui.widgets.finding_detail import render_diagnosis

    outcome = diagnose(Request(probe=False, log_text=HOSTILE))
    [d] = [d for d in outcome.diagnoses if d.id == "driver-older-than-runtime"]
    console = Console(width=200, record=True, file=open("/dev/null", "w"), color_system=None)
    console.print(render_diagnosis(d))
    shown = console.export_text()
    assert "\\x1b" in shown and "\x1b" not in shown


def test_a_gpu_name_from_nvidia_smi_reaches_the_text_report_escaped(tmp_path, capsys):
    """Failure 3: a GPU name from nvidia-smi passed raw into --text."""
    import shutil
    from pathlib import Path

    src = Path(__file__).resolve().parents[1] / "fixtures" / "machine--linux-gtx1050-driver384"
    rec = tmp_path / "rec"
    shutil.copytree(src, rec)
    smi = (rec / "nvidia-smi.txt").read_text(encoding="utf-8")
    (rec / "nvidia-smi.txt").write_text(smi.replace("GeForce GTX 105...", "GeForce\x1b]52;c;ZXZpbA==\x07"),
                                        encoding="utf-8")
    main(["--text", "--fixture", str(rec)])
    out = capsys.readouterr().out
    assert "\\x1b]52;c;ZXZpbA==" in out  # shown, escaped
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in out)
