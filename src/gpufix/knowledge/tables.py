"""The knowledge tables (rules/knowledge/*.yaml), loaded once and read through typed views.

The YAML files are package data of ``gpufix.rules``; they are the only place where release
facts live, so a new torch or CUDA release is a data edit (docs/knowledge.md).
"""
from __future__ import annotations

import functools
import re
from typing import Any, Iterator

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import Version

from gpufix import linear_re
from gpufix.errors import GpufixError
from gpufix.knowledge import versions as V
from gpufix.package_files import package_folder
from gpufix.parse_cache import cached_yaml
from gpufix.records import record

TABLE_FILES = ("cuda_drivers.yaml", "torch_releases.yaml", "arch_lists.yaml", "gpus.yaml", "mirrors.yaml")


class TableError(GpufixError):
    """A knowledge table is missing or malformed (a packaging bug, or a table edited in a checkout):
    one line and exit 2, as any error gpufix reports."""


@functools.lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The parsed YAML of one table (cached: tables are read-only data)."""
    if name not in TABLE_FILES:
        raise TableError(f"unknown knowledge table {name!r}")
    return read_table(name)


def read_table(name: str) -> dict[str, Any]:
    """rules/knowledge/NAME parsed and checked (schema: 1), uncached; TableError when it cannot be.
    The loaders cache it (load() here, rocm_tables.load() for the ROCm table)."""
    try:
        text = package_folder("gpufix.rules").joinpath("knowledge", name).read_text(encoding="utf-8")
        # Parsed once, then read back as JSON (gpufix.parse_cache): most runs never import yaml.
        data = cached_yaml(text)
    except (OSError, ValueError) as e:
        raise TableError(f"knowledge table {name}: {e}") from e
    if not isinstance(data, dict) or data.get("schema") != 1:
        raise TableError(f"knowledge table {name}: expected a mapping with schema: 1")
    return data



# --- torch releases ------------------------------------------------------------------------

@record(frozen=True)
class Patch:
    """A torch patch release and the torchvision/torchaudio and CUDA builds that go with it."""

    torch: str
    torchvision: str | None
    torchaudio: str | None
    cuda_wheels: tuple[str, ...]
    lts: bool = False
    uncertain: bool = False
    python_max: str | None = None
    index: str | None = None  # an index URL template with {variant} (1.8.2 LTS)
    note: str = ""


@record(frozen=True)
class Release:
    """A torch minor release: its Python range and CUDA builds."""

    release: str
    status: str
    python_min: str
    python_max: str
    python_experimental: tuple[str, ...]
    cuda_wheels: tuple[str, ...]
    experimental: tuple[str, ...]
    pypi_linux: str | None
    numpy_abi_major: int
    numpy_abi_windows_uncertain: bool
    install: str
    patches: tuple[Patch, ...]
    sources: tuple[str, ...]
    uncertain: bool = False
    release_date: str | None = None
    origin: str = "shipped"  # shipped (rules/knowledge) | update (`gpufix knowledge update`)
    rocm_wheels: tuple[str, ...] = ()

    @property
    def version(self) -> Version:
        return Version(self.release)

    @property
    def newest_patch(self) -> Patch:
        return max(self.patches, key=lambda p: Version(p.torch))

    def patch(self, torch_version: str) -> Patch | None:
        want = V.parse(torch_version)
        return next((p for p in self.patches if want is not None and Version(p.torch) == want), None)

    def python_range(self) -> str:
        return f"{self.python_min}-{self.python_max}"

    def supports_python(self, python_version: str, python_max: str | None = None) -> bool | None:
        """Whether wheels exist for this CPython (stable range or an experimental minor)."""
        py = V.parse(python_version)
        if py is None:
            return None
        mm = V.major_minor(python_version)
        top = Version(python_max or self.python_max)
        if py >= Version(self.python_min) and mm is not None and mm <= top:
            return True
        return any(V.parse(x) == mm for x in self.python_experimental if not x.endswith("t"))


def _release(raw: dict[str, Any]) -> Release:
    py = raw.get("python") or {}
    default_wheels = tuple(raw.get("cuda_wheels") or ())
    patches = tuple(
        Patch(torch=str(p["torch"]), torchvision=_opt(p.get("torchvision")), torchaudio=_opt(p.get("torchaudio")),
              cuda_wheels=tuple(p.get("cuda_wheels") or default_wheels), lts=bool(p.get("lts")),
              uncertain=bool(p.get("uncertain")), python_max=_opt(p.get("python_max")), index=_opt(p.get("index")),
              note=str(p.get("note") or ""))
        for p in raw.get("patches") or ())
    return Release(
        release=str(raw["release"]), status=str(raw.get("status", "stable")),
        python_min=str(py["min"]), python_max=str(py["max"]),
        python_experimental=tuple(str(x) for x in py.get("experimental") or ()),
        cuda_wheels=default_wheels, experimental=tuple(raw.get("experimental") or ()),
        pypi_linux=_opt(raw.get("pypi_linux")), numpy_abi_major=int(raw["numpy_abi_major"]),
        numpy_abi_windows_uncertain=bool(raw.get("numpy_abi_windows_uncertain")),
        install=str(raw.get("install", "index-url")), patches=patches,
        sources=tuple(raw.get("sources") or ()), uncertain=bool(raw.get("uncertain")),
        release_date=_opt(raw.get("release_date")), origin=str(raw.get("origin") or "shipped"),
        rocm_wheels=tuple(raw.get("rocm_wheels") or ()))


def _opt(value: Any) -> str | None:
    return None if value is None else str(value)


@functools.lru_cache(maxsize=None)
def releases() -> tuple[Release, ...]:
    """Every release, newest first: the shipped table with `gpufix knowledge update`'s rows applied."""
    from gpufix.knowledge import overlay  # lazy: keeps this module's import light

    data = load("torch_releases.yaml")
    rows = overlay.merge_releases(list(data["releases"]), overlay.load())
    return tuple(sorted((_release(r) for r in rows), key=lambda r: r.version, reverse=True))


