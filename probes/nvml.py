"""NVML in-process (nvidia-ml-py's `pynvml`): driver, CUDA driver version, devices.

The library nvidia-smi itself uses, so it works where nvidia-smi is not on PATH (Windows
installs, containers without the utilities). ``nvml.json`` keeps what NVML returned, so a
recording replays through the same parser. NVML loads in gpufix's own process; a wedged
driver can hang it, which the runner survives by abandoning the daemon thread.

This probe only ever *adds* known values (or ``driver.error``): the absent/unknown
verdicts on the driver belong to nvidia-smi, so a missing libnvidia-ml cannot hide
what nvidia-smi found.
"""
from __future__ import annotations

import json
import os
from typing import Any

from gpufix.probes.base import loads_json
from gpufix.facts import Fact, ok, unknown
from gpufix.probes.base import Probe, ProbeAbsent, ProbeContext, Raw

NAME = "nvml"
FILE = "nvml.json"

GPU_FACTS = ("gpu.count", "gpu.name", "gpu.compute_capability", "gpu.memory_total_mib")

# NVML error codes (nvml.h) -> the words nvidia-smi prints for them, so one rule
# signature matches both ("Failed to initialize NVML: Driver/library version mismatch").
_ERROR_TEXT = {
    9: "Driver Not Loaded",
    18: "Driver/library version mismatch",
    999: "Unknown Error",
}
_LIBRARY_NOT_FOUND = 12


def _text(v: Any) -> str:
    """NVML strings: bytes in nvidia-ml-py < 11.515, str after."""
    if isinstance(v, (bytes, bytearray)):
        return bytes(v).decode("utf-8", "replace").rstrip("\x00")
    return str(v)


def cuda_version_from_int(v: int) -> str:
    """12040 -> '12.4' (NVML/CUDA encode 1000*major + 10*minor)."""
    return f"{v // 1000}.{(v % 1000) // 10}"


def query(nv: Any) -> dict[str, Any]:
    """Ask NVML (module `nv`, normally pynvml) for everything the parser needs."""
    try:
        nv.nvmlInit()
    except nv.NVMLError as e:
        code = getattr(e, "value", None)
        if code == _LIBRARY_NOT_FOUND:
            raise ProbeAbsent("NVML library (libnvidia-ml / nvml.dll) not found") from e
        return {"stage": "init", "error": _text(e), "error_code": code}
    out: dict[str, Any] = {}
    try:
        out["driver_version"] = _text(nv.nvmlSystemGetDriverVersion())
        try:
            out["cuda_driver_version"] = int(nv.nvmlSystemGetCudaDriverVersion())
        except (nv.NVMLError, AttributeError) as e:
            out["cuda_driver_version_error"] = _text(e)
        devices = []
        for i in range(int(nv.nvmlDeviceGetCount())):
            d: dict[str, Any] = {"index": i}
            try:
                h = nv.nvmlDeviceGetHandleByIndex(i)
                d["name"] = _text(nv.nvmlDeviceGetName(h))
                try:
                    d["compute_capability"] = [int(x) for x in nv.nvmlDeviceGetCudaComputeCapability(h)]
                except (nv.NVMLError, AttributeError) as e:
                    d["compute_capability_error"] = _text(e)
                try:
                    d["memory_total"] = int(nv.nvmlDeviceGetMemoryInfo(h).total)
                except nv.NVMLError as e:
                    d["memory_error"] = _text(e)
                try:
                    d["pci_bus_id"] = _text(nv.nvmlDeviceGetPciInfo(h).busId)
                except nv.NVMLError:
                    pass
            except nv.NVMLError as e:  # "GPU is lost", "Unable to determine the device handle"
                d["error"] = _text(e)
                d["error_code"] = getattr(e, "value", None)
            devices.append(d)
        out["devices"] = devices
    except nv.NVMLError as e:
        out.update(stage="query", error=_text(e), error_code=getattr(e, "value", None))
    finally:
        try:
            nv.nvmlShutdown()
        except Exception:  # noqa: BLE001 - shutting down must not lose the answers
            pass
    return out


def error_text(doc: dict[str, Any]) -> str:
    code = doc.get("error_code")
    words = _ERROR_TEXT.get(code) if isinstance(code, int) else None
    text = words or str(doc.get("error") or "unknown NVML error")
    if doc.get("stage", "init") == "init":
        return f"Failed to initialize NVML: {text}"
    return f"NVML: {text}"


