"""The recommender: the manual procedure every install tutorial teaches, automated.

1. What hardware? (GPU compute capability from nvidia-smi, or from the GPU name; Apple
   Silicon; AMD; none.)
2. What can the driver run? (CUDA minor-version compatibility, see compat.py.)
3. Walk torch releases newest first; in each, the CUDA variants in order of preference (the
   PyPI default, then other stable ones by CUDA version, then experimental ones). Take the first
   that exists for this Python, whose arch list covers every GPU (cubin/PTX rules) and whose
   CUDA the driver runs.
4. Pair torchvision/torchaudio from the release table and write the exact commands, always
   through the target interpreter.

Separately it finds the newest build that covers the GPU whatever the driver, and the driver
that build needs (recommend.driver_min), so "update the driver to >= X" can be suggested.
"""
from __future__ import annotations

from dataclasses import asdict, field
from typing import Any

from packaging.version import Version

from gpufix.facts import Fact
from gpufix.knowledge import commands, compat, dating, tables
from gpufix.knowledge import versions as V
from gpufix.knowledge.compat import derived
from gpufix.knowledge.machine import Machine
from gpufix.records import record

CPU = "cpu"


@record
class Candidate:
    """A torch release and build that could be recommended."""

    release: tables.Release
    patch: tables.Patch
    variant: str
    arch: tables.ArchEntry | None = None
    needs_ptx: bool = False

    @property
    def torch(self) -> str:
        return self.patch.torch

    @property
    def cuda(self) -> str | None:
        return V.variant_cuda(self.variant)

    def label(self) -> str:
        return f"{self.torch}+{self.variant}"


@record
class Recommendation:
    """The torch build to install, with its commands, or why none can be named."""

    kind: str  # cuda | cpu | mps | rocm | none
    determinate: bool = True  # enough was known to state it as facts
    torch: str | None = None
    build: str | None = None
    torchvision: str | None = None
    torchaudio: str | None = None
    torchaudio_note: str | None = None
    index_url: str | None = None
    pip_command: list[str] | None = None
    uv_command: list[str] | None = None
    conda_command: list[str] | None = None
    mirror: str | None = None
    mirror_index_url: str | None = None
    mirror_pip_command: list[str] | None = None
    driver_min: str | None = None  # driver needed for best_torch+best_build
    driver_min_rule: str | None = None
    driver_update: bool | None = None  # the current driver is below driver_min
    best_torch: str | None = None  # newest build covering this GPU, whatever the driver
    best_build: str | None = None
    matches_installed: bool | None = None  # the installed torch is already this build
    gpus: list[dict[str, Any]] = field(default_factory=list)
    driver: dict[str, Any] = field(default_factory=dict)
    platform: dict[str, Any] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    knowledge: dict[str, Any] = field(default_factory=dict)  # dating.info(): as_of, origin, sources
    beyond_tables: list[str] = field(default_factory=list)  # installed components newer than the tables
    _skips: list[tuple[Version, str]] = field(default_factory=list, repr=False)

    @property
    def reason(self) -> str:
        return " ".join(self.reasons + self.notes)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("_skips", None)
        d["reason"] = self.reason
        return d

    def facts(self) -> list[Fact]:
        """The recommend.* facts (only those with a value; none when not determinate)."""
        if not self.determinate:
            return []
        why = self.reason
        short = (self.reasons[-1] if self.reasons else why)[:300]
        pairs = [("recommend.torch", self.torch), ("recommend.build", self.build),
                 ("recommend.torchvision", self.torchvision), ("recommend.torchaudio", self.torchaudio),
                 ("recommend.torchaudio_note", self.torchaudio_note),
                 ("recommend.index_url", self.index_url), ("recommend.pip_command", self.pip_command),
                 ("recommend.uv_command", self.uv_command), ("recommend.conda_command", self.conda_command),
                 ("recommend.mirror_index_url", self.mirror_index_url),
                 ("recommend.mirror_pip_command", self.mirror_pip_command),
                 ("recommend.driver_min", self.driver_min), ("recommend.driver_update", self.driver_update),
                 ("recommend.best_torch", self.best_torch), ("recommend.best_build", self.best_build),
                 ("recommend.matches_installed", self.matches_installed), ("recommend.kind", self.kind),
                 ("recommend.reason", why or None)]
        # The same build again under names that exist only when it is a CUDA build: a remedy
        # that must install CUDA torch ("CPU-only torch installed") names these, so on a machine
        # where the recommendation is the CPU build its step reads as an instruction instead of
        # installing the very build the diagnosis blames.
        # The uninstall before it comes with it: the CPU build satisfies `torch==X` too, so it
        # must go first, but an uninstall whose install cannot be given (no CUDA build to
        # recommend) would leave no torch at all - so it exists exactly when the install does.
        if self.kind == "cuda":
            pairs += [("recommend.cuda_build", self.build), ("recommend.cuda_pip_command", self.pip_command),
                      ("recommend.cuda_uv_command", self.uv_command),
                      ("recommend.cuda_uninstall_command", _uninstall(self.pip_command))]
        return [derived(name, value, "" if name == "recommend.reason" else short)
                for name, value in pairs if value is not None]


