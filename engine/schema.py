"""The rule file schema: check one parsed YAML document and build a `Rule` from it.

Every problem is reported with the line it is on; a rule with problems is not built.
The schema is documented in docs/rules.md (keep the two in step).
"""
from __future__ import annotations

import re
from dataclasses import field
from typing import Any, Callable

from gpufix.engine import conditions as cond
from gpufix.engine import templates
from gpufix.engine.yaml_lines import line_of
from gpufix.fact_catalog import AREAS as CATALOG_AREAS
from gpufix.fact_catalog import FACTS, lookup
from gpufix.records import record

FIELDS = ("id", "title", "severity", "kind", "area", "status", "falsepositives", "references", "tags", "languages",
          "signatures", "when", "derive", "diagnosis", "evidence", "remedies")
SEVERITIES = ("error", "warning", "info")
KINDS = ("setup", "code")
# The rows of gpufix's per-area summary: the catalog's areas (bottom of the stack first) and
# "log", where it files findings about the user's program (tests/rules/test_rule_areas.py).
AREAS = CATALOG_AREAS + ("log",)
# How far to trust a rule (Sigma's levels): stable = checked on several real reports; test =
# real fixtures but few; experimental = new, may misfire.
STATUSES = ("stable", "test", "experimental")
# Every error text gpufix holds, in the order hits are looked for: the given log (streamed,
# all of it), then the error facts probes and verification produce. A signature reads all of
# them unless `in:` names fewer.
ERROR_TEXTS = ("log", "torch.error", "torch.warnings", "torch.numpy_error", "numpy.import_error",
               "torchvision.import_error", "torchaudio.import_error", "extensions.import_error", "driver.error",
               "verify.error",
               "verify.warnings")
SIGNATURE_KEYS = ("regex", "in")
USE_KEY = "use"
LANGUAGES = ("en", "zh")  # text may carry these; en is required, others fall back to it
# rerun: the failing program's new output is the proof (a framework gpufix has no check of its own
# for, e.g. PaddlePaddle): the fix asks for that output and never says "fixed" without it.
VERIFY_CHECKS = ("cuda-alloc", "mnist", "rerun")  # plus reprobe:<fact>
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
DERIVED_PREFIX = "derived."
MATCH_PREFIX = "match."
_DIAGNOSIS_ONLY = ("severity", "kind", "area", "falsepositives", "diagnosis", "evidence", "remedies")

Report = Callable[[int, str], None]


@record
class Text:
    """A user-facing text: one string per language (en always present)."""

    by_lang: dict[str, str]
    line: int = 0

    def get(self, lang: str) -> str:
        return self.by_lang.get(lang) or self.by_lang["en"]

    def all_templates(self) -> list[str]:
        return [n for t in self.by_lang.values() for n in templates.template_names(t)]


@record
class StepSpec:
    """A remedy step as a rule file states it (text, command per platform and installer)."""

    text: Text
    command: dict[str, dict[str, tuple[str, ...]]] | None = None  # platform -> installer -> argv
    verify: tuple[str, ...] = ()
    line: int = 0


@record
class RemedySpec:
    """A remedy as a rule file states it. `only_if_shown`/`unless_shown` name facts (a signature's group, a derived
    fact): the remedy is offered only when one of the first holds a value, and never when one of the second does.
    One diagnosis can have several owners (torch's build, an extension's, PaddlePaddle's), and a remedy for one owner
    must not be offered to another's: PaddlePaddle's arch gap is not fixed by reinstalling torch."""

    title: Text
    steps: tuple[StepSpec, ...]
    line: int = 0
    only_if_shown: tuple[str, ...] = ()
    unless_shown: tuple[str, ...] = ()


