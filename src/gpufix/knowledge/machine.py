"""What the knowledge base needs from the fact base, read once and normalised.

Any fact may be missing (a pasted log gives only a few), so every field is optional and
nothing here raises on odd values: a value that does not parse is treated as unknown.
"""
from __future__ import annotations

from dataclasses import field

from gpufix import linear_re as re  # linear time on text gpufix did not write
from gpufix.facts import FactBase
from gpufix.knowledge import tables
from gpufix.knowledge import versions as V
from gpufix.records import record

_FOUND_VERSION = re.compile(r"too\s{1,4}old \(found version (\d{4,6})\)")


@record(frozen=True)
class Gpu:
    """A GPU as the knowledge base sees it: its name and compute capability, with their source."""

    name: str | None
    cc: str | None  # '8.6'
    cc_source: str  # 'gpu.compute_capability' | 'gpus.yaml' | ''
    table_row: str = ""  # the gpus.yaml row used, when the CC came from the name

    @property
    def sm(self) -> str | None:
        return V.cc_to_sm(self.cc)

    def label(self) -> str:
        name = self.name or "GPU"
        return f"{name} ({self.sm})" if self.sm else name


@record(frozen=True)
class Driver:
    """The NVIDIA driver as the knowledge base sees it."""

    version: str | None = None  # driver.version
    cuda: str | None = None  # the driver's CUDA version, from driver.cuda or derived
    cuda_source: str = ""  # driver.cuda | driver.version | match.found_version | log.text
    state: str = "unknown"  # ok (a driver is known) | absent | unknown

    @property
    def known(self) -> bool:
        return self.version is not None or self.cuda is not None


@record
class Machine:
    """The facts the knowledge base reasons from, gathered from the fact base."""

    os_name: str | None = None  # linux | windows | macos
    os_arch: str | None = None  # x86_64 | aarch64 | arm64
    wsl: bool = False
    python_version: str | None = None
    python_executable: str | None = None
    python_env: str | None = None
    python_prefix: str | None = None
    conda_prefix: str | None = None
    driver: Driver = field(default_factory=Driver)
    gpus: list[Gpu] = field(default_factory=list)
    gpu_count: int | None = None
    gpu_vendor: str | None = None
    gpu_state: str = "unknown"  # nvidia | none | unknown
    torch_version: str | None = None  # public part, '2.4.1'
    torch_version_full: str | None = None  # as printed, with its local suffix when it has one
    torch_version_evidence: str = ""  # the line torch.version_full was read from
    torch_builds_named: list[str] = field(default_factory=list)  # log.torch_builds_named: '2.0.1+cu121', ...
    # status in the fact base of facts the knowledge base may fill in (None: never produced)
    torch_cuda_status: str | None = None
    torch_build_status: str | None = None
    torch_local: str | None = None  # 'cu121'
    torch_build: str | None = None  # 'cu121' | 'cpu' | 'rocm6.1'...
    torch_cuda: str | None = None  # '12.1'
    torch_hip: str | None = None
    torch_arch_list: list[str] | None = None
    torchvision_version: str | None = None
    torchvision_local: str | None = None
    torchaudio_version: str | None = None
    torchaudio_local: str | None = None
    numpy_version: str | None = None
    nvcc_version: str | None = None
    pip_index_url: str | None = None
    pip_extra_index_urls: list[str] = field(default_factory=list)
    pip_mirror: str | None = None
    pip_index_cuda_checked: bool | None = None  # pip.index_cuda_wheels: the index's torch page was read
    pip_index_checked_evidence: str = ""
    torch_installer: str | None = None  # torch.installer: pip | conda | uv...
    conda_pytorch_build: str | None = None  # conda.pytorch_build: the conda package's build string
    # pkg.cudatoolkit / pkg.pytorch-cuda as stated, with the line each was read from
    conda_cudatoolkit: str | None = None
    conda_cudatoolkit_evidence: str = ""
    conda_pytorch_cuda: str | None = None
    conda_pytorch_cuda_evidence: str = ""
    torch_cuda_available: bool | None = None  # torch.cuda.is_available(), as stated
    l4t: str | None = None  # os.l4t, the Jetson Linux release of a Jetson: '35.4.1'
    jetpack: str | None = None  # os.jetpack, as stated: '5.1.2'
    image_l4t: str | None = None  # container.image_l4t, an l4t image's tag release: '35.4.1'

    @property
    def driver_os(self) -> str | None:
        """Whose driver minimums apply: under WSL2 the Windows host driver is the one in use."""
        if self.wsl:
            return "windows"
        return self.os_name if self.os_name in ("linux", "windows") else None


