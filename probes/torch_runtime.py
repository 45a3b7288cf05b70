"""torch as the target interpreter sees it: version, build, CUDA, arch list, errors.

Runs ``scripts/torch_probe.py`` in the target interpreter (never imports torch here).
This is the slow probe (importing torch takes seconds); everything else runs beside it.
Raw files: ``torch-probe.json`` (the script's stdout) and ``torch-probe-stderr.txt``
(whatever torch, NumPy or the driver printed: the NumPy 2 ABI message is printed,
not raised).
"""
from __future__ import annotations

import json
import os
import subprocess
from typing import Any

from gpufix import linear_re as re  # linear time on text gpufix did not write
from gpufix.facts import Fact, absent, ok, unknown
from gpufix.probes import prestart, processes
from gpufix.probes.base import DYNAMIC, Probe, ProbeContext, ProbeFailed, Raw, _decode
from gpufix.probes.python_env import extract_json, public_version
from gpufix.probes.redact import redact

NAME = "torch"
FILE = "torch-probe.json"
STDERR_FILE = "torch-probe-stderr.txt"
SCRIPT = prestart.TORCH_PROBE_SCRIPT

TORCH_FACTS = ("torch.version", "torch.version_full", "torch.build", "torch.cuda", "torch.hip",
               "torch.cuda_available", "torch.device_count", "torch.arch_list", "torch.cudnn", "torch.error",
               "torch.warnings", "torch.location", "torch.mps_built", "torch.mps_available",
               "torch.numpy_error", "torch.device_names", "torch.device_capability")
FACTS = TORCH_FACTS + ("numpy.import_error", "torchvision.import_error", "torchaudio.import_error",
                       "extensions.import_error", "extensions.failed", "extensions.torch_requirements")

_LOCAL_BUILD = re.deferred(r"^(cu\d+|rocm\d+(?:\.\d+)*|cpu|xpu)", re.I)
# Warnings that mean CUDA is unusable or the GPU unsupported (torch.error), not mere noise.
_CUDA_TROUBLE = re.deferred(
    r"CUDA initiali[sz]ation|not compatible with the current PyTorch|no longer supports this GPU"
    r"|driver on your system is too old|Found no NVIDIA driver|minimum cuda capability|cuDNN version incompatibility"
    r"|Maxwell and Pascal|CUDA unknown error|CUDA driver version is insufficient|no kernel image", re.I)
# NumPy ABI / availability trouble, wherever it shows (stderr, warnings, exceptions).
_NUMPY_TROUBLE = re.deferred(
    r"A module that was compiled using NumPy 1\.x cannot be run in\s+NumPy [^\s]+ as it may crash"
    r"|Failed to initialize NumPy:[^\n]*|_ARRAY_API not found|Numpy is not available"
    r"|numpy\.core\.multiarray failed to import|module compiled against (?:API|ABI) version[^\n]*",
    re.I)
_STAGE = re.deferred(r"^\[gpufix-stage\] (.+)$", re.M)
_STAGE_LINE = re.deferred(r"^\[gpufix-stage\] [^\n]*(?:\n|$)", re.M)


def torch_build(version_full: str | None, cuda: str | None = None, hip: str | None = None,
                xpu: str | None = None) -> str | None:
    """cu121 / cpu / rocm6.1 / xpu: from the local suffix, else from torch.version.cuda/hip.

    conda and the default PyPI Linux wheels carry no suffix ('2.5.1'), so the CUDA
    version torch was built with decides: 12.4 -> cu124.
    """
    if version_full and "+" in version_full:
        m = _LOCAL_BUILD.match(version_full.split("+", 1)[1])
        if m:
            return m.group(1).lower()
    if cuda:
        parts = re.findall(r"\d+", str(cuda))[:2]
        if parts:
            return "cu" + "".join(parts)
    if hip:
        parts = re.findall(r"\d+", str(hip))[:2]
        if parts:
            return "rocm" + ".".join(parts)
    if xpu:
        return "xpu"
    return None


_HIP_RELEASE = re.deferred(r"^\d+(?:\.\d+)*")


def hip_version(raw: object) -> str | None:
    """torch.version.hip '6.2.41133-dd7f95766' -> '6.2.41133': the release packaging can compare
    (the '-<git hash>' tail is no PEP 440 version); None when it starts with no number."""
    m = _HIP_RELEASE.match(str(raw or "").strip())
    return m.group(0) if m else None


def numpy_trouble(text: str) -> str | None:
    """The NumPy ABI/availability lines in `text`, joined (None when there are none)."""
    found: list[str] = []
    for m in _NUMPY_TROUBLE.finditer(text):
        s = " ".join(m.group(0).split())
        if s not in found:
            found.append(s)
    return "\n".join(found) or None


def _first_line(text: str) -> str:
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    return lines[-1].strip() if lines else text.strip()


