"""The remedy lint: read the remedies as a user reads them and flag what an expert would not sign.

`gpufix rules lint` checks the rules as files; this checks what they *say* once rendered. Each
fixture runs through the one pipeline (as `gpufix rules test` does), every diagnosis is
rendered in every language, and its title, explanation, remedy titles, step texts, commands
and check labels are read for five faults, each seen in a real answer (issue 10):

* ``blamed-build``: a remedy installs the build its diagnosis blames - a CPU build for
  "CPU-only torch", a cuXXX the driver cannot run for "driver too old", a build whose arch
  list misses the GPU for "arch unsupported" ("Install a CUDA build of torch (2.13.0, cpu)").
* ``uninstall-no-install``: a remedy removes packages and nothing after it installs them.
* ``promised-command``: the text points at a command that is not there ("with winget as
  below", "run the following", "如下") because the step has no command (with `--no-probe`
  commands become instructions, so the promise must not depend on them).
* ``unsupported-claim``: the text asserts an NVIDIA GPU when no fact shows one.
* ``internal-name``: fact ids, `reprobe:`, `derived.`, table file names, unfilled templates.

A finding is one line, `case: rule [lang] where: check: message`. The test
(tests/core/test_remedy_lint.py) runs it over every fixture and wants none.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from gpufix.diagnosis import Diagnosis, Remedy, Step
from gpufix.facts import FactBase
from gpufix.records import record

LANGS = ("en", "zh")
CHECKS = ("blamed-build", "uninstall-no-install", "promised-command", "unsupported-claim", "internal-name")


@record(frozen=True)
class Finding:
    case: str  # the fixture (or "-" for a diagnosis linted on its own)
    rule: str
    lang: str
    where: str  # "title", "diagnosis", "remedy 2 step 1"
    check: str  # one of CHECKS
    message: str

    def line(self) -> str:
        return f"{self.case}: {self.rule} [{self.lang}] {self.where}: {self.check}: {self.message}"


# --- what a text says ----------------------------------------------------------------------

# A pointer at a command: there must be one in the same step.
_PROMISE = re.compile(r"(?i)\b(?:as below|shown below|(?:command|commands) below|below:|run the following|"
                      r"the following command|with the command|this command)\b|如下|下面的[^。；]{0,24}命令|以下命令")
# An assertion that the machine has an NVIDIA GPU.
_GPU_CLAIM = re.compile(r"(?i)\b(?:machine|computer|system|PC)\s+(?:with|has)\s+(?:an?\s+)?NVIDIA\s+(?:GPU|card|graphics)"
                        r"|\bNVIDIA GPU is (?:present|installed)\b"
                        r"|(?:机器|电脑|系统)(?:有|装有|带有)\s*NVIDIA\s*(?:显卡|GPU)")
# Removing packages, said in words (a step whose command was dropped): "Remove the CPU build",
# "Uninstall the CPU-only torch packages", "卸载 CPU 版". Not "remove the setting", not "卸载 nvidia_uvm".
# "\b": torch_npu, torch_musa and other plug-ins are not torch (removing one leaves torch in place).
_UNINSTALL_WORDS = re.compile(r"(?i)\b(?:uninstall|remove)\s+(?:the\s+)?(?:current\s+|old\s+|installed\s+)?"
                              r"(?:CPU[- ]only\s+|CPU\s+)?(?:torch|torchvision|torchaudio|packages|build|wheel)\b"
                              r"|卸载(?:当前的|已安装的|仅\s*CPU\s*的)?\s*(?:torch|CPU\s*版|[^。，；]{0,8}包)")
# A claim asked as a question is no claim: "check whether the machine has an NVIDIA GPU".
# So is a condition ("on a machine with an NVIDIA GPU, ...") and a check ("make sure this machine has ...").
# (A condition only at the start of a sentence: "installed on a machine with ..." is a claim.)
_QUESTION = re.compile(r"(?i)(?:whether|\bif|make sure|check that)\s+(?:the\s+|this\s+|an?\s+)?$"
                       r"|(?:\A|[.;:,]\s+)on\s+an?\s+$|\b(?:run|use it|used)\s+on\s+an?\s+$|是否$|确认这台$|确认$")
_INSTALL_WORDS = re.compile(r"(?i)(?<!un)\binstall\b|(?<!卸)安装")
# The build a step names as the one to install: "(2.13.0, cpu)", "torch 2.7.0 (cu128)",
# "2.7.0+cu128", or a wheel index URL.
_BUILD_IN_TEXT = (
    re.compile(r"(?P<torch>\d+\.\d+(?:\.\d+)?)\s*[,，]\s*(?P<build>cpu|cu\d{2,3}|rocm\d+(?:\.\d+){1,2})\b"),
    re.compile(r"\btorch\s+(?P<torch>\d+\.\d+(?:\.\d+)?)\s*[(（](?P<build>cpu|cu\d{2,3}|rocm\d+(?:\.\d+){1,2})[)）]"),
    re.compile(r"\b(?P<torch>\d+\.\d+(?:\.\d+)?)\+(?P<build>cpu|cu\d{2,3}|rocm\d+(?:\.\d+){1,2})\b"),
    re.compile(r"/whl/(?:nightly/)?(?P<build>cpu|cu\d{2,3}|rocm\d+(?:\.\d+){1,2})\b"),
)
_TORCH_PIN = re.compile(r"^torch(?:==|===)(?P<torch>\d+\.\d+(?:\.\d+)?)(?:\+(?P<build>cpu|cu\d{2,3}|rocm\d+(?:\.\d+){1,2}))?$")
_INDEX_BUILD = re.compile(r"/whl/(?:nightly/)?(?P<build>cpu|cu\d{2,3}|rocm\d+(?:\.\d+){1,2})/?$")
_UNFILLED = re.compile(r"\{[a-z_]+\.[A-Za-z0-9_.]+\}|\[\[|\]\]")
_PREFIXED = re.compile(r"(?<![\w.])(?:reprobe:|fact:)\S*|(?<![\w.])(?:derived|compat|recommend|match)\.[a-z_]+\b")


def _fact_name_pattern() -> re.Pattern[str]:
    """Catalog fact ids as whole words: `driver.version` but not `torch.version.cuda` (torch's
    own attribute, which users type) nor `torch.cuda.is_available()`."""
    # lazy: the catalog is only needed when linting
    from gpufix.fact_catalog import FACTS
    names = sorted((n for n in FACTS if "*" not in n), key=len, reverse=True)
    return re.compile(r"(?<![\w./-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w(]|\.\w)")


def _table_names() -> tuple[str, ...]:
    """The knowledge base's table files (arch_lists.yaml...) and the remedy library: gpufix's
    internals, not the user's."""
    import importlib.resources  # lazy: only when linting
    folder = importlib.resources.files("gpufix.rules").joinpath("knowledge")
    names = {p.name for p in folder.iterdir() if p.name.endswith(".yaml")}
    return tuple(sorted(names | {"_library.yaml", "_remedy_blames.yaml", "_evidence_labels.yaml", "rule.schema.json", "library.schema.json"}))


