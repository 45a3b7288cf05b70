"""AMD GPU facts stated in pasted text: the same rocm.* facts the ROCm probe reads live.

Users with an AMD GPU paste rocminfo, a collect_env of a ROCm build, amd-smi's version line, or
just say "RX 6700 XT" / "Radeon 780M". The pasted-log reader (gpufix.probes.pasted) hands its lines
here, so the ROCm rules see the GPU and its gfx target from a report as they would on the machine:

* rocminfo: an agent's ``Name: gfx1031`` and ``Marketing Name:`` (probes.rocm.parse_rocminfo), the
  ISA lines ``amdgcn-amd-amdhsa--gfx1103``, ``ROCk module version 6.7.0 is loaded`` (the driver);
* collect_env of a ROCm build: ``GPU models and configuration: AMD Radeon RX 7900 XTX (gfx1100)``;
* amd-smi ``ROCm version: 7.1.1``; paths of an installed ROCm (``/opt/rocm-5.7.1/lib``);
* rocBLAS ``for GPU arch : gfx1032`` and the library it looks up, ``TensileLibrary_lazy_gfx1103.dat``;
* a gfx target said in prose ("gfx1031 is not supported", "RX 6700 XT (gfx1031)") or by TensorFlow-ROCm
  ("with AMDGPU version : gfx1031"), when no rocminfo/ISA line names it: a line naming exactly one target that
  is not a setting (HSA_OVERRIDE_GFX_VERSION, PYTORCH_ROCM_ARCH) or a build's target list;
* AMD GPU names in prose (Radeon ..., RX 6800, 7900 XTX, Instinct MI250X). A generic
  "Radeon Graphics" from prose is left out: every Ryzen laptop with an NVIDIA card has one.

Only stated things become facts; each line is read once, with bounded regexes (linear time).
"""
from __future__ import annotations

from typing import Iterable

from gpufix import linear_re as re  # linear time on text gpufix did not write
from gpufix.probes.rocm import parse_rocminfo

# One line a fact came from: (fact name, value, the line as evidence).
Stated = tuple[str, object, str]

_AGENT = re.compile(r"^\s*Name:\s+gfx[0-9a-f]{3,4}\s*$", re.I)  # rocminfo: a GPU agent's own name line
_ISA = re.compile(r"amdgcn-amd-amdhsa--(gfx[0-9a-f]{3,4})\b", re.I)
_ARCH = re.compile(r"\bGPU arch\s?:\s?(gfx[0-9a-f]{3,4})\b", re.I)  # rocBLAS: "for GPU arch : gfx1032"
# rocBLAS/hipBLASLt name the library file they look up after the GPU's target: "Could not load
# .../TensileLibrary_lazy_gfx1103.dat" (a "_" before gfx: no word boundary for _GFX).
_LAZY = re.compile(r"TensileLibrary_lazy_(gfx[0-9a-f]{3,4})\.dat", re.I)
# TensorFlow-ROCm names the device's target: "... with AMDGPU version : gfx1031. The supported AMDGPU versions are ...".
_TF_AMDGPU = re.compile(r"\bwith AMDGPU version\s?:\s?(gfx[0-9a-f]{3,4})\b", re.I)
# A gfx target said in prose ("gfx1031 is not supported", "my card is gfx1032", "RX 6700 XT (gfx1031)").
_GFX = re.compile(r"\bgfx[0-9a-f]{3,4}\b", re.I)
# Lines where a gfx target is a setting or a build's target, not this machine's GPU.
_NOT_THE_GPU = ("override", "_arch", "target", "offload", "roc-obj", ".so", "file://", ".kdb", "supported amdgpu versions")
_ROCK = re.compile(r"\bROCk module version (\d+\.\d+(?:\.\d+)?) is loaded")
_AMDSMI = re.compile(r"\bROCm version:\s*(\d+\.\d+(?:\.\d+)?)\b")
_OPT_ROCM = re.compile(r"/opt/rocm-(\d+\.\d+\.\d+)/")
_CE_GPU = re.compile(r"^\s*GPU models and configuration\s*:\s*(\S.{0,120}?)\s*$")
_CE_GFX = re.compile(r"\((gfx[0-9a-f]{3,4})[:)]", re.I)
_AMD_WORDS = re.compile(r"\b(?:AMD|Radeon|Instinct)\b", re.I)
# AMD GPU names a user writes. "RX" needs a number right after it (RTX never matches: R-T-X);
# XT/XTX after a Radeon number is AMD's naming only.
_NAMES = re.compile(
    r"\b(?:AMD\s)?Radeon(?:\(TM\))?\s(?:RX\s?\d{3,4}(?:\s?(?:XTX|XT|GRE|S|M)\b)?|Pro\s[A-Z]{0,2}\d{3,4}[A-Z]{0,2}|VII|"
    r"Vega\s?\d{1,2}|\d{3,4}[MS]|R9\s\w{3,5})|"
    r"\bRX\s?[4-9]\d{2,3}(?:[MS](?:\s?XT)?|\s?(?:XTX|XT|GRE))?\b|"
    # lspci's codename ("Navi 33 [Radeon RX 7700S/7600/...]"): only those rocm.yaml's gpu_names lists
    r"\bNavi\s?(?:1[04]|2[12]|3[123])\b|"
    r"\b(?:[5-9][5-9]\d0)\s?(?:XTX|XT)\b|"
    r"\b(?:AMD\s)?Instinct\s?MI\d{2,3}[A-Z]?\b|\bMI(?:25|50|60|100|210|250X?|300X|300A|325X|355X)\b", re.I)


