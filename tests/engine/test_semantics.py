"""What rules mean once compiled and run by each rule engine (durable-rules and CLIPS, every test
runs on both): operators, versions, negation on missing facts, lists, signatures, chaining,
ordering, evidence, texts and commands."""
from __future__ import annotations

import random

import pytest

from gpufix.engine import durable_host
from gpufix.engine.api import diagnose, evaluate
from gpufix.engine.evaluate import compiled_rules
from gpufix.engine.log_scan import scan_log_text
from gpufix.facts import absent, ok, unknown

from .conftest import fb, fired

pytestmark = pytest.mark.usefixtures("engine_backend")


def compiled_units(backend: str) -> int:
    """What the backend has built from compiled rules so far (durable rulesets, CLIPS environments)."""
    if backend == "durable":
        return durable_host.registered_count()
    from gpufix.engine.backends import backend as get_backend

    return get_backend("clips").environments()


def one_rule(rules_dir, when: str, **kw):
    rules_dir.rule("r", when, **kw)
    return rules_dir.load()


@pytest.mark.parametrize("when, facts, expected", [
    ("{fact: gpu.count, eq: 2}", {"gpu__count": 2}, True),
    ("{fact: gpu.count, eq: 2}", {"gpu__count": 1}, False),
    ("{fact: gpu.count, ne: 2}", {"gpu__count": 1}, True),
    ("{fact: gpu.count, ne: 2}", {"gpu__count": 2}, False),
    ("{fact: gpu.count, lt: 2}", {"gpu__count": 1}, True),
    ("{fact: gpu.count, lt: 2}", {"gpu__count": 2}, False),
    ("{fact: gpu.count, le: 2}", {"gpu__count": 2}, True),
    ("{fact: gpu.count, le: 2}", {"gpu__count": 3}, False),
    ("{fact: gpu.count, gt: 2}", {"gpu__count": 3}, True),
    ("{fact: gpu.count, gt: 2}", {"gpu__count": 2}, False),
    ("{fact: gpu.count, ge: 2}", {"gpu__count": 2}, True),
    ("{fact: gpu.count, ge: 2}", {"gpu__count": 1}, False),
    ("{fact: verify.speedup, gt: 1.5}", {"verify__speedup": 1.75}, True),
    ("{fact: torch.cuda_available, eq: false}", {"torch__cuda_available": False}, True),
    ("{fact: torch.cuda_available, eq: false}", {"torch__cuda_available": True}, False),
    ("{fact: torch.build, eq: cpu}", {"torch__build": "cpu"}, True),
    ("{fact: torch.build, eq: cpu}", {"torch__build": "cu121"}, False),
    ("{fact: torch.build, in: [cu118, cu121]}", {"torch__build": "cu121"}, True),
    ("{fact: torch.build, in: [cu118, cu121]}", {"torch__build": "cpu"}, False),
    ("{fact: torch.build, not_in: [cu118, cu121]}", {"torch__build": "cpu"}, True),
    ("{fact: torch.build, not_in: [cu118, cu121]}", {"torch__build": "cu118"}, False),
    ("{fact: torch.error, contains: 'no kernel image'}", {"torch__error": "CUDA error: no kernel image is av"}, True),
    ("{fact: torch.error, contains: 'no kernel image'}", {"torch__error": "CUDA error: out of memory"}, False),
    ("{fact: torch.error, matches: 'sm_(\\d+) is not compatible'}", {"torch__error": "with CUDA capability sm_120 is not compatible"}, True),
    ("{fact: torch.error, matches: '^CUDA'}", {"torch__error": "error: CUDA"}, False),
    ("{fact: os.release, startswith: '5.15'}", {"os__release": "5.15.0-91-generic"}, True),
    ("{fact: os.release, startswith: '5.15'}", {"os__release": "6.5.0"}, False),
    ("{fact: driver.version, version_lt: '525.60.13'}", {"driver__version": "470.86"}, True),
    ("{fact: driver.version, version_lt: '525.60.13'}", {"driver__version": "535.104.05"}, False),
    ("{fact: driver.version, version_le: '535.104.05'}", {"driver__version": "535.104.05"}, True),
    ("{fact: driver.version, version_ge: '580'}", {"driver__version": "580.65.06"}, True),
    ("{fact: driver.version, version_ge: '580'}", {"driver__version": "575.57.08"}, False),
    ("{fact: torch.cuda, version_eq: '12.1'}", {"torch__cuda": "12.1.0"}, True),
    ("{fact: torch.cuda, version_ne: '12.1'}", {"torch__cuda": "12.1.0"}, False),
    ("{fact: torch.version, version_lt: '2.6'}", {"torch__version": "2.6.0rc1"}, True),
    ("{fact: torch.version, version_gt: '2.5.1'}", {"torch__version": "2.5.1.post1"}, True),
    # versions compare as versions, never as floats or strings
    ("{fact: torch.cuda, version_gt: '12.9'}", {"torch__cuda": "12.10"}, True),
    ("{fact: torch.cuda, version_lt: '12.10'}", {"torch__cuda": "12.9"}, True),
    ("{fact: driver.version, version_gt: '99.0'}", {"driver__version": "100.0"}, True),
    # fact against fact
    ("{fact: driver.kernel_module, version_ne: {fact: driver.version}}", {"driver__kernel_module": "520.61.05", "driver__version": "525.85.12"}, True),
    ("{fact: driver.kernel_module, version_ne: {fact: driver.version}}", {"driver__kernel_module": "525.85.12", "driver__version": "525.85.12"}, False),
    ("{fact: nvcc.version, version_lt: {fact: torch.cuda}}", {"nvcc__version": "11.8", "torch__cuda": "12.10"}, True),
    ("{fact: pip.python, ne: {fact: python.executable}}", {"pip__python": "/usr/bin/python3", "python__executable": "/env/bin/python"}, True),
    ("{fact: torch.device_count, lt: {fact: gpu.count}}", {"torch__device_count": 1, "gpu__count": 2}, True),
    # lists: "some element"
    ("{fact: torch.arch_list, contains: sm_86}", {"torch__arch_list": ["sm_80", "sm_86", "sm_90"]}, True),
    ("{fact: torch.arch_list, contains: sm_86}", {"torch__arch_list": ["sm_80", "sm_90"]}, False),
    ("{fact: gpu.compute_capability, contains: '8.6'}", {"gpu__compute_capability": ["7.5", "8.6"]}, True),
    ("{fact: gpu.compute_capability, version_ge: '12.0'}", {"gpu__compute_capability": ["8.9", "12.0"]}, True),
    ("{fact: gpu.compute_capability, version_ge: '12.0'}", {"gpu__compute_capability": ["8.9", "9.0"]}, False),
    ("{fact: gpu.name, matches: 'GTX 10\\d0'}", {"gpu__name": ["NVIDIA GeForce RTX 3090", "NVIDIA GeForce GTX 1080 Ti"]}, True),
    ("{fact: gpu.name, in: [Tesla T4, NVIDIA A10G]}", {"gpu__name": ["NVIDIA A10G"]}, True),
    ("{fact: gpu.memory_total_mib, lt: 8000}", {"gpu__memory_total_mib": [24576, 6144]}, True),
    ("{not: {fact: torch.arch_list, contains: sm_120}}", {"torch__arch_list": ["sm_80", "sm_90"]}, True),
    ("{not: {fact: torch.arch_list, contains: sm_90}}", {"torch__arch_list": ["sm_80", "sm_90"]}, False),
    # status tests
    ("{fact: nvcc.version, present: true}", {"nvcc__version": "12.1"}, True),
    ("{fact: nvcc.version, present: false}", {"nvcc__version": "12.1"}, False),
])
def test_operator(rules_dir, when, facts, expected):
    rules = one_rule(rules_dir, when)
    assert (fired(rules, fb(**facts)) == ["r"]) is expected