@record
class Rule:
    """One checked rule: its conditions, signatures, texts and remedies."""

    id: str
    path: str
    title: Text
    when: Any  # conditions.Node
    severity: str = "info"
    kind: str = "setup"
    area: str | None = None
    status: str = "experimental"
    falsepositives: tuple[Text, ...] = ()
    diagnosis: Text | None = None
    references: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    signatures: dict[str, str] = field(default_factory=dict)  # name -> Python regex
    signature_sources: dict[str, tuple[str, ...]] = field(default_factory=dict)  # name -> ERROR_TEXTS it reads
    derive: dict[str, Any] = field(default_factory=dict)  # derived.* -> value
    evidence: tuple[str, ...] = ()
    remedies: tuple[RemedySpec, ...] = ()
    line: int = 1
    lines: dict[str, int] = field(default_factory=dict)  # top-level field -> line
    alternatives: list = field(default_factory=list)  # DNF of `when`, filled by the checker
    differential: Any = None  # engine.differential.Differential, for the rules a differential file expands into

    @property
    def is_derive(self) -> bool:
        return bool(self.derive)

    def line_of(self, key: str) -> int:
        return self.lines.get(key, self.line)

    def reads_derived(self) -> set[str]:
        """derived.* facts the conditions test (they order the evaluation strata)."""
        return {n for leaf in cond.leaves(self.when) if isinstance(leaf, cond.Leaf)
                for n in leaf.facts() if n.startswith(DERIVED_PREFIX)}

    def uses_derived(self) -> dict[str, int]:
        """Every derived.* name the rule mentions anywhere, with a line (for the linter)."""
        used: dict[str, int] = {}
        for leaf in cond.leaves(self.when):
            if isinstance(leaf, cond.Leaf):
                for n in leaf.facts():
                    if n.startswith(DERIVED_PREFIX):
                        used.setdefault(n, leaf.line)
        for n, line in self._template_uses():
            if n.startswith(DERIVED_PREFIX):
                used.setdefault(n, line)
        for n in self.evidence:
            if n.startswith(DERIVED_PREFIX):
                used.setdefault(n, self.line_of("evidence"))
        return used

    def _template_uses(self) -> list[tuple[str, int]]:
        out = []
        texts = [self.title] + ([self.diagnosis] if self.diagnosis else [])
        for r in self.remedies:
            texts.append(r.title)
            texts.extend(s.text for s in r.steps)
        for t in texts:
            out.extend((n, t.line) for n in t.all_templates())
        for r in self.remedies:
            for s in r.steps:
                for variants in (s.command or {}).values():
                    for argv in variants.values():
                        out.extend((n, s.line) for a in argv for n in templates.template_names(a))
        return out


def fact_type(name: str) -> str | None:
    """The catalog type of a fact name; "any" for rule-made facts (match.*, derived.*)."""
    if not isinstance(name, str):
        return None
    for prefix in (MATCH_PREFIX, DERIVED_PREFIX):
        if name.startswith(prefix) and len(name) > len(prefix):
            return "any"
    spec = lookup(name)
    return spec.type if spec is not None else None


def catalog_names() -> list[str]:
    return sorted(FACTS)


