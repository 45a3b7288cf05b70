"""How old gpufix's knowledge is, measured: the tables' age in days and, where the package index
answers, the torch/torchvision/torchaudio releases the tables lack.

Usage: python bench/knowledge_age.py [--index-url URL] [--offline] [--json]
The index is pip's configured one (through pip's proxy), as `gpufix knowledge update` reads it.
Prints; exits 0 (a benchmark reports, it does not judge).
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
from dataclasses import replace


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index-url", help="the index to ask (default: pip's index-url)")
    ap.add_argument("--offline", action="store_true", help="only the tables' age")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from gpufix.knowledge import dating, tables
    from gpufix.probes import index_pages
    from gpufix.probes.pip_http import Fetcher, FetchError, pip_settings

    info = dating.info()
    today = datetime.datetime.now(datetime.timezone.utc).date()
    out: dict = {"today": today.isoformat(), "as_of": info["as_of"], "origin": info["origin"], "tables": {}}
    for name, as_of in info["tables"].items():
        out["tables"][name] = {"as_of": as_of, "age_days": _age(as_of, today)}
    out["age_days"] = _age(info["as_of"], today)
    known = {
        "torch": {p.torch for r in tables.releases() for p in r.patches},
        "torchvision": {p.torchvision for r in tables.releases() for p in r.patches if p.torchvision},
        "torchaudio": {p.torchaudio for r in tables.releases() for p in r.patches if p.torchaudio},
    }
    meta = tables.torch_meta().get("torchaudio_maintenance") or {}
    known["torchaudio"] |= {str(meta.get("last")), str(meta.get("newest_on_pypi"))}
    if not args.offline:
        settings = pip_settings()
        if args.index_url:
            settings = replace(settings, index_url=args.index_url)
        f = Fetcher(settings, timeout=15)
        out["index"] = settings.index_url
        out["missing"] = {}
        for pkg, have in known.items():
            url = settings.index_url.rstrip("/") + f"/{pkg}/"
            try:
                r = f.get(url, index_pages.ACCEPT_SIMPLE)
                files = index_pages.parse_simple(r.body, r.content_type, r.url)
            except (FetchError, index_pages.PageError) as e:
                out["missing"][pkg] = {"error": str(e)}
                continue
            served = set()
            for fl in files:
                w = index_pages.wheel(fl.filename)
                if w is not None and not w.version.is_prerelease and not w.version.is_devrelease and not fl.yanked:
                    served.add(w.public)
            newest_known = max((v for v in have if v and v != "None"), key=_v, default="0")
            out["missing"][pkg] = sorted((v for v in served if _v(v) > _v(newest_known)), key=_v)
    if args.json:
        print(json.dumps(out, indent=2))
        return 0
    print(f"knowledge as of {out['as_of']} ({out['origin']}): {out['age_days']} days old on {out['today']}")
    for name, t in out["tables"].items():
        print(f"  {name:<20} as of {t['as_of']:<10} {t['age_days']} days")
    for pkg, miss in (out.get("missing") or {}).items():
        if isinstance(miss, dict):
            print(f"  {pkg:<12} index not readable: {miss['error']}")
        else:
            print(f"  {pkg:<12} releases on {out['index']} the tables lack: {', '.join(miss) or 'none'}")
    return 0


def _age(as_of: str | None, today: datetime.date) -> int | None:
    """Days since as_of ('2026-12-03', or '2026-09' read as the month's first day)."""
    if not as_of:
        return None
    parts = [int(x) for x in str(as_of).split("-")[:3]] + [1, 1]
    return (today - datetime.date(parts[0], parts[1], parts[2])).days


def _v(text: str):
    from packaging.version import InvalidVersion, Version

    try:
        return Version(text)
    except InvalidVersion:
        return Version("0")


if __name__ == "__main__":
    sys.exit(main())
