"""Compare an environment with a snapshot, and the commands that restore exactly the frozen set.

pip is handed requirement lines only, as arguments (never `-r FILE`, so it reads no option
from a snapshot): a line that is not a requirement (`--index-url`, `--trusted-host`, `-e`,
`-r`, `-c`...) is left out and shown. Packages installed since the snapshot are uninstalled,
so `pip freeze` afterwards equals the snapshot.
"""
from __future__ import annotations

from dataclasses import field
from typing import Iterable

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from gpufix import linear_re as re  # linear time on text gpufix did not write
from gpufix.records import record
from gpufix.remedy.snapshot import Snapshot

# torch-family wheels with a local version (+cu121, +cpu, +rocm6.1, +xpu) live on PyTorch's
# own index, so `pip install -r` needs it added or the pinned version is "not found".
_PYTORCH_PACKAGES = {"torch", "torchvision", "torchaudio", "triton", "pytorch-triton"}
_LOCAL_VARIANT = re.compile(r"^(cu\d+|cpu|rocm\d+(?:\.\d+)*|xpu)$")
PYTORCH_INDEX = "https://download.pytorch.org/whl/"


def requirement_key(line: str) -> str:
    """The canonical project name a freeze line pins; the line itself when it has none."""
    text = line.strip()
    if text.startswith(("-e ", "--editable ")):
        m = re.search(r"#egg=([A-Za-z0-9._-]+)", text)
        return canonicalize_name(m.group(1)) if m else text
    try:
        return canonicalize_name(Requirement(text).name)
    except InvalidRequirement:
        return text


def parse_freeze(lines: Iterable[str]) -> dict[str, str]:
    return {requirement_key(ln): ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")}


@record
class FreezeDiff:
    """From the current environment back to the snapshot."""

    changed: list[tuple[str, str, str]] = field(default_factory=list)  # (name, now, in snapshot)
    missing: list[str] = field(default_factory=list)  # in the snapshot, gone now: reinstalled
    added: list[str] = field(default_factory=list)  # installed since: uninstalled

    @property
    def empty(self) -> bool:
        return not (self.changed or self.missing or self.added)

    @property
    def restores_anything(self) -> bool:
        return bool(self.changed or self.missing)

    def lines(self) -> list[str]:
        out = [f"  ~ {now}  ->  {then}" for _, now, then in self.changed]
        out += [f"  + {then}  (reinstalled)" for then in self.missing]
        out += [f"  - {now}  (installed since the snapshot; uninstalled)" for now in self.added]
        return out


def diff_freeze(current: Iterable[str], snapshot: Iterable[str]) -> FreezeDiff:
    now, then = parse_freeze(current), parse_freeze(snapshot)
    d = FreezeDiff()
    for key in sorted(then):
        if key not in now:
            d.missing.append(then[key])
        elif now[key] != then[key]:
            d.changed.append((key, now[key], then[key]))
    d.added = [now[k] for k in sorted(now) if k not in then]
    return d


def pytorch_index_urls(lines: Iterable[str]) -> list[str]:
    urls: list[str] = []
    for ln in lines:
        try:
            req = Requirement(ln.strip())
        except InvalidRequirement:
            continue
        if canonicalize_name(req.name) not in _PYTORCH_PACKAGES:
            continue
        for spec in req.specifier:
            local = spec.version.partition("+")[2]
            if local and _LOCAL_VARIANT.match(local):
                url = PYTORCH_INDEX + local
                if url not in urls:
                    urls.append(url)
    return urls


_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def requirement_lines(snapshot: Snapshot) -> tuple[list[str], list[tuple[int, str]]]:
    """(the snapshot's requirement lines, (line number, text) of every other line, left out)."""
    pins: list[str] = []
    left_out: list[tuple[int, str]] = []
    for no, line in enumerate(snapshot.freeze_path.read_text(encoding="utf-8").splitlines(), start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        try:
            if text.startswith("-"):  # an option, whatever packaging would make of it
                raise InvalidRequirement(text)
            Requirement(text)
        except InvalidRequirement:
            left_out.append((no, text))
            continue
        pins.append(text)
    return pins, left_out


def restore_commands(python: str, diff: FreezeDiff) -> list[list[str]]:
    """Argument lists that turn the environment back into the snapshot: reinstall what changed
    or went missing (pinned, --no-deps: nothing else comes in), then uninstall what was added."""
    out: list[list[str]] = []
    pins = [then for _, _, then in diff.changed] + list(diff.missing)
    if pins:
        argv = [python, "-m", "pip", "install", "--no-deps", *pins]
        for url in pytorch_index_urls(pins):
            argv += ["--extra-index-url", url]
        out.append(argv)
    names = [k for k in (requirement_key(a) for a in diff.added) if _NAME.match(k)]
    if names:
        out.append([python, "-m", "pip", "uninstall", "-y", *names])
    return out
