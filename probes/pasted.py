"""Facts from pasted text: a collect_env report, an nvidia-smi table, `nvcc -V`,
`pip list` / `pip freeze` / `conda list`, and `torch.__version__` prints.

Users paste whatever they have (a GitHub issue body, a forum post). Prose ("我装的是 torch
2.3.0+cu121", "I have a RTX3060") is read last, by gpufix.probes.prose, into facts that rank below
these structured ones. Each recognised
piece is cut out and handed to the same parsers the probes use, so a pasted nvidia-smi
table and a live one give the same facts. One pass over the lines with bounded
look-ahead: linear in the text, and any line may be garbage. Only *stated* things become
facts (origin "log"), and later statements win over earlier ones, so collect_env's
"PyTorch version:" (the torch that imports) beats a package-list line.

Each fact carries the line that states it (Fact.line, 1-based, counting \n like the log
scanner's signature hits), so a user can find it in what they pasted and gpufix can say
"its torch 2.4.1+cu121 (line 3)". Lines are _Line strings that know their number: an
extractor passing a line as evidence passes its number with it.
"""
from __future__ import annotations

import dataclasses
import functools
from typing import Any, Callable, Iterable, NamedTuple

from gpufix import linear_re as re  # linear time on text gpufix did not write
from gpufix.facts import Fact, absent, ok
from gpufix.package_files import package_folder
from gpufix.parse_cache import cached_yaml
from gpufix.probes.nvcc import parse_nvcc_version
from gpufix.probes.nvidia_smi import _facts as smi_facts, find_errors, table_info
from gpufix.probes.nvml import cuda_version_from_int
from gpufix.probes import env_paths
from gpufix.probes.prose import conda_torch_build, extract_prose_facts
from gpufix.probes.jetson_text import extract as jetson_text_facts
from gpufix.probes.rocm_text import extract as rocm_text_facts
from gpufix.probes.torch_runtime import torch_build

SOURCE = "log"
MAX_LINE = 2000  # regexes see at most this much of a line



def _unquote(text: str) -> str:
    """`text` without markdown "> " quoting (not a ">>>" prompt); plain string steps, no regex."""
    rest = text.lstrip()
    quoted = False
    while rest.startswith(">") and not rest.startswith(">>"):
        rest = rest[1:]
        if rest[:1].isspace():
            rest = rest[1:]
        quoted = True
    return rest if quoted else text


