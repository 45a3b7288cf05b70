"""Find rule files, check each one and the set as a whole, and order rules into strata.

Rules live in the installed `gpufix.rules` package (`rules/<family>/<id>.yaml`), found
through gpufix.package_files (a folder, or importlib.resources) so an installed wheel works like a checkout; `rules/knowledge/`
holds data tables, not rules, and is skipped, and so is every file whose name starts with `_`
(`rules/_library.yaml`, the shared remedy library: see library.py). A rule file's library is
the nearest `_library.yaml` in its folder or a folder above it, else the installed one.
Set-wide checks: duplicate ids, derived facts nobody derives, the same derived fact set to
two values, and derive cycles.
"""
from __future__ import annotations

import os
import threading
import time
from dataclasses import field
from pathlib import Path
from typing import Any, Iterable, Sequence, Union

from gpufix.engine.differential import Differential, check_differential, is_differential
from gpufix.engine import ruleset_cache
from gpufix.engine.library import LIBRARY_FILE, Library, check_library
from gpufix.engine.schema import Rule, check_rule
from gpufix.engine.yaml_lines import YamlError, load_yaml_with_lines
from gpufix.errors import RuleLoadError, UsageError
from gpufix.package_files import package_folder
from gpufix.records import record

RULES_PACKAGE = "gpufix.rules"
SKIP_DIRS = frozenset({"knowledge", "__pycache__"})  # knowledge/: the knowledge base's tables
RULE_SUFFIX = ".yaml"


@record(frozen=True)
class RuleFile:
    """A rule file, wherever it lives (a checkout, an installed package)."""

    display: str  # what error lines show
    key: str  # identity for de-duplication (resolved path)
    stem: str
    resource: Any  # a Path or an importlib Traversable

    def read_text(self) -> str:
        return self.resource.read_text(encoding="utf-8")


@record
class RuleSet:
    """Checked rules, in evaluation order: strata[0] first (see `order_strata`)."""

    rules: tuple[Rule, ...]
    strata: tuple[tuple[Rule, ...], ...]
    files: tuple[str, ...] = ()
    _cache: dict = field(default_factory=dict, repr=False, compare=False)
    _lock: Any = field(default_factory=threading.Lock, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.by_id = {r.id: r for r in self.rules}
        # The differential files' specs (their rules are ordinary derive rules among `rules`).
        self.differentials: tuple[Differential, ...] = tuple(
            {r.differential.id: r.differential for r in self.rules if r.differential is not None}.values())

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self):
        return iter(self.rules)

    def cached(self, key: str, build):
        """Per-rule-set memo (compiled form, scan plan): built once, shared by evaluations."""
        with self._lock:
            if key not in self._cache:
                self._cache[key] = build()
            return self._cache[key]


# --- finding files ---------------------------------------------------------------------------

def default_rules_root():
    return package_folder(RULES_PACKAGE)


def _walk(node, display: str, folders: list | None = None) -> Iterable[RuleFile]:
    if folders is not None:  # stamped before it is listed: a later change is seen by _walk_files
        folders.append((os.fspath(node), os.stat(os.fspath(node)).st_mtime_ns))
    base: str | None = None  # the folder resolved once, not each file (a realpath is a stat a component)
    for child in sorted(node.iterdir(), key=lambda c: c.name):
        name = child.name
        if name.startswith((".", "_")) or name in SKIP_DIRS:  # _library.yaml and the like: not rules
            continue
        child_display = f"{display}/{name}" if display else name
        if child.is_dir():
            yield from _walk(child, child_display, folders)
        elif name.endswith(RULE_SUFFIX):
            if base is None:
                base = _identity(node)
            key = _identity(child) if _is_link(child) else os.path.join(base, name)
            yield RuleFile(child_display, key, name[: -len(RULE_SUFFIX)], child)


def _is_link(node) -> bool:
    try:
        return os.path.islink(os.fspath(node))
    except TypeError:  # inside a zip
        return False