def parse_torch_probe(text: str, stderr: str = "") -> list[Fact]:
    """Facts from torch-probe.json (+ its stderr) (pure)."""
    doc = extract_json(text)
    stderr = _STAGE_LINE.sub("", stderr or "")
    facts: list[Fact] = []
    extra_errors = []

    if doc.get("probe_error"):
        extra_errors.append(str(doc["probe_error"]))

    if doc.get("torch_installed") is False:
        reason = f"torch is not installed in {doc.get('executable') or 'the target interpreter'}"
        facts += [absent(n, NAME, reason) for n in TORCH_FACTS]
        facts += _other_imports(doc)
        return facts

    imported = "version" in doc
    version_full = str(doc.get("version") or doc.get("torch_dist_version") or "") or None
    if version_full:
        ev = f"torch.__version__ = {version_full}" if imported else f"torch {version_full} (metadata; import failed)"
        facts.append(ok("torch.version_full", version_full, NAME, ev))
        facts.append(ok("torch.version", public_version(version_full), NAME, ev))
    else:
        facts += [unknown(n, NAME, "torch did not import and has no metadata") for n in
                  ("torch.version", "torch.version_full")]
    import_reason = "torch did not import" if not imported else ""

    cuda, hip, xpu = doc.get("cuda"), doc.get("hip"), doc.get("xpu")
    for fact, val, what in (("torch.cuda", cuda, "CUDA"), ("torch.hip", hip, "ROCm/HIP")):
        if not imported:
            facts.append(unknown(fact, NAME, import_reason))
        elif val:
            # torch.hip keeps only its release ('6.2.41133-dd7f95766' -> '6.2.41133'): a version fact
            # must parse; the evidence keeps what torch printed.
            value = (hip_version(val) or str(val)) if fact == "torch.hip" else str(val)
            facts.append(ok(fact, value, NAME, f"{fact.replace('torch.', 'torch.version.')} = {val}"))
        else:
            facts.append(absent(fact, NAME, f"torch was built without {what}"))

    build = torch_build(version_full, cuda, hip, xpu)
    if build is None and imported:
        build = "cpu"
    if build:
        facts.append(ok("torch.build", build, NAME, f"{version_full}, torch.version.cuda = {cuda}"))
    else:
        facts.append(unknown("torch.build", NAME, import_reason or "no build information"))

    def known(key: str, fact: str, conv=lambda v: v, none_absent: str = "") -> None:
        if not imported:
            facts.append(unknown(fact, NAME, import_reason))
        elif key in doc and doc[key] is not None:
            facts.append(ok(fact, conv(doc[key]), NAME))
        elif none_absent and key in doc:
            facts.append(absent(fact, NAME, none_absent))
        else:
            facts.append(unknown(fact, NAME, f"the torch probe did not report {key}"))

    known("cuda_available", "torch.cuda_available", bool)
    known("device_count", "torch.device_count", int)
    known("arch_list", "torch.arch_list", lambda v: [str(a) for a in v])
    known("cudnn", "torch.cudnn", int, none_absent="torch has no cuDNN (CPU build or cuDNN not found)")
    known("mps_built", "torch.mps_built", bool)
    known("mps_available", "torch.mps_available", bool)
    if imported and doc.get("file"):
        facts.append(ok("torch.location", os.path.dirname(os.path.dirname(str(doc["file"]))), NAME, str(doc["file"])))
    elif imported:
        facts.append(unknown("torch.location", NAME, "torch has no __file__ (namespace package?)"))
    else:
        facts.append(unknown("torch.location", NAME, import_reason))
    devices = [d for d in doc.get("devices") or [] if isinstance(d, dict)]
    if devices:
        facts.append(ok("torch.device_names", [str(d.get("name")) for d in devices], NAME))
        caps = [d.get("capability") for d in devices]
        if all(isinstance(c, list) and len(c) == 2 for c in caps):
            facts.append(ok("torch.device_capability", [f"{c[0]}.{c[1]}" for c in caps], NAME))
    elif imported and doc.get("cuda_available") is False:
        facts.append(absent("torch.device_names", NAME, "CUDA is not available to torch"))
        facts.append(absent("torch.device_capability", NAME, "CUDA is not available to torch"))

    warns = [w for w in doc.get("warnings") or [] if isinstance(w, dict)]
    warn_texts = [f"{w.get('category')}: {w.get('message')}" for w in warns]
    errors = []
    if doc.get("import_error"):
        errors.append(str(doc["import_error"]))
    for key in ("cuda_error", "device_error", "cudnn_error"):
        if doc.get(key):
            errors.append(str(doc[key]))
    errors += [t for w, t in zip(warns, warn_texts) if _CUDA_TROUBLE.search(str(w.get("message")))]
    errors += extra_errors
    if errors:
        text = redact("\n".join(errors))
        facts.append(ok("torch.error", text, NAME, _first_line(errors[0])))
    else:
        facts.append(absent("torch.error", NAME, "torch imported and initialised without errors"))
    if warn_texts:
        facts.append(ok("torch.warnings", redact("\n".join(warn_texts)), NAME))
    else:
        facts.append(absent("torch.warnings", NAME, "no warnings"))

    np_info = doc.get("numpy") if isinstance(doc.get("numpy"), dict) else {}
    np_sources = [stderr, "\n".join(warn_texts), str(doc.get("import_error") or ""),
                  str(np_info.get("torch_interop_error") or ""), str(np_info.get("import_error") or "")]
    np_err = numpy_trouble("\n".join(np_sources))
    if np_err:
        facts.append(ok("torch.numpy_error", np_err, NAME, np_err.splitlines()[0]))
    else:
        facts.append(absent("torch.numpy_error", NAME, "no NumPy errors seen"))
    facts += _other_imports(doc)
    return facts


