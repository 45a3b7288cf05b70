"""Which machine a pasted log describes: this one, another one, or one gpufix cannot tell.

A pasted log describes *some* machine: the user's own a minute ago, a colleague's, a GitHub
issue's. Its facts must not be mixed with this machine's probes: a CPU build of torch here
cannot have raised "The NVIDIA driver on your system is too old", and explaining that error
with "Installed: torch 2.13.0+cpu" tells the user something false.

`compare()` sets the log's facts beside the probed ones and lists what contradicts:

* a stated version or identity that differs: torch (version with its build suffix, the build,
  its CUDA), the NVIDIA driver, the GPU names, Python, the OS and architecture;
* a thing the log states that this machine does not have (a driver, a GPU, torch), or the
  reverse (the log's torch is a CPU build, this one has CUDA);
* an error this machine's torch cannot raise: a CUDA runtime error from a CPU-only build,
  "Torch not compiled with CUDA enabled" from a CUDA build.

The verdict (`log.machine`): `other` when anything contradicts; `this` when an identifying
fact (torch's version, the driver, a GPU name, Python's version) agrees and nothing
contradicts; `unknown` otherwise (a bare traceback states nothing to compare, or nothing was
probed). "Another machine" includes this machine in another state (another environment,
before an upgrade): either way the log's facts are not this machine's now.

Decision (README, 'Decisions'): only with `this` are the log's and the probes' facts merged
into one analysis. With `other` and `unknown` gpufix.core.pipeline runs the analysis twice:
this machine from its probes alone (no log), and the log's machine from the log's facts and
the user's (--fact) alone (no probe), two groups of findings that never share a fact, so no
diagnosis or remedy of the log can name this machine's torch or interpreter.
"""
from __future__ import annotations

from dataclasses import field
from typing import Any, Callable, Iterable, Optional

from gpufix import linear_re as re  # linear time on text gpufix did not write
from gpufix.facts import Fact, FactBase, ok
from gpufix.records import record

THIS, OTHER, UNKNOWN = "this", "other", "unknown"
SOURCE = "machines"  # the producer of log.machine and log.contradictions

# The facts compared, in the order they are reported. Within a group only the first
# contradiction counts: torch 2.4.1+cu121 against 2.13.0+cpu need not also say cu121 is not cpu.
COMPARED: tuple[tuple[str, ...], ...] = (
    ("torch.version_full", "torch.version", "torch.build", "torch.cuda"),
    ("driver.version",),
    ("gpu.name",),
    ("python.version",),
    ("os.name", "os.arch"),
)
# Agreement on one of these is evidence of the same machine; on the OS or a build alone it is not
# (many machines run Linux and a CPU build).
IDENTIFYING = frozenset({"torch.version_full", "torch.version", "driver.version", "gpu.name", "python.version"})
VERSIONS = frozenset({"torch.version", "driver.version", "python.version", "torch.cuda"})


@record(frozen=True)
class ImpossibleError:
    """An error text only one kind of torch build raises."""

    pattern: re.Pattern[str]
    needs: str  # "cuda": only a CUDA build raises it; "cpu": only a build without CUDA


# torch raises these from its CUDA code paths, which a CPU-only build does not have (it stops
# at "Torch not compiled with CUDA enabled" first); that one, in turn, only a build without CUDA raises.
IMPOSSIBLE_ERRORS: tuple[ImpossibleError, ...] = (
    ImpossibleError(re.compile(r"The NVIDIA driver on your system is too old", re.I), "cuda"),
    ImpossibleError(re.compile(r"Found no NVIDIA driver on your system", re.I), "cuda"),
    ImpossibleError(re.compile(r"CUDA out of memory", re.I), "cuda"),
    ImpossibleError(re.compile(r"\bCUDA error: ", re.I), "cuda"),
    ImpossibleError(re.compile(r"no kernel image is available for execution on the device", re.I), "cuda"),
    ImpossibleError(re.compile(r"CUBLAS_STATUS_|CUDNN_STATUS_", re.I), "cuda"),
    ImpossibleError(re.compile(r"with CUDA capability sm_\d+ is not compatible with the current PyTorch", re.I),
                    "cuda"),
    ImpossibleError(re.compile(r"Torch not compiled with CUDA enabled", re.I), "cpu"),
)
MAX_ERROR_TEXT = 160  # characters of an error line kept in a contradiction


