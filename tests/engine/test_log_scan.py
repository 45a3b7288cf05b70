"""The log scanner: one streaming pass, line semantics, bad input as one-line errors."""
from __future__ import annotations

import codecs
import io
import sys
import tracemalloc

import pytest

from gpufix.engine import log_scan
from gpufix.engine.log_scan import BLOCK, MAX_LINE, scan_log_path, scan_log_text
from gpufix.pipeline import InputError

RULE = """
id: scan
title: T
severity: error
kind: setup
signatures:
  too_old: 'driver on your system is too old \\(found version (?P<found>\\d+)\\)$'
  oom: 'CUDA out of memory\\. Tried to allocate (?P<size>[\\d.]+ [GM]iB)'
  winerr: '(?i)\\[winerror 126\\]'
  digits: '^\\d{3}-\\d{4}$'
when:
  any: [{signature: too_old}, {signature: oom}, {signature: winerr}, {signature: digits}]
diagnosis: D
"""
TOO_OLD = "RuntimeError: The NVIDIA driver on your system is too old (found version 11040)"
OOM = "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0)"


@pytest.fixture
def rules(rules_dir):
    rules_dir.add("scan", RULE)
    return rules_dir.load()


def hits(scan) -> dict:
    return {name: (h.line_no, h.groups) for name, h in scan.hits.get("scan", {}).items()}


def test_hits_groups_and_first_matching_line(rules, tmp_path):
    path = tmp_path / "log.txt"
    path.write_text(f"start\n{OOM}\nmiddle\n{TOO_OLD}\n{OOM.replace('20.00', '99.00')}\n", encoding="utf-8")
    scan = scan_log_path(str(path), rules)
    assert hits(scan) == {"oom": (2, {"size": "20.00 MiB"}), "too_old": (4, {"found": "11040"})}
    summary = scan.summary()
    assert summary["given"] and summary["source"] == str(path)
    assert summary["lines"] == 5 and summary["bytes"] == path.stat().st_size
    assert summary["signatures_matched"] == ["scan:oom", "scan:too_old"]
    names = {f.name for f in scan.facts}
    assert {"log.present", "log.text"} <= names and all(f.origin == "log" for f in scan.facts)


def test_crlf_and_lone_cr(rules, tmp_path):
    path = tmp_path / "log.txt"
    # `$` in too_old must match before \r\n; a lone \r (progress bar redraw) also ends a line.
    path.write_bytes(b"pip download 10%\r 50%\r 100%\r\n" + TOO_OLD.encode() + b"\r\n" +
                     b"progress 1/3\r123-4567\rmore\r\n")
    scan = scan_log_path(str(path), rules)
    assert hits(scan) == {"too_old": (2, {"found": "11040"}), "digits": (3, {})}
    assert scan.hits["scan"]["too_old"].line == TOO_OLD


def test_case_insensitive_signature(rules):
    scan = scan_log_text('OSError: [WINERROR 126] The specified module could not be found.', rules)
    assert "winerr" in hits(scan)


def test_huge_line_is_cut_and_the_next_lines_still_count(rules, tmp_path):
    path = tmp_path / "log.txt"
    visible = "x" * 100 + TOO_OLD[:-1]  # no `$` match: the line goes on
    with open(path, "w", encoding="utf-8") as f:
        f.write("first\n")
        f.write(OOM + " " + "y" * (3 * BLOCK))  # 3 MiB on one line: only the start is seen
        f.write(" " + TOO_OLD + "\n")  # beyond MAX_LINE on the same line: not seen
        f.write(visible + "\n")
        f.write("123-4567\n")
    scan = scan_log_path(str(path), rules)
    assert hits(scan) == {"oom": (2, {"size": "20.00 MiB"}), "digits": (4, {})}
    assert scan.long_lines == 1 and scan.lines == 4


def test_match_straddling_a_block_boundary(rules, tmp_path):
    path = tmp_path / "log.txt"
    filler_line = "a" * 99 + "\n"
    n = BLOCK // len(filler_line)
    pad = BLOCK - n * len(filler_line) - 10  # the hit line starts 10 bytes before the boundary
    path.write_text(filler_line * n + "b" * pad + "\n" + TOO_OLD + "\n", encoding="utf-8")
    scan = scan_log_path(str(path), rules)
    assert hits(scan) == {"too_old": (n + 2, {"found": "11040"})}


def test_binary_file_is_one_line_error(rules, tmp_path):
    path = tmp_path / "model.bin"
    path.write_bytes(bytes(range(256)) * 100)
    with pytest.raises(InputError) as e:
        scan_log_path(str(path), rules)
    assert "binary" in str(e.value) and "\n" not in str(e.value)


