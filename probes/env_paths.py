"""Which Python each part of a paste belongs to, read from the paths it prints (gpufix.probes.pasted).

A paste often shows two interpreters without saying so: pip's own lines name the site-packages of the Python
pip runs under ("Requirement already satisfied: torch in c:\\python310\\lib\\site-packages", "pip 24.0 from
/home/u/anaconda3/lib/python3.12/site-packages/pip (python 3.12)", the line after `which pip`), while the
program's traceback frames, `which python`, a printed sys.executable or "C:\\...\\python.exe: No module named
X" name the Python that runs it. When the two are different installs, pip put the packages where the program
does not look: python-env-mismatch, whatever words the reporter uses. The same when the shell prompt shows an
activated environment "(trainer) $ pip install ..." and pip answers from the system's, conda base's or
another environment's site-packages.

The program's Python is also the interpreter a run line names by its path (VS Code's Run button types
`& "C:/.../python.exe" c:/.../x.py`), and pip's "Requirement already satisfied: X" next to "No module named 'X'" for
that very module says the failing Python is not pip's, whatever paths are printed (not during a package build).

Conservative by design (being wrong is worse than saying nothing):
- the user site (~/.local/lib/pythonX.Y, %APPDATA%\\Python\\PythonXY) is seen by every interpreter of that
  version, so it tells no interpreter apart; it only counts when its Python version differs from the version
  of the interpreter that runs;
- /usr/lib/python3/dist-packages and /usr/local/lib/python3.X/dist-packages are one system Python (Debian);
- two roots whose last two folders agree are one install seen through two prefixes (a symlinked home); two
  conda bases are one; Windows 8.3 short names (`VHARIK~1`) are not compared;
- build isolation (pip-build-env, pip-install-*, a temp overlay) is another interpreter by design: skipped;
- pip's lines naming several non-user roots (two pips run) or a traceback spanning several give no fact.
Every pattern is RE2-compatible; each line is cut at the caller's MAX_LINE.
"""
from __future__ import annotations

from typing import Callable, Iterable, Optional

from gpufix import linear_re as re

# A site-packages / dist-packages folder in a Windows or POSIX path. Windows paths may hold spaces ("c:\program
# files\python310\lib\site-packages"); no colon after the drive, so a match cannot run across two paths.
_SITE_WIN = re.compile(r"([A-Za-z]:[\\/][^\"'<>|:\n]{0,300}?[\\/](?:site|dist)-packages)(?:[\\/\"')\s,]|$)", re.I)
_SITE_POSIX = re.compile(r"((?:~|/)[^\s\"'<>|:()]{0,300}?/(?:site|dist)-packages)(?:[/\"')\s,]|$)")
# An interpreter or pip executable path.
_EXE_WIN = re.compile(r"([A-Za-z]:[\\/][^\"'<>|:\n]{0,300}?[\\/](?:python[\d.]*|pip[\d.]*)\.exe)\b", re.I)
_EXE_POSIX = re.compile(r"((?:~|/)[^\s\"'<>|:()]{0,300}?/bin/(?:python|pip)[\d.]*)(?:[\s\"'),:]|$)")

