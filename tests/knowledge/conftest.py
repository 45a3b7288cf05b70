"""Shared helpers for the knowledge tests: fact bases built by hand (fixture `mk`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from gpufix.facts import Fact, FactBase, absent, ok


def facts(*absent_names: str, **values) -> FactBase:
    """FactBase from keyword facts: driver__version='535.104.05' -> driver.version."""
    fb = FactBase()
    for key, value in values.items():
        fb.add(ok(key.replace("__", "."), value, "test"))
    for name in absent_names:
        fb.add(absent(name, "test", "not found"))
    return fb


def values(items: list[Fact]) -> dict[str, object]:
    return {f.name: f.value for f in items}


class Maker:
    """`mk(driver__version=...)` -> FactBase; `mk.derive(...)` -> {name: value} of derived facts."""

    facts = staticmethod(facts)

    def __call__(self, *absent_names: str, **kw) -> FactBase:
        return facts(*absent_names, **kw)

    def derive(self, *absent_names: str, **kw) -> dict[str, object]:
        from gpufix.knowledge import derive_facts

        return values(derive_facts(facts(*absent_names, **kw)))


@pytest.fixture
def mk() -> Maker:
    return Maker()


# --- a real HTTP server serving recorded index pages (tests/knowledge/data/index/README.md) ---------

INDEX_DATA = Path(__file__).parent / "data" / "index"
PEP691 = "application/vnd.pypi.simple.v1+json"


class IndexServer:
    """http.server on 127.0.0.1 in a thread. `/<site>/<path>` reads INDEX_DATA/<site>/<path>; as a
    proxy, `http://<site>.test/<path>` reads the same file (and is recorded in `proxied`)."""

    def __init__(self) -> None:
        import http.server
        import threading

        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # keep pytest's output clean
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                status, ctype, body = server.answer(self.path, self.headers.get("Accept", ""))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.requests: list[str] = []
        self.proxied: list[str] = []
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, site: str, path: str = "") -> str:
        return f"http://127.0.0.1:{self.port}/{site}/{path}"

    def answer(self, path: str, accept: str) -> tuple[int, str, bytes]:
        from urllib.parse import unquote, urlsplit

        self.requests.append(path)
        if path.startswith("http://"):
            self.proxied.append(path)
            parts = urlsplit(path)
            rel = (parts.hostname or "").split(".")[0] + parts.path
        else:
            rel = urlsplit(path).path.lstrip("/")
        target = (INDEX_DATA / unquote(rel)).resolve()
        if INDEX_DATA.resolve() not in target.parents:
            return 404, "text/plain", b"not found"
        if target.is_dir():
            j, h = target / "index.json", target / "index.html"
            if PEP691 in accept and j.is_file():
                return 200, PEP691, j.read_bytes()
            if h.is_file():
                return 200, "text/html", h.read_bytes()
            return 404, "text/plain", b"not found"
        if target.is_file():
            ctype = "application/json" if target.name == "json" else "application/octet-stream"
            return 200, ctype, target.read_bytes()
        return 404, "text/plain", b"not found"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def index_server():
    server = IndexServer()
    yield server
    server.close()


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """An empty gpufix data dir for this test; the tables' caches forget any earlier update."""
    from gpufix.knowledge import tables

    d = tmp_path / "gpufix-data"
    monkeypatch.setenv("GPUFIX_DATA_DIR", str(d))
    tables.clear_caches()
    yield d
    monkeypatch.undo()
    tables.clear_caches()