STATUS_CASES = {
    "known": ok("nvcc.version", "12.1", "test"),
    "absent": absent("nvcc.version", "nvcc", "not found"),
    "unknown": unknown("nvcc.version", "nvcc", "timed out"),
    "missing": None,
}


@pytest.mark.parametrize("when, holds_for", [
    ("{fact: nvcc.version, present: true}", {"known"}),
    ("{fact: nvcc.version, present: false}", {"absent"}),
    ("{fact: nvcc.version, unknown: true}", {"unknown"}),
    ("{fact: nvcc.version, unknown: false}", {"known", "absent", "missing"}),
    ("{not: {fact: nvcc.version, present: true}}", {"absent", "unknown", "missing"}),
    ("{not: {fact: nvcc.version, present: false}}", {"known", "unknown", "missing"}),
    ("{not: {fact: nvcc.version, unknown: true}}", {"known", "absent", "missing"}),
    # a comparison on a fact that is not known is false, and so is its negation
    ("{fact: nvcc.version, version_lt: '13.0'}", {"known"}),
    ("{not: {fact: nvcc.version, version_lt: '13.0'}}", set()),
    ("{not: {fact: nvcc.version, version_ge: '13.0'}}", {"known"}),
    ("{fact: nvcc.version, ne: '13.0'}", {"known"}),
    ("{not: {fact: nvcc.version, eq: '12.1'}}", set()),
    ("{not: {fact: nvcc.version, contains: '12'}}", set()),
    ("{not: {fact: nvcc.version, matches: '^13'}}", {"known"}),
    # the idiom for "not known to be X": test presence explicitly
    ("{not: {all: [{fact: nvcc.version, present: true}, {fact: nvcc.version, eq: '12.1'}]}}",
     {"absent", "unknown", "missing"}),
])
def test_negation_and_missing_facts(rules_dir, when, holds_for):
    rules = one_rule(rules_dir, when)
    for case, fact in STATUS_CASES.items():
        facts = fb(fact) if fact is not None else fb()
        assert (fired(rules, facts) == ["r"]) is (case in holds_for), case