def _other_imports(doc: dict[str, Any]) -> list[Fact]:
    facts = []
    for name in ("numpy", "torchvision", "torchaudio"):
        info = doc.get(name)
        fact = f"{name}.import_error"
        if not isinstance(info, dict):
            facts.append(unknown(fact, NAME, f"the torch probe did not try {name}"))
        elif info.get("import_error"):
            text = redact(str(info["import_error"]))
            facts.append(ok(fact, text, NAME, _first_line(text)))
        elif info.get("installed") is False:
            facts.append(absent(fact, NAME, f"{name} is not installed"))
        elif info.get("skipped"):
            facts.append(unknown(fact, NAME, str(info["skipped"])))
        else:
            facts.append(absent(fact, NAME, f"{name} imports fine"))
    facts += _extension_imports(doc)
    facts.append(_torch_requirements(doc))
    return facts


def _torch_requirements(doc: dict[str, Any]) -> Fact:
    """extensions.torch_requirements: for each package that failed to import, the torch its
    metadata asks for ("xformers 0.0.28.post3: torch==2.5.1", "torchaudio 2.11.0: none")."""
    name = "extensions.torch_requirements"
    infos = [(n, doc.get(n)) for n in ("torchvision", "torchaudio")]
    exts = doc.get("extensions")
    if isinstance(exts, dict):
        infos += sorted(exts.items())
    out = []
    for pkg, info in infos:
        if not isinstance(info, dict) or not info.get("import_error") or info.get("requires_torch") is None:
            continue
        label = f"{pkg} {info['dist_version']}" if info.get("dist_version") else pkg
        out.append(f"{label}: {info['requires_torch'] or 'none'}")
    if out:
        return ok(name, out, NAME)
    return absent(name, NAME, "no failing package with readable metadata")


def _extension_imports(doc: dict[str, Any]) -> list[Fact]:
    """extensions.failed / extensions.import_error: the compiled extensions (xformers, flash_attn...)
    the probe imported and that failed, each error headed by its module's name."""
    exts = doc.get("extensions")
    names = ("extensions.import_error", "extensions.failed")
    if not isinstance(exts, dict):
        # An older recording, or torch did not import: nothing was tried.
        return [unknown(n, NAME, "the torch probe did not import the extensions") for n in names]
    failed = [(name, redact(str(info["import_error"]))) for name, info in sorted(exts.items())
              if isinstance(info, dict) and info.get("import_error")]
    if not failed:
        why = "installed extensions import fine" if exts else "no compiled extension is installed"
        return [absent(n, NAME, why) for n in names]
    text = "\n".join(f"[{name}]\n{err}" for name, err in failed)
    return [ok("extensions.import_error", text, NAME, _first_line(failed[0][1])),
            ok("extensions.failed", [name for name, _ in failed], NAME)]


def parse(raw: Raw) -> list[Fact]:
    if FILE not in raw:
        raise ValueError("torch-probe.json missing")
    return parse_torch_probe(raw[FILE], raw.get(STDERR_FILE, ""))


def collect(ctx: ProbeContext) -> Raw:
    timeout = PROBE.timeout * ctx.timeout_scale
    argv, env = prestart.torch_probe_command(ctx.python, ctx.env)
    # The command line may have started this very process already (gpufix.probes.prestart).
    proc = prestart.adopt(argv, env)
    try:
        if proc is None:
            proc = processes.popen(argv, env)
        stdout, stderr = processes.communicate(proc, timeout)  # the whole group goes on timeout
    except subprocess.TimeoutExpired as e:
        stderr = e.stderr
        stages = _STAGE.findall(_decode(stderr or b""))
        where = f" while: {stages[-1]}" if stages else ""
        raise ProbeFailed(f"the torch probe did not finish within {timeout:g} s{where}") from e
    except OSError as e:
        raise ProbeFailed(f"{ctx.python} could not run: {e.strerror or e}") from e
    out, err = _decode(stdout), _decode(stderr)
    try:
        doc = extract_json(out)
    except ValueError as e:
        tail = (err.strip().splitlines() or ["no output"])[-1]
        raise ProbeFailed(f"the torch probe printed no JSON (exit {proc.returncode}): {tail[:300]}") from e
    raw = {FILE: json.dumps(doc, indent=2, sort_keys=True) + "\n"}
    err = _STAGE_LINE.sub("", err).strip()
    if err:
        raw[STDERR_FILE] = err + "\n"
    return raw


PROBE = Probe(NAME, collect, parse, files=(FILE, STDERR_FILE), timeout=60.0, facts=FACTS, order=90,
              phase=DYNAMIC)
