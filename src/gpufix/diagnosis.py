"""What the engine returns: diagnoses with evidence and ordered remedies (plain data)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Step:
    text: str
    # The command as an argument list, already templated from facts; None for manual steps.
    command: tuple[str, ...] | None = None
    # What to check after the step: "cuda-alloc", "mnist", or "fact:<name>" (re-probe it).
    verify: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "command": list(self.command) if self.command else None,
                "verify": list(self.verify)}


@dataclass(frozen=True)
class Remedy:
    title: str
    steps: tuple[Step, ...]

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "steps": [s.to_json() for s in self.steps]}


@dataclass(frozen=True)
class Diagnosis:
    id: str
    title: str
    severity: str  # error, warning, info
    kind: str  # setup or code
    explanation: str
    evidence: dict[str, Any] = field(default_factory=dict)  # fact name (or match.*) -> value
    remedies: tuple[Remedy, ...] = ()
    specificity: int = 0  # number of conditions that held; breaks severity ties
    references: tuple[str, ...] = ()
    # Where each evidence fact came from (gpufix.facts.Fact.provenance): "probe torch", "log line 3"...
    evidence_from: dict[str, str] = field(default_factory=dict)
    # Which machine it is about when a pasted log's machine is analysed apart (gpufix.core.machines):
    # "this" (the probes) or "log" (the log alone); "" when there is one analysis.
    machine: str = ""

    def to_json(self) -> dict[str, Any]:
        out = {"id": self.id, "title": self.title, "severity": self.severity, "kind": self.kind,
               "explanation": self.explanation, "evidence": self.evidence,
               "evidence_from": dict(self.evidence_from),
               "remedies": [r.to_json() for r in self.remedies], "references": list(self.references)}
        if self.machine:
            out["machine"] = self.machine
        return out


def sort_diagnoses(diags: list[Diagnosis]) -> list[Diagnosis]:
    return sorted(diags, key=lambda d: (SEVERITY_ORDER.get(d.severity, 9), -d.specificity, d.id))


def overall_status(diagnoses: Sequence[Diagnosis]) -> str:
    sev = {d.severity for d in diagnoses}
    return "error" if "error" in sev else "warning" if "warning" in sev else "ok"


def exit_code_for(diagnoses: Sequence[Diagnosis]) -> int:
    """0 unless an error-severity diagnosis exists: warnings alone must not fail CI."""
    return 1 if overall_status(diagnoses) == "error" else 0
