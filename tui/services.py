"""What the app needs from the outside world, as plain callables (tests inject their own).

* ``facts_provider(progress, on_static=None) -> Collected``: probes (or a fixture), in a worker
  thread; a provider that probes in phases takes ``on_static`` and calls ``on_static(collected)``
  with the static phase's facts (no `import torch`) as soon as it has them, then returns every
  phase's (one that does not take it gives everything at once);
* ``analyse(collected, lang) -> Outcome``: knowledge base + rules;
* ``runner(argv, on_line) -> exit code``: runs a remedy command;
* ``snapshotter(python, reason) -> str``: saves the environment, returns where;
* ``verifier(python, checks, on_event, cancel) -> result``: CUDA allocation / MNIST
  (a gpufix.verify VerifyResult: ``.facts``, ``.message``; None when not available);
* ``reprobe(None) -> Collected``: the facts after a remedy ran;
* ``add_log(collected, text) -> Collected``: the same facts with a pasted error text as the log.
* ``check_index(collected) -> Collected``: the same facts plus what the pip index serves (one request).

Every default is the core's (gpufix.core): the app never assembles probing or analysis itself.
"""
from __future__ import annotations

import sys
import threading
import time
from dataclasses import field
from typing import Any, Callable, Optional, Sequence

from gpufix.core.outcome import Analyser, Collected
from gpufix.core.pipeline import analyse, with_index_check, with_log
from gpufix.probes.runner import ProgressCallback
from gpufix.records import record
from gpufix.remedy.execute import CommandRunner, run_streaming
from gpufix.ui_strings import t

StaticCallback = Callable[[Collected], None]
# (progress, on_static=None) -> Collected; the remedy screen's re-check passes neither.
FactsProvider = Callable[..., Collected]
Snapshotter = Callable[[str, str], str]
VerifyEvent = Callable[[dict], None]
# Returns an object with .facts (list[Fact]) and .message, or None when not available.
Verifier = Callable[[str, Sequence[str], VerifyEvent, threading.Event], Any]
LogAdder = Callable[[Collected, str], Collected]
VERIFY_CHECKS = ("cuda-alloc", "mnist")


def knowledge_line(outcome: Any, lang: str = "en") -> str:
    """The tables' date, as in the text report (and a count of what is newer than them)."""
    from gpufix.knowledge.dating import line  # lazy: only once a summary is shown

    k = outcome.knowledge
    beyond = k.get("beyond_tables") or []
    if not beyond:
        return line(k, lang)
    return f"{line(k, lang)} — {t('knowledge.beyond', lang, n=len(beyond))}"


def snapshot_environment(python: str, reason: str) -> str:
    from gpufix.remedy.snapshot import take_snapshot  # lazy: only when a remedy runs, not before the first paint

    return str(take_snapshot(python, reason).path)


def verify_with_gpufix(python: str, checks: Sequence[str], on_event: VerifyEvent,
                       cancel: threading.Event | None = None) -> Any:
    """The core's verification (device check, then MNIST when the step asks)."""
    from gpufix.core.verification import run_verification  # lazy: only on demand, not before the first paint

    return run_verification(python, mnist="mnist" in checks, on_event=on_event, cancel=cancel)




@record
class Services:
    facts_provider: FactsProvider
    analyse: Analyser = analyse
    runner: CommandRunner = run_streaming
    snapshotter: Optional[Snapshotter] = snapshot_environment
    verifier: Optional[Verifier] = verify_with_gpufix
    reprobe: Optional[FactsProvider] = None  # None: the facts provider again
    add_log: LogAdder = with_log
    check_index: Callable[[Collected], Collected] = with_index_check
    python: str = sys.executable
    # True when re-checking reads the same recorded inputs (--fixture / --no-probe).
    recheck_same_inputs: bool = False
    clock: Callable[[], float] = field(default=time.monotonic)
