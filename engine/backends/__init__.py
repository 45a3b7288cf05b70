"""Rule engines behind one interface, and the choice of the one that runs.

A backend runs one compiled stratum (engine/compile.py: its `alternatives`, plain tests of
message properties) over the message values the evaluator computed, and returns the names
of the alternatives that held. Two real engines implement it:

    durable   durable-rules 2.0.28 (engine/durable_host.py): the default wherever it imports
    clips     CLIPS through clipspy (backends/clips.py): binary wheels for every platform,
              used where durable-rules cannot run (Windows without MSVC, Python >= 3.13,
              no C compiler)

`GPUFIX_ENGINE=durable|clips` forces one. Without it, durable-rules is used when it imports,
else CLIPS, and the selection carries one line saying why (shown by `--text`).
Both engines must fire exactly the same alternatives: tests/engine/test_backends.py runs
every fixture through both and the semantics tests run on each.
"""
from __future__ import annotations

import os
import threading
from typing import Any, Mapping, Protocol

from gpufix.engine.compile import Stratum
from gpufix.errors import EngineError, EngineUnavailable
from gpufix.records import record

ENV_VAR = "GPUFIX_ENGINE"
DEFAULT_ORDER = ("durable", "clips")  # the first that is available runs


class Backend(Protocol):
    """What the evaluator needs from a rule engine."""

    name: str  # the GPUFIX_ENGINE value and the JSON `engine.backend`
    label: str  # what a user reads ("durable-rules", "CLIPS")

    def available(self) -> bool:
        """True when the engine imports here (the result is cached)."""
        ...

    def unavailable_reason(self) -> str:
        """Why it cannot run here, short (e.g. "durable-rules is not installed")."""
        ...

    def install_hint(self) -> str:
        """The one-line error when this engine is required but cannot run."""
        ...

    def run(self, stratum: Stratum, values: dict[str, Any]) -> list[str]:
        """The names of the stratum's alternatives that hold for these message values."""
        ...


class EngineChoiceError(EngineError):
    """GPUFIX_ENGINE names no backend."""


@record(frozen=True)
class Selection:
    """The engine that will run, and why when it is not the default."""

    backend: Backend
    note: str | None = None  # one line for the text report when the default could not run
    why: str | None = None  # the note's reason alone (the report words the rest in the user's language)


_lock = threading.Lock()
_backends: dict[str, Backend] = {}


def backend(name: str) -> Backend:
    """The backend called `name` (durable | clips); its engine is imported only when used."""
    with _lock:
        if name not in _backends:
            if name == "durable":
                from gpufix.engine.backends.durable import DurableBackend  # lazy: only the engine in use loads

                _backends[name] = DurableBackend()
            elif name == "clips":
                from gpufix.engine.backends.clips import ClipsBackend  # lazy: only the engine in use loads

                _backends[name] = ClipsBackend()
            else:
                raise EngineChoiceError(f"{ENV_VAR}={name!r} names no rule engine (use one of: "
                                        f"{', '.join(DEFAULT_ORDER)})")
        return _backends[name]


def select(environ: Mapping[str, str] | None = None) -> Selection:
    """The backend to run: forced by GPUFIX_ENGINE, else the first available in DEFAULT_ORDER."""
    env = os.environ if environ is None else environ
    forced = env.get(ENV_VAR, "").strip().lower()
    if forced:
        chosen = backend(forced)
        if not chosen.available():
            raise EngineUnavailable(f"{ENV_VAR}={forced}: {chosen.install_hint()}")
        return Selection(chosen)
    skipped: list[Backend] = []
    for name in DEFAULT_ORDER:
        candidate = backend(name)
        if candidate.available():
            note = None
            if skipped:
                why = "; ".join(b.unavailable_reason() for b in skipped)
                note = f"Rule engine: {candidate.label} ({why})"
                return Selection(candidate, note, why)
            return Selection(candidate, note)
        skipped.append(candidate)
    raise EngineUnavailable("no rule engine can run here: "
                            + "; ".join(f"{b.unavailable_reason()}" for b in skipped)
                            + f". Install one: {skipped[-1].install_hint()}")


__all__ = ["Backend", "DEFAULT_ORDER", "ENV_VAR", "EngineChoiceError", "EngineError", "EngineUnavailable",
           "Selection", "backend", "select"]