def _norm_pkg(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _public(v: str) -> str:
    return v.split("+", 1)[0]


_VERSION = re.compile(r"^\d+(?:\.\d+)*(?:[a-z]+\d*)?(?:\.post\d+|\.dev\d+)?(?:\+[\w.]+)?$", re.I)
_EMPTY_VALUES = {"", "n/a", "na", "could not collect", "no cuda", "none", "unknown", "not available"}


class _Line(str):
    """A line of the pasted text that knows its number (1-based, counting \n)."""

    no: int

    def __new__(cls, text: str, no: int) -> "_Line":
        s = super().__new__(cls, text)
        s.no = no
        return s


def _split(text: str) -> list[str]:
    """The text's lines, numbered as the log scanner numbers them: a \n ends a line; a lone
    \r (a progress bar's redraw) splits it further, the pieces keeping the line's number."""
    out: list[str] = []
    for no, physical in enumerate(text.split("\n"), 1):
        for piece in physical.splitlines() or [""]:
            out.append(_Line(_unquote(piece[:MAX_LINE]), no))
    return out


def _no(text: object) -> int | None:
    return getattr(text, "no", None)


class _Out:
    """Collected facts, in statement order."""

    def __init__(self) -> None:
        self.facts: list[Fact] = []
        # Lines a structured reader took (ids of the _Line objects): the prose reader skips them, since
        # what it would read there ranks below what the structured reader already stated.
        self.consumed: set[int] = set()

    def add(self, name: str, value, evidence: str = "", line: int | None = None) -> None:
        self.facts.append(ok(name, value, SOURCE, evidence.strip()[:300], origin=SOURCE,
                             line=line if line is not None else _no(evidence)))

    def none(self, name: str, reason: str, evidence: str = "", line: int | None = None) -> None:
        self.facts.append(absent(name, SOURCE, reason, evidence.strip()[:300], origin=SOURCE,
                                 line=line if line is not None else _no(evidence)))

    def extend_from_parser(self, facts: Iterable[Fact], line: int | None = None) -> None:
        for f in facts:
            if f.status == "ok":  # the parsers' absent/unknown verdicts are about a live run
                self.facts.append(dataclasses.replace(f, source=SOURCE, origin=SOURCE, line=line))


# --- package lists -----------------------------------------------------------------------

def _package(out: _Out, name: str, version: str, evidence: str, build: str = "", channel: str = "") -> None:
    n = _norm_pkg(name)
    if not _VERSION.match(version):
        return
    out.consumed.add(id(evidence))
    if n in ("torch", "pytorch"):
        out.add("torch.version_full", version, evidence)
        out.add("torch.version", _public(version), evidence)
        if n == "pytorch" and build and channel != "pypi":
            out.add("conda.pytorch_build", build, evidence)
            b = conda_torch_build(build)
            if b:
                out.add("torch.build", b, evidence)
        elif "+" in version:
            b = torch_build(version)
            if b:
                out.add("torch.build", b, evidence)
    elif n == "numpy":
        out.add("numpy.version", _public(version), evidence)
    elif n in ("torchvision", "torchaudio"):
        out.add(f"{n}.version", _public(version), evidence)
        out.add(f"{n}.version_full", version, evidence)
    elif n == "cpuonly":
        out.add("conda.cpuonly", True, evidence)
    else:
        out.add(f"pkg.{n}", version, evidence)


_FREEZE = re.compile(r"^\s*(?:\[(?:pip\d?|conda)\]\s+)?([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s;#,]+)\s*$")
_BRACKET_CONDA = re.compile(r"^\s*\[conda\]\s+([A-Za-z0-9][A-Za-z0-9._-]*)\s+(\S+)(?:\s+(\S+))?(?:\s+(\S+))?\s*$")
_PIP_LIST_HEADER = re.compile(r"^\s*Package\s+Version\b")
_DASHES = re.compile(r"^\s*-{3,}(?:\s+-{3,})+\s*$")
_ROW2 = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s+(\S+)(?:\s+(\S.*))?$")
_CONDA_HEADER = re.compile(r"^\s*#\s*(?:packages in environment at|Name\s+Version\s+Build)", re.I)
_ROW4 = re.compile(r"^\s*([A-Za-z0-9_][A-Za-z0-9._-]*)\s+(\S+)\s+(\S+)(?:\s+(\S+))?\s*$")
_PIP_SHOW_NAME = re.compile(r"^\s*Name:\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*$")
_PIP_SHOW_VERSION = re.compile(r"^\s*Version:\s*(\S+)\s*$")


def _package_lists(lines: list[str], out: _Out) -> None:
    mode = ""  # "", "pip-list", "conda-list"
    for i, line in enumerate(lines):
        # One word (or none) and no "==" / "Name:": no package pattern can match it, and it ends a
        # listing as the row patterns would. Checked without a regex: most log lines are these.
        if "==" not in line and "Name:" not in line and len(line.split(None, 1)) < 2:
            if not (mode == "conda-list" and line.lstrip().startswith("#")):
                mode = ""
            continue
        if _PIP_LIST_HEADER.match(line):
            mode = "pip-list-header"
            continue
        if mode == "pip-list-header":
            mode = "pip-list" if _DASHES.match(line) else ""
            continue
        if _CONDA_HEADER.match(line):
            mode = "conda-list"
            continue
        if mode == "conda-list" and line.lstrip().startswith("#"):
            continue
        m = _FREEZE.match(line)
        if m:
            _package(out, m.group(1), m.group(2), line)
            continue
        m = _BRACKET_CONDA.match(line)
        if m:
            _package(out, m.group(1), m.group(2), line, m.group(3) or "", m.group(4) or "")
            continue
        m = _PIP_SHOW_NAME.match(line)
        if m and i + 1 < len(lines):
            mv = _PIP_SHOW_VERSION.match(lines[i + 1])
            if mv:
                _package(out, m.group(1), mv.group(1), _Line(line + " / " + lines[i + 1], _no(line) or 0))
                continue
        if mode == "pip-list":
            m = _ROW2.match(line)
            if m and _VERSION.match(m.group(2)):
                _package(out, m.group(1), m.group(2), line)
            else:
                mode = ""
        elif mode == "conda-list":
            m = _ROW4.match(line)
            if m and _VERSION.match(m.group(2)):
                _package(out, m.group(1), m.group(2), line, m.group(3), m.group(4) or "")
            elif not line.strip():
                mode = ""
            else:
                m2 = _ROW2.match(line)
                if not (m2 and _VERSION.match(m2.group(2))):
                    mode = ""
                else:
                    _package(out, m2.group(1), m2.group(2), line)


# --- collect_env ---------------------------------------------------------------------------

_CE_KEYS = ("PyTorch version", "Is debug build", "CUDA used to build PyTorch", "ROCM used to build PyTorch",
            "OS", "Python version", "Python platform", "Is CUDA available", "CUDA runtime version", "GPU models and configuration",
            "Nvidia driver version", "cuDNN version")
_CE_LINE = re.compile(r"^\s*(" + "|".join(re.escape(k) for k in _CE_KEYS) + r")\s*[:：]?\s*(.*?)\s*$",
                      re.I)
_GPU_LINE = re.compile(r"^\s*GPU\s*(\d+)\s*[:：]\s*(.+?)\s*(?:\(UUID:[^)]*\))?\s*$")
_CUDNN_VERSIONS = re.compile(r"libcudnn(?:_\w+)?\.so\.(\d+(?:\.\d+)*)|cudnn\w*?64_(\d+)\.dll|^\s*(\d+\.\d+\.\d+)\s*$", re.I)


def _ce_match(line: str) -> "re.Match | None":
    """A collect_env "Key: value" line; a key running on into a letter ("OSX") is not one."""
    m = _CE_LINE.match(line)
    after = line[m.end(1):m.end(1) + 1] if m else ""
    return None if not m or (after.isascii() and after.isalpha()) else m


def _is_collect_env(lines: list[str]) -> bool:
    seen = set()
    for line in lines:
        m = _ce_match(line)
        if m:
            key = m.group(1).lower()
            if key in ("pytorch version", "cuda used to build pytorch", "is cuda available"):
                seen.add(key)
                if len(seen) >= 2:
                    return True
    return False


def _os_facts(value: str, out: _Out, evidence: str) -> None:
    v = value.strip()
    low = v.lower()
    arch = re.search(r"\((x86_64|aarch64|arm64|amd64|ppc64le)\)\s*$", v, re.I)
    if arch:
        out.add("os.arch", arch.group(1), evidence)
        v = v[:arch.start()].strip()
    if "windows" in low:
        out.add("os.name", "windows", evidence)
    elif "macos" in low or "mac os" in low or "darwin" in low:
        out.add("os.name", "macos", evidence)
        m = re.search(r"(\d+\.\d+(?:\.\d+)?)", v)
        if m:
            out.add("os.release", m.group(1), evidence)
    elif v:
        out.add("os.name", "linux", evidence)
        out.add("os.distro", v, evidence)


def _collect_env(lines: list[str], out: _Out) -> None:
    if not _is_collect_env(lines):
        return
    done: set[str] = set()
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        m = _ce_match(line)
        i += 1
        if not m:
            continue
        key, value = m.group(1).lower(), m.group(2)
        if key not in ("os", "python platform"):  # their OS words and platform string are the prose reader's
            out.consumed.add(id(line))
        if key in done:  # a second report in the same paste: keep the first
            continue
        done.add(key)
        empty = value.strip().lower() in _EMPTY_VALUES
        if key == "pytorch version":
            if not empty and _VERSION.match(value):
                out.add("torch.version_full", value, line)
                out.add("torch.version", _public(value), line)
        elif key == "cuda used to build pytorch":
            # torch.version.cuda is None, a CPU build: old collect_env prints "None", newer ones
            # replace every None with "Could not collect" (torch that fails to import: "N/A"). A
            # ROCm build's "ROCM used to build PyTorch" line still decides torch.build.
            if value.strip().lower() in ("none", "could not collect"):
                out.none("torch.cuda", f"collect_env: CUDA used to build PyTorch: {value.strip()}", line)
            elif not empty and re.match(r"^\d+\.\d+", value):
                out.add("torch.cuda", value, line)
        elif key == "rocm used to build pytorch":
            m = re.match(r"^\d+\.\d+(?:\.\d+)*", value) if not empty else None
            if m:  # '6.2.41133-dd7f95766' -> '6.2.41133': a version fact must parse
                out.add("torch.hip", m.group(0), line)
        elif key == "is debug build":
            pass
        elif key == "os":
            if not empty:
                _os_facts(value, out, line)
        elif key == "python version":
            mv = re.match(r"^(\d+\.\d+(?:\.\d+)?)", value)
            if mv:
                out.add("python.version", mv.group(1), line)
            mb = re.search(r"\((\d+)-bit runtime\)", value)
            if mb:
                out.add("python.bits", int(mb.group(1)), line)
        elif key == "python platform":
            if value.lower().startswith("linux"):
                out.add("os.wsl", "microsoft" in value.lower(), line)
        elif key == "is cuda available":
            low = value.strip().lower()
            if low in ("true", "yes", "false", "no"):
                out.add("torch.cuda_available", low in ("true", "yes"), line)
        elif key == "cuda runtime version":
            # collect_env's "CUDA runtime version" is the SYSTEM toolkit's nvcc, not torch's CUDA
            mv = re.match(r"^(\d+\.\d+(?:\.\d+)*)", value)
            if mv:
                out.add("nvcc.version", mv.group(1), line)
        elif key == "gpu models and configuration":
            names = []
            first = _GPU_LINE.match(value) if value else None
            if first:
                names.append(first.group(2))
            j = i
            while j < n and j < i + 64:
                g = _GPU_LINE.match(lines[j])
                if not g:
                    if lines[j].strip() or names:
                        break
                    j += 1
                    continue
                names.append(g.group(2))
                j += 1
            i = max(i, j)
            if names:
                out.add("gpu.name", names, line)
                out.add("gpu.count", len(names), line)
                out.add("gpu.vendor", "nvidia", line)
        elif key == "nvidia driver version":
            mv = re.match(r"^(\d+\.\d+(?:\.\d+)*)", value)
            if mv:
                out.add("driver.version", mv.group(1), line)
        elif key == "cudnn version":
            versions: list[str] = []
            block = [value] + lines[i:i + 12]
            for k, text in enumerate(block):
                if k > 0 and not (text.startswith((" ", "\t")) or _CUDNN_VERSIONS.search(text)):
                    break
                for mm in _CUDNN_VERSIONS.finditer(text):
                    v = next(g for g in mm.groups() if g)
                    if v not in versions:
                        versions.append(v)
            if versions:
                out.add("cudnn.system", versions, line)


# --- nvidia-smi, nvcc ----------------------------------------------------------------------

_SMI_START = re.compile(r"NVIDIA-SMI\s+\d+\.\d+|=+NVSMI LOG=+", re.I)


def _nvidia_smi(lines: list[str], out: _Out) -> None:
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if _SMI_START.search(line):
            start = i
            i += 1
            if "NVSMI LOG" in line:
                end = min(n, i + 400)
            else:
                while i < n and i - start < 500 and lines[i].lstrip().startswith(("|", "+")):
                    i += 1
                end = i
            info = table_info("\n".join(lines[start:end]))
            if not info.empty:
                out.extend_from_parser(smi_facts(info, None, None), _no(lines[start]))
                out.consumed.update(id(ln) for ln in lines[start:end])
            continue
        i += 1
    said = [ln for ln in lines if "NVIDIA" in ln.upper() or "NVML" in ln.upper() or "No devices were found" in ln]
    error = find_errors("\n".join(said))
    if error:
        first = error.splitlines()[0]
        out.add("driver.error", error, first, next((_no(ln) for ln in said if first.strip() in ln), None))


def _nvcc(lines: list[str], out: _Out) -> None:
    for line in lines:
        if "compilation tools" in line.lower():
            try:
                out.extend_from_parser(parse_nvcc_version(line), _no(line))
            except ValueError:
                continue


# CUDA's deviceQuery sample: "CUDA Driver Version / Runtime Version          8.0 / 8.0". The first number is the CUDA
# version the installed driver reaches (what nvidia-smi calls "CUDA Version"); the second is the toolkit the sample
# was built with, not torch's.
# seen: https://github.com/open-mmlab/mmskeleton/issues/113
_DEVICE_QUERY = re.compile(r"CUDA Driver Version\s*/\s*Runtime Version\s+(\d{1,2}\.\d{1,2})\s*/\s*\d{1,2}\.\d{1,2}")


def _device_query(lines: list[str], out: _Out) -> None:
    for line in lines:
        m = _DEVICE_QUERY.search(line) if "Runtime Version" in line else None  # a literal look first: most lines are not it
        if m:
            out.add("driver.cuda", m.group(1), line.strip(), _no(line))


# The NVIDIA Control Panel's System Information (Windows), Components tab: the CUDA driver library, its Windows file
# version and the CUDA it brings: "NVCUDA64.DLL  30.0.14.7212  NVIDIA CUDA 11.4.120 driver". The CUDA there is the
# driver's ceiling (nvidia-smi's "CUDA Version"); the file version's last five digits are NVIDIA's driver version
# (30.0.14.7212 = 472.12, 27.21.14.5671 = 456.71: the prose reader's _WIN_NV_DRIVER).
_NVCUDA_DLL = re.compile(r"(?:\bNVCUDA(?:64)?\.DLL\s+(?:2\d\.21|3\d\.0)\.1(\d)\.(\d{4})\s+)?NVIDIA CUDA (\d{1,2}\.\d{1,2})\.\d+ driver\b",
                         re.I)
# Users copy the same row shortened to the DLL and its product version, the CUDA: "NVCUDA64.dll 12.0.113" (the file
# version starts at 20 and never reads as a CUDA).
_NVCUDA_SHORT = re.compile(r"\bNVCUDA(?:64)?\.DLL\s+v?(\d{1,2}\.\d{1,2})\.\d{2,3}\b", re.I)
# The driver's CUDA as cudaDriverGetVersion() returns it, 1000 x major + 10 x minor: "CUDA driver version: 11040"
# (torch._C._cuda_getDriverVersion(), apps' start-up logs); torch's own "found version 11040" is the rule's.
_CUDA_DRIVER_INT = re.compile(r"\bCUDA driver version\s*(?:is\s*|[:=]\s*)(\d{4,5})\b", re.I)


def _driver_cuda_lines(lines: list[str], out: _Out) -> None:
    for line in lines:
        if "CUDA" not in line and "cuda" not in line and "nvcuda" not in line.lower():
            continue
        m = _NVCUDA_DLL.search(line)
        if m:
            out.add("driver.cuda", m.group(3), line.strip(), _no(line))
            if m.group(1):
                out.add("driver.version", f"{m.group(1)}{m.group(2)[:2]}.{m.group(2)[2:]}", line.strip(), _no(line))
            out.consumed.add(id(line))
            continue
        m = _NVCUDA_SHORT.search(line)
        if m and 7 <= int(m.group(1).split(".")[0]) <= 13:
            out.add("driver.cuda", m.group(1), line.strip(), _no(line))
            out.consumed.add(id(line))
            continue
        m = _CUDA_DRIVER_INT.search(line)
        if m:
            cuda = cuda_version_from_int(int(m.group(1)))
            if 7 <= int(cuda.split(".")[0]) <= 13:
                out.add("driver.cuda", cuda, line.strip(), _no(line))
                out.consumed.add(id(line))


# conda's virtual packages: conda asks the NVIDIA driver (libcuda / nvcuda.dll) for the CUDA version it supports and
# shows it as "__cuda=12.2=0" under `conda info`'s "virtual packages" (one a line, the first beside the label), so it
# is nvidia-smi's "CUDA Version", the driver's ceiling (seen: https://github.com/tuna/issues/issues/604, "virtual
# packages : __cuda=10.1"). Only in that block: a spec "__cuda>=11.8" or a solver's "__cuda[version='>=11.8']" is
# what a package asks for.
_CONDA_VIRTUAL = re.compile(r"^\s*virtual packages\s*:")
_CONDA_VPKG = re.compile(r"^\s*(?:virtual packages\s*:\s*)?__(\w+)=([\w.]+)(?:=[\w.]*)?\s*$")


def _conda_virtual(lines: list[str], out: _Out) -> None:
    n = len(lines)
    for i, line in enumerate(lines):
        if "virtual packages" not in line or not _CONDA_VIRTUAL.match(line):
            continue
        for j in range(i, min(n, i + 8)):
            m = _CONDA_VPKG.match(lines[j])
            if not m:
                break
            if m.group(1) == "cuda" and re.match(r"^\d{1,2}\.\d{1,2}$", m.group(2)):
                out.add("driver.cuda", m.group(2), lines[j].strip(), _no(lines[j]))
                out.consumed.add(id(lines[j]))


# torch's own words when CUDA is unavailable, printed whatever the cause: autocast asked for CUDA, "UserWarning: User
# provided device_type of 'cuda', but CUDA is not available. Disabling" (seen: https://github.com/TIBHannover/tibava/issues/2,
# https://github.com/jarodmica/ai-voice-cloning/issues/14); PyTorch Lightning's start-up line "GPU available: False, used:
# False" (its CUDA accelerator found no device; an Apple GPU shows "True (mps)").
_TORCH_SAYS_UNAVAILABLE = re.compile(r"User provided device_type of 'cuda', but CUDA is not available|^\s*GPU available: False\b")


def _torch_says_unavailable(lines: list[str], out: _Out) -> None:
    for line in lines:
        if ("CUDA is not available" in line or "GPU available" in line) and _TORCH_SAYS_UNAVAILABLE.search(line):
            out.add("torch.cuda_available", False, line.strip(), _no(line))
            return


# A program's own `assert torch.cuda.is_available()` failing: a traceback shows the source line and then
# "AssertionError" (with the assert's message, if any), maybe after Python 3.11's "^^^^" marker line. The assert
# only fails when is_available() returned False (seen: https://github.com/effusiveperiscope/so-vits-svc/issues/22,
# 'assert torch.cuda.is_available(), "CPU training is not allowed."' then "AssertionError: CPU training is not
# allowed."). Not an assert about anything else, not the negated one.
_ASSERT_AVAILABLE = re.compile(r"^\s*assert\s*\(?\s*torch\.cuda\.is_available\(\s*\)\s*\)?\s*(?:,.*)?$")
_ASSERTION_ERROR = re.compile(r"^\s*AssertionError\b")


def _failed_cuda_assert(lines: list[str], out: _Out) -> None:
    n = len(lines)
    for i, line in enumerate(lines):
        if "assert" not in line or not _ASSERT_AVAILABLE.match(line):
            continue
        for j in range(i + 1, min(n, i + 4)):
            if _ASSERTION_ERROR.match(lines[j]):
                out.add("torch.cuda_available", False, f"{line.strip()} -> {lines[j].strip()}", _no(lines[j]))
                return
            if lines[j].strip() and not re.match(r"^\s*[\^~ ]+$", lines[j]):
                break


# --- torch's own warnings ---------------------------------------------------------------------

# "NVIDIA H100 PCIe with CUDA capability sm_90 is not compatible with the current PyTorch installation.
#  The current PyTorch install supports CUDA capabilities sm_37 sm_50 ... sm_86."
_SUPPORTS = re.compile(r"current PyTorch install supports CUDA capabilities((?:\s+(?:sm|compute)_\d+[a-z]?)+)", re.I)
_NOT_COMPATIBLE = re.compile(r"(\S.*?) with CUDA capability sm_(\d+)[a-z]? is not compatible with the current PyTorch",
                             re.I)
# torch < 1.x: "Found GPU0 GeForce GTX 770 which is of cuda capability 3.0."
_TOO_OLD = re.compile(r"Found GPU\s*(\d+)\s+(.+?) which is of cuda capability (\d+)\.(\d+)", re.I)


def _sm_to_cc(sm: str) -> str:
    return f"{sm[:-1]}.{sm[-1]}"


def _torch_warnings(lines: list[str], out: _Out) -> None:
    names: list[str] = []
    caps: list[str] = []
    first: int | None = None
    for line in lines:
        if "apabilit" not in line:
            continue
        m = _SUPPORTS.search(line)
        if m:
            out.add("torch.arch_list", m.group(1).split(), line)
            continue
        m = _NOT_COMPATIBLE.search(line)
        if m:
            name = re.sub(r"^.*UserWarning:\s*", "", m.group(1)).strip()
            if name not in names:
                first = first or _no(line)
                names.append(name)
                caps.append(_sm_to_cc(m.group(2)))
            continue
        m = _TOO_OLD.search(line)
        if m and m.group(2) not in names:
            first = first or _no(line)
            names.append(m.group(2).strip())
            caps.append(f"{m.group(3)}.{m.group(4)}")
    if names:
        out.add("torch.device_names", names, "; ".join(names), first)
        out.add("torch.device_capability", caps, "; ".join(caps), first)


# --- `torch.__version__` and friends ---------------------------------------------------------

_EXPRS: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"\btorch\.__version__"), "torch.version_full"),
    (re.compile(r"\btorch\.cuda\.is_available\(\s*\)"), "torch.cuda_available"),
    (re.compile(r"\btorch\.version\.cuda\b"), "torch.cuda"),
    (re.compile(r"\btorch\.backends\.cudnn\.version\(\s*\)"), "torch.cudnn"),
    (re.compile(r"\btorch\.cuda\.device_count\(\s*\)"), "torch.device_count"),
    # The Apple-GPU checks printed the same way (torch.mps.is_available() from torch 2.5 on).
    (re.compile(r"\btorch\.(?:backends\.)?mps\.is_available\(\s*\)"), "torch.mps_available"),
    (re.compile(r"\btorch\.backends\.mps\.is_built\(\s*\)"), "torch.mps_built"),
    (re.compile(r"\b(?:numpy|np)\.__version__"), "numpy.version"),
)
_OUT_PROMPT = re.compile(r"^Out\[\d+\]:$")
# A short line between a command and its printed values: "returned:", "Output:", "输出：".
_VALUE_BRIDGE = re.compile(r"^\s*(?:it\s+)?(?:returned|returns|output|outputs|prints|printed|gives|gave|result|结果|输出|返回|显示)\s*[:：]?\s*$", re.I)
_PROMPT = re.compile(r"^\s*(?:>>>|\.\.\.|In \[\d+\]:|\$|#|PS [^>]*>|[A-Za-z]:\\[^>]*>)")
# The value said in words on the line after a lone command: "`print(torch.cuda.is_available())`" then "it prints False so
# clearly I am doing something wrong", "returns False", "but it still returns False", "I get False", "结果是False".
# seen: https://github.com/hzwer/ECCV2022-RIFE/issues/76
_FENCE = re.compile(r"^\s*(?:```|~~~)[\w+-]*\s*$")
# Session 23: also "yielded", "writes", "produces", "comes back" (seen: oobabooga/text-generation-webui#2612, 'yielded "False".').
_VALUE_SAID = re.compile(r"^\s*(?:(?:but|and|then|still|always|it|this|that|which|i)\s+){0,3}"
                         r"(?:returned|returns|return|prints|printed|print|gives|gave|outputs?|shows|showed|says|said|get|got|"
                         r"yield(?:s|ed)?|writes|wrote|produces|produced|comes back(?: as| with)?|came back(?: as| with)?|"
                         r"结果是|结果为|输出为|输出|返回值?是?|显示为?)\s*[:：]?\s*(?:(?:still|always|just|only)\s+)?"
                         r"[`'\"]?(True|False)\b", re.I | re.A)


