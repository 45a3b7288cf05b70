"""The PCI bus (or the OS's list of video controllers): is there an NVIDIA GPU at all?

Every other GPU probe asks the driver (nvidia-smi, NVML, /proc/driver/nvidia). When no
driver answers, they cannot tell "no NVIDIA GPU" from "an NVIDIA GPU whose driver is
missing"; the bus can, and it needs no driver:

* Linux: ``/sys/bus/pci/devices/*/{vendor,device,class}`` and the ``driver`` link (which
  kernel driver holds the card: nvidia, nouveau, vfio-pci, or none), plus ``lspci -nnk``
  when it is installed, for the names. A container sees the host's bus in /sys, so a
  container started without GPU access still shows the card. WSL2 does not show the
  Windows GPU on its bus, so the probe stays silent there.
* Windows: the video controllers Windows knows (CIM, or wmic where PowerShell is missing),
  with ConfigManagerErrorCode (43, 28... = Device Manager's "driver problem").
* macOS: ``system_profiler SPDisplaysDataType``.

NVIDIA = PCI vendor 0x10de; a GPU = a display-class device (class 0x03xxxx: VGA 0x0300,
3D controller 0x0302 as data-center cards are, other display 0x0380).
"""
from __future__ import annotations

import json
import os
from typing import Iterable

from gpufix import linear_re as re  # linear time on text gpufix did not write
from gpufix.probes.base import loads_json
from gpufix.facts import Fact, absent, ok
from gpufix.probes.base import (Probe, ProbeAbsent, ProbeContext, ProbeFailed, Raw, find_executable,
                                run_command)
from gpufix.records import record

NAME = "pci"
SYSFS_FILE = "pci-sysfs.json"  # what /sys/bus/pci/devices says, one entry per device
LSPCI_FILE = "lspci.txt"  # `lspci -nnk` (or a pasted `lspci -nn` / `lspci -vnn` / `lspci`)
WINDOWS_FILE = "windows-video-controllers.txt"  # CIM Format-List, or `wmic ... /format:list`
MACOS_FILE = "system-profiler-displays.txt"  # `system_profiler SPDisplaysDataType`
FILES = (SYSFS_FILE, LSPCI_FILE, WINDOWS_FILE, MACOS_FILE)

FACTS = ("pci.seen", "pci.nvidia_count", "pci.gpu_names", "pci.device_ids", "pci.kernel_driver",
         "pci.error_codes", "pci.other_gpus")

NVIDIA_VENDOR = "10de"
SYSFS_ROOT = "/sys/bus/pci/devices"
# A few vendor ids, so a machine's other display device reads as "Intel display device 8086:9bc4"
# rather than a bare number (the full list is pci.ids; these are the ones a GPU user meets).
_VENDOR_NAMES = {"8086": "Intel", "1002": "AMD", "1022": "AMD", "106b": "Apple", "1414": "Microsoft",
                 "1af4": "virtio", "1234": "QEMU", "15ad": "VMware", "1a03": "ASPEED", "102b": "Matrox",
                 NVIDIA_VENDOR: "NVIDIA"}
# Windows shows a card without its driver under this name (the inbox fallback driver).
_BASIC_DISPLAY = "microsoft basic display adapter"

# Windows runs this; Format-List is what users paste too, so one parser reads both. A wide
# Out-String keeps a long PNPDeviceID on one line.
_CIM_SCRIPT = ("Get-CimInstance Win32_VideoController | Format-List Name,PNPDeviceID,DriverVersion,Status,"
               "ConfigManagerErrorCode | Out-String -Width 4096")
_WMIC_ARGS = ("path", "win32_videocontroller", "get", "Name,PNPDeviceID,DriverVersion,Status,ConfigManagerErrorCode",
              "/format:list")


@record
class DisplayDevice:
    """One display-class device, whichever OS source described it."""

    vendor_id: str | None  # 4 hex digits, lower case
    device_id: str | None
    name: str | None = None  # marketing name when the source gives one
    driver: str | None = None  # Linux: the kernel driver bound to it ("none" when unbound)
    error_code: int | None = None  # Windows: ConfigManagerErrorCode
    vendor_name: str | None = None  # the source's vendor text (lspci, system_profiler)

    @property
    def is_nvidia(self) -> bool:
        if self.vendor_id:
            return self.vendor_id == NVIDIA_VENDOR
        text = f"{self.vendor_name or ''} {self.name or ''}".lower()
        return "nvidia" in text

    @property
    def pci_id(self) -> str | None:
        return f"{self.vendor_id}:{self.device_id}" if self.vendor_id and self.device_id else None

    def label(self) -> str:
        """The name to show: the marketing name, else the vendor and the PCI id."""
        if self.name:
            return self.name
        vendor = _VENDOR_NAMES.get(self.vendor_id or "", self.vendor_name or "unknown vendor")
        return f"{vendor} display device {self.pci_id}" if self.pci_id else f"{vendor} display device"