# Walks of a rules folder (the installed rules, a checkout's rules/, --rules DIR), kept while none
# of its folders changed. Every evaluation asks
# for the rule set (load_rules checks its files' fingerprint), and walking ~50 files with a resolved
# path each took ~8 ms a call, more than an evaluation. Adding, removing or renaming a file changes its
# folder's mtime, so a kept walk is re-used only when every folder's mtime is what it was; an
# edited file is caught by load_rules' fingerprint as before. A folder changed within the last
# RACY_S seconds is not trusted (a coarse mtime could hide a second change in the same tick).
_walks: dict[tuple[str, str, str], tuple[tuple[tuple[str, int], ...], tuple[RuleFile, ...]]] = {}
RACY_S = 2.0


def _walk_files(node, display: str) -> list[RuleFile]:
    """list(_walk(node, display)), from the last walk when no folder under `node` changed."""
    try:
        key = (os.fspath(node), display, os.getcwd())  # cwd: relative paths resolve against it
    except (TypeError, OSError):  # inside a zip (no file system path), or the cwd is gone
        return list(_walk(node, display))
    kept = _walks.get(key)
    if kept is not None:
        try:
            if all(os.stat(folder).st_mtime_ns == mtime for folder, mtime in kept[0]):
                return list(kept[1])
        except OSError:
            pass  # a folder went away: walk again
    folders: list[tuple[str, int]] = []
    files = list(_walk(node, display, folders))
    if all(mtime < (time.time() - RACY_S) * 1e9 for _, mtime in folders):
        if len(_walks) > 32:
            _walks.clear()
        _walks[key] = (tuple(folders), tuple(files))
    return files


def _identity(node) -> str:
    try:
        return str(Path(os.fspath(node)).resolve())
    except TypeError:  # a Traversable inside a zip has no file system path
        return str(node)


def default_rule_files() -> list[RuleFile]:
    """The installed rules (listed through _walk_files, so once while their folders are unchanged)."""
    root = default_rules_root()
    try:
        base = _relative(os.fspath(root))
    except TypeError:
        base = str(root)
    return _walk_files(root, base)


def _relative(path: str) -> str:
    """The path relative to the working directory when it is below it (shorter error lines)."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if rel.startswith("..") else rel


def rule_files(paths: Sequence[str | os.PathLike] | None = None) -> list[RuleFile]:
    """Rule files under `paths` (files or directories), or the installed rules when None.

    Raises UsageError for a path that does not exist.
    """
    if paths is None:
        return default_rule_files()
    out: list[RuleFile] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out.extend(_walk_files(path, str(path).rstrip("/")))
        elif path.is_file():
            out.append(RuleFile(str(path), str(path.resolve()), path.stem, path))
        else:
            raise UsageError(f"{p}: no such rule file or directory")
    seen: set[str] = set()
    unique = []
    for f in out:
        if f.key not in seen:
            seen.add(f.key)
            unique.append(f)
    return unique


# --- the remedy library ------------------------------------------------------------------------

_library_by_folder: dict[str, Path] = {}  # a rule folder -> the _library.yaml found for it


def library_file_for(f: RuleFile) -> RuleFile | None:
    """The library a rule file uses: the nearest _library.yaml in its folder or above, else the
    installed package's (None when there is none at all)."""
    if isinstance(f.resource, Path):
        found = _nearest_library(os.path.dirname(os.path.abspath(f.resource)))
        if found is not None:
            return RuleFile(_relative(str(found)), str(found), found.stem, found)
    try:
        node = default_rules_root() / LIBRARY_FILE
        if not node.is_file():
            return None
    except (ModuleNotFoundError, OSError):
        return None
    try:
        display = _relative(os.fspath(node))
    except TypeError:
        display = str(node)
    return RuleFile(display, _identity(node), node.name, node)


