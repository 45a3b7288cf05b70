"""`gpufix knowledge update`: newer release tables, read from the package indexes.

What is read, through the user's pip index and proxy (gpufix.probes.pip_http):

* the simple pages (PEP 691 JSON, or PEP 503 HTML) of torch, torchvision and torchaudio on the
  configured index: versions, wheel tags (Python versions, platforms), upload dates;
* the same pages on the PyTorch wheel index (download.pytorch.org/whl by default): the
  +cuXYZ / +rocmX.Y / +cpu variants per version and platform;
* the PyPI JSON API (<index root>/pypi/<name>/json), when the index has one: dates, and the
  Requires-Dist of the newest release;
* core metadata (PEP 658 `<wheel>.metadata`) of the wheels whose Requires-Dist matters: torch's
  CUDA runtime pin (the CUDA of the plain PyPI wheel) and torchvision's torch pin (the pairing).

Only what was read is written (a field the indexes cannot tell stays out, and the shipped value
is kept). The result goes to the user data directory (gpufix.knowledge.overlay) with its date and
the URLs it came from. If the indexes cannot be read, nothing is written and the reason is one line.
"""
from __future__ import annotations

import datetime
import json
import os
from dataclasses import field
from typing import Any

from packaging.specifiers import SpecifierSet
from packaging.version import Version

from gpufix.probes import index_pages as P
from gpufix.knowledge import overlay, tables
from gpufix.knowledge import versions as V
from gpufix.probes.pip_http import Fetcher, FetchError, PipSettings
from gpufix.probes.redact import redact
from gpufix.records import record

PACKAGES = ("torch", "torchvision", "torchaudio")
DEFAULT_PYTORCH_INDEX = "https://download.pytorch.org/whl"
MAX_METADATA = 12  # core-metadata requests per update (each wheel's .metadata is one request)


@record
class UpdateResult:
    ok: bool
    message: str  # one line for the user
    path: str | None = None
    doc: dict[str, Any] | None = None
    problems: list[str] = field(default_factory=list)


def simple_url(index: str, name: str) -> str:
    return index.rstrip("/") + "/" + name + "/"


def json_api_url(index_url: str, name: str) -> str:
    """PyPI (and mirrors that copy its API, e.g. bandersnatch) serve /pypi/<name>/json beside /simple."""
    base = index_url.rstrip("/")
    if base.endswith("/simple"):
        base = base[: -len("/simple")]
    return f"{base}/pypi/{name}/json"