@record(frozen=True)
class Contradiction:
    """One thing the log says that this machine's probes contradict."""

    fact: str  # the fact compared, or "error" (an error this build cannot raise)
    log_value: Any  # the log's value (for "error": the error line's text)
    log_line: Optional[int]
    this_value: Any  # this machine's value (None: this machine has none)
    this_status: str  # ok | absent (the probe looked and found none)
    this_probe: str  # the probe that says so
    needs: str = ""  # for "error": the build that raises it (cuda | cpu)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"fact": self.fact,
                               "log": {"value": self.log_value, "line": self.log_line},
                               "this": {"value": self.this_value, "status": self.this_status,
                                        "probe": self.this_probe}}
        if self.needs:
            out["needs"] = self.needs
        return out


@record
class MachineCheck:
    """The verdict on a pasted log: which machine it describes, and why."""

    machine: str  # this | other | unknown
    contradictions: list[Contradiction] = field(default_factory=list)
    agreements: list[str] = field(default_factory=list)  # facts both state alike
    probed: bool = True  # False: nothing was probed, nothing to compare with
    # Why `machine` holds beyond the comparison: "user" (--fact log.machine=...), "recording" (a
    # fixture's own log.txt, recorded with its probe files); "" when the comparison alone decided.
    declared: str = ""

    @property
    def separate(self) -> bool:
        """True: the log's machine is analysed from the log alone (see the module's docstring)."""
        return self.probed and self.machine != THIS

    def facts(self) -> list[Fact]:
        why = (f"contradicted: {', '.join(c.fact for c in self.contradictions)}" if self.contradictions
               else f"agrees: {', '.join(self.agreements)}" if self.agreements else "nothing to compare")
        return [ok("log.machine", self.machine, SOURCE, why, origin="derived"),
                ok("log.contradictions", [c.fact for c in self.contradictions], SOURCE, why, origin="derived")]

    def to_json(self) -> dict[str, Any]:
        out = {"machine": self.machine, "contradictions": [c.to_json() for c in self.contradictions],
               "agreements": list(self.agreements), "separate": self.separate}
        if self.declared:
            out["declared"] = self.declared
        return out


def probed_facts(probe_facts: Iterable[Iterable[Fact]]) -> FactBase:
    """This machine's facts: the probes' alone (never the log's, never the user's)."""
    fb = FactBase()
    for facts in probe_facts:
        fb.extend(f for f in facts if f.origin == "probe")
    return fb


def compare(log_facts: Iterable[Fact], probed: FactBase, log_lines: Iterable[tuple[int, str]] = (),
            declared: Optional[str] = None, recorded: bool = False) -> MachineCheck:
    """The log's facts (origin log) against this machine's probed facts, and the log's error
    lines (line number, text) against this machine's torch build.

    `declared` (this | other): the user said which machine it is (--fact log.machine=...); their
    word decides, the contradictions are still listed. `recorded`: the log was recorded with the
    probe files (a fixture's log.txt): one machine unless something contradicts."""
    # The log's own fact base: its facts merged by the catalog's precedence, so a version said in
    # prose (source log-prose) never outweighs the same fact from a collect_env section.
    stated = FactBase()
    stated.extend(f for f in log_facts if f.origin == "log" and f.status != "unknown")
    if not any(f.status != "unknown" for f in probed):
        return MachineCheck(UNKNOWN, probed=False)
    contradictions: list[Contradiction] = []
    agreements: list[str] = []
    for group in COMPARED:
        for name in group:
            here, there = probed.get(name), stated.get(name)
            if here is None or there is None or here.status == "unknown":
                continue
            verdict = _same(name, there, here)
            if verdict is None:
                continue
            if verdict:
                agreements.append(name)
            else:
                contradictions.append(Contradiction(name, there.value, there.line, here.value, here.status,
                                                    here.source))
                break
    contradictions += _impossible_errors(log_lines, probed)
    how = ""
    if declared in (THIS, OTHER):
        machine, how = declared, "user"
    elif contradictions:
        machine = OTHER
    elif IDENTIFYING.intersection(agreements):
        machine = THIS
    elif recorded:
        machine, how = THIS, "recording"
    else:
        machine = UNKNOWN
    return MachineCheck(machine, contradictions, agreements, declared=how)


