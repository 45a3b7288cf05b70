"""CUDA's real compatibility rules, and the compat.* facts derived from them.

* Driver vs. CUDA runtime (NVIDIA CUDA Compatibility guide):
  - from CUDA 11 on, minor-version compatibility: a driver at or above the family minimum of
    major X (12.x: 525.60.13 Linux / 527.41 Windows; 13.x: 580) runs code built with ANY X.y
    toolkit, so driver 535 + a cu128 wheel is healthy;
  - across majors the driver must know the wheel's major (driver 550 = CUDA 12.4 cannot run cu130);
  - CUDA 10.x and older: the toolkit's own Table-3 driver is the minimum;
  - PTX built by toolkit X.Y is JIT-compiled only by a driver >= the Table-3 driver of X.Y.
* GPU vs. arch list: a cubin sm_XY runs on CC X.y with y >= Y (same major); a compute_XY PTX
  entry JITs on any CC >= X.Y; sm_XYa only on X.Y exactly.
"""
from __future__ import annotations

import functools
from typing import Iterable, NamedTuple

from packaging.specifiers import SpecifierSet
from packaging.version import Version

from gpufix import linear_re as re  # linear time on text gpufix did not write (log evidence)
from gpufix.facts import Fact, absent, ok
from gpufix.knowledge import index, tables
from gpufix.knowledge import versions as V
from gpufix.knowledge.machine import Driver, Gpu, Machine
from gpufix.records import record

SOURCE = "knowledge"


def derived(name: str, value: object, evidence: str = "") -> Fact:
    return ok(name, value, SOURCE, evidence, origin="derived")


# --- driver vs. CUDA ---------------------------------------------------------------------------

class DriverNeed(NamedTuple):
    driver: str  # the least driver version
    rule: str  # why, in words
    uncertain: bool


@tables.register_cache  # cleared with the tables' own caches (tables.clear_caches)
@functools.lru_cache(maxsize=1024)  # called for every candidate build, per analysis
def driver_min_for(cuda: str, os_name: str) -> DriverNeed | None:
    """The least driver that runs code built with CUDA `cuda` on this OS (linux | windows)."""
    v = V.major_minor(cuda)
    if v is None or os_name not in ("linux", "windows"):
        return None
    fam = tables.families().get(v.major)
    full = tables.toolkit_minimum(str(v), os_name)
    # CUDA 11.0 shipped with drivers older than the 11.x family minimum (450.51.05 < 450.80.02):
    # code built with exactly that toolkit needs only its own Table-3 driver.
    if fam is not None and not (full and not full.from_branch and Version(full.driver) < Version(fam.minimum(os_name))):
        what = "branch R" + fam.minimum(os_name) if fam.precision == "branch" else fam.minimum(os_name)
        doubt = " [uncertain: NVIDIA's current docs give only the branch]" if fam.uncertain else ""
        return DriverNeed(fam.minimum(os_name),
                          f"CUDA {v.major}.x minor-version compatibility ({os_name}: >= {what}){doubt}", fam.uncertain)
    if full is None:
        return None
    return DriverNeed(full.driver, f"CUDA {v} has no minor-version compatibility; {full.release} needs >= {full.driver}",
                      full.uncertain)


def driver_full_for(cuda: str, os_name: str) -> DriverNeed | None:
    """NVIDIA Table 3: the driver that fully supports toolkit `cuda` (PTX JIT of its code)."""
    v = V.major_minor(cuda)
    if v is None or os_name not in ("linux", "windows"):
        return None
    full = tables.toolkit_minimum(str(v), os_name)
    if full is None:
        return None
    return DriverNeed(full.driver, f"{full.release}: Table 3 driver >= {full.driver} ({os_name})",
                      full.uncertain or full.from_branch)


class Verdict(NamedTuple):
    ok: bool | None  # None: cannot tell from what is known
    why: str


def driver_runs(cuda: str, os_name: str | None, driver: Driver, full: bool = False) -> Verdict:
    """Can this driver run code built with CUDA `cuda` (full=True: also JIT its PTX)?

    Works from driver.version when known (exact minimums), else from the driver's CUDA version
    (nvidia-smi 'CUDA Version', or torch's 'found version 11040').
    """
    want = V.major_minor(cuda)
    if want is None:
        return Verdict(None, "")
    if driver.version is not None:
        have = Version(driver.version)
        need_of = driver_full_for if full else driver_min_for
        oses = [os_name] if os_name in ("linux", "windows") else ["linux", "windows"]
        needs = [(o, need_of(str(want), o)) for o in oses]
        if any(n is None for _, n in needs):
            return Verdict(None, "")
        results = {have >= Version(n.driver) for _, n in needs}
        if len(results) != 1:  # OS unknown and the Linux/Windows minimums disagree
            return Verdict(None, "")
        verdict = results.pop()
        n = needs[0][1]
        rel = ">=" if verdict else "<"
        return Verdict(verdict, f"driver {driver.version} {rel} {n.driver}: {n.rule}")
    if driver.cuda is not None:
        have = V.major_minor(driver.cuda)
        shown = f"driver CUDA {driver.cuda} (from {driver.cuda_source})"
        if full or want.major < 11:
            verdict = have >= want
            return Verdict(verdict, f"{shown} {'>=' if verdict else '<'} CUDA {want}")
        if have.major > want.major:
            return Verdict(True, f"{shown}: a CUDA {have.major} driver runs CUDA {want.major}.x code")
        if have.major < want.major:
            return Verdict(False, f"{shown}: a CUDA {have.major}.x driver cannot run CUDA {want.major}.x code")
        if want.major == 11 and have == Version("11.0") and want > have:
            return Verdict(None, "")  # some R450 drivers predate the 11.x compatibility minimum
        return Verdict(True, f"{shown}: same major, minor-version compatibility")
    return Verdict(None, "")


# --- GPU vs. arch list ---------------------------------------------------------------------------

