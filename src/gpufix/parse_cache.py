"""A cache of parsed YAML (rules, remedy library, knowledge tables) as JSON, keyed by the text's hash.

Every gpufix run reads ~30 YAML files. Importing PyYAML and parsing them costs more than
reading the same data back as JSON (tens of milliseconds against a few, measured in
bench/bench_phases.py), and start-up is what `gpufix --json --quick` and the TUI's first
findings are measured on. So the first run parses and stores the result here; later runs whose
text is byte for byte the same read the JSON and never import yaml.

Safe by construction: the cache holds JSON data only (never pickle, never code), is keyed by the
SHA-256 of the exact text plus a format tag (an edited rule is a new key, so a stale entry is
never read), and any problem with it (missing, unreadable, corrupt, a value JSON cannot hold)
falls back to parsing the text. It lives in the user's own cache directory:
``$GPUFIX_CACHE_DIR``, else ``%LOCALAPPDATA%\\gpufix\\cache`` on Windows,
``~/Library/Caches/gpufix`` on macOS, ``$XDG_CACHE_HOME/gpufix`` or ``~/.cache/gpufix``
elsewhere. ``GPUFIX_NO_CACHE=1`` turns it off.
"""
from __future__ import annotations

import atexit
import hashlib
import json
import os
import sys
import threading
from pathlib import Path
from typing import Any, Callable, Mapping, Optional, TypeVar

FORMAT = "1"  # bump when an encoding below changes: old entries are then never read
MAX_ENTRIES = 400  # a developer editing rules makes new entries; the oldest go beyond this
STORED = (".json", ".pickle")  # what _prune counts: parsed texts and the rule-set store (engine/ruleset_cache.py)
T = TypeVar("T")


def cache_dir(env: Optional[Mapping[str, str]] = None, platform: Optional[str] = None) -> Optional[Path]:
    """Where parsed files are kept; None when caching is off."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if env.get("GPUFIX_NO_CACHE", "") not in ("", "0"):
        return None
    if env.get("GPUFIX_CACHE_DIR"):
        return Path(env["GPUFIX_CACHE_DIR"]).expanduser() / "parsed"
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if platform == "win32":
        base = Path(env.get("LOCALAPPDATA") or home / "AppData" / "Local") / "gpufix" / "cache"
    elif platform == "darwin":
        base = home / "Library" / "Caches" / "gpufix"
    else:
        xdg = env.get("XDG_CACHE_HOME", "")
        base = (Path(xdg) if xdg and os.path.isabs(xdg) else home / ".cache") / "gpufix"
    return base / "parsed"


def cached_parse(text: str, kind: str, parse: Callable[[str], T], encode: Callable[[T], Any] = lambda v: v,
                 decode: Callable[[Any], T] = lambda d: d) -> T:
    """parse(text), or its stored result for this exact text and `kind`.

    `encode` turns the parsed value into JSON data (raising TypeError/ValueError when it cannot:
    the value is then not stored); `decode` turns that data back. An exception from `parse`
    (a YAML error) propagates and nothing is stored.
    """
    directory = cache_dir()
    if directory is None:
        return parse(text)
    key = hashlib.sha256(f"{kind}\0{FORMAT}\0".encode() + text.encode("utf-8", "surrogatepass")).hexdigest()
    path = directory / f"{key}.json"
    try:
        return decode(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        pass  # not there yet, or damaged: parse it
    value = parse(text)
    try:
        payload = json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError):
        return value  # dates, binary...: this text is parsed every time
    _store(directory, path, payload)
    return value


def parse_yaml(text: str) -> Any:
    """YAML data by the safe loader (the C parser when libyaml is there, 5x faster); ValueError when the text is
    not valid YAML. Lazy: a text read back from the cache never imports yaml (start-up)."""
    import yaml

    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as e:
        raise ValueError(f"not valid YAML: {e}") from e


def cached_yaml(text: str) -> Any:
    """parse_yaml(text), or its stored result: the data files gpufix ships (knowledge tables, evidence labels)."""
    return cached_parse(text, "yaml", parse_yaml)


def store_bytes(path: Path, payload: bytes) -> None:
    """Write `payload` to `path` inside the cache directory, as cached_parse does (the rule-set store)."""
    _store(path.parent, path, payload)


def _store(directory: Path, path: Path, payload: str | bytes) -> None:
    """Write atomically (a reader never sees half a file); a read-only home just skips caching."""
    import tempfile  # lazy: start-up; a warm run stores nothing (tempfile loads random, hashing...)

    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=path.suffix)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(payload if isinstance(payload, bytes) else payload.encode("utf-8"))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        _prune(directory)
    except (OSError, ValueError):  # a read-only or full disk; text JSON cannot encode
        pass


def _prune(directory: Path) -> None:
    entries = [e for e in os.scandir(directory) if e.name.endswith(STORED) and not e.name.startswith(".")]
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort(key=lambda e: e.stat().st_mtime)
    for e in entries[: len(entries) - MAX_ENTRIES // 2]:
        try:
            os.unlink(e.path)
        except OSError:
            pass


# --- facts about strings that hold for this Python: "this regex compiles" -------------------
# Validating the rules' ~90 signature regexes means compiling them (~20 ms) on every run, even
# when there is no error text for them to read. A pattern that compiled once under this Python
# version compiles again: it is remembered here (a JSON list), and compiled on first use instead.

_known: dict[str, set[str]] = {}
_new: dict[str, set[str]] = {}
_known_lock = threading.Lock()


def _known_path(kind: str) -> Optional[Path]:
    directory = cache_dir()
    if directory is None:
        return None
    return directory / f"known-{kind}-py{sys.version_info[0]}.{sys.version_info[1]}-{FORMAT}.json"


def is_known(kind: str, item: str) -> bool:
    """Whether `item` was remembered under `kind` (by this run or an earlier one)."""
    with _known_lock:
        if kind not in _known:
            path = _known_path(kind)
            try:
                loaded = json.loads(path.read_text(encoding="utf-8")) if path is not None else []
                _known[kind] = {x for x in loaded if isinstance(x, str)}
            except (OSError, ValueError, TypeError):
                _known[kind] = set()
        return item in _known[kind]


def remember(kind: str, item: str) -> None:
    """Remember `item` under `kind`; written once when the process exits."""
    with _known_lock:
        if not _new and not _memo_new:
            atexit.register(_write_known)
        _new.setdefault(kind, set()).add(item)
        _known.setdefault(kind, set()).add(item)


def _write_known() -> None:
    _write_memos()
    with _known_lock:
        pending = {k: set(v) for k, v in _new.items()}
        _new.clear()
    _flush(pending, _known_path, _merge_known, lambda items: json.dumps(sorted(items), ensure_ascii=False))


def _merge_known(old: Any, items: set[str]) -> set[str]:
    merged = items | {x for x in old if isinstance(x, str)} if isinstance(old, list) else items
    return items if len(merged) > 20 * MAX_ENTRIES else merged  # rules edited for years: start over


def _flush(pending: dict[str, Any], path_of: Callable[[str], Optional[Path]],
           merge: Callable[[Any, Any], Any], dump: Callable[[Any], str]) -> None:
    """Write each kind's new entries, merged with what its file already holds (None: unreadable)."""
    for kind, items in pending.items():
        path = path_of(kind)
        if path is None:
            continue
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, TypeError):
            old = None
        _store(path.parent, path, dump(merge(old, items)))