def _same(name: str, log: Fact, here: Fact) -> Optional[bool]:
    """Do the log and this machine agree on `name`? None: they cannot be compared."""
    if log.status == "absent" or here.status == "absent":
        # Both say "none": agreement (no CUDA in either torch). One says none: a contradiction,
        # except when the log's "none" is a value only a live probe can confirm (no such fact here).
        return log.status == here.status
    a, b = log.value, here.value
    if name == "gpu.name":
        mine = {_gpu(n) for n in (b if isinstance(b, list) else [b])}
        theirs = [_gpu(n) for n in (a if isinstance(a, list) else [a])]
        if log.source == "log-prose":
            # "RTX 3060" said in words names the model, not the full name: "NVIDIA GeForce RTX 3060
            # Laptop GPU" or a data-center card's "NVIDIA A100-SXM4-80GB" is the same GPU.
            return all(any(_model_words(n) <= _model_words(m) for m in mine) for n in theirs)
        return all(n in mine for n in theirs)
    if name in VERSIONS:
        return _same_version(str(a), str(b))
    if name == "os.arch":
        return _ARCH.get(str(a).lower(), str(a).lower()) == _ARCH.get(str(b).lower(), str(b).lower())
    if name == "torch.version_full":
        return str(a).strip() == str(b).strip()
    return str(a).strip().lower() == str(b).strip().lower()


_ARCH = {"amd64": "x86_64", "x64": "x86_64", "arm64": "aarch64"}  # one machine, two spellings


def _gpu(name: str) -> str:
    n = re.sub(r"\s+", " ", str(name)).strip().lower()
    return re.sub(r"^nvidia ", "", n)


_NOT_MODEL = frozenset({"nvidia", "geforce", "tesla", "gpu", "laptop", "mobile"})


def _model_words(name: str) -> frozenset[str]:
    return frozenset(re.split(r"[\s\-_]+", name)) - _NOT_MODEL - {""}


def _same_version(a: str, b: str) -> Optional[bool]:
    """Equal on the precision both state: Python "3.10" agrees with "3.10.12"."""
    from packaging.version import InvalidVersion, Version  # lazy: only a log with versions needs it

    try:
        va, vb = Version(a), Version(b)
    except InvalidVersion:
        return a.strip() == b.strip()
    n = min(len(va.release), len(vb.release))
    return va.release[:n] == vb.release[:n] and (va.local is None or vb.local is None or va.local == vb.local)


def _build_kind(probed: FactBase) -> Optional[str]:
    """cuda | cpu | None for this machine's torch (None: no torch, ROCm/XPU, or not known)."""
    build = probed.get("torch.build")
    if build is not None and build.known:
        value = str(build.value).lower()
        return "cuda" if value.startswith("cu") else "cpu" if value == "cpu" else None
    cuda = probed.get("torch.cuda")
    version = probed.get("torch.version")
    if cuda is not None and cuda.known:
        return "cuda"
    if cuda is not None and cuda.status == "absent" and version is not None and version.known:
        hip = probed.get("torch.hip")
        return None if hip is not None and hip.known else "cpu"
    return None


def _impossible_errors(log_lines: Iterable[tuple[int, str]], probed: FactBase) -> list[Contradiction]:
    kind = _build_kind(probed)
    if kind is None:
        return []
    witness = probed.get("torch.version_full") or probed.get("torch.build")
    out: list[Contradiction] = []
    seen: set[str] = set()
    for no, text in log_lines:
        for err in IMPOSSIBLE_ERRORS:
            if err.needs == kind or err.pattern.pattern in seen or not err.pattern.search(text):
                continue
            seen.add(err.pattern.pattern)
            out.append(Contradiction("error", text.strip()[:MAX_ERROR_TEXT], no,
                                     witness.value if witness is not None else kind, "ok",
                                     witness.source if witness is not None else "", err.needs))
    return out


def log_lines(text: str, real_line: Callable[[int], Optional[int]] = lambda n: n) -> list[tuple[int, str]]:
    """The log's lines that hold an error compare() looks for, numbered like the scanner's hits."""
    out = []
    for no, line in enumerate(text.split("\n"), 1):
        if any(e.pattern.search(line) for e in IMPOSSIBLE_ERRORS):
            real = real_line(no)
            if real is not None:
                out.append((real, line))
    return out


def check_log(scan: Any, probe_facts: Iterable[Iterable[Fact]], declared: Optional[str] = None,
              recorded: bool = False) -> MachineCheck:
    """The verdict for a scanned log (gpufix.engine.log_scan.LogScan) against the probes' facts."""
    from gpufix.core.logs import excerpt_lines  # lazy: the log reader loads the engine's scanner

    return compare(scan.facts, probed_facts(probe_facts), log_lines(scan.excerpt, excerpt_lines(scan)),
                   declared, recorded)


__all__ = ["Contradiction", "IMPOSSIBLE_ERRORS", "MachineCheck", "OTHER", "THIS", "UNKNOWN", "check_log",
           "compare", "log_lines", "probed_facts"]
