"""The verification script's JSON lines -> a VerifyResult with ``verify.*`` facts.

Everything here is PURE: a recorded output (stdout, stderr, exit code) replays through
exactly the same code as a live run, which is how GPU runs are tested on machines
without a GPU (tests/verify/data/).
"""
from __future__ import annotations

import json
from dataclasses import field
from typing import Any, Iterable

from gpufix.facts import Fact, absent, ok, unknown
from gpufix.records import record

SOURCE = "verify"
SCHEMA = "gpufix-verify/1"
STDERR_FACT_CHARS = 4000

# status -> exit code of `gpufix verify` (0 ok/warnings, 1 a check failed, 2 could not run).
STATUS_EXIT = {"ok": 0, "cpu-only": 0, "failed": 1, "crashed": 1, "timeout": 1, "not-run": 2, "cancelled": 130}


def parse_line(line: str) -> dict[str, Any] | None:
    """One event, or None for anything that is not an event (torch or a library may print)."""
    line = line.strip()
    if not line.startswith("{"):
        return None
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    if not isinstance(obj, dict) or not isinstance(obj.get("event"), str):
        return None
    return obj


def parse_lines(lines: Iterable[str]) -> list[dict[str, Any]]:
    return [e for e in map(parse_line, lines) if e is not None]


@record
class VerifyResult:
    status: str  # ok | cpu-only | failed | crashed | timeout | cancelled | not-run
    message: str  # one line for people
    facts: list[Fact] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    returncode: int | None = None
    stderr: str = ""
    seconds: float | None = None

    @property
    def exit_code(self) -> int:
        return STATUS_EXIT.get(self.status, 1)

    def fact(self, name: str) -> Fact | None:
        return next((f for f in self.facts if f.name == name), None)

    def value(self, name: str, default: Any = None) -> Any:
        f = self.fact(name)
        return f.value if f is not None and f.known else default

    def to_json(self) -> dict[str, Any]:
        """The "verify" section of `gpufix verify --json`."""
        last = _last_by_kind(self.events)
        out: dict[str, Any] = {"status": self.status, "message": self.message, "returncode": self.returncode,
                               "seconds": _round(self.seconds)}
        for kind in ("torch", "device", "data", "train", "cpu"):
            if kind in last:
                out[kind] = {k: v for k, v in last[kind].items() if k not in ("event", "t", "traceback")}
        out["epochs"] = [{k: v for k, v in e.items() if k not in ("event", "t")}
                         for e in self.events if e["event"] == "epoch"]
        errors = [{k: v for k, v in e.items() if k not in ("event", "t")} for e in self.events if e["event"] == "error"]
        if errors:
            out["errors"] = errors
        out["notes"] = notes_for(self.events)
        if self.stderr.strip():
            out["stderr_tail"] = self.stderr[-STDERR_FACT_CHARS:]
        return out


def _round(x: Any, nd: int = 3) -> Any:
    return round(x, nd) if isinstance(x, float) else x


