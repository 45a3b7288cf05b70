"""Every error gpufix reports to the user, and the exit codes, in one bottom module.

Each layer raises these; only the front ends (gpufix.cli, the JSON document) turn them into a
line on stderr and exit code 2. Nothing here imports anything of gpufix, so every layer may
import it without creating a cycle.
"""
from __future__ import annotations

EXIT_OK, EXIT_ERROR_FOUND, EXIT_CANNOT_RUN = 0, 1, 2
# A symptom holds (a differential, rules/differential/) and no error diagnosis explains it:
# something is wrong and its cause is not settled yet. Not 0 ("no problems"), and not 1, so a
# script can tell "gpufix named the fault" from "gpufix needs answers to its questions".
EXIT_UNDIAGNOSED = 3


class GpufixError(Exception):
    """gpufix could not do what was asked: printed as one line, exit code 2."""


class UsageError(GpufixError):
    """Bad input from the user (an option, a file, a value)."""


class InputError(UsageError):
    """An input could not be read or makes no sense (missing file, bad --fact, bad fixture)."""


class EngineError(GpufixError):
    """The rule engine could not run."""


class EngineUnavailable(EngineError):
    """The rule engine's library cannot be imported here (the message says how to install it)."""


class RuleLoadError(GpufixError):
    """The rules have errors: one line for the user (gpufix rules lint lists them all)."""

    def __init__(self, errors: list[str]) -> None:
        more = f" (and {len(errors) - 1} more; run `gpufix rules lint`)" if len(errors) > 1 else ""
        super().__init__(f"{errors[0]}{more}")
        self.errors = errors