def test_de_morgan_with_missing_facts(rules_dir):
    # not(all(A, B)) = any(not A, not B): holds when A is known false, even with B missing.
    rules_dir.rule("nand", "not: {all: [{fact: gpu.count, gt: 0}, {fact: torch.cuda_available, eq: true}]}")
    # not(any(A, B)) = all(not A, not B): B missing makes `not B` false, so no firing.
    rules_dir.rule("nor", "not: {any: [{fact: gpu.count, gt: 0}, {fact: torch.cuda_available, eq: true}]}")
    rules = rules_dir.load()
    assert fired(rules, fb(gpu__count=0)) == ["nand"]
    assert fired(rules, fb(gpu__count=0, torch__cuda_available=False)) == ["nand", "nor"]
    assert fired(rules, fb(gpu__count=1, torch__cuda_available=True)) == []


SIG_RULE = """
id: sig
title: T
severity: error
kind: setup
signatures:
  too_old: 'driver on your system is too old \\(found version (?P<found>\\d+)\\)'
when:
  all:
    - signature: too_old
    - {fact: match.found, ne: '12040'}
diagnosis: 'found {match.found}'
area: gpu
status: test
falsepositives: [none known]
"""
NOT_SIG_RULE = """
id: no-sig
title: T
severity: warning
kind: setup
signatures:
  oom: 'CUDA out of memory'
when: {not: {signature: oom}}
diagnosis: D
area: gpu
status: test
falsepositives: [none known]
"""


def test_signatures_and_match_groups(rules_dir):
    rules_dir.add("sig", SIG_RULE)
    rules_dir.add("no-sig", NOT_SIG_RULE)
    rules = rules_dir.load()
    # No error text at all: neither a signature nor its negation holds.
    assert fired(rules, fb()) == []
    scan = scan_log_text("x\nRuntimeError: The NVIDIA driver on your system is too old (found version 11040).\n", rules)
    ev = evaluate(fb(), scan, rules=rules)
    assert ev.fired_ids == ["no-sig", "sig"]
    d = next(d for d in ev.diagnoses if d.id == "sig")
    assert d.explanation == "found 11040"
    assert d.evidence["match.found"] == "11040"
    assert d.evidence["signature.too_old"].startswith("line 2: RuntimeError: The NVIDIA driver")
    # match.* is a condition like any other fact: 12040 is excluded by the rule.
    scan = scan_log_text("The NVIDIA driver on your system is too old (found version 12040)", rules)
    assert fired(rules, fb(), scan) == ["no-sig"]
    # log.text given as a fact (no scan object) is scanned for the signatures too.
    assert fired(rules, fb(log__text="CUDA out of memory. Tried to allocate 2 GiB")) == []
    assert fired(rules, fb(log__text="all good")) == ["no-sig"]


