"""The fix service's tools (gpufix.remedy.service.FixTools) from the app's services.

The walk-through runs steps through the same service as `gpufix fix`; this module only
adapts the app's callables to it: what a re-probe and a re-diagnosis read depends on how the
app was started (live probes, or the same recorded inputs with --fixture/--no-probe).
"""
from __future__ import annotations

import threading
from typing import Any, Callable, Optional, Sequence

from gpufix.facts import Fact, FactBase
from gpufix.core.outcome import Collected
from gpufix.remedy.service import FixTools
from gpufix.tui.services import Services


def fix_tools(services: Services, lang: str, cancel: Optional[threading.Event] = None,
              os_name: Optional[str] = None, outcome: Any = None) -> FixTools:
    """`outcome`: the one the diagnosis was found in; a re-run command's new output is read
    with its machine facts (not its old log)."""
    return FixTools(runner=services.runner, snapshotter=services.snapshotter, reprobe=reprobe_for(services),
                    verifier=services.verifier, rediagnose=rediagnose_for(services, lang),
                    rediagnose_output=rediagnose_output_for(services, lang, outcome), cancel=cancel,
                    os_name=os_name)


def reprobe_for(services: Services) -> Callable[[Sequence[str]], list[Fact]]:
    """Live: only the probes behind the named facts. Otherwise what the app re-collects."""
    if services.reprobe is None and not services.recheck_same_inputs:
        from gpufix.remedy.reprobe import reprobe_in  # lazy: probe modules load on the first re-probe

        return reprobe_in(services.python)
    provider = services.reprobe or services.facts_provider

    def reprobe(names: Sequence[str]) -> list[Fact]:
        wanted = set(names)
        return [f for f in provider(None).facts if f.name in wanted]
    return reprobe


def rediagnose_for(services: Services, lang: str) -> Callable[[list[Fact]], Any]:
    def rediagnose(learnt: list[Fact]) -> Any:
        # Even when the recorded inputs are read again (--fixture/--no-probe with --log), their
        # log is the same old text: judging it again would prove nothing either way. A log's
        # findings are judged on a command's new output (rediagnose_output_for).
        collected = without_log((services.reprobe or services.facts_provider)(None))
        collected.facts.extend(learnt)
        return services.analyse(collected, lang)
    return rediagnose


def rediagnose_output_for(services: Services, lang: str, outcome: Any) -> Callable[[str], Any]:
    """The re-run command's new output in place of the old log, with the same machine facts."""
    def rediagnose_output(text: str) -> Any:
        base = outcome.collected if outcome is not None else services.facts_provider(None)
        return services.analyse(services.add_log(base, text), lang)
    return rediagnose_output


def without_log(collected: Collected) -> Collected:
    """The log describes the past: a re-check after a fix reads only the machine."""
    facts = FactBase()
    facts.extend(f for f in collected.facts if f.origin != "log")
    return Collected(facts, collected.probe_results, None, collected.python, collected.source,
                     collected.fixture, None, collected.phases, [f for f in collected.given if f.origin != "log"])
