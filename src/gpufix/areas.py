"""The per-area summary (in the spirit of `flutter doctor`): one line per part of the stack.

Computed once from facts and diagnoses; the TUI and the text report only render it.
Each diagnosis is filed under one *primary* area, so one problem is not counted twice:
the area its evidence is most about, earlier evidence counting more (rules list the main
facts first; a fact at position i weighs 1/(i+1)); on a tie the lower layer of the stack.
"""
from __future__ import annotations

import re
from dataclasses import field
from typing import Any, Iterable, Sequence

from gpufix.diagnosis import SEVERITY_ORDER, Diagnosis
from gpufix.fact_catalog import AREAS, area_of, key_facts
from gpufix.facts import FactBase
from gpufix.records import record
from gpufix.ui_strings import t, terminal_safe

MARKS = {"ok": "[✓]", "warning": "[!]", "error": "[✗]", "unchecked": "[-]"}


def area_of_fact(name: str) -> str | None:
    """The fact's area from the catalog; facts about inputs or conclusions (log.*, match.*,
    recommend.*, derived.*) belong to no area."""
    return area_of(name)


def primary_area(d: Diagnosis) -> str:
    counts = {a: 0.0 for a in AREAS}
    for i, name in enumerate(d.evidence):
        area = area_of_fact(name)
        if area:
            counts[area] += 1.0 / (i + 1)
    best = max(AREAS, key=lambda a: (counts[a], -AREAS.index(a)))
    if counts[best] and d.kind != "code":
        return best
    return "log"  # code errors and findings read only from a log


@record(frozen=True)
class AreaStatus:
    key: str
    label: str
    status: str  # ok | warning | error | unchecked
    summary: str
    findings: tuple[Diagnosis, ...] = field(default_factory=tuple)

    @property
    def mark(self) -> str:
        return MARKS[self.status]

    def line(self) -> str:
        return f"{self.mark} {self.label}: {self.summary}"


def summarize(facts: FactBase, diagnoses: Sequence[Diagnosis], lang: str = "en",
              log_given: bool = False) -> list[AreaStatus]:
    by_area: dict[str, list[Diagnosis]] = {}
    for d in diagnoses:
        # A finding about a pasted log's other machine says nothing about this machine's areas.
        by_area.setdefault("log" if d.machine == "log" else primary_area(d), []).append(d)
    out = []
    for area in AREAS:
        found = tuple(by_area.get(area, ()))
        summary, checked, unknown_reason = _SUMMARIES[area](facts, lang)
        status = _worst(found)
        if status == "ok":
            if not checked:
                status, summary = "unchecked", t("not_checked", lang)
            elif unknown_reason and not summary:
                status = "warning"
                summary = f"{t('could_not_tell', lang)}: {unknown_reason}"
        if not summary and not checked:
            summary = t("not_checked", lang)  # a finding from the log alone: its title follows, the area was not read
        out.append(AreaStatus(area, t(f"area.{area}", lang), status, summary or "-", found))
    extra = tuple(by_area.get("log", ()))
    if log_given or extra:
        # The row is about what the log showed: every finding a signature in it supports,
        # though only those filed nowhere else are listed under it.
        from_log = [d for d in diagnoses if from_the_log(d)] + [d for d in extra if not from_the_log(d)]
        label = t("area.log" if log_given else "area.other", lang)
        summary = t("log_matches" if log_given else "n_findings", lang, n=len(from_log)) if from_log \
            else t("log_clean", lang)
        out.append(AreaStatus("log", label, _worst(from_log), summary, extra))
    return out


def from_the_log(d: Diagnosis) -> bool:
    """Evidence from an error text: a matched signature, a group it captured, or a fact only a log states
    (log.*: the missing torch API the reader found in a traceback)."""
    return any(k.startswith(("signature.", "match.", "log.")) for k in d.evidence)


def _worst(diags: Iterable[Diagnosis]) -> str:
    sev = min((SEVERITY_ORDER.get(d.severity, 9) for d in diags), default=9)
    return "error" if sev == 0 else "warning" if sev == 1 else "ok"


# --- one summary line per area ------------------------------------------------------
# Each returns (summary text, whether the area was looked at, why it could not tell).

# A derived fact that copies a probed one when the probe knew it: shown once.
_COPIES = {"compat.driver_cuda": "driver.cuda"}
_WHERE_PREFIX = re.compile(r"^(?:[a-z_.]{1,40} )?line [0-9]{1,9}: ")
# Facts the rules or the knowledge base conclude from others: "not known" only when those are.
_CONCLUSIONS = ("derived.", "compat.", "recommend.")


