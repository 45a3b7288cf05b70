"""Text for people: live progress (a bar on a terminal, plain lines otherwise) and a summary.

Pure formatting of events plus a small printer; `gpufix verify` uses it, the TUI may reuse
``event_line`` for its log.
"""
from __future__ import annotations

import threading
from typing import Any, TextIO

from gpufix.verify.events import VerifyResult, first_line, notes_for

LABEL_WIDTH = 10
BAR_WIDTH = 24


def _label(name: str) -> str:
    return f"  {name:<{LABEL_WIDTH}} "


def _rate(x: Any) -> str:
    return f"{x:,.0f} images/s" if isinstance(x, (int, float)) else "? images/s"


def event_line(e: dict[str, Any]) -> str | None:
    """A permanent line for a milestone event; None for progress and bookkeeping events."""
    kind = e.get("event")
    if kind == "torch":
        return _label("torch") + f"{e.get('version')} imported in {e.get('seconds', 0):.1f} s"
    if kind == "device":
        return _label("device") + device_text(e)
    if kind == "data_rejected":
        return _label("data") + f"rejected {e.get('path')}: {e.get('reason')}"
    if kind == "download" and e.get("state") == "failed":
        return _label("data") + f"download failed: {e.get('url')}: {e.get('error')}"
    if kind == "download" and e.get("state") == "done":
        return _label("data") + f"downloaded {e.get('url')} ({e.get('bytes', 0) / 1e6:.1f} MB, checksum ok)"
    if kind == "data":
        return _label("data") + data_text(e)
    if kind == "epoch":
        return (_label("train") + f"epoch {e.get('epoch')}/{e.get('epochs')}: accuracy {100 * (e.get('accuracy') or 0):.1f}%, "
                f"loss {e.get('loss') or 0:.3f}, {e.get('seconds', 0):.1f} s, {_rate(e.get('images_per_s'))}")
    if kind == "cpu":
        return _label("cpu") + f"{_rate(e.get('images_per_s'))} on {e.get('threads')} threads (same model, for the speed-up)"
    if kind == "error":
        return _label(str(e.get("phase") or "error")) + f"FAILED: {e.get('type')}: {first_line(e.get('message') or '')}"
    if kind == "skipped":
        return _label(str(e.get("phase"))) + f"skipped: {e.get('reason')}"
    return None


def device_text(e: dict[str, Any]) -> str:
    target = e.get("target")
    if not target:
        return f"no GPU checked: {e.get('reason')} -- CUDA was NOT checked"
    name = e.get("name") or ""
    extra = ", ".join(x for x in (f"sm_{e['capability'].replace('.', '')}" if e.get("capability") else "",
                                  f"{e['memory_mib']} MiB" if e.get("memory_mib") else "") if x)
    head = f"{target.upper()} {name}".rstrip() + (f" ({extra})" if extra else "")
    if e.get("error"):
        return f"{head}: FAILED at {e.get('error_step')}: {first_line(e['error'])}"
    checks = ", ".join(f"{k} {'ok' if e.get(k + '_ok') else 'FAILED'}" for k in ("alloc", "kernel", "matmul"))
    return f"{head}: {checks}"


def data_text(e: dict[str, Any]) -> str:
    kind = e.get("kind")
    size = f"{e.get('train')}+{e.get('test')} images"
    if kind == "mnist":
        return f"MNIST from {e.get('source')} ({size}, official checksums)"
    if kind == "idx":
        return f"IDX files from {e.get('source')} ({size}; NOT the official MNIST checksums)"
    return f"GENERATED data, not MNIST ({size}): {e.get('reason')}"


def progress_text(e: dict[str, Any]) -> tuple[str, float | None] | None:
    """(label, fraction) for the live bar, or None when the event does not move it."""
    kind = e.get("event")
    if kind == "phase" and e.get("state") == "start":
        text = {"import": "importing torch", "device": f"checking {e.get('target') or 'torch'}",
                "data": "looking for MNIST", "train": f"training on {e.get('device')}",
                "cpu": "measuring the CPU"}.get(str(e.get("phase")), str(e.get("phase")))
        return text, 0.0 if e.get("phase") in ("train", "cpu") else None
    if kind == "progress" and e.get("phase") == "train":
        steps, epochs = e.get("steps") or 1, e.get("epochs") or 1
        done = ((e.get("epoch") or 1) - 1 + (e.get("step") or 0) / steps) / epochs
        return f"training: epoch {e.get('epoch')}/{epochs}", done
    if kind == "progress" and e.get("phase") == "cpu":
        return "measuring the CPU", e.get("fraction")
    if kind == "download" and e.get("state") in ("start", "progress"):
        total, got = e.get("total"), e.get("bytes") or 0
        name = str(e.get("url", "")).rsplit("/", 1)[-1]
        return f"downloading {name}", (got / total if total else None)
    return None


def bar(fraction: float | None) -> str:
    if fraction is None:
        return ""
    fraction = min(max(fraction, 0.0), 1.0)
    full = int(round(fraction * BAR_WIDTH))
    return "[" + "#" * full + "-" * (BAR_WIDTH - full) + f"] {100 * fraction:3.0f}%"


class ProgressPrinter:
    """Prints milestone lines; on a terminal also a live bar on one line (\\r)."""

    def __init__(self, stream: TextIO, tty: bool, lines: bool = True) -> None:
        self.stream, self.tty, self.lines = stream, tty, lines
        self._bar = ""
        self._lock = threading.Lock()

    def __call__(self, e: dict[str, Any]) -> None:
        with self._lock:
            line = event_line(e) if self.lines else None
            if line is not None:
                self._clear()
                self.stream.write(line + "\n")
                self._bar = ""  # that phase is over: do not redraw its bar
            if self.tty:
                p = progress_text(e)
                if p is not None:
                    self._bar = f"  {p[0]} {bar(p[1])}".rstrip()
                if self._bar:
                    self.stream.write("\r\033[K" + self._bar[:200])
            self.stream.flush()

    def _clear(self) -> None:
        if self.tty and self._bar:
            self.stream.write("\r\033[K")

    def close(self) -> None:
        """Remove the bar so the next output starts on a clean line."""
        with self._lock:
            self._clear()
            self._bar = ""
            self.stream.flush()


def summary_lines(result: VerifyResult, python: str) -> list[str]:
    word = {"ok": "OK", "cpu-only": "CPU ONLY", "failed": "FAILED", "crashed": "FAILED", "timeout": "STOPPED",
            "cancelled": "CANCELLED", "not-run": "NOT RUN"}.get(result.status, result.status.upper())
    out = [f"verify {word}: {result.message}"]
    for note in notes_for(result.events):
        out.append(f"  note: {note}")
    if result.status == "cpu-only":
        out.append("  note: no GPU was used. If this machine has an NVIDIA GPU, run `gpufix` to find out "
                   "why torch cannot use it.")
    if result.status in ("crashed", "not-run") and result.stderr.strip():
        tail = [ln for ln in result.stderr.strip().splitlines() if ln.strip()][-3:]
        out += ["  stderr: " + ln for ln in tail]
    out.append(f"  python: {python}")
    return out