def check_rule(data: Any, path: str, stem: str, report: Report, library: Any = None) -> Rule | None:
    """Check one rule document; report problems; return the Rule when it has none.

    `library` (gpufix.engine.library.Library, or None when there is none) resolves `use:`.
    """
    errors: list[tuple[int, str]] = []

    def err(line: int, msg: str) -> None:
        errors.append((line, msg))
        report(line, msg)

    if not isinstance(data, dict):
        err(line_of(data, default=1), "a rule file must hold one mapping (id:, title:, when: ...)"
            if data is not None else "the file is empty")
        return None
    top = line_of(data, default=1)
    for key in data:
        if key not in FIELDS:
            err(line_of(data, key, top), f"unknown field {key!r}{cond._suggest(str(key), FIELDS)}")

    rid = data.get("id")
    if "id" not in data:
        err(top, "missing field 'id'")
    elif not isinstance(rid, str) or not ID_RE.match(rid):
        err(line_of(data, "id", top), f"id {rid!r} must be kebab-case (lower-case letters, digits and -)")
    elif rid != stem:
        err(line_of(data, "id", top), f"id {rid!r} must equal the file name ({stem}.yaml)")
    languages = _check_languages(data, err, top)
    is_derive = "derive" in data
    title = _text(data, "title", err, top, languages, required=True)

    signatures, groups, sources = _check_signatures(data, err, top)
    ctx = cond.CheckContext(report=err, fact_type=fact_type, signatures=frozenset(signatures),
                            match_groups=frozenset(groups), fact_names=catalog_names,
                            compile_regex=lambda p: cond.regex_error(p, allow_empty=True),
                            signature_sources=sources)
    when = None
    if "when" not in data:
        err(top, "missing field 'when'")
    elif _condition_line().is_named_form(data["when"]):
        when = _condition_line().parse_when(data["when"], ctx, line_of(data, "when", top))
    else:
        when = cond.parse_condition(data["when"], ctx, line_of(data, "when", top))
    if when is not None:
        _check_match_facts([leaf for leaf in cond.leaves(when) if isinstance(leaf, cond.Leaf)], groups, err)
        _check_complexity(when, err, line_of(data, "when", top))

    derive: dict[str, Any] = {}
    diagnosis = None
    severity, kind, area = "info", "setup", None
    evidence: tuple[str, ...] = ()
    remedies: tuple[RemedySpec, ...] = ()
    falsepositives: tuple[Text, ...] = ()
    # A derive rule only sets facts for other rules: how far to trust it shows in theirs.
    status = _enum(data, "status", STATUSES, err, top) if not is_derive or "status" in data else "stable"
    if is_derive:
        derive = _check_derive(data, err, top)
        for key in _DIAGNOSIS_ONLY:
            if key in data:
                err(line_of(data, key, top), f"a derive rule sets facts for other rules and has no {key!r}"
                                             " (write a separate rule that reads the derived fact)")
    else:
        severity = _enum(data, "severity", SEVERITIES, err, top)
        kind = _enum(data, "kind", KINDS, err, top)
        area = _enum(data, "area", AREAS, err, top)
        falsepositives = _check_falsepositives(data, err, top)
        diagnosis = _text(data, "diagnosis", err, top, languages, required=True)
        evidence = _check_evidence(data, groups, err, top)
        remedies = _check_remedies(data, groups, err, top, languages, library)
    for what, text in (("title", title), ("diagnosis", diagnosis)):
        if text is not None:
            _check_text_templates(text, groups, err, what)
    references = _str_list(data, "references", err, top, check=_url)
    tags = _str_list(data, "tags", err, top)
    if errors or when is None or title is None:
        return None
    rule = Rule(id=rid, path=path, title=title, when=when, severity=severity, kind=kind, area=area, status=status,
                falsepositives=falsepositives, diagnosis=diagnosis, references=references, tags=tags,
                languages=languages, signatures=signatures, signature_sources=sources, derive=derive,
                evidence=evidence, remedies=remedies, line=top,
                lines={k: line_of(data, k, top) for k in data if isinstance(k, str)})
    rule.alternatives = cond.to_dnf(when)
    return rule


# --- field checkers ----------------------------------------------------------------------

def _check_languages(data: dict, err: Report, top: int) -> tuple[str, ...]:
    if "languages" not in data:
        return ()
    value = data["languages"]
    line = line_of(data, "languages", top)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        err(line, "languages: expects a list of language codes, e.g. [en, zh]")
        return ()
    bad = [v for v in value if v not in LANGUAGES]
    if bad:
        err(line, f"languages: unknown language {bad[0]!r} (known: {', '.join(LANGUAGES)})")
        return ()
    return tuple(value)


def _text(data: dict, key: str, err: Report, top: int, languages: tuple[str, ...], required: bool) -> Text | None:
    if key not in data:
        if required:
            err(top, f"missing field {key!r}")
        return None
    return parse_text(data[key], key, line_of(data, key, top), err, languages)


