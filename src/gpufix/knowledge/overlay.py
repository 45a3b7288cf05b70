"""Release tables refreshed by `gpufix knowledge update`, kept in the user data directory.

The update writes one JSON document (SCHEMA) with the date it read the indexes, the URLs it read
and release rows in the shape of torch_releases.yaml. It takes precedence over the shipped table:
a release it lists replaces the fields it states in the shipped row (patches merge by torch
version); a release only it knows is added. A file that cannot be read is ignored with a reason,
and gpufix keeps the shipped tables.
"""
from __future__ import annotations

import functools
import json
import os
import sys
from dataclasses import field
from pathlib import Path
from typing import Any, Mapping

from gpufix.records import record

SCHEMA = "gpufix-knowledge-update/1"
FILE_NAME = "releases.json"
# Tests and portable installs point gpufix at another data directory.
DATA_DIR_ENV = "GPUFIX_DATA_DIR"


def data_dir(env: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """Where gpufix keeps data it fetched: $GPUFIX_DATA_DIR, else the platform's user data dir.

    The places platformdirs' ``user_data_dir("gpufix", appauthor=False)`` picks, written by hand
    (as gpufix.remedy.state does) because every run reads this path and importing platformdirs
    cost ~3 ms of start-up: ``$XDG_DATA_HOME/gpufix`` or ``~/.local/share/gpufix`` on Linux,
    ``~/Library/Application Support/gpufix`` on macOS, ``%LOCALAPPDATA%\\gpufix`` on Windows.
    """
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    override = env.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if platform == "win32":
        return Path(env.get("LOCALAPPDATA") or str(home / "AppData" / "Local")) / "gpufix"
    if platform == "darwin":
        return home / "Library" / "Application Support" / "gpufix"
    xdg = env.get("XDG_DATA_HOME", "").strip()
    return (Path(xdg) if xdg and os.path.isabs(xdg) else home / ".local" / "share") / "gpufix"


def path() -> Path:
    return data_dir() / "knowledge" / FILE_NAME


@record(frozen=True)
class Overlay:
    """A readable update file, or the reason it was not used (`problem`)."""

    path: str
    as_of: str | None = None
    fetched: str | None = None
    sources: tuple[str, ...] = ()
    releases: tuple[dict[str, Any], ...] = ()
    torchaudio: dict[str, Any] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    problem: str | None = None

    @property
    def usable(self) -> bool:
        return self.problem is None


@functools.lru_cache(maxsize=None)
def load() -> Overlay | None:
    """The update file, None when there is none (the usual case before any update)."""
    p = path()
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as e:
        return Overlay(str(p), problem=f"cannot read it ({e.strerror or e})")
    try:
        doc = json.loads(text)
    except ValueError as e:
        return Overlay(str(p), problem=f"not valid JSON ({e})")
    problem = _check(doc)
    if problem:
        return Overlay(str(p), problem=problem)
    return Overlay(str(p), as_of=str(doc["as_of"]), fetched=str(doc.get("fetched") or ""),
                   sources=tuple(str(s) for s in doc.get("sources") or ()),
                   releases=tuple(doc.get("releases") or ()), torchaudio=dict(doc.get("torchaudio") or {}),
                   notes=tuple(str(n) for n in doc.get("notes") or ()))


def _check(doc: Any) -> str | None:
    """Why a document cannot be used (None when it can): data never becomes a program, and a
    malformed row must not break every later run."""
    from packaging.version import InvalidVersion, Version  # lazy: only with an update file

    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA:
        return f"not a {SCHEMA} document"
    if not isinstance(doc.get("as_of"), str):
        return "no as_of date"
    rows = doc.get("releases")
    if not isinstance(rows, list):
        return "no releases list"
    for row in rows:
        try:
            Version(str(row["release"]))
            for p in row.get("patches") or ():
                Version(str(p["torch"]))
                if p.get("torchvision") is not None:
                    Version(str(p["torchvision"]))
            py = row.get("python")
            if py is not None:
                Version(str(py["min"]))
                Version(str(py["max"]))
        except (InvalidVersion, KeyError, TypeError) as e:
            return f"a malformed release row ({type(e).__name__}: {e})"
    return None


def merge_releases(shipped: list[dict[str, Any]], overlay: Overlay | None) -> list[dict[str, Any]]:
    """The shipped release rows with the update's rows applied (see the module docstring)."""
    if overlay is None or not overlay.usable or not overlay.releases:
        return shipped
    by_release = {str(r["release"]): dict(r) for r in shipped}
    newest_shipped = max(shipped, key=lambda r: _key(r["release"])) if shipped else {}
    for row in overlay.releases:
        name = str(row["release"])
        base = by_release.get(name)
        if base is None:
            # Fields an index cannot tell (NumPy ABI, install style) come from the newest shipped
            # release, and the row says so.
            base = {"numpy_abi_major": newest_shipped.get("numpy_abi_major", 2),
                    "install": newest_shipped.get("install", "index-url"),
                    "python": newest_shipped.get("python"), "patches": []}
            inherited = ["numpy_abi_major", "install"]
            base["note"] = f"from `gpufix knowledge update`; {', '.join(inherited)} assumed as for " \
                           f"{newest_shipped.get('release', '?')}"
        merged = dict(base)
        for k, v in row.items():
            if k == "patches" or v is None:
                continue
            merged[k] = v
        merged["patches"] = _merge_patches(list(base.get("patches") or ()), list(row.get("patches") or ()))
        merged["origin"] = "update"
        by_release[name] = merged
    return list(by_release.values())


def _merge_patches(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = {str(p["torch"]): dict(p) for p in old}
    for p in new:
        key = str(p["torch"])
        cur = out.get(key, {})
        cur.update({k: v for k, v in p.items() if v is not None or k not in cur})
        out[key] = cur
    return sorted(out.values(), key=lambda p: _key(p["torch"]))


def _key(v: Any):
    from packaging.version import Version  # lazy: only with an update file

    return Version(str(v))


def clear_cache() -> None:
    load.cache_clear()