def _uninstall(pip_command: list[str] | None) -> list[str] | None:
    """`<python> -m pip uninstall -y torch torchvision torchaudio` through the install's interpreter."""
    if not pip_command or pip_command[1:4] != ["-m", "pip", "install"]:
        return None
    return [pip_command[0], "-m", "pip", "uninstall", "-y", "torch", "torchvision", "torchaudio"]


_GPU_UNKNOWN_NOTE = ("Nothing is known about an NVIDIA GPU here (no gpu.* or driver.* facts): the CPU build is shown. "
                     "Give --fact gpu.name=... --fact driver.version=... for a CUDA build.")


def recommend(m: Machine, require_torchaudio: bool = False) -> Recommendation:
    rec = Recommendation(kind="none")
    rec.platform = {"os": m.os_name, "arch": m.os_arch, "python": m.python_version,
                    "executable": m.python_executable, "env": m.python_env}
    rec.gpus = [{"name": g.name, "compute_capability": g.cc, "sm": g.sm, "from": g.cc_source} for g in m.gpus]
    rec.driver = {"version": m.driver.version, "cuda": m.driver.cuda, "from": m.driver.cuda_source,
                  "state": m.driver.state}
    if m.python_version is None:
        rec.notes.append("Python version unknown: assumed supported by every release.")
    if m.os_name == "macos":
        _macos(m, rec, require_torchaudio)
    elif m.gpu_vendor == "amd" or m.torch_hip:
        _rocm(m, rec)
    elif m.os_name is None:
        _os_unknown(m, rec, require_torchaudio)
    elif m.os_arch not in (None, "x86_64"):
        _other_arch(m, rec, require_torchaudio)
    elif m.gpu_state == "nvidia":
        _cuda(m, rec, require_torchaudio)
    else:
        _cpu(m, rec, require_torchaudio)
        if m.gpu_state == "unknown":
            rec.determinate = False
            rec.notes.append(_GPU_UNKNOWN_NOTE)
    if rec.kind == "cuda" and rec.driver_update and rec.driver_min and m.driver.known and \
            (rec.best_torch, rec.best_build) != (rec.torch, rec.build):
        rec.notes.append(f"With a driver >= {rec.driver_min} torch {rec.best_torch}+{rec.best_build} would be "
                         f"possible ({rec.driver_min_rule}).")
    if rec.torch and m.torch_version and m.torch_build:
        rec.matches_installed = (m.torch_version, m.torch_build) == (rec.torch, rec.build) or \
            (rec.kind == "mps" and m.torch_version == rec.torch)
        if rec.matches_installed:
            rec.notes.append(f"torch {m.torch_version} ({m.torch_build}) is already installed: nothing to reinstall.")
    if m.os_arch is None and m.os_name == "linux":
        rec.notes.append("Machine architecture unknown: x86_64 assumed.")
    _dated(m, rec)
    commands.fill(m, rec)
    return rec