def parse_text(value: Any, what: str, line: int, err: Report, languages: tuple[str, ...] = ()) -> Text | None:
    line = line_of(value, default=line)
    if isinstance(value, str):
        if not value.strip():
            err(line, f"{what}: is empty")
            return None
        text = Text({"en": value}, line)
    elif isinstance(value, dict):
        bad = [k for k in value if k not in LANGUAGES]
        if bad:
            err(line_of(value, bad[0], line), f"{what}: unknown language {bad[0]!r} (known: {', '.join(LANGUAGES)})")
            return None
        if "en" not in value:
            err(line, f"{what}: needs an 'en' text (other languages fall back to it)")
            return None
        empty = [k for k, v in value.items() if not isinstance(v, str) or not v.strip()]
        if empty:
            err(line_of(value, empty[0], line), f"{what}: the {empty[0]!r} text must be a non-empty string")
            return None
        text = Text({k: templates.unfold_cjk(v) if k == "zh" else v for k, v in value.items()}, line)
    else:
        err(line, f"{what}: expects a string or {{en: ..., zh: ...}}, not {cond._kind(value)}")
        return None
    missing = [lang for lang in languages if lang not in text.by_lang]
    if missing:
        err(line, f"{what}: no {missing[0]!r} text, but the rule declares languages: {list(languages)}")
    return text


def _enum(data: dict, key: str, allowed: tuple[str, ...], err: Report, top: int) -> str:
    if key not in data:
        err(top, f"missing field {key!r} ({' | '.join(allowed)})")
        return allowed[0]
    value = data[key]
    if value not in allowed:
        err(line_of(data, key, top), f"{key}: {value!r} is not one of {', '.join(allowed)}")
        return allowed[0]
    return value


def _check_signatures(data: dict, err: Report, top: int
                      ) -> tuple[dict[str, str], set[str], dict[str, tuple[str, ...]]]:
    """name -> regex, the named groups, and name -> the error texts each reads.

    A signature is `name: REGEX` (every error text) or `name: {regex: REGEX, in: [texts]}`.
    """
    value = data.get("signatures")
    if value is None:
        return {}, set(), {}
    line = line_of(data, "signatures", top)
    if not isinstance(value, dict):
        err(line, "signatures: expects a mapping of name: regex")
        return {}, set(), {}
    out: dict[str, str] = {}
    groups: set[str] = set()
    sources: dict[str, tuple[str, ...]] = {}
    for name, spec in value.items():
        sline = line_of(value, name, line)
        if not isinstance(name, str) or not NAME_RE.match(name):
            err(sline, f"signature name {name!r} must be a word (letters, digits, _)")
            continue
        texts = ERROR_TEXTS
        pattern = spec
        if isinstance(spec, dict):
            extra = [k for k in spec if k not in SIGNATURE_KEYS]
            if extra:
                err(line_of(spec, extra[0], sline), f"signature {name!r}: unknown key {extra[0]!r}"
                                                    f"{cond._suggest(str(extra[0]), SIGNATURE_KEYS)} (regex, in)")
                continue
            if "regex" not in spec:
                err(sline, f"signature {name!r}: needs regex:")
                continue
            pattern = spec["regex"]
            if "in" in spec:
                texts = _check_texts(spec["in"], f"signature {name!r}", line_of(spec, "in", sline), err)
                if texts is None:
                    continue
        if not isinstance(pattern, str):
            err(sline, f"signature {name!r}: expects a regex string, not {cond._kind(pattern)}")
            continue
        problem = cond.regex_error(pattern, allow_empty=False)
        if problem:
            err(sline, f"signature {name!r}: bad regex: {problem}")
            continue
        out[name] = pattern
        sources[name] = texts
        groups.update(cond.regex_groups(pattern))
    return out, groups, sources


def _check_texts(value: Any, what: str, line: int, err: Report) -> tuple[str, ...] | None:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        err(line, f"{what}: in: expects a non-empty list of error texts ({', '.join(ERROR_TEXTS)})")
        return None
    for i, v in enumerate(value):
        if v not in ERROR_TEXTS:
            err(line_of(value, i, line), f"{what}: in: {v!r} is not an error text gpufix holds"
                                         f"{cond._suggest(v, ERROR_TEXTS)} (known: {', '.join(ERROR_TEXTS)})")
            return None
    return tuple(t for t in ERROR_TEXTS if t in value)


def _check_match_facts(leaves: list, groups: set[str], err: Report) -> None:
    for leaf in leaves:
        for name in leaf.facts():
            _check_match_name(name, groups, err, leaf.line)


def _check_match_name(name: str, groups: set[str], err: Report, line: int) -> bool:
    if name.startswith(MATCH_PREFIX) and name[len(MATCH_PREFIX):] not in groups:
        group = name[len(MATCH_PREFIX):]
        err(line, f"{name}: no signature of this rule has a named group (?P<{group}>...)")
        return False
    return True