def _last_by_kind(events: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for e in events:
        out[e["event"]] = e
    return out


def notes_for(events: list[dict[str, Any]]) -> list[str]:
    """What a person must know beside the numbers: data substitutions, rejected copies."""
    notes = []
    for e in events:
        if e["event"] == "data_rejected":
            notes.append(f"rejected MNIST copy in {e.get('path')}: {e.get('reason')}")
        elif e["event"] == "data" and e.get("kind") == "generated":
            notes.append("GENERATED data, not MNIST: " + str(e.get("reason") or "no MNIST copy"))
        elif e["event"] == "data" and e.get("kind") == "idx":
            notes.append(f"the IDX files in {e.get('source')} do not match the official MNIST checksums")
        elif e["event"] == "skipped":
            notes.append(f"{e.get('phase')} skipped: {e.get('reason')}")
    return notes


def first_line(text: str) -> str:
    return next((ln.strip() for ln in str(text).splitlines() if ln.strip()), "")


def stderr_error(stderr: str) -> str:
    """The likeliest error line in a crashed run's stderr (the last traceback line, say)."""
    lines = [ln.rstrip() for ln in stderr.splitlines() if ln.strip()]
    for ln in reversed(lines):
        if "Error" in ln or "error" in ln or "Fault" in ln or "Aborted" in ln:
            return ln.strip()
    return lines[-1].strip() if lines else ""


def build_result(events: list[dict[str, Any]], stderr: str = "", returncode: int | None = None, *,
                 cancelled: bool = False, stopped_reason: str = "", launch_error: str = "") -> VerifyResult:
    """Facts and status from a (possibly cut short) list of events. Pure.

    cancelled: the user stopped the run; stopped_reason: gpufix stopped it (timeout);
    launch_error: the interpreter could not be started at all.
    """
    last = _last_by_kind(events)
    end = last.get("end")
    if launch_error:
        status = "not-run"
    elif cancelled:
        status = "cancelled"
    elif stopped_reason:
        status = "timeout"
    elif end is not None and end.get("status") in ("ok", "cpu-only", "failed"):
        status = end["status"]
    elif end is not None and end.get("status") == "usage":
        status = "not-run"
    elif end is not None and end.get("status") == "cancelled":
        status = "cancelled"
    else:
        status = "crashed"
    if status in ("ok", "cpu-only") and returncode not in (None, 0):
        status = "crashed"  # said it finished, then died: trust the exit code
    seconds = end.get("seconds") if end else (events[-1].get("t") if events else None)
    facts = _facts(events, last, status, stderr, returncode, stopped_reason, launch_error)
    result = VerifyResult(status, "", facts, list(events), returncode, stderr, seconds)
    result.message = summary_line(result, stopped_reason or launch_error)
    return result


def _why_missing(status: str, stopped: str) -> str:
    return {"cancelled": "verification cancelled", "timeout": stopped or "verification stopped",
            "crashed": "the verification script stopped before this step",
            "not-run": stopped or "verification did not run"}.get(status, "not reached")


def _facts(events, last, status, stderr, returncode, stopped, launch_error) -> list[Fact]:
    facts: list[Fact] = [ok("verify.status", status, SOURCE)]
    why = _why_missing(status, stopped or launch_error)
    torch_ev, dev, data, train, cpu = (last.get(k) for k in ("torch", "device", "data", "train", "cpu"))

    if torch_ev is not None:
        facts.append(ok("verify.torch_version", str(torch_ev.get("version")), SOURCE))
    else:
        facts.append(unknown("verify.torch_version", SOURCE, why))

    # --- device check ------------------------------------------------------------------
    checks = ("verify.alloc_ok", "verify.kernel_ok", "verify.matmul_ok")
    if dev is None:
        facts += [unknown(n, SOURCE, why) for n in ("verify.device", "verify.gpu_checked") + checks]
    else:
        target = dev.get("target")
        facts.append(ok("verify.device", target or "cpu", SOURCE, dev.get("reason") or ""))
        facts.append(ok("verify.gpu_checked", bool(dev.get("checked")), SOURCE))
        if not target:
            facts += [absent(n, SOURCE, "no GPU was checked: " + (dev.get("reason") or "CPU only")) for n in checks]
        else:
            failed_step = dev.get("error_step")
            for n in checks:
                v = dev.get(n.split(".", 1)[1])
                if isinstance(v, bool):
                    facts.append(ok(n, v, SOURCE))
                else:
                    facts.append(unknown(n, SOURCE, f"not run: the {failed_step or 'device'} step failed first"))
        for key, name in (("name", "verify.device_name"), ("capability", "verify.device_capability"),
                          ("memory_mib", "verify.device_memory_mib")):
            if dev.get(key) is not None:
                facts.append(ok(name, dev[key], SOURCE))

    # --- error text (the finding that rules diagnose) ----------------------------------
    err = _first_error(events, dev)
    if err is None and status == "crashed":
        text = stderr_error(stderr)
        err = {"message": text or f"the verification script exited with code {returncode} without a result",
               "type": "", "phase": (last.get("phase") or {}).get("phase", "")}
    if err is None and status == "not-run" and launch_error:
        err = {"message": launch_error, "type": "", "phase": "start"}
    if err is not None:
        facts.append(ok("verify.error", err["message"], SOURCE, first_line(err["message"])))
        if err.get("type"):
            facts.append(ok("verify.error_type", err["type"], SOURCE))
        if err.get("phase"):
            facts.append(ok("verify.error_phase", err["phase"], SOURCE))
    elif status in ("ok", "cpu-only"):
        facts.append(absent("verify.error", SOURCE, "no error"))
    else:
        facts.append(unknown("verify.error", SOURCE, why))

    warns = [w for e in events for w in (e.get("warnings") or []) if e["event"] in ("torch", "device", "error")]
    if warns:
        facts.append(ok("verify.warnings", "\n".join(dict.fromkeys(warns)), SOURCE))
    if stderr.strip():
        facts.append(ok("verify.stderr", stderr[-STDERR_FACT_CHARS:], SOURCE))

    # --- data and training -------------------------------------------------------------
    skipped = next((e for e in events if e["event"] == "skipped" and e.get("phase") == "train"), None)
    not_run = (absent if skipped else unknown)
    reason = (f"MNIST skipped: {skipped.get('reason')}" if skipped else why)
    if data is not None:
        facts.append(ok("verify.data", data.get("kind"), SOURCE, data.get("reason") or ""))
        facts.append(ok("verify.data_source", str(data.get("source")), SOURCE))
        if isinstance(data.get("verified"), bool):
            facts.append(ok("verify.data_verified", data["verified"], SOURCE))
    else:
        facts.append(not_run("verify.data", SOURCE, reason))
    mnist_names = ("verify.mnist_accuracy", "verify.mnist_seconds", "verify.mnist_images_per_s",
                   "verify.mnist_epochs", "verify.train_device")
    if train is not None:
        for name, key in zip(mnist_names, ("accuracy", "seconds", "images_per_s", "epochs", "device")):
            if train.get(key) is not None:
                facts.append(ok(name, train[key], SOURCE))
    else:
        facts += [not_run(n, SOURCE, reason) for n in mnist_names]

    # --- speed-up: only a GPU run against the CPU on the same model ------------------------
    train_dev = (train or {}).get("device")
    if cpu is not None and cpu.get("images_per_s"):
        facts.append(ok("verify.cpu_images_per_s", cpu["images_per_s"], SOURCE))
    elif train_dev == "cpu" and train.get("images_per_s"):
        facts.append(ok("verify.cpu_images_per_s", train["images_per_s"], SOURCE, "the MNIST run itself was on the CPU"))
    else:
        facts.append((not_run if train is None else unknown)("verify.cpu_images_per_s", SOURCE,
                                                              reason if train is None else why))
    if (train_dev and train_dev != "cpu" and cpu is not None and _positive(cpu.get("images_per_s"))
            and _positive(train.get("images_per_s"))):
        steady, how = steady_images_per_s(events, train)
        facts.append(ok("verify.speedup", steady / cpu["images_per_s"], SOURCE, how))
    elif train_dev == "cpu":
        facts.append(absent("verify.speedup", SOURCE, "no GPU was checked: training ran on the CPU"))
    elif train is None:
        facts.append(not_run("verify.speedup", SOURCE, reason))
    else:
        facts.append(unknown("verify.speedup", SOURCE, why))
    return facts


def _positive(x: Any) -> bool:
    """A throughput the script reported as a number (the events are data: a broken line must not crash)."""
    return isinstance(x, (int, float)) and not isinstance(x, bool) and x > 0


def steady_images_per_s(events: list[dict], train: dict) -> tuple[float, str]:
    """The device's training throughput without its first epoch, and how it was taken.

    Recorded on an H200 (tests/verify/data/cuda-ok--h200-this-device): the first epoch took 0.92 s,
    the next two 0.15 s each; cuDNN's autotuning and CUDA's lazy module loading happen once, so a
    figure over all epochs said "0.8x the CPU" for a GPU that trains 2x faster than 16 CPU threads.
    """
    epochs = [e for e in events if e["event"] == "epoch" and e.get("phase", "train") == "train"
              and isinstance(e.get("seconds"), (int, float))]
    n, images = train.get("epochs"), train.get("images")
    if len(epochs) >= 2 and isinstance(n, int) and n == len(epochs) and isinstance(images, (int, float)):
        took = epochs[-1]["seconds"] - epochs[0]["seconds"]  # "seconds" counts training time so far
        if took > 0:
            return (images / n) * (n - 1) / took, f"epochs 2-{n} on the device (the first one starts CUDA up)"
    return float(train["images_per_s"]), "all epochs on the device"


def _first_error(events, dev) -> dict[str, Any] | None:
    if dev is not None and dev.get("error"):
        return {"message": dev["error"], "type": dev.get("error_type") or "", "phase": "device"}
    for e in events:
        if e["event"] == "error":
            return {"message": e.get("message") or "", "type": e.get("type") or "", "phase": e.get("phase") or ""}
    return None


# --- one line for people -----------------------------------------------------------------
def _pct(x: Any) -> str:
    return f"{100 * x:.1f}%" if isinstance(x, (int, float)) else "?"


def describe_device(result: VerifyResult) -> str:
    dev = _last_by_kind(result.events).get("device") or {}
    target = dev.get("target")
    if not target:
        return "no GPU checked"
    name = dev.get("name") or target
    cap = dev.get("capability")
    return f"{target.upper()} on {name}" + (f" (sm_{cap.replace('.', '')})" if cap and target == "cuda" else "")


def describe_training(result: VerifyResult) -> str:
    train = _last_by_kind(result.events).get("train")
    if not train:
        return ""
    data = {"mnist": "MNIST", "idx": "IDX copy (unofficial checksums)", "generated": "GENERATED data (not MNIST)"}
    text = (f"{data.get(train.get('data'), train.get('data'))} {_pct(train.get('accuracy'))} test accuracy "
            f"after {train.get('epochs')} epoch{'s' if train.get('epochs') != 1 else ''} "
            f"in {train.get('seconds', 0):.1f} s on {str(train.get('device')).upper()}")
    speed = result.value("verify.speedup")
    if speed is not None:
        text += f", {speed:.1f}x the CPU"
        if speed < 3:  # the check's CNN has ~9k parameters: a fast GPU waits on kernel launches
            text += " (a tiny model: not a benchmark)"
    return text


def summary_line(result: VerifyResult, stopped: str = "") -> str:
    s = result.status
    if s == "not-run":
        return f"verification could not run: {result.value('verify.error') or stopped}"
    if s == "cancelled":
        return "verification cancelled"
    if s == "timeout":
        return f"verification stopped: {stopped}"
    err = result.value("verify.error")
    phase = result.value("verify.error_phase", "")
    if s in ("failed", "crashed"):
        where = {"device": f"{str(result.value('verify.device', 'device')).upper()} check failed",
                 "import": "import torch failed",
                 "train": "MNIST training failed"}.get(phase, "verification failed")
        return f"{where}: {first_line(err or '')}" if err else where
    train = describe_training(result)
    if s == "ok":
        return f"{describe_device(result)} works" + (f"; {train}" if train else "")
    dev = _last_by_kind(result.events).get("device") or {}
    return f"no GPU was checked: {dev.get('reason') or 'CPU only'}" + (f"; {train}" if train else "")
