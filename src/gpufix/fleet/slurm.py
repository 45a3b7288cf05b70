"""`gpufix fleet slurm`: run `gpufix --json` on one task per node through `srun`, collect each
node's document labelled with its node name, and say why the others gave none.

The scheduler does the fan-out; gpufix adds nothing to reach the nodes. Each task runs a fixed
`sh -c` script (its arguments are passed as arguments, never spliced into the script): it prints
`gpufix-node: $SLURMD_NODENAME` and runs gpufix under coreutils' `timeout`, the per-node limit;
srun's own `--time` (whole minutes, the scheduler's granularity) is the backstop. `--label`
tells interleaved task output apart; gpufix.fleet.streams reads it like any launcher's output.

Which nodes: `--nodelist` (`-w`) as given, else a `--partition`'s (`-p`) nodes, else the current
allocation's (`SLURM_JOB_NODELIST`), else the default partition's. Nodes sinfo reports down,
drained, failed or not responding are not asked (srun would refuse the whole step); they are
reported unreachable with the scheduler's state and reason.

GPUs: a step gets only the GPUs it asks for where Slurm constrains devices (cgroup ConstrainDevices,
the usual GPU cluster), so a step without a GPU request sees none and every node would report "no
GPU". Unless a GPU option is passed (--gres, --gpus, -G, --gpus-per-node, ...) or the run is inside an
allocation (whose steps get the job's GPUs by default), gpufix asks each node for the GPUs sinfo
says it has: `--gres=gpu:N`, N the smallest count among the nodes (one step, one request). Nodes
that differ in count, or a mix of GPU and CPU-only nodes, are said in a note; on busy nodes the step
waits for the GPUs (the per-node limit still applies).
"""
from __future__ import annotations

import math
import re
import shutil
import signal
import subprocess
from typing import Mapping, NamedTuple, Optional, Sequence

from gpufix.errors import InputError, UsageError
from gpufix.fleet import hostlists
from gpufix.fleet.streams import DOCUMENT, UNREACHABLE, Entry, read_text

# Printed by each task before its document; `timeout` kills gpufix at the per-node limit.
NODE_SCRIPT = 'printf "gpufix-node: %s\\n" "${SLURMD_NODENAME:-$(hostname)}"; exec timeout -k 10 "$0" "$@"'
TIMED_OUT = 124  # coreutils timeout's exit status
# sinfo's long states (%T) in which a node takes no new step; a trailing `*` means not responding.
_UNUSABLE = ("down", "drain", "fail", "maint", "future", "power", "reboot", "unknown", "inval", "not_responding")
# How long srun may wait for the scheduler beyond the per-node limit before it is stopped.
_SCHEDULING_GRACE_S = 60.0

_SRUN_TASK = re.compile(r"srun: error: (\S+): tasks? [0-9,-]+: (.+)")
_STEPD = re.compile(r"slurmstepd(?:-\S+)?: error: \*\*\* (?:STEP|JOB) \S+ ON (\S+) CANCELLED AT \S+ (.+?) \*\*\*")
_TASK_LINE = re.compile(r" *(\d+): (.*)")
_EXIT_CODE = re.compile(r"Exited with exit code (\d+)")


class Target(NamedTuple):
    nodes: tuple[str, ...]  # every node asked about, in hostlist order
    usable: tuple[str, ...]  # those srun runs on
    unreachable: dict[str, str]  # node -> the scheduler's state and reason
    partition: Optional[str]
    gres: Mapping[str, str] = {}  # node -> sinfo's generic resources (%G), e.g. "gpu:a100:4(S:0-1)"
    in_allocation: bool = False  # the nodes of the current job (SLURM_JOB_NODELIST)


# srun's options that ask for GPUs: given any, gpufix adds no request of its own.
GPU_OPTIONS = ("--gres", "--gpus", "-G", "--gpus-per-node", "--gpus-per-task", "--gpus-per-socket",
               "--tres-per-task", "--tres-per-node")
# One GPU entry of a GRES string: gpu:4, gpu:a100:4, gpu:a100:4(S:0-1), gpu:4(IDX:0-3) (linear: no nesting).
_GPU_GRES = re.compile(r"(?:^|,)gpu(?::[A-Za-z0-9_.-]+)?:(\d+)")


class SlurmRun(NamedTuple):
    entries: list[Entry]
    expected: tuple[str, ...]
    command: list[str]  # the srun command line that ran ([] when no node was usable)


def srun_path() -> str:
    path = shutil.which("srun")
    if path is None:
        raise UsageError("srun not found: gpufix fleet slurm runs where Slurm's client commands are (a login node "
                         "or inside an allocation); `gpufix fleet summarize` reads documents collected another way")
    return path


def node_command(gpufix: Sequence[str], python: Optional[str], quick: bool) -> list[str]:
    """What each node runs: gpufix --json with the options that pass through."""
    argv = [*gpufix, "--json"]
    if python:
        argv += ["--python", python]
    if quick:
        argv.append("--quick")
    return argv


