"""The catalogue as a user meets it: the real CLI on every positive fixture.

`gpufix rules test` replays fixtures through the engine's own harness; these tests go through
`gpufix --json --no-probe --log FILE` itself (in process, through gpufix.cli.main), passing a
fixture's recorded probe files with --fixture and its stated facts with --fact, and check
that the expected rule comes first. They also hold the catalogue to issue 4's counts.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from gpufix.cli import main

# case.yaml files are read for every fixture at collection, in each worker: libyaml when present (~10x faster).
CASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REQUIRED_IDS = (
    "driver-older-than-runtime", "cpu-only-wheel", "numpy2-abi", "gpu-arch-unsupported", "no-driver",
    "driver-library-mismatch", "torchvision-mismatch", "missing-cuda-libs", "windows-dll-load", "cuda-oom",
    "cuda-unknown-error", "no-matching-wheel", "mps-unavailable", "cuda-visible-devices",
    "multiple-torch-installs", "mirror-without-cuda-wheels", "python-env-mismatch", "toolkit-not-needed",
    "code-error",
)
RAW_FILES = ("nvidia-smi.txt", "nvidia-smi-query.csv", "proc-driver-nvidia-version.txt", "nvml.json", "nvcc.txt",
             "torch-probe.json", "python-env.json", "platform.json", "env.json", "pip-config.json", "conda.json",
             "rocminfo.txt", "rocm-smi.txt", "amd-smi-version.txt", "rocm-version.txt", "kfd.json",
             "index-torch.json")


def _cases() -> list[tuple[Path, dict]]:
    out = []
    for d in sorted(FIXTURES.iterdir()):
        f = d / "case.yaml"
        if f.is_file():
            out.append((d, yaml.load(f.read_text(encoding="utf-8"), Loader=CASE_LOADER) or {}))
    return out


CASES = _cases()
POSITIVE = [(d, c) for d, c in CASES if (c.get("expect") or {}).get("first")]


def _fact_args(case: dict) -> list[str]:
    args = []
    for name, value in (case.get("facts") or {}).items():
        if isinstance(value, list):
            value = ",".join(str(v) for v in value)
        elif isinstance(value, bool):
            value = "true" if value else "false"
        args += ["--fact", f"{name}={value}"]
    return args


@pytest.mark.parametrize("case_dir,case", POSITIVE, ids=[d.name for d, _ in POSITIVE])
def test_cli_names_the_expected_rule_first(case_dir: Path, case: dict, capsys):
    argv = ["--json", "--no-probe", "--lang", "en"]
    if (case_dir / "log.txt").is_file():
        argv += ["--log", str(case_dir / "log.txt")]
    if any((case_dir / f).is_file() for f in RAW_FILES):
        argv += ["--fixture", str(case_dir)]
    argv += _fact_args(case)
    code = main(argv)
    doc = json.loads(capsys.readouterr().out)
    ids = [d["id"] for d in doc["diagnoses"]]
    want = case["expect"]["first"]
    assert ids and ids[0] == want, f"{ids} (want {want} first)"
    # 1 on an error; 3 when only a warning stands beside a symptom it does not settle (no driver
    # found: no GPU, or a GPU without its driver?); else 0.
    assert code == doc["exit_code"] == {"error": 1, "undiagnosed": 3}.get(doc["status"], 0)
    assert (doc["status"] == "undiagnosed") == (doc["status"] != "error" and bool(doc["differential"]))


def test_every_required_rule_has_two_real_positives_and_a_negative():
    positives: dict[str, int] = {i: 0 for i in REQUIRED_IDS}
    negatives: dict[str, int] = {i: 0 for i in REQUIRED_IDS}
    for d, case in CASES:
        exp = case.get("expect") or {}
        fired = set(exp.get("fires") or []) | ({exp["first"]} if exp.get("first") else set())
        has_source = any(s.get("url") for s in case.get("sources") or [] if isinstance(s, dict))
        for rid in fired & positives.keys():
            positives[rid] += 1 if has_source else 0
        for rid in set(exp.get("ok") or []) & negatives.keys():
            negatives[rid] += 1
    short = {i: n for i, n in positives.items() if n < 2}
    assert not short, f"rules with fewer than two positive fixtures from a cited report: {short}"
    assert not [i for i, n in negatives.items() if n < 1]


def test_healthy_machines_cover_each_os():
    """Healthy recordings (expect.no_errors) exist for Linux, Windows and macOS; the rule
    harness checks each raises no error-severity diagnosis."""
    healthy = [d.name for d, c in CASES if (c.get("expect") or {}).get("no_errors") is True]
    for os_name in ("linux", "windows", "macos"):
        assert any(f"machine--{os_name}-" in n for n in healthy), os_name
