"""Snapshots of a Python environment, taken before a remedy changes it.

A snapshot is a directory under ``<state dir>/snapshots/<timestamp>/`` holding
``pip-freeze.txt`` (``<python> -m pip freeze``), ``conda-list.txt`` (``conda list --export``,
only for a conda environment) and ``snapshot.json`` (which interpreter, when, why).
`gpufix rollback` restores the frozen set.

A snapshot is data that decides what runs (which interpreter, which packages), so gpufix
reads one only when it can tell it made it (`verify`): it sits in gpufix's own state
directory, nobody but its owner may read or change it (0700 directories, 0600 files, owned
by this user), its files still have the SHA-256 recorded when it was taken, and it was made
by gpufix (`made_by`). Anything else is refused in one line before anything runs.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import stat
import shutil
import subprocess
from pathlib import Path
from typing import Sequence

from gpufix.records import record
from gpufix.remedy.state import snapshots_dir

FREEZE_FILE = "pip-freeze.txt"
CONDA_FILE = "conda-list.txt"
META_FILE = "snapshot.json"
TIMEOUT = 120.0  # pip freeze on a big env over a slow disk takes seconds, not minutes
MADE_BY = "gpufix snapshot 2"  # a snapshot without it (older, or not gpufix's) is not restored


class SnapshotError(Exception):
    """A snapshot could not be taken or read; the message is one line for the user."""


@record(frozen=True)
class Snapshot:
    name: str
    path: Path
    created: str  # ISO 8601 with offset
    python: str
    reason: str = ""
    conda_prefix: str = ""  # set when the env is a conda env and its list was saved
    hashes: tuple[tuple[str, str], ...] = ()  # (file name, SHA-256) recorded when it was taken
    made_by: str = ""

    @property
    def freeze_path(self) -> Path:
        return self.path / FREEZE_FILE

    @property
    def conda_path(self) -> Path | None:
        p = self.path / CONDA_FILE
        return p if p.is_file() else None

    def requirements(self) -> list[str]:
        return read_freeze(self.freeze_path)


def _run(argv: Sequence[str], what: str) -> str:
    try:
        proc = subprocess.run(list(argv), capture_output=True, stdin=subprocess.DEVNULL, timeout=TIMEOUT)
    except FileNotFoundError as e:
        raise SnapshotError(f"{what}: {argv[0]} not found") from e
    except subprocess.TimeoutExpired as e:
        raise SnapshotError(f"{what}: no answer within {TIMEOUT:g} s") from e
    except OSError as e:
        raise SnapshotError(f"{what}: cannot run {argv[0]}: {e.strerror or e}") from e
    out = proc.stdout.decode("utf-8", "replace")
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SnapshotError(f"{what} failed (exit {proc.returncode}): {err[-1] if err else 'no message'}")
    return out


def pip_freeze(python: str) -> list[str]:
    """`<python> -m pip freeze`, one requirement per line."""
    out = _run([python, "-m", "pip", "freeze"], f"{python} -m pip freeze")
    return [ln for ln in out.splitlines() if ln.strip()]


def env_prefix(python: str) -> str:
    return _run([python, "-c", "import sys; print(sys.prefix)"], f"{python}: sys.prefix").strip()


def is_conda_env(prefix: str) -> bool:
    """A conda environment (base included) has a conda-meta directory in its prefix."""
    return bool(prefix) and os.path.isdir(os.path.join(prefix, "conda-meta"))


def find_conda(env: dict[str, str] | None = None) -> str | None:
    env = dict(os.environ) if env is None else env
    exe = env.get("CONDA_EXE")
    if exe and os.path.isfile(exe):
        return exe
    return shutil.which("conda", path=env.get("PATH"))


def read_freeze(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise SnapshotError(f"{path}: cannot read: {e.strerror or e}") from e
    return [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _new_dir(root: Path, now: _dt.datetime) -> Path:
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    base = now.strftime("%Y%m%d-%H%M%S")
    for n in range(1, 1000):
        path = root / (base if n == 1 else f"{base}-{n}")
        try:
            path.mkdir(mode=0o700)
            os.chmod(path, 0o700)  # whatever the umask
            return path
        except FileExistsError:
            continue
    raise SnapshotError(f"{root}: too many snapshots named {base}")


def take_snapshot(python: str, reason: str = "", root: Path | None = None,
                  now: _dt.datetime | None = None, conda: str | None = None) -> Snapshot:
    """Freeze `python`'s environment into a new snapshot directory; raises SnapshotError."""
    frozen = pip_freeze(python)  # first: if pip is missing, no directory is left behind
    prefix = env_prefix(python)
    conda_text = ""
    if is_conda_env(prefix):
        conda = conda or find_conda()
        if conda:
            conda_text = _run([conda, "list", "--export", "-p", prefix], "conda list --export")
    now = now or _dt.datetime.now().astimezone()
    path: Path | None = None
    try:
        path = _new_dir(root or snapshots_dir(), now)
        files = {FREEZE_FILE: "\n".join(frozen) + "\n"}
        if conda_text:
            files[CONDA_FILE] = conda_text
        for name, text in files.items():
            _write_private(path / name, text)
        meta = {"python": python, "created": now.isoformat(timespec="seconds"), "reason": reason,
                "conda_prefix": prefix if conda_text else "", "made_by": MADE_BY,
                "sha256": {name: _sha256(text.encode("utf-8")) for name, text in files.items()}}
        _write_private(path / META_FILE, json.dumps(meta, indent=2) + "\n")
    except OSError as e:
        if path is not None:  # a half-written snapshot (a full disk) is not left behind
            shutil.rmtree(path, ignore_errors=True)
        raise SnapshotError(f"cannot write snapshot: {e.strerror or e}") from e
    return _load(path)


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def verify(snap: Snapshot, root: Path | None = None) -> None:
    """Raise SnapshotError unless gpufix made `snap` and nobody else could have changed it."""
    root = (root or snapshots_dir()).resolve()
    where = snap.path.resolve()
    if where.parent != root:
        raise SnapshotError(f"{snap.path}: not in gpufix's snapshot directory {root}; refusing to restore it")
    if snap.made_by != MADE_BY or not snap.hashes:
        raise SnapshotError(f"{snap.name}: not made by this gpufix (no content hash); refusing to restore it")
    for p in (where, *(where / name for name, _ in snap.hashes), where / META_FILE):
        problem = _ownership_problem(p)
        if problem:
            raise SnapshotError(f"{p}: {problem}; refusing to restore it")
    for name, digest in snap.hashes:
        try:
            data = (where / name).read_bytes()
        except OSError as e:
            raise SnapshotError(f"{where / name}: cannot read: {e.strerror or e}") from e
        if _sha256(data) != digest:
            raise SnapshotError(f"{where / name}: changed since gpufix wrote it (SHA-256 differs); refusing to restore it")


