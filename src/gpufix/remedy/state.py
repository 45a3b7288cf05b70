"""Where gpufix keeps its state (snapshots), by the platform's convention.

The same places platformdirs' ``user_state_dir`` picks, written by hand so gpufix needs
no extra dependency: ``$XDG_STATE_HOME/gpufix`` or ``~/.local/state/gpufix`` on Linux,
``~/Library/Application Support/gpufix`` on macOS, ``%LOCALAPPDATA%\\gpufix`` on Windows.
``GPUFIX_STATE_DIR`` overrides all of them (tests, shared machines).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Mapping

APP = "gpufix"


def state_dir(env: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if env.get("GPUFIX_STATE_DIR"):
        return Path(env["GPUFIX_STATE_DIR"]).expanduser()
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if platform == "win32":
        base = env.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / APP
    if platform == "darwin":
        return home / "Library" / "Application Support" / APP
    xdg = env.get("XDG_STATE_HOME", "")
    # XDG says a relative path is invalid and must be ignored.
    base = Path(xdg) if xdg and os.path.isabs(xdg) else home / ".local" / "state"
    return base / APP


def snapshots_dir(env: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    return state_dir(env, platform) / "snapshots"