def parse_nvml_json(text: str) -> list[Fact]:
    """Facts from nvml.json (pure)."""
    doc = loads_json(text)
    if not isinstance(doc, dict):
        raise ValueError("nvml.json is not an object")
    if doc.get("error") and "driver_version" not in doc:
        msg = error_text(doc)
        reason = f"NVML failed: {msg}"
        return [ok("driver.error", msg, NAME, str(doc.get("error")))] + \
            [unknown(n, NAME, reason) for n in ("driver.version", "driver.cuda") + GPU_FACTS]
    facts: list[Fact] = []
    if doc.get("error"):
        facts.append(ok("driver.error", error_text(doc), NAME, str(doc.get("error"))))
    drv = _text(doc.get("driver_version") or "").strip()
    if drv:
        facts.append(ok("driver.version", drv, NAME, f"nvmlSystemGetDriverVersion() = {drv}"))
    cuda = doc.get("cuda_driver_version")
    if isinstance(cuda, int) and cuda > 0:
        facts.append(ok("driver.cuda", cuda_version_from_int(cuda), NAME,
                        f"nvmlSystemGetCudaDriverVersion() = {cuda}"))
    devices = doc.get("devices")
    if not isinstance(devices, list):
        return facts
    if any(d.get("error") for d in devices if isinstance(d, dict)):
        errs = sorted({_text(d["error"]) for d in devices if isinstance(d, dict) and d.get("error")})
        facts.append(ok("driver.error", "NVML: " + "; ".join(errs), NAME))
    good = [d for d in devices if isinstance(d, dict) and d.get("name")]
    facts.append(ok("gpu.count", len(devices), NAME, f"nvmlDeviceGetCount() = {len(devices)}"))
    if len(good) == len(devices):
        facts.append(ok("gpu.name", [_text(d["name"]) for d in good], NAME))
        ccs = [d.get("compute_capability") for d in good]
        if all(isinstance(c, list) and len(c) == 2 for c in ccs):
            facts.append(ok("gpu.compute_capability", [f"{c[0]}.{c[1]}" for c in ccs], NAME))
        mems = [d.get("memory_total") for d in good]
        if all(isinstance(m, int) for m in mems):
            facts.append(ok("gpu.memory_total_mib", [m // (1024 * 1024) for m in mems], NAME))
    if devices:
        facts.append(ok("gpu.vendor", "nvidia", NAME))
    return facts


def parse(raw: Raw) -> list[Fact]:
    if FILE not in raw:
        return []  # no NVML library: nvidia-smi's facts say what is missing
    return parse_nvml_json(raw[FILE])


def library_present(platform: str, env: Any = None) -> bool:
    """Whether the NVML library pynvml loads is there, asked the cheap way (no pynvml import).

    The same places pynvml tries: nvml.dll in System32 or the NVSMI folder on Windows,
    libnvidia-ml.so.1 through the dynamic loader elsewhere.
    """
    env = os.environ if env is None else env
    if platform.startswith("win"):
        return any(os.path.isfile(p) for p in (
            os.path.join(env.get("WINDIR", "C:/Windows"), "System32/nvml.dll"),
            os.path.join(env.get("ProgramFiles", "C:/Program Files"), "NVIDIA Corporation/NVSMI/nvml.dll")))
    found = _in_loader_paths(LINUX_LIBRARY, env)
    if found is not None:
        return found
    import ctypes  # lazy: start-up (only where the loader's cache cannot be read)

    try:
        ctypes.CDLL(LINUX_LIBRARY)
    except OSError:
        return False
    return True


LINUX_LIBRARY = "libnvidia-ml.so.1"
LD_SO_CACHE = "/etc/ld.so.cache"


def _in_loader_paths(name: str, env: Any, cache: str = LD_SO_CACHE) -> bool | None:
    """Whether the dynamic loader would find `name` (LD_LIBRARY_PATH, then its cache), without
    loading anything: importing ctypes to try it cost ~5 ms of every start. None when the cache
    cannot be read (musl has none): the caller asks the loader itself."""
    for folder in (env.get("LD_LIBRARY_PATH") or "").split(os.pathsep):
        if folder and os.path.isfile(os.path.join(folder, name)):
            return True
    try:
        with open(cache, "rb") as f:
            data = f.read(16 * 1024 * 1024)
    except OSError:
        return None
    # The cache lists each library's name as a NUL-terminated string (ldconfig -p reads the same).
    return (name.encode() + b"\0") in data


def collect(ctx: ProbeContext) -> Raw:
    # Most machines without an NVIDIA driver would otherwise import pynvml (~20 ms) to learn that.
    if not library_present(ctx.platform, ctx.env):
        raise ProbeAbsent("NVML library (libnvidia-ml / nvml.dll) not found")
    try:
        import pynvml  # nvidia-ml-py
    except ImportError as e:
        raise ProbeAbsent("nvidia-ml-py (pynvml) is not installed") from e
    return {FILE: json.dumps(query(pynvml), indent=2, sort_keys=True) + "\n"}


PROBE = Probe(NAME, collect, parse, files=(FILE,), timeout=30.0,
              facts=("driver.version", "driver.cuda") + GPU_FACTS, order=32)