def _value_for(fact: str, token: str):
    t = token.strip().strip("'\"`,")
    low = t.lower()
    if fact in ("torch.cuda_available", "torch.mps_available", "torch.mps_built"):
        return {"true": True, "false": False}.get(low, ...)
    if fact == "torch.cuda":
        if low == "none":
            return None
        return t if re.match(r"^\d+\.\d+(?:\.\d+)*$", t) else ...
    if fact in ("torch.cudnn", "torch.device_count"):
        return int(t) if t.isdigit() else ...
    return t if _VERSION.match(t) else ...


# Session 28: a run of print() lines, one expression each, and then their values one a line, as a script's output is
# pasted under its source ("print(torch.__version__)" / "print(torch.cuda.is_available())" / "print(torch.version.cuda)",
# a blank line, then "1.12.1" / "False" / "None"; seen: https://github.com/gasmichel/PathNNs_expressive/issues/3). Read one
# line at a time, the last command took the run's first value ("torch.version.cuda" -> "1.12.1"): a CUDA version for a
# CPU build. The values are zipped with the commands; a run whose values do not line up gives nothing.
# Script lines only: at a REPL prompt each value follows its own command, and prompts in a row mean the earlier ones
# printed nothing (None; _BARE_CUDA_REPL).
_RUN_COMMAND = re.compile(r"^\s*(?:print\s*\(\s*)?\s*\)?\s*;?\s*$")
# The REPL shows nothing for None: "torch.version.cuda" typed at ">>>" (or IPython's "In [2]:") with the next prompt right
# under it is a torch without CUDA (torch/version.py: cuda = None in a CPU build). ">>>" prompts follow each other with no
# blank line; IPython puts one between its "In [n]:" prompts.
_BARE_CUDA_REPL = re.compile(r"^\s*(>>>|In \[\d+\]:)\s*torch\.version\.cuda\s*$")
_NEXT_PROMPT = {">>>": re.compile(r"^\s*>>>"), "In": re.compile(r"^\s*In \[\d+\]:")}


def _add_printed(out: _Out, fact: str, value: object, command: str, value_line: str) -> None:
    """One printed value read for the fact its command prints (the line of the value is its evidence)."""
    if fact == "torch.cuda" and value is None:
        out.none("torch.cuda", "torch.version.cuda is None", value_line)
        return
    out.add(fact, value, f"{command.strip()} -> {value_line.strip()}", _no(value_line))
    if fact == "torch.version_full":
        out.add("torch.version", _public(value), value_line)
    if fact == "numpy.version":
        out.facts[-1] = dataclasses.replace(out.facts[-1], value=_public(value))


def _single_command(line: str) -> str | None:
    """The one fact a script line prints (a bare or print()ed expression, no prompt), else None."""
    hits = [(m, fact) for rx, fact in _EXPRS for m in rx.finditer(line)]
    if len(hits) != 1:
        return None
    m, fact = hits[0]
    rest = line[:m.start()] + line[m.end():]
    return fact if _RUN_COMMAND.match(rest) else None


def _print_runs(lines: list[str], out: _Out) -> set[int]:
    """The command lines of runs of two or more print() lines read here (their values zipped), so the
    one-line reader below leaves them alone."""
    n = len(lines)
    taken: set[int] = set()
    i = 0
    while i < n:
        if "torch" not in lines[i] or _single_command(lines[i]) is None:
            i += 1
            continue
        run = []
        k = i
        while k < n and ("torch" in lines[k] or "np" in lines[k]) and _single_command(lines[k]) is not None:
            run.append(k)
            k += 1
        if len(run) < 2:
            i = k if k > i else i + 1
            continue
        taken.update(run)
        j = k
        while j < n and j < k + 3 and (not lines[j].strip() or _FENCE.match(lines[j])):
            j += 1
        if j < n and _VALUE_BRIDGE.match(lines[j]):
            j += 1
            while j < n and not lines[j].strip():
                j += 1
        rows = lines[j:j + len(run)]
        if len(rows) == len(run) and all(len(r.split()) == 1 and "torch" not in r and not _PROMPT.match(r) for r in rows):
            values = []
            for c, r in zip(run, rows):
                fact = _single_command(lines[c])
                value = _value_for(fact, r.split()[0])
                if value is ...:
                    values = []
                    break
                values.append((c, fact, value, r))
            for c, fact, value, r in values:
                _add_printed(out, fact, value, lines[c], r)
        i = k
    return taken


def _bare_cuda_none(lines: list[str], i: int) -> bool:
    m = _BARE_CUDA_REPL.match(lines[i])
    if not m:
        return False
    nxt = _NEXT_PROMPT[">>>" if m.group(1) == ">>>" else "In"]
    j = i + 1
    if m.group(1) != ">>>":
        while j < len(lines) and j < i + 3 and not lines[j].strip():
            j += 1
    return j < len(lines) and bool(nxt.match(lines[j]))


