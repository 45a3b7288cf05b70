"""`{fact.name}` templates in rule text and commands, and picking a command for this machine.

Text templates fill from any fact (a value that is not known reads "unknown"). A text may mark
optional segments `[[ ... ]]`: a segment is left out when a fact named directly in it is not
known, so a missing fact drops its whole phrase instead of printing "unknown" (see
parse_text / fill_text; docs/rules.md "Optional segments"). Commands are argument lists, never
shell strings; they fill only from facts gpufix found itself (see COMMAND_ORIGINS), and a
command with an unfilled template is dropped so the step stays text ([[ ]] has no meaning in a
command). An argument that is exactly one template of a list fact (`"{recommend.pip_command}"`)
expands into that many arguments.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Iterable, Mapping, Sequence, Union

from gpufix.records import record

TEMPLATE = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_.\-]*)\}")
UNKNOWN_TEXT = "unknown"

# Text tokens: an escaped bracket pair, a segment bracket, a brace escape, a template.
_TEXT_TOKEN = re.compile(r"\\\[\[|\\\]\]|\[\[|\]\]|\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_.\-]*)\}")
_LITERAL_TOKENS = {"\\[[": "[[", "\\]]": "]]", "{{": "{", "}}": "}"}

PLATFORMS = ("linux", "windows", "macos", "any")
INSTALLERS = ("pip", "conda", "uv")
DEFAULT_INSTALLER = "default"  # a bare argument list under a platform

# Facts a command may be filled from: found by a probe of this machine, or computed by
# gpufix's knowledge base. Facts from a pasted log or typed by hand may describe another
# machine (or be crafted), and match.* groups are raw log text: never in a command.
COMMAND_ORIGINS = frozenset({"probe", "derived"})
COMMAND_FORBIDDEN_PREFIXES = ("match.", "log.")

Lookup = Callable[[str], Any]  # name -> value, or None when not known


def template_names(text: str) -> list[str]:
    return [m.group(1) for m in TEMPLATE.finditer(text) if m.group(1)]


def format_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ", ".join(format_value(v) for v in value)
    return str(value)


class TemplateError(ValueError):
    """A text whose [[ ]] segments do not parse (reported by the linter)."""


@record(frozen=True)
class Field:
    """A `{fact}` placeholder in a rule's text."""

    name: str


@record(frozen=True)
class Segment:
    """`[[ ... ]]`: its parts, and the facts named directly in it (not in nested segments)."""

    parts: tuple["Part", ...]
    names: tuple[str, ...]
    nested: bool  # it holds segments of its own


Part = Union[str, Field, Segment]


@lru_cache(maxsize=4096)
def parse_text(text: str) -> tuple[Part, ...]:
    """The text as literals, fields and optional segments; TemplateError when brackets do not pair."""
    stack: list[list[Part]] = [[]]
    opened: list[int] = []  # offsets of the open [[, for the error message
    pos = 0
    for m in _TEXT_TOKEN.finditer(text):
        if m.start() > pos:
            stack[-1].append(text[pos:m.start()])
        tok = m.group(0)
        if m.group(1):
            stack[-1].append(Field(m.group(1)))
        elif tok in _LITERAL_TOKENS:
            stack[-1].append(_LITERAL_TOKENS[tok])
        elif tok == "[[":
            stack.append([])
            opened.append(m.start())
        else:  # "]]"
            if len(stack) == 1:
                raise TemplateError(f"']]' at {_where(text, m.start())} closes no '[['"
                                    " (write \\]] for literal brackets)")
            parts = stack.pop()
            start = opened.pop()
            seg = _segment(parts)
            if not seg.names and not seg.nested:
                raise TemplateError(f"the optional segment at {_where(text, start)} names no fact:"
                                    " [[ ]] is dropped only when a {fact} inside it is not known")
            stack[-1].append(seg)
        pos = m.end()
    if len(stack) > 1:
        raise TemplateError(f"'[[' at {_where(text, opened[-1])} is not closed with ']]'"
                            " (write \\[[ for literal brackets)")
    if pos < len(text):
        stack[0].append(text[pos:])
    return tuple(stack[0])


def _segment(parts: list[Part]) -> Segment:
    names = tuple(dict.fromkeys(p.name for p in parts if isinstance(p, Field)))
    return Segment(tuple(parts), names, any(isinstance(p, Segment) for p in parts))


def _where(text: str, offset: int) -> str:
    snippet = text[offset:offset + 24].replace("\n", " ")
    return f"character {offset + 1} ({snippet!r}{'...' if len(text) > offset + 24 else ''})"


def text_problem(text: str) -> str | None:
    """Why the text's [[ ]] segments are malformed, or None."""
    try:
        parse_text(text)
    except TemplateError as e:
        return str(e)
    return None


def _missing(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, (list, tuple)) and len(value) == 0)


def fill_text(text: str, lookup: Lookup) -> str:
    """Fill the templates; drop each [[ segment ]] that names a fact that is not known.

    A fact outside any segment that is not known reads UNKNOWN_TEXT. A segment is dropped
    when one of the facts named directly in it is not known (None, "" or an empty list);
    a segment that names facts only in nested segments is dropped when all of those are.
    """
    try:
        parts = parse_text(text)
    except TemplateError:
        return TEMPLATE.sub(lambda m: _flat(m, lookup), text)  # the linter rejects such rules
    return _join(_render(parts, lookup)[0])


# Where a segment was dropped. Folded YAML puts a space on each side of a segment written on
# its own line, so several dropped in a row would leave a run of spaces ("none.    Here").
_DROPPED = object()


def is_cjk_mark(ch: str) -> bool:
    """CJK punctuation (、。「」), full-width forms (，：；（）！？) and curly quotes: Chinese writes no space after them."""
    return "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in "\u201c\u201d"


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or is_cjk_mark(ch)