def coverage(cc: str, arch_list: Iterable[str]) -> tuple[str, str] | None:
    """('cubin'|'ptx', entry) when the arch list can run on a GPU of compute capability `cc`."""
    gpu = V.parse(cc)
    if gpu is None or len(gpu.release) < 2:
        return None
    g_major, g_minor = gpu.release[0], gpu.release[1]
    cubins, ptxs = [], []
    for text in arch_list:
        a = V.parse_arch(text)
        if a is None:
            continue
        if a.suffix == "a":
            hit = (a.major, a.minor) == (g_major, g_minor)
        elif a.kind == "sm" or a.suffix == "f":
            hit = a.major == g_major and a.minor <= g_minor
        else:
            hit = a.cc <= gpu
        if hit:
            (cubins if a.kind == "sm" else ptxs).append((a.cc, text))
    # The GPU loads the closest cubin (highest minor of its major); PTX only when no cubin fits.
    if cubins:
        return "cubin", max(cubins)[1]
    if ptxs:
        return "ptx", max(ptxs)[1]
    return None


@record(frozen=True)
class ArchCheck:
    """Whether a torch build has kernels for each GPU."""

    supported: bool
    unsupported: tuple[Gpu, ...]
    needs_ptx: bool
    detail: tuple[str, ...]  # per GPU: 'GTX 1080 Ti (sm_61): cubin sm_60'


def arch_check(gpus: Iterable[Gpu], arch_list: Iterable[str]) -> ArchCheck | None:
    """Whether every GPU with a known CC can run this arch list (None: no CC known)."""
    arch = list(arch_list)
    known = [g for g in gpus if g.cc]
    if not known:
        return None
    bad, ptx, detail = [], False, []
    for g in known:
        how = coverage(g.cc, arch)
        if how is None:
            bad.append(g)
            detail.append(f"{g.label()}: no cubin of major {V.parse(g.cc).release[0]} with minor <= its own, "
                          f"and no PTX <= {g.cc}")
        else:
            ptx = ptx or how[0] == "ptx"
            detail.append(f"{g.label()}: {'cubin' if how[0] == 'cubin' else 'PTX JIT from'} {how[1]}")
    return ArchCheck(not bad, tuple(bad), ptx, tuple(detail))


def table_arch_list(torch_version: str, variant: str, aarch64: bool = False) -> tuple[list[str], tables.ArchEntry] | None:
    """The arch list of the official wheel from arch_lists.yaml (when torch cannot be asked)."""
    e = tables.arch_entry(torch_version, variant)
    if e is None or not e.usable:
        return None
    entries = list(e.entries(aarch64=aarch64))
    return (entries, e) if entries else None


# --- companion packages --------------------------------------------------------------------------

def expected_companions(torch_version: str) -> tuple[str | None, str | None, str]:
    """(torchvision, torchaudio, note) paired with a torch patch version by the release table."""
    rel = tables.release_for(torch_version)
    patch = rel.patch(torch_version) if rel else None
    if patch is None:
        return None, None, ""
    audio, note = patch.torchaudio, ""
    if audio is None:
        audio, note = maintenance_torchaudio(torch_version)
    return patch.torchvision, audio, note


def maintenance_torchaudio(torch_version: str) -> tuple[str | None, str]:
    """torchaudio is in maintenance: its last release declares torch>=X; None when that excludes it."""
    meta = tables.torch_meta().get("torchaudio_maintenance") or {}
    v = V.parse(V.public(torch_version))
    if not meta or v is None:
        return None, ""
    if SpecifierSet(str(meta["supports_torch"])).contains(v, prereleases=True):
        declared = (meta.get("requires_torch") or {}).get(str(meta["last"]))
        says = ("declares no dependency on torch, so pip does not keep them matched" if declared in (None, "none")
                else f"declares torch{declared}")
        return str(meta["last"]), (f"torchaudio is in maintenance: {meta['last']} supports torch{meta['supports_torch']} "
                                   f"and {says}")
    return None, ""


def same_release(a: str, b: str) -> bool:
    return V.major_minor(a) == V.major_minor(b)


def build_kind(local: str | None) -> tuple[str, int | None] | None:
    """'cu121' -> ('cuda', 12); 'cpu' -> ('cpu', None); None when unknown/other."""
    if not local:
        return None
    if local == "cpu":
        return "cpu", None
    cuda = V.variant_cuda(local)
    if cuda:
        return "cuda", V.parse(cuda).release[0]
    if local.startswith("rocm"):
        return "rocm", None
    return None


def builds_agree(torch_build: str | None, other_local: str | None) -> tuple[bool, str] | None:
    """Do two local suffixes describe compatible builds (+cu121 vs +cpu: no; +cu121 vs +cu118: no)?"""
    a, b = build_kind(torch_build), build_kind(other_local)
    if a is None or b is None:
        return None
    if a[0] != b[0]:
        return False, f"torch is a {a[0]} build ({torch_build}) but the package is {b[0]} ({other_local})"
    if a[0] == "cuda" and a[1] != b[1]:
        return False, f"CUDA major differs: torch {torch_build}, package {other_local}"
    return True, ""


# --- the compat.* facts ----------------------------------------------------------------------------

