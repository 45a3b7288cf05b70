"""ROCm (AMD GPUs): which gfx targets are here, which ROCm release, and can this user reach /dev/kfd.

Sources, each optional (a machine without ROCm has none of them):

* ``rocminfo``: the HSA agents; a GPU agent's ``Name:`` is its gfx target (gfx1031), its
  ``Marketing Name:`` the card. When it cannot open /dev/kfd it says why ("Unable to open
  /dev/kfd read-write: Permission denied") and which group it checked.
* ``rocm-smi --showproductname --showdriverversion``: card names and the amdgpu driver version.
* ``amd-smi version``: "... | ROCm version: 7.1.1 | amdgpu version: 6.16.6 | ...".
* ``/opt/rocm/.info/version`` (or $ROCM_PATH): the installed ROCm release ("6.2.0-66").
* ``/sys/class/kfd/kfd/topology/nodes/*/properties``: gfx_target_version per node (no tool
  needed), ``/dev/kfd``'s group and whether this user may open it read-write, and the user's
  groups. Recorded by the collector as kfd.json.

Static phase: never imports torch. Each command has its own timeout; a tool that hangs costs
only what it would have said.
"""
from __future__ import annotations

import json
import os
from gpufix import linear_re as re  # linear time on text gpufix did not write
from typing import Any

from gpufix.probes.base import loads_json
from gpufix.facts import Fact, absent, ok
from gpufix.probes.base import (Probe, ProbeAbsent, ProbeContext, ProbeFailed, Raw, find_executable,
                                run_command)

NAME = "rocm"
ROCMINFO_FILE = "rocminfo.txt"
SMI_FILE = "rocm-smi.txt"
AMDSMI_FILE = "amd-smi-version.txt"
VERSION_FILE = "rocm-version.txt"
KFD_FILE = "kfd.json"
FILES = (ROCMINFO_FILE, SMI_FILE, AMDSMI_FILE, VERSION_FILE, KFD_FILE)
FACTS = ("rocm.gfx", "rocm.gpu_names", "rocm.version", "rocm.driver_version", "rocm.kfd_access",
         "rocm.kfd_error", "rocm.kfd_group", "rocm.user_groups")

KFD_NODES = "/sys/class/kfd/kfd/topology/nodes"
KFD_DEVICE = "/dev/kfd"
_BIN_DIRS = ("/opt/rocm/bin", "/usr/bin")

# rocminfo: an agent's own "  Name:  gfx1031" (ISA lines read "amdgcn-amd-amdhsa--gfx1031").
_AGENT_GFX = re.deferred(r"^\s*Name:\s+(gfx[0-9a-f]{3,4})\s*$", re.I)
_ISA_GFX = re.deferred(r"amdgcn-amd-amdhsa--(gfx[0-9a-f]{3,4})\b", re.I)
_MARKETING = re.deferred(r"^\s*Marketing Name:\s+(\S.*?)\s*$")
_KFD_OPEN = re.deferred(r"Unable to open /dev/kfd read-write: ([^\r\n]{1,120})")
# "igor is member of render group" / "x is not member of "render" group, the default DRM access group"
_MEMBER = re.deferred(r"^(\S{1,64}) is (not )?member of \"?([A-Za-z0-9_-]{1,32})\"? group")
_DENIED = ("permission denied", "operation not permitted")
# rocm-smi text ("GPU[0] : Card series: Navi 21"), CSV ("device,Card series,Card model,...").
_SMI_FIELD = re.deferred(r"^GPU\[(\d+)\]\s*:\s*(Card series|Card model|Card SKU|Device Name|Driver version)\s*:\s*(\S.*?)\s*$",
                        re.I)
_SMI_DRIVER = re.deferred(r"^\s*Driver version:\s*(\S+)\s*$", re.I | re.M)
_AMDSMI_ROCM = re.deferred(r"ROCm version:\s*(\d+\.\d+(?:\.\d+)?)")
_AMDSMI_DRIVER = re.deferred(r"amdgpu version:\s*(\d+\.\d+(?:\.\d+)?)")
_RELEASE = re.deferred(r"^\s*(\d+\.\d+(?:\.\d+)?)")


def gfx_from_version(text: object) -> str | None:
    """HSA_OVERRIDE_GFX_VERSION '10.3.0' -> 'gfx1030', '9.0.10' -> 'gfx90a' (the stepping is one hex digit)."""
    parts = str(text or "").strip().split(".")
    if len(parts) != 3 or not all(p.isdigit() and len(p) <= 3 for p in parts):
        return None
    major, minor, step = (int(p) for p in parts)
    if not (6 <= major <= 99 and minor < 16 and step < 16):
        return None
    return f"gfx{major}{minor:x}{step:x}"