def _dated(m: Machine, rec: Recommendation) -> None:
    """State the tables' date; where the installed software is newer than them, say so."""
    rec.knowledge = dating.info()
    rec.beyond_tables = dating.beyond_tables(m)
    rec.notes.extend(rec.beyond_tables)
    if rec.torch and m.torch_version and rec.beyond_tables and (V.parse(m.torch_version) or Version("0")) > \
            (V.parse(rec.torch) or Version("0")):
        rec.notes.append(f"The installed torch {m.torch_version} is newer than the recommended {rec.torch}: the "
                         f"recommendation is the newest build gpufix's tables know (as of {rec.knowledge['as_of']}), "
                         f"not a reason to downgrade a working install.")


# --- platforms ---------------------------------------------------------------------------------

def _python_ok(m: Machine, rel: tables.Release, patch: tables.Patch, rec: Recommendation) -> bool:
    if m.python_version is None:
        return True
    ok_ = rel.supports_python(m.python_version, patch.python_max)
    if not ok_:
        rec.rejected.append(f"torch {patch.torch}: no wheels for Python {m.python_version} "
                            f"(supports {rel.python_range()})")
    return bool(ok_)


def _newest_patch_for_python(m: Machine, rec: Recommendation, max_release: str | None = None,
                             require_torchaudio: bool = False, variant: str = CPU):
    for rel in tables.stable_releases():
        if max_release and rel.version > Version(max_release):
            continue
        patch = _usable_patch(rel)
        if patch is None or not _python_ok(m, rel, patch, rec):
            continue
        if require_torchaudio and _torchaudio(patch, rel, variant)[0] is None:
            rec.rejected.append(f"torch {patch.torch}: no torchaudio release for it")
            continue
        return rel, patch
    return None


def _usable_patch(rel: tables.Release) -> tables.Patch | None:
    patches = [p for p in rel.patches if not p.lts]
    return max(patches, key=lambda p: Version(p.torch)) if patches else None


def _no_release_for_python(m: Machine, rec: Recommendation) -> None:
    newest = tables.stable_releases()[0]
    rec.kind = "none"
    rec.reasons.append(f"No torch release in gpufix's tables has wheels for Python {m.python_version} "
                       f"(the newest, {newest.release}, supports {newest.python_range()}): use a supported "
                       "Python in a new environment.")


def _cpu(m: Machine, rec: Recommendation, require_torchaudio: bool) -> None:
    found = _newest_patch_for_python(m, rec, require_torchaudio=require_torchaudio)
    if found is None:
        _no_release_for_python(m, rec)
        return
    rel, patch = found
    rec.kind, rec.build = "cpu", CPU
    _fill(rec, rel, patch, CPU)
    rec.index_url = f"{tables.torch_meta()['wheel_index']}/cpu"
    if m.gpu_state == "none":
        rec.reasons.append("No NVIDIA GPU here (none on the PCI bus, or none named and no driver): the CPU build of "
                           "the newest torch fits.")
    rec.reasons.append(f"torch {patch.torch} CPU build from {rec.index_url}.")


