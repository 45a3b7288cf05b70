"""How old gpufix's knowledge is, and what on this machine is newer than it.

Every answer states the date of the release tables it rests on (`knowledge.as_of`), whether
they are the shipped tables or `gpufix knowledge update`'s, and where they come from. When the
installed torch, torchvision, torchaudio, CUDA or driver is newer than anything the tables
know, the answer says so and reasons from what can be read (the wheel's local version, the
CUDA version torch reports, CUDA's compatibility rules) instead of calling the tables' newest
release "the newest".
"""
from __future__ import annotations

from typing import Any

from packaging.version import Version

from gpufix.knowledge import compat, overlay, tables
from gpufix.knowledge import versions as V
from gpufix.knowledge.machine import Machine

SHIPPED_SOURCE = "gpufix's shipped tables (rules/knowledge/*.yaml)"


def info() -> dict[str, Any]:
    """The `knowledge` block of every JSON document."""
    meta = tables.torch_meta()
    shipped = str(meta.get("as_of") or "unknown")
    dates = {name: str(tables.load(name).get("as_of") or "") or None for name in tables.TABLE_FILES}
    ov = overlay.load()
    newest = newest_torch()
    out: dict[str, Any] = {"as_of": shipped, "origin": "shipped", "sources": [SHIPPED_SOURCE],
                           "tables": dates, "newest_torch": newest, "update_file": None, "note": None}
    # The sources of the newest releases first: they are what the date is about.
    declared = meta.get("sources") or {}
    ids = [i for r in tables.shipped_releases()[:2] for i in r.sources] + list(declared)
    urls: list[str] = []
    for i in ids:
        url = (declared.get(i) or {}).get("url") if isinstance(declared.get(i), dict) else None
        if url and url not in urls:
            urls.append(str(url))
    out["sources"] += urls[:8]
    if ov is not None and ov.usable:
        out.update(as_of=ov.as_of, origin="update", sources=list(ov.sources), update_file=ov.path,
                   fetched=ov.fetched, shipped_as_of=shipped)
    elif ov is not None:
        out["note"] = f"the updated tables in {ov.path} were not used: {ov.problem}; the shipped tables are used"
    return out


# The line's wording per language: the head, where the tables came from, and the hint to refresh them.
_LINE = {
    "en": ("Knowledge as of {as_of} ({where}; newest torch known: {newest})",
           {"update": "updated from the package indexes", "shipped": "shipped with gpufix"},
           "; `gpufix knowledge update` refreshes it"),
    "zh": ("版本知识截至 {as_of}（{where}；已知最新 torch：{newest}）",
           {"update": "已从软件包索引更新", "shipped": "随 gpufix 发布"},
           "；`gpufix knowledge update` 可刷新"),
}


def line(doc: dict[str, Any] | None = None, lang: str = "en") -> str:
    """One line for --text and the TUI, in English or Chinese (a note about an unusable update file stays
    as written: it names a path and a parse error)."""
    d = doc or info()
    head, wheres, hint = _LINE.get(lang, _LINE["en"])
    where = wheres["update" if d["origin"] == "update" else "shipped"]
    text = head.format(as_of=d["as_of"], where=where, newest=d.get("newest_torch") or "?")
    if d.get("note"):
        text += f" - {d['note']}"
    elif d["origin"] != "update":
        text += hint
    return text
    where = "updated from the package indexes" if d["origin"] == "update" else "shipped with gpufix"
    text = f"Knowledge as of {d['as_of']} ({where}; newest torch known: {newest})"
    if d.get("note"):
        text += f" - {d['note']}"
    elif d["origin"] != "update":
        text += "; `gpufix knowledge update` refreshes it"
    return text


def newest_torch() -> str | None:
    patches = [p.torch for r in tables.releases() for p in r.patches]
    return str(max(patches, key=Version)) if patches else None


def _newest(attr: str) -> Version | None:
    vals = [V.parse(getattr(p, attr)) for r in tables.releases() for p in r.patches]
    vals = [v for v in vals if v is not None]
    return max(vals) if vals else None


def _newest_torchaudio() -> Version | None:
    meta = tables.torch_meta().get("torchaudio_maintenance") or {}
    ov = overlay.load()
    cands = [_newest("torchaudio"), V.parse(meta.get("last")), V.parse(meta.get("newest_on_pypi"))]
    if ov is not None and ov.usable:
        cands.append(V.parse(ov.torchaudio.get("newest")))
    cands = [c for c in cands if c is not None]
    return max(cands) if cands else None


