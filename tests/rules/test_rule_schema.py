"""The published JSON Schema of rule files: up to date, accepts every rule, and agrees with the
loader on broken rules (both reject each of them)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the test extra: pip install -e '.[test]'")

from gpufix.engine import rule_schema  # noqa: E402 - after the skip
from gpufix.engine.api import lint  # noqa: E402

RULES = Path(__file__).resolve().parents[2] / "rules"
RULE_FILES = sorted(p for p in RULES.glob("*/*.yaml") if p.parent.name != "knowledge")


@lru_cache(maxsize=None)  # checking the schema against its meta-schema is most of a test's time: once a worker
def validator(name: str):
    doc = json.loads((RULES / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(doc)
    return jsonschema.Draft202012Validator(doc)


@pytest.mark.parametrize("name, build", [(rule_schema.RULE_SCHEMA_FILE, rule_schema.rule_schema),
                                         (rule_schema.LIBRARY_SCHEMA_FILE, rule_schema.library_schema)])
def test_published_schema_is_generated_from_the_loader(name, build):
    published = (RULES / name).read_text(encoding="utf-8")
    assert published == rule_schema.render(build()), (
        f"rules/{name} is out of date: run `python -m gpufix.engine.rule_schema rules/`")


@pytest.mark.parametrize("path", RULE_FILES, ids=[p.stem for p in RULE_FILES])
def test_every_rule_validates_and_points_editors_at_the_schema(path):
    text = path.read_text(encoding="utf-8")
    errors = [e.message for e in validator(rule_schema.RULE_SCHEMA_FILE).iter_errors(yaml.safe_load(text))]
    assert not errors, f"{path}: {errors[:3]}"
    assert text.startswith("# yaml-language-server: $schema=../rule.schema.json\n"), path


def test_the_library_validates():
    data = yaml.safe_load((RULES / "_library.yaml").read_text(encoding="utf-8"))
    assert not list(validator(rule_schema.LIBRARY_SCHEMA_FILE).iter_errors(data))


GOOD = """\
id: r1
title: {en: A title, zh: 标题}
severity: error
kind: setup
area: gpu
status: test
falsepositives: [none known]
signatures:
  too_old: 'too old \\(found version (?P<found>\\d+)\\)'
  probe_only: {regex: 'Error 802', in: [torch.error, torch.warnings]}
when:
  parts:
    sel_tables: {fact: compat.driver_supports_torch, eq: false}
    filter_main_works: {fact: torch.cuda_available, eq: true, if_unknown: false}
  condition: too_old or probe_only or (sel_tables and not filter_main_works)
diagnosis: 'found {match.found}'
evidence: [driver.version, match.found]
remedies:
  - use: reinstall-recommended-torch
  - title: Update the driver
    steps:
      - text: Install a newer driver.
        command:
          linux: ['{python.executable}', -m, pip, --version]
          windows: {pip: [nvidia-smi], conda: [nvidia-smi]}
      - use: check-gpu
"""

# (what is broken, old text, new text): each must be rejected by the loader AND by the schema.
BROKEN = [
    ("unknown field", "kind: setup\n", "kind: setup\nseverty: error\n"),
    ("missing title", "title: {en: A title, zh: 标题}\n", ""),
    ("bad severity", "severity: error", "severity: fatal"),
    ("bad area", "area: gpu", "area: drivers"),
    ("bad status", "status: test", "status: beta"),
    ("no falsepositives", "falsepositives: [none known]\n", ""),
    ("empty falsepositives", "falsepositives: [none known]", "falsepositives: []"),
    ("bad id", "id: r1", "id: R_1"),
    ("two operators", "eq: false}", "eq: false, ne: true}"),
    ("unknown operator", "{fact: compat.driver_supports_torch, eq: false}", "{fact: compat.driver_supports_torch, equals: false}"),
    ("unknown fact", "fact: compat.driver_supports_torch", "fact: compat.driver_supports_troch"),
    ("if_unknown not a bool", "if_unknown: false", "if_unknown: maybe"),
    ("unknown error text", "in: [torch.error, torch.warnings]", "in: [stderr]"),
    ("signature key typo", "{regex: 'Error 802'", "{regexp: 'Error 802'"),
    ("condition not text", "condition: too_old or", "condition: [too_old]\n  x: too_old or"),
    ("unknown when key", "  parts:\n", "  pieces:\n"),
    ("bad language", "{en: A title, zh: 标题}", "{en: A title, de: Titel}"),
    ("shell-string command", "linux: ['{python.executable}', -m, pip, --version]", "linux: 'python -m pip --version'"),
    ("unknown platform", "windows: {pip", "win: {pip"),
    ("unknown installer", "conda: [nvidia-smi]}", "mamba: [nvidia-smi]}"),
    ("use beside steps", "  - use: reinstall-recommended-torch\n", "  - use: reinstall-recommended-torch\n    steps: []\n"),
    ("step use with verify", "      - use: check-gpu\n", "      - use: check-gpu\n        verify: [mnist]\n"),
    ("unknown verify check", "      - use: check-gpu\n", "        verify: [cuda-aloc]\n"),
    ("derive with severity", "diagnosis: 'found {match.found}'\n", "diagnosis: 'found {match.found}'\nderive: {derived.x: true}\n"),
    ("bad reference", "kind: setup\n", "kind: setup\nreferences: [not a url]\n"),
]


def test_the_good_rule_passes_both(tmp_path):
    path = tmp_path / "rules" / "t" / "r1.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(GOOD, encoding="utf-8")
    assert lint([tmp_path / "rules"]) == []
    assert not list(validator(rule_schema.RULE_SCHEMA_FILE).iter_errors(yaml.safe_load(GOOD)))


@pytest.mark.parametrize("what, old, new", BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_rule_is_rejected_by_the_loader_and_the_schema(tmp_path, what, old, new):
    assert old in GOOD, what
    text = GOOD.replace(old, new, 1)
    path = tmp_path / "rules" / "t" / "r1.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    assert lint([tmp_path / "rules"]), f"the loader accepts a rule with {what}"
    data = yaml.safe_load(text)
    assert list(validator(rule_schema.RULE_SCHEMA_FILE).iter_errors(data)), f"the schema accepts a rule with {what}"