def read(fb: FactBase) -> Machine:
    m = Machine()
    m.os_name = _os_name(fb.value("os.name"))
    m.os_arch = _os_arch(fb.value("os.arch"), m.os_name)
    m.wsl = fb.value("os.wsl") is True
    m.python_version = _version_text(fb.value("python.version"))
    m.python_executable = _text(fb.value("python.executable"))
    m.python_env = _text(fb.value("python.env"))
    m.python_prefix = _text(fb.value("python.prefix"))
    m.conda_prefix = _text(fb.value("conda.prefix"))
    m.driver = _driver(fb)
    m.gpus = _gpus(fb)
    count = fb.value("gpu.count")
    m.gpu_count = count if isinstance(count, int) and not isinstance(count, bool) else None
    m.gpu_vendor = (_text(fb.value("gpu.vendor")) or "").lower() or None
    m.gpu_state = _gpu_state(fb, m)
    _torch(fb, m)
    m.torchvision_version, m.torchvision_local = _pkg(fb, "torchvision")
    m.torchaudio_version, m.torchaudio_local = _pkg(fb, "torchaudio")
    m.numpy_version = _version_text(fb.value("numpy.version"))
    m.nvcc_version = _version_text(fb.value("nvcc.version"))
    m.l4t = _version_text(fb.value("os.l4t"))
    m.jetpack = _version_text(fb.value("os.jetpack"))
    m.image_l4t = _version_text(fb.value("container.image_l4t"))
    m.pip_index_url = _text(fb.value("pip.index_url"))
    extra = fb.value("pip.extra_index_urls")
    m.pip_extra_index_urls = [str(u) for u in extra] if isinstance(extra, list) else []
    m.pip_mirror = _text(fb.value("pip.mirror"))
    checked = fb.get("pip.index_cuda_wheels")
    if checked is not None and checked.status == "ok" and isinstance(checked.value, bool):
        m.pip_index_cuda_checked, m.pip_index_checked_evidence = checked.value, checked.evidence
    return m


def _text(value: object) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def _version_text(value: object) -> str | None:
    return str(value).strip() if V.parse(value) is not None else None


def _os_name(value: object) -> str | None:
    s = (_text(value) or "").lower()
    return {"linux": "linux", "windows": "windows", "win32": "windows", "macos": "macos", "darwin": "macos",
            "osx": "macos"}.get(s)


def _os_arch(value: object, os_name: str | None) -> str | None:
    s = (_text(value) or "").lower()
    if s in ("x86_64", "amd64", "x64", "x86-64"):
        return "x86_64"
    if s in ("arm64", "aarch64", "armv8"):
        return "arm64" if os_name == "macos" else "aarch64"
    return s or None


def _driver(fb: FactBase) -> Driver:
    """The driver, and its CUDA version: nvidia-smi's "CUDA Version" (driver.cuda), else what the
    driver itself reported to torch ("found version 11040"), else the branch table's guess."""
    # The user-space driver; else the loaded kernel module (/proc), which is the same driver
    # unless an update is waiting for a reboot.
    version = _version_text(fb.value("driver.version")) or _version_text(fb.value("driver.kernel_module"))
    cuda = _version_text(fb.value("driver.cuda"))
    source = "driver.cuda" if cuda else ""
    if cuda is None:
        found = V.found_version_cuda(fb.value("match.found_version"))
        if found:
            cuda, source = found, "match.found_version"
    if cuda is None:
        # The engine normally turns this into match.found_version; read it here too so a
        # log-only fact base works whichever runs first.
        text = fb.value("log.text")
        m = _FOUND_VERSION.search(text) if isinstance(text, str) else None
        found = V.found_version_cuda(m.group(1)) if m else None
        if found:
            cuda, source = found, "log.text"
    if cuda is None and version is not None:
        b = tables.driver_branch(version)
        if b is not None:
            cuda, source = b.cuda, "driver.version"
    if version or cuda:
        state = "ok"
    elif fb.status("driver.version") == "absent":
        state = "absent"
    else:
        state = "unknown"
    return Driver(version, cuda, source, state)


def _as_list(value: object) -> list:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def lookup_cc(name: str) -> tuple[str, str] | None:
    """(cc, gpus.yaml row) for a GPU name, e.g. 'NVIDIA GeForce GTX 1080 Ti' -> ('6.1', ...)."""
    text = normalise_gpu_name(name)
    for row in tables.gpu_rows():
        if any(p.search(text) for p in row.patterns):
            return row.cc, row.gpu
    return None


