"""CLI behaviour that every subcommand shares: --version path, bad input, exit codes."""
import json
import subprocess
import sys

from gpufix.cli import main


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gpufix", *args], capture_output=True, text=True,
                          input=stdin, timeout=120)


def test_version_imports_nothing_heavy():
    code = ("import sys; from gpufix.cli import main; main(['--version']); "
            "print(','.join(m for m in ('torch', 'textual', 'yaml', 'durable', 'clips', 'packaging', 'argparse') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    first, loaded = out.splitlines()
    assert first.startswith("gpufix ")
    assert loaded == ""


def test_unknown_option_is_one_line_exit_2():
    p = run("--no-such-option")
    assert p.returncode == 2
    assert p.stderr.count("\n") == 1 and p.stderr.startswith("gpufix: error:")
    assert "Traceback" not in p.stderr


def test_bad_python_path_is_one_line_exit_2(tmp_path):
    p = run("--json", "--python", str(tmp_path / "nope" / "python"))
    assert p.returncode == 2
    assert "Traceback" not in p.stderr
    assert "no such interpreter" in p.stderr
    doc = json.loads(p.stdout)
    assert doc["status"] == "failed" and doc["exit_code"] == 2


def test_bad_fact_option(capsys):
    assert main(["--json", "--no-probe", "--fact", "no.such.fact=1"]) == 2
    assert main(["--json", "--no-probe", "--fact", "gpu.count=many"]) == 2
    assert main(["--json", "--no-probe", "--fact", "driver.version"]) == 2
    err = capsys.readouterr().err
    assert "unknown fact name" in err and "not a valid int" in err and "expected NAME=VALUE" in err


def test_record_refuses_a_file_and_a_nonempty_dir(tmp_path, capsys):
    f = tmp_path / "file"
    f.write_text("x")
    assert main(["record", str(f)]) == 2
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x").write_text("x")
    assert main(["record", str(tmp_path / "d")]) == 2
    assert "not empty" in capsys.readouterr().err
