"""`gpufix fix` end to end, as a user runs it, on a throwaway venv (about 20 s).

The patient: a real venv (`python -m venv`, with its own pip) holding NumPy 2.0.2, and the
real torch of the interpreter running the tests (linked in through a .pth file: copying
700 MB of wheel is not needed to import it). The rules see torch 2.2.2, stated with
`--fact torch.version=2.2.2`: no torch older than 2.3 (built for NumPy 1.x) is installable
offline here, and that one fact is all the NumPy ABI rule needs besides the probed NumPy.
Everything else is real: the probes of the venv, the rules, the snapshot (`pip freeze`),
`pip install numpy==1.26.4` from pip's configured index into the venv, the re-probe, the
MNIST check (torch really trains, on generated data when MNIST cannot be downloaded), the
re-diagnosis, and `gpufix rollback` undoing it all.
"""
from __future__ import annotations

import importlib.metadata as md
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name == "nt", reason="links torch in with symlinks"),
    pytest.mark.skipif(sys.version_info >= (3, 13), reason="NumPy 1.26 has no wheels for Python 3.13+"),
]

STATED = ["--fact", "torch.version=2.2.2"]
# torch's thread pool on a 2-core machine shared with other test runs: one thread trains the
# MNIST check in ~4 s here, the default pool took 40 s under load.
QUIET = {"OMP_NUM_THREADS": "1"}


def _requirements(dist: md.Distribution) -> list[str]:
    from packaging.requirements import Requirement

    out = []
    for text in dist.requires or []:
        req = Requirement(text)
        if req.marker is None or req.marker.evaluate({"extra": ""}):
            out.append(req.name)
    return out


def link_torch(site: Path, into: Path) -> None:
    """Make this interpreter's torch (and what it needs, not NumPy) importable in the venv."""
    into.mkdir()
    seen: set[str] = set()
    todo = ["torch"]
    while todo:
        name = todo.pop()
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue  # an optional or platform-only requirement
        if dist.metadata["Name"].lower() in seen:
            continue
        seen.add(dist.metadata["Name"].lower())
        root = Path(dist.locate_file(""))
        tops = {Path(str(f)).parts[0] for f in dist.files or [] if not str(f).startswith("..")}
        for top in tops:
            # No .dist-info: pip in the venv must not list (or try to reinstall) what is only linked.
            if top.endswith((".pth", ".dist-info")) or top == "__pycache__" or (into / top).exists():
                continue
            if (root / top).exists():
                (into / top).symlink_to(root / top)
        todo += [r for r in _requirements(dist) if r.lower() not in ("numpy", "setuptools")]
    (site / "_gpufix_test_torch.pth").write_text(str(into) + "\n")


@pytest.fixture
def patient(tmp_path) -> str:
    pytest.importorskip("torch")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    link_torch(site, venv / "torch-only")
    pip = subprocess.run([python, "-m", "pip", "install", "-q", "numpy==2.0.2"], capture_output=True, text=True)
    if pip.returncode != 0:
        pytest.skip(f"numpy 2.0.2 cannot be installed here: {pip.stderr.strip().splitlines()[-1:]}")
    return python


def gpufix(*args: str, state: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, **QUIET, "GPUFIX_STATE_DIR": str(state), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "gpufix", *args], capture_output=True, text=True, env=env,
                          input=stdin if stdin is not None else "", timeout=300)


def numpy_in(python: str) -> str:
    return subprocess.run([python, "-c", "import numpy; print(numpy.__version__)"], check=True,
                          capture_output=True, text=True).stdout.strip()


def answer_on_a_terminal(argv: list[str], answer: bytes, state: Path) -> tuple[str, int]:
    """Run gpufix on a pseudo-terminal, as a person would, and answer its question."""
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child: gpufix on the terminal
        os.environ.update({**QUIET, "GPUFIX_STATE_DIR": str(state)})
        os.execv(sys.executable, [sys.executable, "-m", "gpufix", *argv])
    text = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        text += chunk
        if text.rstrip().endswith(b"[y/N]"):
            os.write(fd, answer)
    _, status = os.waitpid(pid, 0)
    return text.decode("utf-8", "replace"), os.waitstatus_to_exitcode(status)


def test_fix_numpy2_abi_in_a_throwaway_venv(patient, tmp_path):
    state = tmp_path / "state"
    fix = ["fix", "numpy2-abi", "--python", patient, *STATED]

    # No terminal and no --yes: refused in one line; on a terminal, "n": nothing changes.
    refused = gpufix(*fix, state=state)
    assert refused.returncode == 2 and refused.stdout == ""
    shown, code = answer_on_a_terminal(fix, b"n\n", state)
    assert "Run this command (a snapshot of the installed packages is saved first)? [y/N]" in shown
    assert "Not run." in shown and code == 1
    assert numpy_in(patient) == "2.0.2" and not state.exists()

    run = gpufix(*fix, "--yes", state=state)
    out = run.stdout
    assert run.returncode == 0, out + run.stderr
    # One snapshot, taken before the command, of this venv.
    snaps = sorted((state / "snapshots").iterdir())
    assert len(snaps) == 1
    assert "numpy==2.0.2" in (snaps[0] / "pip-freeze.txt").read_text().split()
    assert json.loads((snaps[0] / "snapshot.json").read_text())["python"] == patient
    # The command ran in the venv, its output streamed, and it worked.
    assert f"[step 1] $ {patient} -m pip install numpy==1.26.4" in out
    assert "    Successfully installed numpy-1.26.4" in out
    assert numpy_in(patient) == "1.26.4"
    # reprobe:numpy.version was honoured, then the MNIST check ran with the venv's torch,
    # then the rules ran again on a fresh probe of the venv.
    assert "    re-read NumPy version: 2.0.2 -> 1.26.4" in out
    assert "Verifying: mnist" in out and "verify passed" in out
    assert "Diagnosed again: it no longer applies." in out
    assert out.rstrip().splitlines()[-1] == (
        "[✓] Fixed: 'NumPy 2 is installed but torch (or another extension) was built for NumPy 1.x'"
        " no longer applies and the checks passed.")

    # The snapshot undoes it.
    undo = gpufix("rollback", "--yes", state=state)
    assert undo.returncode == 0, undo.stdout + undo.stderr
    assert numpy_in(patient) == "2.0.2"
