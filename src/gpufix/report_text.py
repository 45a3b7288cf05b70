"""`gpufix --text` (and `gpufix` when output is not a terminal): a plain-text report.

Suitable for a bug report: the per-area summary, then each finding with its evidence and
remedies, commands as lines to paste into the shell. Never interactive, never colour.
"""
from __future__ import annotations

import textwrap
from typing import Any, Optional, Sequence

from gpufix import __version__
from gpufix.fact_labels import label, missing_labels, origin_label
from gpufix.areas import (MARKS, contradiction_text, evidence_text, machine_line, not_known_text, split_evidence,
                          summarize)
from gpufix.diagnosis import Diagnosis
from gpufix.core.outcome import Collected, Outcome
from gpufix.probes.runner import ProbeResult
from gpufix.remedy.commandline import command_line
from gpufix.remedy.labels import verify_labels
from gpufix.ui_strings import t

WIDTH = 78
EVIDENCE_LINES = 12  # a traceback as evidence is cut here; the full text is in --json


def render_report(outcome: Outcome, lang: str = "en", user_facts: Sequence[str] = ()) -> str:

    c = outcome.collected
    out = [f"gpufix {__version__}", *_inputs(c, lang, user_facts, outcome.target_python)]
    if outcome.engine_note:
        out.append(f"  {engine_line(outcome, lang)}")
    out += render_knowledge(outcome, lang)
    out += render_machine(outcome, lang)
    out.append("")
    out.append(t("summary", lang))
    out += render_areas(outcome, lang)
    out.append("")
    out.append(f"{t('findings', lang)}: {counts_line(outcome.diagnoses, lang)}")
    if not outcome.diagnoses:
        # A symptom with candidate causes is a problem, not "no problems": say where it is shown.
        out.append(t("dx.no_single_cause" if outcome.differentials else "no_findings", lang))
    if outcome.log_separate:
        # Two machines, two groups: the log's commands are written for the log's OS.
        groups = [(t("findings.from_log", lang), outcome.log_diagnoses, outcome.log.facts.value("os.name")),
                  (t("findings.this_machine", lang), outcome.machine_diagnoses, outcome.facts.value("os.name"))]
    else:
        groups = [("", outcome.diagnoses, outcome.facts.value("os.name"))]
    i = 0
    for heading, diags, os_name in groups:
        if heading:
            out += ["", f"{heading}: {counts_line(diags, lang)}"]
            if not diags:
                out.append(t("no_findings", lang))
        for d in diags:
            i += 1
            out.append("")
            out += render_diagnosis(d, i, lang, os_name)
    out += render_differentials(outcome, lang)
    return "\n".join(out) + "\n"


def engine_line(outcome: Outcome, lang: str) -> str | None:
    """The rule engine's note ("Rule engine: CLIPS (...)") in the user's language; the reason, an import
    error, stays as Python said it."""
    if lang == "en":
        return outcome.engine_note
    fallback = outcome.engine_fallback
    if fallback is None:
        return outcome.engine_note
    return t("engine.fallback", lang, label=fallback[0], why=fallback[1])


def render_knowledge(outcome: Outcome, lang: str = "en") -> list[str]:
    """The tables' date (one line), and one line per installed component newer than them."""
    from gpufix.knowledge.dating import line  # lazy: text output only

    k = outcome.knowledge
    return [f"  {line(k, lang)}"] + [f"    - {b}" for b in k.get("beyond_tables") or ()]


def render_machine(outcome: Outcome, lang: str) -> list[str]:
    """Which machine the pasted log describes, every contradiction on its own line."""
    line = machine_line(outcome.log, lang)
    if line is None or outcome.log is None:
        return []
    out = [f"  {line}"]
    extra = outcome.log.check.contradictions[1:]
    out += [f"    - {contradiction_text(c, lang)}" for c in extra]
    if outcome.log.separate:
        out.append(f"    {t('machine.apart', lang)}")
    return out


def render_differential(d: Any, lang: str) -> list[str]:
    """One symptom's causes, ranked, with what speaks for (+) and against (-) each; marks, not
    colour, say which are ruled out ([✗]) and which one stands ([!])."""
    lines = [d.title + (f" ({t('dx.machine.' + d.machine, lang)})" if d.machine else "")]
    for h in d.hypotheses:
        mark = "[✗]" if h.ruled_out else "[!]" if d.standing == h.id else "[?]"
        lines.append(f"{mark} {h.title}" + (f"  ({t('dx.ruled_out', lang)})" if h.ruled_out else ""))
        lines.extend(f"      + {e.text}" for e in h.supports)
        lines.extend(f"      - {e.text}" for e in h.contradicts)
    if d.standing is not None:
        standing = next(h for h in d.hypotheses if h.id == d.standing)
        # The last cause open is not proved by that alone: say so when no evidence speaks for it.
        key = "dx.standing" if standing.score > 0 else "dx.standing_unconfirmed"
        lines.append(t(key, lang).format(cause=standing.title))
    return lines


