"""The `gpufix --json` document (schema "gpufix/1"). Computed once by the core, rendered here."""
from __future__ import annotations

import json
from typing import Any, Sequence

from gpufix import __version__
from gpufix.core.outcome import Outcome, knowledge_block
from gpufix.diagnosis import Diagnosis, exit_code_for, overall_status
from gpufix.fact_catalog import HIDDEN
from gpufix.facts import FactBase
from gpufix.probes.runner import ProbeResult

SCHEMA = "gpufix/1"
# Facts that are inputs, not findings (the catalog's `hidden`): kept out of the document
# (the log can be huge).
HIDDEN_FACTS = HIDDEN

__all__ = ["SCHEMA", "build_document", "dumps", "exit_code_for", "failure_document", "outcome_document",
           "overall_status"]


def outcome_document(outcome: Outcome) -> dict[str, Any]:
    """The document for one run of the core pipeline."""
    c = outcome.collected
    return build_document(
        outcome.facts, outcome.diagnoses, c.probe_results,
        target={"python": outcome.target_python, "probed": bool(c.probe_results) and c.source == "probe",
                "fixture": str(c.fixture) if c.fixture else None},
        log=log_document(outcome),
        phases=list(c.phases), engine={"backend": outcome.engine_backend, "note": outcome.engine_note},
        differential=[d.to_json() for d in outcome.differentials],
        questions=[q.to_json() for q in outcome.questions], symptoms=len(outcome.reported_symptoms),
        knowledge=outcome.knowledge)


def log_document(outcome: Outcome) -> dict[str, Any] | None:
    """The `log` block: the scan's summary, which machine the log describes and what
    contradicts this one (gpufix.core.machines), and the facts it states, each with its line."""
    scan = outcome.collected.scan
    if scan is None:
        return None
    out = scan.summary()
    if outcome.log is not None:
        out.update(outcome.log.check.to_json())
    out["facts"] = {f.name: f.to_json() for f in sorted(scan.facts, key=lambda f: f.name)
                    if f.name not in HIDDEN_FACTS}
    return out


def build_document(facts: FactBase, diagnoses: Sequence[Diagnosis], probes: Sequence[ProbeResult] = (),
                   target: dict[str, Any] | None = None, log: dict[str, Any] | None = None,
                   phases: Sequence[str] = (), engine: dict[str, Any] | None = None,
                   differential: Sequence[dict[str, Any]] = (), questions: Sequence[dict[str, Any]] = (),
                   symptoms: int = 0, knowledge: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "gpufix_version": __version__,
        "status": overall_status(diagnoses, symptoms),
        "exit_code": exit_code_for(diagnoses, symptoms),
        "target": target or {},
        "phases": list(phases),
        "engine": engine or {},
        "facts": {k: v for k, v in facts.to_json().items() if k not in HIDDEN_FACTS},
        "probes": {p.name: p.to_json() for p in probes},
        "log": log or {"given": False},
        "diagnoses": [d.to_json() for d in diagnoses],
        # Symptoms whose cause the facts do not settle: causes ranked, and what to ask (core/questions.py).
        "differential": list(differential),
        "questions": list(questions),
        # The date of the release tables the answer rests on, and where they come from.
        "knowledge": knowledge if knowledge is not None else knowledge_block(facts),
    }


def failure_document(message: str) -> dict[str, Any]:
    """What --json prints when gpufix itself could not run (exit code 2)."""
    try:
        knowledge: dict[str, Any] = knowledge_block()
    except Exception as e:  # noqa: BLE001 - the failure document must always print
        knowledge = {"as_of": None, "note": f"knowledge tables unreadable: {type(e).__name__}"}
    return {"schema": SCHEMA, "gpufix_version": __version__, "status": "failed", "exit_code": 2,
            "error": message, "facts": {}, "probes": {}, "diagnoses": [], "differential": [], "questions": [],
            "knowledge": knowledge}


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False, default=str)
