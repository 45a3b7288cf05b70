"""Where pip and conda install from, read from their config files (never by running them).

pip: environment variables win over config files, which load global -> user -> site
(the target environment's prefix) -> $PIP_CONFIG_FILE, later ones overriding earlier
ones; inside a file, ``[install]`` overrides ``[global]``. The default index is PyPI.
A PyPI mirror (tuna, aliyun...) only serves what PyPI has: on Windows that is a CPU-only
torch, which is why the mirror's name is a fact.

conda: channels from the .condarc files, the active env, and a scan of the target
prefix's ``conda-meta`` file *names* (``pytorch-2.1.0-py3.10_cuda12.1_cudnn8.9.2_0.json``,
``cpuonly-2.0-0.json``): cheaper than reading them, and `conda list` is never run.

Only the keys a diagnosis needs are recorded, with URL credentials redacted.
"""
from __future__ import annotations

import configparser
import glob
import json
import os
from typing import Any
from urllib.parse import urlsplit

from gpufix import linear_re as re  # linear time on text gpufix did not write
from gpufix.probes.base import loads_json
from gpufix.facts import Fact, absent, ok
from gpufix.probes.base import Probe, ProbeContext, Raw
from gpufix.probes.redact import redact

NAME = "installer-config"
PIP_FILE = "pip-config.json"
CONDA_FILE = "conda.json"

PYPI_INDEX = "https://pypi.org/simple"
PIP_KEYS = ("index-url", "extra-index-url", "find-links", "trusted-host", "no-index")
PIP_ENV = ("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "PIP_CONFIG_FILE", "PIP_NO_INDEX",
           "PIP_TRUSTED_HOST")
CONDA_PACKAGES = re.compile(r"^(pytorch|torch|cpuonly|pytorch-cuda|pytorch-gpu|pytorch-cpu|pytorch-mutex|libtorch"
                            r"|cudatoolkit|cuda-version|cuda-cudart|cuda-runtime|torchvision|torchaudio|numpy"
                            r"|python)$")

FACTS = ("pip.index_url", "pip.extra_index_urls", "pip.find_links", "pip.mirror", "pip.config_files",
         "conda.env", "conda.prefix", "conda.channels", "conda.cpuonly", "conda.pytorch_build")

# Host (suffix) -> mirror name. PyPI mirrors and pytorch-wheel mirrors common in China;
# see /work/shared/reference/install_channels.yaml (china_mirrors) for the wheel mirrors.
MIRRORS: tuple[tuple[str, str], ...] = (
    ("tuna.tsinghua.edu.cn", "tuna"),
    ("aliyun.com", "aliyun"), ("aliyuncs.com", "aliyun"),
    ("ustc.edu.cn", "ustc"),
    ("douban.com", "douban"), ("doubanio.com", "douban"),
    ("tencent.com", "tencent"), ("tencentyun.com", "tencent"),
    ("huaweicloud.com", "huawei"),
    ("sjtu.edu.cn", "sjtu"), ("sjtug.sjtu.edu.cn", "sjtu"),
    ("nju.edu.cn", "nju"),
    ("bfsu.edu.cn", "bfsu"),
    ("hust.edu.cn", "hust"),
    ("zju.edu.cn", "zju"),
    ("pku.edu.cn", "pku"),
    ("163.com", "netease"),
    ("baidu.com", "baidu"), ("baidubce.com", "baidu"),
    ("volces.com", "volcengine"),
    ("cernet.edu.cn", "cernet"),
    ("nyist.edu.cn", "nyist"),
)


def mirror_name(url: str) -> str | None:
    """The known mirror an index URL points at (None for PyPI, download.pytorch.org, unknown hosts)."""
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return None
    for suffix, name in MIRRORS:
        if host == suffix or host.endswith("." + suffix):
            return name
    return None


def _split_urls(value: str) -> list[str]:
    return [v for v in re.split(r"\s+", value.strip()) if v]


# --- pip ----------------------------------------------------------------------------------