def render_differentials(outcome: Outcome, lang: str) -> list[str]:
    """The differentials and the questions that separate their causes, with how to answer."""
    if not outcome.differentials:
        return []
    out = ["", t("dx.causes", lang)]
    for d in outcome.differentials:
        out += ["  " + line for line in render_differential(d, lang)]
    questions = outcome.questions
    if questions:
        out += ["", t("dx.questions", lang)]
        for q in questions:
            out.append(f"  {q.id}: {q.get(lang)}")
            if q.command:
                out.append(f"      {q.command_line}")
                out.append(f"      gpufix --answer {q.id}=@FILE")
            else:
                out.append(f"      gpufix --answer {q.id}=" + "|".join(v for v, _ in q.choices))
    return out


def render_areas(outcome: Outcome, lang: str) -> list[str]:
    lines = []
    for area in summarize(outcome.facts, outcome.diagnoses, lang, outcome.collected.log_given):
        lines.append(area.line())
        lines += [f"      -> {d.title}" for d in area.findings]
    return lines


def counts_line(diags: Sequence[Diagnosis], lang: str) -> str:
    sev = [d.severity for d in diags]
    return t("counts", lang, errors=sev.count("error"), warnings=sev.count("warning"), infos=sev.count("info"))


def _inputs(c: Collected, lang: str, user_facts: Sequence[str], target_python: Optional[str]) -> list[str]:
    lines = []
    # Which interpreter the report is for is Outcome.target_python's to say (a fixture's recorded one, never the
    # Python gpufix runs in). Without probing nothing was read from an interpreter: the report is about the
    # pasted log (or the facts given by hand).
    if c.source == "none":
        target = t("report_for_log", lang) if c.log is not None else None
    else:
        target = target_python or "-"
    if target:
        lines.append(f"  {t('report_for', lang)}: {target}")
    src = {"probe": t("probed", lang), "fixture": f"{t('fixture', lang)} {c.fixture}",
           "none": t("no_probe", lang)}[c.source]
    parts = [src]
    if c.log is not None:
        parts.append(f"{t('log_file', lang)} {c.log}")
    if user_facts:
        parts.append(f"{t('user_facts', lang)}: {', '.join(user_facts)}")
    lines.append(f"  {t('inputs', lang)}: {'; '.join(parts)}")
    if c.probe_results:
        lines.append(f"  {probes_line(c.probe_results, lang)}")
        for r in c.probe_results:
            if r.status not in ("ok", "absent", "not-recorded"):
                lines.append(f"    {r.name}: {t('probe.' + r.status, lang)}: {r.error}")
    return lines


def probes_line(results: Sequence[ProbeResult], lang: str) -> str:
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    detail = ", ".join(f"{n} {t('probe.' + s, lang)}" for s, n in counts.items())
    return t("probes_line", lang, n=len(results), detail=detail)


def render_diagnosis(d: Diagnosis, index: int, lang: str, os_name: str | None = None) -> list[str]:
    mark = MARKS.get(d.severity, "[i]") if d.severity != "info" else "[i]"
    out = [f"{index}. {mark} {t('severity.' + d.severity, lang)}: {d.title}  ({d.id})"]
    out += _wrap(d.explanation, "   ")
    if d.evidence:
        known, missing = split_evidence(d.evidence)
        out.append(f"   {t('evidence', lang)}:")
        for name, value in known:
            out += _evidence_line(label(name, lang), evidence_text(name, value), origin_label(d.evidence_from.get(name, ""), lang))
        if missing:
            out += _wrap(not_known_text(missing_labels(missing, lang), lang), "     ")
    for ri, remedy in enumerate(d.remedies, 1):
        out.append(f"   {t('remedy', lang)} {ri}: {remedy.title}")
        for si, step in enumerate(remedy.steps, 1):
            out += _wrap(step.text, f"     {si}. ", "        ")
            if step.command:
                # Unwrapped on purpose: a command must survive copy and paste.
                out.append("          " + command_line(step.command, os_name))
            if step.verify:
                out += _wrap(f"({t('verify_with', lang)}: {verify_labels(step.verify, lang)})", "        ")
    if d.references:
        out.append(f"   {t('references', lang)}:")
        out += [f"     {ref}" for ref in d.references]
    return out


def _evidence_line(what: str, text: str, origin: str = "") -> list[str]:
    lines = text.splitlines() or [""]
    head = f"     {what}" + (f": {lines[0]}" if text else "") + (f"  [{origin}]" if origin else "")
    rest = [f"       {ln}" for ln in lines[1:EVIDENCE_LINES]]
    if len(lines) > EVIDENCE_LINES:
        rest.append(f"       … ({len(lines) - EVIDENCE_LINES} more lines)")
    return [head, *rest]


def _wrap(text: str, first: str, rest: str | None = None) -> list[str]:
    rest = first if rest is None else rest
    out: list[str] = []
    for para in (text or "").splitlines() or [""]:
        if not para.strip():
            continue
        out += textwrap.wrap(para, WIDTH, initial_indent=first if not out else rest,
                             subsequent_indent=rest, break_long_words=False, break_on_hyphens=False)
    return out or [first.rstrip()]


__all__ = ["render_report", "render_diagnosis", "render_areas"]
