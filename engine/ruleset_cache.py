"""The checked and compiled rule set, kept between runs (gpufix.parse_cache's directory).

Checking the rules (conditions parsed and expanded, templates, signatures, strata) costs ~65 ms,
and compiling them for the engines and planning the signature scan another ~30 ms, on every start;
start-up is what `gpufix --json --quick` and the TUI's first findings are measured on
(bench/bench_phases.py). A rule set that checked clean is stored here with its compiled form and
scan plan, and read back by later runs whose rule files and checker are byte for byte the same.

The store is a pickle read by a closed unpickler: `find_class` resolves only the checker's and
compiler's own dataclasses (CLASSES below; anything else, `os.system` or `builtins.eval`
included, is a damaged entry and the rules are checked again), so a stored file can build
nothing but those plain records and builtin containers — data, never a program. Writing goes
through the same list: an object of any other type is refused and the rule set is not stored.
Pickle, not JSON, because reading it is C code: ~6 ms where decoding the same objects from JSON
in Python took ~25 ms. The key is the SHA-256 of every rule and library file's text and path
plus a fingerprint of the code that checks and compiles them (an edited rule or checker is a new
key); any problem falls back to checking. Only clean rule sets are stored: `gpufix rules lint`
and a rule with errors always run the checker.
"""
from __future__ import annotations

import copyreg
import dataclasses
import gc
import hashlib
import io
import os
import pickle
import sys
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from gpufix import __version__, parse_cache
from gpufix.engine import compile as compiler
from gpufix.engine import conditions as cond
from gpufix.engine import differential as dx
from gpufix.engine import schema
from gpufix.engine import signatures as sig
from gpufix.engine import yaml_lines

FORMAT = "2"  # bump when what is stored changes
SUFFIX = ".pickle"

# Every class a stored rule set holds. Reading resolves only these; writing refuses any other.
CLASSES: tuple[type, ...] = (
    schema.Rule, schema.Text, schema.StepSpec, schema.RemedySpec,
    cond.Leaf, cond.FactRef, cond.Sig, cond.Unknown, cond.All, cond.Any_, cond.Not,
    dx.Differential, dx.Hypothesis, dx.Question, dx.Choice, dx.Evidence,
    compiler.CompiledRules, compiler.Stratum, compiler.Chunk, compiler.KeySpec,
    sig.ScanPlan, sig.Signature, sig.Needle,
)
# The YAML reader's dict and list (they carry line numbers): pickled the default way, with their items.
CONTAINERS: tuple[type, ...] = (yaml_lines.LineDict, yaml_lines.LineList)
_BY_NAME: dict[tuple[str, str], type] = {(c.__module__, c.__qualname__): c for c in CLASSES + CONTAINERS}
_FIELDS: dict[type, tuple[str, ...]] = {c: tuple(f.name for f in dataclasses.fields(c)) for c in CLASSES}


def _code_fingerprint() -> str:
    """Size and mtime of the checker's sources: a changed checker must not read old results."""
    root = Path(parse_cache.__file__).parent
    parts = [sys.version, __version__, FORMAT]
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


# --- encoding: a pickle of listed dataclasses and builtin containers only ---------------------

_PLAIN = (type(None), bool, int, float, str, bytes, tuple, list, dict, set, frozenset)


class _Writer(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        if cls in _FIELDS:
            # Fields only: a cached_property (a compiled regex) is rebuilt on first use.
            state = {name: obj.__dict__[name] for name in _FIELDS[cls] if name in obj.__dict__}
            return copyreg.__newobj__, (cls,), state
        if cls in _PLAIN or cls in CONTAINERS or (cls is type and obj in _BY_NAME.values()):
            return NotImplemented  # builtin data, or a listed class written by name (see _Reader)
        raise TypeError(f"cannot store a {cls.__qualname__}")


class _Reader(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        cls = _BY_NAME.get((module, name))
        if cls is None:
            raise pickle.UnpicklingError(f"{module}.{name} is not a stored rule class")
        return cls


def encode(rules: Sequence[Any], strata: Sequence[Sequence[Any]], extras: dict[str, Any]) -> bytes:
    buf = io.BytesIO()
    _Writer(buf, protocol=5).dump((FORMAT, tuple(rules), tuple(tuple(s) for s in strata), dict(extras)))
    return buf.getvalue()


def decode(data: bytes) -> tuple[tuple[Any, ...], tuple[tuple[Any, ...], ...], dict[str, Any]]:
    enabled = gc.isenabled()
    gc.disable()  # tens of thousands of small objects: collections mid-read only cost time
    try:
        value = _Reader(io.BytesIO(data)).load()
    finally:
        if enabled:
            gc.enable()
    fmt, rules, strata, extras = value
    if fmt != FORMAT or not isinstance(extras, dict):
        raise ValueError("another format")
    if not all(isinstance(r, schema.Rule) for r in rules):
        raise ValueError("not a rule")
    return rules, strata, extras


def extras_of(rules: Sequence[Any], strata: Sequence[Sequence[Any]]) -> dict[str, Any]:
    """What evaluation builds from a rule set before its first run (RuleSet.cached keys)."""
    return {"compiled": compiler.compile_rules(tuple(tuple(s) for s in strata)),
            "scan_plan": sig.build_plan(rules)}


# --- the store ------------------------------------------------------------------------------

def _path(key: str) -> Optional[Path]:
    directory = parse_cache.cache_dir()
    return None if directory is None else directory / f"ruleset-{key}{SUFFIX}"


def load(key: str) -> Optional[tuple[tuple[Any, ...], tuple[tuple[Any, ...], ...], dict[str, Any]]]:
    """The stored (rules, strata, extras) for `key`, or None (not stored, damaged, caching off)."""
    path = _path(key)
    if path is None:
        return None
    try:
        return decode(path.read_bytes())
    except Exception:  # noqa: BLE001 - any damage (pickle raises many kinds) means: check again
        return None


def store(key: str, rules: Sequence[Any], strata: Sequence[Sequence[Any]], extras: dict[str, Any]) -> None:
    path = _path(key)
    if path is None:
        return
    try:
        payload = encode(rules, strata, extras)
    except (TypeError, ValueError, RecursionError, pickle.PicklingError):
        return  # something the store does not hold: this rule set is checked on every run
    parse_cache.store_bytes(path, payload)


Checked = tuple[Sequence[Any], list[str], Sequence[Sequence[Any]], dict[str, Any]]


def cached_check(texts: Sequence[tuple[str, str]],
                 check: Callable[[], tuple[Sequence[Any], list[str], Sequence[Sequence[Any]]]]) -> Checked:
    """check() -> (rules, errors, strata) plus the compiled extras, or the stored result of a
    clean check of the same texts. A rule set with errors has no extras."""
    key = key_of(texts)
    hit = load(key)
    if hit is not None:
        return hit[0], [], hit[1], hit[2]
    rules, errors, strata = check()
    if errors:
        return rules, errors, strata, {}
    try:
        extras = extras_of(rules, strata)
    except Exception:  # noqa: BLE001 - evaluation compiles again and reports it where it belongs
        return rules, errors, strata, {}
    store(key, rules, strata, extras)
    return rules, errors, strata, extras