_SPACE_RUNS = re.compile(r"( +)")


def unfold_cjk(text: str) -> str:
    """A Chinese text without the spaces YAML folding put between two Chinese characters or beside a mark.

    A folded (`>-`) text turns each line break into a space, which Chinese does not write
    ("跟踪）； 在此之前", "兼容）。 Linux"). Spaces between a Chinese character and Latin text
    ("torch 每个版本") are the author's and stay.
    """
    parts = _SPACE_RUNS.split(text)
    out = [parts[0]]
    for i in range(1, len(parts) - 1, 2):
        # an optional segment's brackets are not text: "。]] torch" joins as "。torch" would
        spaces, after = parts[i], parts[i + 1]
        b, a = out[-1].rstrip("[]"), after.lstrip("[]")
        joined = b and a and (_is_cjk(b[-1]) and _is_cjk(a[0]) or is_cjk_mark(b[-1]) or is_cjk_mark(a[0]))
        if not joined:
            out.append(spaces)
        out.append(after)
    return "".join(out)


def _join(pieces: Sequence[Any]) -> str:
    """The pieces as one text, with the spaces on both sides of dropped segments made one, and none
    after a Chinese mark ("……triton`。[[当前安装的 torch：…]] torch 2.3" reads "。torch 2.3")."""
    out: list[str] = []
    after_drop = False
    for p in pieces:
        if p is _DROPPED:
            after_drop = True
            continue
        if after_drop and p:
            before = out[-1][-1] if out else "\n"
            if before in " \n" or is_cjk_mark(before):
                p = p.lstrip(" ")
                if not p:
                    continue  # only spaces between two dropped segments: still after a drop
            after_drop = False
        out.append(p)
    text = "".join(out)
    return text.rstrip(" ") if after_drop else text


def _flat(m: re.Match, lookup: Lookup) -> str:
    if m.group(1) is None:
        return m.group(0)[0]
    value = lookup(m.group(1))
    return UNKNOWN_TEXT if value is None else format_value(value)


def _render(parts: Sequence[Part], lookup: Lookup) -> tuple[list[str], bool]:
    """(pieces, whether a nested segment was kept)."""
    out: list[str] = []
    kept_nested = False
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        elif isinstance(p, Field):
            value = lookup(p.name)
            out.append(UNKNOWN_TEXT if value is None else format_value(value))
        else:
            pieces = _render_segment(p, lookup)
            if pieces is not None:
                out.extend(pieces)
                kept_nested = True
            else:
                out.append(_DROPPED)
    return out, kept_nested


def _render_segment(seg: Segment, lookup: Lookup) -> list[str] | None:
    if any(_missing(lookup(n)) for n in seg.names):
        return None
    pieces, kept_nested = _render(seg.parts, lookup)
    if not seg.names and not kept_nested:
        return None  # only nested segments, all dropped: nothing of this one is left to say
    return pieces


def fill_command(argv: Sequence[str], lookup: Lookup) -> tuple[str, ...] | None:
    """The argument list with templates filled, or None if a template has no value."""
    out: list[str] = []
    for arg in argv:
        m = TEMPLATE.fullmatch(arg)
        if m and m.group(1):
            value = lookup(m.group(1))
            if value is None or value == [] or value == "":
                return None
            if isinstance(value, (list, tuple)):
                out.extend(format_value(v) for v in value)
            else:
                out.append(format_value(value))
            continue
        missing = False

        def sub(mm: re.Match) -> str:
            nonlocal missing
            if mm.group(1) is None:
                return mm.group(0)[0]
            value = lookup(mm.group(1))
            if value is None or value == "":
                missing = True
                return ""
            return ",".join(format_value(v) for v in value) if isinstance(value, (list, tuple)) else format_value(value)

        filled = TEMPLATE.sub(sub, arg)
        if missing:
            return None
        out.append(filled)
    return tuple(out)


def normalize_command(spec: Mapping[str, Any]) -> dict[str, dict[str, tuple[str, ...]]]:
    """{platform: {installer: argv}} from the YAML forms (already validated).

    `any: [...]`                       -> {"any": {"default": argv}}
    `linux: {pip: [...], conda: [...]}` -> {"linux": {"pip": ..., "conda": ...}}
    `conda: [...]` (installer on top)  -> {"any": {"conda": argv}}
    """
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for key, value in spec.items():
        if key in INSTALLERS:
            out.setdefault("any", {})[key] = tuple(value)
        elif isinstance(value, Mapping):
            out.setdefault(key, {}).update({k: tuple(v) for k, v in value.items()})
        else:
            out.setdefault(key, {})[DEFAULT_INSTALLER] = tuple(value)
    return out


def installer_order(python_env: Any, torch_installer: Any) -> tuple[str, ...]:
    """Which command variant to prefer: conda envs get the conda command when one is given."""
    if python_env == "conda":
        return ("conda", DEFAULT_INSTALLER, "pip")
    if torch_installer == "uv":
        return ("uv", DEFAULT_INSTALLER, "pip")
    return ("pip", DEFAULT_INSTALLER)


def select_command(command: Mapping[str, Mapping[str, Sequence[str]]], os_name: Any,
                   installers: Iterable[str]) -> Sequence[str] | None:
    """The argv template for this OS (else `any`) and installer, or None."""
    installers = tuple(installers)
    platforms = ([os_name] if isinstance(os_name, str) and os_name in PLATFORMS else []) + ["any"]
    for platform in platforms:
        variants = command.get(platform)
        if not variants:
            continue
        for inst in installers:
            if inst in variants:
                return variants[inst]
    return None