def _jetpack_facts(m: Machine) -> list[Fact]:
    """What the Jetson's JetPack installs (jetpack.yaml): its release, major L4T, CUDA and cuDNN, and the soname versions
    of the CUDA libraries a torch wheel or l4t image built for this JetPack asks for. The L4T release a paste states
    (/etc/nv_tegra_release, jtop) decides; a JetPack said in words is read only without it."""
    row = tables.jetpack_for_l4t(m.l4t) if m.l4t else None
    why = f"L4T {m.l4t}: jetpack.yaml JetPack {row.jetpack}" if row else ""
    if row is None and m.jetpack:
        row = tables.jetpack_for_release(m.jetpack)
        why = f"JetPack {m.jetpack}: jetpack.yaml L4T {row.l4t}" if row else ""
    if row is None:
        return []
    l4t_major = (m.l4t or row.l4t).split(".")[0]
    out = [derived("compat.jetpack", row.jetpack, why), derived("compat.l4t_major", l4t_major, why),
           derived("compat.jetpack_cuda", row.cuda, why), derived("compat.jetpack_cudnn", row.cudnn, why),
           derived("compat.jetpack_cudnn_so", row.cudnn.split(".")[0], why)]
    for lib, so in tables.sonames_for_cuda(row.cuda).items():
        out.append(derived(f"compat.jetpack_{lib}_so", so, f"{why}, CUDA {row.cuda}"))
    image = tables.jetpack_for_l4t(m.image_l4t) if m.image_l4t else None
    if image is not None:
        why_image = f"image L4T {m.image_l4t}: JetPack {image.jetpack}, CUDA {image.cuda}; board: JetPack {row.jetpack}, " \
                    f"CUDA {row.cuda}"
        out.append(derived("compat.image_cuda", image.cuda, why_image))
        out.append(derived("compat.image_matches_jetpack", image.cuda == row.cuda, why_image))
    return out


def derive(m: Machine) -> list[Fact]:
    out: list[Fact] = []
    out += _jetpack_facts(m)
    out += _torch_facts(m)
    out += _driver_facts(m)
    out += _nvcc_facts(m)
    out += _nvcc_driver_facts(m)
    out += _nvcc_gpu_facts(m)
    out += _nvcc_host_compiler_facts(m)
    out += _torch_host_compiler_facts(m)
    out += _triton_windows_facts(m)
    out += _gpu_facts(m)
    out += _release_facts(m)
    out += _named_build_facts(m)
    out += _index_facts(m)
    out += _python_tag_facts(m)
    return out


def _python_tag_facts(m: Machine) -> list[Fact]:
    """The CPython tag of python.version ("3.10.9" -> "310"): the digits an extension module built for this
    interpreter carries in its name (`_C.cpython-310-x86_64-linux-gnu.so`, `_C.cp310-win_amd64.pyd`). Rules compare
    a module's tag with it as versions (`38` != `310`)."""
    if not m.python_version:
        return []
    try:
        release = Version(m.python_version).release
    except ValueError:
        return []
    if len(release) < 2 or release[0] not in (2, 3):
        return []
    tag = f"{release[0]}{release[1]}"
    return [derived("compat.python_tag", tag, f"Python {m.python_version}: its extension modules are tagged "
                                              f"cpython-{tag} / cp{tag}")]


def _torch_facts(m: Machine) -> list[Fact]:
    """torch.build / torch.cuda read off the local suffix of torch's version ("2.4.0+cu121" in a
    log) when no source stated them. A stated value, "absent" included, is never replaced (a
    derived fact would outrank a probe's), nor is one the other stated fact contradicts."""
    local = (V.local(m.torch_version_full) or "").lower()
    if local != "cpu" and not V.is_cuda_variant(local):
        return []
    free = (None, "unknown")  # never produced, or the probe could not tell
    why = f"from the local suffix of torch {m.torch_version_full}"
    out: list[Fact] = []
    if m.torch_build_status in free:
        if m.torch_cuda_status == "ok":
            agrees = local != "cpu" and V.cuda_variant(m.torch_cuda) == local
        else:
            agrees = local == "cpu" or m.torch_cuda_status != "absent"
        if agrees:
            out.append(derived("torch.build", local, why))
    if m.torch_cuda_status in free and (m.torch_build_status != "ok" or m.torch_build == local):
        if local == "cpu":
            out.append(absent("torch.cuda", SOURCE, f"torch {m.torch_version_full} is a CPU build", why,
                              origin="derived"))
        else:
            out.append(derived("torch.cuda", V.variant_cuda(local), why))
    return out


def _nvcc_facts(m: Machine) -> list[Fact]:
    """Does the system toolkit (nvcc) have torch's CUDA version? It matters only when compiling
    CUDA code (extensions); a pip/conda torch never uses it."""
    if not (m.nvcc_version and m.torch_cuda) or (m.torch_build and not V.is_cuda_variant(m.torch_build)):
        return []
    nvcc, torch_cuda = V.major_minor(m.nvcc_version), V.major_minor(m.torch_cuda)
    why = f"nvcc {m.nvcc_version} (CUDA {nvcc}) vs torch CUDA {torch_cuda}"
    return [derived("compat.nvcc_matches_torch", nvcc == torch_cuda, why),
            derived("compat.nvcc_major_matches_torch", nvcc.release[0] == torch_cuda.release[0], why)]


def _nvcc_gpu_facts(m: Machine) -> list[Fact]:
    """Can the system toolkit (nvcc) compile for every GPU's own architecture? A build that targets the GPU it
    finds (torch.utils.cpp_extension, CMake "native") stops with "Unsupported gpu architecture" on an older nvcc
    (CUDA 11.3 and an RTX 4090, CC 8.9, first targeted by CUDA 11.8: arch_lists.yaml nvcc_first_cuda)."""
    nvcc = V.major_minor(m.nvcc_version) if m.nvcc_version else None
    ccs = [(g, V.parse(g.cc)) for g in m.gpus if g.cc]
    if nvcc is None or not ccs or len(ccs) != len(m.gpus) or any(cc is None for _, cc in ccs):
        return []
    table = tables.nvcc_first_cuda()
    short = []
    for g, cc in ccs:
        rows = [cuda for first_cc, cuda in table if first_cc <= cc]
        need = V.major_minor(rows[-1]) if rows else None
        if need is not None and nvcc < need:
            short.append((g, need))
    if not short:
        why = f"nvcc {m.nvcc_version} targets {', '.join(g.label() for g, _ in ccs)} (arch_lists.yaml nvcc_first_cuda)"
        return [derived("compat.nvcc_targets_gpu", True, why)]
    need = max(n for _, n in short)
    why = (f"nvcc {m.nvcc_version} (CUDA {nvcc}) is older than CUDA {need}, the first toolkit that compiles for "
           f"{', '.join(g.label() for g, _ in short)} (arch_lists.yaml nvcc_first_cuda)")
    return [derived("compat.nvcc_targets_gpu", False, why),
            derived("compat.nvcc_min_for_gpu", str(need), why)]


