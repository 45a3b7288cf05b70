"""`{fact.name}` templates in rule text and commands, and picking a command for this machine.

Text templates fill from any fact (a value that is not known reads "unknown"). Commands are
argument lists, never shell strings; they fill only from facts gpufix found itself (see
COMMAND_ORIGINS), and a command with an unfilled template is dropped so the step stays text.
An argument that is exactly one template of a list fact (`"{recommend.pip_command}"`)
expands into that many arguments.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Mapping, Sequence

TEMPLATE = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_.\-]*)\}")
UNKNOWN_TEXT = "unknown"

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


def fill_text(text: str, lookup: Lookup) -> str:
    def sub(m: re.Match) -> str:
        if m.group(1) is None:
            return m.group(0)[0]  # {{ -> {, }} -> }
        value = lookup(m.group(1))
        return UNKNOWN_TEXT if value is None else format_value(value)

    return TEMPLATE.sub(sub, text)


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