@functools.lru_cache(maxsize=None)  # the knowledge block of every document reads it, per analysis
def shipped_releases() -> tuple[Release, ...]:
    """The shipped table alone (what `gpufix knowledge update` compares against)."""
    data = load("torch_releases.yaml")
    return tuple(sorted((_release(r) for r in data["releases"]), key=lambda r: r.version, reverse=True))


def clear_caches() -> None:
    """Forget every cached view (after `gpufix knowledge update` wrote new rows, and in tests)."""
    from gpufix.knowledge import overlay  # lazy: see releases()

    overlay.clear_cache()
    for fn in (releases, shipped_releases, arch_entries, arch_entry, families, toolkit_minimum, branches, gpu_rows,
               mirrors, *_DEPENDENT):
        fn.cache_clear()


_DEPENDENT: list = []  # caches of other modules' functions over these tables (register_cache)


def register_cache(fn: Any) -> Any:
    """Have clear_caches() clear `fn` (an lru_cache'd function that reads these tables) too."""
    _DEPENDENT.append(fn)
    return fn


def stable_releases() -> tuple[Release, ...]:
    return tuple(r for r in releases() if r.status == "stable")


def release_for(torch_version: str | None) -> Release | None:
    """The minor release a torch version belongs to ('2.4.1+cu121' -> 2.4)."""
    mm = V.major_minor(torch_version)
    return next((r for r in releases() if mm is not None and r.version == mm), None)


def torch_meta() -> dict[str, Any]:
    return load("torch_releases.yaml")


# --- arch lists ------------------------------------------------------------------------------

@record(frozen=True)
class ArchEntry:
    """The GPU architectures (sm_XX, PTX) that torch builds carry."""

    torch: SpecifierSet
    variants: tuple[str, ...]
    status: str  # confirmed | uncertain | inferred | unknown
    sm: tuple[str, ...]
    ptx: tuple[str, ...]
    ptx_uncertain: bool
    note: str
    sources: tuple[str, ...]
    aarch64_sm: tuple[str, ...] = ()
    aarch64_ptx: tuple[str, ...] = ()

    @property
    def usable(self) -> bool:
        return self.status != "unknown" and bool(self.sm or self.ptx)

    def entries(self, aarch64: bool = False, count_uncertain_ptx: bool = False) -> tuple[str, ...]:
        """The arch list as torch.cuda.get_arch_list() would print it."""
        sm, ptx = (self.aarch64_sm, self.aarch64_ptx) if aarch64 else (self.sm, self.ptx)
        if self.ptx_uncertain and not count_uncertain_ptx:
            ptx = ()
        return tuple(sm) + tuple(ptx)


