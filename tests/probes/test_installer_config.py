"""pip and conda configuration, read from files in a fake HOME / prefix (pip and conda never run)."""
from __future__ import annotations

import json

import pytest

from gpufix.facts import FactBase
from gpufix.probes import installer_config as ic
from gpufix.probes.base import ProbeContext

# The most common Chinese pip.conf, as published in many guides, e.g.
# https://github.com/apiv1/apiv1.github.io (Mirrors/Python镜像源.md) and want-u/MyNoteBook (PythonNote/pip国内源.md)
TUNA_CONF = """[global]
index-url = https://pypi.tuna.tsinghua.edu.cn/simple
[install]
trusted-host = https://pypi.tuna.tsinghua.edu.cn
"""
# CarolineCheng233/foolish_daily (pip.md): ~/.config/pip/pip.conf with douban
DOUBAN_CONF = """[global]
index-url = http://pypi.douban.com/simple/
trusted-host = pypi.douban.com
"""


def facts(ctx: ProbeContext) -> FactBase:
    fb = FactBase()
    fb.extend(ic.parse(ic.collect(ctx)))
    return fb


def _ctx(tmp_path, env=None, python=None, platform="linux") -> ProbeContext:
    base = {"HOME": str(tmp_path / "home"), "PATH": "/usr/bin", "XDG_CONFIG_DIRS": str(tmp_path / "xdg")}
    base.update(env or {})
    return ProbeContext(python=python or str(tmp_path / "env" / "bin" / "python"), env=base, platform=platform)


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _only_fake_files(fb: FactBase, tmp_path) -> list[str]:
    # /etc/pip.conf of the machine running the tests may exist; look only at ours
    return [p for p in fb.value("pip.config_files") if p.startswith(str(tmp_path))]


def test_default_is_pypi(tmp_path):
    fb = facts(_ctx(tmp_path))
    if not any(p.startswith("/etc") for p in fb.value("pip.config_files")):
        assert fb.value("pip.index_url") == "https://pypi.org/simple"
        assert fb.status("pip.mirror") == "absent"


def test_tuna_in_legacy_user_file(tmp_path):
    _write(tmp_path / "home" / ".pip" / "pip.conf", TUNA_CONF)
    fb = facts(_ctx(tmp_path))
    assert fb.value("pip.index_url") == "https://pypi.tuna.tsinghua.edu.cn/simple"
    assert fb.value("pip.mirror") == "tuna"
    assert str(tmp_path / "home" / ".pip" / "pip.conf") in _only_fake_files(fb, tmp_path)


def test_site_file_beats_user_file_and_env_beats_both(tmp_path):
    _write(tmp_path / "home" / ".config" / "pip" / "pip.conf", DOUBAN_CONF)
    _write(tmp_path / "env" / "pip.conf", "[global]\nindex-url = https://mirrors.aliyun.com/pypi/simple/\n")
    fb = facts(_ctx(tmp_path))
    assert fb.value("pip.mirror") == "aliyun"  # <prefix>/pip.conf loads after the user file
    fb = facts(_ctx(tmp_path, env={"PIP_INDEX_URL": "https://mirrors.ustc.edu.cn/pypi/simple"}))
    assert fb.value("pip.mirror") == "ustc"
    assert "$PIP_INDEX_URL" in fb.get("pip.index_url").evidence


def test_install_section_overrides_global(tmp_path):
    _write(tmp_path / "home" / ".config" / "pip" / "pip.conf",
           "[global]\nindex-url = https://pypi.org/simple\n[install]\nindex-url = https://repo.huaweicloud.com/repository/pypi/simple\n"
           "extra-index-url =\n    https://download.pytorch.org/whl/cu121\n    https://mirrors.nju.edu.cn/pytorch/whl/cu121\n")
    fb = facts(_ctx(tmp_path))
    assert fb.value("pip.mirror") == "huawei"
    assert fb.value("pip.extra_index_urls") == ["https://download.pytorch.org/whl/cu121",
                                                 "https://mirrors.nju.edu.cn/pytorch/whl/cu121"]


