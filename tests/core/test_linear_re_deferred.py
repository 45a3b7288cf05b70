"""gpufix.linear_re.deferred: a module's pattern compiled on first use behaves as compiled, and
every deferred pattern of every gpufix module compiles (it no longer fails at import)."""
from __future__ import annotations

import importlib
import pkgutil

import pytest

import gpufix
from gpufix import linear_re


def _modules():
    for info in pkgutil.walk_packages(gpufix.__path__, "gpufix."):
        if ".scripts" in info.name or info.name.endswith("__main__"):
            continue  # run in the target interpreter, or the entry point itself
        yield info.name


def test_every_deferred_pattern_of_every_module_compiles():
    found = 0
    for name in _modules():
        if name.startswith("gpufix.tui"):
            continue  # textual: the TUI's modules defer nothing
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if isinstance(value, linear_re.Deferred):
                value.compiled()  # raises PatternError for a pattern that cannot run in linear time
                found += 1
    assert found >= 30  # the probes' parsers (nvidia-smi, ROCm, lspci, the torch probe)


def test_a_deferred_pattern_answers_as_the_compiled_one():
    d = linear_re.deferred(r"CUDA Version:\s*(\d+\.\d+)", linear_re.I)
    c = linear_re.compile(r"CUDA Version:\s*(\d+\.\d+)", linear_re.I)
    text = "| NVIDIA-SMI 535.54  Driver Version: 535.54  cuda version: 12.2 |"
    assert d.search(text).group(1) == c.search(text).group(1) == "12.2"
    assert d.match(text) is None and d.fullmatch("CUDA Version: 1.0").group(1) == "1.0"
    assert [m.group(1) for m in d.finditer(text)] == ["12.2"]
    assert d.sub("X", text) == c.sub("X", text)
    assert d.findall(text) == c.findall(text) and d.groupindex == c.groupindex


def test_a_deferred_pattern_that_needs_backtracking_fails_on_first_use():
    d = linear_re.deferred(r"(a)\1")
    with pytest.raises(linear_re.PatternError):
        d.search("aa")
