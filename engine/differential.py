"""Differential diagnosis as data: a symptom, the causes that can explain it, and the questions
that tell them apart (rules/differential/<id>.yaml, docs/rules.md "Differential diagnosis").

A differential file is checked here and *expanded into ordinary derive rules*, so the chaining
runs in the rule engine (either backend), stratum by stratum, like any other derived fact:

    stratum 0  <id>                      symptom holds            -> derived.dx.<id>.symptom
    stratum 1  <id>-<hyp>-for-<n>        symptom and evidence n   -> derived.dx.<id>.<hyp>.for.<n>: weight
               <id>-<hyp>-against-<n>    symptom and evidence n   -> derived.dx.<id>.<hyp>.against.<n>: weight
    stratum 2  <id>-<hyp>-out            a ruling-out item held   -> derived.dx.<id>.<hyp>.out
    stratum 3  <id>-ask-<question>       symptom, the question's fact not known, and at least two of
                                         the hypotheses it separates still open (one of them among those it is
                                         `about`, when it says) -> derived.dx.<id>.ask.<q>

Python only reads those derived facts back (gpufix.core.questions): it sums the weights the
rules derived (the ranking is the data's weights) and lists the questions the engine asked.
"""
from __future__ import annotations

from dataclasses import field
from itertools import combinations
from typing import Any, Callable

from gpufix.engine import conditions as cond
from gpufix.engine import schema
from gpufix.engine.yaml_lines import line_of
from gpufix.records import record

# The keys of a differential file (a rule file with `hypotheses:`).
FIELDS = ("id", "title", "status", "references", "tags", "languages", "signatures", "when", "hypotheses",
          "questions")
HYPOTHESIS_KEYS = ("id", "title", "for", "against")
EVIDENCE_KEYS = ("when", "weight", "text", "rules_out")
QUESTION_KEYS = ("id", "text", "command", "parse", "choices", "sets", "separates", "about")
CHOICE_KEYS = ("value", "text")
# How a command's pasted output becomes facts: the parser names a question may use. The parsers
# are the probes' own (gpufix.core.questions maps each name; a test checks both lists agree).
PARSERS = ("nvidia-smi", "torch-print", "pip-show", "print-value", "docker-gpu-test", "nvidia-smi-util", "python-list")
MAX_WEIGHT = 10
PREFIX = "derived.dx."

Report = Callable[[int, str], None]


@record(frozen=True)
class Evidence:
    """One thing that speaks for (or against) a hypothesis."""

    index: int  # 1-based, within its list
    side: str  # "for" | "against"
    weight: int
    text: Any  # schema.Text
    rules_out: bool
    when: Any  # the raw condition (checked when the derive rule is built)
    line: int


@record(frozen=True)
class Hypothesis:
    """One possible cause of a symptom, with what speaks for and against it."""

    id: str
    title: Any  # schema.Text
    evidence: tuple[Evidence, ...]
    line: int


@record(frozen=True)
class Choice:
    """One answer a question offers."""

    value: str
    text: Any  # schema.Text


@record(frozen=True)
class Question:
    """A question that separates hypotheses: a choice, or a command whose output is pasted back."""

    id: str
    text: Any  # schema.Text
    sets: str  # the fact an answer sets
    command: tuple[str, ...] = ()  # a command to run, its output pasted back (parsed by `parse`)
    parse: str | None = None
    choices: tuple[Choice, ...] = ()  # or a choice, whose value sets `sets` directly
    separates: tuple[str, ...] = ()  # hypothesis ids; asked while at least two of them are open
    # the causes the answer speaks to (default: all it separates): asked only while one of them is open, so a
    # question about CUDA_VISIBLE_DEVICES is not asked once that cause is ruled out
    about: tuple[str, ...] = ()
    line: int = 0


@record(frozen=True)
class Differential:
    """A symptom's differential diagnosis: its hypotheses and questions."""

    id: str
    title: Any  # schema.Text
    path: str
    hypotheses: tuple[Hypothesis, ...]
    questions: tuple[Question, ...]
    line: int = 1
    rule_ids: tuple[str, ...] = field(default=(), compare=False)  # the derive rules it expands into

    # The derived facts its rules set (read back by gpufix.core.questions).
    def symptom_fact(self) -> str:
        return f"{PREFIX}{self.id}.symptom"

    def evidence_fact(self, hyp: str, ev: Evidence) -> str:
        return f"{PREFIX}{self.id}.{hyp}.{ev.side}.{ev.index}"

    def out_fact(self, hyp: str) -> str:
        return f"{PREFIX}{self.id}.{hyp}.out"

    def ask_fact(self, question: str) -> str:
        return f"{PREFIX}{self.id}.ask.{question}"