# --- Linux ------------------------------------------------------------------------------

def _hex4(text: str | None) -> str | None:
    """'0x10de' / '10DE' -> '10de'."""
    if not text:
        return None
    t = text.strip().lower()
    t = t[2:] if t.startswith("0x") else t
    return t.zfill(4) if re.fullmatch(r"[0-9a-f]{1,4}", t) else None


def parse_sysfs(text: str) -> dict[str, DisplayDevice]:
    """Display devices by slot from the recorded /sys/bus/pci reading (pure)."""
    doc = loads_json(text)
    if not isinstance(doc, dict) or not isinstance(doc.get("devices", []), list):
        raise ValueError("pci-sysfs.json: not a recording of /sys/bus/pci")
    out: dict[str, DisplayDevice] = {}
    for dev in doc.get("devices", []):
        if not isinstance(dev, dict):
            continue
        cls = str(dev.get("class") or "").lower().removeprefix("0x")
        if not cls.startswith("03"):  # display controllers only
            continue
        out[dev.get("slot", "")] = DisplayDevice(_hex4(dev.get("vendor")), _hex4(dev.get("device")),
                                                 driver=dev.get("driver") or "none")
    return out


# "01:00.0 VGA compatible controller [0300]: NVIDIA Corporation GA102 [GeForce RTX 3080] [10de:2206] (rev a1)"
# "03:00.0 3D controller: NVIDIA Corporation GP102GL [Tesla P40] (rev a1)"  (plain `lspci`)
_LSPCI_LINE = re.deferred(r"^(?P<slot>(?:[0-9a-f]{4}:)?[0-9a-f]{2}:[0-9a-f]{2}\.[0-7])\s+"
                         r"(?P<cls>[A-Za-z0-9][^\[:]*?)(?:\s+\[(?P<cc>[0-9a-f]{4})\])?:\s+(?P<rest>.*)$", re.I)
_LSPCI_IDS = re.deferred(r"\[([0-9a-f]{4}):([0-9a-f]{4})\]", re.I)
_LSPCI_TAIL = re.deferred(r"\s*\((?:rev|prog-if)\b.*$", re.I)
_DISPLAY_CLASSES = ("vga compatible controller", "3d controller", "display controller")
_KERNEL_DRIVER = re.deferred(r"^\s*Kernel driver in use:\s*(\S+)", re.I)


def parse_lspci(text: str) -> dict[str, DisplayDevice]:
    """Display devices by slot from `lspci` output, with or without -nn, -k, -v (pure)."""
    out: dict[str, DisplayDevice] = {}
    current: DisplayDevice | None = None
    for line in text.splitlines():
        m = _LSPCI_LINE.match(line.strip()) if not line[:1].isspace() else None
        if m:
            cc = (m.group("cc") or "").lower()
            cls = m.group("cls").strip().lower()
            if not (cc.startswith("03") or (not cc and cls in _DISPLAY_CLASSES)):
                current = None
                continue
            rest = _LSPCI_TAIL.sub("", m.group("rest"))
            ids = _LSPCI_IDS.findall(rest)
            vendor_id, device_id = (ids[-1][0].lower(), ids[-1][1].lower()) if ids else (None, None)
            desc = _LSPCI_IDS.sub("", rest).strip()
            # "NVIDIA Corporation GA102 [GeForce RTX 3080]": the bracket is the marketing name;
            # "NVIDIA Corporation Device" (an id older than the machine's pci.ids) has none.
            bracket = re.search(r"\[([^\]]+)\]\s*$", desc)
            name = bracket.group(1).strip() if bracket else None
            vendor_name = desc.split(" Corporation")[0] if " Corporation" in desc else None
            if name is None and desc and not re.search(r"\bDevice\s*$", desc):
                name = desc
            current = DisplayDevice(vendor_id, device_id, name=name, vendor_name=vendor_name)
            out[m.group("slot").lower()] = current
            continue
        k = _KERNEL_DRIVER.match(line)
        if k and current is not None:
            current.driver = k.group(1)
    return out


def _merge_linux(sysfs: dict[str, DisplayDevice], lspci: dict[str, DisplayDevice]) -> list[DisplayDevice]:
    """sysfs is the witness for what is there and which driver holds it; lspci adds names."""
    if not sysfs:
        return list(lspci.values())
    by_short = {slot[-7:]: dev for slot, dev in lspci.items()}  # "0000:01:00.0" vs "01:00.0"
    for slot, dev in sysfs.items():
        named = lspci.get(slot) or by_short.get(slot[-7:])
        if named is not None and named.pci_id in (None, dev.pci_id):
            dev.name, dev.vendor_name = named.name, named.vendor_name
    return list(sysfs.values())


