"""What the app needs from the outside world, as plain callables (tests inject their own).

* ``facts_provider(progress) -> Collected``: probes (or a fixture), in a worker thread;
* ``analyse(collected, lang) -> Outcome``: knowledge base + rules;
* ``runner(argv, on_line) -> exit code``: runs a remedy command;
* ``snapshotter(python, reason) -> str``: saves the environment, returns where;
* ``verifier(python, checks, on_event, cancel) -> result``: CUDA allocation / MNIST
  (a gpufix.verify VerifyResult: ``.facts``, ``.message``; None when not available);
* ``reprobe(None) -> Collected``: the facts after a remedy ran;
* ``log_scanner(text)``: a pasted error text -> a log scan with ``.facts``.
"""
from __future__ import annotations

import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Sequence

from gpufix.outcome import Analyser, Collected, analyse
from gpufix.probes.runner import ProgressCallback
from gpufix.remedy.execute import CommandRunner, run_streaming

FactsProvider = Callable[[Optional[ProgressCallback]], Collected]
Snapshotter = Callable[[str, str], str]
VerifyEvent = Callable[[dict], None]
# Returns an object with .facts (list[Fact]) and .message, or None when not available.
Verifier = Callable[[str, Sequence[str], VerifyEvent, threading.Event], Any]
LogScanner = Callable[[str], Any]
VERIFY_CHECKS = ("cuda-alloc", "mnist")


def snapshot_environment(python: str, reason: str) -> str:
    from gpufix.remedy.snapshot import take_snapshot

    return str(take_snapshot(python, reason).path)


def verify_with_gpufix(python: str, checks: Sequence[str], on_event: VerifyEvent,
                       cancel: threading.Event | None = None) -> Any:
    """gpufix.verify's run (device check, then MNIST when the step asks); None if not installed."""
    try:
        from gpufix.verify.runner import VerifyOptions, run_verify
    except ImportError:
        return None
    return run_verify(python, VerifyOptions(mnist="mnist" in checks), on_event=on_event, cancel=cancel)


def scan_log_text(text: str) -> Any:
    from gpufix.engine.log_scan import scan_log_text as scan

    return scan(text)


@dataclass
class Services:
    facts_provider: FactsProvider
    analyse: Analyser = analyse
    runner: CommandRunner = run_streaming
    snapshotter: Optional[Snapshotter] = snapshot_environment
    verifier: Optional[Verifier] = verify_with_gpufix
    reprobe: Optional[FactsProvider] = None  # None: the facts provider again
    log_scanner: LogScanner = scan_log_text
    python: str = sys.executable
    # True when re-checking reads the same recorded inputs (--fixture / --no-probe).
    recheck_same_inputs: bool = False
    clock: Callable[[], float] = field(default=time.monotonic)