def _check_complexity(when: Any, err: Report, line: int) -> None:
    count = cond.alternatives_count(when)
    if count > cond.MAX_ALTERNATIVES:
        err(line, f"when: expands to {count} alternatives (limit {cond.MAX_ALTERNATIVES}); split the rule or"
                  " use derive: rules for shared parts")
        return
    widest = max((len(c) for c in cond.to_dnf(when)), default=0)
    if widest > cond.MAX_LEAVES_PER_ALTERNATIVE:
        err(line, f"when: one alternative tests {widest} conditions (limit {cond.MAX_LEAVES_PER_ALTERNATIVE})")


def _check_derive(data: dict, err: Report, top: int) -> dict[str, Any]:
    value = data["derive"]
    line = line_of(data, "derive", top)
    if not isinstance(value, dict) or not value:
        err(line, "derive: expects a mapping of derived.NAME: value")
        return {}
    out: dict[str, Any] = {}
    for name, v in value.items():
        dline = line_of(value, name, line)
        if not isinstance(name, str) or not name.startswith(DERIVED_PREFIX) or len(name) <= len(DERIVED_PREFIX):
            err(dline, f"derive: {name!r} must be named derived.<name>")
            continue
        scalar = (str, int, float, bool)
        if isinstance(v, list) and all(isinstance(x, scalar) for x in v):
            out[name] = list(v)
        elif isinstance(v, scalar):
            out[name] = v
        else:
            err(dline, f"derive: {name} must be a value (text, number, true/false) or a list of them")
    return out


def _check_evidence(data: dict, groups: set[str], err: Report, top: int) -> tuple[str, ...]:
    names = _str_list(data, "evidence", err, top)
    line = line_of(data, "evidence", top)
    value = data.get("evidence")
    for i, name in enumerate(names):
        nline = line_of(value, i, line)
        if fact_type(name) is None:
            err(nline, f"evidence: unknown fact {name!r}{cond._suggest(name, catalog_names())}")
        else:
            _check_match_name(name, groups, err, nline)
    return names


def _check_text_templates(text: Text, groups: set[str], err: Report, what: str) -> None:
    for lang, value in text.by_lang.items():
        problem = templates.text_problem(value)  # [[ optional segments ]] must pair and name a fact
        if problem:
            err(text.line, f"{what}: {lang} text: {problem}")
    for name in text.all_templates():
        if fact_type(name) is None:
            err(text.line, f"template {{{name}}} names an unknown fact{cond._suggest(name, catalog_names())}")
        else:
            _check_match_name(name, groups, err, text.line)


def _check_falsepositives(data: dict, err: Report, top: int) -> tuple[Text, ...]:
    """Known cases where the rule fires but is wrong (or what to check first): texts, plain or
    {en:, zh:}; notes for readers of the rule, so `languages:` does not apply to them."""
    if "falsepositives" not in data:
        err(top, "missing field 'falsepositives' (known false alarms, e.g. [\"a third-party extension"
                 " built without this GPU's arch\"]; say [\"none known\"] if there are none)")
        return ()
    value = data["falsepositives"]
    line = line_of(data, "falsepositives", top)
    if not isinstance(value, list) or not value:
        err(line, "falsepositives: expects a non-empty list of texts")
        return ()
    out = []
    for i, item in enumerate(value):
        text = parse_text(item, f"falsepositives[{i + 1}]", line_of(value, i, line), err)
        if text is not None:
            out.append(text)
    return tuple(out)


def _check_remedies(data: dict, groups: set[str], err: Report, top: int,
                    languages: tuple[str, ...], library: Any = None) -> tuple[RemedySpec, ...]:
    if "remedies" not in data:
        return ()
    return check_remedy_list(data["remedies"], line_of(data, "remedies", top), groups, err, languages, library)