def _macos(m: Machine, rec: Recommendation, require_torchaudio: bool) -> None:
    if m.os_arch == "x86_64":
        last = str(tables.torch_meta()["macos_x86_64_last_release"])
        found = _newest_patch_for_python(m, rec, max_release=last, require_torchaudio=require_torchaudio)
        if found is None:
            rec.kind = "none"
            rec.reasons.append(f"Intel Mac: the last torch with macOS x86_64 wheels is {last}.x, and it has no wheels for "
                               f"Python {m.python_version}; use Python <= 3.12, or build torch from source.")
            return
        rel, patch = found
        rec.kind, rec.build = "cpu", CPU
        _fill(rec, rel, patch, CPU)
        rec.reasons.append(f"Intel Mac: no CUDA and no MPS on x86_64 wheels; torch {last}.x is the last release with "
                           f"macOS x86_64 wheels, so torch {patch.torch} (CPU) from PyPI.")
        return
    found = _newest_patch_for_python(m, rec, require_torchaudio=require_torchaudio)
    if found is None:
        _no_release_for_python(m, rec)
        return
    rel, patch = found
    rec.kind, rec.build = "mps", "mps"
    _fill(rec, rel, patch, "mps")
    rec.reasons.append(f"Apple Silicon Mac: the default PyPI wheel of torch {patch.torch} runs on the GPU through MPS "
                       "(Metal); there is no CUDA on macOS.")
    if m.os_arch is None:
        rec.determinate = False
        rec.notes.append("Machine architecture unknown: Apple Silicon assumed (Intel Macs stop at torch 2.2).")


def _rocm(m: Machine, rec: Recommendation) -> None:
    rec.kind, rec.build = "rocm", "rocm"
    rec.reasons.append("AMD GPU / ROCm torch: gpufix's tables do not list ROCm wheel variants; pick the rocmX.Y index "
                       "matching your ROCm install at https://pytorch.org/get-started/locally/ "
                       "(https://download.pytorch.org/whl/rocmX.Y, Linux only).")


def _other_arch(m: Machine, rec: Recommendation, require_torchaudio: bool) -> None:
    if m.gpu_state == "nvidia":
        rec.kind = "none"
        rec.reasons.append(f"{m.os_name} on {m.os_arch} with an NVIDIA GPU: gpufix's arch and driver tables cover "
                           "x86_64 wheels only (Jetson and Grace systems use their own wheels).")
        return
    _cpu(m, rec, require_torchaudio)
    rec.notes.append(f"{m.os_arch}: the CPU index also carries {m.os_arch} wheels where PyTorch builds them.")


def _os_unknown(m: Machine, rec: Recommendation, require_torchaudio: bool) -> None:
    """OS not known (a pasted log): answer only if Linux and Windows give the same build."""
    answers = []
    for os_name in ("linux", "windows"):
        trial = Machine(**{**m.__dict__, "os_name": os_name})
        r = Recommendation(kind="none")
        (_cuda if m.gpu_state == "nvidia" else _cpu)(trial, r, require_torchaudio)
        answers.append(r)
    a, b = answers
    same = (a.kind, a.torch, a.build) == (b.kind, b.torch, b.build)
    rec.__dict__.update({k: v for k, v in a.__dict__.items() if k not in ("platform", "gpus", "driver", "notes")})
    rec.notes = a.notes + rec.notes
    if not same:
        rec.determinate = False
    elif a.driver_min != b.driver_min:
        rec.driver_min = rec.driver_min_rule = None  # the minimum differs between Linux and Windows
    rec.notes.append("Operating system unknown: " + ("Linux and Windows give the same build." if same else
                                                       "the answer shown is for Linux; Windows differs."))
    if m.gpu_state == "unknown":
        rec.determinate = False
        rec.notes.append(_GPU_UNKNOWN_NOTE)


# --- CUDA ---------------------------------------------------------------------------------------

def _variant_order(rel: tables.Release, patch: tables.Patch) -> list[str]:
    """PyPI default first, then other stable variants (highest CUDA first), experimental last."""
    cuda = [v for v in patch.cuda_wheels if V.variant_cuda(v)]
    by_cuda = sorted(cuda, key=lambda v: Version(V.variant_cuda(v)), reverse=True)
    return sorted(by_cuda, key=lambda v: (v != rel.pypi_linux, v in rel.experimental))