def _torch_prints(lines: list[str], out: _Out) -> None:
    n = len(lines)
    taken = _print_runs(lines, out)
    for i, line in enumerate(lines):
        if "torch" not in line and "np." not in line and "numpy" not in line:
            continue
        if i in taken:
            continue
        if "version.cuda" in line and _bare_cuda_none(lines, i):
            out.none("torch.cuda", "torch.version.cuda is None (the REPL printed nothing)", line)
            continue
        hits = []
        for rx, fact in _EXPRS:
            for m in rx.finditer(line):
                hits.append((m.start(), fact))
        if not hits:
            continue
        hits.sort()
        facts = [f for _, f in hits]
        # the printed value: the next non-empty line that is not another command. A Markdown fence closing the command's
        # block is skipped too: the value is then often said in prose after it ("```" / 'yielded "False".'; seen:
        # https://github.com/oobabooga/text-generation-webui/issues/2612).
        j, end = i + 1, i + 3
        while j < n and j < end and (not lines[j].strip() or _FENCE.match(lines[j])):
            if _FENCE.match(lines[j]):
                end = min(end + 1, i + 5)
            j += 1
        if j >= n or j >= end or _PROMPT.match(lines[j]) or "torch." in lines[j]:
            continue
        tokens = lines[j].split()
        said = _VALUE_SAID.match(lines[j]) if len(facts) == 1 else None
        if said:
            tokens = [said.group(1)]
        if tokens and _OUT_PROMPT.match(tokens[0]):
            tokens = tokens[1:]  # Jupyter/IPython shows the value after "Out[3]:"
        value_lines = [lines[j]] * len(tokens)
        if len(tokens) != len(facts) and len(facts) > 1:
            # Several print() calls on one command line print one value a line: `python -c "import torch;
            # print(torch.__version__); print(torch.version.cuda); print(torch.cuda.is_available())"` then
            # "2.4.0+cpu" / "None" / "False", maybe after a short "returned:" (seen:
            # https://github.com/pinokiocomputer/pinokio/issues/1105).
            k = j
            if _VALUE_BRIDGE.match(lines[j]):
                k = j + 1
                while k < n and k < j + 3 and not lines[k].strip():
                    k += 1
            rows = [lines[x] for x in range(k, min(n, k + len(facts)))]
            if len(rows) == len(facts) and all(len(r.split()) == 1 and "torch" not in r for r in rows):
                tokens = [r.split()[0] for r in rows]
                value_lines = rows
        if len(tokens) != len(facts):
            continue
        for fact, token, vline in zip(facts, tokens, value_lines):
            value = _value_for(fact, token)
            if value is ...:
                break
            _add_printed(out, fact, value, line, vline)


# torch.cuda.get_arch_list() and get_device_capability() printed, as maintainers ask for them: the list is
# what the build has kernels for ("['sm_37', 'sm_50', 'sm_60', 'sm_70', 'sm_75', 'sm_80', 'sm_86']"), the tuple the
# GPU's capability ("(8, 6)"), on the same line after the call or on the next one.
# Environment dumps print the same under a label ("PyTorch CUDA Arch List: ['sm_37', ...]", "PyTorch Current Device
# Capability: (8, 6)"; their "System Arch List" is TORCH_CUDA_ARCH_LIST, not the build's).
# seen: https://github.com/lucasxlu/ComboLoss/issues/3
# seen: https://github.com/nagadomi/nunif/issues/467
# seen: https://github.com/MIC-DKFZ/nnDetection/issues/220
_ARCH_CALL = re.compile(r"\btorch\.cuda\.get_arch_list\(\s*\)|PyTorch CUDA Arch List:")
_ARCH_VALUE = re.compile(r"\[\s*((?:['\"](?:sm|compute)_\d{2,3}[af]?['\"]\s*,?\s*){1,30})\]")
_CAP_CALL = re.compile(r"\btorch\.cuda\.get_device_capability\([^()\n]{0,20}\)|PyTorch Current Device Capability:")
_CAP_VALUE = re.compile(r"^\s*(?:Out\[\d+\]:\s*)?\(\s*(\d{1,2}),\s*(\d)\s*\)\s*$")


def _arch_prints(lines: list[str], out: _Out) -> None:
    n = len(lines)
    for i, line in enumerate(lines):
        if "get_arch_list" not in line and "get_device_capability" not in line and "PyTorch C" not in line:
            continue
        m = _ARCH_CALL.search(line)
        if m:
            v = _ARCH_VALUE.search(line, m.end())
            j = i
            if v is None and i + 1 < n and not _PROMPT.match(lines[i + 1]):
                j, v = i + 1, _ARCH_VALUE.match(lines[i + 1].strip())
            if v is not None:
                arches = re.findall(r"(?:sm|compute)_\d{2,3}[af]?", v.group(1))
                out.add("torch.arch_list", arches, f"{line.strip()} -> {lines[j].strip()}", _no(lines[j]))
        m = _CAP_CALL.search(line)
        if m:
            j = i
            c = _CAP_VALUE.match(line[m.end():])
            if c is None and i + 1 < n:
                j, c = i + 1, _CAP_VALUE.match(lines[i + 1])
            if c is not None:
                out.add("torch.device_capability", [f"{c.group(1)}.{c.group(2)}"], f"{line.strip()} -> {lines[j].strip()}",
                        _no(lines[j]))


# --- entry point -----------------------------------------------------------------------------

def _jetson(lines: list[str], out: _Out) -> None:
    """NVIDIA Jetson: the L4T and JetPack release the board runs (probes.jetson_text), the last statement winning."""
    last: dict[str, tuple[str, str]] = {}
    for name, value, line in jetson_text_facts(lines):
        last[name] = (value, line)
    for name, (value, line) in last.items():
        out.add(name, value, line)


def _rocm(lines: list[str], out: _Out) -> None:
    """AMD GPUs: pasted rocminfo, a ROCm build's collect_env GPU line, AMD GPU names (probes.rocm_text)."""
    for name, value, line in rocm_text_facts(lines):
        out.add(name, value, line)


# --- a torch API the installed torch does not have yet ---------------------------------------
# Python's own words for a missing name, read against rules/knowledge/torch_api_since.yaml (the release
# that added each API): the API and that release become facts; rule torch-too-old-for-code compares the
# release with the torch version the report shows.
# seen: https://github.com/MVIG-SJTU/AlphaPose/issues/297 ("module 'torch' has no attribute 'no_grad'")
# seen: https://github.com/aminalaghband/jetson-nano/issues/1 ("module 'torch.nn' has no attribute 'SiLU'")
# seen: https://github.com/agaldran/lwnet/issues/4 ("module 'torchvision.transforms' has no attribute 'InterpolationMode'")
# The quotes as pastes carry them: Python's straight ones, or typographic/double ones a chat or a blog turned them
# into; "module " is dropped when the title retells it.
# seen: https://github.com/kijai/ComfyUI-MochiWrapper/issues/47 ("No module named 'torch.nn.attention’")
# seen: https://github.com/KohakuBlueleaf/LyCORIS/issues/93 ("'torch.nn.functional' has no attribute 'scaled_dot_product_attention'")
# seen: https://github.com/yeyupiaoling/MASR/issues/56 ('no module named "torch.inference"')
_Q = "['\u2018\u2019\"]"
_API_MODULE_ATTR = re.compile(r"(?:module )?" + _Q + r"(torch(?:vision)?(?:\.[A-Za-z_][A-Za-z0-9_]*){0,6})" + _Q
                              + r" has no attribute " + _Q + r"([A-Za-z_][A-Za-z0-9_]*)" + _Q)
# Python 2: the module is not named. seen: https://github.com/JiaRenChang/PSMNet/issues/9
_API_PY2_ATTR = re.compile(r"'module' object has no attribute '([A-Za-z_][A-Za-z0-9_]*)'")
# seen: https://github.com/MIC-DKFZ/nnUNet/issues/428 ("cannot import name 'gelu' from 'torch.nn.functional'")
# seen: https://github.com/Janspiry/Image-Super-Resolution-via-Iterative-Refinement/issues/45 (from 'torchvision.transforms')
_API_IMPORT = re.compile(r"cannot import name " + _Q + r"([A-Za-z_][A-Za-z0-9_]*)" + _Q + r" from " + _Q
                         + r"(torch(?:vision)?(?:\.[A-Za-z_][A-Za-z0-9_]*){0,6})" + _Q)
# Python 3.6 names no module: read only for a name one row of the table has.
# seen: https://github.com/facebookresearch/SlowFast/issues/441 ("ImportError: cannot import name 'InterpolationMode'")
_API_IMPORT_BARE = re.compile(r"cannot import name '([A-Za-z_][A-Za-z0-9_]*)'\s*$")
# A submodule added later (torch.func, torchvision.transforms.v2): Python's ModuleNotFoundError.
_API_NO_MODULE = re.compile(r"(?i:no module named) " + _Q + r"(torch(?:vision)?(?:\.[A-Za-z_][A-Za-z0-9_]*){1,6})" + _Q)
# A pickled model naming a module class this torch lacks.
# seen: https://github.com/ultralytics/yolov5/issues/2136 ("Can't get attribute 'SiLU' on <module 'torch.nn.modules.activation'")
_API_PICKLE = re.compile(r"Can't get attribute '([A-Za-z_][A-Za-z0-9_]*)' on <module 'torch\.nn\.modules\.")
# ...or a checkpoint whose tensors a newer torch's serializer wrote: the rebuild function it names is in torch._utils.
# seen: https://github.com/pytorch/pytorch/issues/5729 (maintainer: "_rebuild_tensor_v2 is new in master ... an older
# version of PyTorch to open a file saved from a newer version"), https://github.com/facebookresearch/QuaterNet/issues/2,
# https://github.com/rowanz/neural-motifs/issues/9, https://github.com/foamliu/Image-Captioning-PyTorch/issues/24
_API_PICKLE_UTILS = re.compile(r"Can't get attribute '([A-Za-z_][A-Za-z0-9_]*)' on <module 'torch\._utils'")
# seen: https://github.com/Guanghan/lighttrack/issues/5 ("'Tensor' object has no attribute 'argsort'")
# torch <= 0.3 named the tensor's type: "'torch.FloatTensor' object has no attribute 'to'"
# (seen: https://github.com/peterjc123/pytorch-scripts/issues/32)
_API_TENSOR = re.compile(r"'(?:(?:torch\.(?:cuda\.)?[A-Z][A-Za-z]{0,12})?Tensor|Parameter)' object has no attribute "
                         r"'([A-Za-z_][A-Za-z0-9_]*)'")
# seen: https://github.com/speechbrain/speechbrain/issues/972 ("TypeError: div() got an unexpected keyword argument 'rounding_mode'")
# seen: https://github.com/facebookresearch/detectron2/issues/3889 (the same, torch's div from detectron2)
_API_KEYWORD = re.compile(r"\b([A-Za-z_][A-Za-z0-9_]*)\(\) got an unexpected keyword argument '([A-Za-z_][A-Za-z0-9_]*)'")


