"""Package index pages, read without executing anything: PEP 691 JSON and PEP 503 HTML simple
pages, the PyPI JSON API, wheel file names and core metadata (Requires-Dist).

Pure functions over bytes; gpufix.probes.pip_http gets the bytes; gpufix.knowledge.update and the index-check probe
turns what is read here into release rows.
"""
from __future__ import annotations

from html.parser import HTMLParser
from typing import Any, Iterable
from urllib.parse import unquote, urljoin, urlsplit

from packaging.requirements import InvalidRequirement, Requirement
from packaging.tags import Tag
from packaging.utils import InvalidWheelFilename, parse_wheel_filename
from packaging.version import InvalidVersion, Version

from gpufix.probes.base import loads_json
from gpufix.records import record

PEP691 = "application/vnd.pypi.simple.v1+json"
ACCEPT_SIMPLE = f"{PEP691}, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1"


class PageError(ValueError):
    """A page that is not a simple index page (the reason is the message)."""


@record(frozen=True)
class IndexFile:
    filename: str
    url: str  # absolute
    requires_python: str | None = None
    upload_time: str | None = None  # ISO 8601 (PEP 700), when the index says
    yanked: bool = False
    has_metadata: bool = False  # PEP 658/714: <url>.metadata is served


@record(frozen=True)
class Wheel:
    name: str
    version: Version  # with its local part (2.5.1+cu124)
    tags: frozenset[Tag]

    @property
    def public(self) -> str:
        return self.version.public

    @property
    def local(self) -> str | None:
        return self.version.local

    @property
    def platforms(self) -> set[str]:
        return {platform_family(t.platform) for t in self.tags}

    @property
    def pythons(self) -> set[str]:
        """'3.12', '3.14t' (free-threaded) for every CPython tag; empty for py3-none wheels."""
        out = set()
        for t in self.tags:
            if t.interpreter.startswith("cp") and t.interpreter[2:].isdigit():
                digits = t.interpreter[2:]
                mm = f"{digits[0]}.{digits[1:]}"
                out.add(mm + "t" if t.abi.endswith("t") else mm)
        return out


def platform_family(platform: str) -> str:
    """linux_x86_64 | linux_aarch64 | windows_x86_64 | macos_arm64 | macos_x86_64 | any | other."""
    p = platform.lower()
    if p == "any":
        return "any"
    if p.startswith(("manylinux", "linux", "musllinux")):
        return "linux_x86_64" if p.endswith("x86_64") else "linux_aarch64" if p.endswith("aarch64") else "other"
    if p == "win_amd64":
        return "windows_x86_64"
    if p.startswith("macosx"):
        return "macos_arm64" if p.endswith(("arm64", "universal2")) else "macos_x86_64"
    return "other"


def wheel(filename: str) -> Wheel | None:
    """The parsed wheel file name, None for sdists and names packaging rejects."""
    try:
        name, version, _build, tags = parse_wheel_filename(filename)
    except (InvalidWheelFilename, InvalidVersion):
        return None
    return Wheel(str(name), version, tags)


