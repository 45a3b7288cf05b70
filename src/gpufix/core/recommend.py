"""`gpufix recommend`'s flow: the same collected facts as a diagnosis, then the knowledge
base's recommendation (what to install, why, and the exact commands)."""
from __future__ import annotations

from typing import Any, Optional

from gpufix.core.inputs import host_facts
from gpufix.core.outcome import Collected, Request
from gpufix.core.pipeline import collect
from gpufix.facts import Fact
from gpufix.knowledge import derive_facts, recommendation
from gpufix.probes.runner import ProgressCallback
from gpufix.records import record


@record
class Recommended:
    collected: Collected
    recommendation: Any  # gpufix.knowledge.recommend.Recommendation
    derived: list[Fact]  # the knowledge base's facts on the way (compat.*, recommend.*)


def recommend(request: Request, require_torchaudio: bool = False,
              progress: Optional[ProgressCallback] = None) -> Recommended:
    collected = collect(request, progress)
    facts = collected.facts
    if collected.source == "probe":
        facts.extend(host_facts(facts, collected.python))
    return Recommended(collected, recommendation(facts, require_torchaudio=require_torchaudio),
                       derive_facts(facts))
