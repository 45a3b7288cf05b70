"""Rule tests: replay each fixture through the whole pipeline and check its `expect:` block.

This lives in the core, not the engine: a case runs the same pipeline as `gpufix --json
--no-probe --fixture DIR` (gpufix.core.pipeline), which the engine must not import.

A case is a directory with case.yaml (tests/fixtures/README.md). It runs like
`gpufix --json --no-probe --fixture DIR --log DIR/log.txt`: the probe files are replayed
through the probes' parsers, log.txt is scanned, case.yaml `facts:` are added as if given
with --fact, the knowledge base derives its facts, and the rules run. Then:

    first: ID           the top diagnosis is ID
    fires: [ID...]      each rule fired (derive rules count)
    also: [ID...]       these fire too, rightly, though the case is not about them
    ok: [ID...]         none of them fired
    no_errors: bool     true: no error-severity diagnosis; false: at least one
    recommend: {fact: value}   the knowledge base produced these values
    todo_fires / todo_ok       known misses: reported, never failures

Expectations are exact: an error- or warning-severity diagnosis that is in none of first,
fires, also, todo_fires and todo_ok fails the case (info findings may come and go). A rule
that fires where it should not goes in todo_ok, so `gpufix rules test` keeps reporting it.

Convention (like semgrep's ruleid/ok): every rule must be in some case's `fires` and in
some case's `ok`; a rule without both is a failure (`also` does not count: it is a
fixture written for another rule).
"""
from __future__ import annotations

from dataclasses import field
from pathlib import Path
from typing import Any, Iterable, Sequence

from gpufix.core.inputs import case_fact, merge, replay_fixture
from gpufix.core.logs import read_log
from gpufix.core.outcome import Collected
from gpufix.core.pipeline import analyse
from gpufix.engine.loader import RuleSet
from gpufix.engine.versions import parse_version
from gpufix.engine.yaml_lines import YamlError, line_of, load_yaml_with_lines
from gpufix.errors import InputError
from gpufix.records import record

CASE_FILE = "case.yaml"
LOG_FILE = "log.txt"
CASE_KEYS = ("description", "os", "sources", "facts", "facts_expected", "expect")  # facts_expected: probe tests
EXPECT_KEYS = ("first", "fires", "also", "ok", "no_errors", "recommend", "todo_fires", "todo_ok", "differential",
               "differential_ok")
# expect.differential: {SYMPTOM: {...}}: what a differential file (rules/differential/) must conclude.
DIFFERENTIAL_KEYS = ("questions", "open", "ruled_out", "standing")
# Severities an expectation must account for (gpufix.diagnosis.SEVERITY_ORDER's first two).
EXACT_SEVERITIES = ("error", "warning")


@record
class CaseResult:
    name: str
    path: Path
    failures: list[str] = field(default_factory=list)
    todo: list[str] = field(default_factory=list)
    diagnoses: list[str] = field(default_factory=list)
    fired: list[str] = field(default_factory=list)
    fires: list[str] = field(default_factory=list)  # the case's expectations, for the convention check
    oks: list[str] = field(default_factory=list)
    evaluation: Any = None  # the engine's Evaluation (diagnoses with their texts), when the case ran

    @property
    def passed(self) -> bool:
        return not self.failures


def find_cases(dirs: Iterable[str | Path]) -> list[Path]:
    """Case directories: each argument is a case (has case.yaml) or a folder of cases."""
    out: list[Path] = []
    for d in dirs:
        d = Path(d)
        if (d / CASE_FILE).is_file():
            out.append(d)
        elif d.is_dir():
            out.extend(sorted(p.parent for p in d.glob(f"*/{CASE_FILE}")))
        else:
            raise InputError(f"{d}: not a fixture directory")
    return out


