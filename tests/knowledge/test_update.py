"""`gpufix knowledge update` against a real local HTTP server serving recorded index pages."""
from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from gpufix.cli import main
from gpufix.knowledge import dating, overlay, tables, update
from gpufix.probes import index_pages
from gpufix.probes.pip_http import Fetcher, PipSettings, pip_settings

from .conftest import INDEX_DATA

FACTS = ["--no-probe", "--fact", "os.name=linux", "--fact", "os.arch=x86_64", "--fact", "gpu.count=0",
         "--fact", "python.version=3.12.3", "--fact", "python.executable=/x/python"]


@pytest.fixture
def pip_conf(tmp_path, monkeypatch, index_server):
    """pip configured the way a user behind a proxy has it: index-url on a host only the proxy knows."""
    for var in ("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_PROXY", "PIP_CERT"):
        monkeypatch.delenv(var, raising=False)
    conf = tmp_path / "pip.conf"
    conf.write_text(f"[global]\nindex-url = http://pypi.test/simple\nproxy = 127.0.0.1:{index_server.port}\n")
    monkeypatch.setenv("PIP_CONFIG_FILE", str(conf))
    return conf


def test_pip_settings_read_index_and_proxy_like_pip(pip_conf, index_server, monkeypatch):
    s = pip_settings()
    assert (s.index_url, s.proxy) == ("http://pypi.test/simple", f"127.0.0.1:{index_server.port}")
    assert s.where["proxy"].startswith(str(pip_conf))
    monkeypatch.setenv("PIP_INDEX_URL", "http://other.test/simple")
    assert pip_settings().index_url == "http://other.test/simple"  # the environment wins, as in pip


def test_update_through_the_configured_proxy_and_the_next_run_uses_it(pip_conf, index_server, data_dir, capsys):
    before = len(index_server.proxied)
    assert main(["knowledge", "update", "--pytorch-index", "http://pytorch.test/whl"]) == 0
    line = capsys.readouterr().out.strip()
    today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    assert line.startswith(f"knowledge updated as of {today}") and "newest torch 2.15.0" in line
    # every page came through the proxy configured in pip.conf
    proxied = index_server.proxied[before:]
    assert "http://pypi.test/simple/torch/" in proxied and "http://pytorch.test/whl/torch/" in proxied
    doc = json.loads(overlay.path().read_text())
    assert doc["schema"] == overlay.SCHEMA and doc["as_of"] == today
    assert "http://pypi.test/pypi/torch/json" in doc["sources"]
    [row] = [r for r in doc["releases"] if r["release"] == "2.15"]
    # from the wheels' tags and the JSON API's Requires-Dist (cuda-toolkit==13.2.2)
    assert row["python"] == {"min": "3.11", "max": "3.15", "experimental": ["3.14t", "3.15t"]}
    assert (row["pypi_linux"], row["release_date"]) == ("cu132", "2026-10-28")
    assert row["patches"][0]["torchvision"] == "0.29.2" and row["patches"][0]["uncertain"]
    assert doc["torchaudio"] == {"newest": "2.11.1", "date": "2026-10-28", "requires_torch": ">=2.11"}

    # the next run: the update takes precedence and every answer says where its knowledge is from
    assert tables.release_for("2.15.0").origin == "update"
    assert main(["recommend", *FACTS, "--json"]) == 0
    k = json.loads(capsys.readouterr().out)["knowledge"]
    assert (k["as_of"], k["origin"], k["shipped_as_of"]) == (today, "update", "2026-12-03")
    assert "http://pypi.test/simple/torch/" in k["sources"]
    assert main(["knowledge"]) == 0
    assert "(updated from the package indexes;" in capsys.readouterr().out


def test_offline_keeps_the_shipped_tables_and_says_why_in_one_line(data_dir, capsys, monkeypatch):
    for var in ("PIP_PROXY", "http_proxy", "HTTP_PROXY"):
        monkeypatch.delenv(var, raising=False)
    # port 9 (discard) on 127.0.0.1: nothing listens, the connection is refused at once
    args = ["knowledge", "update", "--index-url", "http://127.0.0.1:9/simple", "--pytorch-index",
            "http://127.0.0.1:9/whl", "--timeout", "2"]
    assert main(args) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("gpufix: could not read torch from the package indexes (")
    assert out[0].endswith("gpufix keeps its tables as of 2026-12-03")
    assert not overlay.path().exists() and dating.info()["origin"] == "shipped"


def test_an_unreadable_update_file_is_ignored_with_its_reason(data_dir):
    overlay.path().parent.mkdir(parents=True)
    overlay.path().write_text('{"schema": "gpufix-knowledge-update/1", "as_of": "2027-01-01", '
                              '"releases": [{"release": "2.16", "patches": [{"torch": "__import__"}]}]}')
    tables.clear_caches()
    d = dating.info()
    assert d["origin"] == "shipped" and "a malformed release row" in d["note"]
    assert tables.stable_releases()[0].newest_patch.torch == "2.15.0"