def _ownership_problem(path: Path) -> str | None:
    try:
        st = path.lstat()
    except OSError as e:
        return f"cannot read: {e.strerror or e}"
    if stat.S_ISLNK(st.st_mode):
        return "is a symbolic link"
    if os.name != "posix":  # pragma: no cover - NTFS ACLs: %LOCALAPPDATA% is per user already
        return None
    if st.st_uid != os.getuid():
        return "owned by another user"
    if st.st_mode & 0o077:
        return f"others may read or change it (mode {stat.S_IMODE(st.st_mode):o})"
    return None


def _load(path: Path) -> Snapshot:
    meta_path = path / META_FILE
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise SnapshotError(f"{path}: not a gpufix snapshot ({META_FILE} unreadable)") from e
    if not (path / FREEZE_FILE).is_file() or not isinstance(meta, dict):
        raise SnapshotError(f"{path}: not a gpufix snapshot (no {FREEZE_FILE})")
    hashes = meta.get("sha256") if isinstance(meta.get("sha256"), dict) else {}
    return Snapshot(path.name, path, str(meta.get("created", "")), str(meta.get("python", "")),
                    str(meta.get("reason", "")), str(meta.get("conda_prefix", "")),
                    tuple((str(k), str(v)) for k, v in sorted(hashes.items()) if k in (FREEZE_FILE, CONDA_FILE)),
                    str(meta.get("made_by", "")))


def list_snapshots(root: Path | None = None) -> list[Snapshot]:
    """Every readable snapshot, newest first (names sort by time)."""
    root = root or snapshots_dir()
    if not root.is_dir():
        return []
    found = []
    for path in sorted(root.iterdir(), key=lambda p: p.name, reverse=True):
        if path.is_dir():
            try:
                found.append(_load(path))
            except SnapshotError:
                continue  # a half-written or foreign directory is not offered
    return found


def load_snapshot(name: str, root: Path | None = None) -> Snapshot:
    """A snapshot by name (as `--list` shows it) or by directory path."""
    root = root or snapshots_dir()
    path = root / name
    if not path.is_dir():
        path = Path(name).expanduser()
    if not name or not path.is_dir():
        raise SnapshotError(f"no snapshot named {name!r} (see gpufix rollback --list)")
    return _load(path)