@record
class _Read:
    """Everything read, per package."""

    index: dict[str, list[P.IndexFile]] = field(default_factory=dict)
    pytorch: dict[str, list[P.IndexFile]] = field(default_factory=dict)
    api: dict[str, dict[str, Any]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def run(settings: PipSettings, pytorch_index: str = DEFAULT_PYTORCH_INDEX, fetcher: Fetcher | None = None,
        today: datetime.date | None = None, write: bool = True) -> UpdateResult:
    """Read the indexes and write the update file; never raises for network or page problems."""
    f = fetcher or Fetcher(settings)
    shipped_as_of = tables.torch_meta().get("as_of")
    got = _read_all(f, settings.index_url, pytorch_index)
    if not got.index.get("torch") and not got.pytorch.get("torch"):
        why = got.problems[0] if got.problems else "no torch files listed"
        return UpdateResult(False, f"could not read torch from the package indexes ({why}); gpufix keeps its "
                                   f"tables as of {shipped_as_of}", problems=got.problems)
    day = today or datetime.datetime.now(datetime.timezone.utc).date()
    releases, torchaudio = _build(got, f)
    doc = {"schema": overlay.SCHEMA, "as_of": day.isoformat(),
           "fetched": datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat(),
           "index_url": redact(settings.index_url), "pytorch_index": redact(pytorch_index),
           "sources": list(dict.fromkeys(redact(u) for u in f.read)),
           "releases": releases, "torchaudio": torchaudio, "notes": got.problems}
    path = None
    if write:
        try:
            path = str(_write(doc))
        except OSError as e:
            return UpdateResult(False, f"could not write {overlay.path()}: {e.strerror or e}; gpufix keeps its "
                                       f"tables as of {shipped_as_of}", doc=doc, problems=got.problems)
        tables.clear_caches()
    newest = max((p["torch"] for r in releases for p in r["patches"]), key=Version, default=None)
    msg = (f"knowledge updated as of {doc['as_of']}: {len(releases)} release row(s) from {len(doc['sources'])} "
           f"page(s); newest torch {newest or 'unchanged'}")
    if got.problems:
        msg += f" ({len(got.problems)} page(s) could not be read: {got.problems[0]})"
    return UpdateResult(True, msg, path, doc, got.problems)


def _write(doc: dict[str, Any]):
    p = overlay.path()
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(doc, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, p)  # atomic: a reader sees the old file or the new one
    return p


def _read_all(f: Fetcher, index_url: str, pytorch_index: str) -> _Read:
    got = _Read()
    for name in PACKAGES:
        for where, base, into in (("index", index_url, got.index), ("PyTorch index", pytorch_index, got.pytorch)):
            try:
                r = f.get(simple_url(base, name), P.ACCEPT_SIMPLE)
                into[name] = P.parse_simple(r.body, r.content_type, r.url)
            except (FetchError, P.PageError) as e:
                got.problems.append(f"{where}: {e}")
        try:
            got.api[name] = P.parse_json_api(f.get(json_api_url(index_url, name), "application/json").body)
        except (FetchError, P.PageError) as e:
            got.problems.append(f"JSON API: {e}")
    return got


@record
class _Version:
    pythons: set[str] = field(default_factory=set)
    variants: dict[str, set[str]] = field(default_factory=dict)  # platform family -> local variants
    dates: list[str] = field(default_factory=list)
    plain_linux: list[P.IndexFile] = field(default_factory=list)  # PyPI-style wheels without a local version


def _versions(got: _Read, name: str) -> dict[str, _Version]:
    out: dict[str, _Version] = {}
    for source, files in (("index", got.index.get(name, [])), ("pytorch", got.pytorch.get(name, []))):
        for fl in files:
            w = P.wheel(fl.filename)
            if w is None or fl.yanked or w.version.is_prerelease or w.version.is_devrelease:
                continue
            e = out.setdefault(w.public, _Version())
            e.pythons |= w.pythons
            if fl.upload_time:
                e.dates.append(fl.upload_time[:10])
            if w.local:
                for plat in w.platforms:
                    e.variants.setdefault(plat, set()).add(w.local)
            elif source == "index" and "linux_x86_64" in w.platforms:
                e.plain_linux.append(fl)
    for v, files in (got.api.get(name, {}).get("releases") or {}).items():
        if v in out and isinstance(files, list):
            out[v].dates += [str(x.get("upload_time", ""))[:10] for x in files if isinstance(x, dict) and x.get("upload_time")]
    return out


def _build(got: _Read, f: Fetcher) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    budget = [MAX_METADATA]
    shipped = tables.shipped_releases()
    known = {p.torch for r in shipped for p in r.patches}
    newest_release = max(r.version for r in shipped)
    # New patches of the last three shipped releases, and every newer release; older rows stay as
    # shipped (their NumPy ABI, install style and pairings are not on the indexes).
    floor = sorted({r.version for r in shipped}, reverse=True)[:3][-1]
    torch = _versions(got, "torch")
    by_release: dict[Version, list[str]] = {}
    for v in torch:
        mm = V.major_minor(v)
        if mm is not None:
            by_release.setdefault(mm, []).append(v)
    vision = _vision_pairs(got, f, budget)
    rows = []
    for mm, patches in sorted(by_release.items()):
        if mm < floor or (mm < newest_release and all(p in known for p in patches)):
            continue
        patches.sort(key=Version)
        newest = torch[patches[-1]]
        row: dict[str, Any] = {"release": str(mm), "status": "stable"}
        py = _python_range(newest.pythons)
        if py:
            row["python"] = py
        cuda = sorted({x for plat in ("linux_x86_64", "windows_x86_64") for x in newest.variants.get(plat, ())
                       if V.is_cuda_variant(x)}, key=lambda x: Version(V.variant_cuda(x) or "0"))
        if cuda:
            row["cuda_wheels"] = cuda
        rocm = sorted(x for x in newest.variants.get("linux_x86_64", ()) if x.startswith("rocm"))
        if rocm:
            row["rocm_wheels"] = rocm
        pypi_cuda = _pypi_cuda(patches[-1], newest, got, f, budget)
        if pypi_cuda:
            row["pypi_linux"] = pypi_cuda
        first = torch[patches[0]].dates
        if first:
            row["release_date"] = min(first)
        row["patches"] = [_patch(p, torch[p], vision) for p in patches]
        rows.append(row)
    return rows, _torchaudio(got)


def _python_range(pythons: set[str]) -> dict[str, Any] | None:
    plain = sorted((Version(p) for p in pythons if not p.endswith("t")), key=lambda v: v)
    if not plain:
        return None
    return {"min": str(plain[0]), "max": str(plain[-1]),
            "experimental": sorted((p for p in pythons if p.endswith("t")), key=lambda p: Version(p[:-1]))}


def _metadata_reqs(files: list[P.IndexFile], f: Fetcher, budget: list[int]) -> list[str] | None:
    """Requires-Dist of the first wheel whose core metadata the index serves."""
    for fl in sorted(files, key=lambda x: not x.has_metadata)[:2]:
        if budget[0] <= 0:
            return None
        budget[0] -= 1
        try:
            return P.requires_dist(f.get(fl.url + ".metadata", "*/*").body)
        except FetchError:
            continue
    return None


def _pypi_cuda(version: str, e: _Version, got: _Read, f: Fetcher, budget: list[int]) -> str | None:
    """The CUDA of the plain PyPI Linux x86_64 wheel of this torch version (its runtime pin)."""
    info = got.api.get("torch", {}).get("info") or {}
    if info.get("version") == version and info.get("requires_dist"):
        found = P.cuda_of_requirements(info["requires_dist"])
        if found:
            return found
    reqs = _metadata_reqs(e.plain_linux, f, budget) if e.plain_linux else None
    return P.cuda_of_requirements(reqs) if reqs else None


@record
class _Pair:
    torchvision: str
    certain: bool
    note: str


def _vision_pairs(got: _Read, f: Fetcher, budget: list[int]) -> dict[str, _Pair]:
    """torch version -> torchvision, from torchvision's Requires-Dist on torch."""
    vision = _versions(got, "torchvision")
    known = {p.torchvision for r in tables.shipped_releases() for p in r.patches if p.torchvision}
    info = got.api.get("torchvision", {}).get("info") or {}
    out: dict[str, _Pair] = {}
    loose: list[tuple[str, SpecifierSet, str]] = []
    for tv in sorted(vision, key=Version, reverse=True):
        if tv in known and len(out) >= 1:
            break
        reqs = info.get("requires_dist") if info.get("version") == tv else None
        req = P.requirement_on(reqs, "torch") if reqs else None
        if req is None or P.pinned(req) is None:
            files = [fl for fl in got.index.get("torchvision", []) if fl.filename.startswith(f"torchvision-{tv}-")]
            meta = _metadata_reqs(files, f, budget) if files else None
            req = P.requirement_on(meta, "torch") if meta else req
        pin = P.pinned(req)
        if pin and pin not in out:
            out[pin] = _Pair(tv, True, f"torchvision {tv} requires torch=={pin} (Requires-Dist)")
        elif req is not None:
            date = min(vision[tv].dates) if vision[tv].dates else ""
            loose.append((tv, req.specifier, date))
    torch = _versions(got, "torch")
    for tv, spec, date in loose:
        for v, e in torch.items():
            if v in out or not date or date not in e.dates or not spec.contains(v, prereleases=True):
                continue
            out[v] = _Pair(tv, False, f"torchvision {tv} declares torch{spec} and was uploaded the same day as torch {v}")
    return out


def _patch(version: str, e: _Version, vision: dict[str, _Pair]) -> dict[str, Any]:
    p: dict[str, Any] = {"torch": version}
    pair = vision.get(version)
    if pair is not None:
        p["torchvision"] = pair.torchvision
        if not pair.certain:
            p["uncertain"] = True
        p["note"] = pair.note
    if e.dates:
        p["date"] = min(e.dates)
    return p


def _torchaudio(got: _Read) -> dict[str, Any]:
    audio = _versions(got, "torchaudio")
    if not audio:
        return {}
    newest = max(audio, key=Version)
    out: dict[str, Any] = {"newest": newest}
    if audio[newest].dates:
        out["date"] = min(audio[newest].dates)
    info = got.api.get("torchaudio", {}).get("info") or {}
    if info.get("version") == newest:
        req = P.requirement_on(info.get("requires_dist") or [], "torch")
        out["requires_torch"] = str(req.specifier) if req is not None else "none"
    return out