# A paste rendered as Markdown loses __init__'s underscores (bold): "TypeError: init() got an unexpected keyword argument
# 'label_smoothing'" (seen: https://github.com/kekmodel/MPL-pytorch/issues/28).
_KEYWORD_OWNER = {"init": "__init__"}

# A constructor's keyword is the class's: Python 3.10+ names the class ("LayerNorm.__init__() got an unexpected keyword
# argument 'bias'"), an older Python shows it only in the traceback's code line just above ("self.sm = nn.Softmax(dim=-1)"
# / "TypeError: __init__() got an unexpected keyword argument 'dim'"). Either names a torch.nn class whose constructor a
# later release gave the keyword: the table's `Class.__init__(KEYWORD=)` rows, so a keyword as plain as `dim` or `bias` is
# read only against the torch class that lacked it, and a project's own class (FocalLoss) matches no row.
# seen: https://github.com/OpenNMT/OpenNMT-py/issues/691 (nn.Softmax(dim=-1), pytorch 0.1.12)
# seen: https://github.com/amdegroot/ssd.pytorch/issues/187, https://github.com/layumi/Person_reID_baseline_pytorch/issues/70
# seen: https://github.com/chuxuzhang/KDD2019_HetGNN/issues/11 (Markdown-escaped "\\_\\_init\\_\\_()")
# seen: https://github.com/pytorch/pytorch/issues/3235 (nn.LogSoftmax(dim=1) on 0.2.0_4; maintainer: not released yet)
# seen: https://github.com/databricks/dbrx/issues/20, https://github.com/Zyphra/BlackMamba/issues/11 ("LayerNorm.__init__()
# got an unexpected keyword argument 'bias'": nn.LayerNorm's bias came with torch 2.1)
_API_CLASS_KEYWORD = re.compile(r"\b([A-Z][A-Za-z0-9_]*)\.__init__\(\) got an unexpected keyword argument '([A-Za-z_][A-Za-z0-9_]*)'")
_CODE_NN_CLASS = re.compile(r"\b(?:torch\.)?nn\.([A-Z][A-Za-z0-9_]*)\s*\(")


def _keyword_class_keys(lines: list[str], i: int) -> Iterable[str]:
    """`Class.__init__(KEYWORD=)` keys for an unexpected constructor keyword on line I: the class Python 3.10+ names,
    or the torch.nn class the code line just above calls with that keyword."""
    line = lines[i][:2000].replace("\\_", "_")
    m = _API_CLASS_KEYWORD.search(line)
    if m:
        yield f"{m.group(1)}.__init__({m.group(2)}=)"
        return
    m = _API_KEYWORD.search(line)
    if not m or _KEYWORD_OWNER.get(m.group(1), m.group(1)) != "__init__":
        return
    kw = m.group(2) + "="
    for prev in reversed(lines[max(0, i - 3):i]):
        c = _CODE_NN_CLASS.search(prev[:600])
        args = prev[c.end():600].replace(" ", "") if c else ""
        k = args.find(kw)
        if c and k >= 0 and (k == 0 or not (args[k - 1].isalnum() or args[k - 1] == "_")):
            yield f"{c.group(1)}.__init__({m.group(2)}=)"
            return


def _knowledge_rows(file: str, key: str) -> list[Any]:
    """The rows under KEY of rules/knowledge/FILE (schema: 1); empty when the table cannot be read, which
    only loses the facts read against it. Read here (probes sit below gpufix.knowledge): these tables are
    data the log reader needs to name what a line says."""
    try:
        text = package_folder("gpufix.rules").joinpath("knowledge", file).read_text(encoding="utf-8")
        data = cached_yaml(text)
    except Exception:  # noqa: BLE001 - a missing or broken table only loses these facts
        return []
    rows = data.get(key) if isinstance(data, dict) and data.get("schema") == 1 else None
    return rows if isinstance(rows, list) else []


@functools.lru_cache(maxsize=1)
def _api_table() -> dict[str, tuple[str, str]]:
    """api -> (package, since) from rules/knowledge/torch_api_since.yaml; empty when it cannot be read.
    A bare name (`#InterpolationMode`) is added for a last part only one package's rows have."""
    rows = _knowledge_rows("torch_api_since.yaml", "apis")
    table = {str(r["api"]): (str(r.get("package") or "torch"), str(r["since"]))
             for r in rows if isinstance(r, dict) and r.get("api") and r.get("since")}
    bare: dict[str, set[tuple[str, str]]] = {}
    for api, row in table.items():
        name = api.rsplit(".", 1)[-1]
        # Python 3.6's form names no module: only a name no other library would export is read alone
        # (InterpolationMode, inference_mode), not a plain word (device, tensor, solve, compile).
        if "(" not in api and ("_" in name.strip("_") or not name.islower()):
            bare.setdefault(name, set()).add(row)
    table.update({f"#{name}": next(iter(rows_)) for name, rows_ in bare.items() if len(rows_) == 1})
    return table


def _older(a: str, b: str) -> bool:
    from packaging.version import InvalidVersion, Version  # lazy: start-up (only for a Python 2 traceback)

    try:
        return Version(a) < Version(b)
    except InvalidVersion:
        return False


# Each message form and the table key it names (the table's api spelling; "#" a bare name, "~" Python 2's
# module-less form, read only for APIs older than torch 1.5, its last release there).
_API_FORMS: tuple[tuple[Any, Callable[[Any], str]], ...] = (
    (_API_MODULE_ATTR, lambda m: f"{m.group(1)}.{m.group(2)}"),
    (_API_IMPORT, lambda m: f"{m.group(2)}.{m.group(1)}"),
    (_API_PICKLE, lambda m: f"torch.nn.{m.group(1)}"),
    (_API_PICKLE_UTILS, lambda m: f"torch._utils.{m.group(1)}"),
    (_API_TENSOR, lambda m: f"torch.Tensor.{m.group(1)}"),
    (_API_KEYWORD, lambda m: f"{_KEYWORD_OWNER.get(m.group(1), m.group(1))}({m.group(2)}=)"),
    # "%": Python's word for a module; a name the removals table lists as a module (torch.tensor, the module torch 1.9
    # renamed away, beside the function of the same name that torch 0.4 added) is that table's.
    (_API_NO_MODULE, lambda m: f"%{m.group(1)}"),
    (_API_IMPORT_BARE, lambda m: f"#{m.group(1)}"),
    (_API_PY2_ATTR, lambda m: f"~torch.{m.group(1)}"),
    # ...or a distinctive name of a torch submodule (torch._utils._rebuild_tensor_v2, pickled into a checkpoint).
    # seen: https://github.com/atcbosselut/scs-baselines/issues/2 ("'module' object has no attribute '_rebuild_tensor_v2'")
    (_API_PY2_ATTR, lambda m: f"~#{m.group(1)}"),
)


# The reporter's (or a retelling's) own words: a table API named on a line that says it arrived in a later release.
# seen: https://github.com/thuml/Time-Series-Library/issues/552 ("torch.linalg.lstsq is not available in this
# environment, as it was only introduced in torch version 1.9.0.")
# seen: https://github.com/facebookresearch/vicreg/issues/19 ("the class `InterpolationMode`, only appears in version 0.9.0")
# seen: https://github.com/XuyangBai/D3Feat.pytorch/issues/2 ("vision 1.4 and above has this torch.logical_not() attribute")
# seen: https://github.com/hkchengrex/STCN/issues/11 (maintainer: "`InterpolationMode` exists for `torchvision>=0.9`")
_REL = r"(?:torch|pytorch|torchvision|version|v?\d)"
_SINCE_SAID = re.compile(r"(?i:\bonly (?:appears?|exists?|available|introduced|added|present)(?: (?:in|from|since|after|with))? " + _REL
                         + r"|\b(?:introduced|added) (?:in|since) " + _REL + r"|\band (?:above|later|newer) (?:has|have)\b"
                         r"|\bexists? for `?(?:torch|pytorch|torchvision)\s?>=)|才有|才加入|才引入|以上才")


# The missing name said in words rather than in Python's message: the quotes a chat or a title drops, or the
# reporter's own "找不到屬性X" / "has no X attribute". Read only for a table API named in full or by a
# distinctive name (float8_e4m3fn, RMSNorm, scaled_dot_product_attention), never a plain word. Not "没有…属性": it
# retells any AttributeError, a project's own object's among them (it named this cause wrongly on a code error).
# seen: https://github.com/TommyHuang821/NTUT_Course/issues/1 ("載入模組時找不到屬性float8_e4m3fn")
_MISSING_SAID = re.compile(r"(?i:\bhas no (?:attribute|attr)\b|\bhas no [\w.]{1,60} (?:attribute|attr|module|function)\b"
                           r"|\bno (?:attribute|function|module) (?:named|called)\b"
                           r"|\b(?:does ?n.?t|does not|did ?n.?t) (?:have|contain|include) (?:the |an? |any )?(?:attribute|function|module)\b)"
                           r"|(?:找不到|缺少)\s*(?:这个|這個|该|該)?\s*(?:属性|屬性|函数|函數)"
                           r"|(?:属性|屬性|函数|函數)\s*[A-Za-z_][\w.]{0,60}\s*(?:不存在|找不到)")

# ...but an object's attribute is the object's class, not the torch module's ("'X' object has no attribute 'Y'",
# "对象没有属性"): a project's or a library's class missing a method of the same name as a torch API.
_OBJECT_SAID = re.compile(r"(?i:\bobject has no attr)|对象|對象|实例|實例")

# The missing API said as a lack, beside the torch release that lacks it (session 40): "pytorch version 1.6.0 without
# nn.silu()", "Torch1.6不支持SiLU", "F.interpolate unavailable in PyTorch 0.4", "I can not find the
# torch.nn.functional.interpolate in 0.4.0 API". A lack word alone is any sentence's ("without modifying"), so the line must
# also name a torch release (or "in 0.4.0 API"); the rule then stays quiet when the torch shown already has the API.
# seen: https://github.com/ultralytics/yolov5/issues/2136 ("My pytorch version is 1.6.0 without nn.silu() activation function")
# seen: https://github.com/Megvii-BaseDetection/YOLOX/issues/81 ("Torch1.6不支持SiLU，请问可以支持torch1.6吗？")
# seen: https://github.com/yangze0930/NTS-Net/issues/6 ("So the F.interpolate() is unavailable in PyTorch 0.4")
# seen: https://github.com/rajeevyasarla/UMSN-Face-Deblurring/issues/2 ("I can not find the torch.nn.functional.interpolate in 0.4.0 API")
_LACK_SAID = re.compile(r"(?i:\bwithout\b|\bunavailable\b|\bnot (?:available|supported|present|included|exist(?:s|ing)?)\b"
                        r"|\b(?:does ?n.?t|does not|do ?n.?t|do not|did ?n.?t|did not) (?:have|support|contain|include|exist)\b"
                        r"|\b(?:can ?not|can.?t|could ?n.?t|could not|unable to) find\b|\bthere (?:is|was|are) no\b|\blacks?\b)"
                        r"|不支持|没有|沒有|找不到|缺少|不存在|不包含")
