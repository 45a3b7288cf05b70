"""Differential diagnoses and their questions, read back from what the rule engine derived;
answers (`--answer ID=VALUE`, the TUI's questions screen) turned into facts.

The reasoning is not here: a differential file (rules/differential/*.yaml) expands into derive
rules (gpufix.engine.differential) and the engine decides which evidence holds, which cause is
ruled out and which question to ask. This module only adds up the weights the rules derived,
orders the causes, and parses an answer with the probes' own parsers, so a pasted `nvidia-smi`
table and a probed one give the same facts.
"""
from __future__ import annotations

import dataclasses
import re
import sys
from typing import Any, Iterable, Sequence

from gpufix.core.inputs import coerce
from gpufix.errors import InputError
from gpufix.fact_catalog import lookup
from gpufix.facts import Fact, absent, ok
from gpufix.records import record

ORIGIN = "user"  # an answer is the user's statement: it wins over probes, like --fact
SOURCE = "user"


@record(frozen=True)
class EvidenceLine:
    """One piece of evidence for or against a hypothesis, as shown."""

    text: str
    weight: int
    rules_out: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "weight": self.weight, "rules_out": self.rules_out}


@record(frozen=True)
class RankedHypothesis:
    """A hypothesis with its score, as shown."""

    id: str
    title: str
    score: int  # the weights for, minus the weights against (the data's weights)
    ruled_out: bool
    supports: tuple[EvidenceLine, ...]
    contradicts: tuple[EvidenceLine, ...]

    @property
    def status(self) -> str:
        return "ruled_out" if self.ruled_out else "open"

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "status": self.status, "score": self.score,
                "for": [e.to_json() for e in self.supports], "against": [e.to_json() for e in self.contradicts]}


@record(frozen=True)
class AskedQuestion:
    """A question to ask the user now, as shown."""

    id: str
    differential: str  # the symptom's id
    text: dict[str, str]  # language -> text
    sets: str  # the fact an answer sets
    command: tuple[str, ...] = ()
    choices: tuple[tuple[str, dict[str, str]], ...] = ()  # (value, language -> text)

    def get(self, lang: str) -> str:
        return self.text.get(lang) or self.text["en"]

    @property
    def command_line(self) -> str:
        """The command as one line to copy; double quotes, which every shell and cmd.exe read alike
        for these commands (no quotes or $ inside)."""
        return " ".join(f'"{a}"' if re.search(r"[\s;()'|&<>]", a) else a for a in self.command)

    @property
    def kind(self) -> str:
        return "command" if self.command else "choice"

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "differential": self.differential, "kind": self.kind, "text": dict(self.text),
                "command": list(self.command) or None, "command_line": self.command_line or None,
                "choices": [{"value": v, "text": dict(t)} for v, t in self.choices], "sets": self.sets,
                "answer": f"gpufix --answer {self.id}=" + ("@FILE" if self.command else "|".join(
                    v for v, _ in self.choices))}


@record(frozen=True)
class DifferentialView:
    """One symptom that holds: its causes, ranked, and the questions the engine asks now."""

    id: str
    title: str
    hypotheses: tuple[RankedHypothesis, ...]  # open ones first, by score, then in the file's order
    questions: tuple[AskedQuestion, ...]  # in the file's order: the first is the one to ask first
    # With a pasted log analysed apart (gpufix.core.machines): "log" (the log's machine) or
    # "this"; "" when there is one analysis.
    machine: str = ""

    @property
    def open(self) -> list[RankedHypothesis]:
        return [h for h in self.hypotheses if not h.ruled_out]

    @property
    def standing(self) -> str | None:
        """The one cause left open, when only one is."""
        still = self.open
        return still[0].id if len(still) == 1 else None

    def to_json(self) -> dict[str, Any]:
        out = {"symptom": self.id, "title": self.title, "standing": self.standing,
               "hypotheses": [h.to_json() for h in self.hypotheses], "questions": [q.id for q in self.questions]}
        if self.machine:
            out["machine"] = self.machine
        return out