def _nvcc_host_compiler_facts(m: Machine) -> list[Fact]:
    """The newest gcc and Visual Studio the system toolkit (nvcc) accepts (host_compilers.yaml): what a build that
    stops at crt/host_config.h's "unsupported GNU version" / "unsupported Microsoft Visual Studio version" needs."""
    row = tables.host_compiler_row(m.nvcc_version)
    if row is None:
        return []
    why = f"nvcc {m.nvcc_version}: host_compilers.yaml {row.cuda}"
    out = [derived("compat.nvcc_gcc_max", row.gcc_max, why)]
    if row.msvc_max:
        out.append(derived("compat.nvcc_msvc_max", row.msvc_max, why))
    return out


def _torch_host_compiler_facts(m: Machine) -> list[Fact]:
    """The oldest gcc / Visual Studio and the C++ standard the installed torch's headers need (host_compilers.yaml
    torch_host_compilers): what a build that stops at torch's "too old version of GCC" / "C++17 is required" needs."""
    row = tables.torch_host_compiler_row(m.torch_version)
    if row is None:
        return []
    why = f"torch {m.torch_version}: host_compilers.yaml torch_host_compilers {row.torch}"
    out = [derived("compat.torch_gcc_min", row.gcc_min, why), derived("compat.torch_cxx_std", row.cxx, why)]
    if row.msvc_min:
        out.append(derived("compat.torch_msvc_min", row.msvc_min, why))
    return out


def _triton_windows_facts(m: Machine) -> list[Fact]:
    """The triton-windows requirement that pairs with the installed torch (windows_platform.yaml): what
    torch.compile on Windows needs, since PyTorch ships no Triton there. Not on Linux/macOS, whose wheels differ."""
    if m.os_name in ("linux", "macos"):
        return []
    pair = tables.triton_windows_for(m.torch_version)
    if pair is None:
        return []
    major, minor = pair.triton.split(".")
    spec = f"triton-windows>={pair.triton},<{major}.{int(minor) + 1}"
    return [derived("compat.triton_windows_requirement", spec,
                    f"torch {m.torch_version}: windows_platform.yaml triton_windows_pairs {pair.torch} -> {pair.triton}")]


def _nvcc_driver_facts(m: Machine) -> list[Fact]:
    """Is the system toolkit (nvcc) newer than the CUDA the driver supports? Code nvcc builds then carries PTX
    (and cubins) the driver cannot load: minor-version compatibility runs a newer runtime, never newer PTX."""
    if not (m.nvcc_version and m.driver.cuda):
        return []
    nvcc, driver = V.major_minor(m.nvcc_version), V.major_minor(m.driver.cuda)
    if nvcc is None or driver is None:
        return []
    why = f"nvcc {m.nvcc_version} (CUDA {nvcc}) vs the driver's CUDA {driver}"
    return [derived("compat.nvcc_newer_than_driver", nvcc > driver, why)]


_DRIVER_CUDA_FROM = {
    "driver.cuda": "nvidia-smi 'CUDA Version' (driver.cuda)",
    "match.found_version": "the driver's own report to torch: 'found version N', N = 1000*major + 10*minor",
    "log.text": "the driver's own report to torch in the log: 'found version N', N = 1000*major + 10*minor",
    "driver.version": "the driver's branch (cuda_drivers.yaml branches)",
}


def _driver_facts(m: Machine) -> list[Fact]:
    out: list[Fact] = []
    d = m.driver
    if d.cuda:
        out.append(derived("compat.driver_cuda", d.cuda, "from " + _DRIVER_CUDA_FROM.get(d.cuda_source, d.cuda_source)))
    cuda = m.torch_cuda
    if not cuda and not _not_a_cuda_build(m):
        return out + _candidate_driver_facts(m)
    if not cuda or (m.torch_build and not V.is_cuda_variant(m.torch_build)):
        return out
    os_name = m.driver_os
    if os_name:
        need = driver_min_for(cuda, os_name)
        if need:
            out.append(derived("compat.driver_min_for_torch", need.driver, need.rule))
        full = driver_full_for(cuda, os_name)
        if full:
            out.append(derived("compat.driver_min_full_for_torch", full.driver, full.rule))
    verdict = driver_runs(cuda, os_name, d)
    if verdict.ok is not None:
        out.append(derived("compat.driver_supports_torch", verdict.ok, f"torch CUDA {cuda}; {verdict.why}"))
    full_verdict = driver_runs(cuda, os_name, d, full=True)
    if full_verdict.ok is not None:
        out.append(derived("compat.driver_full_for_torch_ok", full_verdict.ok, f"torch CUDA {cuda}; {full_verdict.why}"))
    if d.cuda:
        ok_major = Version(d.cuda).release[0] >= Version(cuda).release[0]
        out.append(derived("compat.driver_cuda_major_ok", ok_major, f"driver CUDA {d.cuda} vs torch CUDA {cuda}"))
    return out


def _candidate_driver_facts(m: Machine) -> list[Fact]:
    """torch's version known, its CUDA variant not ("torch 2.8.0" and nvidia-smi's "CUDA Version: 11.4"):
    conclude "too old" only when the driver runs none of that release's CUDA builds (the table's
    cuda_wheels), and name the least driver the oldest of them needs. Never "runs it": the build
    actually installed may be one this driver cannot run."""
    if not m.torch_version or not m.driver.known:
        return []
    rel = tables.release_for(m.torch_version)
    patch = rel.patch(m.torch_version) if rel else None
    wheels = (patch.cuda_wheels if patch and patch.cuda_wheels else rel.cuda_wheels) if rel else ()
    cudas = sorted({c for c in (V.variant_cuda(w) for w in wheels) if c}, key=Version)
    if not cudas:
        return []
    verdicts = [driver_runs(c, m.driver_os, m.driver) for c in cudas]
    if any(v.ok is not False for v in verdicts):
        return _plain_pypi_driver_facts(m, rel)
    why = (f"torch {m.torch_version}'s CUDA builds ({', '.join(V.cuda_variant(c) or c for c in cudas)}, "
           f"torch_releases.yaml) all need a newer driver; the oldest: {verdicts[0].why}")
    out = [derived("compat.driver_supports_torch", False, why)]
    need = driver_min_for(cudas[0], m.driver_os) if m.driver_os else None
    if need:
        out.append(derived("compat.driver_min_for_torch", need.driver, f"the oldest CUDA build of torch {m.torch_version}: {need.rule}"))
    return out


