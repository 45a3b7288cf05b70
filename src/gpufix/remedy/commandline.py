"""Show an argument list as one line a user can paste into their shell."""
from __future__ import annotations

import shlex
import subprocess
import sys
from typing import Sequence


def is_windows(os_name: str | None = None) -> bool:
    """`os_name` is the os.name fact (linux, windows, macos); None means this machine."""
    if os_name:
        return os_name.lower().startswith("win")
    return sys.platform == "win32"


def command_line(argv: Sequence[str], os_name: str | None = None) -> str:
    """POSIX shell quoting (shlex.join), or the MSVCRT rules cmd.exe programs parse on Windows."""
    if is_windows(os_name):
        return subprocess.list2cmdline(list(argv))
    return shlex.join(list(argv))
