"""The operating system gpufix runs on: name, release, architecture, WSL (cheap, in-process)."""
from __future__ import annotations

import json
import platform

from gpufix.probes.base import loads_json
from gpufix.facts import Fact, absent, ok
from gpufix.probes.base import Probe, ProbeContext, Raw

NAME = "platform"
FILE = "platform.json"
FACTS = ("os.name", "os.release", "os.arch", "os.wsl", "os.distro", "os.hostname")

_OS_NAMES = {"linux": "linux", "win32": "windows", "cygwin": "windows", "darwin": "macos"}


def parse_platform_json(text: str) -> list[Fact]:
    """Facts from platform.json (pure)."""
    doc = loads_json(text)
    if not isinstance(doc, dict):
        raise ValueError("platform.json is not an object")
    sys_platform = str(doc.get("sys_platform") or "")
    name = next((v for k, v in _OS_NAMES.items() if sys_platform.startswith(k)), None)
    facts: list[Fact] = []
    if name is None:
        system = str(doc.get("system") or "").lower()
        name = {"linux": "linux", "windows": "windows", "darwin": "macos"}.get(system, system or None)
    if name:
        facts.append(ok("os.name", name, NAME, f"sys.platform = {sys_platform}"))
    release = None
    if name == "windows":
        release = doc.get("version") or doc.get("release")  # 10.0.22631: the build tells 10 from 11
    elif name == "macos":
        release = doc.get("mac_ver") or doc.get("release")
    else:
        release = doc.get("release")
    if release:
        facts.append(ok("os.release", str(release), NAME))
    if doc.get("machine"):
        facts.append(ok("os.arch", str(doc["machine"]), NAME))
        if name == "macos" and str(doc["machine"]).lower() == "arm64":
            facts.append(ok("gpu.vendor", "apple", NAME, "macOS on arm64 (Apple silicon GPU)"))
    osrelease = str(doc.get("kernel_osrelease") or "")
    wsl = "microsoft" in osrelease.lower() or bool(doc.get("wsl_env"))
    facts.append(ok("os.wsl", wsl, NAME, osrelease.strip()))
    if doc.get("node"):  # the host name: how `gpufix fleet` names a node its launcher did not label
        facts.append(ok("os.hostname", str(doc["node"]), NAME, "platform.node()"))
    distro = doc.get("distro")
    if distro:
        facts.append(ok("os.distro", str(distro), NAME))
    else:
        facts.append(absent("os.distro", NAME, "no /etc/os-release" if name == "linux" else "not Linux"))
    return facts


def parse(raw: Raw) -> list[Fact]:
    if FILE not in raw:
        raise ValueError("platform.json missing")
    return parse_platform_json(raw[FILE])


def _read(path: str, limit: int = 4096) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read(limit)
    except OSError:
        return ""


def _os_release_name() -> str | None:
    # PRETTY_NAME only: the rest of os-release (URLs, ids) is not needed.
    for line in _read("/etc/os-release").splitlines():
        if line.startswith("PRETTY_NAME="):
            return line.split("=", 1)[1].strip().strip('"') or None
    return None


def collect(ctx: ProbeContext) -> Raw:
    doc = {"sys_platform": ctx.platform, "system": platform.system(), "release": platform.release(),
           "machine": platform.machine(), "node": platform.node()}
    if ctx.platform == "win32":
        doc["version"] = platform.version()
    elif ctx.platform == "darwin":
        doc["mac_ver"] = platform.mac_ver()[0]
    elif ctx.platform.startswith("linux"):
        doc["kernel_osrelease"] = _read("/proc/sys/kernel/osrelease").strip()
        doc["wsl_env"] = bool(ctx.env.get("WSL_DISTRO_NAME") or ctx.env.get("WSL_INTEROP"))
        doc["distro"] = _os_release_name()
    return {FILE: json.dumps(doc, indent=2, sort_keys=True) + "\n"}


PROBE = Probe(NAME, collect, parse, files=(FILE,), timeout=5.0, facts=FACTS, order=5)
