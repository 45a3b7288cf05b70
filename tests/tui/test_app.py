"""Pilot tests of every screen and of the whole remedy walk-through, at 80x24, on fixtures.

The facts come from tests/tui/data (real probe parsers over recorded files); knowledge
base, rules and engine are the real ones. The remedy command is swapped for a harmless
one, the verification replays a recorded run, and the re-probe returns the "fixed" case.
"""
from __future__ import annotations

import io
import sys
import threading

from gpufix.errors import UsageError
from gpufix.remedy.commandline import command_line
from gpufix.remedy.execute import run_streaming
from gpufix.remedy.snapshot import list_snapshots
from gpufix.tui.app import make_app
from gpufix.tui.widgets.area_summary import AreaSummary
from gpufix.tui.widgets.probe_list import ProbeList

from .conftest import DATA, on_this_interpreter, provider_for, screen_text, settle  # noqa: F401 (importlib mode)

SIZE = (80, 24)
VERIFY_DATA = DATA.parents[1] / "verify" / "data"
# A CUDA run of the verification (tests/verify/data; constructed in the script's exact format).
GPU_RUN = "cuda-ok--h200-this-device"


def flat(text: str) -> str:
    """Screen text with wrapped lines joined (a long status wraps at 80 columns)."""
    return " ".join(text.split())


def plain(renderable, width: int = 200) -> str:
    """A rich renderable as the text it shows at `width` columns."""
    from rich.console import Console

    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(renderable)
    return console.export_text()


def _app(case="cpu-wheel", **kw):
    kw.setdefault("animate", False)
    kw.setdefault("clock", lambda: 0.0)
    kw.setdefault("verifier", None)
    provide = provider_for(case)
    return make_app(lambda *a, **k: on_this_interpreter(provide(*a, **k)), **kw)


class RecordedVerifier:
    """Replays a real verification run: its events one by one, then the parsed result."""

    def __init__(self, case="verify-cpu-mnist"):
        directory = DATA / case if (DATA / case).is_dir() else VERIFY_DATA / case
        self.stdout = (directory / "stdout.jsonl").read_text()
        self.stderr = (directory / "stderr.txt").read_text()
        self.calls: list[tuple[str, tuple[str, ...]]] = []

    def __call__(self, python, checks, on_event, cancel):
        from gpufix.verify.events import parse_line
        from gpufix.verify.runner import replay

        self.calls.append((python, tuple(checks)))
        for line in self.stdout.splitlines():
            event = parse_line(line)
            if event is not None:
                on_event(event)
        return replay(self.stdout, self.stderr, 0)


class HarmlessRunner:
    """Records what it was asked to run and runs `python -c "print('ok')"` instead."""

    def __init__(self):
        self.asked: list[list[str]] = []

    def __call__(self, argv, on_line):
        self.asked.append(list(argv))
        return run_streaming([sys.executable, "-c", "print('ok')"], on_line)


async def test_scan_screen_shows_each_probe_then_the_area_summary():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        probes = app.screen.query_one(ProbeList)
        assert {"torch", "nvcc", "nvidia-smi"} <= set(probes.rows)
        assert all(row.result is not None for row in probes.rows.values())
        text = screen_text(app)
        assert "[✗] torch build: torch 2.13.0+cpu" in text
        assert "→ " in text  # the finding is named under its area
        for label in ("GPU and driver", "CUDA runtime", "Python environment", "packages"):
            assert label in text
        assert "probes:" in text
        await pilot.press("p")  # probe details come back
        assert app.screen.query_one(ProbeList).display
        assert "[✓] torch" in screen_text(app)
        await pilot.press("q")
    assert app.return_value == 1  # an error diagnosis, as --json


async def test_scan_shows_a_spinner_and_elapsed_time_while_a_probe_runs():
    release = threading.Event()
    inner = provider_for("cpu-wheel")
    now = [0.0]

    def slow(progress, on_static=None):
        progress("torch", "start", None)
        now[0] = 2.5
        release.wait(10)
        return inner(progress)

    app = make_app(slow, animate=False, clock=lambda: now[0], verifier=None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.2)
        text = screen_text(app)
        assert "⠋  torch" in text and "2.5s  running" in text
        assert not app.screen.check_action("findings", ())  # not before the scan is done
        release.set()
        await settle(pilot)
        assert app.screen.query_one(AreaSummary).display