def _texts(text: Any) -> dict[str, str]:
    return dict(text.by_lang)


def build_differentials(ruleset: Any, derived: Iterable[Fact], lang: str = "en") -> list[DifferentialView]:
    """The differentials whose symptom holds, from the facts the engine derived."""
    values = {f.name: f.value for f in derived if f.status == "ok"}
    out = []
    for dx in getattr(ruleset, "differentials", ()):
        if values.get(dx.symptom_fact()) is not True:
            continue
        ranked = []
        for order, h in enumerate(dx.hypotheses):
            held = [ev for ev in h.evidence if dx.evidence_fact(h.id, ev) in values]
            supports = tuple(EvidenceLine(ev.text.get(lang), int(values[dx.evidence_fact(h.id, ev)]))
                             for ev in held if ev.side == "for")
            contradicts = tuple(EvidenceLine(ev.text.get(lang), int(values[dx.evidence_fact(h.id, ev)]), ev.rules_out)
                                for ev in held if ev.side == "against")
            score = sum(e.weight for e in supports) - sum(e.weight for e in contradicts)
            ruled_out = values.get(dx.out_fact(h.id)) is True
            ranked.append((ruled_out, -score, order,
                           RankedHypothesis(h.id, h.title.get(lang), score, ruled_out, supports, contradicts)))
        ranked.sort(key=lambda t: t[:3])
        asked = tuple(_asked(dx, q) for q in dx.questions if values.get(dx.ask_fact(q.id)) is True)
        out.append(DifferentialView(dx.id, dx.title.get(lang), tuple(t[3] for t in ranked), asked))
    return out


def _asked(dx: Any, q: Any) -> AskedQuestion:
    return AskedQuestion(q.id, dx.id, _texts(q.text), q.sets, tuple(q.command),
                         tuple((c.value, _texts(c.text)) for c in q.choices))


def all_questions(differentials: Sequence[DifferentialView]) -> list[AskedQuestion]:
    """Every question asked, each once (two symptoms may ask the same one), first asked first."""
    seen: dict[str, AskedQuestion] = {}
    for d in differentials:
        for q in d.questions:
            seen.setdefault(q.id, q)
    return list(seen.values())


# --- answers ----------------------------------------------------------------------------------

def find_question(ruleset: Any, qid: str) -> tuple[Any, Any]:
    """(differential, question) for a question id; InputError naming the known ids when none."""
    for dx in getattr(ruleset, "differentials", ()):
        for q in dx.questions:
            if q.id == qid:
                return dx, q
    known = sorted({q.id for dx in getattr(ruleset, "differentials", ()) for q in dx.questions})
    raise InputError(f"--answer {qid}: no such question (known: {', '.join(known) or 'none'})")


def parse_answer_option(text: str, ruleset: Any, stdin: Any = None) -> list[Fact]:
    """`--answer ID=VALUE`: a choice's value, or for a command question its output: `@FILE`,
    `-` (standard input) or the output itself. Returns the facts the answer sets."""
    qid, sep, value = text.partition("=")
    qid = qid.strip()
    if not sep or not qid:
        raise InputError(f"--answer {text!r}: expected ID=VALUE (see gpufix --json, 'questions')")
    _, question = find_question(ruleset, qid)
    if question.command:
        value = _read_output(qid, value, stdin)
    return answer_facts(question, value.strip() if not question.command else value)


def facts_for_answer(qid: str, value: str, rules: Any = None) -> list[Fact]:
    """The facts answering question `qid` with `value` (a choice, or a command's output as
    text): what the TUI's questions screen sends. Raises InputError on a bad answer."""
    from gpufix.engine.api import resolve_rules  # lazy: the rules are loaded already when a question was shown

    _, question = find_question(resolve_rules(rules), qid)
    return answer_facts(question, value if question.command else value.strip())