# --- values derived from a string under this Python: a regex's group names, its literals -----
# Same idea as above, for a value rather than a yes: the scan plan reads each signature's
# literals with the regex parser and the checker its group names (~40 ms for ~100 regexes).
# One JSON object per kind and Python version; a value is JSON data, never code.

_memos: dict[str, dict[str, Any]] = {}
_memo_new: dict[str, dict[str, Any]] = {}


def _memo_path(kind: str) -> Optional[Path]:
    directory = cache_dir()
    if directory is None:
        return None
    return directory / f"memo-{kind}-py{sys.version_info[0]}.{sys.version_info[1]}-{FORMAT}.json"


def memo(kind: str, item: str, compute: Callable[[str], T], encode: Callable[[T], Any] = lambda v: v,
         decode: Callable[[Any], T] = lambda d: d) -> T:
    """compute(item), or its value remembered under `kind` by this run or an earlier one.

    `encode` makes JSON data of the value and `decode` reads it back; anything odd in a stored
    value (a damaged file, a value decode rejects) computes it again.
    """
    with _known_lock:
        if kind not in _memos:
            path = _memo_path(kind)
            try:
                loaded = json.loads(path.read_text(encoding="utf-8")) if path is not None else {}
                _memos[kind] = loaded if isinstance(loaded, dict) else {}
            except (OSError, ValueError, TypeError):
                _memos[kind] = {}
        stored = _memos[kind].get(item, _MISSING)
    if stored is not _MISSING:
        try:
            return decode(stored)
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            pass
    value = compute(item)
    try:
        data = encode(value)
        json.dumps(data)
    except (TypeError, ValueError):
        return value
    with _known_lock:
        if not _new and not _memo_new:
            atexit.register(_write_known)
        _memo_new.setdefault(kind, {})[item] = data
        _memos.setdefault(kind, {})[item] = data
    return value


_MISSING = object()


def _write_memos() -> None:
    with _known_lock:
        pending = {k: dict(v) for k, v in _memo_new.items()}
        _memo_new.clear()
    _flush(pending, _memo_path, _merge_memo, lambda items: json.dumps(items, ensure_ascii=False, sort_keys=True))


def _merge_memo(old: Any, items: dict[str, Any]) -> dict[str, Any]:
    if isinstance(old, dict) and len(old) + len(items) <= 20 * MAX_ENTRIES:
        return {**old, **items}
    return items  # unreadable, or rules edited for years: past the cap, start over