async def test_scan_failure_is_one_line_and_exit_code_2():
    def broken(progress, on_static=None):
        raise UsageError("--fixture /nope: not a directory")

    app = make_app(broken, animate=False, verifier=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "[✗] Could not run the checks: --fixture /nope: not a directory" in flat(screen_text(app))
        await pilot.press("enter")  # nothing to show: stays on the scan screen
        assert type(app.screen).__name__ == "ScanScreen"
        await pilot.press("q")
    assert app.return_value == 2


async def test_findings_screen_most_severe_first_with_explanation_and_evidence():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        assert type(app.screen).__name__ == "FindingsScreen"
        diags = app.outcome.diagnoses
        order = {"error": 0, "warning": 1, "info": 2}
        assert [order[d.severity] for d in diags] == sorted(order[d.severity] for d in diags)
        assert diags[0].id == "cpu-only-wheel"
        text = screen_text(app)
        assert f"[✗] {diags[0].title}"[:70] in text
        assert "Evidence" in text or "torch build: cpu" in text
        detail = plain(app.screen.query_one("#finding-detail").content)
        assert "torch build: cpu" in detail and "torch.build" not in detail and diags[0].explanation.split()[0] in detail
        await pilot.press("escape")
        assert type(app.screen).__name__ == "ScanScreen"


async def to_first_command(pilot) -> None:
    """From the findings, open the first finding's walk-through at its first step with a command
    (the CPU-wheel remedy starts with a step done by hand: make sure there is a GPU)."""
    await pilot.press("enter", "enter")
    _, si, _ = _first_command_step(pilot.app.screen.diagnosis)
    for _ in range(si):
        await pilot.press("s")


def _first_command_step(d):
    for ri, remedy in enumerate(d.remedies):
        for si, step in enumerate(remedy.steps):
            if step.command:
                return ri, si, step
    raise AssertionError(f"{d.id}: no step with a command")


async def test_remedy_screen_copy_shows_and_copies_the_exact_command():
    app = _app(runner=HarmlessRunner())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await to_first_command(pilot)
        screen = app.screen
        assert type(screen).__name__ == "RemedyScreen"
        ri, si, step = _first_command_step(screen.diagnosis)
        assert ri == 0 and screen.step_index == si
        line = command_line(step.command)
        assert step.command[0] == app.outcome.facts.value("python.executable")
        squeezed = "".join(screen_text(app).split())  # the box wraps a long command at 80 columns
        assert "".join(line.split()) in squeezed
        await pilot.press("c")
        assert app.clipboard == line


async def test_run_asks_first_and_no_runs_nothing(state_dir):
    runner = HarmlessRunner()
    app = _app(runner=runner)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await to_first_command(pilot)
        await pilot.press("r")
        assert type(app.screen).__name__ == "ConfirmScreen"
        assert app.screen.focused.id == "no"  # Enter alone does not run anything
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "RemedyScreen"
        await pilot.press("r", "n")
        await settle(pilot)
    assert runner.asked == []
    assert list_snapshots() == []


async def walk_through(pilot) -> None:
    """Run each command of the first remedy (answering yes), then its check."""
    steps = pilot.app.screen.diagnosis.remedies[0].steps
    for step in steps:
        if step.command:
            await pilot.press("r", "y")
            await settle(pilot)
        elif step.verify:
            await pilot.press("v")
            await settle(pilot)
            break
        if step.verify:
            break
        await pilot.press("s")


async def test_whole_walkthrough_snapshot_run_recheck_and_the_diagnosis_is_gone(state_dir):
    runner = HarmlessRunner()
    verifier = RecordedVerifier(GPU_RUN)
    app = _app(runner=runner, reprobe=provider_for("cpu-wheel-fixed"), verifier=verifier)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "enter")
        remedy = app.screen
        d = remedy.diagnosis
        steps = d.remedies[0].steps
        await walk_through(pilot)
        assert runner.asked == [list(s.command) for s in steps if s.command]
        # One real snapshot of the target interpreter, before the first command (the fix service's rule).
        snaps = list_snapshots()
        assert len(runner.asked) == 2 and len(snaps) == 1  # uninstall, install: one snapshot
        assert snaps[0].reason == command_line(runner.asked[0])
        assert snaps[0].freeze_path.is_file() and snaps[0].requirements()
        log = "\n".join(remedy.query_one("#output").lines)
        assert "ok" in log.splitlines()
        # Verification ran in the target interpreter with the checks the step names,
        # its events drove the bar to the end, and its facts joined the re-check.
        assert verifier.calls == [(app.services.python, tuple(c for c in ("cuda-alloc", "mnist")
                                                               if c in steps[-1].verify))]
        assert remedy.query_one("#verify-bar").percentage == 1.0
        assert app.outcome.facts.value("verify.data") == "mnist"
        assert "2.1x the CPU" in log  # a milestone line from the recorded run
        assert remedy.gone is True
        assert f"[✓] Fixed: '{d.title}' no longer applies." in flat(screen_text(app))
        assert d.id not in {x.id for x in app.outcome.diagnoses}
        await pilot.press("escape")  # the findings screen follows the new outcome
        await pilot.press("escape")
        text = screen_text(app)
        assert "[✓] torch build: torch 2.13.0+cu126" in text


