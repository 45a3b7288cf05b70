"""Snapshots and `gpufix rollback` on a real throwaway venv with local wheels (no network)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from gpufix.cli import main
from gpufix.remedy.rollback import FreezeDiff, diff_freeze, pytorch_index_urls, restore_commands
from gpufix.remedy.snapshot import (MADE_BY, SnapshotError, is_conda_env, list_snapshots, load_snapshot,
                                    take_snapshot)

pytestmark = pytest.mark.slow  # pip installs into throwaway venvs


def _pip(python: str, *args: str) -> None:
    subprocess.run([python, "-m", "pip", *args, "-q"], check=True)


def _freeze(python: str) -> list[str]:
    out = subprocess.run([python, "-m", "pip", "freeze"], check=True, capture_output=True, text=True).stdout
    return out.split()


def test_snapshot_records_the_frozen_set(venv_python, state_dir):
    snap = take_snapshot(venv_python, reason="pip install tinypkg==2.0")
    assert snap.path.parent == state_dir / "snapshots"
    assert snap.requirements() == ["tinypkg==1.0"]
    meta = json.loads((snap.path / "snapshot.json").read_text())
    assert meta["python"] == venv_python and meta["reason"] == "pip install tinypkg==2.0"
    assert snap.conda_path is None  # a venv is not a conda env: no `conda list` was run
    assert [s.name for s in list_snapshots()] == [snap.name]
    assert load_snapshot(snap.name).freeze_path == snap.freeze_path


def test_two_snapshots_in_one_second_get_distinct_names(venv_python, state_dir):
    import datetime as dt

    now = dt.datetime(2025, 6, 14, 15, 30, 12).astimezone()
    a = take_snapshot(venv_python, now=now)
    b = take_snapshot(venv_python, now=now)
    assert (a.name, b.name) == ("20250614-153012", "20250614-153012-2")
    assert [s.name for s in list_snapshots()] == [b.name, a.name]  # newest first


def test_conda_list_is_saved_only_for_a_conda_env(venv_python, state_dir, tmp_path):
    # A conda env is recognised by conda-meta/ in its prefix; `conda` is then asked for
    # `list --export -p PREFIX`. A tiny script stands in for conda and prints its arguments.
    prefix = subprocess.run([venv_python, "-c", "import sys; print(sys.prefix)"],
                            capture_output=True, text=True, check=True).stdout.strip()
    assert not is_conda_env(prefix)
    fake_conda = tmp_path / "conda"
    fake_conda.write_text(f"#!{sys.executable}\nimport sys; print('# args:', *sys.argv[1:])\n")
    fake_conda.chmod(0o755)
    assert take_snapshot(venv_python, conda=str(fake_conda)).conda_path is None
    (tmp_path / "venv" / "conda-meta").mkdir()
    snap = take_snapshot(venv_python, conda=str(fake_conda))
    assert snap.conda_path is not None
    assert snap.conda_path.read_text().strip() == f"# args: list --export -p {prefix}"
    assert snap.conda_prefix == prefix


def test_snapshot_of_an_interpreter_without_pip_fails_in_one_line(tmp_path, state_dir):
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(tmp_path / "bare")], check=True)
    with pytest.raises(SnapshotError, match=r"pip freeze failed \(exit 1\): .*No module named pip"):
        take_snapshot(str(tmp_path / "bare" / "bin" / "python"))
    assert not (state_dir / "snapshots").exists() or not any((state_dir / "snapshots").iterdir())


def test_rollback_asks_then_restores_the_snapshot(venv_python, state_dir, capsys):
    _pip(venv_python, "install", "extrapkg==1.0")
    snap = take_snapshot(venv_python, reason="upgrade tinypkg")
    _pip(venv_python, "install", "tinypkg==2.0")  # what a remedy did...
    _pip(venv_python, "uninstall", "-y", "extrapkg")
    assert _freeze(venv_python) == ["tinypkg==2.0"]

    assert main(["rollback", snap.name]) == 2  # pytest's stdin is not a terminal
    captured = capsys.readouterr()
    assert captured.err.strip().splitlines() == [
        "gpufix: error: rollback changes installed packages: run it on a terminal to confirm, or pass --yes"]
    assert "Restore " in captured.out and "2 pinned packages" in captured.out  # nothing ran to show more
    assert _freeze(venv_python) == ["tinypkg==2.0"]  # nothing was touched

    assert main(["rollback", "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"Snapshot {snap.name}" in out and "taken before: upgrade tinypkg" in out
    assert "~ tinypkg==2.0  ->  tinypkg==1.0" in out
    assert "+ extrapkg==1.0  (reinstalled)" in out
    assert "-m pip install --no-deps tinypkg==1.0 extrapkg==1.0" in out and f"Restored {snap.name}" in out
    assert sorted(_freeze(venv_python)) == ["extrapkg==1.0", "tinypkg==1.0"]

    assert main(["rollback", "--yes"]) == 0
    assert "Nothing to restore" in capsys.readouterr().out


def test_packages_added_since_are_removed_so_freeze_equals_the_snapshot(venv_python, state_dir, capsys):
    """Failure 7: rollback restores exactly (pip freeze before = after), packages added since included."""
    before = _freeze(venv_python)
    take_snapshot(venv_python)
    _pip(venv_python, "install", "extrapkg==1.0")
    assert main(["rollback", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "- extrapkg==1.0  (installed since the snapshot; uninstalled)" in out
    assert _freeze(venv_python) == before


def _handmade_snapshot(root, name, python, lines, reason=""):
    # The on-disk format, written directly (private, hashed, as take_snapshot writes it): no pip.
    import hashlib

    d = root / "snapshots" / name
    d.mkdir(parents=True, mode=0o700)
    (root / "snapshots").chmod(0o700)
    text = "\n".join(lines) + "\n"
    (d / "pip-freeze.txt").write_text(text)
    (d / "snapshot.json").write_text(json.dumps({"python": python, "created": "2025-06-14T15:30:12+00:00",
                                                 "reason": reason, "made_by": MADE_BY,
                                                 "sha256": {"pip-freeze.txt": hashlib.sha256(text.encode()).hexdigest()}}))
    for f in d.iterdir():
        f.chmod(0o600)
    return load_snapshot(name)


def test_rollback_list_and_bad_names(state_dir, capsys, tmp_path):
    assert main(["rollback", "--list"]) == 0
    assert "no snapshots in" in capsys.readouterr().out
    assert main(["rollback"]) == 2
    assert "no snapshots in" in capsys.readouterr().err
    (state_dir / "snapshots" / "20250101-000000").mkdir(parents=True)  # half-written: not offered
    _handmade_snapshot(state_dir, "20250614-153012", sys.executable, ["a==1", "b==2"],
                       reason="python -m pip install numpy==1.26.4")
    assert main(["rollback", "--list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("20250614-153012  2025-06-14T15:30:12+00:00  2 packages  ")
    assert out[1] == "    before: python -m pip install numpy==1.26.4"
    assert len(out) == 2
    assert main(["rollback", "no-such-snapshot", "--yes"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "gpufix: error: no snapshot named 'no-such-snapshot' (see gpufix rollback --list)"


def test_rollback_into_a_missing_interpreter(state_dir, capsys, tmp_path):
    gone = str(tmp_path / "old-env" / "bin" / "python")
    _handmade_snapshot(state_dir, "20250614-153012", gone, ["a==1"])
    assert main(["rollback", "--yes"]) == 2
    assert capsys.readouterr().err.strip() == (
        f"gpufix: error: the snapshot's interpreter {gone} is gone; nothing to restore into")
    assert main(["rollback", "--yes", "--python", sys.executable]) == 2  # not the snapshot's own
    assert "is gone" in capsys.readouterr().err


# --- pure parts -----------------------------------------------------------------------

def test_diff_freeze_matches_names_canonically():
    d = diff_freeze(["Foo_Bar==2.0", "new==1", "-e git+https://x/y.git@abc#egg=edit"],
                    ["foo-bar==1.0", "gone==3", "-e git+https://x/y.git@abc#egg=edit"])
    assert d.changed == [("foo-bar", "Foo_Bar==2.0", "foo-bar==1.0")]
    assert d.missing == ["gone==3"] and d.added == ["new==1"]
    assert diff_freeze(["a==1"], ["a==1"]).empty


def test_torch_local_versions_add_the_pytorch_index(tmp_path):
    lines = ["torch==2.4.1+cu121", "torchvision==0.19.1+cu121", "numpy==1.26.4", "torchaudio==2.4.1+cpu",
             "torch-geometric==2.5.0"]
    assert pytorch_index_urls(lines) == ["https://download.pytorch.org/whl/cu121",
                                         "https://download.pytorch.org/whl/cpu"]
    assert pytorch_index_urls(["torch==2.4.1", "mypkg==1.0+local"]) == []


def test_restore_commands_are_argument_lists_of_requirements():
    diff = FreezeDiff(changed=[("torch", "torch==2.5.0", "torch==2.4.1+cu121")], missing=["a==1"], added=["b==2"])
    assert restore_commands("/env/bin/python", diff) == [
        ["/env/bin/python", "-m", "pip", "install", "--no-deps", "torch==2.4.1+cu121", "a==1",
         "--extra-index-url", "https://download.pytorch.org/whl/cu121"],
        ["/env/bin/python", "-m", "pip", "uninstall", "-y", "b"]]


# --- the snapshot is gpufix's, unchanged, and names what it restores (failure 5) --------------

def _marker_python(tmp_path):
    """An "interpreter" that leaves a marker when anything runs it."""
    marker = tmp_path / "ran"
    exe = tmp_path / "env" / "bin" / "python"
    exe.parent.mkdir(parents=True)
    exe.write_text(f"#!/bin/sh\ntouch {marker}\nexit 1\n")
    exe.chmod(0o755)
    return str(exe), marker


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands for the interpreter")
def test_rollback_runs_nothing_before_the_answer(state_dir, capsys, tmp_path, monkeypatch):
    python, marker = _marker_python(tmp_path)
    _handmade_snapshot(state_dir, "20250614-153012", python, ["a==1"])
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    assert main(["rollback"]) == 1
    assert "Not restored." in capsys.readouterr().out
    assert not marker.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("tamper, message", [
    (lambda d: (d / "pip-freeze.txt").write_text("a==1\n--index-url https://evil.example/simple\n"), "SHA-256 differs"),
    (lambda d: (d / "pip-freeze.txt").chmod(0o666), "others may read or change it"),
    (lambda d: d.chmod(0o755), "others may read or change it"),
    (lambda d: (d / "snapshot.json").write_text(json.dumps({"python": sys.executable})), "not made by this gpufix"),
])
def test_a_snapshot_gpufix_cannot_vouch_for_is_refused_before_anything_runs(state_dir, capsys, tmp_path, tamper, message):
    python, marker = _marker_python(tmp_path)
    snap = _handmade_snapshot(state_dir, "20250614-153012", python, ["a==1"])
    tamper(snap.path)
    assert main(["rollback", "--yes"]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not marker.exists()


def test_a_snapshot_outside_the_state_directory_is_refused(state_dir, capsys, tmp_path):
    snap = _handmade_snapshot(state_dir, "20250614-153012", sys.executable, ["a==1"])
    elsewhere = tmp_path / "copied"
    import shutil

    shutil.copytree(snap.path, elsewhere)
    assert main(["rollback", "--yes", str(elsewhere)]) == 2
    assert "not in gpufix's snapshot directory" in capsys.readouterr().err


def test_pip_is_handed_requirement_lines_only(state_dir):
    from gpufix.remedy.rollback import requirement_lines

    snap = _handmade_snapshot(state_dir, "s1", sys.executable, [
        "numpy==1.26.4", "--index-url https://evil.example/simple", "--trusted-host evil.example", "-e git+https://x/y.git#egg=y",
        "-r other.txt", "# a comment", "torch==2.4.1+cu121"])
    pins, left_out = requirement_lines(snap)
    assert pins == ["numpy==1.26.4", "torch==2.4.1+cu121"]
    assert [n for n, _ in left_out] == [2, 3, 4, 5]
    argv = restore_commands(sys.executable, diff_freeze([], pins))[0]
    assert not any(a in ("-r", "--index-url", "--trusted-host", "-e") for a in argv)
