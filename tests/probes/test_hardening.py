"""Issue 12 (failures 2, 9 and 11): probes and parsers under attack.

* the nvidia-smi table parser is linear in a cell's width, and parsing runs on the probe's clock;
* a timed-out probe's whole process group is killed (leftover children: 0), and a command that
  exits while a child still holds its stdout has answered;
* credentials are redacted whatever characters they hold (table-driven);
* every probe parser compiles its patterns through gpufix.linear_re.
"""
from __future__ import annotations

import ast
import os
import sys
import time
from pathlib import Path

import pytest

from gpufix.facts import ok
from gpufix.probes import nvidia_smi
from gpufix.probes.base import Probe, ProbeContext, ProbeFailed, run_command
from gpufix.probes.redact import REDACTED, redact
from gpufix.probes.runner import run_probes

PROBES = Path(nvidia_smi.__file__).resolve().parent
HEADER = """\
+-----------------------------------------------------------------------------+
| NVIDIA-SMI 535.104.05   Driver Version: 535.104.05   CUDA Version: 12.2     |
|-------------------------------+----------------------+----------------------+
| GPU  Name        Persistence-M| Bus-Id        Disp.A | Volatile Uncorr. ECC |
|===============================+======================+======================|
"""


def _row(i: int, pad: int) -> str:
    # the spaces sit inside the name: each step of a lazy name regex rescans them (cubic)
    return (f"|   {i}  NVIDIA{' ' * pad}A100-SXM4-80GB  Off  | 00000000:0{i}:00.0 Off |                    0 |\n"
            f"| N/A   30C    P0    60W / 400W |      4MiB / 81920MiB |      0%      Default |\n")


def _best(fn, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def test_the_table_parser_is_linear_in_a_cells_width():
    """Failure 2: five rows with 950-space cells took 30 s (the name regex was cubic)."""
    crafted = HEADER + "".join(_row(i, 900) for i in range(5))  # ~940-character cells (lines stop at 1000)
    plain = HEADER + "".join(_row(i, 4) for i in range(5))
    plain += "| " + "x" * 76 + " |\n" * ((len(crafted) - len(plain)) // 80)  # the same size, ordinary text
    names = [f.value for f in nvidia_smi.parse_nvidia_smi_table(crafted) if f.name == "gpu.name"]
    assert names == [["NVIDIA" + " " * 900 + "A100-SXM4-80GB"] * 5]
    crafted_t = _best(lambda: nvidia_smi.parse_nvidia_smi_table(crafted))
    plain_t = _best(lambda: nvidia_smi.parse_nvidia_smi_table(plain))
    assert crafted_t < 3 * plain_t + 0.002, f"crafted {crafted_t:.4f} s, plain {plain_t:.4f} s"


def test_parsing_time_counts_as_the_probes_time():
    """Failure 2: the probe said "ok, 0.026 s" while its parser ran for a minute."""
    def slow_parse(raw):
        time.sleep(0.3)
        return [ok("driver.version", "535.104.05", "slowparse")]

    probe = Probe("slowparse", lambda ctx: {"s.txt": "x"}, slow_parse, files=("s.txt",), timeout=5.0,
                  facts=("driver.version",))
    [res] = run_probes([probe], ProbeContext())
    assert res.status == "ok" and res.seconds >= 0.3


@pytest.mark.slow
def test_a_parser_that_hangs_times_out_like_a_command_that_hangs():
    probe = Probe("hangparse", lambda ctx: {"s.txt": "x"}, lambda raw: time.sleep(60) or [], files=("s.txt",),
                  timeout=0.05, facts=("driver.version",))
    start = time.perf_counter()
    [res] = run_probes([probe], ProbeContext())
    assert time.perf_counter() - start < 4
    assert res.status == "timeout"
    assert [f.status for f in res.facts] == ["unknown"]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie is dead, waiting for init
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to count processes")
def test_a_timed_out_command_leaves_no_children_running(tmp_path):
    """Failure 11: timed-out probes left their children running."""
    pids = tmp_path / "pids"
    script = f"sleep 30 & echo $! >> {pids}; sleep 30 & echo $! >> {pids}; sleep 30"
    with pytest.raises(ProbeFailed, match="did not answer"):
        run_command(["sh", "-c", script], timeout=0.5)
    children = [int(p) for p in pids.read_text().split()]
    assert len(children) == 2
    deadline = time.monotonic() + 2
    while any(_alive(p) for p in children) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert [p for p in children if _alive(p)] == []  # leftover children: 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX process groups")
def test_a_command_that_exits_while_its_child_holds_stdout_has_answered():
    """Failure 11: a target interpreter that exits but leaves a child holding stdout is not
    "did not answer"; the straggler is killed."""
    code = "import subprocess; subprocess.Popen(['sleep', '30']); print('answer', flush=True)"
    start = time.perf_counter()
    res = run_command([sys.executable, "-c", code], timeout=5)
    assert res.returncode == 0 and res.stdout.strip() == "answer"
    assert time.perf_counter() - start < 3


# (text, what must not survive) - credentials of every shape seen in pip/conda configs and logs
CREDENTIALS = [
    ("https://user:p@ss:w@rd@pypi.example.com/simple", ["p@ss", "w@rd", "user"]),
    ("--index-url https://ci:t0k:en@@nexus.corp/repository/pypi/simple torch", ["t0k", "en@"]),
    ("https://__token__:pypi-AgEIcHlwaS5vcmc@upload.pypi.org/legacy/", ["pypi-AgEIcHlwaS5vcmc"]),
    ("https://conda.anaconda.org/t/ab-12345678/conda-forge", ["ab-12345678"]),
    ("https://mirror/simple?access_token=s3cr3t&x=1", ["s3cr3t"]),
    ("Authorization: Bearer eyJhbGciOi.J9.abc", ["eyJhbGciOi"]),
    ("HF_TOKEN=hf_abcdefghijklmnopqrstuvwxyz012345", ["hf_abcdefghij"]),
    ("export NVIDIA_API_KEY='nvapi-@:/x'", ["nvapi-@:/x"]),
    ("pip install --password s3cr:t@x torch", ["s3cr:t@x"]),
    ("db_password: hunter2:@", ["hunter2"]),
    ("token ghp_abcdefghijklmnopqrstuvwxyz0123 leaked", ["ghp_abcdefghij"]),
]


@pytest.mark.parametrize("text, secrets", CREDENTIALS)
def test_credentials_are_redacted_whatever_characters_they_hold(text, secrets):
    out = redact(text)
    assert REDACTED in out
    for s in secrets:
        assert s not in out, out
    assert redact(out) == out  # idempotent


@pytest.mark.parametrize("text", [
    "Looking in indexes: https://pypi.org/simple, https://download.pytorch.org/whl/cu121",
    "max_new_tokens=512 tokens/s=5123 KeyError: 'weight'",
    "RuntimeError: CUDA error: device-side assert triggered",
])
def test_ordinary_text_is_left_alone(text):
    assert redact(text) == text


def test_every_probe_parser_compiles_its_patterns_linearly():
    """No probe module imports `re`: their patterns run on gpufix.linear_re (RE2). The scripts run
    in the target interpreter, on that machine's own files, and may use the standard library."""
    offenders = []
    for path in sorted(PROBES.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import) and any(a.name == "re" for a in node.names):
                offenders.append(f"{path.name}:{node.lineno}")
            elif isinstance(node, ast.ImportFrom) and node.module == "re":
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
    assert os.path.isdir(PROBES / "scripts")
