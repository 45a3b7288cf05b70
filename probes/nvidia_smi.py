"""nvidia-smi: driver version, the newest CUDA the driver supports, and the GPUs.

Two runs, in parallel (each can take seconds without persistence mode):

* the plain table (``nvidia-smi.txt``): the only place that prints "CUDA Version"
  (renamed "CUDA UMD Version" from driver 610, where "Driver Version" became "KMD Version");
* ``--query-gpu=...`` CSV (``nvidia-smi-query.csv``): full GPU names (the table truncates
  them: "GeForce GTX 105...") and compute capability, which the table never shows (drivers
  before ~510 do not know ``compute_cap``; we then ask again without it, and the recording
  keeps nvidia-smi's refusal above the CSV so the parser can say why the field is missing).

When nvidia-smi runs but fails ("couldn't communicate with the NVIDIA driver",
"Driver/library version mismatch") the message becomes ``driver.error`` and the driver
facts are ``unknown`` with that reason: a broken driver is not a missing one.
"""
from __future__ import annotations

import csv
import io
import os
import threading
from dataclasses import field

from gpufix import linear_re as re  # linear time on text gpufix did not write
from gpufix.facts import Fact, absent, ok, unknown
from gpufix.probes.base import (CommandResult, Probe, ProbeAbsent, ProbeContext, ProbeFailed, Raw,
                                find_executable, run_command)
from gpufix.records import record

NAME = "nvidia-smi"
TABLE = "nvidia-smi.txt"
QUERY = "nvidia-smi-query.csv"
PATH_FILE = "nvidia-smi-path.txt"
QUERY_FIELDS = "index,name,driver_version,compute_cap,memory.total,pci.bus_id"
QUERY_FIELDS_NO_CC = "index,name,driver_version,memory.total,pci.bus_id"

GPU_FACTS = ("gpu.count", "gpu.name", "gpu.compute_capability", "gpu.memory_total_mib")
FACTS = ("nvidia_smi.path", "driver.version", "driver.cuda", "driver.error") + GPU_FACTS
# MIG (Multi-Instance GPU, A100/A30/H100/H200/B200): the table's "MIG M." cell and its "MIG devices:" list.
MIG_FACTS = ("gpu.mig_enabled", "gpu.mig_devices")

# --- error texts nvidia-smi prints instead of a table -----------------------------------
# Sources: known_error_signatures.yaml (nvidia_smi_no_driver, nvml_mismatch) and the issues
# cited in tests/probes/test_nvidia_smi.py. The apostrophe varies in copies ("couldn‘t").
_ERRORS = re.deferred(
    r"NVIDIA-SMI has failed because it couldn.t communicate with the NVIDIA driver[^\n]*"
    r"|Failed to initialize NVML:[^\n]*"
    r"|NVIDIA-SMI couldn.t find libnvidia-ml\.so library[^\n]*"
    r"|Unable to determine the device handle for GPU[^\n]*"
    r"|No devices were found"
    r"|Driver/library version mismatch",
    re.I)
_NVML_LIB_VERSION = re.deferred(r"NVML library version:\s*(\S+)", re.I)
# 'Field "compute_cap" is not a valid field to query.' (drivers before ~510)
_CC_REJECTED = re.deferred(r"compute_cap\W{0,3}\s*is not a valid field", re.I)