def read_pip_conf(text: str) -> dict[str, dict[str, str]]:
    """The interesting keys of a pip.conf/pip.ini text, by section (pure; lenient)."""
    cp = configparser.RawConfigParser(strict=False, interpolation=None)
    try:
        cp.read_string(text)
    except configparser.Error:
        # pip itself refuses such a file; keep what a line scan finds so the user sees it
        return {}
    out: dict[str, dict[str, str]] = {}
    for section in cp.sections():
        for key, value in cp.items(section):
            k = key.replace("_", "-").lower()
            if k in PIP_KEYS:
                out.setdefault(section.lower(), {})[k] = redact(value.strip())
    return out


def parse_pip_config(text: str) -> list[Fact]:
    """pip.* facts from pip-config.json (pure)."""
    doc = loads_json(text)
    env = {k: redact(str(v)) for k, v in (doc.get("env") or {}).items() if k in PIP_ENV}
    files = [f for f in doc.get("files") or [] if isinstance(f, dict)]
    merged: dict[str, tuple[str, str]] = {}  # key -> (value, where)
    for f in files:  # already in pip's load order
        for section in ("global", "install"):
            for k, v in (f.get("values") or {}).get(section, {}).items():
                merged[k] = (redact(str(v)), f"{f.get('path')} [{section}]")
    facts: list[Fact] = []

    def pick(key: str, env_name: str) -> tuple[str, str] | None:
        if env.get(env_name):
            return env[env_name], f"${env_name}"
        return merged.get(key)

    index = pick("index-url", "PIP_INDEX_URL")
    if index:
        url, where = index
        facts.append(ok("pip.index_url", url, NAME, f"index-url = {url} ({where})"))
    else:
        url = PYPI_INDEX
        facts.append(ok("pip.index_url", url, NAME, "pip default (no index-url configured)"))
    mirror = mirror_name(url)
    if mirror:
        facts.append(ok("pip.mirror", mirror, NAME, url))
    else:
        facts.append(absent("pip.mirror", NAME, f"{url} is not a known mirror"))
    extra = pick("extra-index-url", "PIP_EXTRA_INDEX_URL")
    facts.append(ok("pip.extra_index_urls", _split_urls(extra[0]) if extra else [], NAME,
                    extra[1] if extra else ""))
    links = pick("find-links", "PIP_FIND_LINKS")
    facts.append(ok("pip.find_links", _split_urls(links[0]) if links else [], NAME, links[1] if links else ""))
    facts.append(ok("pip.config_files", [str(f.get("path")) for f in files], NAME))
    return facts