# pip's own lines: they name the site-packages of the Python pip runs under.
_PIP_SATISFIED = re.compile(r"Requirement already (?:satisfied|up-to-date):\s*(\S+) in (.+?)(?:\s+\(|$)", re.I)
# Python's own import failure of a top-level module: "ModuleNotFoundError: No module named 'requests'".
_NO_MODULE = re.compile(r"No module named '?([A-Za-z_]\w{0,100})'?(?:$|[^\w.])")
_PIP_VERSION = re.compile(r"\bpip \d+(?:\.\d+)* from (.+?)[\\/]pip[\\/]?\s+\(python", re.I)
# conda's and pip's own statements of the environment they act on: `conda info`'s "active env location : DIR",
# `conda list`'s "# packages in environment at DIR:", `pip show`'s "Location: DIR" (pip's site-packages).
_CONDA_ACTIVE = re.compile(r"^\s*active env location\s*:\s*(\S.*?)\s*$", re.I)
_CONDA_LIST = re.compile(r"^\s*#\s*packages in environment at\s+(\S.*?):?\s*$", re.I)
_PIP_LOCATION = re.compile(r"^\s*Location:\s*(\S.*?)\s*$")
# More installers' statements of their target: pip's "WARNING: The script torchrun.exe is installed in
# 'C:\Users\u\AppData\Roaming\Python\Python311\Scripts' which is not on PATH" (its scripts folder), conda's plan
# "environment location: /home/u/miniconda3/envs/x", uv's "Using Python 3.12.3 environment at: /home/u/proj/.venv".
_PIP_SCRIPTS = re.compile(r"installed in '([^'\n]{3,300})' which is not on PATH", re.I)
_CONDA_PLAN = re.compile(r"^\s*environment location:\s*(\S.*?)\s*$", re.I)
_UV_ENV = re.compile(r"\bUsing (?:C?Python \d[\d.]* )?environment at:?\s+((?:/|~/|[A-Za-z]:[\\/])\S+)", re.I)
# Commands whose answer (the next path line) names an executable.
_WHICH = re.compile(r"(?:^|[\s>$#])(?:which|where|where\.exe|whereis|command -v|Get-Command|gcm)\s+(?:-a\s+)?(pip|python)[\d.]*(?:\.exe)?\s*$", re.I)
# Python's own complaint, prefixed with the interpreter's path: "C:\...\python.exe: No module named pip".
_EXE_COMPLAINT = re.compile(r"(?:python[\d.]*(?:\.exe)?|Python\.exe): (?:No module named|can't open file|Error while finding module)", re.I)
# Launchers that print the interpreter they start: stable-diffusion-webui's `venv "C:\...\Scripts\Python.exe"`.
_LAUNCHER = re.compile(r"^\s*venv\s+\"", re.I)
# A command line that starts a script with an interpreter named by its path: VS Code's "Run Python File" types it into
# its terminal (PowerShell: `& "C:/Program Files (x86)/.../Python37_64/python.exe" c:/Users/u/x.py`; bash/zsh:
# `/usr/local/bin/python3 /Users/u/x.py`), and so does a user at a prompt. That interpreter runs the program.
# seen: https://github.com/microsoft/vscode-python/issues/15886 (pip answered from another Python's site-packages)
_RUN_LINE = re.compile(r"^\s*(?:PS [^>\n]{1,300}>\s*|[A-Za-z]:[\\/][^>\n]{0,300}>\s*|\([\w.-]{1,60}\)\s+\S{0,200}[$#%]\s+|\S{0,200}[$#%]\s+)?(?:&\s*)?[\"']?((?:[A-Za-z]:[\\/]|/)[^\"'<>|\n]{0,300}?[\\/]python[\d.]*(?:\.exe)?)[\"']?\s+[\"']?[^\s\"']{0,300}\.py[\"']?(?:\s|$)", re.I)
_SYS_EXECUTABLE = re.compile(r"sys\.executable", re.I)
# An interpreter's path alone on its line (quoted or not, after an Out[n]: prompt or not).
_BARE_EXE = re.compile(r"^\s*(?:Out\[\d+\]:\s*)?['\"`]?((?:[A-Za-z]:[\\/]|/|~/)[^\"'`<>|:\n]{0,300}?(?:[\\/]python[\d.]*(?:\.exe)?))['\"`]?\s*$", re.I)
# A traceback frame: File "PATH", line N.
_FRAME = re.compile(r"File \"([^\"]{1,400})\", line \d")
# IPython's frames: "File ~/miniconda3/envs/x/lib/python3.10/site-packages/torch/__init__.py:229, in <module>"
# (IPython 8), "~/anaconda3/lib/python3.7/site-packages/torch/__init__.py in <module>()" (IPython 5-7).
_IPY_FRAME = re.compile(r"^\s*(?:File\s+)?((?:~|/|[A-Za-z]:[\\/])[^\s\"'<>|]{1,400}?\.py)(?::\d+,? in |\s+in\s+\S)")
# An activated environment in the prompt: "(trainer) [root@host dir]# ...", "(myenv) C:\...>", "(venv) $ ".
_PROMPT_ENV = re.compile(r"^\s*\(([\w.-]{1,60})\)\s+(?:\(\w[\w.-]*\)\s+)?(?:\[?[\w.-]+@|[A-Za-z]:[\\/]|PS [A-Za-z]:|[$#%>]|~)")
# An interpreter's start banner: "Python 3.6.5 |Anaconda, Inc.| (default, Apr 29 2018, 16:14:56)", "Python 3.10.9
# (tags/v3.10.9:1dd9be6, Dec  6 2022, 20:01:21) [MSC v.1934 64 bit (AMD64)] on win32". Its version and build date tell
# two interpreters apart (python vs ipython, the terminal's vs the notebook's) - `python --version` has no date.
_BANNER = re.compile(r"^\s*(?:>>>\s*)?Python (\d+\.\d+\.\d+)[\w+]*\s*(?:\|([^|\n]{0,80})\|\s*)?\([^,()\n]{1,60}, ([A-Z][a-z]{2}\s+\d{1,2}\s+\d{4})")
# pip's own line names its Python's version: "pip 24.0 from ... (python 3.12)".
_PIP_PYVER = re.compile(r"\bpip \d+(?:\.\d+)* from .+\(python (\d+\.\d+)\)", re.I)
_PIP_COMMAND = re.compile(r"\bpip[\d.]*(?:\.exe)?\s+(?:install|show|list|freeze|uninstall)\b", re.I)
_PY_VERSION = re.compile(r"/lib(?:64)?/python(\d)\.?(\d+)?/(?:site|dist)-packages$")
_WIN_PY_FOLDER = re.compile(r"/python(\d)(\d{1,2})(?:-32|-64)?$")
_CONDA_BASE = re.compile(r"/(?:ana|mini)conda\d?$|/miniforge\d?$|/mambaforge$|/anaconda$|/miniconda$|/continuum/anaconda\d?$")
_USR = re.compile(r"(?:^|/)usr(?:/local)?$")

