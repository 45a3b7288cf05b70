"""The remedy lint (gpufix.core.remedy_lint): every rule's rendered remedies over every fixture,
in en and zh, with 0 findings; and each check catching the answer that showed the problem
(issue 10), rebuilt from its exact text."""
from __future__ import annotations

from pathlib import Path

import pytest

from gpufix.cli import main
from gpufix.core.checkout import rules_source
from gpufix.core.remedy_lint import RemedyLint, blames_file, lint_cases, lint_diagnoses, load_blames
from gpufix.errors import InputError
from gpufix.core.rule_tests import collect_case, find_cases
from gpufix.core.pipeline import analyse
from gpufix.diagnosis import Diagnosis, Remedy, Step
from gpufix.facts import FactBase, absent, ok
from gpufix.remedy.labels import verify_label, verify_labels

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
NO_GPU_CASE = FIXTURES / "cpu-only-wheel--nodriver-box-not-compiled"


@pytest.fixture(scope="module")
def rules():
    return rules_source([str(ROOT / "rules")]).load()


def _facts(**values) -> FactBase:
    fb = FactBase()
    for name, value in values.items():
        name = name.replace("__", ".")
        fb.add(absent(name, "test") if value is None else ok(name, value, "test"))
    return fb


# The facts of issue 10's machine: no NVIDIA driver, no GPU, torch 2.13.0+cpu.
NO_GPU = dict(torch__version_full="2.13.0+cpu", torch__build="cpu", driver__version=None, os__name="linux")


def _diag(rid: str, title: str = "t", text: str = "", remedies=()) -> Diagnosis:
    return Diagnosis(rid, title, "error", "setup", text, remedies=tuple(remedies))


def _checks(findings) -> list[str]:
    return [f.check for f in findings]


@pytest.mark.slow  # exhaustive (seconds): the whole suite and CI run it, the inner loop does not
def test_every_fixture_every_rule_renders_remedies_an_expert_would_sign(rules):
    cases = find_cases([FIXTURES])
    seen: set[str] = set()
    findings, broken = lint_cases(cases, rules, seen=seen)
    assert not broken
    assert [f.line() for f in findings] == []
    # It read what it claims: every diagnosis rule's texts, rendered where it fires.
    assert len(cases) > 100
    assert {r.id for r in rules if not r.is_derive} - seen == set()


def test_cli_lint_remedies_exits_0(capsys, tmp_path):
    # The command's wiring, on a few cases (the sweep over every fixture is the test above).
    for case in (NO_GPU_CASE, FIXTURES / "machine--windows-rtx3060-driver537", FIXTURES / "numpy2-abi--torchio-import-torch-numpy200"):
        if case.is_dir():
            (tmp_path / case.name).symlink_to(case)
    n = len(list(tmp_path.iterdir()))
    assert n >= 2
    assert main(["rules", "lint", "--remedies", "--rules", str(ROOT / "rules"),
                 "--fixtures", str(tmp_path)]) == 0
    assert f"remedies in {n} fixture(s), en and zh: 0 finding(s)" in capsys.readouterr().err


# --- the answers from issue 10, as they were --------------------------------------------

def test_circular_cpu_install_is_a_blamed_build():
    step = Step("Install a CUDA build of torch (2.13.0, cpu) with the torchvision/torchaudio that pair with it, "
                "from download.pytorch.org/whl/cuXXX or a mirror of it (here: https://download.pytorch.org/whl/cpu); "
                "a plain PyPI mirror would give you the CPU build again.",
                ("/tmp/dev/bin/python", "-m", "pip", "install", "torch==2.13.0", "torchvision==0.28.0",
                 "--index-url", "https://download.pytorch.org/whl/cpu"))
    uninstall = Step("Uninstall the CPU-only torch packages from this interpreter.",
                     ("/tmp/dev/bin/python", "-m", "pip", "uninstall", "-y", "torch", "torchvision", "torchaudio"))
    d = _diag("cpu-only-wheel", remedies=[Remedy("Replace it with a CUDA build of torch",
                                                 (uninstall, step, Step("Check.", verify=("cuda-alloc",))))])
    found = lint_diagnoses([d], _facts(**NO_GPU), "en")
    assert _checks(found).count("blamed-build") >= 1
    assert all(f.where == "remedy 1 step 2" for f in found if f.check == "blamed-build")


