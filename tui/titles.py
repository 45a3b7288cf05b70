"""The title line's words for the state a screen shows: checking, N problems, a pasted log's machine."""
from __future__ import annotations

from typing import Any, Optional

from gpufix.ui_strings import t


def log_of_other_machine(outcome: Optional[Any]) -> bool:
    """The outcome shows a pasted log that was found to come from another machine."""
    log = getattr(outcome, "log", None)
    return log is not None and log.check.probed and log.check.machine == "other"


def state_title(outcome: Optional[Any], lang: str = "en", *, failed: bool = False) -> str:
    """"Checking…" until there is an outcome, then how many problems it holds; a pasted log
    that describes another machine says so first (its findings are not about this one)."""
    if outcome is None:
        return t("title.failed" if failed else "title.checking", lang)
    # Notes (info) are not problems: a clean setup with a hint still reads "No problems found".
    n = sum(1 for d in outcome.diagnoses if d.severity in ("error", "warning"))
    problems = t("title.none", lang) if n == 0 else t("title.one" if n == 1 else "title.many", lang, n=n)
    reported = getattr(outcome, "reported_symptoms", None)
    if n == 0 and reported:
        # A symptom the user brought holds and no finding explains it: not "No problems found" (exit 3).
        problems = t("title.undiagnosed", lang, n=len(reported))
    if log_of_other_machine(outcome):
        return f"{t('title.log_other', lang)}: {problems}"
    return problems
