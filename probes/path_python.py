"""The `python` executables on PATH: what `where python` (Windows) or `which -a python`
(Linux, macOS) prints, found by scanning PATH in-process (no subprocess per candidate).

"Another interpreter runs your script" is the usual answer to `No module named 'torch'`
after a successful `pip install`: the terminal's `python` is the first one on PATH, which
may not be the one torch went into (or is the Microsoft Store stub under WindowsApps).
The recording is the command's own output, so a pasted `where python` answer and a
recorded probe go through the same parser (gpufix --answer where-python=@FILE).
"""
from __future__ import annotations

import os

from gpufix.facts import Fact, absent, ok
from gpufix.probes.base import Probe, ProbeContext, Raw

NAME = "path-python"
FILE = "python-on-path.txt"
FACTS = ("path.pythons", "path.python_count", "path.first_python")

# What the two commands print when there is none.
_NONE_MARKERS = ("INFO: Could not find files for the given pattern", "which: no python in")


def _is_python_path(line: str) -> bool:
    """A line of `where`/`which -a` output: an absolute path whose file is python[.exe]."""
    text = line.strip()
    absolute = text.startswith(("/", "~")) or (len(text) > 2 and text[1] == ":" and text[2] in "\\/")
    if not absolute:
        return False
    base = text.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return base in ("python", "python.exe")


def parse_python_list(text: str) -> list[Fact]:
    """Facts from `where python` / `which -a python` output. Prompt lines, the command itself
    and blank lines are skipped; ValueError when the text is none of that output."""
    paths: list[str] = []
    none_said = False
    for line in text.splitlines():
        if any(marker in line for marker in _NONE_MARKERS):
            none_said = True
        elif _is_python_path(line) and line.strip() not in paths:
            paths.append(line.strip())
    if not paths and not none_said:
        if text.strip():
            raise ValueError("expected paths of python executables, one per line")
        none_said = True  # a recording of an empty answer: which -a prints nothing
    if not paths:
        return [absent("path.pythons", NAME, "no `python` on PATH"), ok("path.python_count", 0, NAME, "none"),
                absent("path.first_python", NAME, "no `python` on PATH")]
    return [ok("path.pythons", paths, NAME, "; ".join(paths)), ok("path.python_count", len(paths), NAME, paths[0]),
            ok("path.first_python", paths[0], NAME, paths[0])]


def parse(raw: Raw) -> list[Fact]:
    if FILE not in raw:
        raise ValueError(f"{FILE} missing")
    return parse_python_list(raw[FILE])


def _candidates(platform: str, env: dict) -> tuple[str, ...]:
    if platform != "win32":
        return ("python",)
    # `where python` tries PATHEXT's extensions, python.exe being the one that matters.
    exts = [e.lower() for e in env.get("PATHEXT", ".COM;.EXE;.BAT;.CMD").split(";") if e]
    return tuple("python" + e for e in exts)


def scan_path(ctx: ProbeContext) -> list[str]:
    """Every `python` on the context's PATH, in PATH order, as the commands list them."""
    env = dict(ctx.env)
    sep = ";" if ctx.platform == "win32" else ":"
    found: list[str] = []
    for folder in env.get("PATH", "").split(sep):
        folder = folder.strip().strip('"')
        if not folder:
            continue
        for name in _candidates(ctx.platform, env):
            path = os.path.join(folder, name)
            # The Store stub is a 0-byte reparse point: isfile() may say no, `where` lists it anyway.
            if (os.path.isfile(path) or os.path.islink(path)) and (ctx.platform == "win32" or os.access(path, os.X_OK)):
                if path not in found:
                    found.append(path)
    return found


def collect(ctx: ProbeContext) -> Raw:
    found = scan_path(ctx)
    if ctx.platform == "win32" and not found:
        return {FILE: "INFO: Could not find files for the given pattern(s).\n"}
    return {FILE: "".join(p + "\n" for p in found)}


PROBE = Probe(NAME, collect, parse, files=(FILE,), timeout=5.0, facts=FACTS, order=9)