def test_gpu_claim_without_gpu_facts_is_unsupported():
    title = "A CPU-only build of torch is installed on a machine with an NVIDIA GPU"
    d = _diag("cpu-only-wheel", title=title)
    assert _checks(lint_diagnoses([d], _facts(**NO_GPU), "en")) == ["unsupported-claim"]
    zh = _diag("cpu-only-wheel", title="安装的是仅支持 CPU 的 torch，但这台机器有 NVIDIA 显卡")
    assert _checks(lint_diagnoses([zh], _facts(**NO_GPU), "zh")) == ["unsupported-claim"]
    # The same words with a GPU in the facts are a supported claim.
    with_gpu = _facts(**{**NO_GPU, "gpu__name": ["NVIDIA GeForce RTX 4090"], "driver__version": "550.54"})
    assert lint_diagnoses([d], with_gpu, "en") == []


def test_a_question_or_a_condition_is_no_claim():
    d = _diag("no-driver", text="Check whether the machine has an NVIDIA GPU at all. "
                                "On a machine with an NVIDIA GPU, install a CUDA build.")
    assert lint_diagnoses([d], _facts(**NO_GPU), "en") == []


def test_reprobe_ids_and_table_names_are_internal():
    step = Step("Reboot, then check afterwards: reprobe:driver.version (see arch_lists.yaml).")
    d = _diag("x", remedies=[Remedy("r", (step,))])
    messages = [f.message for f in lint_diagnoses([d], _facts(), "en") if f.check == "internal-name"]
    assert any("driver.version" in m for m in messages)
    assert any("reprobe:" in m for m in messages)
    assert any("arch_lists.yaml" in m for m in messages)


def test_torch_api_names_are_not_fact_ids():
    # torch.version.cuda and torch.cuda.is_available() are what users type; torch.cuda alone is the fact id.
    d = _diag("x", text="torch.version.cuda is None and torch.cuda.is_available() is False.")
    assert lint_diagnoses([d], _facts(), "en") == []
    assert _checks(lint_diagnoses([_diag("x", text="a working torch.cuda does not mean")], _facts(), "en")) \
        == ["internal-name"]


def test_check_labels_are_words():
    assert verify_label("reprobe:driver.version") == "read the NVIDIA driver version again"
    assert "reprobe" not in verify_labels(["reprobe:torch.build", "cuda-alloc", "mnist"], "zh")
    # A fact without its own wording still reads as words (its area's), never as its id.
    assert verify_label("reprobe:gpu.count") == "check the GPU and driver again"
    # Every check every rule names has a label with no internal name in it, in both languages.
    lint = RemedyLint()
    for rule in rules_source([str(ROOT / "rules")]).load():
        for remedy in getattr(rule, "remedies", ()) or ():
            for step in getattr(remedy, "steps", ()) or ():
                for check in getattr(step, "verify", ()) or ():
                    for lang in ("en", "zh"):
                        label = verify_label(check, lang)
                        d = _diag(rule.id, remedies=[Remedy("r", (Step("s", verify=(check,)),))])
                        assert lint.diagnosis(d, _facts(), lang) == [], (check, lang, label)


