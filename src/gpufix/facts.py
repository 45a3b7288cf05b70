"""The fact base: typed, namespaced facts with their provenance.

A fact is what gpufix knows about one thing (``driver.version``, ``torch.build``...).
Three states are kept apart on purpose:

* ``ok``      - the probe ran and found a value;
* ``absent``  - the probe ran and the thing is not there (no nvcc, no NVIDIA driver);
* ``unknown`` - the probe could not tell (timed out, crashed, printed garbage);
  ``reason`` says why.

Rules treat ``absent`` as a finding and ``unknown`` as "no evidence either way".
"""
from __future__ import annotations

from dataclasses import field
from typing import Any, Iterable, Iterator, Literal

from gpufix.fact_catalog import rank
from gpufix.records import record

FactStatus = Literal["ok", "absent", "unknown"]


@record(frozen=True)
class Fact:
    """One fact about the machine (or a log's machine), with where it came from."""

    name: str
    value: Any = None
    status: FactStatus = "ok"
    source: str = ""  # probe name ("nvidia-smi", "torch"...), "log", "user", "derived"
    evidence: str = ""  # the raw text the value was read from (a line, a snippet)
    reason: str = ""  # for absent/unknown: why
    origin: str = "probe"  # one of gpufix.fact_catalog.ORIGINS
    line: int | None = None  # origin "log": the log's line (1-based, counting \n) that states it

    @property
    def provenance(self) -> str:
        """Where the fact came from, in a few words: "probe torch", "log line 3", "user --fact",
        "derived knowledge", "derived rule X from log line 4". The same words in JSON (`from`), the text report and the TUI."""
        if self.origin == "log":
            return f"log line {self.line}" if self.line else "log"
        if self.origin == "derived":
            who = self.source[5:] if self.source.startswith("rule:") else self.source
            # a rule's conclusion from the pasted log names the line it rests on: the reader can check the words
            on_log = f" from log line {self.line}" if self.line and self.source.startswith("rule:") else ""
            return f"derived {'rule ' + who if self.source.startswith('rule:') else who}{on_log}".strip()
        if self.origin == "user":
            if self.evidence.startswith("answer to "):  # gpufix.core.questions: --answer, the TUI's questions
                return "user --answer"
            return f"user {self.source}".strip() if self.source not in ("", "user") else "user --fact"
        return f"probe {self.source}".strip()

    @property
    def known(self) -> bool:
        return self.status == "ok"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": self.value, "status": self.status, "source": self.source}
        if self.evidence:
            out["evidence"] = self.evidence
        if self.reason:
            out["reason"] = self.reason
        if self.origin != "probe":
            out["origin"] = self.origin
        if self.line is not None:
            out["line"] = self.line
        return out


def ok(name: str, value: Any, source: str, evidence: str = "", origin: str = "probe",
       line: int | None = None) -> Fact:
    return Fact(name, value, "ok", source, evidence, "", origin, line)


def absent(name: str, source: str, reason: str = "", evidence: str = "", origin: str = "probe",
           line: int | None = None) -> Fact:
    return Fact(name, None, "absent", source, evidence, reason, origin, line)


def unknown(name: str, source: str, reason: str, origin: str = "probe") -> Fact:
    return Fact(name, None, "unknown", source, "", reason, origin)


@record
class FactBase:
    """A mapping from fact name to :class:`Fact`, merging sources by each fact's catalog precedence."""

    _facts: dict[str, Fact] = field(default_factory=dict)

    def add(self, fact: Fact) -> None:
        """Add a fact; a known value beats an unknown one, then the catalog's precedence decides."""
        old = self._facts.get(fact.name)
        if old is None or _beats(fact, old):
            self._facts[fact.name] = fact

    def extend(self, facts: Iterable[Fact]) -> None:
        for f in facts:
            self.add(f)

    def get(self, name: str) -> Fact | None:
        return self._facts.get(name)

    def value(self, name: str, default: Any = None) -> Any:
        f = self._facts.get(name)
        return f.value if f is not None and f.status == "ok" else default

    def status(self, name: str) -> FactStatus | None:
        f = self._facts.get(name)
        return f.status if f is not None else None

    def names(self) -> list[str]:
        return sorted(self._facts)

    def __contains__(self, name: object) -> bool:
        return name in self._facts

    def __iter__(self) -> Iterator[Fact]:
        return iter(self._facts[n] for n in sorted(self._facts))

    def __len__(self) -> int:
        return len(self._facts)

    def copy(self) -> "FactBase":
        return FactBase(dict(self._facts))

    def to_json(self) -> dict[str, dict[str, Any]]:
        return {n: self._facts[n].to_json() for n in sorted(self._facts)}


def _beats(new: Fact, old: Fact) -> bool:
    # A probe that failed must not hide a value another source did find.
    if new.status == "unknown" and old.status != "unknown":
        return False
    if old.status == "unknown" and new.status != "unknown":
        return True
    # Between sources of one kind, one that found the thing beats one that did not
    # (nvidia-smi missing from PATH while NVML reads the driver), whatever order they finish in.
    if new.origin == old.origin and new.status == "absent" and old.status == "ok":
        return False
    # Equal standing (the same producer twice): the later statement wins.
    return rank(new.name, new.source, new.origin) >= rank(old.name, old.source, old.origin)