def _plain_pypi_driver_facts(m: Machine, rel: tables.Release | None) -> list[Fact]:
    """torch's version printed with no local suffix ("2.1.0", not "2.1.0+cu118") on Linux x86_64, CUDA not working:
    that is the plain PyPI wheel (a download.pytorch.org wheel carries its +cuXXX/+cpu suffix), whose CUDA is the
    release's pypi_linux variant (torch 2.1 -> cu121). Only "too old" is concluded, and only when torch says CUDA is
    not available and nothing points to another source (conda's pytorch, a download.pytorch.org index)."""
    if rel is None or not rel.pypi_linux or m.os_name != "linux" or m.os_arch not in (None, "x86_64"):
        return []
    if m.torch_cuda_available is not False or not m.torch_version_full or V.local(m.torch_version_full):
        return []
    if (m.torch_installer and "conda" in m.torch_installer) or m.conda_pytorch_build:
        return []
    if any("download.pytorch.org" in u for u in [m.pip_index_url or "", *m.pip_extra_index_urls]):
        return []
    cuda = V.variant_cuda(rel.pypi_linux)
    if not cuda:
        return []
    verdict = driver_runs(cuda, m.driver_os, m.driver)
    if verdict.ok is not False:
        return []
    why = (f"torch {m.torch_version_full} carries no +cuXXX/+cpu suffix: on Linux x86_64 that is the plain PyPI wheel, "
           f"a {rel.pypi_linux} build (torch_releases.yaml pypi_linux); {verdict.why}")
    out = [derived("compat.driver_supports_torch", False, why)]
    need = driver_min_for(cuda, m.driver_os) if m.driver_os else None
    if need:
        out.append(derived("compat.driver_min_for_torch", need.driver, f"the plain PyPI wheel of torch {m.torch_version}: {need.rule}"))
    return out


def _gpu_facts(m: Machine) -> list[Fact]:
    out: list[Fact] = []
    sms = [g.sm for g in m.gpus if g.sm]
    if sms and len(sms) == len(m.gpus):
        how = ", ".join(sorted({g.cc_source for g in m.gpus}))
        out.append(derived("compat.gpu_sm", sms, f"from {how}"))
    arch, where = m.torch_arch_list, "torch.arch_list"
    if not arch and _not_a_cuda_build(m):
        return out
    if not arch and not (m.torch_cuda and m.torch_version and m.torch_build and V.is_cuda_variant(m.torch_build)):
        return out + _candidate_arch_facts(m)
    if not arch:
        found = table_arch_list(m.torch_version, m.torch_build, aarch64=m.os_arch == "aarch64")
        if found is None:
            return out + (_before_table_facts(m) or _old_variant_facts(m, m.torch_build))
        arch, entry = found
        where = f"arch_lists.yaml (official {m.torch_version}+{m.torch_build} wheel, {entry.status})"
        out.append(derived("compat.arch_list", arch, where))
    check = arch_check(m.gpus, arch)
    if check is None:
        return out
    why = f"{where}: " + "; ".join(check.detail)
    out.append(derived("compat.gpu_arch_supported", check.supported, why))
    out.append(derived("compat.unsupported_gpus", [g.label() for g in check.unsupported], why))
    out.append(derived("compat.gpu_needs_ptx", check.needs_ptx, why))
    if not check.supported:
        out += _first_build_facts(m, check, arch)
    return out


def _not_a_cuda_build(m: Machine) -> bool:
    """torch is known not to be an NVIDIA CUDA build (CPU, ROCm, or torch.cuda stated absent)."""
    if m.torch_hip or m.torch_cuda_status == "absent":
        return True
    return bool(m.torch_build) and not V.is_cuda_variant(m.torch_build)


def _candidate_arch_facts(m: Machine) -> list[Fact]:
    """When the build is only partly known (a log says "torch 2.5.1" or "CUDA 12.1" but not both, or
    names only the GPU), take every official build the known parts allow (arch_lists.yaml) and
    conclude only when none of them has kernels for the GPU: an RTX 5090 with any torch 2.5 wheel,
    a GT 710 (sm_35) with any wheel since 1.7. Never "supported": one fitting candidate says
    nothing about the build actually installed. A torch version older than the table gives nothing."""
    if not any(g.cc for g in m.gpus):
        return []
    variant = m.torch_build if m.torch_build and V.is_cuda_variant(m.torch_build) else None
    if variant is None and m.torch_cuda:
        variant = V.cuda_variant(m.torch_cuda)
    if variant is None:
        variant = _conda_variant(m)
    if variant is None:
        variant = _plain_pypi_variant(m)
    version = V.parse(V.public(m.torch_version)) if m.torch_version else None
    if m.torch_version and version is None:
        return []
    before = _before_table_facts(m) or _old_variant_facts(m, variant)
    if before:
        return before
    aarch64 = m.os_arch == "aarch64"
    lists = []
    for e in tables.arch_entries():
        if not e.usable or (variant and variant not in e.variants):
            continue
        if version is not None and not e.torch.contains(version, prereleases=True):
            continue
        entries = list(e.entries(aarch64=aarch64))
        if entries:
            lists.append((e, entries))
    if not lists:
        return []
    checks = [arch_check(m.gpus, entries) for _, entries in lists]
    if any(c is None or c.supported for c in checks):
        return []
    said = " ".join(x for x in (f"torch {m.torch_version}" if m.torch_version else "", variant or "") if x) or "any torch"
    bad = {g.label(): g for c in checks for g in c.unsupported}
    why = (f"arch_lists.yaml: none of the {len(lists)} official build lists that fit {said} has kernels for "
           f"{', '.join(bad)} (the installed build itself is not known)")
    union = sorted({a for _, entries in lists for a in entries})
    check = ArchCheck(False, tuple(bad.values()), False, checks[0].detail)
    out = [derived("compat.gpu_arch_supported", False, why),
           derived("compat.unsupported_gpus", list(bad), why)]
    return out + _first_build_facts(m, check, union)