def is_differential(data: Any) -> bool:
    return isinstance(data, dict) and "hypotheses" in data


def _kebab(value: Any) -> bool:
    return isinstance(value, str) and bool(schema.ID_RE.match(value))


def check_differential(data: dict, path: str, stem: str, report: Report, library: Any = None
                       ) -> tuple[Differential | None, list]:
    """Check a differential file; return it and the derive rules it expands into (each built and
    checked by schema.check_rule, so conditions, signatures and facts get the usual checks)."""

    errors: list[tuple[int, str]] = []

    def err(line: int, msg: str) -> None:
        errors.append((line, msg))
        report(line, msg)

    top = line_of(data, default=1)
    for key in data:
        if key not in FIELDS:
            err(line_of(data, key, top), f"unknown field {key!r}{cond._suggest(str(key), FIELDS)}"
                                         " (a differential file: id, title, when, hypotheses, questions)")
    rid = data.get("id")
    if not _kebab(rid):
        err(line_of(data, "id", top), f"id {rid!r} must be kebab-case (lower-case letters, digits and -)")
        return None, []
    if rid != stem:
        err(line_of(data, "id", top), f"id {rid!r} must equal the file name ({stem}.yaml)")
    languages = tuple(data.get("languages") or ()) if isinstance(data.get("languages"), list) else ()
    title = schema.parse_text(data.get("title"), "title", line_of(data, "title", top), err, languages) \
        if "title" in data else None
    if "title" not in data:
        err(top, "missing field 'title'")
    if "when" not in data:
        err(top, "missing field 'when' (the symptom)")
    hypotheses = _check_hypotheses(data, err, top, languages)
    hyp_ids = [h.id for h in hypotheses]
    questions = _check_questions(data, err, top, languages, hyp_ids)
    if errors or title is None:
        return None, []

    dx = Differential(rid, title, path, tuple(hypotheses), tuple(questions), top)
    shared = {k: data[k] for k in ("languages", "signatures") if k in data}
    symptom_present = {"fact": dx.symptom_fact(), "present": True}
    docs: list[tuple[str, dict]] = []
    # The symptom: the file's own `when` (any form, parts and condition included).
    docs.append((rid, {"id": rid, "title": data["title"], "when": data["when"],
                       "derive": {dx.symptom_fact(): True}, **shared,
                       **({"status": data["status"]} if "status" in data else {}),
                       **({"references": data["references"]} if "references" in data else {})}))
    for h in hypotheses:
        outs = []
        for ev in h.evidence:
            gid = f"{rid}-{h.id}-{ev.side}-{ev.index}"
            # Every signature of the file: an evidence test may name one, or a match.* group of one.
            sigs = data.get("signatures")
            docs.append((gid, {"id": gid, "title": data["title"], "when": {"all": [symptom_present, ev.when]},
                               "derive": {dx.evidence_fact(h.id, ev): ev.weight},
                               **({"signatures": sigs} if sigs else {}),
                               **({"languages": data["languages"]} if "languages" in data else {})}))
            if ev.rules_out:
                outs.append({"fact": dx.evidence_fact(h.id, ev), "present": True})
        if outs:
            gid = f"{rid}-{h.id}-out"
            docs.append((gid, {"id": gid, "title": data["title"], "when": {"any": outs},
                               "derive": {dx.out_fact(h.id): True}}))
    outs_by_hyp = {h.id: any(ev.rules_out for ev in h.evidence) for h in hypotheses}
    for q in questions:
        gid = f"{rid}-ask-{q.id}"
        open_pairs = []
        for a, b in combinations(q.separates, 2):
            if q.about and a not in q.about and b not in q.about:
                continue  # a pair the answer says nothing about
            both = [{"not": {"fact": dx.out_fact(x), "present": True}} for x in (a, b) if outs_by_hyp[x]]
            open_pairs.append({"all": both} if both else {"all": [symptom_present]})
        when = {"all": [symptom_present,
                        # "not known": neither a value (ok) nor looked-for-and-absent
                        {"not": {"fact": q.sets, "present": True}},
                        {"not": {"fact": q.sets, "present": False}},
                        {"any": open_pairs}]}
        docs.append((gid, {"id": gid, "title": data["title"], "when": when, "derive": {dx.ask_fact(q.id): True}}))

    rules = []
    for gid, doc in docs:
        rule = schema.check_rule(doc, path, gid, err, library)
        if rule is not None:
            rule.differential = dx
            rules.append(rule)
    if errors:
        return None, []
    dx = Differential(dx.id, dx.title, dx.path, dx.hypotheses, dx.questions, dx.line,
                      tuple(r.id for r in rules))
    for r in rules:
        r.differential = dx
    return dx, rules