def check_remedy_list(value: Any, line: int, groups: set[str], err: Report, languages: tuple[str, ...],
                      library: Any = None, what: str = "remedies") -> tuple[RemedySpec, ...]:
    """A `remedies:` list (of a rule, or of one library remedy's steps' owner)."""
    if not isinstance(value, list):
        err(line, f"{what}: expects a list of {{title:, steps:}} or {{use: NAME}}")
        return ()
    out = []
    for i, remedy in enumerate(value):
        spec = check_remedy(remedy, f"{what}[{i + 1}]", line_of(value, i, line), groups, err, languages, library)
        if spec is not None:
            out.append(spec)
    return tuple(out)


def check_remedy(remedy: Any, what: str, rline: int, groups: set[str], err: Report, languages: tuple[str, ...],
                 library: Any = None) -> RemedySpec | None:
    if not isinstance(remedy, dict):
        err(rline, f"{what}: expects a mapping with title: and steps: (or use: NAME)")
        return None
    rline = line_of(remedy, default=rline)
    if USE_KEY in remedy:
        return _use_remedy(remedy, what, rline, groups, err, languages, library)
    for key in remedy:
        if key not in ("title", "steps") + REMEDY_CONDITIONS:
            err(line_of(remedy, key, rline), f"{what}: unknown field {key!r} (title, steps, only_if_shown,"
                                             " unless_shown; or use:)")
    shown = _remedy_conditions(remedy, what, rline, groups, err)
    title = _text(remedy, "title", err, rline, languages, required=True)
    if title is not None:
        _check_text_templates(title, groups, err, f"{what}.title")
    steps_value = remedy.get("steps")
    sline = line_of(remedy, "steps", rline)
    if not isinstance(steps_value, list) or not steps_value:
        err(sline, f"{what}: needs a non-empty steps: list")
        return None
    steps = [_check_step(s, f"{what}.steps[{j + 1}]", line_of(steps_value, j, sline), groups, err,
                         languages, library) for j, s in enumerate(steps_value)]
    last = steps[-1]
    if last is not None and not last.verify:
        err(last.line, f"{what}: the last step must have verify: (cuda-alloc, mnist, rerun or"
                       " reprobe:<fact>) so the fix can be checked")
    if title is not None and all(s is not None for s in steps) and shown is not None:
        return RemedySpec(title, tuple(steps), rline, *shown)
    return None


REMEDY_CONDITIONS = ("only_if_shown", "unless_shown")


def _remedy_conditions(remedy: dict, what: str, rline: int, groups: set[str],
                       err: Report) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A remedy's `only_if_shown:` and `unless_shown:` fact lists (RemedySpec), or None after reporting why not."""
    out: list[tuple[str, ...]] = []
    ok = True
    for key in REMEDY_CONDITIONS:
        value = remedy.get(key, [])
        kline = line_of(remedy, key, rline)
        if not isinstance(value, list) or (key in remedy and not value) \
                or not all(isinstance(v, str) for v in value):
            err(kline, f"{what}.{key}: expects a non-empty list of fact names")
            ok = False
            continue
        for i, name in enumerate(value):
            nline = line_of(value, i, kline)
            if fact_type(name) is None:
                err(nline, f"{what}.{key}: unknown fact {name!r}{cond._suggest(name, catalog_names())}")
                ok = False
            elif not _check_match_name(name, groups, err, nline):
                ok = False
        out.append(tuple(value))
    return (out[0], out[1]) if ok else None


def _library_entry(node: dict, kind: str, what: str, line: int, err: Report, library: Any) -> Any:
    """The library's remedy or step named by `use:`, or None after reporting why not."""
    name = node[USE_KEY]
    uline = line_of(node, USE_KEY, line)
    if not isinstance(name, str):
        err(uline, f"{what}: use: expects the name of a library {kind}")
        return None
    table = None if library is None else library.remedies if kind == "remedy" else library.steps
    if table is None:
        err(uline, f"{what}: use: {name}: no remedy library was found (rules/_library.yaml beside the rules)")
        return None
    if name not in table:
        known = sorted(table)
        err(uline, f"{what}: use: unknown library {kind} {name!r}{cond._suggest(name, known)}"
                   f" (in {library.path}: {', '.join(known) or 'none'})")
        return None
    return table[name]


def _missing_languages(texts: list[Text], languages: tuple[str, ...]) -> list[str]:
    return [lang for lang in languages if any(lang not in t.by_lang for t in texts)]


