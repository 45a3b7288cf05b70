"""Safe YAML loading that remembers line numbers, so rule errors read `file:line: message`.

PyYAML's safe constructors build plain dicts and lists and forget where things were; here
mappings and sequences become `LineDict`/`LineList` (still a dict and a list) that carry
the line of the node and of each key or item. Duplicate keys, which PyYAML silently
accepts (the last one wins), are recorded as errors: in a rule they are always a mistake.

A text parsed once is read back from gpufix.parse_cache (JSON, lines included) on later runs,
so a run whose rule files did not change never imports yaml.
"""
from __future__ import annotations

import functools
from typing import Any

from gpufix.parse_cache import cached_parse


class LineDict(dict):
    """A mapping from YAML, with `line` (its own) and `lines[key]` (where each key is)."""

    line: int = 0
    lines: dict

    def line_of(self, key: Any) -> int:
        return self.lines.get(key, self.line)


class LineList(list):
    """A sequence from YAML, with `line` and `lines[i]` (where each item is)."""

    line: int = 0
    lines: list

    def line_of(self, index: int) -> int:
        return self.lines[index] if 0 <= index < len(self.lines) else self.line


@functools.lru_cache(maxsize=None)
def _loader_class() -> type:
    """The line-keeping SafeLoader, built on first use (importing yaml is start-up time)."""
    import yaml  # lazy: start-up (cached texts never need it)

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when libyaml is there

    class _Loader(base):  # type: ignore[misc, valid-type]
        """SafeLoader (only plain data, never objects) that builds LineDict/LineList."""

        def __init__(self, stream: Any) -> None:
            super().__init__(stream)
            self.duplicate_keys: list[tuple[int, str]] = []

    def construct_mapping(loader: Any, node: Any) -> LineDict:
        loader.flatten_mapping(node)  # merge keys (<<) as SafeLoader does
        out = LineDict()
        out.line = node.start_mark.line + 1
        out.lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                key = str(key)
            line = key_node.start_mark.line + 1
            if key in out:
                loader.duplicate_keys.append((line, f"duplicate key {key!r} (first at line {out.lines[key]})"))
            out[key] = loader.construct_object(value_node, deep=True)
            out.lines.setdefault(key, line)
        return out

    def construct_sequence(loader: Any, node: Any) -> LineList:
        out = LineList(loader.construct_object(child, deep=True) for child in node.value)
        out.line = node.start_mark.line + 1
        out.lines = [child.start_mark.line + 1 for child in node.value]
        return out

    _Loader.add_constructor("tag:yaml.org,2002:map", construct_mapping)
    _Loader.add_constructor("tag:yaml.org,2002:seq", construct_sequence)
    return _Loader


class YamlError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def load_yaml_with_lines(text: str) -> tuple[Any, list[tuple[int, str]]]:
    """Parse one YAML document; returns (data, [(line, duplicate-key message)]).

    Raises YamlError (with the line) for text that is not YAML or holds several documents.
    """
    return cached_parse(text, "yaml-lines", _parse, _encode_parsed, _decode_parsed)


MAX_TEXT = 1024 * 1024  # characters: the largest shipped rule or table file is ~60 KB


def _parse(text: str) -> tuple[Any, list[tuple[int, str]]]:
    import yaml  # lazy: start-up (cached texts never need it)

    if len(text) > MAX_TEXT:
        raise YamlError(1, f"{len(text)} characters: gpufix reads YAML files of at most 1 MB")
    loader = _loader_class()(text)
    try:
        _refuse_aliases(text, yaml)
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise YamlError(line, f"not valid YAML: {e.problem or e.context}") from e
    except yaml.YAMLError as e:
        raise YamlError(1, f"not valid YAML: {e}") from e
    finally:
        loader.dispose()
    return data, loader.duplicate_keys


def _refuse_aliases(text: str, yaml: Any) -> None:
    """An alias (*name) is refused where it stands: a few hundred bytes of nested aliases expand
    to billions of nodes (an alias bomb), and gpufix's files never need one."""
    if "*" not in text:  # no alias without a star: most files skip the scan
        return
    for token in yaml.scan(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        if isinstance(token, yaml.AliasToken):
            raise YamlError(token.start_mark.line + 1,
                            f"YAML alias *{token.value} is not allowed in gpufix files (write the value out)")


def line_of(obj: Any, key: Any = None, default: int = 0) -> int:
    """The line of `obj` (or of `obj[key]`), for any value: plain values have none."""
    if isinstance(obj, (LineDict, LineList)):
        return obj.line_of(key) if key is not None else obj.line
    return default


# --- the cached form: JSON that keeps lines and key types ------------------------------------
# A mapping is {"m": [[key, value]...], "l": line, "k": [key lines]}, a sequence {"s": [...],
# "l": line, "k": [item lines]}; scalars stay as they are (a JSON object is always a container,
# so nothing is ambiguous). A value JSON cannot hold (a date, binary) raises TypeError: that
# text is then not cached.
_SCALARS = (str, int, float, bool, type(None))


def _encode(obj: Any) -> Any:
    if isinstance(obj, dict):
        lines = getattr(obj, "lines", {})
        for k in obj:
            if not isinstance(k, _SCALARS):
                raise TypeError(f"key {k!r}")
        return {"m": [[k, _encode(v)] for k, v in obj.items()], "l": getattr(obj, "line", 0),
                "k": [lines.get(k, 0) for k in obj]}
    if isinstance(obj, list):
        return {"s": [_encode(v) for v in obj], "l": getattr(obj, "line", 0), "k": list(getattr(obj, "lines", []))}
    if isinstance(obj, _SCALARS):
        return obj
    raise TypeError(f"not JSON: {type(obj).__name__}")


def _decode(doc: Any) -> Any:
    if isinstance(doc, dict):
        if "m" in doc:
            out = LineDict((k, _decode(v)) for k, v in doc["m"])
            out.line, out.lines = doc["l"], {k: ln for (k, _), ln in zip(doc["m"], doc["k"])}
            return out
        seq = LineList(_decode(v) for v in doc["s"])
        seq.line, seq.lines = doc["l"], list(doc["k"])
        return seq
    return doc


def _encode_parsed(parsed: tuple[Any, list[tuple[int, str]]]) -> Any:
    data, duplicates = parsed
    return {"data": _encode(data), "duplicates": [[line, msg] for line, msg in duplicates]}


def _decode_parsed(doc: Any) -> tuple[Any, list[tuple[int, str]]]:
    return _decode(doc["data"]), [(int(line), str(msg)) for line, msg in doc["duplicates"]]