def _arch_for(cand: Candidate, m: Machine) -> tuple[bool | None, str]:
    """(covers every GPU?, why); None when the GPU or the arch list is unknown."""
    entry = tables.arch_entry(cand.torch, cand.variant)
    cand.arch = entry
    if entry is None or not entry.usable:
        return None, f"{cand.label()}: arch list unknown"
    check = compat.arch_check(m.gpus, entry.entries())
    if check is None:
        return None, ""
    cand.needs_ptx = check.needs_ptx
    if check.supported:
        return True, "; ".join(check.detail)
    return False, (f"{cand.label()}: arch list {' '.join(entry.entries())} does not cover "
                   + ", ".join(g.label() for g in check.unsupported))


def _cuda_candidates(m: Machine, rec: Recommendation, require_torchaudio: bool):
    """Stable releases newest first, variants in preference order, filtered by Python."""
    for rel in tables.stable_releases():
        patch = _usable_patch(rel)
        if patch is None or not _python_ok(m, rel, patch, rec):
            continue
        for variant in _variant_order(rel, patch):
            if require_torchaudio and _torchaudio(patch, rel, variant)[0] is None:
                continue
            yield Candidate(rel, patch, variant)


def _cuda(m: Machine, rec: Recommendation, require_torchaudio: bool) -> None:
    known_gpus = [g for g in m.gpus if g.cc]
    if m.gpus and not known_gpus:
        rec.notes.append("GPU compute capability unknown (" + ", ".join(g.name or "?" for g in m.gpus)
                         + " is not in gpus.yaml): the GPU architecture was not checked.")
    elif not m.gpus:
        rec.notes.append("GPU model unknown: the GPU architecture was not checked; GPUs older than Turing "
                         "(GTX 10xx and older, V100) need a cu126 or older build.")
    os_name = m.driver_os or "linux"
    covering: list[tuple[Candidate, compat.DriverNeed | None]] = []
    chosen: Candidate | None = None
    chosen_why = ""
    for cand in _cuda_candidates(m, rec, require_torchaudio):
        covers, why = _arch_for(cand, m)
        if covers is False or (covers is None and known_gpus):
            if why:
                _reject(rec, cand, why)
            continue
        need = (compat.driver_full_for if cand.needs_ptx else compat.driver_min_for)(cand.cuda, os_name)
        covering.append((cand, need))
        if not m.driver.known:
            continue
        verdict = compat.driver_runs(cand.cuda, m.driver_os, m.driver, full=cand.needs_ptx)
        if verdict.ok and chosen is None:
            chosen, chosen_why = cand, verdict.why
        elif verdict.ok is False:
            _reject(rec, cand, f"{cand.label()}: {verdict.why}")
    best, best_need = _best(covering)
    if best is not None and best_need is not None:
        rec.best_torch, rec.best_build = best.torch, best.variant
        rec.driver_min, rec.driver_min_rule = best_need.driver, best_need.rule
        if m.driver.version:
            rec.driver_update = Version(m.driver.version) < Version(best_need.driver)
        elif m.driver.cuda and best.cuda:
            rec.driver_update = compat.driver_runs(best.cuda, m.driver_os, m.driver, full=best.needs_ptx).ok is False
    if not m.driver.known:
        _cuda_without_driver(m, rec, best, best_need)
        return
    if chosen is None:
        rec.kind = "none"
        rec.reasons.append(_gpu_sentence(m) + _driver_sentence(m))
        rec.reasons.append("No official torch build both covers this GPU and runs on this driver.")
        if rec.driver_min:
            rec.reasons.append(f"Update the NVIDIA driver to >= {rec.driver_min} for torch {rec.best_torch}+"
                               f"{rec.best_build} ({rec.driver_min_rule}).")
        return
    rec.kind, rec.build = "cuda", chosen.variant
    _fill(rec, chosen.release, chosen.patch, chosen.variant)
    rec.index_url = commands.index_url(chosen.patch, chosen.variant)
    rec.reasons.append(_gpu_sentence(m) + _driver_sentence(m))
    rec.reasons.append(f"torch {chosen.torch}+{chosen.variant} is the newest official build for them in gpufix's "
                       f"tables (as of {dating.info()['as_of']}): {chosen_why}.")
    if known_gpus:
        _, arch_why = _arch_for(chosen, m)
        if arch_why:
            rec.reasons.append(f"Arch list: {arch_why}.")
    skipped = [why for rel, why in rec._skips if rel >= chosen.release.version][:5]
    if skipped:
        rec.reasons.append("Skipped: " + "; ".join(skipped) + ".")
    if chosen.arch is not None and chosen.arch.status in ("uncertain", "inferred"):
        rec.notes.append(f"The arch list of {chosen.label()} is {chosen.arch.status} ({chosen.arch.note or 'see arch_lists.yaml'}).")
    if m.os_name == "windows":
        rec.notes.append("Windows wheels are built by separate scripts; their arch lists are assumed equal to Linux's.")
    if chosen.needs_ptx:
        rec.notes.append("This GPU runs the build through PTX JIT (first CUDA call compiles kernels; slow once).")


