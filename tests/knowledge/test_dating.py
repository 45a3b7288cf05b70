"""Dated answers: the tables' date in every answer, and what is newer than the tables."""
from __future__ import annotations

import json

from gpufix.cli import main
from gpufix.knowledge import dating, machine, recommendation


def test_info_states_the_shipped_date_and_sources():
    d = dating.info()
    assert (d["as_of"], d["origin"], d["newest_torch"]) == ("2026-12-03", "shipped", "2.15.0")
    assert d["sources"][0] == dating.SHIPPED_SOURCE and "https://pypi.org/pypi/torch/json" in d["sources"]
    assert d["tables"]["cuda_drivers.yaml"] == "2026-09"
    assert dating.line(d).startswith("Knowledge as of 2026-12-03 (shipped with gpufix; newest torch known: 2.15.0)")


def _beyond(mk, **kw) -> list[str]:
    return dating.beyond_tables(machine.read(mk(**kw)))


def test_nothing_is_newer_on_a_current_machine(mk):
    assert _beyond(mk, os__name="linux", torch__version_full="2.15.0+cu132", driver__version="580.65.06",
                   torchvision__version="0.29.2", torchaudio__version="2.11.1") == []


def test_a_newer_cuda_torch_is_reasoned_from_its_version_and_the_driver_rule(mk):
    [line] = _beyond(mk, os__name="linux", torch__version_full="2.16.0+cu132", driver__version="590.44.01")
    assert "torch 2.16.0+cu132 is newer than gpufix's tables (as of 2026-12-03; newest known 2.15.0)" in line
    assert "built with CUDA 13.2" in line and "driver >= 580" in line and "590.44.01 meets that" in line
    [old_driver] = _beyond(mk, os__name="linux", torch__version_full="2.16.0+cu132", driver__version="570.124.04")
    assert "570.124.04 does not meet that" in old_driver


def test_a_newer_cpu_torch_and_newer_companions(mk):
    lines = _beyond(mk, os__name="linux", torch__version_full="2.16.0+cpu", torchvision__version="0.30.0",
                    torchaudio__version="2.12.0")
    assert "CPU-only build" in lines[0]
    assert lines[1].startswith("torchvision 0.30.0 is newer") and "Requires-Dist" in lines[1]
    assert lines[2].startswith("torchaudio 2.12.0 is newer")


def test_a_newer_driver_and_an_unknown_cuda_major(mk):
    lines = _beyond(mk, os__name="linux", driver__version="620.10.02", driver__cuda="13.6", nvcc__version="14.0.20")
    assert any(x.startswith("nvcc 14.0.20 is newer") and "major the tables do not know" in x for x in lines)
    assert any(x.startswith("the driver's CUDA 13.6 is newer") and "driver >= 580" in x for x in lines)
    assert any(x.startswith("Driver 620.10.02 is newer than the newest driver branch") and "CUDA 13.6" in x
               for x in lines)


def test_recommendation_does_not_call_its_release_the_newest_past_the_tables(mk):
    rec = recommendation(mk(os__name="linux", os__arch="x86_64", python__version="3.12.3", gpu__count=0,
                            torch__version_full="2.16.0+cpu", python__executable="/x/python"))
    assert rec.torch == "2.15.0" and rec.knowledge["as_of"] == "2026-12-03"
    assert any("not a reason to downgrade" in n for n in rec.notes)
    assert any("newer than gpufix's tables" in n for n in rec.beyond_tables)


def test_recommend_json_and_text_carry_the_date(capsys):
    args = ["recommend", "--no-probe", "--fact", "os.name=linux", "--fact", "os.arch=x86_64", "--fact",
            "gpu.count=0", "--fact", "python.version=3.12.3", "--fact", "python.executable=/x/python"]
    assert main([*args, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["knowledge"]["as_of"] == "2026-12-03" and doc["knowledge"]["sources"]
    assert main(args) == 0
    assert "Knowledge as of 2026-12-03" in capsys.readouterr().out


def test_diagnosis_json_and_text_carry_the_date_and_what_is_newer(capsys):
    args = ["--no-probe", "--fact", "os.name=linux", "--fact", "torch.version_full=2.16.0+cu132",
            "--fact", "driver.version=590.44.01"]
    main([*args, "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert doc["knowledge"]["as_of"] == "2026-12-03" and doc["knowledge"]["origin"] == "shipped"
    assert "torch 2.16.0+cu132 is newer" in doc["knowledge"]["beyond_tables"][0]
    main(args)
    out = capsys.readouterr().out
    assert "  Knowledge as of 2026-12-03" in out and "    - torch 2.16.0+cu132 is newer" in out


def test_the_line_reads_in_chinese():
    d = dating.info()
    zh = dating.line(d, "zh")
    assert zh.startswith("版本知识截至 2026-12-03（随 gpufix 发布；已知最新 torch：2.15.0）")
    assert "Knowledge" not in zh and "`gpufix knowledge update`" in zh