def beyond_tables(m: Machine) -> list[str]:
    """One sentence per installed component newer than the tables, with what can still be said."""
    d = info()
    date = d["as_of"]
    out: list[str] = []
    newest = _newest("torch")
    tv = V.parse(m.torch_version)
    if tv is not None and newest is not None and tv > newest:
        out.append(_torch_sentence(m, str(newest), date))
    for pkg, newest_pkg in (("torchvision", _newest("torchvision")), ("torchaudio", _newest_torchaudio())):
        v = V.parse(getattr(m, f"{pkg}_version"))
        if v is not None and newest_pkg is not None and v > newest_pkg:
            out.append(f"{pkg} {v} is newer than gpufix's tables (as of {date}; newest known {newest_pkg}): which "
                       f"torch it pairs with is declared in its own metadata (Requires-Dist; `pip check` "
                       f"reports a mismatch), not in the tables.")
    out += _cuda_sentences(m, date)
    out += _driver_sentences(m, date)
    return out


def _torch_sentence(m: Machine, newest: str, date: str) -> str:
    head = (f"torch {m.torch_version_full or m.torch_version} is newer than gpufix's tables (as of {date}; "
            f"newest known {newest}), so its release facts (Python range, arch list, pairings) are not "
            f"known here.")
    build = m.torch_build
    cuda = m.torch_cuda or (V.variant_cuda(build) if build else None)
    if build == "cpu":
        return head + " Its version says it is a CPU-only build (+cpu)."
    if cuda:
        where = f"its local version (+{m.torch_local})" if m.torch_local else "torch.version.cuda"
        need = compat.driver_min_for(cuda, "windows" if m.os_name == "windows" else "linux") \
            if m.os_name in ("linux", "windows") else None
        text = head + f" {where[0].upper() + where[1:]} says it was built with CUDA {cuda}"
        if need is not None:
            text += f"; CUDA's compatibility rules still apply: it needs a driver >= {need.driver} ({need.rule})"
            if m.driver.version and V.parse(m.driver.version) is not None:
                ok = Version(m.driver.version) >= Version(need.driver)
                text += f", and driver {m.driver.version} {'meets' if ok else 'does not meet'} that"
        elif V.major_minor(cuda) is not None and V.major_minor(cuda).major not in tables.families():
            text += f"; CUDA {V.major_minor(cuda).major}.x is a major the tables do not know, so no driver rule is given"
        return text + "."
    if m.torch_hip:
        return head + f" It is a ROCm build (HIP {m.torch_hip})."
    return head + " Its build could not be read from its version (no local suffix): torch.version.cuda tells it."


def _cuda_sentences(m: Machine, date: str) -> list[str]:
    known = [V.major_minor(r["cuda"]) for r in tables.load("cuda_drivers.yaml")["toolkits"]]
    known += [V.major_minor(b["cuda"]) for b in tables.load("cuda_drivers.yaml").get("toolkit_branches") or ()]
    known = [k for k in known if k is not None]
    if not known:
        return []
    top = max(known)
    out = []
    for label, value in (("torch's CUDA", m.torch_cuda), ("nvcc", m.nvcc_version), ("the driver's CUDA", m.driver.cuda)):
        mm = V.major_minor(value)
        if mm is None or mm <= top:
            continue
        fam = tables.families().get(mm.major)
        rule = (f"the CUDA {mm.major}.x minor-version compatibility rule still applies (driver >= "
                f"{fam.minimum('windows' if m.os_name == 'windows' else 'linux')})" if fam else
                f"CUDA {mm.major}.x is a major the tables do not know, so no driver rule is given")
        out.append(f"{label} {value} is newer than the newest CUDA toolkit in gpufix's tables ({top}, as of "
                   f"{tables.load('cuda_drivers.yaml').get('as_of') or date}): {rule}.")
    return out


def _driver_sentences(m: Machine, date: str) -> list[str]:
    v = V.parse(m.driver.version)
    branches = tables.branches()
    if v is None or not branches or v.release[0] <= branches[-1].branch:
        return []
    top = branches[-1]
    cuda = m.driver.cuda
    said = (f"nvidia-smi says it runs CUDA {cuda}" if cuda and m.driver.cuda_source == "driver.cuda" else
            f"it runs at least CUDA {top.cuda} (the newest branch known, R{top.branch})")
    return [f"Driver {m.driver.version} is newer than the newest driver branch in gpufix's tables (R{top.branch}, as "
            f"of {tables.load('cuda_drivers.yaml').get('as_of') or date}): {said}; CUDA's minor-version "
            f"compatibility lets it run every build of the CUDA majors it supports."]
