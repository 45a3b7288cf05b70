"""The knowledge base: CUDA/driver/torch release tables and the rules that read them.

``derive_facts(facts)`` turns what probes and logs found into the ``compat.*`` facts (is the
driver new enough, does the wheel cover the GPU, do torchvision/NumPy match...) and the
``recommend.*`` facts (the build to install and the exact commands). It works on any partial
fact base: a fact is produced only when its inputs are known, and it never raises.

Tables: rules/knowledge/*.yaml (docs/knowledge.md). Rules: compat.py. Recommender: recommend.py.
"""
from __future__ import annotations

import dataclasses

from gpufix.facts import Fact, FactBase
from gpufix.knowledge import compat, machine, recommend, rocm
from gpufix.knowledge.compat import derived

__all__ = ["derive_facts", "recommendation"]


def derive_facts(facts: FactBase) -> list[Fact]:
    """compat.* and recommend.* facts (origin "derived") for this fact base."""
    out: list[Fact] = []
    try:
        m = machine.read(facts)
    except Exception as e:  # noqa: BLE001 - odd input must cost only the derived facts
        return [derived("compat.error", f"could not read the facts: {type(e).__name__}: {e}")]
    def recommended() -> list[Fact]:
        rec = recommend.recommend(m)
        return rec.facts() + recommend.driver_build_facts(m, rec)

    steps = (("compat", lambda: compat.derive(m)), ("recommend", recommended), ("rocm", lambda: rocm.derive(facts)))
    for step, run in steps:
        try:
            out.extend(run())
        except Exception as e:  # noqa: BLE001 - a bug here must not stop the diagnosis
            out.append(derived("compat.error", f"{step}: {type(e).__name__}: {e}"))
    return _inherit_command_origin(out, facts)


def _inherit_command_origin(out: list[Fact], facts: FactBase) -> list[Fact]:
    """A derived command holds the interpreter path it was built from: when that path came from
    --fact or a log (not a probe of this machine), the command keeps that origin, so a remedy
    can never be filled with it (gpufix.engine's command_value takes probe and derived only)."""
    exe = facts.get("python.executable")
    if exe is None or exe.origin == "probe" or not exe.known:
        return out
    path = exe.value
    return [dataclasses.replace(f, origin=exe.origin)
            if isinstance(f.value, (list, tuple)) and path in f.value else f for f in out]


def recommendation(facts: FactBase, require_torchaudio: bool = False):
    """The full recommendation object (what `gpufix recommend` prints)."""
    return recommend.recommend(machine.read(facts), require_torchaudio=require_torchaudio)
