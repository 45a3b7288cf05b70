"""torch as its files describe it, without importing it: the static phase's torch facts.

Runs ``scripts/torch_static.py`` in the target interpreter (one start-up, a few file reads;
no `import torch` anywhere) and parses torch/version.py as text here: `__version__`,
`cuda`, `hip`, `xpu` are literals that torch's build writes into that file, so they give
torch.version, torch.build, torch.cuda and torch.hip in milliseconds where importing torch
takes seconds, and even when the import is broken. With torch.version and torch.build the
knowledge base finds the official wheel's arch list (arch_lists.yaml), so an unsupported GPU
is found before torch is imported.

The torch probe (the dynamic phase) states the same facts from the imported module; it runs
later and its values replace these when both are known (FactBase: same origin, the later
known value wins). A fact this probe cannot read costs only that fact.
"""
from __future__ import annotations

import ast
import json
import os
from typing import Any

from gpufix import linear_re as re  # linear time on text gpufix did not write
from gpufix.facts import Fact, absent, ok, unknown
from gpufix.probes.base import Probe, ProbeContext, ProbeFailed, Raw, run_command
from gpufix.probes.python_env import extract_json, public_version, script_env
from gpufix.probes.torch_runtime import hip_version, torch_build  # the same build naming as the torch probe

NAME = "torch-static"
FILE = "torch-static.json"
SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "scripts", "torch_static.py")

FACTS = ("torch.version", "torch.version_full", "torch.build", "torch.cuda", "torch.hip", "torch.location")
# The names torch's build writes into version.py that gpufix reads.
_KEYS = ("__version__", "cuda", "hip", "xpu", "git_version", "debug")
# Fallback for a version.py that does not parse as Python (cut short, merged by hand):
# `name = 'value'`, `name: Optional[str] = None`, one per line.
# Compiled on first use: a broken version.py is rare, and every run imports this module.
_LINE = r"""^(?P<name>[A-Za-z_]\w*)\s*(?::[^=]*)?=\s*(?:'(?P<s>[^'"\n]*)'|"(?P<s2>[^'"\n]*)"|(?P<none>None))\s*(?:#.*)?$"""


def read_version_py(text: str) -> tuple[dict[str, Any], str]:
    """The literal assignments of torch/version.py, without executing it. Returns (values, problem).

    Only literals are taken (ast.literal_eval: no calls, no names); a file that does not
    parse falls back to one assignment per line, and `problem` says so.
    """
    values: dict[str, Any] = {}
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError) as e:
        for m in re.finditer(_LINE, text, re.M):
            if m.group("name") in _KEYS:
                values[m.group("name")] = None if m.group("none") else m.group("s") if m.group("s") is not None else m.group("s2")
        return values, f"torch/version.py does not parse ({type(e).__name__}: {e}); read line by line"
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not isinstance(target, ast.Name) or target.id not in _KEYS:
            continue
        try:
            values[target.id] = ast.literal_eval(value)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            continue  # not a literal: not something torch's build wrote
    return values, ""


def _text(v: Any) -> str | None:
    if v is None or isinstance(v, bool):
        return None
    return str(v).strip() or None


