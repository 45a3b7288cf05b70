"""Describe the interpreter this script runs in: ONE JSON object on stdout.

Run as ``<target python> python_env.py``. Standard library only, no heavy imports, no
package imports (distributions are found by scanning sys.path for *.dist-info and
*.egg-info directories, which also works where importlib.metadata does not exist), and
Python-3.6-compatible syntax: the target may be old or broken.
Nothing here runs pip.
"""
import json
import os
import re
import struct
import sys

# Distributions reported; torch is reported for every copy on sys.path.
WANTED = ("torch", "numpy", "torchvision", "torchaudio")
_DIST_DIR = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._]*?)-(\d[^-]*?)(?:-py\d[^-]*)?\.(dist-info|egg-info)$", re.I)


def _norm(name):
    return re.sub(r"[-_.]+", "_", name).lower()


def _read_first_lines(path, n, limit=4096):
    try:
        with open(path, "rb") as f:
            data = f.read(limit)
    except (OSError, IOError):
        return None
    return data.decode("utf-8", "replace").splitlines()[:n]


def _metadata_version(info_dir):
    for fname in ("METADATA", "PKG-INFO"):
        lines = _read_first_lines(os.path.join(info_dir, fname), 40)
        if lines:
            for line in lines:
                if line.startswith("Version:"):
                    return line.split(":", 1)[1].strip()
    return None


def find_distributions(paths, wanted=WANTED):
    """Every wanted distribution in `paths`, in sys.path order (duplicates kept)."""
    found = []
    seen_dirs = set()
    for entry in paths:
        d = os.path.abspath(entry or os.curdir)
        if d in seen_dirs or not os.path.isdir(d):
            continue
        seen_dirs.add(d)
        try:
            names = os.listdir(d)
        except OSError:
            continue
        for fname in sorted(names):
            m = _DIST_DIR.match(fname)
            if not m or _norm(m.group(1)) not in wanted:
                continue
            info = os.path.join(d, fname)
            version = _metadata_version(info) if os.path.isdir(info) else None
            installer = None
            lines = _read_first_lines(os.path.join(info, "INSTALLER"), 1)
            if lines:
                installer = lines[0].strip() or None
            found.append({"name": _norm(m.group(1)), "version": version or m.group(2),
                          "location": d, "installer": installer, "kind": m.group(3).lower()})
    return found


def _which(name):
    path = os.environ.get("PATH", os.defpath)
    exts = [""]
    if sys.platform == "win32":
        exts = [e.lower() for e in os.environ.get("PATHEXT", ".EXE;.BAT;.CMD").split(";") if e]
    for d in path.split(os.pathsep):
        if not d:
            continue
        for ext in exts:
            cand = os.path.join(d, name + ext)
            if os.path.isfile(cand) and (sys.platform == "win32" or os.access(cand, os.X_OK)):
                return cand
    return None


_SHEBANG_EXEC = re.compile(r"""^'''exec' (?:"(?P<q>[^"]+)"|(?P<p>\S+))""")
_EXE_SHEBANG = re.compile(rb'#!\s*"?([^"\r\n]*?python[^"\r\n]*?\.exe)"?\s*[\r\n]', re.I)


def interpreter_from_script(lines):
    """The interpreter a console script (pip) runs with, from its first two lines."""
    if not lines or not lines[0].startswith("#!"):
        return None
    first = lines[0][2:].strip()
    if first in ("/bin/sh", "/usr/bin/sh") and len(lines) > 1:
        # pip's long-path form: #!/bin/sh  then  '''exec' /path/python "$0" "$@"
        m = _SHEBANG_EXEC.match(lines[1].strip())
        return (m.group("q") or m.group("p")) if m else None
    parts = first.split()
    if not parts:
        return None
    if os.path.basename(parts[0]) == "env" and len(parts) > 1:
        args = [p for p in parts[1:] if not p.startswith("-")]
        if not args or not _is_python(args[0]):
            return None  # a wrapper (pyenv shim: #!/usr/bin/env bash), not one interpreter
        return _which(args[0]) or args[0]
    return parts[0] if _is_python(parts[0]) else None


def _is_python(path):
    return bool(re.search(r"python|pypy", os.path.basename(path), re.I))


def interpreter_from_exe(path):
    """pip.exe launchers (distlib) embed '#!<python.exe>' before their zip; else Scripts/.."""
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            f.seek(max(0, size - 262144))
            tail = f.read()
    except OSError:
        tail = b""
    found = _EXE_SHEBANG.findall(tail)
    if found:
        return found[-1].decode("utf-8", "replace").strip()
    scripts = os.path.dirname(path)
    for cand in (os.path.join(os.path.dirname(scripts), "python.exe"), os.path.join(scripts, "python.exe")):
        if os.path.isfile(cand):
            return cand
    return None


def _same(a, b):
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def describe_pip():
    pip = _which("pip")
    if pip is None:
        return {"path": None}
    out = {"path": pip}
    if pip.lower().endswith(".exe"):
        python = interpreter_from_exe(pip)
    else:
        lines = _read_first_lines(pip, 2)
        out["first_line"] = (lines or [""])[0][:300]
        python = interpreter_from_script(lines)
    out["python"] = python
    if python:
        out["same_as_target"] = _same(python, sys.executable)
    return out


def main():
    # Python resolves symlinks in the script's directory (an editable install's link tree): real paths.
    if sys.path and os.path.realpath(sys.path[0] or os.curdir) == os.path.dirname(os.path.realpath(__file__)):
        sys.path[0] = ""  # look like `python -c`: the user's cwd, not gpufix's scripts dir
    prefix = sys.prefix
    doc = {
        "version": "%d.%d.%d" % sys.version_info[:3],
        "version_full": sys.version.split()[0],
        "executable": sys.executable,
        "bits": struct.calcsize("P") * 8,
        "prefix": prefix,
        "base_prefix": getattr(sys, "base_prefix", getattr(sys, "real_prefix", prefix)),
        "implementation": sys.implementation.name,
        "platform": sys.platform,
        "conda_meta": os.path.isdir(os.path.join(prefix, "conda-meta")),
        "distributions": find_distributions(sys.path),
    }
    try:
        import site
        doc["user_site"] = site.getusersitepackages() if site.ENABLE_USER_SITE else None
    except Exception:  # noqa: BLE001 - embedded/odd interpreters
        doc["user_site"] = None
    try:
        doc["pip"] = describe_pip()
    except Exception as e:  # noqa: BLE001
        doc["pip"] = {"error": "%s: %s" % (type(e).__name__, e)}
    sys.stdout.write(json.dumps(doc) + "\n")


if __name__ == "__main__":
    main()