def _nearest_library(folder: str) -> Path | None:
    # Remembered per folder (every evaluation reloads the rule set's fingerprint), and checked
    # again with one stat so a deleted library is noticed.
    known = _library_by_folder.get(folder)
    if known is not None and known.is_file():
        return known
    path = Path(folder)
    for candidate in (path / LIBRARY_FILE, *(p / LIBRARY_FILE for p in path.parents)):
        if candidate.is_file():
            _library_by_folder[folder] = candidate
            return candidate
    return None


def parse_library_file(f: RuleFile, errors: list[str]) -> Library:
    found: list[tuple[int, str]] = []
    lib = Library(f.display)
    try:
        data, duplicates = load_yaml_with_lines(f.read_text())
        for line, msg in duplicates:
            found.append((line, msg))
        lib = check_library(data, f.display, lambda line, msg: found.append((line, msg)))
    except (OSError, UnicodeDecodeError) as e:
        found.append((1, f"cannot read: {getattr(e, 'strerror', None) or e}"))
    except YamlError as e:
        found.append((e.line, e.message))
    found.sort(key=lambda x: x[0])
    errors.extend(f"{f.display}:{line}: {msg}" for line, msg in found)
    return lib


# --- checking --------------------------------------------------------------------------------

def parse_rule_file(f: RuleFile, errors: list[str], library: Library | None = None) -> list[Rule]:
    """The rules one file holds: one rule, or the derive rules a differential file expands into
    (engine/differential.py); none when the file has errors."""
    found: list[tuple[int, str]] = []
    try:
        return _parse_rule_file(f, lambda line, msg: found.append((line, msg)), library)
    finally:
        found.sort(key=lambda x: x[0])  # in file order, whatever order the checks ran in
        errors.extend(f"{f.display}:{line}: {msg}" for line, msg in found)


def _parse_rule_file(f: RuleFile, report, library: Library | None = None) -> list[Rule]:
    try:
        text = f.read_text()
    except (OSError, UnicodeDecodeError) as e:
        report(1, f"cannot read: {getattr(e, 'strerror', None) or e}")
        return []
    try:
        data, duplicates = load_yaml_with_lines(text)
    except YamlError as e:
        report(e.line, e.message)
        return []
    for line, msg in duplicates:
        report(line, msg)
    if is_differential(data):
        _, rules = check_differential(data, f.display, f.stem, report, library)
    else:
        rule = check_rule(data, f.display, f.stem, report, library)
        rules = [rule] if rule is not None else []
    return rules if not duplicates else []


def _libraries(files: list[RuleFile], errors: list[str]) -> dict[str, Library | None]:
    """Each rule file's library (by the rule file's key); each library checked once, its
    errors reported once."""
    by_library: dict[str, Library] = {}
    out: dict[str, Library | None] = {}
    for f in files:
        lf = library_file_for(f)
        if lf is None:
            out[f.key] = None
            continue
        if lf.key not in by_library:
            by_library[lf.key] = parse_library_file(lf, errors)
        out[f.key] = by_library[lf.key]
    return out


def check_set(rules: list[Rule], errors: list[str], extra_providers: dict[str, list[str]] | None = None
              ) -> tuple[tuple[Rule, ...], ...]:
    """Set-wide checks; returns the strata (empty when a cycle makes them impossible)."""
    first: dict[str, Rule] = {}
    for r in rules:
        if r.id in first:
            errors.append(f"{r.path}:{r.line_of('id')}: duplicate id {r.id!r} (also in {first[r.id].path})")
        else:
            first[r.id] = r
    providers: dict[str, list[Rule]] = {}
    for r in rules:
        for name in r.derive:
            providers.setdefault(name, []).append(r)
    for name, rs in providers.items():
        values = {repr(r.derive[name]) for r in rs}
        if len(values) > 1:
            r = rs[-1]
            errors.append(f"{r.path}:{r.line_of('derive')}: {name} is derived with different values by "
                          f"{', '.join(x.id for x in rs)}; give each value its own derived fact")
    extra = extra_providers or {}
    for r in rules:
        for name, line in sorted(r.uses_derived().items()):
            if name not in providers and name not in extra:
                errors.append(f"{r.path}:{line}: no rule derives {name} (a rule with derive: {{{name}: ...}})")
    return order_strata(rules, providers, errors)