def parse_torch_static(text: str) -> list[Fact]:
    """Facts from torch-static.json (pure)."""
    doc = extract_json(text)
    where = doc.get("executable") or "the target interpreter"
    if not doc.get("location"):
        reason = f"no torch package on the sys.path of {where}"
        return [absent(n, NAME, reason) for n in FACTS]

    if doc.get("shadowed_by"):
        # `import torch` would import the user's own torch.py (a script named after the package).
        reason = f"{doc['shadowed_by']} comes first on sys.path: `import torch` imports it, not the torch package"
        return [ok("torch.location", str(doc["location"]), NAME, str(doc["shadowed_by"]))] + \
            [unknown(n, NAME, reason) for n in FACTS if n != "torch.location"]
    facts: list[Fact] = []
    pkg = str(doc.get("package") or os.path.join(str(doc["location"]), "torch"))
    facts.append(ok("torch.location", str(doc["location"]), NAME, f"{pkg}/__init__.py"))
    dist = doc.get("dist") if isinstance(doc.get("dist"), dict) else {}
    dist_version = _text(dist.get("version"))

    problem = ""
    values: dict[str, Any] = {}
    if isinstance(doc.get("version_py"), str):
        values, problem = read_version_py(doc["version_py"])
    else:
        problem = f"could not read torch/version.py: {doc.get('version_py_error') or 'not reported'}"

    version_full = _text(values.get("__version__"))
    notes = []
    if dist_version and version_full and dist_version != version_full:
        # Two installs written into one directory: the files say one thing, the metadata another.
        notes.append(f"the metadata ({dist.get('dir')}) says {dist_version}")
    if dist.get("record_hash_matches") is False:
        notes.append(f"torch/version.py is not the file {dist.get('dir')}'s RECORD lists")
    suffix = f" ({'; '.join(notes)})" if notes else ""
    if version_full:
        ev = f"{pkg}/version.py: __version__ = {version_full!r}{suffix}"
        facts += [ok("torch.version_full", version_full, NAME, ev), ok("torch.version", public_version(version_full), NAME, ev)]
    elif dist_version:
        # version.py unreadable: the dist-info of the same directory still names the release.
        ev = f"{dist.get('dir')}: Version: {dist_version} ({problem or 'no __version__ in torch/version.py'})"
        facts += [ok("torch.version_full", dist_version, NAME, ev), ok("torch.version", public_version(dist_version), NAME, ev)]
        version_full = dist_version
    else:
        why = problem or "torch/version.py has no __version__"
        facts += [unknown("torch.version_full", NAME, why), unknown("torch.version", NAME, why)]

    readable = "__version__" in values  # the file was torch's: its missing cuda/hip mean "built without"
    build_facts = _build_facts(values, readable, problem, pkg, version_full)
    return facts + build_facts


def _build_facts(values: dict[str, Any], readable: bool, problem: str, pkg: str,
                 version_full: str | None) -> list[Fact]:
    facts: list[Fact] = []
    why_unknown = problem or "torch/version.py has no __version__"
    for key, fact, what in (("cuda", "torch.cuda", "CUDA"), ("hip", "torch.hip", "ROCm/HIP")):
        val = _text(values.get(key))
        if val:
            value = (hip_version(val) or val) if key == "hip" else val  # a version fact must parse
            facts.append(ok(fact, value, NAME, f"{pkg}/version.py: {key} = {val!r}"))
        elif readable:
            facts.append(absent(fact, NAME, f"torch was built without {what} ({pkg}/version.py: {key} = None)"))
        else:
            facts.append(unknown(fact, NAME, why_unknown))
    cuda, hip, xpu = _text(values.get("cuda")), _text(values.get("hip")), _text(values.get("xpu"))
    build = torch_build(version_full, cuda, hip, xpu)
    if build is None and readable:
        build = "cpu"  # version.py read, no CUDA/ROCm/XPU: as the torch probe concludes after importing
    if build:
        facts.append(ok("torch.build", build, NAME, f"{version_full}, version.py cuda = {cuda}"))
    else:
        facts.append(unknown("torch.build", NAME, why_unknown))
    return facts


def parse(raw: Raw) -> list[Fact]:
    if FILE not in raw:
        raise ValueError("torch-static.json missing")
    return parse_torch_static(raw[FILE])


def collect(ctx: ProbeContext) -> Raw:
    res = run_command([ctx.python, SCRIPT], PROBE.timeout * ctx.timeout_scale, env=script_env(ctx))
    if res.returncode != 0 or not res.stdout.strip():
        tail = (res.stderr.strip().splitlines() or ["no output"])[-1]
        raise ProbeFailed(f"{ctx.python} could not run the torch file reader (exit {res.returncode}): {tail[:300]}")
    doc = extract_json(res.stdout)
    return {FILE: json.dumps(doc, indent=2, sort_keys=True) + "\n"}


PROBE = Probe(NAME, collect, parse, files=(FILE,), timeout=20.0, facts=FACTS, order=21)