def _use_remedy(remedy: dict, what: str, rline: int, groups: set[str], err: Report, languages: tuple[str, ...],
                library: Any) -> RemedySpec | None:
    extra = [k for k in remedy if k not in (USE_KEY, "title") + REMEDY_CONDITIONS]
    if extra:
        err(line_of(remedy, extra[0], rline), f"{what}: unknown field {extra[0]!r} beside use: (only title:"
                                              " may replace the library's, and only_if_shown:/unless_shown: apply)")
        return None
    shown = _remedy_conditions(remedy, what, rline, groups, err)
    if shown is None:
        return None
    spec = _library_entry(remedy, "remedy", what, rline, err, library)
    if spec is None:
        return None
    uline = line_of(remedy, USE_KEY, rline)
    title = spec.title
    if "title" in remedy:
        title = _text(remedy, "title", err, rline, languages, required=True)
        if title is None:
            return None
    steps = tuple(_rebased_step(s, uline) for s in spec.steps)
    missing = _missing_languages([title] + [s.text for s in steps], languages)
    if missing:
        err(uline, f"{what}: use: {remedy[USE_KEY]}: the library text has no {missing[0]!r} version, but the"
                   f" rule declares languages: {list(languages)}")
        return None
    return RemedySpec(Text(title.by_lang, title.line if "title" in remedy else uline), steps, rline, *shown)


def _rebased_step(step: StepSpec, line: int) -> StepSpec:
    """A library step as part of a rule: its lines are the `use:` line (where a reader looks)."""
    return StepSpec(Text(step.text.by_lang, line), step.command, step.verify, line)


def _use_step(step: dict, what: str, line: int, groups: set[str], err: Report, languages: tuple[str, ...],
              library: Any) -> StepSpec | None:
    extra = [k for k in step if k not in (USE_KEY, "text")]
    if extra:
        err(line_of(step, extra[0], line), f"{what}: unknown field {extra[0]!r} beside use: (only text:"
                                           " may replace the library's)")
        return None
    spec = _library_entry(step, "step", what, line, err, library)
    if spec is None:
        return None
    uline = line_of(step, USE_KEY, line)
    text = Text(spec.text.by_lang, uline)
    if "text" in step:
        text = _text(step, "text", err, line, languages, required=True)
        if text is None:
            return None
        _check_text_templates(text, groups, err, f"{what}.text")
    missing = _missing_languages([text], languages)
    if missing:
        err(uline, f"{what}: use: {step[USE_KEY]}: the library text has no {missing[0]!r} version, but the rule"
                   f" declares languages: {list(languages)}")
        return None
    return StepSpec(text, spec.command, spec.verify, uline)


def _check_step(step: Any, what: str, line: int, groups: set[str], err: Report,
                languages: tuple[str, ...], library: Any = None) -> StepSpec | None:
    if not isinstance(step, dict):
        err(line, f"{what}: expects a mapping with text: (and command:, verify:), or use: NAME")
        return None
    line = line_of(step, default=line)
    if USE_KEY in step:
        return _use_step(step, what, line, groups, err, languages, library)
    ok = True
    for key in step:
        if key not in ("text", "command", "verify"):
            err(line_of(step, key, line), f"{what}: unknown field {key!r} (text, command, verify)")
            ok = False
    text = _text(step, "text", err, line, languages, required=True)
    if text is None:
        ok = False
    else:
        _check_text_templates(text, groups, err, f"{what}.text")
    command = None
    if "command" in step:
        command = _check_command(step["command"], what, line_of(step, "command", line), err)
        ok = ok and command is not None
    verify = _check_verify(step, what, line, err)
    if verify is None:
        ok = False
    return StepSpec(text, command, verify or (), line) if ok and text is not None else None