# A package being built (pip's or uv's isolated build environment, a setup.py run): "No module named 'torch'" there
# is the build environment's, whatever pip said of the user's environment (build-isolation-hides-torch).
_BUILDING = ("failed to build", "build dependenc", "getting requirements to build", "pip-build-env", "setup.py",
             "building wheel", "build_meta", "preparing metadata", "no-build-isolation", "builds-v0", "install -r ",
             "requirements.txt")

# The Microsoft Store Python's package folder, in a site path already lower-cased with forward slashes.
_STORE_SITE = re.compile(r"^(.*/appdata/local/packages/pythonsoftwarefoundation\.python\.(\d)\.(\d{1,2})_[a-z0-9]+)/")

_SKIP = ("pip-build-env", "pip-install-", "pip-req-build", "/temp/", "/tmp/", "overlay/", "~1")


class Root:
    """One Python install: its prefix (lowercase, forward slashes), kind and Python version when known."""

    __slots__ = ("base", "kind", "name", "pyver")

    def __init__(self, base: str, kind: str, name: str = "", pyver: str = "") -> None:
        self.base, self.kind, self.name, self.pyver = base, kind, name, pyver

    def same(self, other: "Root") -> bool:
        if self.kind == "system" and other.kind == "system":
            # Debian's /usr and /usr/local are one Python; python.org's Python39 and Python310 folders are two.
            return not (self.pyver and other.pyver and self.pyver != other.pyver)
        if self.kind == "conda-base" and other.kind == "conda-base":
            return True
        if self.kind == "conda-env" and other.kind == "conda-env" and self.name == other.name:
            return True
        if self.kind == "store" and other.kind == "store" and (not self.pyver or not other.pyver or self.pyver == other.pyver):
            return True  # the WindowsApps alias and the package's own folder are one Store Python
        if self.base == other.base:
            return True
        tail = lambda b: b.rstrip("/").split("/")[-2:]  # noqa: E731 - a symlinked prefix: same last folders
        return tail(self.base) == tail(other.base) and len(tail(self.base)) == 2

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Root({self.base!r}, {self.kind}, {self.name!r}, {self.pyver!r})"


def _norm(path: str) -> str:
    p = path.strip().strip("'\"").replace("\\", "/").lower()
    while "//" in p:  # a JSON-escaped or printed repr path: "c:\\users\\..."
        p = p.replace("//", "/")
    return p


def _classify(base: str, pyver: str = "") -> Root:
    base = base.rstrip("/")
    parts = base.split("/")
    if len(parts) >= 2 and parts[-2] == "envs" and parts[-1]:
        return Root(base, "conda-env", parts[-1], pyver)
    if _CONDA_BASE.search(base):
        return Root(base, "conda-base", "", pyver)
    if _USR.search(base) or base.endswith("/usr/local"):
        return Root(base, "system", "", pyver)
    m = _WIN_PY_FOLDER.search(base)
    if m and (":/python" in base or "/programs/python/" in base or "/program files" in base):
        return Root(base, "system", "", pyver or f"{m.group(1)}.{m.group(2)}")
    if "/library/frameworks/python.framework/" in base or base.startswith("/opt/homebrew") or \
            base.startswith("/usr/local/cellar"):
        return Root(base, "system", "", pyver)
    if "/microsoft/windowsapps" in base:
        return Root(base, "store", "", pyver)
    return Root(base, "other", "", pyver)


