"""What the app needs from the outside world, as plain callables (tests inject their own).

* ``facts_provider(progress) -> Collected``: probes (or a fixture), in a worker thread;
* ``analyse(collected, lang) -> Outcome``: knowledge base + rules;
* ``runner(argv, on_line) -> exit code``: runs a remedy command;
* ``snapshotter(python, reason) -> str``: saves the environment, returns where;
* ``verifier(python, checks, on_event) -> facts``: CUDA allocation / MNIST;
* ``reprobe(None) -> Collected``: the facts after a remedy ran;
* ``log_scanner(text)``: a pasted error text -> a log scan with ``.facts``.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Sequence

from gpufix.facts import Fact
from gpufix.outcome import Analyser, Collected, analyse
from gpufix.probes.runner import ProgressCallback
from gpufix.remedy.execute import CommandRunner, run_streaming

FactsProvider = Callable[[Optional[ProgressCallback]], Collected]
Snapshotter = Callable[[str, str], str]
VerifyEvent = Callable[[dict], None]
# Returns the verification facts, or None when verification is not available.
Verifier = Callable[[str, Sequence[str], VerifyEvent], Optional[list[Fact]]]
LogScanner = Callable[[str], Any]
VERIFY_CHECKS = ("cuda-alloc", "mnist")


def snapshot_environment(python: str, reason: str) -> str:
    from gpufix.remedy.snapshot import take_snapshot

    return str(take_snapshot(python, reason).path)


def verify_with_gpufix(python: str, checks: Sequence[str], on_event: VerifyEvent) -> list[Fact] | None:
    """gpufix.verify when it is installed; None otherwise."""
    try:
        from gpufix.verify import runner
    except ImportError:
        return None
    options = _verify_options(runner, checks)
    result = runner.run_verify(python, options, on_event=on_event)
    return list(result.facts)


def _verify_options(runner_module: Any, checks: Sequence[str]) -> Any:
    # Build the verify runner's options from the checks a remedy step asks for.
    make = getattr(runner_module, "VerifyOptions", None)
    if make is None:
        return {"checks": list(checks)}
    try:
        return make(mnist="mnist" in checks)
    except TypeError:
        return make()


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