# Where a printed version keeps its suffix: a `pip list` / `pip freeze` row, `pip show`'s "Version:", pip's
# "Successfully installed ... torch-2.7.1", torch.__version__ printed.
_PIP_ROW = re.compile(r"(?i)^\s*torch\s{2,}\d|^\s*torch\s?==\s?\d|\btorch-\d+\.\d+\.\d+\b|^\s*Version:\s\d|__version__")


# The conda package that picks the pytorch channel's CUDA build, said on the same line as pytorch itself ("pytorch==1.7.0
# cudatoolkit=10.1 torchvision -c pytorch", "torch 版本1.7.0 cudatoolkit版本11.0"): cudatoolkit up to torch 1.12,
# pytorch-cuda from 1.13 on.
_NAMES_TORCH = re.compile(r"(?i)(?:^|[^\w-])(?:py)?torch(?:[^\w-]|$)")


def _conda_variant(m: Machine) -> str | None:
    """The CUDA variant of a conda pytorch whose cudatoolkit / pytorch-cuda the report states beside pytorch (the install
    line the user ran, or "pytorch 1.6, cudatoolkit 10.1"): the pytorch channel builds each release against the
    cudatoolkit it is installed with. Only narrows the candidate builds, like _plain_pypi_variant."""
    version = V.parse(V.public(m.torch_version)) if m.torch_version else None
    for value, evidence, newest in ((m.conda_pytorch_cuda, m.conda_pytorch_cuda_evidence, None),
                                    (m.conda_cudatoolkit, m.conda_cudatoolkit_evidence, "1.13")):
        if not value or not _NAMES_TORCH.search(evidence):
            continue
        if newest is not None and version is not None and version >= V.parse(newest):
            continue  # cudatoolkit beside a torch 2.x: a separate toolkit, not what picked the build
        variant = V.cuda_variant(value)
        if variant and V.is_cuda_variant(variant):
            return variant
    return None


def _plain_pypi_variant(m: Machine) -> str | None:
    """torch's version printed with no local suffix ("2.7.1", not "2.7.1+cu128") on Linux x86_64, nothing pointing
    to conda or the PyTorch index: the plain PyPI wheel, the release's pypi_linux variant (torch 2.7 -> cu126, no
    sm_120; torch 2.8 -> cu128, no sm_50/sm_60/sm_61), as in _plain_pypi_driver_facts. Only narrows the candidate
    builds, so it can conclude "no kernels", never "supported"."""
    if m.os_name != "linux" or m.os_arch not in (None, "x86_64"):
        return None
    if not m.torch_version_full or V.local(m.torch_version_full):
        return None
    if not _PIP_ROW.search(m.torch_version_evidence):
        return None  # "the version of PyTorch is 1.7.0": people drop the +cu110 when they write it
    if (m.torch_installer and "conda" in m.torch_installer) or m.conda_pytorch_build:
        return None
    if any("download.pytorch.org" in u for u in [m.pip_index_url or "", *m.pip_extra_index_urls]):
        return None
    rel = tables.release_for(m.torch_version) if m.torch_version else None
    if rel is None or not rel.pypi_linux or not V.is_cuda_variant(rel.pypi_linux):
        return None
    return rel.pypi_linux


def _no_kernels_facts(known: list, why: str) -> list[Fact]:
    """No build of this torch (or variant) has kernels for these GPUs: the two facts gpu-arch-unsupported reads."""
    return [derived("compat.gpu_arch_supported", False, why),
            derived("compat.unsupported_gpus", [g.label() for g in known], why)]


def _before_table_facts(m: Machine) -> list[Fact]:
    """A torch older than the arch-list table (torch 1.4 on an RTX 3090): every official build of it was CUDA 10.x,
    which cannot target CC >= 8.0, so such a GPU has no kernels whatever the variant (before_entries). At the old end,
    torch 1.3-1.6 on a GPU below sm_37 (a K40m, CC 3.5), or 0.4-1.2 below sm_35 (a GTX 770, CC 3.0; a GeForce 210):
    no official build of those releases has kernels for it. The older steps the same way: torch before 1.0 (0.4.1's
    newest build was cu92) on a Turing GPU (RTX 20, T4)."""
    before = tables.before_entries()
    version = V.parse(V.public(m.torch_version)) if m.torch_version else None
    known = [g for g in m.gpus if g.cc and V.parse(g.cc) is not None]
    if before is None or version is None or version >= before.torch_below or not known:
        return []
    if m.torch_build and not V.is_cuda_variant(m.torch_build):
        return []
    step = before.oldest_for(version)
    oldest = V.parse_arch(step[1]) if step else None
    if oldest is not None and all(V.parse(g.cc) < oldest.cc for g in known):
        # torch 1.3-1.6 on a K40 (3.5): every official build of it starts at sm_37; 0.4-1.2 on a GTX 770 (3.0): sm_35.
        why = (f"arch_lists.yaml before_entries: official torch builds from {step[0]} on have no "
               f"kernels below {step[1]} ({', '.join(g.label() for g in known)})")
        return _no_kernels_facts(known, why)
    # The newest step first (torch < 1.7: CUDA <= 10.2, no CC 8.0+), then the older ones (torch < 1.0: CUDA <= 9.2, no
    # Turing, CC 7.5): the first step this torch is older than and every GPU is at least as new as decides.
    # An older step names no first build: the table starts at 1.7, whose cu92 build carries sm_70 cubins that a Turing
    # GPU loads (a same-major cubin), so the "oldest build that covers it" would be read wrongly from the table.
    for k, (below, newest_cuda, newest_sm, from_cc) in enumerate(before.steps):
        # An older step counts a pre-release as its release: "1.0.0.dev20181002" was the 1.0 preview, which had CUDA 10
        # nightlies (pytorch-nightly cuda100).
        if ((version if k == 0 else Version(version.base_version)) >= below
                or not all(V.parse(g.cc) >= from_cc for g in known)):
            continue
        why = (f"arch_lists.yaml before_entries: official torch builds before {below} were CUDA "
               f"{newest_cuda} or older, which cannot target compute capability {from_cc}+ "
               f"({', '.join(g.label() for g in known)})")
        check = ArchCheck(False, tuple(known), False, ())
        return _no_kernels_facts(known, why) + (_first_build_facts(m, check, [newest_sm]) if k == 0 else [])
    return []