@functools.lru_cache(maxsize=None)
def arch_entries() -> tuple[ArchEntry, ...]:
    out = []
    for raw in load("arch_lists.yaml")["entries"]:
        try:
            spec = SpecifierSet(str(raw["torch"]))
        except InvalidSpecifier as e:
            raise TableError(f"arch_lists.yaml: bad torch specifier {raw.get('torch')!r}") from e
        a64 = raw.get("aarch64") or {}
        out.append(ArchEntry(torch=spec, variants=tuple(raw["variants"]), status=str(raw["status"]),
                             sm=tuple(raw.get("sm") or ()), ptx=tuple(raw.get("ptx") or ()),
                             ptx_uncertain=bool(raw.get("ptx_uncertain")), note=str(raw.get("note") or ""),
                             sources=tuple(raw.get("sources") or ()),
                             aarch64_sm=tuple(a64.get("sm") or ()), aarch64_ptx=tuple(a64.get("ptx") or ())))
    return tuple(out)


@record(frozen=True)
class BeforeEntries:
    """What every official build older than the arch-list table shares (arch_lists.yaml before_entries)."""

    torch_below: Version
    newest_cuda: str
    newest_sm: str
    gpus_from_cc: Version
    # ...and at the old end: from this torch on (oldest_from_torch), no official build has kernels below
    # oldest_sm (torch 1.3 dropped sm_35: a K40 or GT 710 has none in any 1.3-1.6 build either).
    oldest_from_torch: Version | None = None
    oldest_sm: str = ""
    # ...and older steps of the same kind (earlier: torch before 1.0 had no CUDA 10 build, so no Turing kernels):
    # (torch_below, newest_cuda, newest_sm, gpus_from_cc) each, newest first.
    earlier: tuple[tuple[Version, str, str, Version], ...] = ()
    # ...and older steps of the old end (torch 0.4-1.2 started at sm_35): (from_torch, oldest_sm) each, newest first.
    oldest_earlier: tuple[tuple[Version, str], ...] = ()

    def oldest_for(self, version: Version) -> tuple[Version, str] | None:
        """The old end that holds for this torch: (from_torch, oldest_sm) of the newest step it is not older than."""
        steps = ((self.oldest_from_torch, self.oldest_sm),) if self.oldest_from_torch is not None else ()
        for from_torch, sm in (*steps, *self.oldest_earlier):
            if version >= from_torch:
                return from_torch, sm
        return None

    @property
    def steps(self) -> tuple[tuple[Version, str, str, Version], ...]:
        """Every step, newest first: (torch_below, newest_cuda, newest_sm, gpus_from_cc)."""
        return ((self.torch_below, self.newest_cuda, self.newest_sm, self.gpus_from_cc), *self.earlier)


@functools.lru_cache(maxsize=None)
def before_entries() -> BeforeEntries | None:
    raw = load("arch_lists.yaml").get("before_entries")
    if not raw:
        return None
    below, cc = V.parse(str(raw["torch_below"])), V.parse(str(raw["gpus_from_cc"]))
    if below is None or cc is None:
        raise TableError("arch_lists.yaml: before_entries needs versions in torch_below and gpus_from_cc")
    oldest_from = V.parse(str(raw["oldest_from_torch"])) if raw.get("oldest_from_torch") else None
    if raw.get("oldest_from_torch") and (oldest_from is None or V.parse_arch(str(raw.get("oldest_sm") or "")) is None):
        raise TableError("arch_lists.yaml: before_entries needs a version in oldest_from_torch and an sm_XY in oldest_sm")
    earlier = []
    for row in raw.get("earlier") or ():
        e_below, e_cc = V.parse(str(row.get("torch_below"))), V.parse(str(row.get("gpus_from_cc")))
        if e_below is None or e_cc is None or V.parse_arch(str(row.get("newest_sm") or "")) is None:
            raise TableError(f"arch_lists.yaml: before_entries.earlier row {row!r} needs versions in torch_below and "
                             "gpus_from_cc and an sm_XY in newest_sm")
        if e_below >= below or e_cc >= cc:
            raise TableError(f"arch_lists.yaml: before_entries.earlier row {row!r} must be older than the step above it")
        earlier.append((e_below, str(row["newest_cuda"]), str(row["newest_sm"]), e_cc))
    oldest_earlier = []
    for row in raw.get("oldest_earlier") or ():
        o_from = V.parse(str(row.get("from_torch")))
        if o_from is None or V.parse_arch(str(row.get("oldest_sm") or "")) is None:
            raise TableError(f"arch_lists.yaml: before_entries.oldest_earlier row {row!r} needs a version in from_torch "
                             "and an sm_XY in oldest_sm")
        if oldest_from is None or o_from >= oldest_from:
            raise TableError(f"arch_lists.yaml: before_entries.oldest_earlier row {row!r} must be older than "
                             "oldest_from_torch")
        oldest_earlier.append((o_from, str(row["oldest_sm"])))
    return BeforeEntries(torch_below=below, newest_cuda=str(raw["newest_cuda"]), newest_sm=str(raw["newest_sm"]),
                         gpus_from_cc=cc, oldest_from_torch=oldest_from, oldest_sm=str(raw.get("oldest_sm") or ""),
                         earlier=tuple(sorted(earlier, reverse=True)),
                         oldest_earlier=tuple(sorted(oldest_earlier, reverse=True)))