def test_promised_command_that_is_not_there():
    text = ("Install or update the Visual C++ 2015-2022 Redistributable (x64) - with winget as below, or "
            "from https://aka.ms/vc14/vc_redist.x64.exe.")
    step = Step(text, None, ("mnist",))
    found = lint_diagnoses([_diag("windows-dll-load", remedies=[Remedy("r", (step,))])], _facts(), "en")
    assert _checks(found) == ["promised-command"]
    zh = Step("安装或更新 Visual C++ 2015-2022 运行库（x64）——可用下面的 winget 命令，或从网站下载。", None, ("mnist",))
    assert _checks(lint_diagnoses([_diag("w", remedies=[Remedy("r", (zh,))])], _facts(), "zh")) == ["promised-command"]
    # With the command there, the pointer is honest.
    with_cmd = Step(text, ("winget", "install", "--id", "Microsoft.VCRedist.2015+.x64", "-e"), ("mnist",))
    assert lint_diagnoses([_diag("w", remedies=[Remedy("r", (with_cmd,))])], _facts(), "en") == []


def test_uninstall_with_no_install_after():
    uninstall = Step("Remove the current torch packages.",
                     ("/usr/bin/python3", "-m", "pip", "uninstall", "-y", "torch", "torchvision", "torchaudio"))
    install_text_only = Step("Install the torch build gpufix recommends for this machine.")
    check = Step("Check.", verify=("cuda-alloc",))
    d = _diag("x", remedies=[Remedy("r", (uninstall, install_text_only, check))])
    assert _checks(lint_diagnoses([d], _facts(), "en")) == ["uninstall-no-install"]
    install = Step("Install.", ("/usr/bin/python3", "-m", "pip", "install", "torch"))
    ok_d = _diag("x", remedies=[Remedy("r", (uninstall, install, check))])
    assert lint_diagnoses([ok_d], _facts(), "en") == []
    # Removing a setting is not removing packages.
    setting = Step("Remove or fix the line that sets CUDA_VISIBLE_DEVICES.", verify=("cuda-alloc",))
    assert lint_diagnoses([_diag("x", remedies=[Remedy("r", (setting,))])], _facts(), "en") == []


def test_cuda_build_the_driver_cannot_run_is_blamed():
    facts = _facts(driver__version="470.82.01", os__name="linux", torch__version_full="2.5.1+cu124")
    step = Step("Install the torch build this driver runs: torch 2.9.0 (cu130).",
                ("python", "-m", "pip", "install", "torch==2.9.0", "--index-url",
                 "https://download.pytorch.org/whl/cu130"))
    d = _diag("driver-older-than-runtime", remedies=[Remedy("r", (step, Step("c", verify=("cuda-alloc",))))])
    found = lint_diagnoses([d], facts, "en")
    assert "blamed-build" in _checks(found)
    fine = Step("Install torch 2.9.0 (cu118).", ("python", "-m", "pip", "install", "torch==2.9.0", "--index-url",
                                                 "https://download.pytorch.org/whl/cu118"))
    d2 = _diag("driver-older-than-runtime", remedies=[Remedy("r", (fine, Step("c", verify=("cuda-alloc",))))])
    assert lint_diagnoses([d2], facts, "en") == []


# --- the fixed answer, through the pipeline -------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "zh"])
def test_not_compiled_on_a_gpu_less_box(rules, lang):
    """Issue 10: "Torch not compiled with CUDA enabled" on a machine with no GPU and torch+cpu."""
    outcome = analyse(collect_case(NO_GPU_CASE, rules), lang, rules)
    d = next(d for d in outcome.evaluation.diagnoses if d.id == "cpu-only-wheel")
    assert "NVIDIA" not in d.title
    for remedy in d.remedies:
        for step in remedy.steps:
            assert not (step.command and any("/whl/cpu" in a for a in step.command)), step
            assert not (step.command and "uninstall" in step.command), step
            assert "(2.13.0, cpu)" not in step.text and "cpu）" not in step.text
    # The CPU way out is offered: the program can run without CUDA.
    assert any("cpu" in s.text.lower() for r in d.remedies for s in r.steps)
    assert lint_diagnoses([d], outcome.facts, lang) == []


