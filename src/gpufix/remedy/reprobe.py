"""`reprobe:<fact>`: read a few facts again after a step, by running only the probes that produce them.

A probe declares the facts it produces (`Probe.facts`); a family entry (`env.*` style names
are listed one by one there) is matched by name. A fact no probe produces (derived by the
knowledge base, or read only from a log) cannot be re-probed: it is left out of the answer,
and the fix says so.
"""
from __future__ import annotations

from typing import Callable, Iterable, Optional, Sequence

from gpufix.facts import Fact, FactBase


def probes_for(names: Iterable[str], probes: Optional[Sequence] = None) -> list:
    """The probes (in their registry order) that produce any of `names`."""
    if probes is None:
        from gpufix.probes.registry import ALL_PROBES  # lazy: the probe modules load only when a fix re-probes

        probes = ALL_PROBES
    wanted = set(names)
    return [p for p in probes if wanted.intersection(p.facts)]


def probe_facts(python: str, names: Sequence[str], probes: Optional[Sequence] = None) -> list[Fact]:
    """Run the probes behind `names` against `python`; the facts named, merged by precedence."""
    # lazy: the probe machinery loads only when a fix re-probes
    from gpufix.probes.base import ProbeContext
    from gpufix.probes.runner import run_probes

    chosen = probes_for(names, probes)
    if not chosen:
        return []
    fb = FactBase()
    for result in run_probes(chosen, ProbeContext(python=python)):
        fb.extend(result.facts)
    return [f for f in fb if f.name in set(names)]


def reprobe_in(python: str) -> Callable[[Sequence[str]], list[Fact]]:
    """A re-probe callable for the fix service, bound to the target interpreter."""
    def reprobe(names: Sequence[str]) -> list[Fact]:
        return probe_facts(python, names)
    return reprobe