@functools.lru_cache(maxsize=None)
def nvcc_first_cuda() -> tuple[tuple[Version, str], ...]:
    """(compute capability, the first CUDA toolkit whose nvcc targets it), ascending (arch_lists.yaml nvcc_first_cuda)."""
    out = []
    for row in load("arch_lists.yaml").get("nvcc_first_cuda") or ():
        cc = V.parse(str(row["cc"]))
        if cc is None or V.major_minor(str(row["cuda"])) is None:
            raise TableError(f"arch_lists.yaml: nvcc_first_cuda row {row!r} needs versions in cc and cuda")
        out.append((cc, str(row["cuda"])))
    return tuple(sorted(out))


@functools.lru_cache(maxsize=1024)  # the recommender asks for every candidate build, per analysis
def arch_entry(torch_version: str, variant: str) -> ArchEntry | None:
    """The arch list of the official wheel torch_version+variant, if the table has one."""
    v = V.parse(V.public(torch_version))
    if v is None:
        return None
    matches = [e for e in arch_entries() if variant in e.variants and e.torch.contains(v, prereleases=True)]
    return matches[0] if matches else None


# --- CUDA and drivers --------------------------------------------------------------------------

@record(frozen=True)
class Family:
    """A CUDA major version's minimum driver (minor-version compatibility)."""

    family: int
    linux: str
    windows: str
    uncertain: bool
    precision: str
    sources: tuple[str, ...]

    def minimum(self, os_name: str) -> str:
        return self.windows if os_name == "windows" else self.linux


@functools.lru_cache(maxsize=None)
def families() -> dict[int, Family]:
    return {int(f["family"]): Family(int(f["family"]), str(f["linux"]), str(f["windows"]), bool(f.get("uncertain")),
                                     str(f.get("precision", "build")), tuple(f.get("sources") or ()))
            for f in load("cuda_drivers.yaml")["families"]}


@record(frozen=True)
class ToolkitMin:
    """The minimum driver of one CUDA toolkit release."""

    cuda: str
    driver: str
    release: str
    from_branch: bool  # only the driver branch is known (no exact build)
    uncertain: bool


@functools.lru_cache(maxsize=None)
def toolkit_minimum(cuda: str, os_name: str) -> ToolkitMin | None:
    """NVIDIA Table 3: the driver that fully supports toolkit `cuda` (X.Y) on this OS.

    The least non-RC row of X.Y (the GA release); where NVIDIA prints N/A (Windows from 13.0)
    or gives only a branch (13.3, 13.4), the branch number.
    """
    want = V.major_minor(cuda)
    if want is None:
        return None
    data = load("cuda_drivers.yaml")
    key = "windows" if os_name == "windows" else "linux"
    rows = [r for r in data["toolkits"] if V.major_minor(r["cuda"]) == want and not r.get("rc") and r.get(key)]
    if rows:
        best = min(rows, key=lambda r: Version(str(r[key])))
        return ToolkitMin(str(want), str(best[key]), str(best["release"]), False, False)
    for b in data.get("toolkit_branches") or ():
        if V.major_minor(b["cuda"]) == want:
            return ToolkitMin(str(want), str(b["branch"]), f"CUDA {want} (driver branch R{b['branch']})", True,
                              bool(b.get("uncertain")))
    return None


@record(frozen=True)
class Branch:
    """A driver branch and the CUDA version it reports."""

    branch: int
    cuda: str
    evidence: str


