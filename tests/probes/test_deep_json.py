"""A recording nested deeper than json's recursion limit is declined (ValueError), never a crash."""
from __future__ import annotations

import pytest

from gpufix.probes.base import loads_json
from gpufix.probes.registry import ALL_PROBES

DEEP = "[" * 100_000 + "]" * 100_000


def test_loads_json_turns_too_deep_into_a_value_error():
    with pytest.raises(ValueError, match="nested too deeply"):
        loads_json(DEEP)


@pytest.mark.parametrize("probe", [p for p in ALL_PROBES if any(f.endswith(".json") for f in p.files)],
                         ids=lambda p: p.name)
def test_every_json_probe_declines_a_too_deep_recording(probe):
    raw = {f: DEEP for f in probe.files if f.endswith(".json")}
    try:
        probe.parse(raw)
    except ValueError:
        pass
