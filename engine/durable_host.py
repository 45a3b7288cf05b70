"""The one place gpufix touches durable-rules: a private host, registration, assertion.

durable-rules keeps process-wide state, so it is fenced in here:
* one private `engine.Host` (never `durable.lang`'s global host), without its background
  dispatch threads: actions run synchronously inside assert_fact, which is all we need;
* each compiled ruleset is registered once, under a name that hashes its content, with
  dicts built fresh for registration (set_rulesets consumes the `run` callables);
* every evaluation uses a fresh session id and deletes its state afterwards, so nothing
  leaks from one evaluation into the next;
* its exceptions are caught here and turned into one-line EngineError messages.
"""
from __future__ import annotations

import itertools
import json
import re
import sys
import threading
from typing import Any, Sequence

from gpufix.engine.compile import GATE_KEY, GATE_RULE, Chunk
from gpufix.errors import EngineError, EngineUnavailable

INSTALL_HINT = ("pip install durable-rules==2.0.28 (it builds from source, so it needs a C compiler: "
                "build-essential on Linux, Xcode command line tools on macOS, MSVC Build Tools on Windows)")


__all__ = ["EngineError", "EngineUnavailable", "run_chunks", "registered_count"]

_lock = threading.RLock()
_host: Any = None
_registered: set[str] = set()
_collector: list[str] | None = None
_session = itertools.count(1)
_durable: Any = None
_import_error: ImportError | None = None  # cached: a broken C extension fails the same way every time


def _engine_module() -> Any:
    global _durable, _import_error
    if _durable is None:
        if _import_error is None:
            try:
                from durable import engine as durable_engine
            except ImportError as e:  # also a missing/broken C extension (durable_rules_engine)
                _import_error = e
            else:
                _durable = durable_engine
                return _durable
        raise EngineUnavailable(f"the rule engine durable-rules cannot be imported ({_import_error}); "
                                f"install it: {INSTALL_HINT}") from _import_error
    return _durable


def import_problem() -> str | None:
    """None when durable-rules imports; else why not, short enough for one line of a report."""
    try:
        _engine_module()
    except EngineUnavailable:
        e = _import_error
        if isinstance(e, ModuleNotFoundError) and (e.name or "").split(".")[0] in ("durable", "durable_rules_engine"):
            return "durable-rules is not installed"
        # e.g. ".../durable_rules_engine.cpython-313-x86_64-linux-gnu.so: undefined symbol: PyEval_CallObject"
        text = re.sub(r"^\S+\.(so|pyd|dylib)[^:]*:\s*", "", str(e)).strip() or type(e).__name__
        return f"durable-rules cannot be imported on Python {sys.version_info[0]}.{sys.version_info[1]}: {text}"
    return None


def _get_host() -> Any:
    global _host
    if _host is None:
        durable_engine = _engine_module()

        class _QuietHost(durable_engine.Host):
            def _run(self) -> None:  # no timer threads dispatching actions behind our back
                return None

        _host = _QuietHost()
    return _host


def _action(rule_name: str):
    # durable-rules calls an action with one argument synchronously (two would make it async).
    def run(c: Any) -> None:
        if _collector is not None:
            _collector.append(rule_name)

    return run


def _register(host: Any, chunk: Chunk) -> None:
    if chunk.name in _registered:
        return
    definition = json.loads(chunk.definition)  # fresh dicts: registration consumes `run`
    for rule_name, rule in definition.items():
        rule["run"] = _action(rule_name)
    try:
        host.set_rulesets({chunk.name: definition})
    except Exception as e:  # noqa: BLE001 - durable raises plain Exception / its C error type
        raise EngineError(f"durable-rules refused a compiled ruleset ({e}); this is a gpufix bug") from e
    _registered.add(chunk.name)


def run_chunks(chunks: Sequence[Chunk], values: dict[str, Any]) -> list[str]:
    """Assert the facts into each ruleset in a fresh session; the names of the rules that fired."""
    global _collector
    with _lock:
        host = _get_host()
        durable_engine = _engine_module()
        fired: list[str] = []
        for chunk in chunks:
            _register(host, chunk)
            sid = f"s{next(_session)}"
            message = {k: values[k] for k in chunk.keys if k in values}
            message["sid"] = sid
            message[GATE_KEY] = 1
            names: list[str] = []
            _collector = names
            try:
                host.assert_fact(chunk.name, message)
            except (durable_engine.MessageObservedException, durable_engine.MessageNotHandledException) as e:
                # Neither can happen with a fresh sid and the gate rule; the state is left alone
                # on purpose (delete_state after an unhandled message corrupts the heap).
                raise EngineError(f"durable-rules did not take the facts ({type(e).__name__}); "
                                  "this is a gpufix bug") from e
            except Exception as e:  # noqa: BLE001 - its C errors (e.g. code 302/303) are plain errors
                raise EngineError(f"durable-rules failed on the facts ({e}); this is a gpufix bug") from e
            finally:
                _collector = None
            if GATE_RULE not in names:
                raise EngineError("durable-rules did not run the rules (gate rule silent); this is a gpufix bug")
            host.delete_state(chunk.name, sid)
            fired.extend(n for n in names if n != GATE_RULE)
        return fired


def registered_count() -> int:
    return len(_registered)