def _collect_env_gpu(line: str) -> list[Stated]:
    m = _CE_GPU.match(line)
    if not m or not _AMD_WORDS.search(m.group(1)):
        return []
    value = m.group(1)
    out: list[Stated] = [("rocm.gpu_names", [value.split(" (")[0].strip()], line)]
    g = _CE_GFX.search(value)
    if g:
        out.append(("rocm.gfx", [g.group(1).lower()], line))
    return out


def _said_gfx(lines: list[str]) -> Stated | None:
    """The GPU's gfx target stated in prose or by TensorFlow-ROCm, when no rocminfo/ISA line gives it: the
    first line naming exactly one target that is not a setting (HSA_OVERRIDE_GFX_VERSION, PYTORCH_ROCM_ARCH,
    --offload-arch) or a build's list of targets."""
    for ln in lines:
        if "gfx" not in ln.lower():
            continue
        tf = _TF_AMDGPU.search(ln)
        if tf:
            return ("rocm.gfx", [tf.group(1).lower()], ln)
        low = ln.lower()
        if any(k in low for k in _NOT_THE_GPU):
            continue
        found = {g.lower() for g in _GFX.findall(str(ln))}  # str: re2.findall cannot rebuild a str subclass
        if len(found) == 1:
            return ("rocm.gfx", [found.pop()], ln)
    return None


# OpenCL's clinfo (rocm-clinfo) names each device before its target: "Board name: Radeon 8060S Graphics",
# then "Name: gfx1201". seen: https://github.com/ROCm/legacy-rocm-build/issues/5696
_BOARD = re.compile(r"^\s*Board name:\s+(\S[^\n]{0,80}?)\s*$", re.I)


def _board_names(lines: list[str], agents: int) -> list[str]:
    """clinfo's "Board name:" of each device, in order, when there is one per agent line (else [])."""
    names = [m.group(1) for m in (_BOARD.match(ln) for ln in lines if "board name" in ln.lower()) if m]
    return names if len(names) == agents else []


def extract(lines: Iterable[str]) -> list[Stated]:
    """rocm.* facts stated in the lines, in order (later statements win, as in the log reader)."""
    lines = list(lines)
    out: list[Stated] = []
    agents = [ln for ln in lines if _AGENT.match(ln)]
    if agents:  # rocminfo's agent blocks: Name: gfx1031 ... Marketing Name: ... (the probe's own parser)
        info = parse_rocminfo("\n".join(lines))
        out.append(("rocm.gfx", info["gfx"], agents[0]))
        names = info.get("names") or _board_names(lines, len(info["gfx"]))
        if names:
            out.append(("rocm.gpu_names", names, agents[0]))
    else:  # ISA names: rocminfo's "Name: amdgcn-amd-amdhsa--gfx1032", an issue form's GPU line
        isa: list[str] = []
        first = ""
        for ln in lines:
            if "amdgcn" not in ln or "file://" in ln or ".so" in ln:
                continue  # roc-obj-ls over a library lists the wheel's targets, not the GPU
            found = [g.lower() for g in _ISA.findall(str(ln))]  # str: re2.findall cannot rebuild a str subclass
            if 0 < len(set(found)) <= 2:
                isa += [g for g in found if g not in isa]
                first = first or ln
        if isa:
            out.append(("rocm.gfx", isa, first))
    if not any(n == "rocm.gfx" for n, _, _ in out):
        said = _said_gfx(lines)
        if said:
            out.append(said)
    names: list[str] = []
    name_line = ""
    for line in lines:
        low = line.lower()
        if "gpu models and configuration" in low:
            out += _collect_env_gpu(line)
            continue
        if "gpu arch" in low or "tensilelibrary_lazy_" in low:
            a = _ARCH.search(line) or _LAZY.search(line)
            if a and not any(n == "rocm.gfx" for n, _, _ in out):
                out.append(("rocm.gfx", [a.group(1).lower()], line))
        if "rock module version" in low:
            r = _ROCK.search(line)
            if r:
                out.append(("rocm.driver_version", r.group(1), line))
        if "rocm version:" in low:
            v = _AMDSMI.search(line)
            if v:
                out.append(("rocm.version", v.group(1), line))
        if "/opt/rocm-" in line:
            p = _OPT_ROCM.search(line)
            if p:
                out.append(("rocm.version", p.group(1), line))
        if "radeon" in low or "rx" in low or "mi" in low or "xt" in low:
            for m in _NAMES.finditer(line):
                name = " ".join(m.group(0).split())
                if name.lower() not in (n.lower() for n in names):
                    names.append(name)
                    name_line = name_line or line
    if names and not any(n == "rocm.gpu_names" for n, _, _ in out):
        out.append(("rocm.gpu_names", names, name_line))
    return out