def test_windows_locations(tmp_path):
    ctx = ProbeContext(python=r"C:\Users\u\miniconda3\envs\t\python.exe", platform="win32",
                       env={"USERPROFILE": r"C:\Users\u", "APPDATA": r"C:\Users\u\AppData\Roaming",
                            "ProgramData": r"C:\ProgramData"})
    paths = [p for _, p in ic.pip_config_paths(ctx, "C:/Users/u/miniconda3/envs/t")]
    assert all(p.endswith("pip.ini") for p in paths)
    assert any(p.startswith(r"C:\Users\u\AppData\Roaming") for p in paths)
    assert any(p.startswith(r"C:\ProgramData") for p in paths)
    assert "C:/Users/u/miniconda3/envs/t" in paths[-1]  # the env's own pip.ini loads last
    assert ic.target_prefix("C:/Users/u/miniconda3/envs/t/python.exe") == "C:/Users/u/miniconda3/envs/t"
    assert ic.target_prefix("C:/Users/u/venv/Scripts/python.exe") == "C:/Users/u/venv"
    assert ic.target_prefix("/tmp/dev/bin/python") == "/tmp/dev"


def test_broken_pip_conf_does_not_break_the_probe(tmp_path):
    _write(tmp_path / "home" / ".pip" / "pip.conf", "index-url = no section header\n[[[")
    fb = facts(_ctx(tmp_path))
    assert fb.status("pip.index_url") == "ok"


@pytest.mark.parametrize("url,name", [
    ("https://pypi.tuna.tsinghua.edu.cn/simple", "tuna"),
    ("http://mirrors.aliyun.com/pypi/simple/", "aliyun"),
    ("https://mirrors.aliyun.com/pytorch-wheels/cu121", "aliyun"),
    ("https://pypi.mirrors.ustc.edu.cn/simple/", "ustc"),
    ("http://pypi.douban.com/simple", "douban"),
    ("https://mirrors.cloud.tencent.com/pypi/simple", "tencent"),
    ("https://repo.huaweicloud.com/repository/pypi/simple", "huawei"),
    ("https://mirror.sjtu.edu.cn/pytorch-wheels/cu121", "sjtu"),
    ("https://mirrors.bfsu.edu.cn/pypi/web/simple", "bfsu"),
    ("https://pypi.org/simple", None),
    ("https://download.pytorch.org/whl/cu121", None),
    ("not a url", None),
])
def test_mirror_names(url, name):
    assert ic.mirror_name(url) == name


# conda-meta file names: pytorch-1.3.0-py3.7_cuda10.1.243_cudnn7.6.3_0 is the conda row in
# https://github.com/pytorch/pytorch/issues/28321; pytorch=1.9.0=py3.8_cpu_0 is the CPU build named in
# https://github.com/pytorch/pytorch/issues/69202
def test_conda_meta_scan(tmp_path):
    meta = tmp_path / "env" / "conda-meta"
    meta.mkdir(parents=True)
    for name in ("pytorch-1.9.0-py3.8_cpu_0.json", "cpuonly-2.0-0.json", "python-3.8.12-h12debd9_0.json",
                 "zlib-1.2.11-h7f8727e_4.json", "history"):
        (meta / name).write_text("{}", encoding="utf-8")
    _write(tmp_path / "home" / ".condarc", "channels:\n  - pytorch\n  - defaults  # fallback\n")
    fb = facts(_ctx(tmp_path, env={"CONDA_PREFIX": str(tmp_path / "env"), "CONDA_DEFAULT_ENV": "torch19"}))
    assert fb.value("conda.cpuonly") is True
    assert fb.value("conda.pytorch_build") == "py3.8_cpu_0"
    assert fb.value("conda.env") == "torch19"
    assert fb.value("conda.channels") == ["pytorch", "defaults"]
    raw = json.loads(ic.collect(_ctx(tmp_path))[ic.CONDA_FILE])
    assert "zlib-1.2.11-h7f8727e_4.json" not in raw["conda_meta"]  # only what the facts need


def test_conda_cuda_build_and_no_conda(tmp_path):
    meta = tmp_path / "env" / "conda-meta"
    meta.mkdir(parents=True)
    (meta / "pytorch-1.3.0-py3.7_cuda10.1.243_cudnn7.6.3_0.json").write_text("{}", encoding="utf-8")
    fb = facts(_ctx(tmp_path))
    assert fb.value("conda.cpuonly") is False
    assert fb.value("conda.pytorch_build") == "py3.7_cuda10.1.243_cudnn7.6.3_0"
    fb = facts(_ctx(tmp_path, python=str(tmp_path / "venv" / "bin" / "python")))
    assert fb.status("conda.pytorch_build") == "absent"


def test_condarc_flow_list():
    assert ic.read_condarc_channels("channels: [conda-forge, 'nvidia']\n") == ["conda-forge", "nvidia"]
    assert ic.read_condarc_channels("show_channel_urls: true\n") is None


def test_split_conda_meta_name():
    assert ic.split_conda_meta_name("pytorch-cuda-11.8-h7e8668a_5.json") == ("pytorch-cuda", "11.8", "h7e8668a_5")
    assert ic.split_conda_meta_name("history") is None