def _check_hypotheses(data: dict, err: Report, top: int, languages: tuple[str, ...]) -> list[Hypothesis]:

    value = data.get("hypotheses")
    line = line_of(data, "hypotheses", top)
    if not isinstance(value, list) or len(value) < 2:
        err(line, "hypotheses: expects a list of at least two causes (a differential separates them)")
        return []
    out: list[Hypothesis] = []
    seen: set[str] = set()
    for i, h in enumerate(value):
        hline = line_of(value, i, line)
        if not isinstance(h, dict):
            err(hline, f"hypotheses[{i + 1}]: expects a mapping with id:, title:, for:, against:")
            continue
        hline = line_of(h, default=hline)
        for key in h:
            if key not in HYPOTHESIS_KEYS:
                err(line_of(h, key, hline), f"hypotheses[{i + 1}]: unknown field {key!r}"
                                            f"{cond._suggest(str(key), HYPOTHESIS_KEYS)}")
        hid = h.get("id")
        if not _kebab(hid):
            err(hline, f"hypotheses[{i + 1}]: id {hid!r} must be kebab-case")
            continue
        if hid in seen:
            err(hline, f"hypotheses: duplicate id {hid!r}")
        seen.add(hid)
        title = schema.parse_text(h.get("title"), f"hypotheses[{i + 1}].title", hline, err, languages) \
            if "title" in h else None
        if title is None and "title" not in h:
            err(hline, f"hypotheses[{i + 1}]: missing field 'title'")
        evidence: list[Evidence] = []
        for side in ("for", "against"):
            evidence.extend(_check_evidence(h, side, f"hypotheses[{i + 1}].{side}", hline, err, languages))
        if "for" not in h and "against" not in h:
            err(hline, f"hypotheses[{i + 1}]: needs for: or against: evidence")
        if title is not None:
            out.append(Hypothesis(hid, title, tuple(evidence), hline))
    return out


def _check_evidence(h: dict, side: str, what: str, hline: int, err: Report, languages: tuple[str, ...]
                    ) -> list[Evidence]:

    if side not in h:
        return []
    value = h[side]
    line = line_of(h, side, hline)
    if not isinstance(value, list) or not value:
        err(line, f"{what}: expects a non-empty list of {{when:, weight:, text:}}")
        return []
    out = []
    for j, item in enumerate(value):
        iline = line_of(value, j, line)
        if not isinstance(item, dict):
            err(iline, f"{what}[{j + 1}]: expects a mapping with when:, weight:, text:")
            continue
        iline = line_of(item, default=iline)
        for key in item:
            if key not in EVIDENCE_KEYS:
                err(line_of(item, key, iline), f"{what}[{j + 1}]: unknown field {key!r}"
                                               f"{cond._suggest(str(key), EVIDENCE_KEYS)}")
        weight = item.get("weight")
        if isinstance(weight, bool) or not isinstance(weight, int) or not 1 <= weight <= MAX_WEIGHT:
            err(line_of(item, "weight", iline), f"{what}[{j + 1}]: weight: expects a whole number 1..{MAX_WEIGHT}")
            continue
        rules_out = item.get("rules_out", False)
        if not isinstance(rules_out, bool) or (rules_out and side != "against"):
            err(line_of(item, "rules_out", iline), f"{what}[{j + 1}]: rules_out: true belongs on against: evidence")
            continue
        if "when" not in item:
            err(iline, f"{what}[{j + 1}]: missing field 'when'")
            continue
        if "text" not in item:
            err(iline, f"{what}[{j + 1}]: missing field 'text' (what the evidence says, for the user)")
            continue
        text = schema.parse_text(item["text"], f"{what}[{j + 1}].text", iline, err, languages)
        if text is not None:
            out.append(Evidence(j + 1, side, weight, text, rules_out, item["when"], iline))
    return out