def site_root(path: str) -> Optional[Root]:
    """The install a site-packages path belongs to; None for a build-isolation or unreadable path."""
    p = _norm(path)
    if any(s in p for s in _SKIP):
        return None
    for marker in ("/site-packages", "/dist-packages"):
        i = p.find(marker)
        if i > 0:
            site = p[:i + len(marker)]
            break
    else:
        return None
    m = _PY_VERSION.search(site)
    pyver = f"{m.group(1)}.{m.group(2)}" if m and m.group(2) else ""
    w = _STORE_SITE.search(site)
    if w:
        # The Microsoft Store Python's own site (LocalCache\local-packages\Python3X): only that Python sees it.
        return Root(w.group(1), "store", "", f"{w.group(2)}.{w.group(3)}")
    if "/.local/lib/python" in site:
        return Root(site, "user", "", pyver)
    if "/appdata/roaming/python/python" in site:
        w = re.search(r"/appdata/roaming/python/python(\d)(\d{1,2})", site)
        return Root(site, "user", "", f"{w.group(1)}.{w.group(2)}" if w else "")
    prefix = site[:site.rfind("/")]
    j = prefix.rfind("/lib")
    if j < 0:
        return None
    return _classify(prefix[:j], pyver)


def exe_root(path: str) -> Optional[Root]:
    """The install an interpreter or pip executable belongs to (its bin/ or Scripts/ parent)."""
    p = _norm(path)
    if any(s in p for s in _SKIP):
        return None
    folder = p[:p.rfind("/")] if "/" in p else ""
    if not folder:
        return None
    if folder.endswith("/bin") or folder.endswith("/scripts"):
        folder = folder[:folder.rfind("/")]
    if not folder or folder in ("/", "~") or folder.endswith("/.local"):
        return None  # ~/.local/bin/pip runs whichever Python its first line names
    return _classify(folder)


def scripts_root(path: str) -> Optional[Root]:
    """The install a scripts folder (pip's "installed in '...' which is not on PATH") belongs to."""
    p = _norm(path).rstrip("/")
    if any(s in p for s in _SKIP):
        return None
    w = re.search(r"/appdata/roaming/python/python(\d)(\d{1,2})/scripts$", p)
    if w:
        return Root(p, "user", "", f"{w.group(1)}.{w.group(2)}")
    if p.endswith("/.local/bin"):
        return None  # the user site's scripts, no Python version
    if p.endswith("/scripts") or p.endswith("/bin"):
        return _classify(p[:p.rfind("/")])
    return None


def _sites(line: str) -> list[str]:
    return [m.group(1) for rx in (_SITE_WIN, _SITE_POSIX) for m in rx.finditer(line)]


def _exes(line: str) -> list[str]:
    return [m.group(1) for rx in (_EXE_WIN, _EXE_POSIX) for m in rx.finditer(line)]


def _distinct(roots: Iterable[Root]) -> list[Root]:
    out: list[Root] = []
    for r in roots:
        if not any(r.same(o) for o in out):
            out.append(r)
    return out


def _foreign(root: Root, env: str) -> bool:
    """Whether `root` is surely not the activated environment named `env`: the system's, conda base's, the Windows
    Store's or another conda environment's Python, with no folder of that name in its path."""
    kinds = root.kind in ("system", "conda-base", "store") or (root.kind == "conda-env" and root.name != env)
    return kinds and env not in root.base.split("/")