# --- the table ----------------------------------------------------------------------------
_VERSION_VALUE = r"(\d+\.\d+(?:\.\d+)*|N/A|ERR!|[A-Za-z!/]+)"
# "Driver Version: 535.104.05" (table), "Driver Version   : 450.66" (nvidia-smi -q),
# "KMD Version: 610.43.02" (610+).
_DRIVER = re.deferred(r"(?:Driver|KMD) Version\s*:\s*" + _VERSION_VALUE, re.I)
_CUDA = re.deferred(r"CUDA (?:UMD )?Version\s*:\s*" + _VERSION_VALUE, re.I)
_SMI_HEADER = re.deferred(r"NVIDIA-SMI\s+\d+\.\d+", re.I)
_BUS_ID = re.deferred(r"[0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\.[0-9A-Fa-f]")
# first cell of a GPU row: "   0  NVIDIA GeForce RTX 3090        Off " / "  0  GeForce GTX 105... WDDM  "
# (index and name by one anchored regex, the display mode split off with str methods: the old
# single regex, lazy name then optional spaces, was cubic in a cell's width)
_GPU_CELL = re.deferred(r"^\s*(\d{1,3})\s+(\S.*)$")
_DISPLAY_MODES = ("On", "Off", "WDDM", "TCC", "MCDM", "N/A")
_MEMORY = re.deferred(r"(\d+)\s*MiB\s*/\s*(\d+)\s*MiB")
_TABLE_END = re.deferred(r"^\W*(Processes:|MIG devices:)")
# nvidia-smi -q: "Product Name  : GeForce GTX 780", "Total  : 4096 MiB" (FB Memory Usage)
_Q_PRODUCT = re.deferred(r"^\s*Product Name\s*:\s*(.+?)\s*$")
# MIG. The table's third row of a GPU holds the "MIG M." cell alone: "|    |    |     Enabled |" (an asterisk marks a
# change pending a GPU reset: "Disabled*" after `nvidia-smi -mig 1`). Its "MIG devices:" section lists one row per
# MIG device ("|  0    1   0   0  |  11MiB / 20224MiB | 42  0 | ...", GPU, GI, CI and MIG device ids) or says
# "No MIG devices found": MIG mode is on and no GPU instance was created, so CUDA has no device to run on.
# nvidia-smi -q: "MIG Mode" then "Current : Enabled".
# seen: https://github.com/pytorch/serve/issues/1237 (Enabled, then "MIG devices:")
# seen: https://docs.nvidia.com/datacenter/cloud-native/kubernetes/latest/index.html ("No MIG devices found")
_MIG_MODES = ("Enabled", "Disabled", "Enabled*", "Disabled*", "N/A")
_MIG_DEVICE_ROW = re.deferred(r"^\s*\d+\s+\d+\s+\d+\s+\d+\s*$")
_Q_MIG_CURRENT = re.deferred(r"^\s*Current\s*:\s*(Enabled|Disabled)\b")


@record
class Gpu:
    """One GPU as nvidia-smi lists it."""

    index: int
    name: str | None = None
    compute_capability: str | None = None
    memory_total_mib: int | None = None
    bus_id: str | None = None
    mig_mode: str | None = None  # the "MIG M." cell: Enabled, Disabled (an asterisk: pending a reset), N/A


@record
class SmiInfo:
    """What one nvidia-smi output says (None = not stated)."""

    driver: str | None = None
    driver_note: str = ""  # why the driver version is unusable (N/A, ERR!)
    cuda: str | None = None
    cuda_note: str = ""
    error: str | None = None
    gpus: list[Gpu] = field(default_factory=list)
    gpu_rows_seen: bool = False  # a GPU section (table or CSV) was read, even if empty
    fields: tuple[str, ...] = ()  # the CSV header's fields (query output only)
    cc_rejected: bool = False  # nvidia-smi refused the compute_cap field (driver too old)
    mig_header: bool = False  # the table has a "MIG M." column (drivers from 450 on)
    mig_devices: int | None = None  # rows of the "MIG devices:" section (0: "No MIG devices found")
    q_mig_modes: list[str] = field(default_factory=list)  # nvidia-smi -q "MIG Mode / Current"
    evidence: dict[str, str] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return self.driver is None and self.cuda is None and self.error is None and not self.gpus \
            and not self.driver_note and not self.cuda_note


def _read_header_field(info: SmiInfo, field: str, pattern: re.Pattern, label: str, line: str) -> None:
    """The first `label: X` in the header: a version goes to info.<field>, anything else
    (N/A, ERR!) to info.<field>_note, which says why the fact is unknown."""
    if getattr(info, field) is not None or getattr(info, field + "_note"):
        return
    m = pattern.search(line)
    if not m:
        return
    value = m.group(1)
    if _is_version(value):
        setattr(info, field, value)
        info.evidence[field] = line.strip()
    else:
        setattr(info, field + "_note", f"nvidia-smi printed {label}: {value}")


