"""A re-read after a step names facts in words, and says why an environment variable may read unchanged.

gpufix re-reads the environment its own process started with: a variable a step set in the system settings, a
shell profile or another terminal reaches only programs started later (windows-system32-missing-from-path's PATH,
cuda-home-not-set's CUDA_HOME). "Unchanged" must then not read as "not done": the fix says to start a new terminal.
"""
from __future__ import annotations

import argparse
import io

import pytest

from gpufix.commands.fix import _Fixer
from gpufix.remedy.events import Reprobed
from gpufix.remedy.plan import PlannedStep

STEP = PlannedStep(1, "Put the system folder back on PATH", None, "manual", reprobe=("env.PATH", "nvcc.version"))


def render(event: Reprobed, lang: str = "en") -> str:
    out = io.StringIO()
    _Fixer(argparse.Namespace(), None, "python", lang, out).on_event(event)
    return out.getvalue()


def test_only_environment_variables_that_read_the_same_are_called_stale():
    event = Reprobed(STEP, (("env.PATH", "C:\\a", "C:\\a"), ("env.CUDA_HOME", None, None),
                            ("env.CUDA_PATH", None, "C:\\cuda"), ("nvcc.version", "11.8", "11.8")))
    assert event.unchanged_environment == ("env.PATH", "env.CUDA_HOME")


@pytest.mark.parametrize("lang, words, stale", [
    ("en", "re-read environment variable PATH: C:\\a (unchanged)", "Open a new terminal and run gpufix again"),
    ("zh", "重新读取 环境变量 PATH：C:\\a（未变）", "请打开新的终端，再运行一次 gpufix"),
])
def test_the_cli_names_the_fact_in_words_and_says_to_start_a_new_terminal(lang, words, stale):
    shown = render(Reprobed(STEP, (("env.PATH", "C:\\a", "C:\\a"), ("nvcc.version", "11.8", "12.4"))), lang)
    assert words in shown and stale in shown
    assert "env.PATH" not in shown and "nvcc.version" not in shown


def test_a_changed_variable_gets_no_new_terminal_advice():
    shown = render(Reprobed(STEP, (("env.PATH", "C:\\a", "C:\\Windows\\System32;C:\\a"),)))
    assert "re-read environment variable PATH: C:\\a -> C:\\Windows\\System32;C:\\a" in shown
    assert "new terminal" not in shown