def order_strata(rules: list[Rule], providers: dict[str, list[Rule]], errors: list[str]
                 ) -> tuple[tuple[Rule, ...], ...]:
    """Stratum of a rule = 0 when it reads no derived fact, else 1 + its providers' highest.

    Derive rules of stratum k run before the rules that read their facts. A cycle (a rule
    reading, through derived facts, what it derives itself) is reported as an error.
    """
    level: dict[str, int] = {}
    state: dict[str, int] = {}  # 1 visiting, 2 done
    by_id = {r.id: r for r in rules}

    def visit(r: Rule, chain: list[str]) -> int:
        if state.get(r.id) == 2:
            return level[r.id]
        if state.get(r.id) == 1:
            cycle = chain[chain.index(r.id):] + [r.id]
            errors.append(f"{r.path}:{r.line_of('when')}: derive cycle: {' -> '.join(cycle)}")
            raise _Cycle()
        state[r.id] = 1
        lvl = 0
        for name in sorted(r.reads_derived()):
            for p in providers.get(name, []):
                lvl = max(lvl, visit(p, chain + [r.id, name]) + 1)
        state[r.id] = 2
        level[r.id] = lvl
        return lvl

    try:
        for r in rules:
            visit(by_id[r.id], [])
    except _Cycle:
        return ()
    depth = max(level.values(), default=-1) + 1
    return tuple(tuple(r for r in rules if level[r.id] == k) for k in range(depth))


class _Cycle(Exception):
    pass


_derives_cache: dict[tuple, list[tuple[str, str, tuple[str, ...]]]] = {}


def _installed_providers(exclude: set[str], context: str | os.PathLike | None = None) -> dict[str, list[str]]:
    """derived.* names that the other rules derive (context when linting single files): the
    rules under `context`, or the installed rules."""
    out: dict[str, list[str]] = {}
    try:
        files = rule_files([context]) if context is not None else default_rule_files()
    except (ModuleNotFoundError, OSError, UsageError):
        return out
    # Parsed once per state of the installed files: linting many files one by one (an editor,
    # the tests) would otherwise re-check every installed rule each time.
    key = _fingerprint(files)
    with _cache_lock:
        derives = _derives_cache.get(key)
    if derives is None:
        libraries = _libraries(files, [])
        derives = []
        for f in files:
            for rule in parse_rule_file(f, [], libraries[f.key]):
                derives.append((f.key, rule.id, tuple(rule.derive)))
        with _cache_lock:
            if len(_derives_cache) > 8:
                _derives_cache.clear()
            _derives_cache[key] = derives
    for file_key, rule_id, names in derives:
        if file_key not in exclude:
            for name in names:
                out.setdefault(name, []).append(rule_id)
    return out


def check_files(files: list[RuleFile], context_from_installed: bool = False,
                context: str | os.PathLike | None = None) -> tuple[list[Rule], list[str], tuple]:
    errors: list[str] = []
    libraries = _libraries(files, errors)
    rules = [r for f in files for r in parse_rule_file(f, errors, libraries[f.key])]
    _check_question_ids(rules, errors)
    extra = _installed_providers({f.key for f in files}, context) if context_from_installed else None
    strata = check_set(rules, errors, extra)
    return rules, errors, strata


def _check_question_ids(rules: list[Rule], errors: list[str]) -> None:
    """`--answer ID=...` names a question by its id alone: two differentials may share a
    question only when it is the same question (the same command or choices, fact and parser)."""
    seen: dict[str, tuple] = {}
    for dx in {r.differential.id: r.differential for r in rules if r.differential is not None}.values():
        for q in dx.questions:
            same = (q.sets, q.command, q.parse, tuple(c.value for c in q.choices))
            first = seen.setdefault(q.id, (same, dx.path))
            if first[0] != same:
                errors.append(f"{dx.path}:{q.line}: question {q.id!r} differs from the one of the same id in"
                              f" {first[1]}; give it another id")


