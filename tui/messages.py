"""Messages posted by the workers (threads) to the screens: data flows up as messages."""
from __future__ import annotations

from typing import Any

from textual.message import Message

from gpufix.core.outcome import Outcome
from gpufix.probes.runner import ProbeResult


class ProbeStarted(Message):
    def __init__(self, name: str, at: float) -> None:
        super().__init__()
        self.name = name
        self.at = at  # clock reading in the worker, when the probe really started


class ProbeFinished(Message):
    def __init__(self, result: ProbeResult) -> None:
        super().__init__()
        self.result = result


class ScanFinished(Message):
    def __init__(self, outcome: Outcome) -> None:
        super().__init__()
        self.outcome = outcome


class StaticFindings(Message):
    """The static phase's outcome (torch's files, no `import torch`), while the dynamic phase still runs."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__()
        self.outcome = outcome


class ScanFailed(Message):
    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class OutputLine(Message):
    """One line of a running remedy command's output."""

    def __init__(self, line: str) -> None:
        super().__init__()
        self.line = line


class StepStatus(Message):
    """A one-line status of the remedy step being run (snapshot saved, exit code...)."""

    def __init__(self, text: str, level: str = "info") -> None:
        super().__init__()
        self.text = text
        self.level = level  # info | ok | error


class VerifyProgress(Message):
    def __init__(self, label: str, fraction: float | None) -> None:
        super().__init__()
        self.label = label
        self.fraction = fraction  # None: indeterminate


class RecheckFinished(Message):
    """After a remedy step: the new outcome and whether the diagnosis is gone."""

    def __init__(self, outcome: Outcome | None, gone: bool | None, detail: Any = None) -> None:
        super().__init__()
        self.outcome = outcome
        self.gone = gone
        self.detail = detail


class LogDiagnosed(Message):
    def __init__(self, outcome: Outcome | None, error: str = "") -> None:
        super().__init__()
        self.outcome = outcome
        self.error = error