def _is_version(v: str) -> bool:
    return bool(re.fullmatch(r"\d+\.\d+(?:\.\d+)*", v))


def find_errors(text: str) -> str | None:
    """The error lines nvidia-smi printed, joined (None when it printed none)."""
    found = []
    for m in _ERRORS.finditer(text):
        line = m.group(0).strip()
        if line and line not in found:
            found.append(line)
    if not found:
        return None
    lib = _NVML_LIB_VERSION.search(text)
    if lib:
        found.append(lib.group(0).strip())
    # "Driver/library version mismatch" alone is part of "Failed to initialize NVML: ..."
    if len(found) > 1:
        found = [f for f in found if not any(f != g and f in g for g in found)]
    return "\n".join(found)


def table_info(text: str) -> SmiInfo:
    """Read a plain `nvidia-smi` table (or `nvidia-smi -q`, or one pasted header line)."""
    info = SmiInfo()
    info.error = find_errors(text)
    in_gpus = ended = in_mig = q_mig = False
    current: Gpu | None = None
    q_index = 0
    for raw_line in text.splitlines():
        line = raw_line[:1000]  # a pathological line must not cost more than its share
        _read_header_field(info, "driver", _DRIVER, "Driver Version", line)
        _read_header_field(info, "cuda", _CUDA, "CUDA Version", line)
        if "MIG M." in line:
            info.mig_header = True
        if in_mig and not _TABLE_END.search(line):
            if "====" in line or "No MIG devices found" in line:  # the list's body starts (or says it is empty)
                info.mig_devices = info.mig_devices or 0
            cells = line.split("|")
            if len(cells) >= 3 and _MIG_DEVICE_ROW.match(cells[1]):
                info.mig_devices = (info.mig_devices or 0) + 1
            continue
        if "====" in line and "|" in line:
            if not ended:  # the process list has its own "====" line
                in_gpus, info.gpu_rows_seen = True, True
            continue
        if _TABLE_END.search(line):
            in_mig = "MIG devices:" in line
            in_gpus, current, ended = False, None, True
            continue
        if in_gpus:
            cells = line.split("|")
            if len(cells) >= 3 and _BUS_ID.search(cells[2]):
                m = _GPU_CELL.match(cells[1])
                if m:
                    current = Gpu(int(m.group(1)), _gpu_name(m.group(2)),
                                  bus_id=_BUS_ID.search(cells[2]).group(0))
                    info.gpus.append(current)
                    continue
            if current is not None and current.memory_total_mib is None:
                mm = _MEMORY.search(line)
                if mm:
                    current.memory_total_mib = int(mm.group(2))
                    continue
            if current is not None and info.mig_header and current.mig_mode is None:
                cells = [c.strip() for c in line.split("|")]
                # "|   |   |   Enabled |": the last cell alone (cells[0] and cells[-1] are outside the frame)
                if len(cells) >= 4 and cells[-2] in _MIG_MODES and not any(cells[1:-2]):
                    current.mig_mode = cells[-2]
            continue
        if "MIG Mode" in line:  # nvidia-smi -q: the next "Current :" line is the mode
            q_mig = True
            continue
        if q_mig:
            mq = _Q_MIG_CURRENT.match(line)
            if mq:
                info.q_mig_modes.append(mq.group(1))
                q_mig = False
            elif line.strip() and ":" not in line:
                q_mig = False
            continue
        m = _Q_PRODUCT.match(line)  # nvidia-smi -q
        if m:
            info.gpus.append(Gpu(q_index, m.group(1)))
            info.gpu_rows_seen = True
            q_index += 1
    return info


def _gpu_name(rest: str) -> str | None:
    """The GPU name from the rest of a row's first cell, its display mode word dropped."""
    parts = rest.rsplit(None, 1)
    if len(parts) == 2 and parts[1] in _DISPLAY_MODES:
        return parts[0].strip() or None
    return rest.strip() or None


