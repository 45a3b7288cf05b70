"""The JSON Schema of rule files (rules/rule.schema.json) and of the remedy library
(rules/library.schema.json), for editor completion and a second check of the format.

Built from the loader's own tables (schema.py, conditions.py, templates.py, the fact catalog),
so the published files can be regenerated and a test fails when they fall behind:

    python -m gpufix.engine.rule_schema rules/      # rewrites both files

The loader remains the authority: it also checks what a JSON Schema cannot (regexes compile,
templates name known facts, operator types match fact types, derive cycles...).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from gpufix.engine import conditions as cond
from gpufix.engine import differential, schema, templates
from gpufix.fact_catalog import FACTS

RULE_SCHEMA_FILE = "rule.schema.json"
LIBRARY_SCHEMA_FILE = "library.schema.json"
SCHEMA_DRAFT = "https://json-schema.org/draft/2020-12/schema"
NAME_PATTERN = r"^[A-Za-z_][A-Za-z0-9_]*$"
KEBAB_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


def _ref(name: str) -> dict:
    return {"$ref": f"#/$defs/{name}"}


def _fact_name() -> dict:
    exact = sorted(n for n in FACTS if not n.endswith(".*"))
    families = sorted(n[:-2] for n in FACTS if n.endswith(".*"))
    return {"anyOf": [{"enum": exact},
                      {"type": "string", "pattern": r"^(" + "|".join(families) + r")\.[A-Za-z0-9_.\-]+$"}],
            "description": "a fact from the catalog (src/gpufix/fact_catalog.py), or env.*, pkg.*, match.*, derived.*"}


def _leaf() -> dict:
    scalar = {"type": ["string", "number", "boolean"]}
    other = {"type": "object", "properties": {"fact": _ref("fact_name")}, "required": ["fact"],
             "additionalProperties": False, "description": "compare with another fact"}
    values: dict[str, Any] = {}
    for op in cond.SCALAR_OPS:
        values[op] = {"anyOf": [scalar if op in ("eq", "ne") else {"type": "number"}, other]}
    for op in cond.VERSION_OPS:
        values[op] = {"anyOf": [{"type": "string", "description": "a quoted version, e.g. '12.8'"}, other]}
    for op in cond.SET_OPS:
        values[op] = {"type": "array", "minItems": 1, "items": scalar}
    for op in cond.TEXT_OPS:
        values[op] = {"type": "string"} if op != "contains" else scalar
    for op in cond.STATUS_OPS:
        values[op] = {"type": "boolean"}
    props = {"fact": _ref("fact_name"), **values,
             cond.UNKNOWN_KEY: {"type": "boolean",
                                "description": "what the test counts as when the fact is not known"}}
    return {"type": "object", "required": ["fact"], "properties": props, "additionalProperties": False,
            "oneOf": [{"required": [op]} for op in cond.OPERATORS],
            "description": "a test on one fact: exactly one operator"}


def _defs() -> dict:
    text = {"anyOf": [{"type": "string", "minLength": 1},
                      {"type": "object", "required": ["en"], "additionalProperties": False,
                       "properties": {lang: {"type": "string", "minLength": 1} for lang in schema.LANGUAGES}}],
            "description": "a text: a string (English) or {en: ..., zh: ...}"}
    argv = {"type": "array", "minItems": 1, "items": {"type": "string"},
            "description": "an argument list, never a shell string"}
    per_installer = {"type": "object", "minProperties": 1, "additionalProperties": False,
                     "properties": {i: argv for i in templates.INSTALLERS}}
    command = {"type": "object", "minProperties": 1, "additionalProperties": False,
               "properties": {**{p: {"anyOf": [argv, per_installer]} for p in templates.PLATFORMS},
                              **{i: argv for i in templates.INSTALLERS}}}
    verify = {"type": "array", "minItems": 1,
              "items": {"anyOf": [{"enum": list(schema.VERIFY_CHECKS)},
                                  {"type": "string", "pattern": r"^reprobe:[A-Za-z_][A-Za-z0-9_.\-]*$"}]}}
    step = {"type": "object", "required": ["text"], "additionalProperties": False,
            "properties": {"text": _ref("text"), "command": command, "verify": verify}}
    use = {"type": "string", "pattern": KEBAB_PATTERN, "description": "a name in rules/_library.yaml"}
    step_use = {"type": "object", "required": [schema.USE_KEY], "additionalProperties": False,
                "properties": {schema.USE_KEY: use, "text": _ref("text")}}
    shown = {key: {"type": "array", "minItems": 1, "items": _ref("fact_name"),
                   "description": ("offered only when one of these facts holds a value" if key == "only_if_shown"
                                   else "never offered when one of these facts holds a value")}
             for key in schema.REMEDY_CONDITIONS}
    remedy = {"type": "object", "required": ["title", "steps"], "additionalProperties": False,
              "properties": {"title": _ref("text"),
                             "steps": {"type": "array", "minItems": 1, "items": _ref("step_or_use")}, **shown}}
    remedy_use = {"type": "object", "required": [schema.USE_KEY], "additionalProperties": False,
                  "properties": {schema.USE_KEY: use, "title": _ref("text"), **shown}}
    error_texts = {"type": "array", "minItems": 1, "items": {"enum": list(schema.ERROR_TEXTS)},
                   "description": "the error texts to read (default: all of them)"}
    signature = {"anyOf": [{"type": "string", "minLength": 1, "description": "a Python regex"},
                           {"type": "object", "required": ["regex"], "additionalProperties": False,
                            "properties": {"regex": {"type": "string", "minLength": 1}, "in": error_texts}}]}
    condition = {"oneOf": [
        {"type": "object", "required": ["all"], "additionalProperties": False,
         "properties": {"all": {"type": "array", "minItems": 1, "items": _ref("condition")}}},
        {"type": "object", "required": ["any"], "additionalProperties": False,
         "properties": {"any": {"type": "array", "minItems": 1, "items": _ref("condition")}}},
        {"type": "object", "required": ["not"], "additionalProperties": False,
         "properties": {"not": _ref("condition")}},
        {"type": "object", "required": ["signature"], "additionalProperties": False,
         "properties": {"signature": {"type": "string", "pattern": NAME_PATTERN}, "in": error_texts,
                        cond.UNKNOWN_KEY: {"type": "boolean"}}},
        _ref("leaf"),
    ]}
    named = {"type": "object", "required": ["condition"], "additionalProperties": False,
             "properties": {"parts": {"type": "object", "propertyNames": {"pattern": NAME_PATTERN},
                                      "additionalProperties": _ref("condition")},
                            "condition": {"type": "string", "minLength": 1,
                                          "description": "e.g. `1 of sel_* and not filter_main_x`"}}}
    return {"text": text, "fact_name": _fact_name(), "leaf": _leaf(), "condition": condition,
            "when": {"anyOf": [named, _ref("condition")]}, "signature": signature, "step": step,
            "step_or_use": {"anyOf": [step_use, _ref("step")]}, "remedy": remedy,
            "remedy_or_use": {"anyOf": [remedy_use, _ref("remedy")]}}


def rule_schema() -> dict:
    diagnosis_only = ["severity", "kind", "area", "falsepositives", "diagnosis", "evidence", "remedies"]
    props = {
        "id": {"type": "string", "pattern": KEBAB_PATTERN, "description": "= the file name without .yaml"},
        "title": _ref("text"),
        "severity": {"enum": list(schema.SEVERITIES)},
        "kind": {"enum": list(schema.KINDS)},
        "area": {"enum": list(schema.AREAS), "description": "the row of gpufix's per-area summary"},
        "status": {"enum": list(schema.STATUSES), "description": "how far to trust the rule"},
        "falsepositives": {"type": "array", "minItems": 1, "items": _ref("text")},
        "references": {"type": "array", "items": {"type": "string", "pattern": r"^https?://\S+$"}},
        "tags": {"type": "array", "items": {"type": "string"}},
        "languages": {"type": "array", "items": {"enum": list(schema.LANGUAGES)}},
        "signatures": {"type": "object", "propertyNames": {"pattern": NAME_PATTERN},
                       "additionalProperties": _ref("signature")},
        "when": _ref("when"),
        "derive": {"type": "object", "minProperties": 1,
                   "propertyNames": {"pattern": r"^derived\.[A-Za-z0-9_.\-]+$"}},
        "diagnosis": _ref("text"),
        "evidence": {"type": "array", "items": _ref("fact_name")},
        "remedies": {"type": "array", "items": _ref("remedy_or_use")},
    }
    evidence = {"type": "array", "minItems": 1, "items": {
        "type": "object", "required": ["when", "weight", "text"], "additionalProperties": False,
        "properties": {"when": _ref("condition"), "weight": {"type": "integer", "minimum": 1,
                                                             "maximum": differential.MAX_WEIGHT},
                       "text": _ref("text"), "rules_out": {"type": "boolean"}}}}
    props["hypotheses"] = {"type": "array", "minItems": 2, "description": "a differential file: the causes", "items": {
        "type": "object", "required": ["id", "title"], "additionalProperties": False,
        "properties": {"id": {"type": "string", "pattern": KEBAB_PATTERN}, "title": _ref("text"),
                       "for": evidence, "against": evidence}}}
    choice = {"type": "object", "required": ["value", "text"], "additionalProperties": False,
              "properties": {"value": {"type": "string"}, "text": _ref("text")}}
    props["questions"] = {"type": "array", "description": "a differential file: what separates the causes", "items": {
        "type": "object", "required": ["id", "text", "sets"], "additionalProperties": False,
        "properties": {"id": {"type": "string", "pattern": KEBAB_PATTERN}, "text": _ref("text"),
                       "command": {"type": "array", "minItems": 1, "items": {"type": "string"}},
                       "parse": {"enum": list(differential.PARSERS)},
                       "choices": {"type": "array", "minItems": 2, "items": choice},
                       "sets": _ref("fact_name"),
                       "separates": {"type": "array", "minItems": 2,
                                     "items": {"type": "string", "pattern": KEBAB_PATTERN}},
                       "about": {"type": "array", "minItems": 1,
                                 "description": "the causes the answer speaks to (default: all it separates): "
                                                "asked only while one of them is open",
                                 "items": {"type": "string", "pattern": KEBAB_PATTERN}}}}}
    assert set(props) == set(schema.FIELDS) | set(differential.FIELDS), \
        "rule_schema: a field of schema.FIELDS or differential.FIELDS is not described"
    return {
        "$schema": SCHEMA_DRAFT,
        "$id": "https://gpufix.invalid/rules/rule.schema.json",
        "title": "gpufix rule",
        "description": "One rule file, rules/<family>/<id>.yaml (docs/rules.md). Generated by "
                       "gpufix.engine.rule_schema; do not edit by hand.",
        "type": "object",
        "required": ["id", "title", "when"],
        "additionalProperties": False,
        "properties": props,
        # derive rules and differential files (hypotheses:) hold no diagnosis
        "if": {"anyOf": [{"required": ["derive"]}, {"required": ["hypotheses"]}]},
        "then": {"not": {"anyOf": [{"required": [k]} for k in diagnosis_only]}},
        "else": {"required": ["severity", "kind", "area", "status", "falsepositives", "diagnosis"]},
        "$defs": _defs(),
    }


def library_schema() -> dict:
    defs = _defs()
    return {
        "$schema": SCHEMA_DRAFT,
        "$id": "https://gpufix.invalid/rules/library.schema.json",
        "title": "gpufix remedy library",
        "description": "rules/_library.yaml: steps and remedies that rules use with `use: NAME`. Generated by "
                       "gpufix.engine.rule_schema; do not edit by hand.",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "steps": {"type": "object", "propertyNames": {"pattern": KEBAB_PATTERN},
                      "additionalProperties": _ref("step")},
            "remedies": {"type": "object", "propertyNames": {"pattern": KEBAB_PATTERN},
                         "additionalProperties": _ref("remedy")},
        },
        "$defs": defs,
    }


def render(doc: dict) -> str:
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m gpufix.engine.rule_schema RULES_DIR", file=sys.stderr)
        return 2
    root = Path(argv[0])
    (root / RULE_SCHEMA_FILE).write_text(render(rule_schema()), encoding="utf-8")
    (root / LIBRARY_SCHEMA_FILE).write_text(render(library_schema()), encoding="utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    raise SystemExit(main(sys.argv[1:]))
