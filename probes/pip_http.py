"""HTTP through the user's pip settings: the knowledge update and the index check read package indexes.

pip's index, proxy and CA bundle are read the way pip reads them (the installer-config probe's
file list: global -> user -> site -> $PIP_CONFIG_FILE; [global] then [install]; PIP_* variables
win), so gpufix asks the index the user's pip asks, through the same proxy. Without a pip proxy,
urllib's own rules apply (http_proxy / https_proxy / no_proxy).
"""
from __future__ import annotations

import configparser
import os
import ssl
import sys
import urllib.error
import urllib.request
from dataclasses import field
from typing import Mapping

from gpufix.probes.base import ProbeContext
from gpufix.probes.installer_config import PYPI_INDEX, pip_config_paths
from gpufix.records import record

USER_AGENT = "gpufix-knowledge (+https://github.com/gpufix)"
MAX_BYTES = 16 * 1024 * 1024  # a simple page of torch on PyPI is ~0.5 MB; refuse runaway bodies


class FetchError(Exception):
    """One request failed; the message is one line for the user."""


@record(frozen=True)
class PipSettings:
    index_url: str = PYPI_INDEX
    extra_index_urls: tuple[str, ...] = ()
    proxy: str | None = None
    cert: str | None = None
    where: dict[str, str] = field(default_factory=dict)  # setting -> the file or variable it came from


def pip_settings(env: Mapping[str, str] | None = None, prefix: str | None = None) -> PipSettings:
    """index-url, extra-index-url, proxy and cert as pip would use them for `pip install`."""
    env = dict(os.environ if env is None else env)
    values: dict[str, str] = {}
    where: dict[str, str] = {}
    ctx = ProbeContext(env=env)
    for _kind, path in pip_config_paths(ctx, prefix if prefix is not None else sys.prefix):
        cp = configparser.RawConfigParser(strict=False, interpolation=None)
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                cp.read_string(f.read(65536))
        except (OSError, configparser.Error):
            continue
        for section in ("global", "install"):
            if cp.has_section(section):
                for key, value in cp.items(section):
                    k = key.replace("_", "-").lower()
                    if k in ("index-url", "extra-index-url", "proxy", "cert"):
                        values[k], where[k] = value.strip(), f"{path} [{section}]"
    for k in ("index-url", "extra-index-url", "proxy", "cert"):
        var = "PIP_" + k.upper().replace("-", "_")
        if env.get(var):
            values[k], where[k] = env[var].strip(), f"${var}"
    return PipSettings(index_url=values.get("index-url") or PYPI_INDEX,
                       extra_index_urls=tuple(values.get("extra-index-url", "").split()),
                       proxy=values.get("proxy") or None, cert=values.get("cert") or None, where=where)


@record
class Response:
    url: str
    status: int
    content_type: str
    body: bytes


class Fetcher:
    """GET with pip's proxy and CA bundle, a timeout, a size limit and a log of what was read."""

    def __init__(self, settings: PipSettings, timeout: float = 15.0) -> None:
        handlers: list[urllib.request.BaseHandler] = []
        if settings.proxy:
            proxy = settings.proxy if "://" in settings.proxy else f"http://{settings.proxy}"
            handlers.append(urllib.request.ProxyHandler({"http": proxy, "https": proxy}))
        if settings.cert and os.path.isfile(settings.cert):
            handlers.append(urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=settings.cert)))
        self._opener = urllib.request.build_opener(*handlers)
        self.timeout = timeout
        self.read: list[str] = []  # URLs answered with 200, in order (the update's sources)

    def get(self, url: str, accept: str = "*/*") -> Response:
        req = urllib.request.Request(url, headers={"Accept": accept, "User-Agent": USER_AGENT})
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:
                body = resp.read(MAX_BYTES + 1)
                if len(body) > MAX_BYTES:
                    raise FetchError(f"{url}: more than {MAX_BYTES // (1024 * 1024)} MB")
                self.read.append(url)
                return Response(resp.geturl(), resp.status, resp.headers.get("Content-Type", ""), body)
        except urllib.error.HTTPError as e:
            raise FetchError(f"{url}: HTTP {e.code} {e.reason}") from e
        except urllib.error.URLError as e:
            raise FetchError(f"{url}: {e.reason}") from e
        except (OSError, ValueError) as e:  # timeouts, resets, malformed URLs
            raise FetchError(f"{url}: {type(e).__name__}: {e}") from e