def _clean_cell(v: str) -> str | None:
    v = v.strip()
    return None if v in ("", "N/A", "[N/A]", "[Not Supported]", "Not Supported", "[Unknown Error]") else v


_KNOWN_FIELDS = {"index", "name", "gpu_name", "driver_version", "compute_cap", "memory.total", "pci.bus_id",
                 "gpu_bus_id", "uuid", "gpu_uuid"}


def _is_csv_header(line: str) -> bool:
    cells = {re.sub(r"\s*\[.*?\]\s*$", "", c).strip().lower() for c in line.split(",")}
    return "," in line and len(cells & _KNOWN_FIELDS) >= 2


def query_info(text: str) -> SmiInfo:
    """Read `nvidia-smi --query-gpu=... --format=csv` output (any column order)."""
    info = SmiInfo()
    info.error = find_errors(text)
    info.cc_rejected = _CC_REJECTED.search(text) is not None
    lines = [ln for ln in text.splitlines() if ln.strip()]
    header_at = next((i for i, ln in enumerate(lines) if _is_csv_header(ln)), None)
    if header_at is None:
        return info
    rows = list(csv.reader(io.StringIO("\n".join(lines[header_at:])), skipinitialspace=True))
    header = [re.sub(r"\s*\[.*?\]\s*$", "", h).strip().lower() for h in rows[0]]
    info.fields = tuple(header)
    info.gpu_rows_seen = True
    for n, row in enumerate(rows[1:]):
        if len(row) != len(header):
            continue
        cell = dict(zip(header, (_clean_cell(c) for c in row)))
        gpu = Gpu(int(cell["index"]) if (cell.get("index") or "").isdigit() else n,
                  cell.get("name") or cell.get("gpu_name"))
        cc = cell.get("compute_cap")
        if cc and _is_version(cc):
            gpu.compute_capability = cc
        mem = cell.get("memory.total")
        if mem:
            mm = re.match(r"(\d+)", mem)
            if mm:
                gpu.memory_total_mib = int(mm.group(1))
        gpu.bus_id = cell.get("pci.bus_id") or cell.get("gpu_bus_id")
        drv = cell.get("driver_version")
        if drv and _is_version(drv) and info.driver is None:
            info.driver = drv
            info.evidence["driver"] = ", ".join(row)
        info.gpus.append(gpu)
    return info


# --- facts --------------------------------------------------------------------------------