def test_with_a_gpu_the_cuda_build_replaces_the_cpu_build_in_one_command(rules):
    """The same assertion on a machine with a GPU and a driver: the install command is there,
    a CUDA build, and replaces the CPU build in place (no uninstall step left without an install)."""
    case = FIXTURES / "cpu-only-wheel--fastchat-rtx4090-windows"
    outcome = analyse(collect_case(case, rules), "en", rules)
    d = next(d for d in outcome.evaluation.diagnoses if d.id == "cpu-only-wheel")
    assert "NVIDIA GPU" in d.title
    assert lint_diagnoses([d], outcome.facts, "en") == []


def test_torchaudio_that_fails_to_import_is_a_finding_with_its_cpu_build(rules):
    """Issue 10: torchaudio 2.11.0 (a CUDA build from PyPI, no torch dependency declared) next to
    torch 2.13.0+cpu fails with libc10_cuda.so missing; gpufix said "No problems found"."""
    case = FIXTURES / "extension-built-for-other-torch--issue10-torchaudio-211-cpu-torch"
    outcome = analyse(collect_case(case, rules), "en", rules)
    assert [d.id for d in outcome.evaluation.diagnoses if d.severity == "error"] == ["extension-built-for-other-torch"]
    d = outcome.evaluation.diagnoses[0]
    assert "torchaudio" in d.title and "libc10_cuda.so" in d.explanation
    commands = [s.command for r in d.remedies for s in r.steps if s.command]
    assert ("/tmp/dev/bin/python", "-m", "pip", "install", "--force-reinstall", "--no-deps", "torchaudio==2.11.0",
            "--index-url", "https://download.pytorch.org/whl/cpu") in commands
    assert outcome.facts.value("compat.torchaudio_expected") == "2.11.0"


def test_the_report_shows_checks_in_words():
    """Issue 10: "check afterwards: reprobe:driver.version" in the text report."""
    from gpufix.report_text import render_diagnosis  # the renderer, as `gpufix --text` uses it

    step = Step("Reboot, then check that nvidia-smi reports a driver version.", ("nvidia-smi",),
                ("reprobe:driver.version", "cuda-alloc"))
    d = _diag("no-driver", "No working NVIDIA driver", remedies=[Remedy("Install the driver", (step,))])
    text = " ".join(" ".join(render_diagnosis(d, 1, "en")).split())  # wrapped lines joined
    assert "reprobe" not in text and "driver.version" not in text
    assert "read the NVIDIA driver version again" in text and "allocate a tensor on the GPU" in text
    zh = "".join(line.strip() for line in render_diagnosis(d, 1, "zh"))
    assert "重新读取 NVIDIA 驱动版本" in zh and "reprobe" not in zh


def test_nvidia_smi_failing_claims_a_gpu_and_run_on_is_a_condition():
    # nvidia-smi ships with the driver: "couldn't communicate" means one was installed for a GPU.
    d = _diag("no-driver", text="这台机器有 NVIDIA GPU，但没有可用的 NVIDIA 驱动响应。")
    assert _checks(lint_diagnoses([d], _facts(**NO_GPU), "zh")) == ["unsupported-claim"]
    smi = _facts(**{**NO_GPU, "driver__error": "NVIDIA-SMI has failed because it couldn't communicate with the "
                                                "NVIDIA driver. Make sure that the latest NVIDIA driver is installed "
                                                "and running."})
    assert lint_diagnoses([d], smi, "zh") == []
    hypothetical = _diag("no-nvidia-gpu", text="It has to use the CPU, or run on a machine with an NVIDIA GPU.")
    assert lint_diagnoses([hypothetical], _facts(**NO_GPU), "en") == []


# --- which builds a diagnosis blames is data (rules/_remedy_blames.yaml), checked ------------