# --- the facts behind a claim --------------------------------------------------------------

def _known(facts: FactBase, name: str) -> bool:
    f = facts.get(name)
    return f is not None and f.known and f.value not in (None, "", [], 0, False)


# nvidia-smi ships with the driver, which is installed for a GPU: its own failure claims one
# (the rules' nvidia-gpu-evidence reads it the same way).
_SMI_FAILED = re.compile(r"NVIDIA-SMI has failed because it couldn.t communicate with the NVIDIA driver"
                         r"|NVRM: The NVIDIA probe routine was not called for \d+ device"  # the kernel saw NVIDIA devices
                         # DKMS holds an nvidia module tree: the driver was installed (for a GPU), like nvidia-smi
                         r"|/var/lib/dkms/nvidia/\S+/source/dkms\.conf does not exist"
                         # the driver's other tools (nvidia-settings, NVML) finding its module unloaded
                         r"|NVIDIA driver is not loaded|NVML: Driver Not Loaded|NVMLError_DriverNotLoaded")


def gpu_evidence(facts: FactBase, evidence: Optional[dict[str, Any]] = None) -> bool:
    """Some fact shows an NVIDIA GPU: a counted device, a name, the vendor, a driver, the PCI bus,
    the rules' own conclusion (derived.nvidia_gpu), or nvidia-smi failing to reach its driver."""
    names = ("gpu.count", "gpu.name", "driver.version", "gpu.compute_capability", "pci.nvidia_count",
             "pci.gpu_names", "derived.nvidia_gpu")
    if any(_known(facts, n) for n in names) or facts.value("gpu.vendor") == "nvidia":
        return True
    texts = [facts.value("driver.error")] + list((evidence or {}).values())
    return any(isinstance(t, str) and _SMI_FAILED.search(t) for t in texts)