# --- Windows ----------------------------------------------------------------------------

def _records(text: str) -> list[dict[str, str]]:
    """'Key : Value' (PowerShell Format-List) or 'Key=Value' (wmic /format:list) records,
    separated by blank lines. A header-only table (`wmic ... get name`) gives one record per line."""
    records: list[dict[str, str]] = []
    rec: dict[str, str] = {}
    table: list[str] = []
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line:
            if rec:
                records.append(rec)
                rec = {}
            continue
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_]*)\s*(?::|=)\s?(.*)$", line)
        if m:
            rec[m.group(1)] = m.group(2).strip()
        else:
            table.append(line)
    if rec:
        records.append(rec)
    if not records and len(table) > 1 and table[0].split()[0].lower() in ("name", "caption", "description"):
        records = [{"Name": row} for row in table[1:]]
    return records


_PNP_IDS = re.deferred(r"VEN_([0-9A-F]{4})&DEV_([0-9A-F]{4})", re.I)


def parse_windows(text: str) -> list[DisplayDevice]:
    """Video controllers from CIM/WMI list output (pure). Non-PCI adapters (virtual displays,
    DisplayLink USB) have no PCI\\VEN_ id and are left out when the ids are shown."""
    out = []
    records = _records(text)
    with_ids = any("PNPDeviceID" in r for r in records)
    for r in records:
        name = r.get("Name") or r.get("Caption") or r.get("Description")
        if not name and "PNPDeviceID" not in r:
            continue
        pnp = r.get("PNPDeviceID", "")
        ids = _PNP_IDS.search(pnp) if pnp.upper().startswith("PCI\\") else None
        if with_ids and ids is None:
            continue
        code = r.get("ConfigManagerErrorCode", "")
        dev = DisplayDevice(ids.group(1).lower() if ids else None, ids.group(2).lower() if ids else None,
                            name=name or None, error_code=int(code) if code.isdigit() else None)
        if dev.name and dev.name.lower() == _BASIC_DISPLAY:
            dev.name = None  # the fallback driver's name says nothing about the card
        out.append(dev)
    return out


# --- macOS ------------------------------------------------------------------------------

_MAC_FIELD = re.deferred(r"^\s*(Chipset Model|Vendor|Device ID):\s*(.*?)\s*$")


def parse_system_profiler(text: str) -> list[DisplayDevice]:
    """GPUs from `system_profiler SPDisplaysDataType` text (pure): one per 'Chipset Model'."""
    out: list[DisplayDevice] = []
    for line in text.splitlines():
        m = _MAC_FIELD.match(line)
        if not m:
            continue
        key, value = m.groups()
        if key == "Chipset Model":
            out.append(DisplayDevice(None, None, name=value or None))
        elif out and key == "Vendor":
            # "NVIDIA (0x10de)", "Intel", "sppci_vendor_Apple"
            vid = re.search(r"\(0x([0-9a-f]{1,4})\)", value, re.I)
            out[-1].vendor_id = _hex4(vid.group(1)) if vid else out[-1].vendor_id
            out[-1].vendor_name = re.sub(r"\s*\(0x[0-9a-f]+\)|^sppci_vendor_", "", value, flags=re.I)
        elif out and key == "Device ID":
            out[-1].device_id = _hex4(value)
    return out


# --- facts ------------------------------------------------------------------------------

def facts_from_devices(devices: Iterable[DisplayDevice], where: str) -> list[Fact]:
    """The pci.* facts from the display devices one source saw (pure)."""
    devices = list(devices)
    nvidia = [d for d in devices if d.is_nvidia]
    others = [d for d in devices if not d.is_nvidia]
    evidence = "; ".join(d.label() + (f" [{d.pci_id}]" if d.pci_id and d.name else "") for d in nvidia) or where
    facts = [ok("pci.seen", True, NAME, where),
             ok("pci.nvidia_count", len(nvidia), NAME, evidence),
             ok("pci.gpu_names", [d.label() for d in nvidia], NAME, evidence),
             ok("pci.other_gpus", [d.label() for d in others], NAME, where)]
    if all(d.pci_id for d in nvidia):
        facts.append(ok("pci.device_ids", [d.pci_id for d in nvidia], NAME, evidence))
    if nvidia and all(d.driver for d in nvidia):
        facts.append(ok("pci.kernel_driver", [d.driver for d in nvidia], NAME, evidence))
    if nvidia and all(d.error_code is not None for d in nvidia):
        facts.append(ok("pci.error_codes", [d.error_code for d in nvidia], NAME, evidence))
    return facts