def resolve_target(nodelist: Optional[str], partition: Optional[str], env: Mapping[str, str],
                   sinfo: str = "sinfo", exclude: Optional[str] = None) -> Target:
    in_allocation = False
    if nodelist:
        try:
            nodes = hostlists.expand(nodelist)
        except ValueError as e:
            raise InputError(str(e)) from e
    elif partition:
        nodes = _sinfo_lines([sinfo, "-h", "-N", "-p", partition, "-o", "%N"], sinfo)
        if not nodes:
            raise InputError(f"partition {partition!r} has no nodes (sinfo -p {partition})")
    elif env.get("SLURM_JOB_NODELIST"):
        nodes = hostlists.expand(env["SLURM_JOB_NODELIST"])
        in_allocation = True
    else:
        rows = [line.split() for line in _sinfo_lines([sinfo, "-h", "-N", "-o", "%N %P"], sinfo)]
        nodes = [r[0] for r in rows if len(r) == 2 and r[1].endswith("*")]
        if not nodes:
            raise InputError("no default partition: name the nodes (-w LIST) or a partition (-p NAME)")
    if exclude:
        try:
            left_out = set(hostlists.expand(exclude))
        except ValueError as e:
            raise InputError(str(e)) from e
        nodes = [n for n in nodes if n not in left_out]
    if not nodes:
        raise InputError("no nodes left to run on")
    ordered = tuple(hostlists.sort_names(dict.fromkeys(nodes)))
    states = _node_states(ordered, sinfo)
    unreachable = {}
    for n in ordered:
        state, reason, _ = states.get(n, ("unknown", "sinfo does not list this node", ""))
        if any(word in state.lower() for word in _UNUSABLE) or state.endswith("*"):
            unreachable[n] = f"{state}" + (f": {reason}" if reason and reason != "none" else "")
    usable = tuple(n for n in ordered if n not in unreachable)
    gres = {n: states[n][2] for n in ordered if n in states}
    return Target(ordered, usable, unreachable, partition, gres, in_allocation)


def _sinfo_lines(argv: list[str], sinfo: str) -> list[str]:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    except FileNotFoundError as e:
        raise UsageError(f"{sinfo} not found: Slurm's client commands are needed") from e
    except subprocess.TimeoutExpired as e:
        raise UsageError("sinfo did not answer within 30 s (is slurmctld up?)") from e
    if done.returncode != 0:
        first = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[0]
        raise UsageError(f"sinfo failed: {first}")
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]


def _node_states(nodes: Sequence[str], sinfo: str) -> dict[str, tuple[str, str, str]]:
    """node -> (state, reason, generic resources); the reason last: it is free text."""
    if not nodes:
        return {}
    out = {}
    for line in _sinfo_lines([sinfo, "-h", "-N", "-n", hostlists.compress(nodes), "-o", "%N|%T|%G|%E"], sinfo):
        name, _, rest = line.partition("|")
        state, _, rest = rest.partition("|")
        gres, _, reason = rest.partition("|")
        out[name] = (state, reason.strip(), gres.strip())
    return out


def gpu_count(gres: str) -> int:
    """GPUs in one node's GRES string (sinfo %G); 0 for "(null)" or none."""
    return sum(int(m.group(1)) for m in _GPU_GRES.finditer(gres or ""))


def gpu_request(target: Target, extra: Sequence[str]) -> tuple[list[str], Optional[str]]:
    """The srun options that give each step the nodes' GPUs, and a note when the request cannot fit every node."""
    if target.in_allocation or any(a.partition("=")[0] in GPU_OPTIONS or a.startswith("-G") for a in extra):
        return [], None
    counts = {n: gpu_count(target.gres.get(n, "")) for n in target.usable}
    with_gpus = {n: c for n, c in counts.items() if c > 0}
    if not with_gpus:
        return [], None
    if len(with_gpus) < len(counts):
        without = hostlists.compress([n for n in target.usable if n not in with_gpus])
        return [], (f"no GPUs asked for: {without} have none in Slurm while {hostlists.compress(list(with_gpus))} do, "
                    "so the GPU nodes report what a job without --gres sees; run them apart (-w) or pass --gres")
    least, most = min(with_gpus.values()), max(with_gpus.values())
    note = None
    if least != most:
        note = (f"asked each node for {least} GPU{'s' if least > 1 else ''} (the fewest any of them has); "
                "nodes with more report only those")
    return [f"--gres=gpu:{least}"], note