# --- the blamed builds ---------------------------------------------------------------------

Blame = Callable[[FactBase, str, Optional[str]], Optional[str]]


def _blame_cpu(facts: FactBase, build: str, torch: Optional[str]) -> Optional[str]:
    return "installs a CPU build, the build this diagnosis blames" if build == "cpu" else None


def _blame_driver(facts: FactBase, build: str, torch: Optional[str]) -> Optional[str]:
    """A cuXXX build the machine's driver cannot run."""
    # lazy: the knowledge base only for the rules that need it
    from gpufix.knowledge import compat, machine
    from gpufix.knowledge import versions as V
    cuda = V.variant_cuda(build)
    if not cuda:
        return None
    m = machine.read(facts)
    if not m.driver.known:
        return None
    verdict = compat.driver_runs(cuda, m.driver_os, m.driver)
    if verdict.ok is False:
        return f"installs a {build} build, which this driver cannot run ({verdict.why})"
    return None


def _blame_arch(facts: FactBase, build: str, torch: Optional[str]) -> Optional[str]:
    """A build whose arch list misses a GPU of this machine."""
    if build == "cpu":
        return "installs a CPU build for a GPU the diagnosis wants covered"
    if torch is None:
        return None
    from gpufix.knowledge import compat, machine  # lazy: as above
    m = machine.read(facts)
    if not m.gpus:
        return None
    found = compat.table_arch_list(torch, build)
    if found is None:
        return None
    check = compat.arch_check(m.gpus, found[0])
    if check is not None and check.supported is False:
        return f"installs torch {torch}+{build}, whose arch list does not cover this GPU"
    return None


def _blame_installed(facts: FactBase, build: str, torch: Optional[str]) -> Optional[str]:
    """Reinstalling exactly the installed build, when the diagnosis blames that build."""
    installed = facts.value("torch.version_full")
    if torch and installed and str(installed) == f"{torch}+{build}":
        return f"installs torch {installed} again, the build this diagnosis blames"
    return None


def _blame_not_rocm(facts: FactBase, build: str, torch: Optional[str]) -> Optional[str]:
    """A CUDA or CPU build where the diagnosis says the AMD GPU needs a ROCm build."""
    if not build.startswith("rocm"):
        return f"installs a {build} build on the AMD GPU the diagnosis says needs a ROCm build"
    return None


def _blame_rocm(facts: FactBase, build: str, torch: Optional[str]) -> Optional[str]:
    """A ROCm build where the diagnosis says the NVIDIA GPU needs a CUDA build."""
    if build.startswith("rocm"):
        return f"installs a {build} build on the NVIDIA GPU the diagnosis says needs a CUDA build"
    return None


def _blame_rocm_gfx(facts: FactBase, build: str, torch: Optional[str]) -> Optional[str]:
    """A ROCm build whose known gfx list misses the GPU the diagnosis says is not covered."""
    if not build.startswith("rocm"):
        return f"installs a {build} build for an AMD GPU"
    from gpufix.knowledge import rocm_tables  # lazy: only when linting
    missing = facts.value("compat.rocm_unsupported_gfx") or []
    covered = rocm_tables.wheel_gfx(build)
    if covered is not None and any(g not in covered for g in missing):
        return f"installs {build}, whose wheels have no code for {', '.join(missing)}"
    return None


# The checks a blame kind names (rules/_remedy_blames.yaml says which diagnosis blames which).
BLAME_KINDS: dict[str, Blame] = {"cpu": _blame_cpu, "driver": _blame_driver, "arch": _blame_arch,
                                 "installed": _blame_installed, "not-rocm": _blame_not_rocm,
                                 "rocm-gfx": _blame_rocm_gfx, "rocm": _blame_rocm}
BLAMES_FILE = "_remedy_blames.yaml"