def run_case(case_dir: str | Path, rules: RuleSet, lang: str = "en") -> CaseResult:
    case_dir = Path(case_dir)
    result = CaseResult(case_dir.name, case_dir)
    case_path = case_dir / CASE_FILE

    def fail(line: int, msg: str) -> None:
        result.failures.append(f"{case_path}:{line}: {msg}")

    try:
        case, dups = load_yaml_with_lines(case_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        fail(1, f"cannot read: {e}")
        return result
    except YamlError as e:
        fail(e.line, e.message)
        return result
    for line, msg in dups:
        fail(line, msg)
    if not isinstance(case, dict):
        fail(1, "case.yaml must hold a mapping (description, sources, expect...)")
        return result
    for key in case:
        if key not in CASE_KEYS:
            fail(line_of(case, key, 1), f"unknown key {key!r} (known: {', '.join(CASE_KEYS)})")
    expect = case.get("expect")
    if not isinstance(expect, dict):
        fail(line_of(case, "expect", 1), "expect: is missing or not a mapping")
        return result
    eline = line_of(case, "expect", 1)
    for key in expect:
        if key not in EXPECT_KEYS:
            fail(line_of(expect, key, eline), f"expect: unknown key {key!r} (known: {', '.join(EXPECT_KEYS)})")
    lists = {}
    for key in ("fires", "also", "ok", "todo_fires", "todo_ok"):
        value = expect.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            fail(line_of(expect, key, eline), f"expect.{key}: expects a list of rule ids")
            value = []
        for rid in value:
            if rid not in rules.by_id:
                fail(line_of(expect, key, eline), f"expect.{key}: no rule {rid!r}")
        lists[key] = value
    result.fires, result.oks = list(lists["fires"]), list(lists["ok"])
    dx_want = _differential_expectations(expect, eline, rules, fail)
    result.fires += list(dx_want)
    result.oks += [s for s in expect.get("differential_ok") or [] if isinstance(s, str)]
    if result.failures:
        return result

    try:
        collected = _collect(case_dir, case, rules, fail)
    except InputError as e:
        fail(1, str(e))
        return result
    try:
        outcome = analyse(collected, lang, rules)
    except Exception as e:  # noqa: BLE001 - one case's crash is that case's failure
        fail(1, f"the engine failed: {type(e).__name__}: {e}")
        return result
    ev, facts = outcome.evaluation, outcome.facts
    result.evaluation = ev
    result.diagnoses = [d.id for d in ev.diagnoses]
    result.fired = ev.fired_ids
    shown = ", ".join(result.diagnoses) or "none"
    _check_differentials(outcome, dx_want, expect, eline, fail)
    first = expect.get("first")
    if first is not None:
        if first not in rules.by_id:
            fail(line_of(expect, "first", eline), f"expect.first: no rule {first!r}")
        elif not result.diagnoses or result.diagnoses[0] != first:
            fail(line_of(expect, "first", eline), f"expected {first} first; diagnoses: {shown}")
    for rid in lists["fires"]:
        if rid not in ev.fired:
            fail(line_of(expect, "fires", eline), f"{rid} should fire but did not; diagnoses: {shown}")
    for rid in lists["also"]:
        if rid not in ev.fired:
            fail(line_of(expect, "also", eline), f"{rid} should fire too but did not; diagnoses: {shown}")
    for rid in lists["ok"]:
        if rid in ev.fired:
            fail(line_of(expect, "ok", eline), f"{rid} should not fire but did; diagnoses: {shown}")
    for rid in lists["todo_fires"]:
        if rid not in ev.fired:
            result.todo.append(f"{case_dir.name}: todo: {rid} does not fire yet")
    for rid in lists["todo_ok"]:
        if rid in ev.fired:
            result.todo.append(f"{case_dir.name}: todo: {rid} still fires")
    if "no_errors" in expect:
        want = expect["no_errors"]
        errors = [d.id for d in ev.diagnoses if d.severity == "error"]
        if not isinstance(want, bool):
            fail(line_of(expect, "no_errors", eline), "expect.no_errors: expects true or false")
        elif want and errors:
            fail(line_of(expect, "no_errors", eline), f"expected no error diagnosis; got {', '.join(errors)}")
        elif not want and not errors:
            fail(line_of(expect, "no_errors", eline), f"expected an error diagnosis; diagnoses: {shown}")
    recommend = expect.get("recommend")
    if recommend is not None:
        rline = line_of(expect, "recommend", eline)
        if not isinstance(recommend, dict):
            fail(rline, "expect.recommend: expects a mapping of fact: value")
        else:
            for name, want in recommend.items():
                got = facts.value(name)
                if not _same(got, want):
                    fail(line_of(recommend, name, rline), f"{name}: expected {want!r}, got "
                                                          f"{'nothing' if got is None else repr(got)}")
    # Exact: every error or warning is accounted for (those in `ok` already failed above).
    accounted = {first, *lists["fires"], *lists["also"], *lists["ok"], *lists["todo_fires"], *lists["todo_ok"]}
    unexpected = [f"{d.id} ({d.severity})" for d in ev.diagnoses
                  if d.severity in EXACT_SEVERITIES and d.id not in accounted]
    if unexpected:
        fail(line_of(expect, "fires", eline), f"unexpected finding{'s' if len(unexpected) > 1 else ''}: "
                                               f"{', '.join(unexpected)}; list each in expect.also if it is right "
                                               f"here, in expect.todo_ok if it is a rule bug")
    return result


def _differential_expectations(expect: dict, eline: int, rules: RuleSet, fail) -> dict:
    """expect.differential, checked: symptom id -> its expectations."""
    known = {d.id for d in getattr(rules, "differentials", ())}
    value = expect.get("differential") or {}
    dline = line_of(expect, "differential", eline)
    if not isinstance(value, dict):
        fail(dline, "expect.differential: expects a mapping of symptom id: {questions, open, ruled_out, standing}")
        return {}
    for sid, want in value.items():
        if sid not in known:
            fail(line_of(value, sid, dline), f"expect.differential: no differential {sid!r}")
        elif not isinstance(want, dict) or any(k not in DIFFERENTIAL_KEYS for k in want):
            fail(line_of(value, sid, dline), f"expect.differential.{sid}: expects keys {', '.join(DIFFERENTIAL_KEYS)}")
    oks = expect.get("differential_ok") or []
    if not isinstance(oks, list) or any(s not in known for s in oks):
        fail(line_of(expect, "differential_ok", eline), "expect.differential_ok: expects a list of differential ids")
    return value if isinstance(value, dict) else {}


def _check_differentials(outcome: Any, want: dict, expect: dict, eline: int, fail) -> None:
    """Exact: the questions asked (in order), the open causes (in rank order), the ruled-out
    ones (any order), and the one left standing (or null)."""
    got = {d.id: d for d in outcome.differentials}
    dline = line_of(expect, "differential", eline)
    for sid, spec in want.items():
        line = line_of(want, sid, dline)
        d = got.get(sid)
        if d is None:
            fail(line, f"differential {sid} should hold but its symptom did not")
            continue
        seen = {"questions": [q.id for q in d.questions], "open": [h.id for h in d.open],
                "ruled_out": sorted(h.id for h in d.hypotheses if h.ruled_out), "standing": d.standing}
        for key, value in spec.items():
            wanted = sorted(value) if key == "ruled_out" and isinstance(value, list) else value
            if seen[key] != wanted:
                fail(line_of(spec, key, line), f"differential {sid}: {key}: expected {value!r}, got {seen[key]!r}")
    for sid in expect.get("differential_ok") or []:
        if sid in got:
            fail(line_of(expect, "differential_ok", eline), f"differential {sid} should not hold but did")


def _collect(case_dir: Path, case: dict, rules: RuleSet, fail) -> Collected:
    """Like `gpufix --no-probe --fixture DIR --fact ...`: the recording, its log, case facts."""
    results = replay_fixture(case_dir)
    log = case_dir / LOG_FILE
    scan = read_log(str(log), rules=rules) if log.is_file() else None
    given = list(scan.facts) if scan else []
    case_facts = case.get("facts") or {}
    if not isinstance(case_facts, dict):
        fail(line_of(case, "facts", 1), "facts: expects a mapping of fact name: value")
        case_facts = {}
    for name, value in case_facts.items():
        try:
            given.append(case_fact(str(name), value))
        except InputError as e:
            fail(line_of(case_facts, name, 1), f"facts: {e}")
    return Collected(merge(results, given), results, scan, "", "fixture", case_dir, str(log) if scan else None,
                     given=given, log_recorded=scan is not None)


def collect_case(case_dir: str | Path, rules: RuleSet) -> Collected:
    """A case's inputs as `run_case` collects them (for other readers of the fixtures, such as
    the remedy lint); a case.yaml that cannot be read raises InputError."""
    case_dir = Path(case_dir)
    problems: list[str] = []
    try:
        case, _ = load_yaml_with_lines((case_dir / CASE_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, YamlError) as e:
        raise InputError(f"{case_dir / CASE_FILE}: cannot read: {e}") from e
    if not isinstance(case, dict):
        raise InputError(f"{case_dir / CASE_FILE}: not a mapping")
    collected = _collect(case_dir, case, rules, lambda line, msg: problems.append(f"line {line}: {msg}"))
    if problems:
        raise InputError(f"{case_dir / CASE_FILE}: {problems[0]}")
    return collected


def _same(got: Any, want: Any) -> bool:
    if got is None:
        return want is None
    if isinstance(want, list) or isinstance(got, list):
        return isinstance(want, list) and isinstance(got, list) and len(got) == len(want) and all(
            _same(g, w) for g, w in zip(got, want))
    if isinstance(want, bool) or isinstance(got, bool):
        return got is want
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return got == want
    gv, wv = parse_version(got), parse_version(want)
    if gv is not None and wv is not None and isinstance(want, str):
        return gv == wv  # "12.1" == "12.1.0"; a local part (+cu121) must match too
    return str(got) == str(want)


def convention_failures(results: Sequence[CaseResult], rules: RuleSet) -> list[str]:
    """Rules that lack a fixture where they must fire, or one where they must not."""
    fires = {rid for r in results for rid in r.fires}
    oks = {rid for r in results for rid in r.oks}
    out = []
    for rule in rules:
        if rule.differential is not None and rule.id != rule.differential.id:
            continue  # a differential's inner rules: its expect.differential checks cover them
        missing = [what for what, have in (("fires", fires), ("ok", oks)) if rule.id not in have]
        if missing:
            out.append(f"{rule.path}:{rule.line_of('id')}: rule {rule.id} has no fixture with it in expect."
                       f"{' and no fixture with it in expect.'.join(missing)} (tests/fixtures/<case>/case.yaml)")
    return out


def run_cases(cases: Sequence[Path], rules: RuleSet, lang: str = "en") -> list[CaseResult]:
    return [run_case(c, rules, lang) for c in cases]