def gfx_from_target_version(value: object) -> str | None:
    """KFD's gfx_target_version (major*10000 + minor*100 + step): 100300 -> 'gfx1030', 90010 -> 'gfx90a'."""
    text = str(value or "").strip()
    if not text.isdigit() or len(text) > 7 or int(text) <= 0:
        return None
    v = int(text)
    return gfx_from_version(f"{v // 10000}.{(v // 100) % 100}.{v % 100}")


def parse_rocminfo(text: str) -> dict[str, Any]:
    """gfx targets and names of the GPU agents, and any /dev/kfd failure (pure)."""
    gfx: list[str] = []
    names: list[str] = []
    waiting_name = False
    for line in text.splitlines():
        m = _AGENT_GFX.match(line)
        if m:
            gfx.append(m.group(1).lower())
            waiting_name = True
            continue
        n = _MARKETING.match(line)
        if n and waiting_name:
            names.append(n.group(1))
            waiting_name = False
    if not gfx:  # an excerpt that kept only the ISA lines
        gfx = [g.lower() for g in _ISA_GFX.findall(text)]
    out: dict[str, Any] = {"gfx": gfx, "names": names if len(names) == len(gfx) else []}
    k = _KFD_OPEN.search(text)
    if k:
        out["kfd_error"] = k.group(0).strip()
        out["kfd_denied"] = k.group(1).strip().lower() in _DENIED
    for line in text.splitlines():
        mm = _MEMBER.match(line.strip())
        if mm:
            out["member"] = (mm.group(1), mm.group(3), mm.group(2) is None)
    return out


def parse_rocm_smi(text: str) -> dict[str, Any]:
    """Card names (series, else model) per GPU index and the driver version (pure)."""
    series: dict[int, str] = {}
    driver = None
    lines = text.splitlines()
    cols: list[str] | None = None
    for ln in lines:  # --csv: one "device,..." header per option, rows "card0,..." / "cardsystem,..."
        if ln.lower().startswith("device,"):
            cols = [c.strip().lower() for c in ln.split(",")]
            continue
        cells = [c.strip() for c in ln.split(",")]
        if cols is None or len(cells) != len(cols) or not cells[0].startswith("card"):
            continue
        row = dict(zip(cols, cells))
        if row.get("card series"):
            series[len(series)] = row["card series"]
        if row.get("driver version"):
            driver = row["driver version"]
    for ln in lines:
        m = _SMI_FIELD.match(ln.strip())
        if m:
            idx, key, value = int(m.group(1)), m.group(2).lower(), m.group(3)
            if key in ("card series", "device name") and idx not in series:
                series[idx] = value
    d = _SMI_DRIVER.search(text)
    if d:
        driver = d.group(1)
    return {"names": [series[i] for i in sorted(series)], "driver": driver}


def parse_kfd(text: str) -> dict[str, Any]:
    """gfx targets from the KFD topology, /dev/kfd access and the user's groups (pure)."""
    doc = loads_json(text)
    gfx = [g for g in (gfx_from_target_version(n.get("gfx_target_version")) for n in doc.get("nodes", [])) if g]
    return {"gfx": gfx, "kfd": doc.get("kfd") or {}, "groups": doc.get("groups")}


def parse(raw: Raw) -> list[Fact]:
    if not any(f in raw for f in FILES):
        why = "no ROCm here (no rocminfo, rocm-smi, amd-smi, /opt/rocm or /sys/class/kfd)"
        return [absent(n, NAME, why) for n in FACTS]
    facts: list[Fact] = []
    info = parse_rocminfo(raw[ROCMINFO_FILE]) if ROCMINFO_FILE in raw else {}
    kfd = parse_kfd(raw[KFD_FILE]) if KFD_FILE in raw else {}
    smi = parse_rocm_smi(raw[SMI_FILE]) if SMI_FILE in raw else {}
    if info.get("gfx"):
        facts.append(ok("rocm.gfx", info["gfx"], NAME, "rocminfo: " + ", ".join(info["gfx"])))
    elif kfd.get("gfx"):
        facts.append(ok("rocm.gfx", kfd["gfx"], NAME, f"{KFD_NODES}/*/properties gfx_target_version"))
    names = info.get("names") or smi.get("names")
    if names:
        facts.append(ok("rocm.gpu_names", names, NAME, "; ".join(names)))
    version, where = None, ""
    if VERSION_FILE in raw:
        m = _RELEASE.match(raw[VERSION_FILE])
        version, where = (m.group(1), "/opt/rocm/.info/version: " + raw[VERSION_FILE].strip()[:40]) if m else (None, "")
    amd = raw.get(AMDSMI_FILE, "")
    if version is None and _AMDSMI_ROCM.search(amd):
        m = _AMDSMI_ROCM.search(amd)
        version, where = m.group(1), "amd-smi version: " + m.group(0)
    if version:
        facts.append(ok("rocm.version", version, NAME, where))
    driver = smi.get("driver") or (_AMDSMI_DRIVER.search(amd).group(1) if _AMDSMI_DRIVER.search(amd) else None)
    if driver:
        facts.append(ok("rocm.driver_version", driver, NAME, f"amdgpu driver {driver}"))
    facts += _access_facts(info, kfd)
    return facts