def test_chaining_across_strata(rules_dir):
    rules_dir.add("is-cuda", "id: is-cuda\ntitle: A\nwhen: {fact: torch.build, startswith: cu}\n"
                             "derive: {derived.cuda_build: true}\n")
    rules_dir.add("old-drv", "id: old-drv\ntitle: B\nwhen:\n  all:\n    - {fact: derived.cuda_build, eq: true}\n"
                             "    - {fact: driver.version, version_lt: '525'}\nderive: {derived.driver_problem: old}\n")
    rules_dir.rule("report", "{fact: derived.driver_problem, eq: old}", diagnosis="problem: {derived.driver_problem}")
    rules_dir.rule("healthy", "all: [{fact: derived.cuda_build, eq: true}, {not: {fact: derived.driver_problem, present: true}}]",
                   severity="info")
    rules = rules_dir.load()
    assert [[r.id for r in s] for s in rules.strata] == [["is-cuda"], ["old-drv"], ["healthy", "report"]]
    ev = evaluate(fb(torch__build="cu121", driver__version="470.86"), rules=rules)
    assert ev.fired_ids == ["is-cuda", "old-drv", "report"]
    assert [d.id for d in ev.diagnoses] == ["report"]
    assert ev.diagnoses[0].explanation == "problem: old"
    assert {f.name: f.value for f in ev.derived} == {"derived.cuda_build": True, "derived.driver_problem": "old"}
    assert all(f.origin == "derived" for f in ev.derived)
    assert fired(rules, fb(torch__build="cu121", driver__version="535.54")) == ["healthy", "is-cuda"]
    assert fired(rules, fb(torch__build="cpu", driver__version="470.86")) == []


def test_order_severity_then_specificity(rules_dir):
    rules_dir.rule("warn-specific", "all: [{fact: gpu.count, gt: 0}, {fact: torch.build, eq: cpu}, {fact: os.name, eq: linux}]",
                   severity="warning")
    rules_dir.rule("err-broad", "{fact: torch.build, eq: cpu}")
    rules_dir.rule("err-narrow", "all: [{fact: torch.build, eq: cpu}, {fact: gpu.count, gt: 0}]")
    rules_dir.rule("info", "{fact: gpu.count, gt: 0}", severity="info")
    ds = diagnose(fb(torch__build="cpu", gpu__count=1, os__name="linux"), rules=rules_dir.load())
    assert [(d.id, d.specificity) for d in ds] == [("err-narrow", 2), ("err-broad", 1), ("warn-specific", 3), ("info", 1)]


def test_a_base_rate_guess_ranks_after_a_cause_shown_by_evidence(rules_dir):
    # cpu-build-likely's shape: a derived *_likely fact (a base rate) read with many step-asides outranked, by count,
    # the cause a report did show (seen: https://github.com/AUTOMATIC1111/stable-diffusion-webui/issues/3207, a CPU
    # build guessed above the /dev/nvidia* permission the reporter's sudo check showed).
    rules_dir.add("guess", "id: guess\ntitle: G\nwhen: {fact: gpu.count, gt: 0}\nderive: {derived.cpu_build_likely: '14/15'}\n")
    rules_dir.rule("by-guess", "all: [{fact: derived.cpu_build_likely, present: true}, {fact: os.name, eq: linux}, "
                               "{fact: torch.cuda_available, eq: false}]")
    rules_dir.rule("shown", "{fact: torch.build, eq: cu121}")
    rules_dir.rule("either", "any: [{fact: derived.cpu_build_likely, present: true}, {all: [{fact: os.name, eq: linux}, "
                             "{fact: gpu.count, gt: 0}, {fact: torch.build, eq: cu121}]}]")
    rules_dir.rule("not-guessed", "all: [{not: {fact: derived.cpu_build_likely, present: true}}, {fact: os.name, eq: linux}]")
    rules = rules_dir.load()
    ds = diagnose(fb(gpu__count=1, os__name="linux", torch__cuda_available=False, torch__build="cu121"), rules=rules)
    # "either" held by evidence too: it is no guess and keeps its rank by count
    assert [(d.id, d.base_rate) for d in ds] == [("either", False), ("shown", False), ("by-guess", True)]
    ds = diagnose(fb(gpu__count=0, os__name="linux"), rules=rules)
    assert [(d.id, d.base_rate) for d in ds] == [("not-guessed", False)]