# --- public entry points (re-exported by gpufix.engine.api) -----------------------------------

_cache: dict[tuple, RuleSet] = {}
_cache_lock = threading.Lock()


def _fingerprint(files: list[RuleFile]) -> tuple:
    out = []
    # A file's library depends only on its folder: looked up once a folder, not once a file.
    by_folder: dict[Any, RuleFile | None] = {}
    libraries: dict[str, RuleFile] = {}
    for f in files:
        folder = os.path.dirname(os.path.abspath(f.resource)) if isinstance(f.resource, Path) else None
        if folder not in by_folder:
            by_folder[folder] = library_file_for(f)
        lf = by_folder[folder]
        if lf is not None:
            libraries[lf.key] = lf
    for f in files + list(libraries.values()):
        try:
            st = os.stat(os.fspath(f.resource))
            out.append((f.key, st.st_mtime_ns, st.st_size))
        except TypeError:
            out.append((f.key, 0, 0))
    return tuple(out)


def load_rules(paths: Sequence[str | os.PathLike] | None = None) -> RuleSet:
    """The checked rule set (installed rules when paths is None); cached until files change.

    Raises RuleLoadError (one line) when any rule has an error.
    """
    files = rule_files(paths)
    key = (None if paths is None else tuple(map(str, paths)), _fingerprint(files))
    with _cache_lock:
        hit = _cache.get(key)
    if hit is not None:
        return hit
    rules, errors, strata, extras = _checked(files)
    if errors:
        raise RuleLoadError(errors)
    ruleset = RuleSet(tuple(rules), strata, tuple(f.display for f in files))
    ruleset._cache.update(extras)  # compiled form and scan plan, built with the check or stored with it
    with _cache_lock:
        if len(_cache) > 32:
            _cache.clear()
        _cache[key] = ruleset
    return ruleset


def _checked(files: list[RuleFile]) -> tuple[list[Rule], list[str], tuple, dict]:
    """check_files(files) and the compiled extras, or a clean result stored by an earlier run
    (engine/ruleset_cache.py)."""
    by_folder: dict[Any, RuleFile | None] = {}  # a file's library depends only on its folder
    for f in files:
        folder = os.path.dirname(os.path.abspath(f.resource)) if isinstance(f.resource, Path) else None
        if folder not in by_folder:
            by_folder[folder] = library_file_for(f)
    libraries = {lf.key: lf for lf in by_folder.values() if lf is not None}
    try:
        texts = [(f.display, f.read_text()) for f in files + list(libraries.values())]
    except (OSError, UnicodeDecodeError):
        return (*check_files(files), {})  # reports the unreadable file
    rules, errors, strata, extras = ruleset_cache.cached_check(texts, lambda: check_files(files))
    return list(rules), errors, tuple(strata), extras


RulesArg = Union[RuleSet, str, os.PathLike, Sequence[Union[str, os.PathLike]], None]


def resolve_rules(rules: RulesArg = None) -> RuleSet:
    """A RuleSet from a RuleSet, a path, a list of paths, or None (the installed rules)."""
    if rules is None:
        return load_rules()
    if isinstance(rules, RuleSet):
        return rules
    if isinstance(rules, (str, os.PathLike)):
        return load_rules([rules])
    return load_rules(list(rules))


def lint(paths: Sequence[str | os.PathLike] | None = None, context: str | os.PathLike | None = None) -> list[str]:
    """Every problem in the rules under `paths` (installed rules when None), as file:line: message.

    Single files are checked against the derived facts of the rules under `context` (a rules
    directory; default: the installed rules)."""
    files = rule_files(paths)
    _, errors, _ = check_files(files, context_from_installed=paths is not None, context=context)
    return errors
