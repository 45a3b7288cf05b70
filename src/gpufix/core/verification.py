"""Verification on demand: run gpufix.verify in the target interpreter, then put its facts
through the same analysis as any other facts (gpufix.core.pipeline.analyse)."""
from __future__ import annotations

import threading
from typing import Any, Callable, Optional

from gpufix.core.outcome import Collected
from gpufix.core.pipeline import analyse
from gpufix.diagnosis import Diagnosis
from gpufix.facts import FactBase
from gpufix.verify.events import VerifyResult
from gpufix.verify.runner import VerifyOptions, run_verify

EventCallback = Callable[[dict], None]


def run_verification(python: str, options: Optional[VerifyOptions] = None, *, mnist: Optional[bool] = None,
                     on_event: Optional[EventCallback] = None,
                     cancel: Optional[threading.Event] = None) -> VerifyResult:
    """The device check (and MNIST unless `mnist` is False) in `python`; waits for it."""
    if options is None:
        options = VerifyOptions(mnist=True if mnist is None else mnist)
    return run_verify(python, options, on_event=on_event, cancel=cancel)


def error_text(result: Any) -> str:
    """Warnings, the error and stderr of the run, as one log text for the signatures."""
    parts = [result.value(n) for n in ("verify.warnings", "verify.error", "verify.stderr")]
    return "\n".join(p for p in parts if isinstance(p, str) and p.strip())


def diagnose_verification(result: Any, python: str = "", lang: str = "en") -> tuple[list[Diagnosis], str]:
    """The verification's facts through the knowledge base and the rules, like any facts.

    Only when something failed: a healthy run has nothing to explain. Returns
    (diagnoses, error text); the engine failing must not hide the verification result.
    """
    if result.status not in ("failed", "crashed"):
        return [], ""
    from gpufix.core.logs import read_log  # lazy: only a failed verification loads the log scanner

    try:
        fb = FactBase()
        fb.extend(result.facts)
        # The error text is an error log like a pasted one: the rules' signatures read it.
        scan = None
        text = error_text(result)
        if text:
            scan = read_log(text=text)
            fb.extend(f for f in scan.facts if f.name not in fb)  # never over the verify.* facts
        outcome = analyse(Collected(fb, scan=scan, python=python, source="none", log="verify", phases=()), lang)
        return list(outcome.diagnoses), ""
    except Exception as e:  # noqa: BLE001 - an engine bug must not lose the verification result
        return [], f"{type(e).__name__}: {e}"