def _check_questions(data: dict, err: Report, top: int, languages: tuple[str, ...], hyp_ids: list[str]
                     ) -> list[Question]:

    value = data.get("questions", [])
    line = line_of(data, "questions", top)
    if not isinstance(value, list):
        err(line, "questions: expects a list of {id:, text:, sets:, command: or choices:}")
        return []
    out: list[Question] = []
    seen: set[str] = set()
    for i, q in enumerate(value):
        what = f"questions[{i + 1}]"
        qline = line_of(value, i, line)
        if not isinstance(q, dict):
            err(qline, f"{what}: expects a mapping")
            continue
        qline = line_of(q, default=qline)
        for key in q:
            if key not in QUESTION_KEYS:
                err(line_of(q, key, qline), f"{what}: unknown field {key!r}{cond._suggest(str(key), QUESTION_KEYS)}")
        qid = q.get("id")
        if not _kebab(qid):
            err(qline, f"{what}: id {qid!r} must be kebab-case")
            continue
        if qid in seen:
            err(qline, f"questions: duplicate id {qid!r}")
        seen.add(qid)
        text = schema.parse_text(q.get("text"), f"{what}.text", qline, err, languages) if "text" in q else None
        if "text" not in q:
            err(qline, f"{what}: missing field 'text'")
        sets = q.get("sets")
        if not isinstance(sets, str) or schema.fact_type(sets) in (None, "any") or sets.startswith("derived."):
            err(line_of(q, "sets", qline), f"{what}: sets: expects a fact from the catalog (the fact an answer sets)"
                                           f"{cond._suggest(str(sets), schema.catalog_names())}")
            continue
        command: tuple[str, ...] = ()
        parse = None
        choices: list[Choice] = []
        if ("command" in q) == ("choices" in q):
            err(qline, f"{what}: give either command: (with parse:) or choices:")
            continue
        if "command" in q:
            argv = q["command"]
            if not isinstance(argv, list) or not argv or not all(isinstance(a, str) and a for a in argv):
                err(line_of(q, "command", qline), f"{what}: command: expects a non-empty argument list")
                continue
            command = tuple(argv)
            parse = q.get("parse")
            if parse not in PARSERS:
                err(line_of(q, "parse", qline), f"{what}: parse: expects one of {', '.join(PARSERS)}"
                                                " (how the command's output becomes facts)")
                continue
        else:
            raw = q["choices"]
            cline = line_of(q, "choices", qline)
            if not isinstance(raw, list) or len(raw) < 2:
                err(cline, f"{what}: choices: expects at least two {{value:, text:}}")
                continue
            for k, c in enumerate(raw):
                if not isinstance(c, dict) or set(c) != set(CHOICE_KEYS) or not isinstance(c.get("value"), str):
                    err(line_of(raw, k, cline), f"{what}.choices[{k + 1}]: expects {{value: TEXT, text: ...}}")
                    continue
                ctext = schema.parse_text(c["text"], f"{what}.choices[{k + 1}].text", line_of(raw, k, cline), err,
                                          languages)
                if ctext is not None:
                    choices.append(Choice(c["value"], ctext))
        separates = q.get("separates", list(hyp_ids))
        if not isinstance(separates, list) or len(separates) < 2 or any(s not in hyp_ids for s in separates):
            bad = [s for s in separates if s not in hyp_ids] if isinstance(separates, list) else []
            err(line_of(q, "separates", qline), f"{what}: separates: expects at least two hypothesis ids"
                                                + (f" ({bad[0]!r} is not one)" if bad else ""))
            continue
        about = q.get("about", [])
        if not isinstance(about, list) or any(a not in separates for a in about):
            bad = [a for a in about if a not in separates] if isinstance(about, list) else []
            err(line_of(q, "about", qline), f"{what}: about: expects hypothesis ids it separates"
                + (f" ({bad[0]!r} is not one)" if bad else ""))
            continue
        if text is not None:
            out.append(Question(qid, text, sets, command, parse, tuple(choices), tuple(separates), tuple(about),
                                qline))
    return out