def test_the_blames_table_is_data_beside_the_rules_and_checked(rules, tmp_path):
    path = blames_file(rules)
    assert path == ROOT / "rules" / "_remedy_blames.yaml"
    table = load_blames(path, [r.id for r in rules])
    assert table["cpu-only-wheel"] == ("cpu",) and table["driver-older-than-runtime"] == ("driver", "installed")
    bad = tmp_path / "_remedy_blames.yaml"
    bad.write_text("blames:\n  cpu-only-wheel: [cpu, cuda]\n")
    with pytest.raises(InputError, match="blames.cpu-only-wheel: unknown kind 'cuda'"):
        load_blames(bad)
    bad.write_text("blames:\n  cpu-only-wheels: [cpu]\n")
    with pytest.raises(InputError, match="blames.cpu-only-wheels: no such rule"):
        load_blames(bad, [r.id for r in rules])
    bad.write_text("cpu-only-wheel: [cpu]\n")
    with pytest.raises(InputError, match="expected one key, blames"):
        load_blames(bad)


def test_the_lint_blames_what_the_data_says():
    step = Step("Install torch 2.13.0 (cpu).", ("python", "-m", "pip", "install", "torch==2.13.0+cpu"))
    d = _diag("cpu-only-wheel", remedies=[Remedy("r", (step, Step("c", verify=("cuda-alloc",))))])
    assert _checks(RemedyLint().diagnosis(d, _facts(**NO_GPU), "en")) == ["blamed-build"]
    # The same remedy under a table that blames nothing for this rule: no finding.
    assert RemedyLint(blames={}).diagnosis(d, _facts(**NO_GPU), "en") == []


_AMD = dict(rocm__gfx=["gfx906"], torch__version_full="2.6.0+cu124", torch__build="cu124")
_NVIDIA = dict(gpu__vendor="nvidia", gpu__name=["NVIDIA GeForce RTX 3050 Laptop GPU"],
               torch__version_full="2.0.1+rocm5.4.2", torch__build="rocm5.4.2")
_CUDA_INDEX, _ROCM_INDEX = "https://download.pytorch.org/whl/cu128", "https://download.pytorch.org/whl/rocm6.4"


@pytest.mark.parametrize("rule_id, machine, blamed, fitting", [
    ("rocm-cuda-wheel-on-amd", _AMD, _CUDA_INDEX, _ROCM_INDEX),       # a CUDA build on an AMD GPU
    ("rocm-wheel-on-nvidia-gpu", _NVIDIA, _ROCM_INDEX, _CUDA_INDEX),  # a ROCm build on an NVIDIA GPU
])
def test_the_other_vendors_build_is_blamed_and_the_gpus_own_index_is_not(rule_id, machine, blamed, fitting):
    facts = _facts(**machine)

    def install_from(index: str) -> Step:
        return Step(f"Install torch from {index}.", ("python", "-m", "pip", "install", "torch", "--index-url", index))

    d = _diag(rule_id, remedies=[Remedy("r", (install_from(blamed), Step("c", verify=("cuda-alloc",))))])
    assert "blamed-build" in _checks(lint_diagnoses([d], facts, "en"))
    d2 = _diag(rule_id, remedies=[Remedy("r", (install_from(fitting), Step("c", verify=("cuda-alloc",))))])
    assert lint_diagnoses([d2], facts, "en") == []


def test_a_rocm_build_without_the_gpus_target_is_blamed():
    # pytorch/pytorch#132570: the rocm6.2 wheels carry no gfx1010 code.
    facts = _facts(rocm__gfx=["gfx1010"], torch__build="rocm6.2", compat__rocm_unsupported_gfx=["gfx1010"])
    again = Step("Install torch 2.5.1+rocm6.2.", ("python", "-m", "pip", "install", "torch==2.5.1+rocm6.2"))
    d = _diag("rocm-gfx-unsupported", remedies=[Remedy("r", (again, Step("c", verify=("cuda-alloc",))))])
    assert "blamed-build" in _checks(lint_diagnoses([d], facts, "en"))
