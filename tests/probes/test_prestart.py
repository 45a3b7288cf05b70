"""The torch subprocess started at the very start of `gpufix` is the one the torch probe reads."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from gpufix.cli import probes_torch
from gpufix.probes import prestart, torch_runtime
from gpufix.probes.base import ProbeContext


@pytest.mark.parametrize("argv,expected", [
    ([], ""),
    (["--json"], ""),
    (["--text", "--python", "/opt/env/bin/python"], "/opt/env/bin/python"),
    (["--json", "--python=/x/python", "--fact", "gpu.count=1", "--lang", "zh", "--log", "err.txt"], "/x/python"),
    (["--json", "--quick"], None),  # static phase only
    (["--json", "--fixture", "dir"], None),
    (["--no-probe", "--log", "x"], None),
    (["record", "out"], None),  # a subcommand
    (["--js"], None),  # an abbreviation: argparse's business
    (["--json=1"], None),
    (["--python"], None),  # a missing value: argparse reports it
    (["--help"], None),
])
def test_which_command_lines_start_torch_early(argv, expected):
    assert probes_torch(argv) == expected


def test_target_python_resolves_like_the_probes(tmp_path):
    env = tmp_path / "env"
    (env / "bin").mkdir(parents=True)
    exe = env / "bin" / "python"
    exe.write_text("#!/bin/sh\n", encoding="utf-8")
    exe.chmod(0o755)
    # a program that does not answer the version handshake is never started with the probe's arguments
    assert prestart.target_python(str(env)) is None
    exe.unlink()
    exe.symlink_to(sys.executable)
    assert prestart.target_python(str(env)) == str(exe)
    assert prestart.target_python(str(exe)) == str(exe)
    assert prestart.target_python(None) == sys.executable
    assert prestart.target_python(str(tmp_path / "missing")) is None


@pytest.mark.slow
def test_the_probe_adopts_the_prestarted_process(monkeypatch):
    ctx = ProbeContext(python=sys.executable)
    argv, env = prestart.torch_probe_command(ctx.python, ctx.env)
    prestart.prestart(argv, env)
    started = prestart._started[prestart._key(argv, env)]  # noqa: SLF001 - the process to be adopted
    spawned = []
    real_popen = subprocess.Popen
    monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: spawned.append(a) or real_popen(*a, **k))
    raw = torch_runtime.collect(ctx)
    assert spawned == []  # no second torch import
    assert started.returncode == 0 and prestart._key(argv, env) not in prestart._started  # noqa: SLF001
    facts = {f.name: f for f in torch_runtime.parse(raw)}
    assert facts["torch.version_full"].value == "2.13.0+cpu"


@pytest.mark.slow
def test_a_different_environment_is_not_adopted_and_the_stray_is_killed_at_exit(tmp_path):
    # In a child interpreter: prestart for one environment, probe with another, exit.
    code = (
        "import os, sys\n"
        "from gpufix.probes import prestart, torch_runtime\n"
        "from gpufix.probes.base import ProbeContext\n"
        "prestart.prestart(*prestart.torch_probe_command(sys.executable, {**os.environ, 'X_GPUFIX': '1'}))\n"
        "stray = next(iter(prestart._started.values()))\n"
        "print(stray.pid, flush=True)\n"
        "torch_runtime.collect(ProbeContext(python=sys.executable))\n"
        "assert prestart._started, 'the stray was adopted'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    pid = int(proc.stdout.split()[0])
    with pytest.raises(ProcessLookupError):  # killed and reaped by the exit hook
        os.kill(pid, 0)


@pytest.mark.slow
def test_gpufix_json_adopts_what_it_prestarted(monkeypatch, capsys):
    import json

    from gpufix.cli import main

    adopted = []
    real_adopt = prestart.adopt
    monkeypatch.setattr(prestart, "adopt", lambda argv, env: adopted.append(real_adopt(argv, env)) or adopted[-1])
    code = main(["--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code in (0, 1) and doc["facts"]["torch.version_full"]["value"] == "2.13.0+cpu"
    assert len(adopted) == 1 and adopted[0] is not None
    assert not prestart._started  # noqa: SLF001 - adopted, or discarded when main() returned


@pytest.mark.slow
def test_a_run_that_fails_before_probing_kills_what_it_prestarted(capsys):
    from gpufix.cli import main

    started = []
    real = prestart.prestart
    try:
        prestart.prestart = lambda argv, env, **kw: (real(argv, env, **kw), started.extend(prestart._started.values()))  # noqa: SLF001
        assert main(["--json", "--fact", "gpu.count"]) == 2  # bad --fact: exit 2 before any probe
    finally:
        prestart.prestart = real
    assert len(started) == 1 and started[0].poll() is not None  # killed and reaped
    assert not prestart._started  # noqa: SLF001


@pytest.mark.slow
def test_bad_input_stops_the_prestarted_process_at_once(capsys):
    """`gpufix --json --fact nope=1` exits 2 before the probe adopts it: nothing is left running."""
    from gpufix.cli import main

    assert main(["--json", "--fact", "nope=1"]) == 2
    assert not prestart._started  # noqa: SLF001
    capsys.readouterr()


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="no nice on this OS (lower_priority does nothing)")
def test_the_background_side_runs_nicer_and_the_other_side_keeps_its_priority():
    # --json/--text: gpufix lowers itself, the torch import keeps its priority; the TUI: the reverse.
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        before = os.getpriority(os.PRIO_PROCESS, child.pid)
        prestart.lower_priority(child.pid)
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == min(before + prestart.BACKGROUND_NICE, 19)
        prestart.lower_priority(child.pid)  # a second call (main() run twice in one process) changes nothing
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == min(before + prestart.BACKGROUND_NICE, 19)
        assert os.getpriority(os.PRIO_PROCESS, 0) == before  # only the process named
    finally:
        child.kill()
        child.wait()
    code = ("import os, sys\nfrom gpufix.cli import _prestart_torch\nfrom gpufix.probes import prestart\n"
            "n0 = os.getpriority(os.PRIO_PROCESS, 0)\n_prestart_torch(['--json'])\n"
            "p = next(iter(prestart._started.values()))\n"
            "print(os.getpriority(os.PRIO_PROCESS, 0) - n0, os.getpriority(os.PRIO_PROCESS, p.pid) - n0,\n"
            "      min(n0 + prestart.BACKGROUND_NICE, 19) - n0)\n"
            "prestart.discard()\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    mine, torch_child, lowered = map(int, out.stdout.split())
    assert (mine, torch_child) == (lowered, 0)


@pytest.mark.skipif(not os.path.exists("/proc/self/autogroup"), reason="no Linux autogroups here")
def test_a_child_in_a_session_of_its_own_is_lowered_through_its_autogroup():
    """With autogroups each session is scheduled as one group and a process's nice orders it only
    inside its group: the torch subprocess (its own session) is lowered through its group's nice."""
    from gpufix.probes import processes

    child = processes.popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        mine = open("/proc/self/autogroup").read()
        prestart.lower_priority(child.pid, prestart.TUI_TORCH_NICE)
        group = open(f"/proc/{child.pid}/autogroup").read()
        assert group.split()[-1] == str(prestart.TUI_TORCH_NICE)
        assert open("/proc/self/autogroup").read() == mine  # the caller's session keeps its priority
    finally:
        child.kill()
        child.wait()