def _check_command(spec: Any, what: str, line: int, err: Report) -> dict | None:
    if not isinstance(spec, dict) or not spec:
        err(line, f"{what}.command: expects a mapping of platform ({'|'.join(templates.PLATFORMS)}) or installer"
                  f" ({'|'.join(templates.INSTALLERS)}) to an argument list")
        return None
    ok = True
    for key, value in spec.items():
        kline = line_of(spec, key, line)
        if key in templates.PLATFORMS:
            if isinstance(value, dict):
                for inst, argv in value.items():
                    if inst not in templates.INSTALLERS:
                        err(line_of(value, inst, kline), f"{what}.command.{key}: unknown installer {inst!r}"
                                                         f" ({', '.join(templates.INSTALLERS)})")
                        ok = False
                    else:
                        ok = _check_argv(argv, f"{what}.command.{key}.{inst}", line_of(value, inst, kline), err) and ok
            else:
                ok = _check_argv(value, f"{what}.command.{key}", kline, err) and ok
        elif key in templates.INSTALLERS:
            if isinstance(spec.get("any"), dict) and key in spec["any"]:
                err(kline, f"{what}.command: {key} is given twice (here and under any:)")
                ok = False
            ok = _check_argv(value, f"{what}.command.{key}", kline, err) and ok
        else:
            err(kline, f"{what}.command: unknown platform or installer {key!r}"
                       f"{cond._suggest(str(key), templates.PLATFORMS + templates.INSTALLERS)}")
            ok = False
    return templates.normalize_command(spec) if ok else None


def _check_argv(argv: Any, what: str, line: int, err: Report) -> bool:
    if isinstance(argv, str):
        err(line, f"{what}: a command is an argument list, not a shell string: write [{argv.split()[0] if argv.split() else ''}, ...]")
        return False
    if not isinstance(argv, list) or not argv:
        err(line, f"{what}: expects a non-empty argument list")
        return False
    ok = True
    for i, arg in enumerate(argv):
        aline = line_of(argv, i, line)
        if not isinstance(arg, str):
            err(aline, f"{what}: argument {i + 1} must be a string (quote {arg!r})")
            ok = False
            continue
        for name in templates.template_names(arg):
            if fact_type(name) is None:
                err(aline, f"{what}: template {{{name}}} names an unknown fact{cond._suggest(name, catalog_names())}")
                ok = False
            elif name.startswith(templates.COMMAND_FORBIDDEN_PREFIXES):
                err(aline, f"{what}: template {{{name}}}: commands may only use facts gpufix probed or derived,"
                           " not text from the error log")
                ok = False
    return ok


def _check_verify(step: dict, what: str, line: int, err: Report) -> tuple[str, ...] | None:
    if "verify" not in step:
        return ()
    value = step["verify"]
    vline = line_of(step, "verify", line)
    if not isinstance(value, list) or not value:
        err(vline, f"{what}.verify: expects a non-empty list (cuda-alloc, mnist, rerun, reprobe:<fact>)")
        return None
    ok = True
    for i, item in enumerate(value):
        iline = line_of(value, i, vline)
        if not isinstance(item, str):
            err(iline, f"{what}.verify: {item!r} is not a check name")
            ok = False
        elif item.startswith("reprobe:"):
            name = item[len("reprobe:"):]
            if lookup(name) is None:
                err(iline, f"{what}.verify: reprobe:{name}: unknown fact{cond._suggest(name, catalog_names())}")
                ok = False
        elif item not in VERIFY_CHECKS:
            err(iline, f"{what}.verify: unknown check {item!r}"
                       f"{cond._suggest(item, VERIFY_CHECKS)} (cuda-alloc, mnist, rerun or reprobe:<fact>)")
            ok = False
    return tuple(value) if ok else None


def _str_list(data: dict, key: str, err: Report, top: int, check: Callable[[str], str | None] | None = None
              ) -> tuple[str, ...]:
    if key not in data:
        return ()
    value = data[key]
    line = line_of(data, key, top)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        err(line, f"{key}: expects a list of strings")
        return ()
    if check:
        for i, v in enumerate(value):
            problem = check(v)
            if problem:
                err(line_of(value, i, line), f"{key}: {problem}")
    return tuple(value)


def _url(value: str) -> str | None:
    return None if re.match(r"^https?://\S+$", value) else f"{value!r} is not an http(s) URL"


def _condition_line() -> Any:
    from gpufix.engine import condition_line  # lazy: start-up (only checking a rule parses `condition:`)

    return condition_line
