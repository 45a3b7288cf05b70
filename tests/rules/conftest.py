"""Shared by the signature-family tests: one compiled RuleSet and one way to ask whether a rule's named signature
reads a line."""
from __future__ import annotations

import re
from typing import Callable, Optional

import pytest

from gpufix import linear_re
from gpufix.engine.api import load_rules


@pytest.fixture(scope="session")
def signature_hit() -> Callable[[str, str, str], Optional[re.Match[str]]]:
    """`signature_hit(rule_id, signature_name, text)`: the signature's match in `text` (multi-line), or None."""
    rules = load_rules().by_id

    def hit(rule: str, name: str, text: str) -> Optional[re.Match[str]]:
        sig = rules[rule].signatures[name]
        # the engine's own matcher (RE2 where it has a wheel): its classes and \b are ASCII, unlike Python's re
        return linear_re.compile(sig["regex"] if isinstance(sig, dict) else sig, re.MULTILINE).search(text)

    return hit