def load_blames(path: Path, rule_ids: Optional[Iterable[str]] = None) -> dict[str, tuple[str, ...]]:
    """rule id -> the build kinds it blames, from a blames file, checked: known kinds, and
    (given `rule_ids`) rules that exist. InputError names the file and the entry."""
    import yaml  # lazy: only when linting

    from gpufix.errors import InputError  # lazy: as above

    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise InputError(f"{path}: cannot read: {e}") from e
    table = doc.get("blames") if isinstance(doc, dict) else None
    if not isinstance(table, dict) or set(doc) != {"blames"}:
        raise InputError(f"{path}: expected one key, blames: a mapping of rule id: [kind, ...]")
    known = set(rule_ids) if rule_ids is not None else None
    out: dict[str, tuple[str, ...]] = {}
    for rid, kinds in table.items():
        if known is not None and rid not in known:
            raise InputError(f"{path}: blames.{rid}: no such rule")
        if not isinstance(kinds, list) or not kinds or not all(isinstance(k, str) for k in kinds):
            raise InputError(f"{path}: blames.{rid}: expected a list of kinds ({', '.join(BLAME_KINDS)})")
        unknown = [k for k in kinds if k not in BLAME_KINDS]
        if unknown:
            raise InputError(f"{path}: blames.{rid}: unknown kind {unknown[0]!r} (known: {', '.join(BLAME_KINDS)})")
        out[str(rid)] = tuple(kinds)
    return out


def blames_file(rules: Any = None) -> Path:
    """The blames file beside the rules (the nearest folder above a rule file holding one, as for
    _library.yaml), else the installed one."""
    for name in list(getattr(rules, "files", ()) or ())[:1]:
        for folder in list(Path(name).resolve().parents)[:4]:
            if (folder / BLAMES_FILE).is_file():
                return folder / BLAMES_FILE
    import importlib.resources  # lazy: only when linting
    return Path(str(importlib.resources.files("gpufix.rules").joinpath(BLAMES_FILE)))


def _builds_in_step(step: Step) -> Iterator[tuple[str, Optional[str]]]:
    """(build, torch version or None) for each build the step says to install."""
    if not (_INSTALL_WORDS.search(step.text) or _installs(step.command)):
        return
    seen: set[tuple[str, Optional[str]]] = set()
    for pattern in _BUILD_IN_TEXT:
        for m in pattern.finditer(step.text):
            item = (m.group("build"), m.groupdict().get("torch"))
            if item not in seen:
                seen.add(item)
                yield item
    if step.command and _installs(step.command):
        torch = None
        build = None
        for arg in step.command:
            pin = _TORCH_PIN.match(arg)
            if pin:
                torch, build = pin.group("torch"), pin.group("build") or build
            idx = _INDEX_BUILD.search(arg)
            if idx:
                build = idx.group("build")
        if build and (build, torch) not in seen:
            yield build, torch


# --- commands ------------------------------------------------------------------------------

def _installs(command: Optional[Sequence[str]]) -> bool:
    return bool(command) and "install" in command and "uninstall" not in command  # type: ignore[operator]


def _uninstalls(command: Optional[Sequence[str]]) -> bool:
    if not command:
        return False
    return "uninstall" in command or (command[0] == "conda" and "remove" in command)


# --- the lint ------------------------------------------------------------------------------