def split_evidence(evidence: dict[str, Any]) -> tuple[list[tuple[str, Any]], list[str]]:
    """(name, value) pairs that are known, and the names of those that are not (None).

    Only observations are listed as not known: a conclusion the rules or the knowledge base draw
    (derived.*, compat.*, recommend.*) is not known exactly when what it is drawn from is not, and
    that is listed already; its own label would only repeat it less plainly.

    Two signatures that matched the same log line carry the same text and are shown under the same
    label: the line is listed once. A matched line is shown without its "line N:" lead: every
    renderer shows its origin ("log line N", "日志第 N 行") beside it."""
    known: list[tuple[str, Any]] = []
    seen_lines: set[str] = set()
    for k, v in evidence.items():
        if v is None:
            continue
        if k in _COPIES and evidence.get(_COPIES[k]) == v:
            continue  # the knowledge base's copy of a fact shown beside it, under the same label
        if k.startswith("signature."):
            if isinstance(v, str):  # "line 4: ..." - the origin beside it says where, in the reader's language
                v = _WHERE_PREFIX.sub("", v, count=1)
            text = format_value(v)
            if text in seen_lines:
                continue
            seen_lines.add(text)
        known.append((k, v))
    return known, [k for k, v in evidence.items() if v is None and not k.startswith(_CONCLUSIONS)]


def evidence_text(name: str, value: Any) -> str:
    """A known evidence value as a finding shows it. A conclusion that holds (a derived yes/no such as
    "the CUDA check returned True in one place and False in another") is its label alone: ": true" after
    it says nothing, and reads as code in the Chinese report."""
    if value is True and name.startswith(_CONCLUSIONS):
        return ""
    return format_value(value)


NOT_KNOWN_SHOWN = 6  # a longer list buries the facts that were found; --json keeps every name


def not_known_text(labels: list[str], lang: str) -> str:
    """The "(not known: ...)" line of a finding: its first NOT_KNOWN_SHOWN labels, then how many more."""
    shown = ", ".join(labels[:NOT_KNOWN_SHOWN])
    if len(labels) > NOT_KNOWN_SHOWN:
        shown += t("not_known.more", lang, n=len(labels) - NOT_KNOWN_SHOWN)
    return f"({t('not_known', lang)}: {shown})"


