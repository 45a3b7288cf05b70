"""What a probe is, and how it runs commands safely.

A probe has two halves kept apart so recordings can be replayed:

* ``collect(ctx) -> Raw``: touches the machine (runs a command, reads a file) and
  returns the raw text, keyed by file name (``nvcc.txt``...). Nothing is parsed here.
* ``parse(raw) -> list[Fact]``: a pure function of the raw text. The same function reads
  a live probe, a recorded fixture directory (``tests/fixtures/<case>/``) or a pasted log.

A probe that hangs, crashes or prints garbage costs only its own facts: the runner
catches everything and turns it into ``unknown`` facts with the reason.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import field
from typing import Callable, Mapping, Sequence

from gpufix.facts import Fact, unknown
from gpufix.probes import processes
from gpufix.records import record


def loads_json(text: str | bytes):  # noqa: ANN201 - any JSON value
    """json.loads for recorded or probed output: too deep a nesting (json's recursion limit) is a
    ValueError like any other malformed document, so the probe declines instead of crashing."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None

# Raw output of one probe: file name -> text. File names are the fixture file names.
Raw = dict[str, str]

# Phases: every static probe answers without importing torch (files, metadata, nvidia-smi,
# NVML, nvcc), so the first findings come in a fraction of the torch import; the dynamic
# phase imports torch in the target interpreter and confirms or adds to them.
STATIC, DYNAMIC = "static", "dynamic"
PHASES: tuple[str, ...] = (STATIC, DYNAMIC)


@record(frozen=True)
class ProbeContext:
    """What a probe may look at. Tests build one by hand."""

    python: str = sys.executable  # the target interpreter (--python)
    env: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    platform: str = sys.platform  # linux, win32, darwin
    timeout_scale: float = 1.0


class ProbeFailed(Exception):
    """Raised by collect() when the source could not be read; the message is the reason."""


class ProbeAbsent(Exception):
    """Raised by collect() when the thing probed is not there (no nvcc, no driver).

    The runner then parses an empty Raw, so parse({}) must return ``absent`` facts.
    """


@record(frozen=True)
class Probe:
    """A source of facts: how to collect its raw output and how to parse it."""

    name: str
    collect: Callable[[ProbeContext], Raw]
    parse: Callable[[Raw], list[Fact]]
    files: tuple[str, ...]  # the raw file names this probe may produce
    timeout: float  # seconds; nvidia-smi can take 30 s without persistence mode
    facts: tuple[str, ...] = ()  # fact names it produces, so a failure marks them unknown
    order: int = 50  # cheap sources first when results are shown
    phase: str = STATIC  # STATIC: never imports torch; DYNAMIC: imports it (in a subprocess)

    def failed_facts(self, reason: str) -> list[Fact]:
        return [unknown(n, self.name, reason) for n in self.facts]


@record(frozen=True)
class CommandResult:
    """What a command a probe ran returned."""

    argv: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str


def find_executable(name: str, ctx: ProbeContext, extra_dirs: Sequence[str] = ()) -> str | None:
    """Find `name` on the context's PATH, then in `extra_dirs` (OS-specific locations)."""
    found = shutil.which(name, path=ctx.env.get("PATH", os.defpath))
    if found:
        return found
    for d in extra_dirs:
        for candidate in (os.path.join(d, name), os.path.join(d, name + ".exe")):
            if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
                return candidate
    return None


def run_command(argv: Sequence[str], timeout: float, env: Mapping[str, str] | None = None,
                input_text: str | None = None) -> CommandResult:
    """Run an argument list (never a shell string) with a timeout; decode leniently.

    Raises ProbeFailed on a missing program or a timeout, so the runner records why.
    The command runs in its own process group (gpufix.probes.processes): on timeout the whole
    group is killed, and a child left holding stdout after the command exited does not turn an
    answer into "did not answer".
    """
    try:
        proc = processes.popen(argv, env, stdin=subprocess.PIPE if input_text is not None else subprocess.DEVNULL)
    except FileNotFoundError as e:
        raise ProbeFailed(f"{argv[0]} not found") from e
    except OSError as e:
        raise ProbeFailed(f"{os.path.basename(argv[0])} could not run: {e.strerror or e}") from e
    try:
        stdout, stderr = processes.communicate(proc, timeout, input_text.encode() if input_text is not None else None)
    except subprocess.TimeoutExpired as e:
        raise ProbeFailed(f"{os.path.basename(argv[0])} did not answer within {timeout:g} s") from e
    return CommandResult(tuple(argv), proc.returncode, _decode(stdout), _decode(stderr))


def _decode(data: bytes) -> str:
    # Windows consoles may answer in a code page; never let decoding crash a probe.
    for enc in ("utf-8", "mbcs" if sys.platform == "win32" else "latin-1"):
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", "replace")
