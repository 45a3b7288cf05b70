"""The `python` executables on PATH (probes/path_python.py): the parser over real `where` /
`which` outputs, and the in-process PATH scan over real files."""
from __future__ import annotations

import os
import stat

import pytest

from gpufix.probes.base import ProbeContext
from gpufix.probes.path_python import collect, parse_python_list


def _values(facts) -> dict:
    return {f.name: (f.value if f.status == "ok" else f.status) for f in facts}


# Verbatim, edtky's `where python.exe` in https://github.com/pytorch/pytorch/issues/12004 (2018-09-28),
# prompt line included as pasted.
WHERE_12004 = "where python.exe\nC:\\Users\\Edtky\\AppData\\Local\\Programs\\Python\\Python35\\python.exe\n"
# Verbatim from https://github.com/python/pymanager/issues/223 (2025-12-02): `where` with no match.
WHERE_NONE = "C:\\Users\\<UserName>\\Downloads>where py\nINFO: Could not find files for the given pattern(s).\n"
# The Store stub first, as https://github.com/mksglu/context-mode/issues/454 quotes where's answer
# (C:\Users\<user>\AppData\Local\Microsoft\WindowsApps\python3.exe, here for python.exe), then a real install.
WHERE_STUB = ("C:\\Users\\<user>\\AppData\\Local\\Microsoft\\WindowsApps\\python.exe\n"
              "C:\\Users\\<user>\\AppData\\Local\\Programs\\Python\\Python312\\python.exe\n")
# `which python` on Linux, as phenixcx quoted it in https://github.com/pytorch/pytorch/issues/574.
WHICH_574 = "$ which -a python\n/root/anaconda2/bin/python\n"


def test_where_output_lists_the_pythons_first_first() -> None:
    got = _values(parse_python_list(WHERE_12004))
    assert got == {"path.pythons": ["C:\\Users\\Edtky\\AppData\\Local\\Programs\\Python\\Python35\\python.exe"],
                   "path.python_count": 1,
                   "path.first_python": "C:\\Users\\Edtky\\AppData\\Local\\Programs\\Python\\Python35\\python.exe"}
    stub = _values(parse_python_list(WHERE_STUB))
    assert stub["path.python_count"] == 2 and stub["path.first_python"].endswith("\\WindowsApps\\python.exe")


def test_none_found_is_a_count_of_zero_and_prose_is_refused() -> None:
    assert _values(parse_python_list(WHERE_NONE)) == {"path.pythons": "absent", "path.python_count": 0,
                                                      "path.first_python": "absent"}
    assert _values(parse_python_list(WHICH_574))["path.pythons"] == ["/root/anaconda2/bin/python"]
    with pytest.raises(ValueError):
        parse_python_list("I ran it and nothing happened")


def _exe(path, mode: int = 0o755) -> None:
    path.write_text("#!/bin/sh\n")
    path.chmod(mode)


def test_the_scan_reads_path_in_order_like_which_a(tmp_path) -> None:
    venv, usr, empty = tmp_path / "venv" / "bin", tmp_path / "usr" / "bin", tmp_path / "empty"
    for d in (venv, usr, empty):
        d.mkdir(parents=True)
    _exe(venv / "python")
    _exe(usr / "python")
    _exe(empty / "python", stat.S_IRUSR)  # not executable: which skips it
    ctx = ProbeContext(env={"PATH": os.pathsep.join([str(venv), str(empty), str(usr), str(venv)])}, platform="linux")
    raw = collect(ctx)
    assert raw["python-on-path.txt"] == f"{venv / 'python'}\n{usr / 'python'}\n"
    assert _values(parse_python_list(raw["python-on-path.txt"]))["path.python_count"] == 2


def test_the_windows_scan_answers_as_where_does(tmp_path) -> None:
    (tmp_path / "python.exe").write_bytes(b"")  # the Store stub is an empty file
    ctx = ProbeContext(env={"PATH": f"{tmp_path};C:\\nowhere", "PATHEXT": ".COM;.EXE"}, platform="win32")
    # (os.path.join uses this OS's separator; the scan is what matters)
    assert collect(ctx)["python-on-path.txt"].strip().endswith("python.exe")
    assert collect(ProbeContext(env={"PATH": ""}, platform="win32")) == {
        "python-on-path.txt": "INFO: Could not find files for the given pattern(s).\n"}
