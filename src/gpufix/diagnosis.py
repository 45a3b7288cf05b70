"""What the engine returns: diagnoses with evidence and ordered remedies (plain data)."""
from __future__ import annotations

from dataclasses import field
from typing import Any, Sequence

from gpufix.errors import EXIT_ERROR_FOUND, EXIT_OK, EXIT_UNDIAGNOSED
from gpufix.records import record

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@record(frozen=True)
class Step:
    """One step of a remedy, ready to show or run."""

    text: str
    # The command as an argument list, already templated from facts; None for manual steps.
    command: tuple[str, ...] | None = None
    # What to check after the step: "cuda-alloc", "mnist", or "fact:<name>" (re-probe it).
    verify: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "command": list(self.command) if self.command else None,
                "verify": list(self.verify)}


@record(frozen=True)
class Remedy:
    """A way to fix a finding: a title and its steps."""

    title: str
    steps: tuple[Step, ...]

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "steps": [s.to_json() for s in self.steps]}


@record(frozen=True)
class Diagnosis:
    """A finding: what a fired rule says, with its evidence and remedies."""

    id: str
    title: str
    severity: str  # error, warning, info
    kind: str  # setup or code
    explanation: str
    evidence: dict[str, Any] = field(default_factory=dict)  # fact name (or match.*) -> value
    remedies: tuple[Remedy, ...] = ()
    specificity: int = 0  # number of conditions that held; breaks severity ties
    # True when every alternative that held rests on a base rate (a derived fact named *_likely*: "a CPU build is
    # likely"), not on evidence: ranks after the same severity's findings shown by evidence (docs/rules.md).
    base_rate: bool = False
    references: tuple[str, ...] = ()
    # Where each evidence fact came from (gpufix.facts.Fact.provenance): "probe torch", "log line 3"...
    evidence_from: dict[str, str] = field(default_factory=dict)
    # Which machine it is about when a pasted log's machine is analysed apart (gpufix.core.machines):
    # "this" (the probes) or "log" (the log alone); "" when there is one analysis.
    machine: str = ""
    # True when a derived fact a held condition reads was concluded from the pasted log (engine.evaluate.log_line_behind:
    # "How could I switch to GPU mode?" -> the GPU goes unused -> a CPU build is likely): the finding rests on the log
    # even with no log line among its evidence (gpufix.remedy.plan.basis_of).
    derived_from_log: bool = False

    def to_json(self) -> dict[str, Any]:
        out = {"id": self.id, "title": self.title, "severity": self.severity, "kind": self.kind,
               "explanation": self.explanation, "evidence": self.evidence,
               "evidence_from": dict(self.evidence_from),
               "remedies": [r.to_json() for r in self.remedies], "references": list(self.references)}
        if self.machine:
            out["machine"] = self.machine
        return out


def sort_diagnoses(diags: list[Diagnosis]) -> list[Diagnosis]:
    return sorted(diags, key=lambda d: (SEVERITY_ORDER.get(d.severity, 9), d.base_rate, -d.specificity, d.id))


def overall_status(diagnoses: Sequence[Diagnosis], symptoms: int = 0) -> str:
    """error > undiagnosed (`symptoms` differentials hold, no error explains them) > warning > ok."""
    sev = {d.severity for d in diagnoses}
    if "error" in sev:
        return "error"
    if symptoms:
        return "undiagnosed"
    return "warning" if "warning" in sev else "ok"


def exit_code_for(diagnoses: Sequence[Diagnosis], symptoms: int = 0) -> int:
    """1 on an error diagnosis; else 3 when a symptom holds that no diagnosis explains (its
    differential is open); else 0: warnings alone must not fail CI."""
    return {"error": EXIT_ERROR_FOUND, "undiagnosed": EXIT_UNDIAGNOSED}.get(overall_status(diagnoses, symptoms), EXIT_OK)


def combine_exit_codes(codes: Sequence[int]) -> int:
    """One exit code for several analyses (this machine's, pasted logs'): an error wins over an
    unsettled symptom, which wins over nothing wrong."""
    for code in (EXIT_ERROR_FOUND, EXIT_UNDIAGNOSED):
        if code in codes:
            return code
    return EXIT_OK
