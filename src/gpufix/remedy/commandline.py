"""Show an argument list as one line a user can paste into their shell."""
from __future__ import annotations

import re
import shlex
import subprocess
import sys
from typing import Sequence


def is_windows(os_name: str | None = None) -> bool:
    """`os_name` is the os.name fact (linux, windows, macos); None means this machine."""
    if os_name:
        return os_name.lower().startswith("win")
    return sys.platform == "win32"


# cmd.exe reads these outside double quotes: `pip install numpy<2` redirects from a file named "2",
# `conda list openmp|mkl` pipes into a program called mkl; PowerShell refuses `<` outright.
_CMD_METACHARS = re.compile(r"[<>|&^]")


def _msvcrt_arg(arg: str) -> str:
    """One argument quoted by the MSVCRT rules (subprocess.list2cmdline's), and also whenever cmd.exe
    would act on a character in it: inside double quotes cmd and PowerShell pass it through unchanged."""
    if not _CMD_METACHARS.search(arg):
        return subprocess.list2cmdline([arg])
    out, backslashes = ['"'], 0
    for c in arg:
        if c == "\\":
            backslashes += 1
            continue
        if c == '"':
            out.append("\\" * (2 * backslashes + 1) + '"')  # each backslash doubled, then the quote escaped
        else:
            out.append("\\" * backslashes + c)
        backslashes = 0
    out.append("\\" * (2 * backslashes) + '"')  # trailing backslashes must not escape the closing quote
    return "".join(out)


def command_line(argv: Sequence[str], os_name: str | None = None) -> str:
    """POSIX shell quoting (shlex.join), or on Windows the MSVCRT rules plus quotes around cmd.exe's
    metacharacters, so that the line survives being pasted into cmd or PowerShell."""
    if is_windows(os_name):
        return " ".join(_msvcrt_arg(a) for a in argv)
    return shlex.join(list(argv))