async def test_a_gpu_check_that_ran_on_no_gpu_is_not_verified(state_dir):
    # Issue 10: the same walk-through with the recorded CPU-only verification ("no GPU checked")
    # answered "Fixed". The rules no longer see the CPU build, but no GPU was checked.
    app = _app(runner=HarmlessRunner(), reprobe=provider_for("cpu-wheel-fixed"), verifier=RecordedVerifier())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "enter")
        remedy = app.screen
        await walk_through(pilot)
        assert remedy.diagnosis.id not in {x.id for x in app.outcome.diagnoses}  # the rules alone say gone
        assert remedy.verdict.status == "unverified" and remedy.verdict.reason == "no-gpu-checked"
        assert remedy.gone is None
        text = flat(screen_text(app))
        assert "Fixed" not in text
        assert "[!] Not verified: the GPU check ran on no GPU (no GPU checked)." in text
        assert "no GPU checked" in "\n".join(remedy.query_one("#output").lines)


async def test_quit_waits_for_a_running_command(state_dir):
    release = threading.Event()

    def slow_runner(argv, on_line):
        on_line("working")
        release.wait(10)
        return 0

    app = _app(runner=slow_runner, snapshotter=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await to_first_command(pilot)
        await pilot.press("r", "y")
        await pilot.pause(0.2)
        assert app.screen.busy
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running
        assert [n.message for n in app._notifications] == [  # noqa: SLF001
            "A command is still running; quit when it has finished."]
        release.set()
        await settle(pilot)
        await pilot.press("q")
    assert app.return_value == 1


async def test_a_failed_snapshot_means_the_command_does_not_run():
    runner = HarmlessRunner()

    def no_pip(python, reason):
        raise RuntimeError(f"{python} -m pip freeze failed (exit 1): No module named pip")

    app = _app(runner=runner, snapshotter=no_pip)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await to_first_command(pilot)
        await pilot.press("r", "y")
        await settle(pilot)
        assert "Not run: could not save a snapshot" in flat(screen_text(app))
        assert not app.screen.busy
    assert runner.asked == []


async def test_a_failed_command_stops_there_and_nothing_is_rechecked(state_dir):
    # Issue 10: a step that exited 1 showed "Step done".
    verifier = RecordedVerifier()

    def failing(argv, on_line):
        return run_streaming([sys.executable, "-c", "import sys; print('no space left'); sys.exit(1)"], on_line)

    app = _app(runner=failing, verifier=verifier)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await to_first_command(pilot)
        await pilot.press("r", "y")
        await settle(pilot)
        screen = app.screen
        text = flat(screen_text(app))
        assert "Command exited with 1" in text
        assert "no space left" in screen.query_one("#output").lines
        assert not screen.busy and not screen.step_done and screen.gone is None
        assert "Step done" not in text and "Fixed" not in text
        # The failed step may run again, without a second snapshot: one per remedy, already taken.
        await pilot.press("r")
        assert type(app.screen).__name__ == "ConfirmScreen" and not app.screen.snapshot
        await pilot.press("n")
        # The steps after it do not run, nor its check: the remedy stopped at the failure.
        failed = screen.step_index + 1
        await pilot.press("s", "v")
        await settle(pilot)
        assert f"Step {failed} failed: the remedy stopped there." in flat(screen_text(app))
    assert verifier.calls == [] and len(list_snapshots()) == 1


def recorded_machine(*facts: str):
    """The recorded development machine (tests/fixtures) with facts stated by hand, as a provider."""
    from pathlib import Path

    from gpufix.core.outcome import Request
    from gpufix.core.pipeline import collect

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "linux-nodriver-cpu-torch"

    def provide(progress=None, on_static=None):
        return on_this_interpreter(collect(Request(fixture=fixture, facts=facts), progress))
    return provide


async def test_the_facts_a_step_names_are_read_again(state_dir):
    # torch 2.2.2 stated by hand next to the recorded NumPy 2.4.6: the NumPy ABI finding;
    # after the (harmless) command, the re-probe sees NumPy 1.26.4.
    runner = HarmlessRunner()
    app = make_app(recorded_machine("torch.version=2.2.2"), runner=runner, verifier=None, animate=False,
                   clock=lambda: 0.0, reprobe=recorded_machine("torch.version=2.2.2", "numpy.version=1.26.4"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "enter")
        screen = app.screen
        assert screen.diagnosis.id == "numpy2-abi"
        await pilot.press("r", "y")
        await settle(pilot)
        lines = screen.query_one("#output").lines
        assert "Read again: NumPy version: 2.4.6 → 1.26.4" in lines
        assert screen.gone is True  # the step's verify: is only reprobe:, so the rules ran again
    assert runner.asked == [[sys.executable, "-m", "pip", "install", "numpy==1.26.4"]]


async def test_an_environment_variable_read_the_same_says_to_open_a_new_terminal(state_dir):
    # gpufix re-reads the environment its own process started with: a PATH or CUDA_HOME that a step set in the system
    # settings reads unchanged, and the remedy screen says why and what to do (the CLI's twin:
    # tests/remedy/test_reprobe_environment.py). The event as the fix service sends it, on the real screen.
    from gpufix.remedy.events import Reprobed
    from gpufix.remedy.plan import PlannedStep

    app = make_app(recorded_machine("torch.version=2.2.2"), runner=HarmlessRunner(), verifier=None, animate=False,
                   clock=lambda: 0.0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "enter")
        screen = app.screen
        step = PlannedStep(1, "Put the system folder back on PATH", None, "manual", reprobe=("env.PATH",))
        screen._on_fix_event(Reprobed(step, (("env.PATH", "C:\\a", "C:\\a"), ("env.CUDA_PATH", None, "C:\\cuda"))))
        await settle(pilot)
        lines = screen.query_one("#output").lines
        assert "Read again: environment variable PATH: C:\\a → C:\\a" in lines
        assert any(line.startswith("environment variable PATH: gpufix reads the environment it was started with")
                   and "Open a new terminal and run gpufix again" in line for line in lines)
        assert not any("CUDA_PATH: gpufix reads" in line or "env.PATH" in line for line in lines)


async def test_paste_a_log_shows_its_diagnoses():
    app = _app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        assert type(app.screen).__name__ == "PasteLogScreen"
        await pilot.press("ctrl+r")
        assert "Paste some text first." in screen_text(app)
        await pilot.press("q", "l")  # typed into the text area, not quit / paste again
        area = app.screen.query_one("#log-text")
        assert type(app.screen).__name__ == "PasteLogScreen" and area.text == "ql"
        area.clear()
        area = app.screen.query_one("#log-text")
        area.insert((DATA / "pasted-not-compiled" / "log.txt").read_text())
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert type(app.screen).__name__ == "FindingsScreen"
        outcome = app.screen.outcome
        assert "cpu-only-wheel" in {d.id for d in outcome.diagnoses}
        assert outcome.collected.log_given
        # The sample's C:\Users\... traceback shows a Windows machine: on another OS the screen says so.
        text = screen_text(app)
        assert "Findings from the pasted log" in text or "Pasted log — another machine" in text
        await pilot.press("escape")
        assert type(app.screen).__name__ == "PasteLogScreen"
        await pilot.press("escape")
        assert type(app.screen).__name__ == "ScanScreen"


async def test_chinese_interface_and_rule_text():
    app = _app(lang="zh")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "torch 版本" in text and "退出" in text  # area label, footer key
        await pilot.press("enter")
        d = app.outcome.diagnoses[0]
        assert any("\u4e00" <= ch <= "\u9fff" for ch in d.title), d.title  # the rule's zh title
        assert "逐步修复" in screen_text(app)


async def test_no_color_keeps_the_marks(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = _app()
    assert app.no_color
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "[✗] torch build" in screen_text(app)