def srun_command(srun: str, target: Target, node_argv: Sequence[str], timeout_s: float,
                 extra: Sequence[str] = ()) -> list[str]:
    minutes = max(1, math.ceil(timeout_s / 60)) + 1  # the scheduler's backstop, above timeout's own limit
    argv = [srun, f"--nodes={len(target.usable)}", f"--ntasks={len(target.usable)}", "--ntasks-per-node=1",
            f"--nodelist={hostlists.compress(target.usable)}", "--label", "--kill-on-bad-exit=0",
            f"--time={minutes}", "--job-name=gpufix-fleet"]
    if target.partition:
        argv.append(f"--partition={target.partition}")
    return [*argv, *extra, "sh", "-c", NODE_SCRIPT, str(max(1, math.ceil(timeout_s))), *node_argv]


def run(target: Target, node_argv: Sequence[str], timeout_s: float, extra: Sequence[str] = (),
        srun: Optional[str] = None) -> SlurmRun:
    """Run srun on the usable nodes; every node of the target gets an entry."""
    entries = [Entry(UNREACHABLE, n, None, "sinfo", reason=r) for n, r in target.unreachable.items()]
    if not target.usable:
        return SlurmRun(entries, target.nodes, [])
    argv = srun_command(srun or srun_path(), target, node_argv, timeout_s, extra)
    stdout, stderr, rc, stopped = _run_srun(argv, timeout_s + _SCHEDULING_GRACE_S)
    got = list(read_text(stdout, "srun"))
    reasons, general = scheduler_reasons(stderr, _task_nodes(stdout), timeout_s)
    documented = {e.label for e in got if e.kind == DOCUMENT}
    for e in got:
        if e.kind == DOCUMENT:
            entries.append(e)
    notes = {e.label: e.reason for e in got if e.kind != DOCUMENT and e.label}
    for n in target.usable:
        if n in documented:
            continue
        reason = reasons.get(n) or notes.get(n) or general or (
            f"srun stopped after {timeout_s + _SCHEDULING_GRACE_S:.0f} s" if stopped else f"srun exited {rc}")
        if stopped and n not in reasons:
            reason = f"no document within {timeout_s + _SCHEDULING_GRACE_S:.0f} s (srun stopped); {reason}"
        entries.append(Entry(UNREACHABLE, n, None, "srun", reason=reason))
    return SlurmRun(entries, target.nodes, argv)


def _run_srun(argv: list[str], limit_s: float) -> tuple[str, str, int, bool]:
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            errors="replace", stdin=subprocess.DEVNULL)
    try:
        out, err = proc.communicate(timeout=limit_s)
        return out, err, proc.returncode, False
    except subprocess.TimeoutExpired:
        # Two SIGINTs within a second make srun cancel the step (one only prints its status).
        proc.send_signal(signal.SIGINT)
        proc.send_signal(signal.SIGINT)
        try:
            out, err = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
        return out, err, proc.returncode, True


def _task_nodes(stdout: str) -> dict[str, str]:
    """srun task number -> node name, from the label line each task prints first."""
    out = {}
    for line in stdout.splitlines():
        m = _TASK_LINE.fullmatch(line)
        if m and m.group(2).startswith("gpufix-node: "):
            out[m.group(1)] = m.group(2)[len("gpufix-node: "):].strip()
    return out


def scheduler_reasons(stderr: str, task_nodes: Mapping[str, str], timeout_s: float) -> tuple[dict[str, str], str]:
    """Per node, why it gave no document: srun's and slurmstepd's verdicts, then the task's own
    last error lines (`Exited with exit code 2: gpufix: error: ...`); and srun's last general
    error (no allocation, a bad option). srun and the tasks write stderr concurrently, so the
    verdicts and the task's lines are kept apart and joined in a fixed order."""
    verdicts: dict[str, list[str]] = {}
    said: dict[str, list[str]] = {}
    general = ""
    for line in stderr.splitlines():
        line = line.strip()
        m = _STEPD.search(line)
        if m:
            verdicts.setdefault(m.group(1), []).append(f"cancelled by Slurm: {m.group(2).lower()}")
            continue
        m = _SRUN_TASK.fullmatch(line)
        if m:
            code = _EXIT_CODE.search(m.group(2))
            if code and int(code.group(1)) == TIMED_OUT:
                text = f"no answer within the per-node limit of {timeout_s:.0f} s (stopped)"
            else:
                text = m.group(2)
            verdicts.setdefault(m.group(1), []).append(text)
            continue
        m = _TASK_LINE.fullmatch(line)
        if m and m.group(1) in task_nodes and m.group(2).strip():
            said.setdefault(task_nodes[m.group(1)], []).append(m.group(2).strip()[:200])
            continue
        if line.startswith("srun: error:") or line.startswith("srun: Job"):
            general = line
    reasons = {}
    for node in dict.fromkeys([*verdicts, *said]):
        verdict = "; ".join(dict.fromkeys(verdicts.get(node, [])))
        own = " / ".join(list(dict.fromkeys(said.get(node, [])))[-2:])
        reasons[node] = f"{verdict}: {own}" if verdict and own else verdict or own
    return reasons, general