def format_value(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(format_value(v) for v in value) if value else "-"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    if value == "":
        return '""'  # set but empty (CUDA_VISIBLE_DEVICES="" hides every GPU): not the same as unset
    return "-" if value is None else terminal_safe(str(value))


def _looked(facts: FactBase, area: str) -> tuple[bool, str]:
    """(any key fact present, the reason if the present ones are all unknown)."""
    present = [facts.get(n) for n in key_facts(area) if facts.get(n) is not None]
    if not present:
        return False, ""
    unknown = [f for f in present if f.status == "unknown"]
    return True, (unknown[0].reason if len(unknown) == len(present) else "")


def _first_line(text: Any, limit: int = 70) -> str:
    line = str(text).strip().splitlines()[0] if str(text).strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _gpu(facts: FactBase, lang: str) -> tuple[str, bool, str]:
    checked, why = _looked(facts, "gpu")
    parts = []
    if facts.value("driver.error"):
        parts.append(f"{t('driver_error', lang)}: {_first_line(facts.value('driver.error'), 50)}")
    names = facts.value("gpu.name") or []
    caps = facts.value("gpu.compute_capability") or []
    on_bus = facts.value("pci.nvidia_count")
    if isinstance(names, str):
        names = [names]
    if names:
        shown = []
        for i, name in enumerate(names):
            cc = caps[i] if i < len(caps) else None
            shown.append(f"{name} ({cc})" if cc else str(name))
        # Eight identical cards read better as one entry with a count.
        if len(set(shown)) == 1 and len(shown) > 1:
            parts.append(f"{len(shown)}x {shown[0]}")
        else:
            parts.append(", ".join(shown))
    elif isinstance(facts.value("gpu.count"), int) and facts.value("gpu.count") > 0:
        parts.append(t("n_gpus", lang, n=facts.value("gpu.count")))
    elif isinstance(on_bus, int) and on_bus > 0:
        # No driver named the cards, but the bus shows them (it needs no driver).
        parts.append(t("gpu_on_bus", lang, names=format_value(facts.value("pci.gpu_names")) or on_bus))
    elif facts.value("gpu.count") == 0 or on_bus == 0:
        # "No GPU" only when observed: a driver that answered with no devices, or the bus read.
        parts.append(t("no_gpu", lang))
    drv = facts.value("driver.version")
    if drv:
        cuda = facts.value("driver.cuda")
        parts.append(f"{t('driver', lang)} {drv}" + (f" (CUDA {cuda})" if cuda else ""))
    elif facts.status("driver.version") == "absent":
        # No driver answered: that says nothing about the GPU unless the bus was read (issue 10).
        if isinstance(on_bus, int) and on_bus > 0:
            parts.append(t("no_working_driver", lang))
        elif not parts:
            parts.append(t("no_driver", lang))
    return ", ".join(parts), checked, why


def _cuda(facts: FactBase, lang: str) -> tuple[str, bool, str]:
    checked, why = _looked(facts, "cuda")
    parts = []
    build = facts.value("torch.build")
    if facts.value("torch.cuda"):
        parts.append(t("cuda_built", lang, v=facts.value("torch.cuda")))
    elif facts.value("torch.hip"):
        parts.append(t("rocm_built", lang, v=facts.value("torch.hip")))
    elif build == "cpu":
        parts.append(t("cpu_only", lang))
    avail = facts.value("torch.cuda_available")
    if avail is not None:
        parts.append(f"is_available(): {format_value(avail)}")
    if facts.value("nvcc.version"):
        parts.append(f"nvcc {facts.value('nvcc.version')}")
    return ", ".join(parts), checked, why


def _torch(facts: FactBase, lang: str) -> tuple[str, bool, str]:
    checked, why = _looked(facts, "torch")
    version = facts.value("torch.version_full") or facts.value("torch.version")
    parts = []
    if version:
        parts.append(f"torch {version}")
        build = facts.value("torch.build")
        if build and f"+{build}" not in str(version):
            parts[-1] += f" ({build})"
    elif facts.status("torch.version") == "absent" or facts.status("torch.version_full") == "absent":
        parts.append(f"torch {t('not_installed', lang)}")
    elif facts.value("torch.build"):
        parts.append(f"torch ({facts.value('torch.build')})")
    if facts.value("torch.error"):
        parts.append(f"{t('import_failed', lang)}: {_first_line(facts.value('torch.error'), 50)}")
    count = facts.value("torch.install_count")
    if isinstance(count, int) and count > 1:
        parts.append(t("installs", lang, n=count))
    return ", ".join(parts), checked, why


def _python(facts: FactBase, lang: str) -> tuple[str, bool, str]:
    checked, why = _looked(facts, "python")
    parts = []
    if facts.value("python.version"):
        env = facts.value("python.env")
        parts.append(f"Python {facts.value('python.version')}" + (f" ({env})" if env else ""))
    if facts.value("pip.mirror"):
        parts.append(f"{t('index', lang)}: {facts.value('pip.mirror')}")
    elif facts.value("pip.index_url") and "pypi.org" not in str(facts.value("pip.index_url")):
        parts.append(f"{t('index', lang)}: {facts.value('pip.index_url')}")
    if facts.value("python.executable"):
        parts.append(str(facts.value("python.executable")))
    return ", ".join(parts), checked, why


def _packages(facts: FactBase, lang: str) -> tuple[str, bool, str]:
    checked, why = _looked(facts, "packages")
    parts = []
    for pkg in ("numpy", "torchvision", "torchaudio"):
        full = facts.value(f"{pkg}.version_full") or facts.value(f"{pkg}.version")
        if full:
            parts.append(f"{pkg} {full}")
        elif facts.status(f"{pkg}.version") == "absent":
            parts.append(f"{pkg} {t('not_installed', lang)}")
    return ", ".join(parts), checked, why


_SUMMARIES = {"gpu": _gpu, "cuda": _cuda, "torch": _torch, "python": _python, "packages": _packages}


# --- which machine a pasted log describes ---------------------------------------------

_MACHINE_LABELS = {"torch.version_full": "torch", "torch.version": "torch", "torch.build": "build",
                   "torch.cuda": "cuda", "driver.version": "driver", "gpu.name": "gpu",
                   "python.version": "python", "os.name": "os", "os.arch": "arch"}


def contradiction_text(c: Any, lang: str = "en") -> str:
    """One contradiction (gpufix.core.machines.Contradiction) in words: "its torch 2.4.1+cu121
    (line 3) is not this machine's 2.13.0+cpu"."""
    line = c.log_line if c.log_line is not None else "?"
    this = format_value(c.this_value)
    if c.fact == "error":
        return t(f"machine.error_{c.needs}", lang, line=line, this=this)
    label = t(f"machine.label.{_MACHINE_LABELS.get(c.fact, 'torch')}", lang)
    if c.this_status == "absent":
        return t("machine.none_here", lang, label=label, log=format_value(c.log_value), line=line)
    if c.log_value is None:
        return t("machine.none_there", lang, label=label, line=line, this=this)
    return t("machine.differs", lang, label=label, log=format_value(c.log_value), line=line, this=this)


def machine_line(log: Any, lang: str = "en") -> str | None:
    """The one line that says which machine a pasted log describes (an Outcome's LogAnalysis);
    None when nothing was probed (the analysis is the log's alone, nothing to tell apart)."""
    if log is None or not log.check.probed:
        return None
    check = log.check
    if check.declared == "user":
        return t("machine.user", lang, machine=t(f"machine.name.{check.machine}", lang))
    if check.declared == "recording":
        return t("machine.recording", lang)
    if check.machine == "other":
        first = contradiction_text(check.contradictions[0], lang)
        more = len(check.contradictions) - 1
        return t("machine.other", lang, why=first + (t("machine.more", lang, n=more) if more else ""))
    if check.machine == "this":
        labels = dict.fromkeys(t(f"machine.label.{_MACHINE_LABELS.get(n, 'torch')}", lang) for n in check.agreements)
        return t("machine.this", lang, what=", ".join(labels))
    return t("machine.unknown", lang)
