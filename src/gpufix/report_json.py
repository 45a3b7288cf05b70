"""The `gpufix --json` document (schema "gpufix/1"). Computed once, rendered here."""
from __future__ import annotations

import json
from typing import Any, Sequence

from gpufix import __version__
from gpufix.diagnosis import Diagnosis
from gpufix.facts import FactBase
from gpufix.probes.runner import ProbeResult

SCHEMA = "gpufix/1"
# Facts that are inputs, not findings: kept out of the document (the log can be huge).
HIDDEN_FACTS = {"log.text"}


def overall_status(diagnoses: Sequence[Diagnosis]) -> str:
    sev = {d.severity for d in diagnoses}
    return "error" if "error" in sev else "warning" if "warning" in sev else "ok"


def exit_code_for(diagnoses: Sequence[Diagnosis]) -> int:
    """0 unless an error-severity diagnosis exists: warnings alone must not fail CI."""
    return 1 if overall_status(diagnoses) == "error" else 0


def build_document(facts: FactBase, diagnoses: Sequence[Diagnosis], probes: Sequence[ProbeResult] = (),
                   target: dict[str, Any] | None = None, log: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "gpufix_version": __version__,
        "status": overall_status(diagnoses),
        "exit_code": exit_code_for(diagnoses),
        "target": target or {},
        "facts": {k: v for k, v in facts.to_json().items() if k not in HIDDEN_FACTS},
        "probes": {p.name: p.to_json() for p in probes},
        "log": log or {"given": False},
        "diagnoses": [d.to_json() for d in diagnoses],
    }


def failure_document(message: str) -> dict[str, Any]:
    """What --json prints when gpufix itself could not run (exit code 2)."""
    return {"schema": SCHEMA, "gpufix_version": __version__, "status": "failed", "exit_code": 2,
            "error": message, "facts": {}, "probes": {}, "diagnoses": []}


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False, default=str)