def newest_variant_for_driver(m: Machine, rel: tables.Release, patch: tables.Patch) -> tuple[str, str] | None:
    """(variant, why): the highest-CUDA variant of this patch that the driver runs and that covers
    every GPU of known compute capability, stable variants before experimental ones - the
    recommender's own tests (arch list, then the driver, with the Table-3 rule under PTX JIT)."""
    if not m.driver.known:
        return None
    known_gpus = any(g.cc for g in m.gpus)
    cuda = [v for v in patch.cuda_wheels if V.variant_cuda(v)]
    # As in _variant_order, the PyPI default counts as stable even where the table lists it
    # as experimental on download.pytorch.org (2.1's cu121).
    order = sorted(cuda, key=lambda v: (not _experimental(rel, v), Version(V.variant_cuda(v))), reverse=True)
    for variant in order:
        cand = Candidate(rel, patch, variant)
        covers, _ = _arch_for(cand, m)
        if covers is False or (covers is None and known_gpus):
            continue
        verdict = compat.driver_runs(cand.cuda, m.driver_os, m.driver, full=cand.needs_ptx)
        if verdict.ok:
            what = "experimental " if _experimental(rel, variant) else ""
            gpu = "; covers the GPU" if known_gpus else ""
            return variant, f"newest {what}CUDA variant of torch {patch.torch} this driver runs{gpu}: {verdict.why}"
    return None


def _experimental(rel: tables.Release, variant: str) -> bool:
    return variant in rel.experimental and variant != rel.pypi_linux


def driver_build_facts(m: Machine, rec: Recommendation) -> list[Fact]:
    """compat.newest_build_for_driver: the newest CUDA variant of the RECOMMENDED release this driver
    runs (so it agrees with recommend.build: cu128 for an RTX 5090 on driver 570, cu130 - not the
    experimental cu132 - on 580); compat.newest_build_for_driver_installed_release: the same for the
    installed torch's own release ('torch 2.1.0 also comes as cu118, which driver 470 runs')."""
    out: list[Fact] = []
    if rec.determinate and rec.kind == "cuda" and rec.torch:
        rel = tables.release_for(rec.torch)
        patch = rel.patch(rec.torch) if rel else None
        found = newest_variant_for_driver(m, rel, patch) if patch else None
        if found:
            out.append(derived("compat.newest_build_for_driver", found[0], found[1]))
    rel = tables.release_for(m.torch_version) if m.torch_version else None
    if rel is not None:
        patch = rel.patch(m.torch_version) or rel.newest_patch
        found = newest_variant_for_driver(m, rel, patch)
        if found:
            out.append(derived("compat.newest_build_for_driver_installed_release", found[0], found[1]))
    return out


