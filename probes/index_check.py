"""Does the configured pip index actually serve CUDA builds of torch? (opt-in: `--online`)

One request, through pip's own index and proxy (gpufix.probes.pip_http): the index's simple
page for torch (PEP 691 JSON, or PEP 503 HTML). The file names say what it serves:

* `+cuXYZ` wheels for this OS/arch: CUDA builds (a mirror of download.pytorch.org/whl/cuXYZ);
* a plain manylinux x86_64 wheel (no local version): PyPI's own Linux build, which is a CUDA
  build (its CUDA comes from the nvidia-*/cuda-toolkit wheels it depends on);
* plain Windows/macOS wheels, `+cpu` and `+rocm` wheels: no CUDA.

So `mirror-without-cuda-wheels` rests on what the index serves, and the hostname list in
rules/knowledge/mirrors.yaml is only the offline fallback. It needs the network, so it runs only
when asked (`gpufix --online`, the TUI's "check the index" step), never by default.
"""
from __future__ import annotations

import json
import platform
import sys
from typing import Any

from gpufix.probes.base import loads_json
from gpufix.facts import Fact, absent, ok, unknown
from gpufix.probes.base import Probe, ProbeContext, ProbeFailed, Raw
from gpufix.probes.redact import redact

NAME = "index-check"
FILE = "index-torch.json"
FACTS = ("pip.index_cuda_wheels", "pip.index_torch_variants")


def collect(ctx: ProbeContext) -> Raw:
    # lazy: start-up: HTTP, TLS and the page readers load only for --online (this probe is opt-in)
    from gpufix.probes import index_pages
    from gpufix.probes.pip_http import Fetcher, FetchError, pip_settings

    settings = pip_settings(ctx.env)
    url = settings.index_url.rstrip("/") + "/torch/"
    doc: dict[str, Any] = {"index_url": redact(settings.index_url), "url": redact(url),
                           "os": _os(ctx.platform), "arch": platform.machine().lower()}
    try:
        resp = Fetcher(settings, timeout=10.0 * ctx.timeout_scale).get(url, index_pages.ACCEPT_SIMPLE)
    except FetchError as e:
        raise ProbeFailed(redact(str(e))) from e
    doc["files"] = [f.filename for f in index_pages.parse_simple(resp.body, resp.content_type, resp.url)]
    return {FILE: json.dumps(doc)}


def _os(plat: str) -> str:
    return {"win32": "windows", "darwin": "macos"}.get(plat, "linux" if plat.startswith("linux") else plat)


def parse(raw: Raw) -> list[Fact]:
    if FILE not in raw:
        return [unknown(n, NAME, "the index was not checked") for n in FACTS]
    doc = loads_json(raw[FILE])
    where = f"{doc.get('url')} ({len(doc.get('files') or [])} files)"
    found = variants(doc.get("files") or [], doc.get("os"), doc.get("arch"))
    facts = [ok("pip.index_torch_variants", sorted(found), NAME, where)]
    cuda = sorted(v for v in found if v.startswith("cu") or v == "pypi-cuda")
    if cuda:
        facts.append(ok("pip.index_cuda_wheels", True, NAME, f"{where}: {', '.join(cuda)} for {doc.get('os')}"))
    elif found:
        facts.append(ok("pip.index_cuda_wheels", False, NAME,
                        f"{where}: only {', '.join(sorted(found))} torch builds for {doc.get('os')}"))
    else:
        facts.append(absent("pip.index_cuda_wheels", NAME, f"{where}: no torch wheel for {doc.get('os')}"))
    return facts


def variants(filenames: list[str], os_name: str | None, arch: str | None) -> set[str]:
    """The torch builds the files offer this OS/arch: cu124, cpu, rocm6.1, pypi-cuda (PyPI's plain Linux
    x86_64 wheel) or plain (a plain wheel elsewhere: CPU, or MPS on Apple Silicon)."""
    from gpufix.probes import index_pages  # lazy: start-up (see collect)

    family = {("linux", "x86_64"): "linux_x86_64", ("linux", "amd64"): "linux_x86_64",
              ("linux", "aarch64"): "linux_aarch64", ("linux", "arm64"): "linux_aarch64",
              ("windows", "amd64"): "windows_x86_64", ("windows", "x86_64"): "windows_x86_64",
              ("macos", "arm64"): "macos_arm64", ("macos", "x86_64"): "macos_x86_64"}.get((os_name or "", arch or ""))
    out: set[str] = set()
    for name in filenames:
        w = index_pages.wheel(name)
        if w is None or w.name != "torch" or (family and family not in w.platforms):
            continue
        if w.local:
            out.add(w.local)
        else:
            out.add("pypi-cuda" if family == "linux_x86_64" else "plain")
    return out


PROBE = Probe(NAME, collect, parse, files=(FILE,), timeout=20.0, facts=FACTS, order=9)

if __name__ == "__main__":  # pragma: no cover - manual check: python -m gpufix.probes.index_check
    print(parse(collect(ProbeContext(platform=sys.platform))))
