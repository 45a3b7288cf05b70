"""durable-rules as a backend: the compiled stratum's chunks run through engine/durable_host.py.

durable-rules' quirks (no `$or` in large rulesets, error 303 above ~62 matching nodes, no
unhandled messages) are handled where the chunks are built, in engine/compile.py; this
module only adapts the host to the Backend interface.
"""
from __future__ import annotations

from typing import Any

from gpufix.engine import durable_host
from gpufix.engine.compile import Stratum


class DurableBackend:
    name = "durable"
    label = "durable-rules"

    def available(self) -> bool:
        return durable_host.import_problem() is None

    def unavailable_reason(self) -> str:
        return durable_host.import_problem() or ""

    def install_hint(self) -> str:
        problem = durable_host.import_problem()
        return f"{problem or 'durable-rules cannot be imported'}; install it: {durable_host.INSTALL_HINT}"

    def run(self, stratum: Stratum, values: dict[str, Any]) -> list[str]:
        return durable_host.run_chunks(stratum.chunks, values)
