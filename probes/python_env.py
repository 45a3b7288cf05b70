"""The target interpreter: version, kind of environment, installed torch/numpy/torchvision/torchaudio.

Runs ``scripts/python_env.py`` in the target interpreter (fast: no package imports) and
reads versions from distribution metadata, so it answers even when `import torch` is
broken or slow. Every torch distribution on sys.path is listed: two (user site + env) is
the classic "I upgraded torch but nothing changed".
"""
from __future__ import annotations

import json
import os

from gpufix import linear_re as re  # linear time on text gpufix did not write
from gpufix.probes.base import loads_json
from gpufix.facts import Fact, absent, ok, unknown
from gpufix.probes import prestart
from gpufix.probes.base import Probe, ProbeContext, ProbeFailed, Raw, run_command

NAME = "python-env"
FILE = "python-env.json"
SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "scripts", "python_env.py")

FACTS = ("python.version", "python.executable", "python.bits", "python.prefix", "python.implementation",
         "python.env", "numpy.version", "torchvision.version", "torchvision.version_full",
         "torchaudio.version", "torchaudio.version_full", "torch.metadata_version", "torch.install_count",
         "torch.installs", "torch.installer", "torch.user_site", "pip.python", "pip.matches_python")


def public_version(v: str) -> str:
    """'2.4.1+cu121' -> '2.4.1' (drop the local suffix)."""
    return v.split("+", 1)[0].strip()


def extract_json(stdout: str) -> dict:
    """The JSON object a probe script printed: the whole text (a recording), or else its
    last line that starts with '{' (stray output before it is tolerated)."""
    text = stdout.strip()
    try:
        doc = loads_json(text)
    except ValueError:
        doc = None
        for line in reversed(text.splitlines()):
            line = line.strip()
            if line.startswith("{"):
                try:
                    doc = loads_json(line)
                    break
                except ValueError:
                    continue
        if doc is None:
            raise ValueError("no JSON object in the probe output") from None
    if not isinstance(doc, dict):
        raise ValueError("probe output is not a JSON object")
    return doc


def parse_python_env_json(text: str) -> list[Fact]:
    """Facts from python-env.json (pure)."""
    doc = extract_json(text)
    facts: list[Fact] = []
    for key, name in (("version", "python.version"), ("executable", "python.executable"),
                      ("prefix", "python.prefix"), ("implementation", "python.implementation")):
        if doc.get(key):
            facts.append(ok(name, str(doc[key]), NAME))
    if isinstance(doc.get("bits"), int):
        facts.append(ok("python.bits", doc["bits"], NAME))
    prefix, base = doc.get("prefix"), doc.get("base_prefix")
    if doc.get("conda_meta"):
        kind, why = "conda", f"{prefix}/conda-meta exists"
    elif prefix and base and prefix != base:
        kind, why = "venv", f"sys.prefix {prefix} != sys.base_prefix {base}"
    else:
        kind, why = "system", "not a venv, no conda-meta"
    facts.append(ok("python.env", kind, NAME, why))

    dists = [d for d in doc.get("distributions") or [] if isinstance(d, dict) and d.get("name")]
    by_name: dict[str, list[dict]] = {}
    for d in dists:
        by_name.setdefault(str(d["name"]).lower().replace("-", "_"), []).append(d)

    for pkg in ("numpy", "torchvision", "torchaudio"):
        first = (by_name.get(pkg) or [None])[0]
        if first is None:
            facts.append(absent(f"{pkg}.version", NAME, f"{pkg} is not installed"))
            if pkg != "numpy":
                facts.append(absent(f"{pkg}.version_full", NAME, f"{pkg} is not installed"))
            continue
        v = str(first["version"])
        facts.append(ok(f"{pkg}.version", public_version(v), NAME, f"{pkg} {v} in {first.get('location')}"))
        if pkg != "numpy":
            facts.append(ok(f"{pkg}.version_full", v, NAME))

    torches = by_name.get("torch") or []
    facts.append(ok("torch.install_count", len(torches), NAME,
                    "; ".join(f"torch {t.get('version')} in {t.get('location')}" for t in torches)))
    facts.append(ok("torch.installs", [str(t.get("location")) for t in torches], NAME))
    user_site = doc.get("user_site")
    if torches:
        first = torches[0]
        facts.append(ok("torch.metadata_version", str(first["version"]), NAME,
                        f"torch {first['version']} in {first.get('location')}"))
        installer = first.get("installer")
        if not installer and doc.get("conda_meta"):
            installer = "conda"  # conda packages often ship no INSTALLER file
        if installer:
            facts.append(ok("torch.installer", str(installer).lower(), NAME, f"INSTALLER in {first.get('location')}"))
        else:
            facts.append(unknown("torch.installer", NAME, "no INSTALLER file in torch's metadata"))
        in_user = bool(user_site) and any(_same_dir(t.get("location"), user_site) for t in torches)
        facts.append(ok("torch.user_site", in_user, NAME, str(user_site or "")))
    else:
        for n in ("torch.metadata_version", "torch.installer", "torch.user_site"):
            facts.append(absent(n, NAME, "torch is not installed"))

    pip = doc.get("pip") or {}
    if pip.get("python"):
        facts.append(ok("pip.python", str(pip["python"]), NAME,
                        f"{pip.get('path')}: {pip.get('first_line') or 'launcher'}"))
        if isinstance(pip.get("same_as_target"), bool):
            facts.append(ok("pip.matches_python", pip["same_as_target"], NAME))
    elif "path" in pip and pip["path"] is None:
        facts.append(absent("pip.python", NAME, "no `pip` on PATH"))
        facts.append(absent("pip.matches_python", NAME, "no `pip` on PATH"))
    elif pip.get("first_line"):
        why = (f"the `pip` on PATH ({pip.get('path')}) is a wrapper script ({pip['first_line'][:80]}), "
               "not tied to one interpreter")
        facts += [unknown("pip.python", NAME, why), unknown("pip.matches_python", NAME, why)]
    else:
        why = "could not read the interpreter of the `pip` on PATH"
        facts += [unknown("pip.python", NAME, why), unknown("pip.matches_python", NAME, why)]
    return facts


def _same_dir(a: object, b: object) -> bool:
    if not a or not b:
        return False
    norm = lambda p: re.sub(r"[\\/]+$", "", os.path.normcase(str(p)))  # noqa: E731
    return norm(a) == norm(b)


def parse(raw: Raw) -> list[Fact]:
    if FILE not in raw:
        raise ValueError("python-env.json missing")
    return parse_python_env_json(raw[FILE])


def script_env(ctx: ProbeContext) -> dict[str, str]:
    return prestart.script_env(ctx.env)  # one definition for every probe script


def collect(ctx: ProbeContext) -> Raw:
    res = run_command([ctx.python, SCRIPT], PROBE.timeout * ctx.timeout_scale, env=script_env(ctx))
    if res.returncode != 0 or not res.stdout.strip():
        tail = (res.stderr.strip().splitlines() or ["no output"])[-1]
        raise ProbeFailed(f"{ctx.python} could not run the environment script (exit {res.returncode}): {tail[:300]}")
    doc = extract_json(res.stdout)  # validate here so garbage is a failed probe, not a bad file
    return {FILE: json.dumps(doc, indent=2, sort_keys=True) + "\n"}


PROBE = Probe(NAME, collect, parse, files=(FILE,), timeout=20.0, facts=FACTS, order=20)
