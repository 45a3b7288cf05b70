"""`gpufix fix` on recorded machines: the plan, --dry-run, and the refusals (one line, exit 2)."""
from __future__ import annotations

from pathlib import Path

import pytest

from gpufix.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TUI_DATA = Path(__file__).resolve().parents[1] / "tui" / "data"
# The development machine: torch 2.13.0+cpu and NumPy 2.4.6 in /tmp/dev. Stating an older
# torch by hand makes the NumPy ABI rule apply, with commands filled from the recording.
NODRIVER = ["--fixture", str(FIXTURES / "linux-nodriver-cpu-torch"), "--fact", "torch.version=2.2.2"]


@pytest.fixture(autouse=True)
def state_dir(tmp_path, monkeypatch) -> Path:
    d = tmp_path / "state"
    monkeypatch.setenv("GPUFIX_STATE_DIR", str(d))
    return d


def test_dry_run_shows_each_step_and_its_exact_command(capsys, state_dir):
    assert main(["fix", "numpy2-abi", "--dry-run", *NODRIVER]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1:] == [
        "Fix: NumPy 2 is installed but torch (or another extension) was built for NumPy 1.x [numpy2-abi]",
        "Remedy 1 of 2: Pin NumPy 1.x (numpy==1.26.4)",
        "  1. Install NumPy 1.26.4, the last 1.x release, into this interpreter. (NumPy",
        "     1.26 has wheels up to Python 3.12; on Python 3.13+ use the next remedy.)",
        "     $ /tmp/dev/bin/python -m pip install numpy==1.26.4",
        "     then: read the NumPy version again",
        "  2. Check that torch imports cleanly and trains a few MNIST steps.",
        "     check: train a few MNIST steps",
        "Dry run: nothing was run.",
    ]
    assert not state_dir.exists()  # no snapshot either


def test_no_id_takes_each_error_finding_with_a_remedy(capsys):
    # The recorded CPU-torch machine plus the GPU of a public report: a CPU wheel on a GPU machine.
    facts = ["--fact", "gpu.count=1", "--fact", "gpu.vendor=nvidia", "--fact", "driver.version=535.98",
             "--fact", "driver.cuda=12.2"]
    assert main(["fix", "--dry-run", "--fixture", str(TUI_DATA / "cpu-wheel"), *facts]) == 0
    out = capsys.readouterr().out
    # The title claims only what the facts show (here the driver; no GPU name was given).
    assert "Fix: A CPU-only build of torch is installed (NVIDIA driver 535.98) [cpu-only-wheel]" in out
    assert "$ /tmp/dev/bin/python3 -m pip uninstall -y torch torchvision torchaudio" in out
    assert "--index-url https://download.pytorch.org/whl/cu126" in out


def test_a_step_without_a_command_is_shown_as_done_by_hand(capsys):
    # A pasted log alone: commands are never filled from a log, so every step is the person's.
    case = FIXTURES / "numpy2-abi--torchio-import-torch-numpy200"
    assert main(["fix", "numpy2-abi", "--dry-run", "--fixture", str(case), "--no-probe"]) == 0
    out = capsys.readouterr().out
    assert out.count("(by hand: gpufix cannot do this step)") == 2 and "$ " not in out


def test_unknown_id_is_one_line_and_exit_2(capsys):
    assert main(["fix", "no-such-rule", "--dry-run", *NODRIVER]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip().splitlines() == [
        "gpufix: error: no finding named 'no-such-rule' (see gpufix rules list)"]


def test_a_rule_that_does_not_apply_is_nothing_to_fix(capsys):
    assert main(["fix", "cpu-only-wheel", "--dry-run", *NODRIVER]) == 0
    assert capsys.readouterr().out.strip() == "cpu-only-wheel: not found here; nothing to fix."


def test_without_a_terminal_it_refuses_unless_yes(capsys, state_dir):
    assert main(["fix", "numpy2-abi"]) == 2  # pytest's stdin is not a terminal
    captured = capsys.readouterr()
    assert captured.err.strip().splitlines() == [
        "gpufix: error: gpufix fix changes this environment: run it on a terminal to confirm, "
        "or pass --yes (--dry-run only shows the plan)"]
    assert captured.out == "" and not state_dir.exists()


@pytest.mark.parametrize("argv, message", [
    (["fix", "numpy2-abi", "--yes", *NODRIVER], "a recorded machine (--fixture/--no-probe) cannot be fixed"),
    (["fix", "numpy2-abi", "--dry-run", "--remedy", "3", *NODRIVER], "remedy 3: 'NumPy 2 is installed"),
    (["fix", "--dry-run", "--yes"], "not allowed with argument"),
    (["fix", "--remedy", "0", "--dry-run"], "--remedy 0: expected 1 or more"),
])
def test_bad_requests_are_one_line_and_exit_2(capsys, argv, message):
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]


def test_readme_lists_every_command():
    from gpufix.cli import SUBCOMMANDS

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    missing = [name for name in SUBCOMMANDS if f"| `gpufix {name}" not in readme]
    assert not missing, f"README's command table lacks: {missing}"


@pytest.mark.parametrize("how", ["option", "env"])
def test_the_plan_follows_the_language(capsys, monkeypatch, how):
    # `gpufix fix` spoke English whatever --lang or LANG said; the rest of gpufix followed them.
    args = ["fix", "numpy2-abi", "--dry-run", *NODRIVER]
    if how == "option":
        args.append("--lang=zh")
    else:
        monkeypatch.setenv("LANG", "zh_CN.UTF-8")
        monkeypatch.delenv("LC_ALL", raising=False)
        monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("修复：") and lines[1].endswith("[numpy2-abi]")
    assert lines[2].startswith("方案 1/2：")
    assert "     然后：重新读取 NumPy 版本" in lines and lines[-1] == "演练模式：没有执行任何命令。"
    assert not any(word in "\n".join(lines) for word in ("Fix:", "Remedy 1", "then:", "check:", "Dry run"))