def normalise_gpu_name(name: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[-_,]", " ", str(name).lower())).strip()


def _gpus(fb: FactBase) -> list[Gpu]:
    names = [_text(n) for n in _as_list(fb.value("gpu.name"))]
    ccs = [_version_text(c) for c in _as_list(fb.value("gpu.compute_capability"))]
    cc_source = "gpu.compute_capability"
    rocm_torch = fb.value("torch.hip") is not None or str(fb.value("torch.build") or "").startswith("rocm")
    if not names and not ccs and not rocm_torch:
        # No nvidia-smi answer (a log, a container): what torch itself saw. Not for a ROCm build:
        # its devices are AMD GPUs and their "capability" (11.0 for gfx1100) is no CUDA compute
        # capability, so no NVIDIA arch check may read it (gpufix.knowledge.rocm covers them).
        names = [_text(n) for n in _as_list(fb.value("torch.device_names"))]
        ccs = [_version_text(c) for c in _as_list(fb.value("torch.device_capability"))]
        cc_source = "torch.device_capability"
    out = []
    for i in range(max(len(names), len(ccs))):
        name = names[i] if i < len(names) else None
        cc = ccs[i] if i < len(ccs) else None
        if cc is not None:
            out.append(Gpu(name, str(V.major_minor(cc)), cc_source))
            continue
        hit = lookup_cc(name) if name else None
        out.append(Gpu(name, hit[0], "gpus.yaml", hit[1]) if hit else Gpu(name, None, ""))
    return out


def _gpu_state(fb: FactBase, m: Machine) -> str:
    """nvidia (an NVIDIA GPU is there), none (known not to be), or unknown."""
    if m.gpu_vendor == "nvidia" or m.gpus or (m.gpu_count or 0) > 0 or m.driver.known:
        return "nvidia"
    on_bus = fb.value("pci.nvidia_count")
    if isinstance(on_bus, int) and on_bus > 0:
        # A card on the bus with no driver answering: which build fits depends on the driver
        # still to be installed, so neither "nvidia" (no driver to pick a CUDA variant by) nor "none".
        return "unknown"
    if on_bus == 0:
        return "none"
    if m.gpu_count == 0 or m.gpu_vendor in ("none", "apple", "amd", "intel"):
        return "none"
    if m.driver.state == "absent" and fb.status("gpu.name") in (None, "absent"):
        return "none"
    return "unknown"


def _torch(fb: FactBase, m: Machine) -> None:
    full = _text(fb.value("torch.version_full"))
    # torch.metadata_version: the installed distribution, even when `import torch` fails
    ver = _text(fb.value("torch.version")) or full or _text(fb.value("torch.metadata_version"))
    if full is None and ver and "+" in ver:
        full = ver
    m.torch_version = V.public(ver)
    stated = _text(fb.value("torch.version")) or ""
    # What torch itself printed (not the metadata of some installed distribution).
    m.torch_version_full = _text(fb.value("torch.version_full")) or (stated if "+" in stated else None)
    got = fb.get("torch.version_full")
    m.torch_version_evidence = (got.evidence or "") if got is not None else ""
    named = fb.value("log.torch_builds_named")
    m.torch_builds_named = [str(x) for x in named] if isinstance(named, (list, tuple)) else []
    m.torch_cuda_status, m.torch_build_status = fb.status("torch.cuda"), fb.status("torch.build")
    m.torch_local = V.local(full) if full else V.local(ver)
    build = (_text(fb.value("torch.build")) or m.torch_local or "").lower() or None
    m.torch_build = build
    cuda = _version_text(fb.value("torch.cuda"))
    if cuda is None and build and V.is_cuda_variant(build):
        cuda = V.variant_cuda(build)
    m.torch_cuda = str(V.major_minor(cuda)) if cuda else None
    if m.torch_build is None and m.torch_cuda:
        m.torch_build = V.cuda_variant(m.torch_cuda)
    m.torch_hip = _version_text(fb.value("torch.hip"))
    m.torch_installer = (_text(fb.value("torch.installer")) or "").lower() or None
    m.conda_pytorch_build = _text(fb.value("conda.pytorch_build"))
    for name, attr in (("pkg.cudatoolkit", "conda_cudatoolkit"), ("pkg.pytorch-cuda", "conda_pytorch_cuda")):
        got = fb.get(name)
        if got is not None and got.status == "ok":
            setattr(m, attr, _version_text(got.value))
            setattr(m, attr + "_evidence", got.evidence or "")
    available = fb.value("torch.cuda_available")
    m.torch_cuda_available = available if isinstance(available, bool) else None
    arch = fb.value("torch.arch_list")
    m.torch_arch_list = [str(a) for a in arch] if isinstance(arch, list) else None


def _pkg(fb: FactBase, name: str) -> tuple[str | None, str | None]:
    full = _text(fb.value(f"{name}.version_full"))
    ver = _text(fb.value(f"{name}.version")) or full
    return V.public(ver), (V.local(full) if full else V.local(ver))