def test_garbage_after_text_is_read_with_replacement(rules, tmp_path):
    path = tmp_path / "log.txt"
    path.write_bytes(b"x" * 9000 + b"\n\xff\xfe\x00\x01garbage\x80\n" + TOO_OLD.encode() + b"\n")
    scan = scan_log_path(str(path), rules)
    assert hits(scan) == {"too_old": (3, {"found": "11040"})}
    assert "\ufffd" in scan.excerpt


def test_empty_file(rules, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    scan = scan_log_path(str(path), rules)
    assert scan.bytes == 0 and scan.lines == 0 and scan.hits == {}
    assert scan.summary()["signatures_matched"] == []


@pytest.mark.parametrize("make, message", [
    (lambda p: p, "no such file"),
    (lambda p: (p.mkdir(), p)[1], "is a directory"),
])
def test_missing_or_directory_is_one_line_error(rules, tmp_path, make, message):
    path = make(tmp_path / "thing")
    with pytest.raises(InputError, match=message) as e:
        scan_log_path(str(path), rules)
    assert "\n" not in str(e.value)


def test_unreadable_file(rules, tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root can read anything")
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    with pytest.raises(InputError, match="cannot read"):
        scan_log_path(str(path), rules)


def test_stdin(rules, monkeypatch):
    fake = io.TextIOWrapper(io.BytesIO(f"hello\n{OOM}\n".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    scan = scan_log_path("-", rules)
    assert scan.source == "stdin" and hits(scan) == {"oom": (2, {"size": "20.00 MiB"})}


def test_utf16_log_from_powershell(rules, tmp_path):
    path = tmp_path / "err.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + f"训练开始\r\n{TOO_OLD}\r\n".encode("utf-16-le"))
    scan = scan_log_path(str(path), rules)
    assert hits(scan) == {"too_old": (2, {"found": "11040"})}
    assert scan.excerpt.startswith("训练开始")


def test_excerpt_is_bounded_and_keeps_head_and_tail(rules, tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "w", encoding="utf-8") as f:
        f.write("HEAD LINE\n")
        for i in range(60000):
            f.write(f"epoch {i} loss 0.{i:05d} and some more text to fill the line\n")
        f.write("TAIL LINE\n")
    scan = scan_log_path(str(path), rules)
    text = scan.excerpt
    assert not scan.complete
    assert text.startswith("HEAD LINE\n") and text.endswith("TAIL LINE\n")
    assert "bytes of the log omitted" in text
    assert len(text.encode()) <= log_scan.HEAD + log_scan.TAIL + 100
    log_text = next(f for f in scan.facts if f.name == "log.text")
    assert log_text.value == text


def test_memory_does_not_grow_with_the_log(rules, tmp_path):
    line = (OOM.replace("CUDA", "cuda") + " step {i}\n")

    def peak(mb: int) -> int:
        path = tmp_path / f"{mb}.txt"
        with open(path, "w", encoding="utf-8") as f:
            chunk = "".join(line.format(i=i) for i in range(10000))
            for _ in range(mb * 1024 * 1024 // len(chunk) + 1):
                f.write(chunk)
        tracemalloc.start()
        scan_log_path(str(path), rules, extract=False)
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    small, big = peak(2), peak(8)
    assert big < small * 1.3, (small, big)
    assert big < 16 * 1024 * 1024


def test_fact_extraction_from_a_collect_env_report(rules):
    text = ("PyTorch version: 2.4.1+cu121\nIs debug build: False\nCUDA used to build PyTorch: 12.1\n"
            "OS: Ubuntu 22.04.4 LTS (x86_64)\nPython version: 3.10.14 (main, Mar 21 2024) [GCC 11.2.0] (64-bit runtime)\n"
            "Is CUDA available: False\nNvidia driver version: 470.86\n")
    scan = scan_log_text(text, rules)
    values = {f.name: f.value for f in scan.facts}
    if scan.extraction.startswith("unavailable"):
        pytest.skip(scan.extraction)
    assert values.get("torch.version_full") == "2.4.1+cu121"
    assert values.get("driver.version") == "470.86"
    assert scan.summary()["facts_extracted"] >= 3


def test_fact_extraction_failure_costs_only_those_facts(rules, monkeypatch):
    import gpufix.probes.pasted as pasted

    def broken(text):
        raise ValueError("parser bug")

    monkeypatch.setattr(pasted, "extract_facts_from_text", broken)
    scan = scan_log_text(OOM, rules)
    assert scan.extraction == "failed: ValueError: parser bug"
    assert hits(scan) == {"oom": (1, {"size": "20.00 MiB"})}
    assert {f.name for f in scan.facts} == {"log.present", "log.text"}


def test_max_line_constant_is_generous():
    assert MAX_LINE >= 4096