class RemedyLint:
    """The checks, with the name tables built once."""

    def __init__(self, blames: Optional[dict[str, tuple[str, ...]]] = None) -> None:
        self.blames = blames if blames is not None else load_blames(blames_file())
        self._facts_re = _fact_name_pattern()
        tables = _table_names()
        self._tables_re = re.compile("|".join(re.escape(t) for t in tables))

    def texts(self, d: Diagnosis, lang: str) -> Iterator[tuple[str, str]]:
        """(where, text) for every user-facing text of a rendered diagnosis, check labels included."""
        # lazy: the labels are the remedy package's; imported where the lint runs
        from gpufix.remedy.labels import verify_labels
        yield "title", d.title
        yield "diagnosis", d.explanation
        for ri, remedy in enumerate(d.remedies, 1):
            yield f"remedy {ri} title", remedy.title
            for si, step in enumerate(remedy.steps, 1):
                yield f"remedy {ri} step {si}", step.text
                if step.verify:
                    yield f"remedy {ri} step {si} check", verify_labels(step.verify, lang)

    def diagnosis(self, d: Diagnosis, facts: FactBase, lang: str, case: str = "-") -> list[Finding]:
        out: list[Finding] = []

        def add(where: str, check: str, message: str) -> None:
            out.append(Finding(case, d.id, lang, where, check, message))

        has_gpu = gpu_evidence(facts, d.evidence)
        for where, text in self.texts(d, lang):
            for m in self._facts_re.finditer(text):
                add(where, "internal-name", f"fact id {m.group(0)!r} in the text")
            named = {m.start() for m in self._facts_re.finditer(text)}
            for m in _PREFIXED.finditer(text):
                if m.start() not in named:
                    add(where, "internal-name", f"internal name {m.group(0)!r} in the text")
            for m in self._tables_re.finditer(text):
                add(where, "internal-name", f"table file {m.group(0)!r} in the text")
            for m in _UNFILLED.finditer(text):
                add(where, "internal-name", f"template left in the text: {m.group(0)!r}")
            if where in ("title", "diagnosis") or where.endswith("title"):
                if _PROMISE.search(text):
                    add(where, "promised-command", f"points at a command that is not there: {_PROMISE.search(text).group(0)!r}")
            if not has_gpu:
                for claim in _GPU_CLAIM.finditer(text):
                    if not _QUESTION.search(text[:claim.start()]):
                        add(where, "unsupported-claim", f"says {claim.group(0)!r} but no fact shows an NVIDIA GPU")
        for ri, remedy in enumerate(d.remedies, 1):
            out += self._remedy(d, remedy, ri, facts, lang, case)
        return out

    def _remedy(self, d: Diagnosis, remedy: Remedy, ri: int, facts: FactBase, lang: str, case: str) -> list[Finding]:
        out: list[Finding] = []
        blames = tuple(BLAME_KINDS[k] for k in self.blames.get(d.id, ()))
        steps = list(remedy.steps)
        for si, step in enumerate(steps, 1):
            where = f"remedy {ri} step {si}"
            promise = _PROMISE.search(step.text)
            if promise and not step.command:
                out.append(Finding(case, d.id, lang, where, "promised-command",
                                   f"says {promise.group(0)!r} but the step has no command"))
            if step.command:
                for arg in step.command:
                    if _UNFILLED.search(arg):
                        out.append(Finding(case, d.id, lang, where, "internal-name",
                                           f"command argument left as a template: {arg!r}"))
            for build, torch in _builds_in_step(step):
                for blame in blames:
                    why = blame(facts, build, torch)
                    if why:
                        out.append(Finding(case, d.id, lang, where, "blamed-build", why))
            removes = _uninstalls(step.command) or (not step.command and bool(_UNINSTALL_WORDS.search(step.text))
                                                    and not _INSTALL_WORDS.search(step.text))
            if removes:
                later = steps[si:]
                if step.command:
                    # A command that removes needs a command that installs: an instruction
                    # alone (its command dropped for want of facts) leaves the user with no torch.
                    ok = any(_installs(s.command) for s in later)
                else:
                    ok = any(_installs(s.command) or _INSTALL_WORDS.search(s.text) for s in later)
                if not ok:
                    out.append(Finding(case, d.id, lang, where, "uninstall-no-install",
                                       "removes packages and no later step installs them"))
        return out


def lint_diagnoses(diagnoses: Iterable[Diagnosis], facts: FactBase, lang: str, case: str = "-",
                   lint: Optional[RemedyLint] = None) -> list[Finding]:
    """Findings for already rendered diagnoses (in `lang`) over the facts they were drawn from."""
    lint = lint or RemedyLint()
    out: list[Finding] = []
    for d in diagnoses:
        out += lint.diagnosis(d, facts, lang, case)
    return out


def lint_cases(cases: Sequence[Path], rules: Any, langs: Sequence[str] = LANGS,
               seen: Optional[set[str]] = None) -> tuple[list[Finding], list[str]]:
    """Run every case through the pipeline (every rule is evaluated on every case), render what
    fires in each language, lint. Returns (findings, cases that could not run: one line each);
    `seen` collects the ids of the diagnoses read, so a caller can check every rule was."""
    # lazy: the pipeline and the rule tests' fixture reader, only for a lint run
    from gpufix.core.pipeline import analyse
    from gpufix.core.rule_tests import collect_case

    lint = RemedyLint(load_blames(blames_file(rules), [r.id for r in rules]))
    findings: list[Finding] = []
    broken: list[str] = []
    for case_dir in cases:
        try:
            collected = collect_case(case_dir, rules)
        except Exception as e:  # noqa: BLE001 - a broken case is reported by `rules test`; here it is listed
            broken.append(f"{case_dir.name}: cannot run: {e}")
            continue
        for lang in langs:
            outcome = analyse(collected, lang, rules)
            findings += lint_diagnoses(outcome.evaluation.diagnoses, outcome.facts, lang, case_dir.name, lint)
            if seen is not None:
                seen.update(d.id for d in outcome.evaluation.diagnoses)
    return findings, broken


__all__ = ["Finding", "RemedyLint", "lint_diagnoses", "lint_cases", "gpu_evidence", "load_blames", "blames_file",
           "BLAME_KINDS", "CHECKS", "LANGS"]