_TORCH_RELEASE_SAID = re.compile(r"(?i:\b(?:py)?torch\s?(?:version\s?(?:is\s|=\s?)?|版本\s?(?:是|为|為)?\s?|==?\s?)?v?[0-2]\.\d{1,2}\b"
                                 r"|\bin v?[0-2]\.\d{1,2}(?:\.\d{1,2})? (?:api|version|release|docs?)\b)")


@functools.lru_cache(maxsize=1)
def _api_aliases() -> tuple[tuple[str, str], ...]:
    """(lower-case short spelling, table api): the spellings code and prose use for torch.nn's names, `nn.SiLU`,
    `nn.silu()`, `F.interpolate` (import torch.nn as nn, torch.nn.functional as F), read whatever their case."""
    out = []
    for api in _api_table():
        if "(" in api or api.startswith("#"):
            continue
        if api.startswith("torch.nn.functional."):
            out.append(("f." + api[len("torch.nn.functional."):].lower(), api))
        if api.startswith("torch.nn."):
            out.append(("nn." + api[len("torch.nn."):].lower(), api))
    return tuple(out)


def _lack_beside_release(text: str) -> bool:
    """An API's lack said in words on a line that names a torch release (_LACK_SAID, _TORCH_RELEASE_SAID)."""
    return _LACK_SAID.search(text) is not None and _TORCH_RELEASE_SAID.search(text) is not None


def _names_word(line: str, name: str) -> bool:
    """`name` stands in `line` as a word of its own: no ASCII letter, digit, dot or underscore glued to either side."""
    k = line.find(name)
    while k >= 0:
        before = line[k - 1:k] if k else ""
        after = line[k + len(name):k + len(name) + 1]
        if not (before and before.isascii() and (before.isalnum() or before in "._")) \
                and not (after and after.isascii() and (after.isalnum() or after in "._")):
            return True
        k = line.find(name, k + 1)
    return False


def _said_apis(line: str) -> Iterable[str]:
    """Table APIs a line names in words (`torch.logical_not()`, `InterpolationMode`): the dotted name, or a
    distinctive bare name, standing as a word of its own; else torch.nn's short spellings (`nn.silu()`, `F.interpolate`)."""
    found = False
    for api in _api_table():
        if "(" in api:
            continue
        if _names_word(line, api[1:] if api.startswith("#") else api):
            found = True
            yield api
    if found:
        return
    low = line.lower()
    for alias, api in _api_aliases():
        if _names_word(low, alias):
            yield api


def _api_candidates(line: str) -> Iterable[str]:
    found = False
    for pattern, key in _API_FORMS:
        m = pattern.search(line)
        if m:
            found = True
            yield key(m)
    if not found and (_SINCE_SAID.search(line)
                      or ((_MISSING_SAID.search(line) or _lack_beside_release(line))
                          and not _OBJECT_SAID.search(line))):
        yield from _said_apis(line)


# A traceback frame inside the torchvision package (site-packages/torchvision/...).
_TORCHVISION_FRAME = re.compile(r"File \"[^\"]{0,400}[/\\\\]torchvision[/\\\\][^\"]{0,200}\", line \d")


def _torchvision_frame(before: list[str]) -> bool:
    return any("torchvision" in b and _TORCHVISION_FRAME.search(b[:700]) for b in before)


def _torch_api_missing(lines: list[str], out: _Out) -> None:
    """The first missing torch (and torchvision) API the table knows: log.torch_api_missing and
    log.torch_api_since (log.torchvision_api_missing, log.torchvision_api_since)."""
    table = _api_table()
    if not table:
        return
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if "attribute" not in line and "import name" not in line and "keyword argument" not in line \
                and "odule named" not in line and not _SINCE_SAID.search(line[:2000]) \
                and not _MISSING_SAID.search(line[:2000]) \
                and not _lack_beside_release(line[:2000]):
            continue
        if "partially initialized" in line or "circular import" in line:
            continue  # a file named torch.py importing itself (local-module-shadows-torch), not a missing API
        keys = list(_keyword_class_keys(lines, i)) if "keyword argument" in line else []
        for api in keys + list(_api_candidates(line[:2000].replace("\\_", "_"))):
            if api.startswith("%"):
                if "module:" + api[1:] in _removed_table():
                    continue  # a module a later release removed (torch_api_removed.yaml), not a function added later
                api = api[1:]
            row = table.get(api.lstrip("~"))
            if not row or row[0] in seen or row[0] not in ("torch", "torchvision"):
                continue
            if row[0] == "torch" and _torchvision_frame(lines[max(0, i - 4):i]):
                continue  # torchvision's own code calls it: a torchvision built for a newer torch (torchvision-mismatch)
            if api.startswith("~") and (not _older(row[1], "1.5") or (api.startswith("~#") and row[0] != "torch")):
                continue  # Python 2's form: only torch's APIs older than torch 1.5, its last release there
            api = api.lstrip("~")
            seen.add(row[0])
            out.add(f"log.{row[0]}_api_missing", api.lstrip("#"), line)
            out.add(f"log.{row[0]}_api_since", row[1], line)
        if len(seen) == 2:
            return


# --- a torch release with a known defect ------------------------------------------------------
# rules/knowledge/torch_known_defects.yaml: each row a release range (packaging specifier), the wheel builds it
# concerns, the error it produces, the release that fixed it. A log line matching a row's symptom, from a torch
# the report shows in that range (and of one of its builds, when the report shows the build), names the row:
# log.torch_defect (its id), log.torch_defect_fixed_in and log.torch_defect_issue. Rule torch-release-regression
# reads them. Without a torch version in the report nothing is named: the same errors have setup causes too,
# except for a row's optional `proof`: a line that only the affected builds can print (a path baked into them).
@functools.lru_cache(maxsize=1)
def _defect_table() -> tuple[tuple[str, Any, tuple[str, ...], Any, str, str, Any], ...]:
    """(id, SpecifierSet, builds, compiled symptom, fixed_in, issue, compiled proof or None) per row; empty when
    it cannot be read."""
    rows = _knowledge_rows("torch_known_defects.yaml", "defects")
    try:
        from packaging.specifiers import SpecifierSet  # lazy: start-up

        return tuple((str(r["id"]), SpecifierSet(str(r["affected"])), tuple(str(b) for b in r.get("builds") or ()),
                      re.compile(str(r["symptom"])), str(r["fixed_in"]), str(r.get("issue") or ""),
                      re.compile(str(r["proof"])) if r.get("proof") else None)
                     for r in rows if isinstance(r, dict) and r.get("id") and r.get("affected") and r.get("symptom")
                     and r.get("fixed_in"))
    except Exception:  # noqa: BLE001 - a missing or broken table only loses these facts
        return ()


def _defect_facts(line: str, row_id: str, fixed_in: str, issue: str) -> list[Fact]:
    return [ok(name, value, SOURCE, line.strip()[:300], origin=SOURCE, line=_no(line))
            for name, value in (("log.torch_defect", row_id), ("log.torch_defect_fixed_in", fixed_in),
                                ("log.torch_defect_issue", issue))]


def _torch_known_defect(lines: list[str], facts: list[Fact]) -> list[Fact]:
    """The first table row whose symptom a line shows, for the torch version (and build) the report states; or,
    when the report states none, the first row whose proof a line shows."""
    table = _defect_table()
    if not table:
        return []
    if not any(f.status == "ok" and f.name == "torch.version" for f in facts):
        for row_id, _spec, _builds, _symptom, fixed_in, issue, proof in table:
            if proof is None:
                continue
            for line in lines:
                if proof.search(line[:2000]):
                    return _defect_facts(line, row_id, fixed_in, issue)
        return []
    last: dict[str, Fact] = {}
    for f in facts:  # the last statement of each: the torch that runs (a structured one ranks above prose)
        if f.status == "ok" and f.name in ("torch.version", "torch.build", "torch.version_full") \
                and (f.name not in last or f.source == SOURCE or last[f.name].source != SOURCE):
            last[f.name] = f
    if "torch.version" not in last:
        return []
    from packaging.version import InvalidVersion, Version  # lazy: start-up

    try:
        version = Version(str(last["torch.version"].value))
    except InvalidVersion:
        return []
    build = str(last["torch.build"].value) if "torch.build" in last else ""
    if not build and "torch.version_full" in last and "+" in str(last["torch.version_full"].value):
        build = str(last["torch.version_full"].value).split("+", 1)[1]
    for row_id, spec, builds, symptom, fixed_in, issue, proof in table:
        if not spec.contains(version, prereleases=True) or (builds and build and build not in builds):
            continue
        for line in lines:
            if symptom.search(line[:2000]) or (proof is not None and proof.search(line[:2000])):
                return _defect_facts(line, row_id, fixed_in, issue)
    return []


# --- a torch API the installed torch no longer has ----------------------------------------------
# The same message forms, read against rules/knowledge/torch_api_removed.yaml (the release that removed
# each API, and the last one that had it): rule torch-too-new-for-code compares that release with the
# version of the package the report shows. torchaudio is read here too (its backend helpers left in 2.9).
# seen: https://github.com/XPixelGroup/BasicSR/issues/649 ("No module named 'torchvision.transforms.functional_tensor'")
# seen: https://github.com/Lausannen/NAS-FCOS/issues/13 ("module 'torch' has no attribute '_six'")
# seen: https://github.com/NVIDIA/apex/issues/1048 ("cannot import name 'container_abcs' from 'torch._six'")
# seen: https://github.com/snakers4/silero-vad/issues/715 ("module 'torchaudio' has no attribute 'list_audio_backends'")
_RM_PKG = r"torch(?:vision|audio)?(?:\.[A-Za-z_][A-Za-z0-9_]*){0,6}"
_RM_MODULE_ATTR = re.compile(r"(?:module )?" + _Q + r"(" + _RM_PKG + r")" + _Q + r" has no attribute " + _Q
                             + r"([A-Za-z_][A-Za-z0-9_]*)" + _Q)
_RM_IMPORT = re.compile(r"cannot import name " + _Q + r"([A-Za-z_][A-Za-z0-9_]*)" + _Q + r" from " + _Q + r"(" + _RM_PKG + r")" + _Q)
_RM_NO_MODULE = re.compile(r"(?i:no module named) " + _Q + r"(torch(?:vision|audio)?(?:\.[A-Za-z_][A-Za-z0-9_]*){1,6})" + _Q)
# Python 3.6 names no module: read only for a row marked `bare` (container_abcs).
# seen: https://github.com/chenjun2hao/CenterFace.pytorch/issues/20 ("ImportError: cannot import name 'container_abcs'")
_RM_IMPORT_BARE = re.compile(r"cannot import name '([A-Za-z_][A-Za-z0-9_]*)'\s*$")
# torch 1.13+'s stubs of the linear-algebra functions deprecated in 1.9: the API is named on the same or a
# following line. seen: https://github.com/pyg-team/pytorch_geometric/issues/7670 ("Please use the
# `torch.linalg.solve` function instead"), https://github.com/pytorch/tutorials/issues/2641 ("torch.solve is
# deprecated in favor of torch.linalg.solve", backticks lost)
_RM_LINALG = re.compile(r"deprecated since (?:PyTorch )?version 1\.9 and is now removed")
_RM_LINALG_NAME = re.compile(r"`?torch\.([a-z_]+)`? is deprecated in favor of|Please use the `?torch\.linalg\.([a-z_]+)`? function instead")