def parse_simple(body: bytes, content_type: str, page_url: str) -> list[IndexFile]:
    """The files of a simple page, JSON (PEP 691) or HTML (PEP 503), with absolute URLs."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype == PEP691 or (ctype.endswith("json") and body.lstrip()[:1] == b"{"):
        return _parse_json(body, page_url)
    if "html" in ctype or body.lstrip()[:1] == b"<":
        return _parse_html(body.decode("utf-8", errors="replace"), page_url)
    raise PageError(f"not a simple index page (Content-Type {content_type or 'missing'})")


def _parse_json(body: bytes, page_url: str) -> list[IndexFile]:
    try:
        doc = loads_json(body)
    except ValueError as e:
        raise PageError(f"not valid JSON ({e})") from e
    if not isinstance(doc, dict) or not isinstance(doc.get("files"), list):
        raise PageError("a JSON page without a files list")
    out = []
    for f in doc["files"]:
        if not isinstance(f, dict) or not isinstance(f.get("filename"), str) or not isinstance(f.get("url"), str):
            continue
        meta = f.get("core-metadata", f.get("data-dist-info-metadata"))
        out.append(IndexFile(f["filename"], urljoin(page_url, f["url"]), _str(f.get("requires-python")),
                             _str(f.get("upload-time")), bool(f.get("yanked")), bool(meta)))
    return out


class _Links(HTMLParser):
    """<a href=...>filename</a> anchors of a PEP 503 page (linear, no regexes)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[dict[str, str | None], str]] = []
        self._open: dict[str, str | None] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._open, self._text = dict(attrs), []

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._open is not None:
            self.links.append((self._open, "".join(self._text).strip()))
            self._open = None


def _parse_html(text: str, page_url: str) -> list[IndexFile]:
    parser = _Links()
    parser.feed(text)
    parser.close()
    out = []
    for attrs, label in parser.links:
        href = attrs.get("href")
        if not href:
            continue
        url = urljoin(page_url, href)
        name = label or unquote(urlsplit(url).path.rsplit("/", 1)[-1])
        meta = attrs.get("data-core-metadata", attrs.get("data-dist-info-metadata"))
        out.append(IndexFile(name, url.split("#", 1)[0], attrs.get("data-requires-python"), None,
                             "data-yanked" in attrs, meta is not None and meta != "false"))
    return out


def parse_json_api(body: bytes) -> dict[str, Any]:
    """The PyPI JSON API document (/pypi/<name>/json): info + releases (raises PageError)."""
    try:
        doc = loads_json(body)
    except ValueError as e:
        raise PageError(f"not valid JSON ({e})") from e
    if not isinstance(doc, dict) or not isinstance(doc.get("info"), dict):
        raise PageError("not a PyPI JSON API document")
    return doc


def requires_dist(metadata: bytes | str) -> list[str]:
    """The Requires-Dist lines of core metadata (METADATA / .metadata)."""
    text = metadata.decode("utf-8", errors="replace") if isinstance(metadata, bytes) else metadata
    out = []
    for line in text.splitlines():
        if not line.strip():
            break  # the body (description) starts after the first empty line
        if line.lower().startswith("requires-dist:"):
            out.append(line.split(":", 1)[1].strip())
    return out


def requirement_on(reqs: Iterable[str], name: str) -> Requirement | None:
    """The requirement on `name` among Requires-Dist entries (markers kept)."""
    for r in reqs:
        try:
            req = Requirement(r)
        except InvalidRequirement:
            continue
        if req.name.lower().replace("_", "-") == name:
            return req
    return None


def pinned(req: Requirement | None) -> str | None:
    """'2.13.0' for torch==2.13.0 / torch (==2.13.0); None for ranges."""
    if req is None:
        return None
    specs = list(req.specifier)
    if len(specs) == 1 and specs[0].operator in ("==", "==="):
        return specs[0].version
    return None


def cuda_of_requirements(reqs: Iterable[str]) -> str | None:
    """The CUDA variant a PyPI torch wheel depends on: cuda-toolkit==13.2.2 -> cu132,
    nvidia-cuda-runtime-cu12==12.4.127 -> cu124 (None when it depends on no CUDA runtime)."""
    for name in ("cuda-toolkit", "nvidia-cuda-runtime-cu13", "nvidia-cuda-runtime-cu12", "nvidia-cuda-runtime-cu11",
                 "nvidia-cuda-runtime"):
        v = pinned(requirement_on(reqs, name))
        if v:
            try:
                rel = Version(v).release
            except InvalidVersion:
                continue
            if len(rel) >= 2:
                return f"cu{rel[0]}{rel[1]}"
    return None


def _str(v: Any) -> str | None:
    return v if isinstance(v, str) else None