def test_a_release_only_the_update_knows_is_recommended(data_dir):
    overlay.path().parent.mkdir(parents=True)
    # a unit check of the merge (the shape `gpufix knowledge update` writes), not a recording
    overlay.path().write_text(json.dumps({
        "schema": overlay.SCHEMA, "as_of": "2027-02-01", "sources": ["http://pypi.test/simple/torch/"],
        "releases": [{"release": "2.16", "status": "stable", "python": {"min": "3.11", "max": "3.15"},
                      "pypi_linux": "cu132", "patches": [{"torch": "2.16.0", "torchvision": "0.30.0"}]}]}))
    tables.clear_caches()
    rel = tables.release_for("2.16.0")
    assert (rel.origin, rel.numpy_abi_major, rel.install) == ("update", 2, "index-url")
    from gpufix.knowledge import machine, recommendation
    from gpufix.knowledge.recommend import recommend

    from .conftest import facts
    rec = recommend(machine.read(facts(os__name="linux", os__arch="x86_64", gpu__count=0, python__version="3.12.1")))
    assert (rec.torch, rec.torchvision, rec.knowledge["as_of"]) == ("2.16.0", "0.30.0", "2027-02-01")
    assert recommendation  # the public entry point reads the same tables


def test_pep691_and_pep503_pages_list_the_same_files():
    base = INDEX_DATA / "pypi" / "simple" / "torch"
    js = index_pages.parse_simple((base / "index.json").read_bytes(), index_pages.PEP691, "https://pypi.org/simple/torch/")
    html = index_pages.parse_simple((base / "index.html").read_bytes(), "text/html", "https://pypi.org/simple/torch/")
    assert {f.filename for f in js} == {f.filename for f in html} and len(js) > 90
    assert all(f.upload_time for f in js)  # PEP 700 upload-time in API 1.1


def test_pytorch_index_pages_give_variants_per_platform():
    page = (INDEX_DATA / "pytorch" / "whl" / "torch" / "index.html").read_bytes()
    files = index_pages.parse_simple(page, "text/html", "https://download.pytorch.org/whl/torch/")
    got = update._Read(pytorch={"torch": files})
    v = update._versions(got, "torch")
    assert v["2.4.1"].variants == {"linux_x86_64": {"cpu"}, "windows_x86_64": {"cpu"}}
    assert v["2.5.1"].variants == {"linux_x86_64": {"cu124"}, "windows_x86_64": {"cu124"}}
    assert files[0].url == "https://download.pytorch.org/whl/cpu/torch-2.4.1%2Bcpu-cp310-cp310-linux_x86_64.whl"


@pytest.mark.parametrize("name, cuda", [("torch-2.14.0", "cu130"), ("torch-2.13.0", "cu130")])
def test_the_pypi_wheels_cuda_from_its_metadata(name, cuda):
    reqs = index_pages.requires_dist((INDEX_DATA / "metadata" / f"{name}.metadata").read_bytes())
    assert index_pages.cuda_of_requirements(reqs) == cuda
    assert index_pages.cuda_of_requirements(["nvidia-cuda-runtime-cu12==12.4.127; platform_system == 'Linux'"]) == "cu124"


def test_torchvision_pairs_through_its_requires_dist():
    reqs = index_pages.requires_dist((INDEX_DATA / "metadata" / "torchvision-0.28.0.metadata").read_bytes())
    assert index_pages.pinned(index_pages.requirement_on(reqs, "torch")) == "2.13.0"
    assert index_pages.pinned(index_pages.requirement_on(["torch>=2.14.0"], "torch")) is None


def test_fetcher_reports_http_errors_as_one_line(index_server):
    f = Fetcher(PipSettings(), timeout=5)
    with pytest.raises(update.FetchError, match=r"HTTP 404"):
        f.get(index_server.url("pypi", "simple/no-such-package/"))


@pytest.mark.parametrize("env, platform, expected", [
    ({"HOME": "/home/ana"}, "linux", "/home/ana/.local/share/gpufix"),
    ({"HOME": "/home/ana", "XDG_DATA_HOME": "/data"}, "linux", "/data/gpufix"),
    ({"HOME": "/home/ana", "XDG_DATA_HOME": "rel"}, "linux", "/home/ana/.local/share/gpufix"),  # XDG: relative is invalid
    ({"HOME": "/Users/ana"}, "darwin", "/Users/ana/Library/Application Support/gpufix"),
    ({"USERPROFILE": "C:/Users/ana", "LOCALAPPDATA": "C:/Users/ana/AppData/Local"}, "win32",
     "C:/Users/ana/AppData/Local/gpufix"),
    ({"HOME": "/home/ana", "GPUFIX_DATA_DIR": "/srv/gpufix"}, "linux", "/srv/gpufix"),
])
def test_the_update_lives_where_platformdirs_would_put_it(env, platform, expected):
    from gpufix.knowledge import overlay

    assert overlay.data_dir(env, platform) == Path(expected)