def _old_variant_facts(m: Machine, variant: str | None) -> list[Fact]:
    """The build's CUDA known ("CUDA used to build PyTorch: 9.0.176", torch.version.cuda 9.0, with or without its release), a
    variant the arch-list table never lists (cu80-cu91, cu100: only releases older than the table had them): every build of
    that variant is older than 1.7 and as old as its CUDA, so the before_entries steps decide as for a version (cu90 on an
    RTX 2080 Ti, cu100 on an RTX 3090). torch 1.2-1.x said the Turing case itself: "Found GPU0 ... which requires
    CUDA_VERSION >= 10000 ... but your PyTorch was compiled with CUDA_VERSION 9000" (pytorch PR 21468)."""
    before = tables.before_entries()
    cuda = V.major_minor(V.variant_cuda(variant)) if variant and V.is_cuda_variant(variant) else None
    known = [g for g in m.gpus if g.cc and V.parse(g.cc) is not None]
    # "torch-cu11.7" read as "cu11" is no CUDA 1.1: only the CUDA releases torch was ever built with (7.5 on)
    if before is None or cuda is None or cuda < V.parse("7.5") or not known or any(variant in e.variants for e in tables.arch_entries()):
        return []
    for below, newest_cuda, _, from_cc in before.steps:
        newest = V.major_minor(newest_cuda)
        if newest is None or cuda > newest or not all(V.parse(g.cc) >= from_cc for g in known):
            continue
        why = (f"arch_lists.yaml before_entries: {variant} builds are all older than torch {below} and CUDA "
               f"{newest_cuda} or older, which cannot target compute capability {from_cc}+ "
               f"({', '.join(g.label() for g in known)})")
        return _no_kernels_facts(known, why)
    return []


def _first_build_facts(m: Machine, check: ArchCheck, arch: list[str]) -> list[Fact]:
    """For a GPU newer than every kernel of the installed build (an RTX 50xx, sm_120, on a cu126
    wheel): the oldest official torch release and CUDA variant with kernels for it, and the driver
    that variant needs. A new architecture arrives with one CUDA release and its driver branch
    (Blackwell: CUDA 12.8, R570), so that CUDA's Table-3 driver is the least the GPU runs with.
    Said only for GPUs that are too new: for one too old (Pascal on cu128) the "oldest build"
    is years old and newer builds drop it, so "X or newer" would be wrong."""
    tops = [a.cc for a in (V.parse_arch(x) for x in arch) if a is not None]
    newest = max(tops) if tops else None
    if newest is None or not all(V.parse(g.cc) is not None and V.parse(g.cc) > newest for g in check.unsupported):
        return []
    os_name = m.driver_os or m.os_name or "linux"
    for rel in reversed(tables.stable_releases()):  # oldest first
        patch = min(rel.patches, key=lambda p: Version(p.torch)) if rel.patches else None
        if patch is None:
            continue
        variants = sorted((v for v in patch.cuda_wheels if V.variant_cuda(v)), key=lambda v: Version(V.variant_cuda(v)))
        for variant in variants:
            found = table_arch_list(patch.torch, variant, aarch64=m.os_arch == "aarch64")
            if found is None:
                continue
            fit = arch_check(m.gpus, found[0])
            if fit is None or not fit.supported or fit.needs_ptx:
                continue
            why = (f"oldest official build with kernels for {', '.join(g.label() for g in check.unsupported)}: "
                   f"torch {patch.torch}+{variant} ({'; '.join(fit.detail)})")
            out = [derived("compat.gpu_first_torch", patch.torch, why), derived("compat.gpu_first_build", variant, why)]
            need = driver_full_for(V.variant_cuda(variant), os_name if os_name in ("linux", "windows") else "linux")
            if need is not None:
                out.append(derived("compat.gpu_driver_min", need.driver,
                                   f"the driver released with CUDA {V.variant_cuda(variant)}, the first CUDA with "
                                   f"kernels for this GPU: {need.rule}"))
            return out
    return []


# No torch 1.x was ever built for CUDA 11.8 or newer (cu118 first shipped with torch 2.0). Below 2.0 the table's
# variant lists come from the previous-versions page, which leaves some out (1.10's cu113, 1.11's cu115), so only this
# bound is trusted there; from 2.0 on the lists are the release matrix's.
_FIRST_MATRIX_RELEASE = Version("2.0")
_NO_1X_BUILD_FROM = Version("11.8")