def _reject(rec: Recommendation, cand: Candidate, why: str) -> None:
    rec.rejected.append(why)
    rec._skips.append((cand.release.version, why))


def _best(covering: list[tuple[Candidate, compat.DriverNeed | None]]):
    """The newest release covering the GPU; within it, the variant needing the least driver."""
    if not covering:
        return None, None
    newest = covering[0][0].release
    same = [(c, n) for c, n in covering if c.release is newest and n is not None]
    if not same:
        return covering[0]
    return min(same, key=lambda cn: Version(cn[1].driver))


def _cuda_without_driver(m: Machine, rec: Recommendation, best: Candidate | None,
                         need: compat.DriverNeed | None) -> None:
    state = "not installed" if m.driver.state == "absent" else "unknown"
    if best is None:
        rec.kind = "none"
        rec.reasons.append(_gpu_sentence(m) + f"NVIDIA driver {state}. No official build covers this GPU.")
        return
    rec.kind, rec.build = "cuda", best.variant
    _fill(rec, best.release, best.patch, best.variant)
    rec.index_url = commands.index_url(best.patch, best.variant)
    rec.reasons.append(_gpu_sentence(m) + f"NVIDIA driver {state}.")
    rec.reasons.append(f"torch {best.torch}+{best.variant} is the newest official build for this GPU; it needs an "
                       f"NVIDIA driver >= {need.driver} ({need.rule}).")
    if m.driver.state == "absent":
        rec.driver_update = True


def _gpu_sentence(m: Machine) -> str:
    parts = []
    for g in m.gpus:
        if g.cc:
            src = {"gpu.compute_capability": "from nvidia-smi", "torch.device_capability": "as torch reports it"}.get(
                g.cc_source, f"from its name ({g.table_row})")
            parts.append(f"{g.name or 'GPU'}: compute capability {g.cc} ({g.sm}, {src})")
        else:
            parts.append(f"{g.name}: compute capability unknown")
    return ("GPU " + "; ".join(parts) + ". ") if parts else ""


def _driver_sentence(m: Machine) -> str:
    d = m.driver
    if d.version and d.cuda:
        return f"Driver {d.version} (CUDA {d.cuda})."
    if d.version:
        return f"Driver {d.version}."
    if d.cuda:
        return f"Driver supports CUDA {d.cuda} ({d.cuda_source})."
    return ""


# --- packages and commands -----------------------------------------------------------------------

def _torchaudio(patch: tables.Patch, rel: tables.Release, variant: str) -> tuple[str | None, str | None]:
    """(version, note) of the torchaudio to install with this build; (None, why) to leave it out."""
    if patch.torchaudio:
        return patch.torchaudio, None
    version, note = compat.maintenance_torchaudio(patch.torch)
    if version is None:
        return None, f"no torchaudio release pairs with torch {patch.torch}; torchaudio is left out"
    meta = tables.torch_meta()["torchaudio_maintenance"]
    built_for = tables.release_for(str(meta["built_for_release"]))
    if variant not in (CPU, "mps") and built_for is not None and variant not in built_for.newest_patch.cuda_wheels:
        return None, (f"{note}; it has no {variant} wheel (built for torch {meta['built_for_release']}'s variants "
                      f"{', '.join(built_for.newest_patch.cuda_wheels)}), so torchaudio is left out")
    return version, note


def _fill(rec: Recommendation, rel: tables.Release, patch: tables.Patch, variant: str) -> None:
    rec.torch = patch.torch
    rec.torchvision = patch.torchvision
    rec.torchaudio, rec.torchaudio_note = _torchaudio(patch, rel, variant)
    if rec.torchaudio_note:
        rec.notes.append(f"Note: {rec.torchaudio_note}.")
    if patch.uncertain:
        detail = f": {patch.note}" if patch.note else ""
        rec.notes.append(f"torch_releases.yaml marks the pairing of torch {patch.torch} uncertain{detail}.")