def _read_output(qid: str, value: str, stdin: Any) -> str:
    if value == "-":
        return (stdin or sys.stdin).read()
    if value.startswith("@"):
        path = value[1:]
        try:
            with open(path, encoding="utf-8", errors="replace") as fh:
                return fh.read()
        except OSError as e:
            raise InputError(f"--answer {qid}=@{path}: {e.strerror or e}") from e
    return value


def answer_facts(question: Any, value: str) -> list[Fact]:
    """The facts an answer sets. A choice sets the question's fact; a command's output goes
    through the probes' parser named in the data, and when it does not state the question's
    fact, that fact is absent (the answer settles it: nvidia-smi not found = no driver)."""
    evidence = f"answer to {question.id}"
    if not question.command:
        values = [c.value for c in question.choices]
        if value not in values:
            raise InputError(f"--answer {question.id}={value}: not one of {', '.join(values)}")
        spec = lookup(question.sets)
        typed = coerce(value, spec.type if spec else "str", question.sets)
        return [ok(question.sets, typed, SOURCE, f"{evidence}: {value}", origin=ORIGIN)]
    if not value.strip():
        raise InputError(f"--answer {question.id}: the output is empty (paste what the command printed)")
    parser = PARSERS[question.parse]
    if question.parse == "print-value":
        facts = parser(value, question.id, question.sets)
    elif question.parse == "torch-print":
        facts = parser(value, question.id, question.command)
    else:
        facts = parser(value, question.id)
    facts = [dataclasses.replace(f, source=SOURCE, origin=ORIGIN, evidence=f.evidence or evidence) for f in facts]
    if not any(f.name == question.sets and f.status == "ok" for f in facts):
        facts = [f for f in facts if f.name != question.sets]
        facts.append(absent(question.sets, SOURCE, f"not in the output pasted for {question.id}", evidence,
                            origin=ORIGIN))
    return facts


# --- parsers: the probes' own, named by the data (engine.differential.PARSERS) ------------------

_NOT_FOUND = re.compile(r"command not found|not recognized as an internal or external command|No such file or "
                        r"directory|is not recognized as the name of a cmdlet", re.I)


def _parse_nvidia_smi(text: str, qid: str) -> list[Fact]:
    from gpufix.probes.nvidia_smi import parse_nvidia_smi_table  # lazy: start-up: the probe parser loads only for an answer

    if _NOT_FOUND.search(text) and "NVIDIA-SMI" not in text:
        return [absent("driver.version", SOURCE, "nvidia-smi is not installed (the pasted output)", text.strip()[:200],
                       origin=ORIGIN)]
    try:
        return parse_nvidia_smi_table(text)
    except ValueError as e:
        raise InputError(f"--answer {qid}: this does not look like nvidia-smi's output ({e})") from e


def _parse_torch_print(text: str, qid: str, command: Sequence[str] = ()) -> list[Fact]:
    from gpufix.probes.pasted import extract_facts_from_text  # lazy: start-up: the log reader loads only for an answer

    if re.search(r"No module named '?torch'?", text):
        return [absent("torch.build", SOURCE, "torch is not installed for this Python (the pasted output)",
                       text.strip()[:200], origin=ORIGIN)]
    # The pasted output is the print's value: put the question's command above it, as in a
    # terminal, so the log reader pairs each printed value with its expression.
    code = command[-1] if command else "import torch; print(torch.__version__, torch.version.cuda)"
    facts = extract_facts_from_text(f"python -c \"{code}\"\n" + text.strip().splitlines()[-1])
    if not any(f.name == "torch.version_full" for f in facts):
        raise InputError(f"--answer {qid}: expected a line such as '2.4.1+cu121 12.1' (torch's version and CUDA)")
    return facts


