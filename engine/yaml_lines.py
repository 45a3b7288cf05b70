"""Safe YAML loading that remembers line numbers, so rule errors read `file:line: message`.

PyYAML's safe constructors build plain dicts and lists and forget where things were; here
mappings and sequences become `LineDict`/`LineList` (still a dict and a list) that carry
the line of the node and of each key or item. Duplicate keys, which PyYAML silently
accepts (the last one wins), are recorded as errors: in a rule they are always a mistake.
"""
from __future__ import annotations

from typing import Any

import yaml

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when libyaml is there


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


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """SafeLoader (only plain data, never objects) that builds LineDict/LineList."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self.duplicate_keys: list[tuple[int, str]] = []


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
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


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    out = LineList(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    out.lines = [child.start_mark.line + 1 for child in node.value]
    return out


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)


class YamlError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def load_yaml_with_lines(text: str) -> tuple[Any, list[tuple[int, str]]]:
    """Parse one YAML document; returns (data, [(line, duplicate-key message)]).

    Raises YamlError (with the line) for text that is not YAML or holds several documents.
    """
    loader = _Loader(text)
    try:
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


def line_of(obj: Any, key: Any = None, default: int = 0) -> int:
    """The line of `obj` (or of `obj[key]`), for any value: plain values have none."""
    if isinstance(obj, (LineDict, LineList)):
        return obj.line_of(key) if key is not None else obj.line
    return default
