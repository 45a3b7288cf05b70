"""`gpufix recommend`: the torch build to install on this machine, with the reasoning and commands."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from gpufix.commands.diagnose import add_online_argument, request_from_args
from gpufix.errors import EXIT_ERROR_FOUND, EXIT_OK
from gpufix.remedy.commandline import command_line

HELP = "recommend the torch build for this GPU, driver and Python, with the exact install commands"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--python", metavar="PATH",
                   help="the interpreter (or env directory) to install into; default: this one")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.add_argument("--fixture", metavar="DIR", type=Path, help="use a recorded fixture directory instead of probing")
    p.add_argument("--fact", action="append", default=[], metavar="NAME=VALUE",
                   help="supply a fact by hand, e.g. gpu.name='NVIDIA GeForce RTX 4090' (repeatable)")
    p.add_argument("--no-probe", action="store_true", help="do not probe this machine: use --fact/--log/--fixture only")
    p.add_argument("--log", metavar="FILE", help="an error log to read facts from ('-' reads standard input)")
    p.add_argument("--torchaudio", action="store_true",
                   help="require torchaudio (it is in maintenance: may pick an older torch)")
    add_online_argument(p)


def run(args: argparse.Namespace) -> int:
    from gpufix.core.recommend import recommend  # lazy: every command line builds --help; only this one probes

    result = recommend(request_from_args(args), require_torchaudio=args.torchaudio)
    rec, target = result.recommendation, result.collected.python
    if args.json:
        doc = {"schema": "gpufix-recommend/1", "target": target, "knowledge": rec.knowledge,
               "recommendation": rec.to_json(),
               "facts": {f.name: f.to_json() for f in result.derived}}
        print(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        print(render(rec, target))
    return EXIT_OK if rec.kind != "none" else EXIT_ERROR_FOUND


def render(rec, target: str) -> str:
    """Plain text: what was found, what to install, why, and how."""
    lines = []
    p = rec.platform
    where = ", ".join(x for x in (p.get("os"), p.get("arch"), f"Python {p['python']}" if p.get("python") else None) if x)
    lines.append(f"Recommendation for {p.get('executable') or target}" + (f" ({where})" if where else ""))
    if not rec.determinate:
        lines.append("  Tentative: too little is known about this machine for a definite answer (see Notes).")
    lines.append("")
    if rec.gpus:
        for g in rec.gpus:
            cc = f"compute capability {g['compute_capability']} ({g['sm']})" if g.get("compute_capability") else \
                "compute capability unknown"
            lines.append(f"  GPU      {g.get('name') or '?'}: {cc}")
    else:
        lines.append("  GPU      no NVIDIA GPU known")
    d = rec.driver
    if d.get("version") or d.get("cuda"):
        lines.append(f"  Driver   {d.get('version') or '?'}" + (f" (CUDA {d['cuda']})" if d.get("cuda") else ""))
    elif d.get("state") == "absent":
        lines.append("  Driver   not installed")
    if rec.torch:
        pkgs = [f"torch {rec.torch}"] + ([f"torchvision {rec.torchvision}"] if rec.torchvision else []) + \
            ([f"torchaudio {rec.torchaudio}"] if rec.torchaudio else [])
        lines.append(f"  Install  {', '.join(pkgs)}  [{rec.build}]")
    else:
        lines.append(f"  Install  nothing recommended ({rec.kind})")
    if rec.driver_min and rec.best_torch:
        mark = "  <- update the driver" if rec.driver_update else ""
        lines.append(f"  Driver   >= {rec.driver_min} for torch {rec.best_torch}+{rec.best_build}{mark}")
    lines.append("")
    if rec.reasons:
        lines.append("Why:")
        lines += [f"  - {r}" for r in rec.reasons]
    if rec.notes:
        lines.append("Notes:")
        lines += [f"  - {n}" for n in rec.notes]
    windows = rec.platform.get("os") == "windows"
    for title, cmd in (("pip (through the target interpreter)", rec.pip_command), ("uv", rec.uv_command),
                       ("conda-forge", rec.conda_command),
                       (f"China mirror ({rec.mirror})" if rec.mirror else "mirror", rec.mirror_pip_command)):
        if cmd:
            lines.append("")
            lines.append(f"{title}:")
            lines.append("  " + command_line(cmd, "windows" if windows else "linux"))
    if rec.kind in ("cuda", "cpu", "mps") and rec.pip_command:
        lines.append("")
        lines.append(f"Then check it: gpufix --python {rec.pip_command[0]}")
    if rec.knowledge:
        from gpufix.knowledge.dating import line  # lazy: text output only

        lines.append("")
        lines.append(line(rec.knowledge))
    return "\n".join(lines)