@functools.lru_cache(maxsize=None)
def branches() -> tuple[Branch, ...]:
    rows = load("cuda_drivers.yaml")["branches"]
    return tuple(sorted((Branch(int(b["branch"]), str(b["cuda"]), str(b.get("evidence", ""))) for b in rows),
                        key=lambda b: b.branch))


def driver_branch(driver_version: str) -> Branch | None:
    """The branch a driver belongs to: the largest known branch <= its major number."""
    v = V.parse(driver_version)
    if v is None:
        return None
    major = v.release[0]
    found = [b for b in branches() if b.branch <= major]
    return found[-1] if found else None


# --- GPUs ------------------------------------------------------------------------------------

@record(frozen=True)
class GpuRow:
    """A GPU model and its compute capability."""

    gpu: str
    cc: str
    architecture: str
    patterns: tuple[Any, ...]  # gpufix.linear_re patterns (RE2: GPU names come from probes)
    uncertain: bool
    derived_by_chip: bool
    sources: tuple[str, ...]


@functools.lru_cache(maxsize=None)
def gpu_rows() -> tuple[GpuRow, ...]:
    out = []
    for g in load("gpus.yaml")["gpus"]:
        try:
            pats = tuple(linear_re.compile(p) for p in g["match"])
        except linear_re.PatternError as e:
            raise TableError(f"gpus.yaml: bad pattern for {g.get('gpu')!r}: {e}") from e
        out.append(GpuRow(str(g["gpu"]), str(g["cc"]), str(g.get("architecture", "")), pats,
                          bool(g.get("uncertain")), bool(g.get("derived_by_chip")), tuple(g.get("sources") or ())))
    return tuple(out)


# --- mirrors ---------------------------------------------------------------------------------

@record(frozen=True)
class Mirror:
    """A known package mirror: its hosts and where it keeps torch's CUDA wheels."""

    name: str
    label: str
    hosts: tuple[str, ...]
    pypi: str | None
    wheels: str | None  # template with {variant}
    wheels_style: str  # find-links | index
    wheels_uncertain: bool
    note: str = ""

    def wheel_url(self, variant: str) -> str | None:
        return self.wheels.format(variant=variant) if self.wheels else None


@functools.lru_cache(maxsize=None)
def mirrors() -> tuple[Mirror, ...]:
    return tuple(Mirror(str(m["name"]), str(m.get("label", m["name"])), tuple(m.get("hosts") or ()),
                        _opt(m.get("pypi")), _opt(m.get("wheels")), str(m.get("wheels_style", "index")),
                        bool(m.get("wheels_uncertain")), str(m.get("note") or ""))
                 for m in load("mirrors.yaml")["mirrors"])


def mirror_named(name: str | None) -> Mirror | None:
    key = (name or "").strip().lower()
    return next((m for m in mirrors() if m.name == key), None)


def mirror_for_url(url: str | None) -> Mirror | None:
    """The known mirror an index URL points at ('https://pypi.tuna.tsinghua.edu.cn/simple' -> tuna)."""
    host = url_host(url)
    if not host:
        return None
    return next((m for m in mirrors() if any(host == h or host.endswith("." + h) for h in m.hosts)), None)


def url_host(url: str | None) -> str:
    if not url:
        return ""
    m = re.match(r"^[a-z][a-z0-9+.-]*://(?:[^@/]*@)?([^/:?#]+)", url.strip(), re.I)
    return m.group(1).lower() if m else ""


def mirrors_meta() -> dict[str, Any]:
    return load("mirrors.yaml")


def iter_sources() -> Iterator[tuple[str, str, list[str]]]:
    """(table, row label, source ids) for every row that names sources (for the cross-check test)."""
    for name in TABLE_FILES:
        data = load(name)
        for key, rows in data.items():
            if isinstance(rows, list):
                for i, row in enumerate(rows):
                    if isinstance(row, dict) and "sources" in row:
                        yield name, f"{key}[{i}]", list(row["sources"])


def declared_sources(name: str) -> set[str]:
    return set((load(name).get("sources") or {}).keys())


@record(frozen=True)
class HostCompilerRow:
    cuda: SpecifierSet
    gcc_max: str
    msvc_max: str | None