def _facts(table: SmiInfo | None, query: SmiInfo | None, path: str | None) -> list[Fact]:
    infos = [i for i in (table, query) if i is not None]
    facts: list[Fact] = []
    if path:
        facts.append(ok("nvidia_smi.path", path, NAME))
    error = next((i.error for i in infos if i.error), None)
    driver = next((i for i in infos if i.driver), None)
    # Prefer the query's GPU list: full names and compute capability.
    gpu_src = next((i for i in (query, table) if i is not None and i.gpus), None)
    no_devices = error is not None and "No devices were found" in error

    if error and driver is None and gpu_src is None and not no_devices:
        facts.append(ok("driver.error", error, NAME, error))
        reason = f"nvidia-smi failed: {error.splitlines()[0]}"
        facts += [unknown(n, NAME, reason) for n in ("driver.version", "driver.cuda") + GPU_FACTS]
        return facts
    if error:
        facts.append(ok("driver.error", error, NAME, error))
    else:
        facts.append(absent("driver.error", NAME, "nvidia-smi reported no error"))

    if driver is not None:
        facts.append(ok("driver.version", driver.driver, NAME, driver.evidence.get("driver", "")))
    else:
        note = next((i.driver_note for i in infos if i.driver_note), "")
        facts.append(unknown("driver.version", NAME, note or "nvidia-smi output has no Driver Version"))

    if table is not None and table.cuda:
        facts.append(ok("driver.cuda", table.cuda, NAME, table.evidence.get("cuda", "")))
    elif table is not None and table.cuda_note:
        facts.append(unknown("driver.cuda", NAME, table.cuda_note))
    elif table is not None and driver is not None:
        # Drivers before 410 do not print it; the knowledge base can map the driver version.
        facts.append(unknown("driver.cuda", NAME,
                             f"this nvidia-smi (driver {driver.driver}) does not print 'CUDA Version'"))
    elif table is not None:
        facts.append(unknown("driver.cuda", NAME, "nvidia-smi printed no 'CUDA Version'"))
    else:
        facts.append(unknown("driver.cuda", NAME, "no nvidia-smi table recorded"))

    if no_devices and gpu_src is None:
        facts += [ok("gpu.count", 0, NAME, "No devices were found"), ok("gpu.name", [], NAME),
                  ok("gpu.compute_capability", [], NAME), ok("gpu.memory_total_mib", [], NAME)]
        return facts
    if gpu_src is None:
        seen = any(i.gpu_rows_seen for i in infos)
        if seen:
            facts += [ok("gpu.count", 0, NAME), ok("gpu.name", [], NAME)]
        else:
            facts += [unknown(n, NAME, "no GPU rows in nvidia-smi output") for n in ("gpu.count", "gpu.name")]
        facts += [unknown(n, NAME, "no GPU rows in nvidia-smi output")
                  for n in ("gpu.compute_capability", "gpu.memory_total_mib")]
        return facts
    gpus = sorted(gpu_src.gpus, key=lambda g: g.index)
    facts.append(ok("gpu.count", len(gpus), NAME))
    names = [g.name or "" for g in gpus]
    facts.append(ok("gpu.name", names, NAME, "; ".join(names)))
    ccs = [g.compute_capability for g in gpus]
    if all(ccs):
        facts.append(ok("gpu.compute_capability", ccs, NAME))
    else:
        facts.append(unknown("gpu.compute_capability", NAME, _no_cc_reason(gpu_src, query)))
    mems = [g.memory_total_mib for g in gpus]
    if all(m is not None for m in mems):
        facts.append(ok("gpu.memory_total_mib", mems, NAME))
    else:
        facts.append(unknown("gpu.memory_total_mib", NAME, "nvidia-smi printed no memory total"))
    if gpus:
        facts.append(ok("gpu.vendor", "nvidia", NAME))
    if table is not None:
        facts += _mig_facts(table)
    return facts


def _mig_facts(table: SmiInfo) -> list[Fact]:
    """gpu.mig_enabled and gpu.mig_devices from the plain table (or nvidia-smi -q); nothing when it does not say."""
    facts: list[Fact] = []
    modes = [g.mig_mode for g in table.gpus if g.mig_mode] + table.q_mig_modes
    if modes:
        enabled = [m for m in modes if m.startswith("Enabled")]
        facts.append(ok("gpu.mig_enabled", bool(enabled), NAME, "MIG M.: " + ", ".join(modes)))
    if table.mig_devices is not None:
        note = "No MIG devices found" if table.mig_devices == 0 else f"{table.mig_devices} MIG devices listed"
        facts.append(ok("gpu.mig_devices", table.mig_devices, NAME, note))
    return facts


def _no_cc_reason(gpu_src: SmiInfo, query: SmiInfo | None) -> str:
    """Why compute capability is unknown: only the --query-gpu CSV can say it."""
    if query is not None and query.cc_rejected:
        return "nvidia-smi rejected the compute_cap query field (drivers before ~510 do not know it)"
    if gpu_src is not query:  # the GPUs came from the plain table, which never shows it
        if query is None:
            return "the plain nvidia-smi table does not show compute capability, and no --query-gpu CSV was recorded"
        if query.error:
            return f"nvidia-smi --query-gpu failed: {query.error.splitlines()[0]}"
        return "the plain nvidia-smi table does not show compute capability, and the --query-gpu CSV listed no GPUs"
    if "compute_cap" not in query.fields:
        return "the --query-gpu CSV has no compute_cap column"
    return "nvidia-smi printed no compute_cap value (N/A) for some GPU"