def build_published(build: str) -> tuple[bool | None, str]:
    """Whether download.pytorch.org published torch `build` ('2.0.1+cu121'), and why; None when the tables cannot
    tell: a release or patch not in the table or marked uncertain, a pre-release or nightly, a variant that is no
    CUDA variant, or a 1.x variant the previous-versions page may have left out."""
    public, _, variant = build.partition("+")
    want_cuda = V.variant_cuda(variant)
    version = V.parse(public)
    if not want_cuda or version is None or version.is_prerelease or version.is_devrelease:
        return None, ""
    rel = tables.release_for(public)
    patch = rel.patch(public) if rel else None
    if rel is None or rel.uncertain or patch is None or patch.uncertain:
        return None, ""
    wheels = patch.cuda_wheels  # a patch without its own list already carries its release's (tables._release)
    if variant in wheels:
        published = True
    elif rel.version >= _FIRST_MATRIX_RELEASE or Version(want_cuda) >= _NO_1X_BUILD_FROM:
        published = False
    else:
        return None, ""
    return published, (f"torch {patch.torch} was published for {', '.join(wheels) or 'no CUDA variant'} "
                       f"(torch_releases.yaml); {variant} {'is' if published else 'is not'} among them")


def _named_build_facts(m: Machine) -> list[Fact]:
    """The first torch build the text names with a CUDA variant ("torch==2.0.1+cu121", "torch==2.4.0 ... whl/cu126")
    that download.pytorch.org never published: what pip, uv or conda then fail to find. x86_64 only (aarch64 and
    Jetson builds have their own variants)."""
    if m.os_arch not in (None, "x86_64"):
        return []
    for build in m.torch_builds_named:
        published, why = build_published(build)
        if published is False:
            return [derived("compat.named_build_unpublished", build, why)]
    return []


def _release_facts(m: Machine) -> list[Fact]:
    if not m.torch_version:
        return []
    rel = tables.release_for(m.torch_version)
    out = [derived("compat.torch_release_known", rel is not None,
                   f"torch {m.torch_version} {'is' if rel else 'is not'} in torch_releases.yaml")]
    if rel is None:
        return out
    out += _companion_facts(m, rel, "torchvision")
    out += _companion_facts(m, rel, "torchaudio")
    out.append(derived("compat.numpy_abi_major", rel.numpy_abi_major, f"torch {rel.release} wheels (torch_releases.yaml)"))
    if m.numpy_version:
        np_major = Version(m.numpy_version).release[0]
        abi_ok = not (rel.numpy_abi_major < 2 and np_major >= 2)
        if abi_ok and np_major >= 2 and rel.numpy_abi_windows_uncertain and m.os_name == "windows":
            pass  # Windows torch 2.3 wheels still failed under NumPy 2 for some users: do not vouch
        else:
            out.append(derived("compat.numpy_abi_ok", abi_ok,
                               f"torch {rel.release} built against NumPy {rel.numpy_abi_major}.x; numpy {m.numpy_version}"))
    out.append(derived("compat.python_range", rel.python_range(), f"torch {rel.release} (torch_releases.yaml)"))
    if m.python_version:
        patch = rel.patch(m.torch_version)
        sup = rel.supports_python(m.python_version, patch.python_max if patch else None)
        if sup is not None:
            out.append(derived("compat.python_supported", sup,
                               f"torch {rel.release} supports Python {rel.python_range()}; python {m.python_version}"))
    return out


def _companion_facts(m: Machine, rel: tables.Release, pkg: str) -> list[Fact]:
    vision, audio, note = expected_companions(m.torch_version)
    expected = vision if pkg == "torchvision" else audio
    have = m.torchvision_version if pkg == "torchvision" else m.torchaudio_version
    have_local = m.torchvision_local if pkg == "torchvision" else m.torchaudio_local
    out: list[Fact] = []
    if expected:
        why = (note if pkg == "torchaudio" else "") or \
            f"torch {m.torch_version} pairs with {pkg} {expected} (torch_releases.yaml)"
        out.append(derived(f"compat.{pkg}_expected", expected, why))
    if not have:
        return out
    if expected:
        release_ok = same_release(have, expected)
        why = f"{pkg} {have} vs {expected} expected for torch {m.torch_version}"
    else:
        # Torch patch not in the table: the release's pairing is still known by minor version.
        known = {V.major_minor(getattr(p, pkg)) for p in rel.patches if getattr(p, pkg)}
        if not known:
            return out
        release_ok = V.major_minor(have) in known
        why = f"{pkg} {have} vs the {pkg} release(s) paired with torch {rel.release}"
    agree = builds_agree(m.torch_build, have_local)
    matches = release_ok and (agree is None or agree[0])
    if agree is not None and not agree[0]:
        why += f"; {agree[1]}"
    out.append(derived(f"compat.{pkg}_matches", matches, why))
    return out


def _index_facts(m: Machine) -> list[Fact]:
    urls = [u for u in [m.pip_index_url, *m.pip_extra_index_urls] if u]
    if not urls:
        return []
    infos = [(u, index.classify(u, m.os_name, m.os_arch, m.pip_mirror if u == m.pip_index_url else None))
             for u in urls]
    main = infos[0][1]
    out = [derived("compat.index_kind", main.kind, infos[0][0])]
    if main.variant:
        out.append(derived("compat.index_variant", main.variant, infos[0][0]))
    verdicts = [i.cuda_wheels for _, i in infos]
    extras_cuda = any(i.cuda_wheels for _, i in infos[1:])
    if m.pip_index_cuda_checked is not None and not extras_cuda:
        # What the index serves, read from its torch page (--online), beats the host-name guess.
        note = "" if len(infos) == 1 else f" (extra indexes not checked: {', '.join(u for u, _ in infos[1:])})"
        out.append(derived("compat.index_has_cuda_wheels", m.pip_index_cuda_checked,
                           f"checked: {m.pip_index_checked_evidence}{note}"))
    elif any(v is True for v in verdicts):
        which = next(u for u, i in infos if i.cuda_wheels)
        out.append(derived("compat.index_has_cuda_wheels", True, f"{which} serves CUDA torch wheels"))
    elif verdicts and all(v is False for v in verdicts):
        why = "; ".join(f"{u}: {i.kind}{' ' + i.variant if i.variant else ''}" for u, i in infos)
        if m.os_name in ("windows", "macos") and any(i.kind.startswith("pypi") for _, i in infos):
            why += f" (PyPI torch wheels are CPU-only on {m.os_name})"
        out.append(derived("compat.index_has_cuda_wheels", False, why))
    return out