@functools.lru_cache(maxsize=None)
def host_compilers() -> tuple[HostCompilerRow, ...]:
    """The newest gcc / Visual Studio each CUDA toolkit's nvcc accepts (rules/knowledge/host_compilers.yaml).
    Read with read_table (not a TABLE_FILES table: it carries no release dates)."""
    out = []
    for row in read_table("host_compilers.yaml").get("nvcc_host_compilers") or ():
        try:
            spec = SpecifierSet(str(row["cuda"]))
        except (InvalidSpecifier, KeyError) as e:
            raise TableError(f"host_compilers.yaml: row {row!r} needs a version specifier in cuda") from e
        if not re.fullmatch(r"\d{1,2}", str(row.get("gcc_max") or "")):
            raise TableError(f"host_compilers.yaml: row {row!r} needs a gcc major version in gcc_max")
        msvc = str(row["msvc_max"]) if row.get("msvc_max") else None
        out.append(HostCompilerRow(cuda=spec, gcc_max=str(row["gcc_max"]), msvc_max=msvc))
    return tuple(out)


@record(frozen=True)
class TorchHostCompilerRow:
    torch: SpecifierSet
    cxx: str  # the C++ standard torch's headers require: '14', '17'
    gcc_min: str  # the oldest gcc they accept: '5', '4.9'
    msvc_min: str | None  # the oldest Visual Studio (year), where a source gave it


@functools.lru_cache(maxsize=None)
def torch_host_compilers() -> tuple[TorchHostCompilerRow, ...]:
    """The oldest host C++ compiler each torch release's headers accept (host_compilers.yaml torch_host_compilers):
    the opposite bound of host_compilers(). Read with read_table: it carries no release dates."""
    out = []
    for row in read_table("host_compilers.yaml").get("torch_host_compilers") or ():
        try:
            spec = SpecifierSet(str(row["torch"]))
        except (InvalidSpecifier, KeyError) as e:
            raise TableError(f"host_compilers.yaml: row {row!r} needs a version specifier in torch") from e
        gcc, cxx = str(row.get("gcc_min") or ""), str(row.get("cxx") or "")
        if not re.fullmatch(r"\d{1,2}(?:\.\d{1,2})?", gcc) or not re.fullmatch(r"\d{2}", cxx):
            raise TableError(f"host_compilers.yaml: row {row!r} needs gcc_min (major[.minor]) and cxx (two digits)")
        msvc = str(row["msvc_min"]) if row.get("msvc_min") else None
        out.append(TorchHostCompilerRow(torch=spec, cxx=cxx, gcc_min=gcc, msvc_min=msvc))
    return tuple(out)


def torch_host_compiler_row(torch_version: str | None) -> TorchHostCompilerRow | None:
    """The row whose specifier holds torch's major.minor ('2.3.1+cu121' -> the >=2.2 row); None outside the table."""
    mm = V.major_minor(torch_version) if torch_version else None
    if mm is None:
        return None
    return next((r for r in torch_host_compilers() if r.torch.contains(mm, prereleases=True)), None)


@record(frozen=True)
class TritonWindowsPair:
    torch: str  # a torch minor release, '2.7'
    triton: str  # the triton-windows minor release it pairs with, '3.3'


@functools.lru_cache(maxsize=None)
def triton_windows_pairs() -> tuple[TritonWindowsPair, ...]:
    """Which triton-windows minor release each torch minor release works with (rules/knowledge/windows_platform.yaml,
    from the triton-windows README). Read with read_table: it carries no release dates."""
    out = []
    for row in read_table("windows_platform.yaml").get("triton_windows_pairs") or ():
        torch, triton = str(row.get("torch", "")), str(row.get("triton", ""))
        if not (re.fullmatch(r"\d{1,2}\.\d{1,3}", torch) and re.fullmatch(r"\d{1,2}\.\d{1,3}", triton)):
            raise TableError(f"windows_platform.yaml: row {row!r} needs torch and triton as major.minor")
        out.append(TritonWindowsPair(torch=torch, triton=triton))
    return tuple(out)


def triton_windows_for(torch_version: str | None) -> TritonWindowsPair | None:
    """The pair for torch's major.minor ('2.7.1' -> torch 2.7 / triton 3.3); None outside the table."""
    mm = V.major_minor(torch_version) if torch_version else None
    if mm is None:
        return None
    return next((p for p in triton_windows_pairs() if V.major_minor(p.torch) == mm), None)