# The reporter's own words: a table API named on a line that says it was removed or renamed (past tense; a
# deprecation warning's "will be removed in 0.17" is not read).
# seen: https://github.com/fishaudio/fish-speech/issues/1118 ("fails due to removal of torchaudio.list_audio_backends()")
# seen: https://github.com/VITA-Group/SLaK/issues/18 ("It seems that torch._six has been removed.")
# seen: https://github.com/coderxi1/Real-ESRGAN-webui/issues/1 (title: "torchvision.transforms.functional_tensor has been depricated")
# seen: https://github.com/XPixelGroup/BasicSR/issues/663 ("functional_tensor的名字改了，改成了 ..._functional_tensor")
# Session 39: the absence told as a state that ended ("there is no function torch.rfft anymore", "torch.rfft not available
# anymore", "torch._six is gone", "no longer provided", "is not present in 0.15.0", "不再有"): an absence ("there is no",
# "not available", "doesn't exist") before "anymore" on the line, read only with a table API named on it ("I don't use
# torch.rfft anymore" says nothing of torch).
# seen: https://github.com/matteo-ronchetti/torch-radon/issues/22 ("with pytorch >= 1.8 there is no function torch.rfft anymore")
# seen: https://github.com/facebookresearch/fairscale/pull/1106 ("torch._six is gone after ..."), https://github.com/VlSomers/bpbreid/pull/43
# ("no longer provided"), https://github.com/XPixelGroup/BasicSR/issues/533 ("available up through 0.14.1 but is not present in 0.15.0")
_RM_SAID = re.compile(r"(?i:\bremoval of\b|\b(?:has|have|had) been (?:removed|renamed|modified|deleted|depricated|deprecated)\b"
                      r"|\b(?:was|were|got|is) (?:removed|renamed|deleted)\b|\bremoved (?:in|from|since)\b"
                      r"|\bno longer (?:exists?|available|has|provided|present|included|shipped|there)\b"
                      r"|\b(?:there (?:is|are) no|no (?:function|attribute|module|method|class)|not (?:available|present|there|supported|found)"
                      r"|does ?n.?t exist)\b[^\n]{0,60}\b(?:anymore|any more)\b|\b(?:is|are) gone\b"
                      r"|\b(?:is|are) not (?:present|there|included) in\b)"
                      r"|移除|删除|删掉|被删|改名|名字改了|改成了|不存在了|没有了|不再有|不再提供|不再包含|已经没有")
_RM_SAID_NOT = re.compile(r"(?i:will be (?:removed|deleted)|is deprecated in)|将被移除|将会被移除")

# A whole module object pickled by an older torch, used by a newer one whose forward reads a newer attribute.
# seen: https://github.com/wmcnally/kapao/issues/55 ("'Upsample' object has no attribute 'recompute_scale_factor'")
# The object is often a project's own class (a subclass of a torch layer: 'Conv2D', 'Shell', 'MobileFaceNet'), so a
# row marked `any_class` (an attribute torch's own code reads on every module of its kind: Module's
# _non_persistent_buffers_set, RNNBase's _flat_weights_names, _ConvNd's padding_mode) is also read whatever the class
# (key ".NAME"). seen: https://github.com/openpifpaf/openpifpaf/issues/256 ('Shell' object), https://github.com/JirongZhang/DeepHomography/issues/23
_RM_OBJ_ATTR = re.compile(r"\b([A-Z][A-Za-z0-9_]*)' object has no attribute '([A-Za-z_][A-Za-z0-9_]*)")

# The failing import itself, as the last frame of a traceback whose error line was cut ("File \".../grads.py\", line 23,
# in <module>" / "from torch._six import inf" / "[...]"): the import of a removed module is where it stopped. Read only
# as the last frame (a next "File" frame means the import went through) and only for a module of the table.
# seen: https://github.com/FlagAI-Open/FlagAI/issues/362 (torch=2.0.1; a held-out report)
_RM_FRAME_IMPORT = re.compile(r"^\s+(?:from\s+(torch(?:vision|audio)?(?:\.[A-Za-z_][A-Za-z0-9_]*){1,6})\s+import\s|import\s+"
                              r"(torch(?:vision|audio)?(?:\.[A-Za-z_][A-Za-z0-9_]*){1,6})\s*$)")
_FRAME_LINE = re.compile(r'^\s*File "[^"\n]{1,400}", line \d+')

_RM_FORMS: tuple[tuple[Any, Callable[[Any], str]], ...] = (
    (_RM_OBJ_ATTR, lambda m: f"torch.nn.{m.group(1)}.{m.group(2)}"),
    # ...whatever the class, but not None (a variable that was never set is the program's own error)
    (_RM_OBJ_ATTR, lambda m: f".{m.group(2)}" if m.group(1) != "NoneType" else ""),
    (_RM_MODULE_ATTR, lambda m: f"{m.group(1)}.{m.group(2)}"),
    (_RM_IMPORT, lambda m: f"{m.group(2)}.{m.group(1)}"),
    (_RM_NO_MODULE, lambda m: m.group(1)),
    (_RM_IMPORT_BARE, lambda m: f"#{m.group(1)}"),
)


class _Removal(NamedTuple):
    """One row of rules/knowledge/torch_api_removed.yaml."""
    package: str       # torch | torchvision | torchaudio
    version: str       # `removed`, or for a pickled-layer row `since` (the release that began to read the attribute)
    api: str
    pin: str           # the release set that still has it (or still loads the old layer), one pip line
    replacement: str   # what to call or do instead
    pickled: bool      # a `since` row: an attribute an older pickled layer lacks, not a removal


@functools.lru_cache(maxsize=1)
def _removed_table() -> dict[str, _Removal]:
    """api -> its row from rules/knowledge/torch_api_removed.yaml; empty when it cannot be read. A row with
    `bare: true` is also found by its last name alone (`#container_abcs`)."""
    rows = _knowledge_rows("torch_api_removed.yaml", "apis")
    table: dict[str, _Removal] = {}
    for r in rows:
        if isinstance(r, dict) and r.get("api") and (r.get("removed") or r.get("since")) \
                and r.get("package") in ("torch", "torchvision", "torchaudio"):
            use = r.get("replacement", {}).get("use") if isinstance(r.get("replacement"), dict) else None
            row = _Removal(str(r["package"]), str(r.get("removed") or r["since"]), str(r["api"]), str(r.get("pin") or ""),
                           str(use or ""), not r.get("removed"))
            if r.get("module"):  # a module whose dotted name is also a function: read only where Python names a module
                table["module:" + row.api] = row
                continue
            table[row.api] = row
            if r.get("any_class"):  # an attribute of every module of its kind: read whatever class the object is
                table["." + row.api.rsplit(".", 1)[-1]] = row
            if r.get("bare"):
                table["#" + row.api.rsplit(".", 1)[-1]] = row
    return table


def _removed_candidates(lines: list[str], i: int) -> Iterable[str]:
    line = lines[i][:2000]
    for pattern, key in _RM_FORMS:
        m = pattern.search(line)
        if m:
            yield key(m)
            if pattern is _RM_NO_MODULE:
                yield "module:" + m.group(1)
    if i > 0 and ("from torch" in line or "import torch" in line) and _FRAME_LINE.match(lines[i - 1][:600]):
        m = _RM_FRAME_IMPORT.match(line)
        nxt = next((x for x in lines[i + 1:i + 4] if x.strip()), "")
        if m and not _FRAME_LINE.match(nxt[:600]):
            yield m.group(1) or m.group(2)
            yield "module:" + (m.group(1) or m.group(2))
    if _RM_SAID.search(line) and not _RM_SAID_NOT.search(line):
        for api in _removed_table():
            k = line.find(api)
            after = line[k + len(api):k + len(api) + 1]
            if not api.startswith("#") and k >= 0 and not (after.isascii() and (after.isalnum() or after in "._")):
                yield api
    if _RM_LINALG.search(line):
        for nxt in lines[i:i + 3]:
            m = _RM_LINALG_NAME.search(nxt[:2000])
            if m:
                yield f"torch.{m.group(1) or m.group(2)}"
                return


def _torch_api_removed(lines: list[str], out: _Out) -> None:
    """The first removed torch / torchvision / torchaudio API the table knows, per package:
    log.<package>_api_removed and log.<package>_api_removed_in; the first attribute a newer torch reads on a layer
    pickled by an older one (a `since` row): log.torch_pickled_attr and log.torch_pickled_attr_since. For the first
    of them all, log.api_removed_pin (the release set the code or model worked with) and log.api_removed_replacement
    (what to do instead)."""
    table = _removed_table()
    if not table:
        return
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if "attribute '" not in line and "import name" not in line and "No module named" not in line \
                and "is now removed" not in line and "torch" not in line:
            continue
        for api in _removed_candidates(lines, i):
            row = table.get(api)
            if not row:
                continue
            kind = "pickled" if row.pickled else row.package  # one fact pair of each kind
            if kind in seen:
                continue
            if not seen:  # the first removed API found: what to pin, what to call instead
                if row.pin:
                    out.add("log.api_removed_pin", row.pin, line)
                if row.replacement:
                    out.add("log.api_removed_replacement", row.replacement, line)
            seen.add(kind)
            if row.pickled:
                out.add("log.torch_pickled_attr", row.api, line)
                out.add("log.torch_pickled_attr_since", row.version, line)
            else:
                out.add(f"log.{row.package}_api_removed", row.api, line)
                out.add(f"log.{row.package}_api_removed_in", row.version, line)
        if len(seen) == 4:
            return


# `pip show torch` answering that no torch is installed for that pip's Python ("WARNING: Package(s) not found:
# torch", also in a list "...: torch, numpy"; pip 9's "You are using pip" era printed nothing). It is the answer to
# the no-module-torch differential's pip-show question, read from a paste: torch.metadata_version is absent.
# pip's wording: logger.warning("Package(s) not found: %s", ", ".join(missing)), the names sorted (seen:
# https://github.com/pypa/pip/blob/main/src/pip/_internal/commands/show.py).
_PIP_SHOW_NOT_FOUND = re.compile(r"Package\(s\) not found:\s*(?:[\w.-]+\s*,\s*)*(?:py)?torch\s*(?:,|$)", re.I)


def _pip_show_not_found(lines: list[str], out: _Out) -> None:
    for line in lines:
        if "not found" in line and _PIP_SHOW_NOT_FOUND.search(line):
            out.none("torch.metadata_version", "pip show: Package(s) not found: torch", line)
            return