def test_specificity_counts_the_alternatives_that_held(rules_dir):
    rules_dir.rule("r", "any: [{fact: gpu.count, gt: 0}, {all: [{fact: torch.build, eq: cpu}, {fact: os.name, eq: linux}]}]")
    rules = rules_dir.load()
    assert diagnose(fb(gpu__count=1), rules=rules)[0].specificity == 1
    assert diagnose(fb(torch__build="cpu", os__name="linux"), rules=rules)[0].specificity == 2
    assert diagnose(fb(gpu__count=1, torch__build="cpu", os__name="linux"), rules=rules)[0].specificity == 3


REMEDY_RULE = """
id: fix
title: {en: 'Driver {driver.version}', zh: '驱动 {driver.version}'}
severity: error
kind: setup
when: {fact: torch.build, eq: cpu}
diagnosis: {en: 'torch {torch.version_full} on {gpu.name}; cuda {torch.cuda}', zh: '中文 {torch.version_full}'}
evidence: [torch.version_full, nvcc.version]
remedies:
  - title: {en: Reinstall, zh: 重装}
    steps:
      - text: {en: 'Install {recommend.torch}', zh: '安装 {recommend.torch}'}
        command:
          linux: ['{python.executable}', -m, pip, install, 'torch=={recommend.torch}']
          windows: ['{python.executable}', -m, pip, install, torch, --index-url, '{recommend.index_url}']
          any: {pip: [pip, install, torch], conda: [conda, install, pytorch]}
      - text: Run the recommended command.
        command: {any: ['{recommend.pip_command}']}
      - text: Check.
        verify: [cuda-alloc, mnist]
area: gpu
status: test
falsepositives: [none known]
"""


def test_texts_languages_evidence_and_commands(rules_dir):
    rules_dir.add("fix", REMEDY_RULE)
    rules = rules_dir.load()
    facts = fb(ok("torch.build", "cpu", "torch"), ok("torch.version_full", "2.4.1+cpu", "torch"),
               ok("gpu.name", ["RTX 3090", "RTX 4090"], "nvidia-smi"), ok("os.name", "linux", "platform"),
               ok("python.executable", "/env/bin/python", "python-env"), absent("nvcc.version", "nvcc"),
               ok("recommend.torch", "2.5.1", "knowledge", origin="derived"),
               ok("recommend.pip_command", ["/env/bin/python", "-m", "pip", "install", "torch==2.5.1"], "knowledge",
                  origin="derived"))
    d = diagnose(facts, rules=rules)[0]
    assert d.title == "Driver unknown"
    assert d.explanation == "torch 2.4.1+cpu on RTX 3090, RTX 4090; cuda unknown"
    assert d.evidence == {"torch.version_full": "2.4.1+cpu", "nvcc.version": None, "torch.build": "cpu"}
    steps = d.remedies[0].steps
    assert steps[0].text == "Install 2.5.1"
    assert steps[0].command == ("/env/bin/python", "-m", "pip", "install", "torch==2.5.1")
    assert steps[1].command == ("/env/bin/python", "-m", "pip", "install", "torch==2.5.1")  # a list fact spliced
    assert steps[2].command is None and steps[2].verify == ("cuda-alloc", "mnist")
    zh = diagnose(facts, lang="zh", rules=rules)[0]
    assert zh.title == "驱动 unknown" and zh.remedies[0].title == "重装"
    assert zh.remedies[0].steps[1].text == "Run the recommended command."  # falls back to en


