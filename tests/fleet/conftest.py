"""A real local Slurm cluster for the fleet tests: munged, slurmctld and three slurmd on localhost.

Debian's slurm-wlm is built with multiple-slurmd support (`slurmd -N NAME`), so three nodes
(n1-n3, each its own port and spool directory) run on this one host. Everything lives in a
temporary directory: slurm.conf, the munge key and socket, state, logs. Started once per test
process, stopped afterwards. Skips, saying why, only where Slurm or munge is not installed
(.ci/run installs them on Debian).
"""
from __future__ import annotations

import getpass
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path
from typing import Iterator, NamedTuple

import pytest

NODES = ("n1", "n2", "n3")
# Generic resources as a GPU cluster declares them (no device files: Slurm counts them, gpufix's request is
# what is tested): n1 two GPUs, n2 one, n3 none.
GPUS = {"n1": 2, "n2": 1}
_STAND_INS = ("/dev/null", "/dev/zero")
_DAEMONS = ("munged", "slurmctld", "slurmd", "srun", "sinfo", "scontrol")


class Cluster(NamedTuple):
    conf: Path
    root: Path
    nodes: tuple[str, ...]


def _free_ports(n: int) -> list[int]:
    socks = [socket.socket() for _ in range(n)]
    try:
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def _slurm_conf(root: Path, user: str, ports: list[int]) -> str:
    ctld, slurmd, *node_ports = ports
    lines = [
        "ClusterName=gpufixtest", "SlurmctldHost=localhost", f"SlurmctldPort={ctld}", f"SlurmdPort={slurmd}",
        "AuthType=auth/munge", f"AuthInfo=socket={root}/run/munge.sock", "CredType=cred/munge",
        f"SlurmUser={user}", f"SlurmdUser={user}",
        f"StateSaveLocation={root}/spool/ctld", f"SlurmdSpoolDir={root}/spool/%n",
        f"SlurmctldPidFile={root}/run/slurmctld.pid", f"SlurmdPidFile={root}/run/slurmd-%n.pid",
        f"SlurmctldLogFile={root}/log/slurmctld.log", f"SlurmdLogFile={root}/log/slurmd-%n.log",
        # No cgroups in a test: plain process tracking, no task binding, no accounting.
        "ProctrackType=proctrack/linuxproc", "TaskPlugin=task/none", "SchedulerType=sched/builtin",
        "SelectType=select/cons_tres", "SelectTypeParameters=CR_CPU", "JobAcctGatherType=jobacct_gather/none",
        "AccountingStorageType=accounting_storage/none", "MpiDefault=none", "ReturnToService=2",
        "SlurmdTimeout=30", "InactiveLimit=0", "KillWait=2", "MessageTimeout=10", "GresTypes=gpu",
    ]
    for name, port in zip(NODES, node_ports):
        gres = f" Gres=gpu:{GPUS[name]}" if name in GPUS else ""
        lines.append(f"NodeName={name} NodeHostname=localhost NodeAddr=127.0.0.1 Port={port} CPUs=1{gres} State=UNKNOWN")
    lines.append(f"PartitionName=debug Nodes={','.join(NODES)} Default=YES MaxTime=INFINITE State=UP")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="session")
def slurm_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    missing = [d for d in _DAEMONS if shutil.which(d) is None]
    if missing:
        pytest.skip(f"Slurm is not installed here ({', '.join(missing)} missing): "
                    "apt-get install slurm-wlm munge (.ci/run installs them)")
    root = tmp_path_factory.mktemp("slurm")
    for sub in ("run", "log", "spool/ctld", *(f"spool/{n}" for n in NODES)):
        (root / sub).mkdir(parents=True, exist_ok=True)
    (root / "run").chmod(0o700)
    (root / "log").chmod(0o700)
    key = root / "munge.key"
    key.write_bytes(os.urandom(1024))
    key.chmod(0o600)
    conf = root / "slurm.conf"
    conf.write_text(_slurm_conf(root, getpass.getuser(), _free_ports(2 + len(NODES))), encoding="utf-8")
    # Slurm wants one device file per GPU: harmless character devices stand in for /dev/nvidiaN.
    (root / "gres.conf").write_text("".join(f"NodeName={n} Name=gpu Count={c} File={','.join(_STAND_INS[:c])}\n"
                                            for n, c in GPUS.items()), encoding="utf-8")
    old_conf = os.environ.get("SLURM_CONF")
    os.environ["SLURM_CONF"] = str(conf)
    procs: list[subprocess.Popen] = []

    def start(*argv: str) -> None:
        log = open(root / "log" / f"{Path(argv[0]).name}-{len(procs)}.out", "wb")  # noqa: SIM115 - closed by the OS at exit
        procs.append(subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL))

    try:
        # --force: munged refuses a key or socket directory it considers insecure (a test's tmp dir).
        start("munged", "-F", "--force", f"--key-file={key}", f"--socket={root}/run/munge.sock",
              f"--pid-file={root}/run/munged.pid", f"--log-file={root}/log/munged.log",
              f"--seed-file={root}/run/munged.seed")
        _wait(lambda: (root / "run" / "munge.sock").exists(), 10, "munged did not create its socket", root)
        start("slurmctld", "-D", "-i", "-f", str(conf))
        for n in NODES:
            start("slurmd", "-D", "-N", n, "-f", str(conf))
        _wait(lambda: _idle_nodes() >= set(NODES), 30, "the slurmd did not register as idle", root)
        yield Cluster(conf, root, NODES)
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in reversed(procs):
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        if old_conf is None:
            os.environ.pop("SLURM_CONF", None)
        else:
            os.environ["SLURM_CONF"] = old_conf


def _idle_nodes() -> set[str]:
    done = subprocess.run(["sinfo", "-h", "-N", "-o", "%N %T"], capture_output=True, text=True, timeout=10)
    return {line.split()[0] for line in done.stdout.splitlines() if line.split()[1:] == ["idle"]}


def _wait(ready, seconds: float, what: str, root: Path) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if ready():
                return
        except (OSError, subprocess.SubprocessError):
            pass
        time.sleep(0.1)
    logs = "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-1500:]}" for p in sorted((root / "log").glob("*")))
    raise RuntimeError(f"{what} within {seconds:.0f} s\n{logs}")