def _access_facts(info: dict[str, Any], kfd: dict[str, Any]) -> list[Fact]:
    facts: list[Fact] = []
    dev = kfd.get("kfd") or {}
    if info.get("kfd_error"):
        facts.append(ok("rocm.kfd_error", info["kfd_error"], NAME, "rocminfo: " + info["kfd_error"]))
    if "rw" in dev:
        facts.append(ok("rocm.kfd_access", bool(dev["rw"]), NAME,
                        f"{KFD_DEVICE} {dev.get('mode', '')} group {dev.get('group', '?')}: "
                        + ("read-write for this user" if dev["rw"] else "not read-write for this user")))
    elif info.get("kfd_denied"):
        facts.append(ok("rocm.kfd_access", False, NAME, "rocminfo: " + info["kfd_error"]))
    if dev.get("group"):
        facts.append(ok("rocm.kfd_group", dev["group"], NAME, f"{KFD_DEVICE} group {dev['group']}"))
    groups = kfd.get("groups")
    if isinstance(groups, list):
        facts.append(ok("rocm.user_groups", [str(g) for g in groups], NAME, "groups: " + " ".join(map(str, groups))))
    elif info.get("member"):
        user, group, member = info["member"]
        if not member:
            facts.append(ok("rocm.kfd_group", group, NAME, f"rocminfo: {user} is not member of {group}"))
    return facts


# --- collectors (touch the machine) -----------------------------------------------------

def _read(path: str, limit: int = 4096) -> str | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read(limit)
    except OSError:
        return None


def read_kfd(nodes_root: str = KFD_NODES, device: str = KFD_DEVICE) -> str | None:
    """The KFD topology's gfx_target_version per node, /dev/kfd's access and the user's groups, as JSON."""
    try:
        node_dirs = sorted(os.listdir(nodes_root), key=lambda n: int(n) if n.isdigit() else 0)
    except OSError:
        node_dirs = []
    nodes = []
    for n in node_dirs:
        props = _read(os.path.join(nodes_root, n, "properties")) or ""
        m = re.search(r"^gfx_target_version\s+(\d+)\s*$", props, re.M)
        nodes.append({"node": n, "gfx_target_version": m.group(1) if m else None})
    kfd: dict[str, Any] = {}
    try:
        st = os.stat(device)
        kfd = {"mode": oct(st.st_mode & 0o777), "group": _group_name(st.st_gid),
               "rw": os.access(device, os.R_OK | os.W_OK)}
    except OSError:
        pass
    if not nodes and not kfd:
        return None
    groups = sorted({_group_name(g) for g in os.getgroups()} | {_group_name(os.getgid())})
    return json.dumps({"nodes": nodes, "kfd": kfd, "groups": groups}, indent=2, sort_keys=True) + "\n"


def _group_name(gid: int) -> str:
    import grp  # lazy: POSIX only, and only when /dev/kfd or the KFD topology exists
    try:
        return grp.getgrgid(gid).gr_name
    except (KeyError, OverflowError):
        return str(gid)


def _run(ctx: ProbeContext, name: str, args: list[str], timeout: float) -> str | None:
    exe = find_executable(name, ctx, _BIN_DIRS)
    if exe is None:
        return None
    try:
        res = run_command([exe, *args], timeout, ctx.env)
    except ProbeFailed:
        return None  # one tool hanging costs only what it says; the others still answer
    text = (res.stdout or "") + (res.stderr or "")
    return text if text.strip() else None


def collect(ctx: ProbeContext) -> Raw:
    if not ctx.platform.startswith("linux"):
        raise ProbeAbsent("ROCm is probed on Linux only")
    timeout = 10.0 * ctx.timeout_scale
    raw: Raw = {}
    rocm_path = ctx.env.get("ROCM_PATH") or "/opt/rocm"
    version = _read(os.path.join(rocm_path, ".info", "version"), 200)
    if version and version.strip():
        raw[VERSION_FILE] = version
    kfd = read_kfd()
    if kfd:
        raw[KFD_FILE] = kfd
    for name, args, file in (("rocminfo", [], ROCMINFO_FILE),
                             ("rocm-smi", ["--showproductname", "--showdriverversion"], SMI_FILE),
                             ("amd-smi", ["version"], AMDSMI_FILE)):
        text = _run(ctx, name, args, timeout)
        if text:
            raw[file] = text
    if not raw:
        raise ProbeAbsent("no ROCm here (no rocminfo, rocm-smi, amd-smi, /opt/rocm or /sys/class/kfd)")
    return raw


PROBE = Probe(NAME, collect, parse, files=FILES, timeout=35.0, facts=FACTS, order=33)