def parse_nvidia_smi_table(text: str) -> list[Fact]:
    """Facts from a plain `nvidia-smi` table (pure). Raises ValueError on unrelated text."""
    info = table_info(text)
    if info.empty:
        raise ValueError("no nvidia-smi table, header or error message in the text")
    return _facts(info, None, None)


def parse_nvidia_smi_query_csv(text: str) -> list[Fact]:
    """Facts from `nvidia-smi --query-gpu=... --format=csv` output (pure)."""
    info = query_info(text)
    if info.empty and not info.gpu_rows_seen:
        raise ValueError("no nvidia-smi CSV header or error message in the text")
    facts = _facts(None, info, None)
    return [f for f in facts if f.name != "driver.cuda"]  # the CSV cannot say


def parse(raw: Raw) -> list[Fact]:
    path = raw.get(PATH_FILE, "").strip() or None
    if TABLE not in raw and QUERY not in raw:
        if path:
            raise ValueError("nvidia-smi was found but none of its output was recorded")
        reason = "nvidia-smi not found (no NVIDIA driver installed, or not on PATH)"
        return [absent(n, NAME, reason) for n in FACTS]
    table = table_info(raw[TABLE]) if TABLE in raw else None
    query = query_info(raw[QUERY]) if QUERY in raw else None
    if (table is None or table.empty) and (query is None or (query.empty and not query.gpu_rows_seen)):
        raise ValueError("nvidia-smi printed nothing recognisable")
    return _facts(table, query, path)


# --- collect ------------------------------------------------------------------------------

def candidate_dirs(ctx: ProbeContext) -> list[str]:
    if ctx.platform == "win32":
        root = ctx.env.get("SystemRoot") or ctx.env.get("SYSTEMROOT") or r"C:\Windows"
        pf = ctx.env.get("ProgramFiles") or ctx.env.get("PROGRAMFILES") or r"C:\Program Files"
        return [os.path.join(root, "System32"), os.path.join(pf, "NVIDIA Corporation", "NVSMI")]
    # /usr/lib/wsl/lib: WSL2 maps the Windows driver's nvidia-smi there, often not on PATH.
    return ["/usr/bin", "/usr/local/bin", "/usr/lib/wsl/lib", "/opt/bin"]


def _output(res: CommandResult) -> str:
    text = res.stdout
    if res.returncode != 0 or not text.strip():
        text = (text + ("\n" if text and not text.endswith("\n") else "") + res.stderr)
    return text


def _run_query(exe: str, ctx: ProbeContext, timeout: float, out: dict) -> None:
    try:
        res = run_command([exe, f"--query-gpu={QUERY_FIELDS}", "--format=csv"], timeout, env=ctx.env)
        text = _output(res)
        if res.returncode != 0 and re.search(r"not a valid field", text, re.I):
            refusal = text.strip()[:500]
            res = run_command([exe, f"--query-gpu={QUERY_FIELDS_NO_CC}", "--format=csv"], timeout, env=ctx.env)
            # keep the refusal above the CSV: it is why compute capability is missing
            text = refusal + "\n" + _output(res)
        out["text"] = text
    except ProbeFailed as e:
        out["error"] = str(e)


def collect(ctx: ProbeContext) -> Raw:
    exe = find_executable("nvidia-smi", ctx, candidate_dirs(ctx))
    if exe is None:
        raise ProbeAbsent("nvidia-smi not found")
    timeout = PROBE.timeout * ctx.timeout_scale
    query: dict = {}
    # A daemon thread, not an executor: an abandoned probe must not keep gpufix alive.
    t = threading.Thread(target=_run_query, args=(exe, ctx, timeout, query), daemon=True)
    t.start()
    res = run_command([exe], timeout, env=ctx.env)
    t.join(timeout + 1)
    raw = {TABLE: _output(res), PATH_FILE: exe + "\n"}
    if "text" in query:
        raw[QUERY] = query["text"]
    return raw


PROBE = Probe(NAME, collect, parse, files=(TABLE, QUERY, PATH_FILE), timeout=30.0,
              facts=FACTS + ("gpu.vendor",) + MIG_FACTS, order=30)
