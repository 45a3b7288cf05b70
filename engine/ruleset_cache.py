"""The checked rule set, kept as JSON between runs (gpufix.parse_cache's directory).

Checking the rules (conditions parsed and expanded, templates, signatures, strata) costs ~65 ms
on every start, and start-up is what `gpufix --json --quick` and the TUI's first findings are
measured on (bench/bench_phases.py). A rule set that checked clean is stored here and read back
by later runs whose rule files and checker are byte for byte the same.

Safe by construction, like parse_cache: JSON data only, decoded into a fixed list of the
checker's own dataclasses (a name outside that list is a damaged entry, never an import); the key
is the SHA-256 of every rule and library file's text and path plus a fingerprint of the code that
checks them (an edited rule or checker is a new key); any problem falls back to checking.
Only clean rule sets are stored: `gpufix rules lint` and a rule with errors always run the checker.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from gpufix import __version__, parse_cache
from gpufix.engine import conditions as cond
from gpufix.engine import differential as dx
from gpufix.engine import schema

FORMAT = "1"  # bump when the encoding below changes

# Every class a checked rule set holds. Decoding builds only these.
CLASSES: dict[str, type] = {cls.__name__: cls for cls in (
    schema.Rule, schema.Text, schema.StepSpec, schema.RemedySpec,
    cond.Leaf, cond.FactRef, cond.Sig, cond.Unknown, cond.All, cond.Any_, cond.Not,
    dx.Differential, dx.Hypothesis, dx.Question, dx.Choice, dx.Evidence,
)}


def _code_fingerprint() -> str:
    """Size and mtime of the checker's sources: a changed checker must not read old results."""
    root = Path(parse_cache.__file__).parent
    parts = [sys.version, __version__]
    files = [root / "fact_catalog.py", root / "linear_re.py", root / "parse_cache.py"]
    files += sorted(Path(e.path) for e in os.scandir(Path(__file__).parent) if e.name.endswith(".py"))
    for f in files:
        try:
            st = f.stat()
            parts.append(f"{f.name}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{f.name}:-")
    return "\n".join(parts)


def key_of(texts: Sequence[tuple[str, str]]) -> str:
    """The cache key of rule files given as (display path, text) pairs."""
    h = hashlib.sha256(f"ruleset\0{FORMAT}\0{_code_fingerprint()}\0".encode())
    for display, text in texts:
        h.update(display.encode("utf-8", "surrogatepass") + b"\0")
        h.update(text.encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()


# --- encoding: plain JSON, objects in one table (shared objects stay shared) -------------------

class _Encoder:
    def __init__(self) -> None:
        self.table: list[Any] = []
        self.index: dict[int, int] = {}
        self._keep: list[Any] = []  # ids stay unique while encoding

    def obj(self, o: Any) -> int:
        i = self.index.get(id(o))
        if i is not None:
            return i
        name = type(o).__name__
        if CLASSES.get(name) is not type(o):
            raise TypeError(f"cannot store a {type(o).__qualname__}")
        i = self.index[id(o)] = len(self.table)
        self._keep.append(o)
        self.table.append(None)
        self.table[i] = [name, {f.name: self.value(getattr(o, f.name)) for f in dataclasses.fields(o) if f.init}]
        return i

    def value(self, v: Any) -> Any:
        if v is None or isinstance(v, (bool, int, str)):
            return v
        if isinstance(v, float):
            if v != v or v in (float("inf"), float("-inf")):
                raise ValueError("not a finite number")
            return v
        if isinstance(v, list):
            return [self.value(x) for x in v]
        if isinstance(v, tuple):
            return {"t": [self.value(x) for x in v]}
        if isinstance(v, frozenset):
            return {"f": sorted((self.value(x) for x in v), key=repr)}
        if isinstance(v, set):
            return {"s": sorted((self.value(x) for x in v), key=repr)}
        if isinstance(v, dict):
            return {"d": [[self.value(k), self.value(x)] for k, x in v.items()]}
        if dataclasses.is_dataclass(v) and not isinstance(v, type):
            return {"o": self.obj(v)}
        raise TypeError(f"cannot store a {type(v).__qualname__}")


def encode(rules: Sequence[Any], strata: Sequence[Sequence[Any]]) -> dict[str, Any]:
    enc = _Encoder()
    top = [enc.obj(r) for r in rules]
    where = {id(r): n for n, r in enumerate(rules)}
    return {"format": FORMAT, "objects": enc.table, "rules": top,
            "strata": [[where[id(r)] for r in stratum] for stratum in strata]}


class _Decoder:
    def __init__(self, table: list[Any]) -> None:
        self.table = table
        self.built: dict[int, Any] = {}

    def obj(self, i: int) -> Any:
        if i in self.built:
            return self.built[i]
        name, fields = self.table[i]
        cls = CLASSES[name]  # KeyError: a damaged entry
        o = self.built[i] = cls(**{k: self.value(v) for k, v in fields.items()})
        return o

    def value(self, v: Any) -> Any:
        if isinstance(v, list):
            return [self.value(x) for x in v]
        if isinstance(v, dict):
            (tag, items), = v.items()
            if tag == "t":
                return tuple(self.value(x) for x in items)
            if tag == "o":
                return self.obj(items)
            if tag == "d":
                return {self.value(k): self.value(x) for k, x in items}
            if tag == "f":
                return frozenset(self.value(x) for x in items)
            if tag == "s":
                return {self.value(x) for x in items}
            raise ValueError(f"unknown tag {tag!r}")
        return v


def decode(data: dict[str, Any]) -> tuple[tuple[Any, ...], tuple[tuple[Any, ...], ...]]:
    if data.get("format") != FORMAT:
        raise ValueError("another format")
    dec = _Decoder(data["objects"])
    rules = tuple(dec.obj(i) for i in data["rules"])
    strata = tuple(tuple(rules[n] for n in stratum) for stratum in data["strata"])
    return rules, strata


# --- the store ------------------------------------------------------------------------------

def _path(key: str) -> Optional[Path]:
    directory = parse_cache.cache_dir()
    return None if directory is None else directory / f"ruleset-{key}.json"


def load(key: str) -> Optional[tuple[tuple[Any, ...], tuple[tuple[Any, ...], ...]]]:
    """The stored (rules, strata) for `key`, or None (not stored, damaged, caching off)."""
    path = _path(key)
    if path is None:
        return None
    try:
        return decode(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


def store(key: str, rules: Sequence[Any], strata: Sequence[Sequence[Any]]) -> None:
    path = _path(key)
    if path is None:
        return
    try:
        payload = json.dumps(encode(rules, strata), ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError):
        return  # something JSON cannot hold: this rule set is checked on every run
    parse_cache.store_file(path, payload)


def cached_check(texts: Sequence[tuple[str, str]],
                 check: Callable[[], tuple[Sequence[Any], list[str], Sequence[Sequence[Any]]]]
                 ) -> tuple[Sequence[Any], list[str], Sequence[Sequence[Any]]]:
    """check() -> (rules, errors, strata), or the stored result of a clean check of the same texts."""
    key = key_of(texts)
    hit = load(key)
    if hit is not None:
        return hit[0], [], hit[1]
    rules, errors, strata = check()
    if not errors:
        store(key, rules, strata)
    return rules, errors, strata