def read(lines: list[str], add: Callable[[str, object, str], None]) -> None:
    """Add log.pip_env, log.run_env, log.active_env and log.pip_other_env for the lines (see the module doc)."""
    pip: list[tuple[Root, str]] = []
    run: list[tuple[Root, str]] = []
    printed: list[tuple[Root, str]] = []  # interpreters printed by hand: sys.executable, `which python`
    users: list[tuple[Root, str]] = []
    active: Optional[tuple[str, str]] = None
    want_exe: Optional[str] = None  # "pip" or "python": the next path line answers a which/where
    want_sys_exe = 0
    banners: list[tuple[tuple[str, str], str]] = []  # ((version, build date), line)
    pip_pyvers: list[tuple[str, str]] = []
    prompt: Optional[tuple[str, str]] = None  # the last activated environment a prompt showed (not base)
    prompted: list[tuple[str, Root, str]] = []  # (that environment, a traceback frame's install, the frame)
    in_where = False  # the further answers of `where python` (every match on PATH): not what runs
    satisfied: list[tuple[str, str]] = []  # (package pip says is installed, pip's line)
    missing: set[str] = set()  # top-level modules Python could not import
    building = False  # a package build in the paste: its isolated environment lacks what pip says is installed
    for line in lines:
        if not line.strip():
            continue
        low = line.lower()
        if not building and any(b in low for b in _BUILDING):
            building = True
        if "No module named" in line:
            nm = _NO_MODULE.search(line)
            if nm:
                missing.add(nm.group(1).lower())
        if "Python " in line:
            bm = _BANNER.search(line)
            if bm:
                distro = " ".join((bm.group(2) or "").split())
                banners.append(((bm.group(1), " ".join(bm.group(3).split()) + (f", {distro}" if distro else "")), line))
                continue
        bare = _BARE_EXE.search(line)
        if in_where and bare:
            continue
        in_where = False
        pm = _PROMPT_ENV.search(line)
        if pm:
            name = pm.group(1)
            prompt = None if name.lower() in ("base", "root") else (name, line)
            if prompt is not None and active is None and _PIP_COMMAND.search(line):
                active = prompt
        if want_exe is not None:
            exes = _exes(line)
            if exes:
                r = exe_root(exes[0])
                if r is not None:
                    (pip if want_exe == "pip" else run).append((r, line))
                    if want_exe == "python":
                        printed.append((r, line))
                        if prompt is not None:
                            prompted.append((prompt[0], r, line))
                want_exe = None
                in_where = True
                continue
            want_exe = None
        if bare and not want_sys_exe:
            # An interpreter's path alone on its line is a command's answer (sys.executable, `which python`).
            r = exe_root(bare.group(1))
            if r is not None:
                run.append((r, line))
                printed.append((r, line))
            continue
        m = _WHICH.search(line)
        if m:
            want_exe = m.group(1).lower()
            continue
        if want_sys_exe or _SYS_EXECUTABLE.search(line):
            exes = _exes(line)
            if exes:
                r = exe_root(exes[0])
                if r is not None:
                    run.append((r, line))
                    printed.append((r, line))
                want_sys_exe = 0
            else:
                want_sys_exe = 4 if _SYS_EXECUTABLE.search(line) else want_sys_exe - 1
        if "Requirement already" in line or "requirement already" in line:
            sm = _PIP_SATISFIED.search(line)
            if sm:
                name = re.split(r"[<>=!~;\[(]", sm.group(1))[0].lower().replace("-", "_")
                if name and "(from " not in line:  # the package asked for, not a dependency pip walked to
                    satisfied.append((name, line))
                for s in _sites(sm.group(2)):
                    r = site_root(s)
                    if r is not None:
                        (users if r.kind == "user" else pip).append((r, line))
            continue
        sm_ = _PIP_SCRIPTS.search(line)
        if sm_:
            r = scripts_root(sm_.group(1))
            if r is not None:
                (users if r.kind == "user" else pip).append((r, line))
            continue
        cm = _CONDA_ACTIVE.search(line) or _CONDA_LIST.search(line) or _CONDA_PLAN.search(line) or _UV_ENV.search(line)
        if cm:
            if "(" not in cm.group(1):  # "active env location : None"-like answers have no path
                r = _classify(_norm(cm.group(1)))
                if r.base and r.base not in ("none", "/") and ("/" in r.base) and not any(x in r.base for x in _SKIP):
                    pip.append((r, line))
            continue
        lm = _PIP_LOCATION.search(line)
        if lm:
            for s_ in _sites(lm.group(1) + "/"):
                r = site_root(s_)
                if r is not None:
                    (users if r.kind == "user" else pip).append((r, line))
            continue
        vm = _PIP_VERSION.search(line)
        pv = _PIP_PYVER.search(line)
        if pv:
            pip_pyvers.append((pv.group(1), line))
        if vm:
            r = site_root(vm.group(1).rstrip("/\\") + "/")
            if r is not None:
                (users if r.kind == "user" else pip).append((r, line))
            continue
        rl = _RUN_LINE.search(line) if "python" in low else None
        if rl:
            r = exe_root(rl.group(1))
            if r is not None:
                run.append((r, line))
            continue
        if _EXE_COMPLAINT.search(line) or _LAUNCHER.search(line):
            exes = _exes(line)
            if exes:
                r = exe_root(exes[0])
                if r is not None:
                    run.append((r, line))
            continue
        fm = _FRAME.search(line) or _IPY_FRAME.search(line)
        if fm:
            for s in _sites(fm.group(1)):
                r = site_root(s)
                if r is not None and r.kind != "user":
                    run.append((r, line))
                    if prompt is not None:
                        prompted.append((prompt[0], r, line))
    pips = _distinct(r for r, _ in pip)
    runs = _distinct(r for r, _ in run)
    shown = _distinct(r for r, _ in printed)
    kinds = []
    for key, line in banners:
        if key not in [k for k, _ in kinds]:
            kinds.append((key, line))
    if len(shown) != 2 and len(kinds) == 2:
        # Two interpreter banners (version and build date) in one paste: two Pythons were started.
        (v1, d1), _ = kinds[0]
        (v2, d2), line2 = kinds[1]
        add("log.python_envs_shown", f"Python {v1} ({d1}) | Python {v2} ({d2})", line2)
    other_line: Optional[str] = None  # the evidence of log.pip_other_env, the first reading that holds
    if len(kinds) == 1 and pip_pyvers and len({v for v, _ in pip_pyvers}) == 1:
        # pip's own Python version against the one interpreter that was started.
        ver = kinds[0][0][0].rsplit(".", 1)[0]
        if pip_pyvers[0][0] != ver:
            other_line = pip_pyvers[0][1]
    if len(shown) == 2:
        # Two interpreters printed by hand (sys.executable in the terminal and in the notebook, `which python`
        # in two shells): the reporter is comparing the Python that works with the one that fails.
        add("log.python_envs_shown", f"{shown[0].base} | {shown[1].base}",
            next(l for r, l in printed if r.same(shown[1])))
    if len(pips) == 1:
        add("log.pip_env", pips[0].base, next(l for r, l in pip if r.same(pips[0])))
    if len(runs) == 1:
        add("log.run_env", runs[0].base, next(l for r, l in run if r.same(runs[0])))
    if active is not None:
        add("log.active_env", active[0], active[1])
    if other_line is None and len(pips) == 1 and len(runs) == 1 and not pips[0].same(runs[0]):
        other_line = next(l for r, l in pip if r.same(pips[0]))
    if other_line is None and not pip and users and len(runs) == 1 and runs[0].pyver:
        # pip answered from a user site only: its Python version is pip's interpreter's.
        vers = {r.pyver for r, _ in users if r.pyver}
        if len(vers) == 1 and runs[0].pyver not in vers:
            other_line = users[0][1]
    if other_line is None and active is not None and len(pips) == 1 and _foreign(pips[0], active[0].lower()):
        other_line = next(l for r, l in pip if r.same(pips[0]))
    if other_line is None and not building and not (len(pips) == 1 and len(runs) == 1):
        # pip says the very package is installed ("Requirement already satisfied: requests in DIR") and Python cannot
        # import it ("No module named 'requests'"): the Python that failed is not pip's. Not when pip's and the
        # program's installs are both known (then the comparison above decided).
        # seen: https://github.com/microsoft/vscode-python/issues/22516 (the Run button used another environment),
        # https://github.com/ThioJoe/YT-Spammer-Purge/issues/229, https://github.com/Voldrix/onlyfans-dl-2/issues/37
        hit = next((l for n, l in satisfied if n in missing), None)
        if hit is not None:
            other_line = hit
    if other_line is not None:
        add("log.pip_other_env", True, other_line)
    names = {n.lower() for n, _, _ in prompted}
    proots = _distinct(r for _, r, _ in prompted)
    if len(names) == 1 and len(proots) == 1 and _foreign(proots[0], next(iter(names))):
        # The prompt shows an environment activated, yet the program's frames run in the system's, conda base's or
        # another environment's Python: `python` resolved past the environment (PATH, an alias, a launcher).
        add("log.run_outside_env", f"{prompted[0][0]} | {proots[0].base}", prompted[0][2])
