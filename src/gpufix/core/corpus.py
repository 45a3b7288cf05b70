"""The field corpus (tests/corpus/, docs/corpus.md): real public reports, a fixed dev/test split,
and the top-1 score of the rules on them.

A report is one YAML file (tests/corpus/reports/<id>.yaml; the format is in docs/corpus.md): the
user's own text, verbatim, and the cause its thread established (`expected`). Scoring runs each
text through the pipeline exactly as `gpufix --no-probe --log FILE --json` does (a log alone,
this machine never probed), in this process, with the rules compiled once.

Top-1 is the first error or warning finding in the order `--json` lists them (most severe, then
most specific); when there is none, the first info finding; else nothing. A report is right when:

    expected: <rule id>            top-1 is that rule
    expected: healthy              no error finding at all (a working machine's report)
    expected: not-an-env-problem   top-1 is nothing or a `kind: code` rule (code-error, cuda-oom):
                                   no setup finding leads
    expected: <id no rule has>     never (a proposed cause that no rule covers yet counts as a miss)

Besides accuracy: false alarms (error findings on `healthy` reports) and blamed code errors
(setup-kind error findings on `not-an-env-problem` reports), the two figures issue 11 wants at 0.

The split is by source thread, fixed forever by `split_of` (below): tune on dev only.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import field
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence
from urllib.parse import urlsplit

from gpufix.errors import InputError
from gpufix.records import record

HEALTHY = "healthy"
NOT_ENV = "not-an-env-problem"
DEV, TEST = "dev", "test"
SPLITS = (DEV, TEST)
DEV_PERCENT = 70
NONE = "(none)"  # top-1 when gpufix found nothing

REQUIRED = ("id", "source", "text", "expected", "cause", "established_by", "os", "language", "era", "installer")
OPTIONAL = ("title", "torch")
ENUMS = {
    "established_by": ("maintainer", "reporter-confirmed", "accepted-answer"),
    "os": ("windows", "linux", "wsl", "macos", "container", "unknown"),
    "language": ("en", "zh"),
    "installer": ("pip", "conda", "uv", "poetry", "unknown"),
}
ERAS = range(2016, 2028)
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_EXPECTED = re.compile(r"[a-z0-9][a-z0-9-]*")
BASELINE_FILE = "baseline.json"
REPORTS_DIR = "reports"


# --- the split -------------------------------------------------------------------------------

def normalise_url(url: str) -> str:
    """One spelling per thread, so that every report of a thread lands in the same split.

    https; host lowercased without `www.`; no fragment (`#issuecomment-...`), no query
    parameters starting with `utm_`, no trailing `/`; GitHub `/pull/N` = `/issues/N` and anything
    after the number dropped; Stack Exchange `/questions/N/slug` -> `/questions/N`, `/q/N` ->
    `/questions/N`; Discourse `/t/slug/N[/post]` -> `/t/N`. The path keeps its case.
    """
    parts = urlsplit(url.strip())
    host = parts.netloc.lower()
    host = host[4:] if host.startswith("www.") else host
    path = parts.path.rstrip("/")
    segs = [s for s in path.split("/") if s]
    if host == "github.com" and len(segs) >= 4 and segs[2] in ("issues", "pull", "pulls") and segs[3].isdigit():
        segs = [segs[0].lower(), segs[1].lower(), "issues", segs[3]]
    elif len(segs) >= 2 and segs[0] in ("questions", "q") and segs[1].isdigit():
        segs = ["questions", segs[1]]
    elif len(segs) >= 3 and segs[0] == "t" and segs[2].isdigit():
        segs = ["t", segs[2]]
    query = "&".join(q for q in parts.query.split("&") if q and not q.lower().startswith("utm_"))
    return f"https://{host}/{'/'.join(segs)}" + (f"?{query}" if query else "")


def split_of(url: str) -> str:
    """dev or test, fixed forever for a thread: the first 8 hex digits of the SHA-256 of the
    normalised URL (UTF-8), as an integer, modulo 100: below 70 is dev, else test.

    Never change this function (nor normalise_url): the split would move reports that were
    tuned on into the test split. tests/core/test_corpus.py pins its answers."""
    digest = hashlib.sha256(normalise_url(url).encode("utf-8")).hexdigest()
    return DEV if int(digest[:8], 16) % 100 < DEV_PERCENT else TEST


# --- loading ---------------------------------------------------------------------------------

@record(frozen=True)
class Report:
    id: str
    path: Path
    source: str
    text: str
    expected: str
    data: dict

    @property
    def split(self) -> str:
        return split_of(self.source)

    @property
    def language(self) -> str:
        return str(self.data.get("language", ""))

    @property
    def os(self) -> str:
        return str(self.data.get("os", ""))


def report_dirs(given: Sequence[str | Path]) -> list[Path]:
    """Each argument is a reports folder or a corpus folder that holds `reports/`."""
    out = []
    for g in given:
        p = Path(g)
        if (p / REPORTS_DIR).is_dir():
            p = p / REPORTS_DIR
        if not p.is_dir():
            raise InputError(f"--corpus {g}: not a folder of reports")
        out.append(p)
    return out


def check_report(data: Any, path: Path) -> Optional[str]:
    """The first problem of one parsed report, as one line without the file name; None when valid."""
    if not isinstance(data, dict):
        return "not a mapping of id, source, text, expected, ..."
    missing = [k for k in REQUIRED if k not in data or data[k] in (None, "")]
    if missing:
        return f"missing {', '.join(missing)}"
    unknown = [k for k in data if k not in REQUIRED + OPTIONAL]
    if unknown:
        return f"unknown key {', '.join(map(str, unknown))} (known: {', '.join(REQUIRED + OPTIONAL)})"
    for key in ("id", "source", "text", "expected", "cause"):
        if not isinstance(data[key], str):
            return f"{key}: expects text"
    if data["id"] != path.stem:
        return f"id {data['id']!r} differs from the file name {path.stem!r}"
    if not _ID.fullmatch(data["id"]):
        return f"id {data['id']!r}: lowercase letters, digits and '-' only"
    if not data["source"].startswith(("https://", "http://")):
        return f"source {data['source']!r}: expects the thread's http(s) URL"
    if not _EXPECTED.fullmatch(data["expected"]):
        return f"expected {data['expected']!r}: a rule id, {HEALTHY} or {NOT_ENV} (kebab-case)"
    for key, allowed in ENUMS.items():
        if data[key] not in allowed:
            return f"{key}: {data[key]!r} is not one of {', '.join(allowed)}"
    era = data["era"]
    if isinstance(era, bool) or not isinstance(era, int) or era not in ERAS:
        return f"era: {era!r} is not a year from {ERAS.start} to {ERAS.stop - 1}"
    if not data["text"].strip():
        return "text: empty"
    return None


def load_reports(dirs: Iterable[str | Path]) -> tuple[list[Report], list[str]]:
    """(valid reports sorted by id, one line per broken report: `path: problem`)."""
    import yaml  # lazy: only the corpus commands read YAML reports

    reports: list[Report] = []
    problems: list[str] = []
    seen: dict[str, Path] = {}
    for d in report_dirs(list(dirs)):
        for path in sorted(d.glob("*.yaml")):
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as e:
                problems.append(f"{path}: cannot read: {e}")
                continue
            except yaml.YAMLError as e:
                mark = getattr(e, "problem_mark", None)
                where = f":{mark.line + 1}" if mark is not None else ""
                problems.append(f"{path}{where}: not valid YAML: {getattr(e, 'problem', None) or e}")
                continue
            problem = check_report(data, path)
            if problem is None and data["id"] in seen:
                problem = f"id {data['id']!r} also in {seen[data['id']]}"
            if problem is not None:
                problems.append(f"{path}: {problem}")
                continue
            seen[data["id"]] = path
            reports.append(Report(data["id"], path, data["source"], data["text"], data["expected"], data))
    reports.sort(key=lambda r: r.id)
    return reports, problems


def fixture_threads(fixtures: Optional[Path]) -> set[str]:
    """The normalised source URLs of the fixtures (tests/fixtures/*/case.yaml `sources`). A corpus
    report from one of these threads measures nothing new (CORPUS.md): the summary lists them."""
    import yaml  # lazy: as in load_reports

    out: set[str] = set()
    if fixtures is None or not fixtures.is_dir():
        return out
    for case in fixtures.glob("*/case.yaml"):
        try:
            data = yaml.safe_load(case.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue  # `gpufix rules test` reports a broken case
        for src in (data or {}).get("sources") or [] if isinstance(data, dict) else []:
            if isinstance(src, dict) and isinstance(src.get("url"), str):
                out.add(normalise_url(src["url"]))
    return out


# --- scoring ---------------------------------------------------------------------------------

@record
class Scored:
    report: Report
    top1: str  # a rule id or NONE
    findings: list[tuple[str, str]]  # (id, severity) in --json order
    correct: bool
    false_alarm: list[str] = field(default_factory=list)  # error findings on a healthy report
    blamed: list[str] = field(default_factory=list)  # setup error findings on a not-an-env-problem report
    crashed: Optional[str] = None
    symptoms: list[str] = field(default_factory=list)  # the differentials (symptoms) that held, by id

    @property
    def split(self) -> str:
        return self.report.split


def top1_of(findings: Sequence[tuple[str, str]]) -> str:
    """The first error or warning finding; else the first info finding; else NONE."""
    for id_, sev in findings:
        if sev in ("error", "warning"):
            return id_
    return findings[0][0] if findings else NONE


def judge(expected: str, findings: Sequence[tuple[str, str]], kinds: dict[str, str]) -> tuple[bool, list, list]:
    """(right?, false alarms, blamed code errors) for one report's findings (module docstring)."""
    top1 = top1_of(findings)
    errors = [i for i, sev in findings if sev == "error"]
    if expected == HEALTHY:
        return not errors, errors, []
    if expected == NOT_ENV:
        blamed = [i for i in errors if kinds.get(i) != "code"]
        return top1 == NONE or kinds.get(top1) == "code", [], blamed
    return top1 == expected, [], []


def diagnose_text(text: str, rules: Any) -> Any:
    """The Outcome of `gpufix --no-probe --log FILE --json` for a log holding `text`."""
    # lazy: the pipeline loads only when a corpus is scored
    from gpufix.core.outcome import Request
    from gpufix.core.pipeline import diagnose

    return diagnose(Request(log_text=text, probe=False, rules=rules), lang="en")


def score_report(report: Report, rules: Any, kinds: dict[str, str]) -> Scored:
    try:
        outcome = diagnose_text(report.text, rules)
    except Exception as e:  # noqa: BLE001 - one report's crash is that report's miss, with its reason
        return Scored(report, NONE, [], False, crashed=f"{type(e).__name__}: {e}")
    findings = [(d.id, d.severity) for d in outcome.diagnoses]
    ok, alarms, blamed = judge(report.expected, findings, kinds)
    symptoms = [d.id for d in getattr(outcome, "differentials", None) or []]
    return Scored(report, top1_of(findings), findings, ok, alarms, blamed, symptoms=symptoms)


def score(reports: Sequence[Report], rules: Any) -> list[Scored]:
    """Every report scored with one RuleSet (compiled once, on the first report)."""
    kinds = {r.id: r.kind for r in rules if not r.is_derive}
    return [score_report(r, rules, kinds) for r in reports]


# --- the summary -----------------------------------------------------------------------------

def _figure(items: Sequence[Scored]) -> dict[str, Any]:
    n = len(items)
    right = sum(s.correct for s in items)
    return {"reports": n, "correct": right, "top1": round(right / n, 4) if n else None}


def summarise(scored: Sequence[Scored], rule_ids: Iterable[str], problems: Sequence[str] = (),
              fixture_urls: Iterable[str] = ()) -> dict[str, Any]:
    """What `gpufix rules test --corpus --json` prints. Texts and per-report misses only for dev:
    the test split is scored, never read."""
    rule_ids = set(rule_ids)
    fixture_urls = set(fixture_urls)
    by_split = {s: [x for x in scored if x.split == s] for s in SPLITS}
    per_expected: dict[str, dict[str, Any]] = {}
    for exp in sorted({x.report.expected for x in scored}):
        row: dict[str, Any] = {"kind": "rule" if exp in rule_ids else exp if exp in (HEALTHY, NOT_ENV) else "no-rule"}
        for s in SPLITS:
            items = [x for x in by_split[s] if x.report.expected == exp]
            row[s] = _figure(items)
            row[s]["top1_given"] = dict(Counter(x.top1 for x in items if not x.correct).most_common())
        per_expected[exp] = row
    # Where each rule fired as top-1 wrongly: its false positives, by split.
    wrong_top1: dict[str, dict[str, int]] = defaultdict(lambda: {DEV: 0, TEST: 0})
    for x in scored:
        if not x.correct and x.top1 != NONE and x.top1 != x.report.expected:
            wrong_top1[x.top1][x.split] += 1
    return {
        "reports": len(scored),
        "broken": list(problems),
        "splits": {s: _figure(by_split[s]) for s in SPLITS},
        # The same without reports from fixture threads: a dev report turned into a fixture is fitted.
        "splits_unfitted": {s: _figure([x for x in by_split[s] if normalise_url(x.report.source) not in fixture_urls])
                            for s in SPLITS},
        "by_language": {lang: {s: _figure([x for x in by_split[s] if x.report.language == lang]) for s in SPLITS}
                        for lang in sorted({x.report.language for x in scored})},
        "expected": per_expected,
        "wrong_top1": {k: wrong_top1[k] for k in sorted(wrong_top1)},
        "false_alarms": {s: _alarm_list(by_split[s], "false_alarm", s) for s in SPLITS},
        "blamed_code_errors": {s: _alarm_list(by_split[s], "blamed", s) for s in SPLITS},
        "crashed": [{"id": x.report.id, "error": x.crashed} for x in scored if x.crashed],
        # Symptom-only misses: no finding, but a differential held (it asked a question instead of naming
        # the cause). Scored as misses, counted apart: each is one answered question from a diagnosis.
        "symptom_only": {s: _symptom_only(by_split[s], s) for s in SPLITS},
        # Reports from a thread a fixture came from (they should not be in the corpus).
        "fixture_threads": {s: [x.report.id for x in by_split[s] if normalise_url(x.report.source) in fixture_urls]
                            for s in SPLITS},
        "dev_misses": [{"id": x.report.id, "expected": x.report.expected, "top1": x.top1,
                        "findings": [f"{i} ({sev})" for i, sev in x.findings], "source": x.report.source}
                       for x in by_split[DEV] if not x.correct],
    }


def _symptom_only(items: Sequence[Scored], split: str) -> dict[str, Any]:
    hits = [x for x in items if not x.correct and x.top1 == NONE and x.symptoms]
    out: dict[str, Any] = {"count": len(hits), "symptoms": dict(Counter(i for x in hits for i in x.symptoms))}
    if split == DEV:
        out["reports"] = [x.report.id for x in hits]
    return out


def _alarm_list(items: Sequence[Scored], attr: str, split: str) -> dict[str, Any]:
    hits = [x for x in items if getattr(x, attr)]
    out: dict[str, Any] = {"count": len(hits), "findings": dict(Counter(i for x in hits for i in getattr(x, attr)))}
    if split == DEV:
        out["reports"] = [x.report.id for x in hits]
    return out


# --- the baseline ----------------------------------------------------------------------------

def baseline_path(dirs: Sequence[Path]) -> Path:
    """tests/corpus/baseline.json beside the first reports folder."""
    first = dirs[0]
    return (first.parent if first.name == REPORTS_DIR else first) / BASELINE_FILE


def read_baseline(path: Path) -> Optional[dict[str, Any]]:
    if not path.is_file():
        return None
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise InputError(f"{path}: not a baseline file: {e}") from e
    if not isinstance(doc, dict) or not isinstance(doc.get(TEST), dict):
        raise InputError(f"{path}: not a baseline file (no 'test' figures)")
    return doc


def baseline_document(summary: dict[str, Any]) -> dict[str, Any]:
    return {"note": "top-1 on the field corpus; tests/core/test_corpus.py fails when the test split drops below "
                    "this. Raise it with `gpufix rules test --corpus --update-baseline`.",
            "reports": summary["reports"], DEV: summary["splits"][DEV], TEST: summary["splits"][TEST]}


def below_baseline(summary: dict[str, Any], baseline: Optional[dict[str, Any]]) -> list[str]:
    """One line per way the score fell below the recorded baseline: the test split's top-1
    (compared as correct/reports, exactly) and the number of reports (the corpus never shrinks)."""
    if baseline is None:
        return []
    out = []
    now, then = summary["splits"][TEST], baseline[TEST]
    if int(summary["reports"]) < int(baseline.get("reports", 0)):
        out.append(f"the corpus has {summary['reports']} valid reports, the baseline {baseline['reports']}")
    if then.get("reports") and now["reports"]:
        if now["correct"] * then["reports"] < then["correct"] * now["reports"]:
            out.append(f"test-split top-1 {now['correct']}/{now['reports']} ({_pct(now['top1'])}) is below the "
                       f"baseline's {then['correct']}/{then['reports']} ({_pct(then['top1'])})")
    return out


def guard(reports: Sequence[Report], rules: Any, baseline: Optional[dict[str, Any]]) -> list[str]:
    """What CI checks, scoring only what it needs: every valid report counts toward the size, but only
    the test split is run through the pipeline (the dev split is for tuning; its figure is not guarded)."""
    test = [r for r in reports if r.split == TEST]
    summary = summarise(score(test, rules), [r.id for r in rules if not r.is_derive])
    summary["reports"] = len(reports)
    return below_baseline(summary, baseline)


def _pct(value: Optional[float]) -> str:
    return "n/a" if value is None else f"{100 * value:.1f} %"