def test_command_choice_by_platform_installer_and_origin(rules_dir):
    rules_dir.add("fix", REMEDY_RULE)
    rules = rules_dir.load()

    def first_command(*extra):
        base = [ok("torch.build", "cpu", "torch"), ok("python.executable", "/py", "python-env"),
                ok("recommend.torch", "2.5.1", "knowledge", origin="derived")]
        return diagnose(fb(*base, *extra), rules=rules)[0].remedies[0].steps[0].command

    assert first_command(ok("os.name", "windows", "platform")) is None  # {recommend.index_url} unknown: dropped
    assert first_command(ok("os.name", "windows", "platform"),
                         ok("recommend.index_url", "https://download.pytorch.org/whl/cu121", "k", origin="derived")
                         ) == ("/py", "-m", "pip", "install", "torch", "--index-url", "https://download.pytorch.org/whl/cu121")
    assert first_command(ok("os.name", "macos", "platform")) == ("pip", "install", "torch")
    assert first_command(ok("os.name", "macos", "platform"), ok("python.env", "conda", "python-env")) == (
        "conda", "install", "pytorch")
    assert first_command() == ("pip", "install", "torch")  # OS not probed: only `any` applies
    # Facts from a pasted log or typed by hand never fill a command (they may describe another machine).
    assert first_command(ok("os.name", "linux", "log", origin="log")) == ("pip", "install", "torch")
    assert diagnose(fb(ok("torch.build", "cpu", "torch"), ok("os.name", "linux", "platform"),
                       ok("python.executable", "/py", "user", origin="user"),
                       ok("recommend.torch", "2.5.1", "k", origin="derived")),
                    rules=rules)[0].remedies[0].steps[0].command is None


def test_many_rules_are_split_over_several_rulesets(rules_dir):
    # More alternatives than one durable ruleset can hold (error 303 above ~62 matching nodes).
    for i in range(150):
        rules_dir.rule(f"r{i:03d}", f"all: [{{fact: env.VAR_{i}, eq: 'on'}}, {{fact: gpu.count, gt: 0}}]")
    rules = rules_dir.load()
    assert len(compiled_rules(rules).strata[0].chunks) >= 3
    facts = fb(gpu__count=1, **{f"env__VAR_{i}": "on" for i in range(0, 150, 2)})
    assert fired(rules, facts) == [f"r{i:03d}" for i in range(0, 150, 2)]


def test_evaluations_are_independent(rules_dir, engine_backend):
    rules_dir.add("sig", SIG_RULE)
    rules_dir.rule("cpu", "all: [{fact: torch.build, eq: cpu}, {fact: gpu.count, gt: 0}]")
    rules_dir.rule("old", "{fact: driver.version, version_lt: '525'}")
    rules_dir.rule("none", "{fact: nvcc.version, present: false}", severity="info")
    rules = rules_dir.load()
    a = fb(torch__build="cpu", gpu__count=1, driver__version="470.1")
    b = fb(absent("nvcc.version", "nvcc"), driver__version="535.1")
    scan = scan_log_text("The NVIDIA driver on your system is too old (found version 11040)", rules)
    expected = {"a": ["cpu", "old"], "b": ["none"], "s": ["sig"]}
    before = None
    for i in range(300):
        key = "abs"[i % 3]
        got = fired(rules, a if key == "a" else b if key == "b" else fb(), scan if key == "s" else None)
        assert got == expected[key], (i, key)
        if i == 2:
            before = compiled_units(engine_backend)
    assert compiled_units(engine_backend) == before  # nothing registered per evaluation


def test_the_same_rules_loaded_twice_share_registrations(rules_dir, engine_backend):
    rules_dir.rule("r", "{fact: gpu.count, gt: 0}")
    first = rules_dir.load()
    fired(first, fb(gpu__count=1))
    count = compiled_units(engine_backend)
    from gpufix.engine.loader import _cache

    _cache.clear()
    second = rules_dir.load()
    assert second is not first
    assert fired(second, fb(gpu__count=1)) == ["r"]
    assert compiled_units(engine_backend) == count


# --- the engine against an independent reference evaluator -------------------------------

FACTS = {"gpu.count": [0, 1, 2], "torch.build": ["cpu", "cu121", "cu124"], "driver.version": ["470.86", "535.104.05", "580.65"],
         "torch.cuda_available": [True, False]}
LEAVES = [
    ("gpu.count", "gt", 0), ("gpu.count", "eq", 2), ("gpu.count", "le", 1),
    ("torch.build", "eq", "cpu"), ("torch.build", "ne", "cu121"), ("torch.build", "in", ["cu121", "cu124"]),
    ("torch.build", "startswith", "cu"), ("driver.version", "version_lt", "525.60.13"),
    ("driver.version", "version_ge", "580"), ("torch.cuda_available", "eq", True), ("driver.version", "present", True),
]