def host_compiler_row(cuda: str | None) -> HostCompilerRow | None:
    """The row whose specifier holds CUDA's major.minor ('11.5.119' -> the 11.4-11.5 row); None past the table."""
    mm = V.major_minor(cuda) if cuda else None
    if mm is None:
        return None
    return next((r for r in host_compilers() if r.cuda.contains(mm, prereleases=True)), None)


@record(frozen=True)
class JetpackRelease:
    jetpack: str  # '5.1.2'
    l4t: str  # the Jetson Linux (L4T) release it flashes, '35.4.1'
    cuda: str  # '11.4'
    cudnn: str  # '8.6' (or a major alone)


@record(frozen=True)
class CudaSonames:
    cuda: str  # a CUDA major.minor ('10.2', matched exactly) or a major ('12', the rest of the major)
    sonames: tuple[tuple[str, str], ...]  # (library, soname version): ('cudart', '10.2'), ('cublas', '10')...


@functools.lru_cache(maxsize=None)
def jetpack_releases() -> tuple[JetpackRelease, ...]:
    """JetPack releases with the L4T release they flash and the CUDA/cuDNN they install (rules/knowledge/jetpack.yaml,
    from NVIDIA's JetPack pages). Read with read_table: it carries no release dates."""
    out = []
    for row in read_table("jetpack.yaml").get("jetpack_releases") or ():
        vals = {k: str(row.get(k, "")) for k in ("jetpack", "l4t", "cuda", "cudnn")}
        if not all(re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){0,2}", v) for v in vals.values()):
            raise TableError(f"jetpack.yaml: row {row!r} needs jetpack, l4t, cuda and cudnn as versions")
        out.append(JetpackRelease(**vals))
    return tuple(out)


@functools.lru_cache(maxsize=None)
def cuda_sonames() -> tuple[CudaSonames, ...]:
    """The soname version of each CUDA library per toolkit release (rules/knowledge/jetpack.yaml cuda_sonames)."""
    out = []
    for row in read_table("jetpack.yaml").get("cuda_sonames") or ():
        cuda = str(row.get("cuda", ""))
        if not re.fullmatch(r"\d{1,2}(?:\.\d{1,2})?", cuda):
            raise TableError(f"jetpack.yaml: cuda_sonames row {row!r} needs cuda as a major or major.minor")
        libs = tuple((k, str(v)) for k, v in row.items() if k not in ("cuda", "sources"))
        if not libs or not all(re.fullmatch(r"\d{1,2}(?:\.\d)?", v) for _, v in libs):
            raise TableError(f"jetpack.yaml: cuda_sonames row {row!r} needs soname versions")
        out.append(CudaSonames(cuda=cuda, sonames=libs))
    return tuple(out)


def _same_major(a: str, b: str) -> bool:
    return a.split(".")[0] == b.split(".")[0]


def _jetpack_row(version: str | None, field: str) -> JetpackRelease | None:
    """The latest row of `version`'s major at or below it by `field` (l4t or jetpack), else the first of its major;
    None for a major the table does not know."""
    v = V.parse(version)
    if v is None:
        return None
    rows = sorted(((k, r) for r in jetpack_releases() if (k := V.parse(getattr(r, field))) is not None
                   and _same_major(getattr(r, field), str(version))), key=lambda kr: kr[0])
    below = [r for k, r in rows if k <= v]
    if below:
        return below[-1]
    return rows[0][1] if rows else None


def jetpack_for_l4t(l4t: str | None) -> JetpackRelease | None:
    """The JetPack row of an L4T release ('36.4.0' -> JetPack 6.1, '32.7.2' -> 4.6.1)."""
    return _jetpack_row(l4t, "l4t")


def jetpack_for_release(jetpack: str | None) -> JetpackRelease | None:
    """The row of a JetPack release ('4.6.2' -> 4.6.1, '6.4' -> 6.2.1)."""
    return _jetpack_row(jetpack, "jetpack")


def sonames_for_cuda(cuda: str | None) -> dict[str, str]:
    """{library: soname version} of a CUDA toolkit ('10.2' -> {'cudart': '10.2', 'cublas': '10', ...}); {} if unknown."""
    if not cuda:
        return {}
    v = V.major_minor(cuda)
    if v is None:
        return {}
    mm, major = f"{v.major}.{v.minor}", str(v.major)
    row = next((r for r in cuda_sonames() if r.cuda == mm), None) or next(
        (r for r in cuda_sonames() if r.cuda == major), None)
    return dict(row.sonames) if row else {}