def _parse_pip_show(text: str, qid: str) -> list[Fact]:
    if re.search(r"Package\(s\) not found: torch", text, re.I):
        return [absent("torch.metadata_version", SOURCE, "pip show found no torch (the pasted output)",
                       text.strip()[:200], origin=ORIGIN)]
    m = re.search(r"^Name:\s*torch\s*$.*?^Version:\s*(\S+)", text, re.M | re.S)
    if not m:
        raise InputError(f"--answer {qid}: expected pip show's 'Name: torch' and 'Version:' lines,"
                         " or 'Package(s) not found: torch'")
    return [ok("torch.metadata_version", m.group(1), SOURCE, f"Version: {m.group(1)}", origin=ORIGIN)]


def _parse_print_value(text: str, qid: str, fact: str) -> list[Fact]:
    """One printed value (`print(os.environ.get(NAME))`): the last line; `None` = not set."""
    lines = [ln for ln in text.splitlines() if ln.strip() or ln == ""]
    value = lines[-1].strip() if lines else ""
    if value == "None":
        return [absent(fact, SOURCE, "not set (the pasted output printed None)", value, origin=ORIGIN)]
    if "Traceback" in text or "Error" in value or not value:
        raise InputError(f"--answer {qid}: the command failed; paste the one line it prints")
    spec = lookup(fact)
    typed = coerce(value, spec.type, f"--answer {qid}") if spec is not None else value
    return [ok(fact, typed, SOURCE, f"printed: {value!r}", origin=ORIGIN)]


def _parse_docker_gpu_test(text: str, qid: str) -> list[Fact]:
    """`docker run --rm --gpus all IMAGE nvidia-smi` on the host: the three outcomes that tell
    a missing NVIDIA Container Toolkit from a broken host driver from a working setup."""
    if re.search(r"could not select device driver .*with capabilities: \[\[gpu\]\]", text):
        value = "no-runtime"
    elif re.search(r"nvidia-container-cli: .*(?:driver|nvml)|NVIDIA-SMI has failed", text, re.I):
        value = "driver-error"
    elif re.search(r"NVIDIA-SMI \d+|Driver Version: \d+", text):
        value = "ok"
    else:
        raise InputError(f"--answer {qid}: expected nvidia-smi's table or docker's error message")
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return [ok("container.gpus", value, SOURCE, line[:200], origin=ORIGIN)]


def _parse_nvidia_smi_util(text: str, qid: str) -> list[Fact]:
    """nvidia-smi taken while the slow program runs: its facts, plus run.gpu_util, the highest
    GPU-Util of its rows (the table's third column, or `--query-gpu=utilization.gpu` CSV)."""
    facts = [f for f in _parse_nvidia_smi(text, qid) if f.status == "ok"]
    utils: list[int] = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.split("|")]
        # A device row: "| 35%   39C    P8    12W / 160W |  99MiB /  8110MiB |   0%   Default |"
        for i, cell in enumerate(cells[:-1]):
            if "MiB /" in cell and cells[i + 1][:1].isdigit():
                head = cells[i + 1].split()[0]
                if head.endswith("%") and head[:-1].isdigit():
                    utils.append(int(head[:-1]))
        csv = line.strip().rstrip("%").strip()
        if csv.isdigit() and "utilization.gpu" in text:
            utils.append(int(csv))
    if utils:
        facts.append(ok("run.gpu_util", max(utils), SOURCE, f"GPU-Util {max(utils)}%", origin=ORIGIN))
    return facts


def _parse_python_list(text: str, qid: str) -> list[Fact]:
    from gpufix.probes.path_python import parse_python_list  # lazy: start-up: the probe parser loads only for an answer

    try:
        return parse_python_list(text)
    except ValueError as e:
        raise InputError(f"--answer {qid}: {e} (what `where python` or `which -a python` prints)") from e


PARSERS = {"nvidia-smi": _parse_nvidia_smi, "nvidia-smi-util": _parse_nvidia_smi_util,
           "python-list": _parse_python_list, "docker-gpu-test": _parse_docker_gpu_test, "torch-print": _parse_torch_print, "pip-show": _parse_pip_show,
           "print-value": _parse_print_value}