def _yaml_leaf(f, op, v):
    if isinstance(v, bool):
        v = "true" if v else "false"
    elif isinstance(v, list):
        v = "[" + ", ".join(v) + "]"
    elif isinstance(v, str):
        v = f"'{v}'"
    return f"{{fact: {f}, {op}: {v}}}"


def _ref_leaf(leaf, facts):
    from packaging.version import Version

    f, op, v = leaf
    val = facts.get(f)
    if op == "present":
        return val is not None
    if val is None:
        return None
    if op.startswith("version_"):
        a, b = Version(val), Version(v)
        return {"version_lt": a < b, "version_ge": a >= b}[op]
    if op == "eq":
        return val == v
    if op == "ne":
        return val != v
    if op in ("gt", "le"):
        return val > v if op == "gt" else val <= v
    if op == "in":
        return val in v
    return str(val).startswith(v)


def _ref(tree, facts, neg=False):
    kind = tree[0]
    if kind == "leaf":
        t = _ref_leaf(tree[1], facts)
        if tree[1][1] == "present":
            return (not t) if neg else t
        return False if t is None else (not t if neg else t)
    if kind == "not":
        return _ref(tree[1], facts, not neg)
    parts = [_ref(x, facts, neg) for x in tree[1]]
    is_all = (kind == "all") != neg
    return all(parts) if is_all else any(parts)


def _rand_tree(rnd, depth=0):
    r = rnd.random()
    if depth >= 2 or r < 0.45:
        return ("leaf", rnd.choice(LEAVES))
    if r < 0.6:
        return ("not", _rand_tree(rnd, depth + 1))
    return (rnd.choice(["all", "any"]), [_rand_tree(rnd, depth + 1) for _ in range(rnd.randint(2, 3))])


def _to_yaml(tree):
    if tree[0] == "leaf":
        return _yaml_leaf(*tree[1])
    if tree[0] == "not":
        return f"{{not: {_to_yaml(tree[1])}}}"
    return f"{{{tree[0]}: [{', '.join(_to_yaml(t) for t in tree[1])}]}}"


def test_engine_agrees_with_a_reference_evaluator(rules_dir):
    rnd = random.Random(1234)
    trees = {}
    for i in range(60):
        tree = _rand_tree(rnd)
        trees[f"r{i:02d}"] = tree
        rules_dir.rule(f"r{i:02d}", _to_yaml(tree), severity=rnd.choice(["error", "warning", "info"]))
    rules = rules_dir.load()
    for _ in range(150):
        facts = {name: rnd.choice(values) for name, values in FACTS.items() if rnd.random() < 0.8}
        expected = sorted(rid for rid, tree in trees.items() if _ref(tree, facts))
        base = fb(**{k.replace(".", "__"): v for k, v in facts.items()})
        assert fired(rules, base) == expected, facts


def test_concurrent_evaluations_do_not_mix(rules_dir):
    """The TUI analyses in worker threads: evaluations from several threads stay separate."""
    from concurrent.futures import ThreadPoolExecutor

    rules_dir.rule("cpu", "{fact: torch.build, eq: cpu}")
    rules_dir.rule("gpu", "{fact: gpu.count, gt: 0}")
    rules = rules_dir.load()
    cases = [(fb(torch__build="cpu"), ["cpu"]), (fb(gpu__count=2), ["gpu"]),
             (fb(torch__build="cpu", gpu__count=1), ["cpu", "gpu"]), (fb(), [])]

    def run(i):
        facts, want = cases[i % len(cases)]
        return fired(rules, facts) == want

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert all(pool.map(run, range(200)))


def test_odd_values_never_crash_the_engine(rules_dir):
    rules_dir.rule("big", "{fact: gpu.count, gt: 5}")
    rules_dir.rule("text", "{fact: torch.build, eq: cpu}")
    rules = rules_dir.load()
    assert fired(rules, fb(gpu__count=10 ** 30, torch__build="x" * 100_000)) == ["big"]
    assert fired(rules, fb(gpu__count="7", torch__build=["cpu"])) == ["big"]  # text number; a list is no text
    assert fired(rules, fb(gpu__count=float("nan"), torch__build="cpu\x00")) == []