def pip_config_paths(ctx: ProbeContext, prefix: str) -> list[tuple[str, str]]:
    """(kind, path) of every pip config file pip would load, in pip's order."""
    env = ctx.env
    home = env.get("HOME") or env.get("USERPROFILE") or os.path.expanduser("~")
    out: list[tuple[str, str]] = []
    if ctx.platform == "win32":
        base = "pip.ini"
        program_data = env.get("ProgramData") or env.get("PROGRAMDATA") or r"C:\ProgramData"
        out.append(("global", os.path.join(program_data, "pip", base)))
        out.append(("user", os.path.join(home, "pip", base)))
        appdata = env.get("APPDATA")
        if appdata:
            out.append(("user", os.path.join(appdata, "pip", base)))
    elif ctx.platform == "darwin":
        base = "pip.conf"
        out.append(("global", "/Library/Application Support/pip/pip.conf"))
        out.append(("user", os.path.join(home, ".pip", base)))
        out.append(("user", os.path.join(home, "Library", "Application Support", "pip", base)))
        out.append(("user", os.path.join(home, ".config", "pip", base)))
    else:
        base = "pip.conf"
        xdg_dirs = (env.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(os.pathsep)
        out += [("global", os.path.join(d, "pip", base)) for d in xdg_dirs if d]
        out.append(("global", "/etc/pip.conf"))
        out.append(("user", os.path.join(home, ".pip", base)))
        xdg_home = env.get("XDG_CONFIG_HOME") or os.path.join(home, ".config")
        out.append(("user", os.path.join(xdg_home, "pip", base)))
    if prefix:
        out.append(("site", os.path.join(prefix, base)))
    if env.get("PIP_CONFIG_FILE") and env["PIP_CONFIG_FILE"] != os.devnull:
        out.append(("env", env["PIP_CONFIG_FILE"]))
    if env.get("PIP_CONFIG_FILE") and os.path.isfile(env["PIP_CONFIG_FILE"]):
        out = [o for o in out if o[0] != "user"]  # pip skips user files then
    return out


def _read(path: str, limit: int = 65536) -> str | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read(limit)
    except OSError:
        return None


def collect_pip(ctx: ProbeContext, prefix: str) -> dict[str, Any]:
    files = []
    seen = set()
    for kind, path in pip_config_paths(ctx, prefix):
        if path in seen:
            continue
        seen.add(path)
        text = _read(path)
        if text is None:
            continue
        files.append({"kind": kind, "path": path, "values": read_pip_conf(text)})
    env = {k: redact(ctx.env[k]) for k in PIP_ENV if ctx.env.get(k)}
    return {"env": env, "files": files}


# --- conda --------------------------------------------------------------------------------

def split_conda_meta_name(filename: str) -> tuple[str, str, str] | None:
    """'pytorch-2.1.0-py3.10_cuda12.1_cudnn8.9.2_0.json' -> ('pytorch', '2.1.0', 'py3.10_...')."""
    stem = filename[:-5] if filename.endswith(".json") else filename
    parts = stem.rsplit("-", 2)
    if len(parts) != 3 or not all(parts):
        return None
    return parts[0], parts[1], parts[2]


def read_condarc_channels(text: str) -> list[str] | None:
    """The `channels:` list of a .condarc (YAML block or flow list; pure)."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = re.match(r"^channels\s*:\s*(.*)$", line)
        if not m:
            continue
        rest = m.group(1).split("#", 1)[0].strip()
        if rest.startswith("["):
            return [redact(c.strip().strip("'\"")) for c in rest.strip("[]").split(",") if c.strip()]
        out = []
        for nxt in lines[i + 1:]:
            if not nxt.strip() or nxt.lstrip().startswith("#"):
                continue
            mm = re.match(r"^\s*-\s*(.+?)\s*(?:#.*)?$", nxt)
            if not mm:
                break
            out.append(redact(mm.group(1).strip("'\"")))
        return out
    return None


def parse_conda(text: str) -> list[Fact]:
    """conda.* facts from conda.json (pure)."""
    doc = loads_json(text)
    facts: list[Fact] = []
    env_name, prefix = doc.get("env_name"), doc.get("active_prefix")
    facts.append(ok("conda.env", env_name, NAME) if env_name else absent("conda.env", NAME, "no active conda env"))
    facts.append(ok("conda.prefix", prefix, NAME) if prefix else absent("conda.prefix", NAME, "CONDA_PREFIX not set"))
    channels: list[str] = []
    for rc in doc.get("condarc") or []:
        for c in rc.get("channels") or []:
            if c not in channels:
                channels.append(c)
    if doc.get("condarc"):
        facts.append(ok("conda.channels", channels, NAME, ", ".join(rc.get("path", "") for rc in doc["condarc"])))
    else:
        facts.append(absent("conda.channels", NAME, "no .condarc found"))
    meta = doc.get("conda_meta")
    if meta is None:
        reason = "the target environment is not a conda environment (no conda-meta)"
        facts += [absent("conda.cpuonly", NAME, reason), absent("conda.pytorch_build", NAME, reason)]
        return facts
    pkgs = {}
    for fname in meta:
        parts = split_conda_meta_name(str(fname))
        if parts:
            pkgs[parts[0]] = parts
    facts.append(ok("conda.cpuonly", "cpuonly" in pkgs, NAME,
                    "-".join(pkgs["cpuonly"]) if "cpuonly" in pkgs else "no cpuonly package in conda-meta"))
    if "pytorch" in pkgs:
        name, version, build = pkgs["pytorch"]
        facts.append(ok("conda.pytorch_build", build, NAME, f"{name}-{version}-{build}"))
    else:
        facts.append(absent("conda.pytorch_build", NAME, "no conda pytorch package (torch may come from pip)"))
    return facts


def condarc_paths(ctx: ProbeContext, conda_root: str | None) -> list[str]:
    env = ctx.env
    home = env.get("HOME") or env.get("USERPROFILE") or os.path.expanduser("~")
    paths = []
    if ctx.platform != "win32":
        paths += ["/etc/conda/.condarc", "/etc/conda/condarc", "/var/lib/conda/.condarc"]
    else:
        program_data = env.get("ProgramData") or env.get("PROGRAMDATA") or r"C:\ProgramData"
        paths += [os.path.join(program_data, "conda", ".condarc")]
    if conda_root:
        paths.append(os.path.join(conda_root, ".condarc"))
    xdg = env.get("XDG_CONFIG_HOME") or os.path.join(home, ".config")
    paths += [os.path.join(xdg, "conda", ".condarc"), os.path.join(home, ".conda", ".condarc"),
              os.path.join(home, ".condarc")]
    if env.get("CONDA_PREFIX"):
        paths.append(os.path.join(env["CONDA_PREFIX"], ".condarc"))
    if env.get("CONDARC"):
        paths.append(env["CONDARC"])
    return list(dict.fromkeys(paths))


def collect_conda(ctx: ProbeContext, prefix: str) -> dict[str, Any]:
    env = ctx.env
    conda_exe = env.get("CONDA_EXE") or env.get("MAMBA_EXE")
    conda_root = os.path.dirname(os.path.dirname(conda_exe)) if conda_exe else None
    doc: dict[str, Any] = {"env_name": env.get("CONDA_DEFAULT_ENV"), "active_prefix": env.get("CONDA_PREFIX")}
    rcs = []
    for path in condarc_paths(ctx, conda_root):
        text = _read(path)
        if text is not None:
            rcs.append({"path": path, "channels": read_condarc_channels(text) or []})
    doc["condarc"] = rcs
    meta_dir = os.path.join(prefix, "conda-meta") if prefix else ""
    if meta_dir and os.path.isdir(meta_dir):
        names = []
        for path in glob.glob(os.path.join(glob.escape(meta_dir), "*.json")):
            fname = os.path.basename(path)
            parts = split_conda_meta_name(fname)
            if parts and CONDA_PACKAGES.match(parts[0]):
                names.append(fname)
        doc["conda_meta"] = sorted(names)
        doc["conda_meta_dir"] = meta_dir
    return doc


# --- probe --------------------------------------------------------------------------------

def target_prefix(python: str) -> str:
    """sys.prefix of an interpreter, from its path alone (venv/conda/system layouts)."""
    d = os.path.dirname(python)  # already absolute (pipeline.make_context)
    if os.path.basename(d).lower() in ("bin", "scripts"):
        return os.path.dirname(d)
    return d  # Windows conda/python.org layouts keep python.exe in the prefix


def parse(raw: Raw) -> list[Fact]:
    if PIP_FILE not in raw and CONDA_FILE not in raw:
        raise ValueError("no pip-config.json or conda.json recorded")
    facts: list[Fact] = []
    if PIP_FILE in raw:
        facts += parse_pip_config(raw[PIP_FILE])
    if CONDA_FILE in raw:
        facts += parse_conda(raw[CONDA_FILE])
    return facts


def collect(ctx: ProbeContext) -> Raw:
    prefix = target_prefix(ctx.python)
    return {PIP_FILE: json.dumps(collect_pip(ctx, prefix), indent=2, sort_keys=True) + "\n",
            CONDA_FILE: json.dumps(collect_conda(ctx, prefix), indent=2, sort_keys=True) + "\n"}


PROBE = Probe(NAME, collect, parse, files=(PIP_FILE, CONDA_FILE), timeout=5.0, facts=FACTS, order=8)