# torch builds named with their CUDA variant anywhere in the text, asked for or said: a pin ("torch==1.12.1+cu121",
# "torch=1.12.1+cu121"), the user's shorthand ("torch 2.0.1+cu121？", "torch2.0.1+cu121"), or a pinned release beside the
# PyTorch index it is asked from on one command line ("pip install torch==2.4.0 ... --index-url .../whl/cu126"). Read as
# log.torch_builds_named ("2.4.0+cu126"), in order; the knowledge base says whether download.pytorch.org ever published
# each (compat.named_build_unpublished). Questions count too: "torch 2.0.1+cu121？" asks for that build.
# seen: https://github.com/bigai-nlco/LooGLE/issues/8 ("torch 2.0.1+cu121？": 2.0.1 has cu117/cu118 builds only)
# seen: https://github.com/xiexh20/InterTrack/issues/2 ("There is no combination for torch=1.12.1+cu121")
# seen: https://github.com/thu-ml/Motus/issues/7 ("pip install torch==2.4.0 ... --index-url .../whl/cu126": 2.4 stops at cu124)
_NAMED_BUILD = re.compile(r"(?i)(?:^|[^\w.-])(?:py)?torch\s{0,2}(?:={1,3}\s{0,2}|\s{0,2})v?(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\+(cu\d{2,3})(?:[^\w.]|$)")
_PIN_FROM_INDEX = re.compile(r"(?i)(?:^|[^\w.-])torch\s{0,2}==\s{0,2}(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)(?:[^\w.+][^\n]{0,300}?|)"
                             r"download\.pytorch\.org/whl/(?:nightly/)?(cu\d{2,3})\b")


def _torch_builds_named(lines: list[str], out: _Out) -> None:
    first: dict[str, str] = {}  # build -> the line that first names it, in the order named
    for line in lines:
        if "torch" not in line and "Torch" not in line and "TORCH" not in line:
            continue
        found = [(m.start(), m.group(1), m.group(2).lower()) for m in _NAMED_BUILD.finditer(line)]
        if "download.pytorch.org/whl/" in line:
            found += [(m.start(), m.group(1), m.group(2).lower()) for m in _PIN_FROM_INDEX.finditer(line)
                      if "nightly/" not in m.group(0)]
        for _, version, variant in sorted(found):
            first.setdefault(f"{version}+{variant}", line)
    if first:
        builds = list(first)
        out.add("log.torch_builds_named", builds, first[builds[0]])


# torch.__config__.show(), printed by mmcv's and detectron2's collect_env (also inside mmcv's one-line dict, its line
# breaks written "\n"): "PyTorch built with:" then, for a CUDA build, "  - CUDA Runtime 11.0". That is torch's own CUDA
# (torch.version.cuda), as collect_env's "CUDA used to build PyTorch" is. Read only after the block's head line: deviceQuery's
# "CUDA Driver Version / Runtime Version" and TensorRT's "CUDA Runtime Version" are other programs' runtimes.
# seen: https://github.com/open-mmlab/mmdetection/issues/4736 (NVCC 10.0 beside "- CUDA Runtime 11.0")
# seen: https://github.com/open-mmlab/mmcv/issues/1055 ("- CUDA Runtime 10.2" beside NVCC 9.1)
# seen: https://github.com/open-mmlab/mmdetection/issues/4673
_BUILT_WITH = "PyTorch built with:"
_CONFIG_CUDA_RUNTIME = re.compile(r"(?:^|\\n|\s)-\s{0,3}CUDA Runtime (\d{1,2}\.\d{1,2})\b")


def _torch_config(lines: list[str], out: _Out) -> None:
    after_head = 0  # lines of the block still to look at (a config block is about 20 lines)
    for line in lines:
        at = line.find(_BUILT_WITH)
        if at >= 0:
            after_head = 40
            m = _CONFIG_CUDA_RUNTIME.search(line, at)  # mmcv's dict: the whole block on one line
        elif after_head:
            after_head -= 1
            m = _CONFIG_CUDA_RUNTIME.search(line) if "CUDA Runtime" in line else None
        else:
            continue
        if m:
            out.add("torch.cuda", m.group(1), line)
            return


def _env_paths(lines: list[str], out: _Out) -> None:
    """Which Python pip belongs to and which one runs the program, from the paths printed
    (gpufix.probes.env_paths): log.pip_env, log.run_env, log.active_env, log.pip_other_env, log.python_envs_shown."""
    env_paths.read(lines, lambda name, value, line: out.add(name, value, line))


_EXTRACTORS: tuple[Callable[[list[str], _Out], None], ...] = (
    _package_lists, _nvidia_smi, _nvcc, _device_query, _driver_cuda_lines, _conda_virtual, _collect_env, _torch_config, _torch_warnings, _torch_prints, _arch_prints, _rocm,
    _jetson, _torch_api_missing, _torch_api_removed, _pip_show_not_found, _failed_cuda_assert, _torch_says_unavailable, _env_paths,
    _torch_builds_named)


# torch's CUDA from the NVIDIA runtime wheel pip put beside it. PyPI's Linux torch carries no +cuXXX suffix ("torch
# 2.0.0") and pulls its CUDA runtime as wheels pinned to that CUDA: torch 2.0.0 -> nvidia-cuda-runtime-cu11 11.7.99,
# torch 2.3.0 -> nvidia-cuda-runtime-cu12 12.1.105, torch 2.7.0 -> nvidia-cuda-runtime-cu12 12.6.77. So a list that shows a
# plain torch beside one nvidia-cuda-runtime-cuNN row shows torch's CUDA (major.minor of that row), and pip saying the
# runtime (or nvrtc) wheel is there "(from torch)" says so in words. Not read beside another framework that pulls the same
# wheels (TensorFlow, JAX, CuPy, Paddle), on Windows (other packages bring them there), beside a conda pytorch row, or
# when torch's own CUDA or build is shown.
# seen: https://github.com/zai-org/ChatGLM-6B/issues/489 ("torch 2.0.0" beside "nvidia-cuda-runtime-cu11 11.7.99")
# seen: https://github.com/jupyter/docker-stacks/issues/2166 ("Requirement already satisfied: nvidia-cuda-nvrtc-cu12==12.1.105 in ... (from torch)")
# seen: https://github.com/YanjieZe/3D-Diffusion-Policy/issues/77 (pip show torch: "Requires: ... nvidia-cuda-runtime-cu12 ...")
_NV_RUNTIME_ROW = re.compile(r"^pkg\.nvidia-cuda-runtime-cu(\d{2})$")
_NV_FROM_TORCH = re.compile(r"Requirement already satisfied:\s+nvidia[-_]cuda[-_](?:runtime|nvrtc)[-_]cu(\d{2})==(\d{2})\.(\d)[.\d]*\s+in\s+\S.{0,300}?"
                            r"\(from torch(?:==[^)\s]{1,40})?\)", re.I)
_NV_OTHER_USERS = re.compile(r"^pkg\.(?:tensorflow|tf-nightly|jax|jaxlib|cupy|paddlepaddle|paddle)")
_WINDOWS_PATH = re.compile(r"(?:^|[\s\"'(])[A-Za-z]:\\")


def _torch_cuda_from_runtime_wheel(lines: list[str], facts: list[Fact]) -> list[Fact]:
    last: dict[str, Fact] = {f.name: f for f in facts if f.status == "ok"}
    vf = last.get("torch.version_full")
    if vf is not None and "+" in str(vf.value):
        return []
    if any(n in last for n in ("torch.cuda", "torch.hip", "torch.build", "conda.pytorch_build")):
        return []
    os_fact = last.get("os.name")
    if os_fact is not None and str(os_fact.value).lower() == "windows":
        return []
    if any(_NV_OTHER_USERS.match(n) for n in last) or any(_WINDOWS_PATH.search(line) for line in lines):
        return []
    for line in lines:
        m = _NV_FROM_TORCH.search(line)
        if m and m.group(1) == m.group(2):
            return [ok("torch.cuda", f"{m.group(2)}.{m.group(3)}", SOURCE,
                       f"pip: the CUDA {m.group(2)} runtime wheel installed as torch's dependency: {line.strip()[:200]}",
                       origin=SOURCE, line=_no(line))]
    if vf is None:
        return []
    rows = [(f, m) for n, f in last.items() if (m := _NV_RUNTIME_ROW.match(n))]
    if len(rows) != 1:
        return []
    row, m = rows[0]
    parts = str(row.value).split(".")
    if len(parts) < 2 or parts[0] != m.group(1) or not parts[1].isdigit():
        return []
    return [ok("torch.cuda", f"{parts[0]}.{parts[1]}", SOURCE,
               f"torch {vf.value} (no +suffix: PyPI's CUDA wheel) beside nvidia-cuda-runtime-cu{m.group(1)} {row.value}",
               origin=SOURCE, line=row.line)]


def _derived_build(facts: list[Fact]) -> list[Fact]:
    """torch.build from the last stated version and CUDA (they describe the torch that imports);
    an earlier package line's build stays only when these cannot tell."""
    last: dict[str, Fact] = {}
    for f in facts:
        last[f.name] = f
    if "torch.version_full" not in last:
        return []
    vf = str(last["torch.version_full"].value)
    cuda_f = last.get("torch.cuda")
    hip_f = last.get("torch.hip")
    build = torch_build(vf, cuda_f.value if cuda_f and cuda_f.known else None,
                        hip_f.value if hip_f and hip_f.known else None)
    if build is None and cuda_f is not None and cuda_f.status == "absent" and not (hip_f and hip_f.known):
        build = "cpu"
    if build is None:
        return []
    cuda_text = cuda_f.value if cuda_f and cuda_f.known else ("none" if cuda_f and cuda_f.status == "absent" else "?")
    return [ok("torch.build", build, SOURCE, f"{vf}, CUDA {cuda_text}", origin=SOURCE,
               line=last["torch.version_full"].line)]


def extract_facts_from_text(text: str) -> list[Fact]:
    """Facts stated in arbitrary pasted text (origin "log"); never raises on odd input."""
    if not isinstance(text, str) or not text.strip():
        return []
    lines = _split(text.replace("\x00", "").replace("\r\n", "\n"))
    out = _Out()
    for extractor in _EXTRACTORS:
        try:
            extractor(lines, out)
        except Exception:  # noqa: BLE001 - one confused extractor must not lose the others
            continue
    facts = out.facts
    try:
        facts = facts + _torch_cuda_from_runtime_wheel(lines, facts)
    except Exception:  # noqa: BLE001 - a confused reading must not lose the structured facts
        pass
    try:
        prose = extract_prose_facts((_no(line), line) for line in lines if id(line) not in out.consumed)
    except Exception:  # noqa: BLE001 - a confused prose reader must not lose the structured facts
        prose = []
    # torch.build is derived from the structured statements only; the prose reader derives its own
    # (they rank below: fact_catalog's precedence lists log-prose after log).
    derived = _derived_build(facts)
    try:
        defect = _torch_known_defect(lines, facts + derived + prose)
    except Exception:  # noqa: BLE001 - a confused defect reader must not lose the other facts
        defect = []
    return facts + derived + prose + defect