def parse(raw: Raw) -> list[Fact]:
    """Facts from whichever OS source was recorded; the first present one wins (pure)."""
    if SYSFS_FILE in raw or LSPCI_FILE in raw:
        sysfs = parse_sysfs(raw[SYSFS_FILE]) if SYSFS_FILE in raw else {}
        lspci = parse_lspci(raw[LSPCI_FILE]) if LSPCI_FILE in raw else {}
        where = "/sys/bus/pci" if SYSFS_FILE in raw else "lspci"
        return facts_from_devices(_merge_linux(sysfs, lspci), where)
    if WINDOWS_FILE in raw:
        return facts_from_devices(parse_windows(raw[WINDOWS_FILE]), "Windows video controllers")
    if MACOS_FILE in raw:
        return facts_from_devices(parse_system_profiler(raw[MACOS_FILE]), "system_profiler SPDisplaysDataType")
    reason = "the PCI bus could not be read here"
    return [absent(n, NAME, reason) for n in FACTS]


# --- collectors (touch the machine) -----------------------------------------------------

def _read_small(path: str) -> str | None:
    try:
        with open(path, encoding="ascii", errors="replace") as f:
            return f.read(64).strip()
    except OSError:
        return None


def read_sysfs(root: str = SYSFS_ROOT) -> str | None:
    """Every device's vendor/device/class and bound driver as JSON, or None without a bus."""
    try:
        slots = sorted(os.listdir(root))
    except OSError:
        return None
    devices = []
    for slot in slots:
        base = os.path.join(root, slot)
        driver = os.path.join(base, "driver")
        devices.append({"slot": slot, "vendor": _read_small(os.path.join(base, "vendor")),
                        "device": _read_small(os.path.join(base, "device")),
                        "class": _read_small(os.path.join(base, "class")),
                        "driver": os.path.basename(os.readlink(driver)) if os.path.islink(driver) else None})
    return json.dumps({"root": root, "devices": devices}, indent=2, sort_keys=True) + "\n"


def _is_wsl(ctx: ProbeContext) -> bool:
    release = _read_small("/proc/sys/kernel/osrelease") or ""
    return "microsoft" in release.lower() or bool(ctx.env.get("WSL_DISTRO_NAME"))


def collect(ctx: ProbeContext) -> Raw:
    timeout = 10.0 * ctx.timeout_scale
    raw: Raw = {}
    if ctx.platform.startswith("linux"):
        if _is_wsl(ctx):
            raise ProbeAbsent("WSL2 does not show the Windows GPU on its PCI bus")
        sysfs = read_sysfs()
        if sysfs is not None:
            raw[SYSFS_FILE] = sysfs
        lspci = find_executable("lspci", ctx, ("/usr/bin", "/usr/sbin", "/sbin", "/bin"))
        if lspci:
            try:
                res = run_command([lspci, "-nnk"], timeout, ctx.env)
                if res.returncode == 0 and res.stdout.strip():
                    raw[LSPCI_FILE] = res.stdout
            except ProbeFailed:
                pass  # sysfs alone still answers; lspci only adds names
        if not raw:
            raise ProbeAbsent(f"no {SYSFS_ROOT} and no lspci")
        return raw
    if ctx.platform == "win32":
        shell = find_executable("powershell", ctx, (os.path.join(ctx.env.get("SystemRoot", r"C:\Windows"),
                                                                 "System32", "WindowsPowerShell", "v1.0"),))
        if shell:
            try:
                res = run_command([shell, "-NoProfile", "-NonInteractive", "-Command", _CIM_SCRIPT], timeout, ctx.env)
                if res.returncode == 0 and res.stdout.strip():
                    return {WINDOWS_FILE: res.stdout}
            except ProbeFailed:
                pass  # a PowerShell that hangs or is blocked by policy: wmic may still answer
        wmic = find_executable("wmic", ctx)
        if wmic:
            res = run_command([wmic, *_WMIC_ARGS], timeout, ctx.env)
            if res.returncode == 0 and res.stdout.strip():
                return {WINDOWS_FILE: res.stdout}
        raise ProbeFailed("neither PowerShell nor wmic listed the video controllers")
    if ctx.platform == "darwin":
        profiler = find_executable("system_profiler", ctx, ("/usr/sbin",))
        if profiler is None:
            raise ProbeAbsent("system_profiler not found")
        res = run_command([profiler, "SPDisplaysDataType"], 2 * timeout, ctx.env)
        if res.returncode != 0:
            raise ProbeFailed(f"system_profiler exited with {res.returncode}")
        return {MACOS_FILE: res.stdout}
    raise ProbeAbsent(f"no PCI reader for {ctx.platform}")


PROBE = Probe(NAME, collect, parse, files=FILES, timeout=25.0, facts=FACTS, order=7)
