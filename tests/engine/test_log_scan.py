"""The log scanner: one streaming pass, line semantics, bad input as one-line errors."""
from __future__ import annotations

import codecs
import functools
import io
import random
import sys
import tracemalloc
from pathlib import Path

import pytest

from gpufix.engine import log_scan, signatures
from gpufix.engine.log_scan import BLOCK, MAX_LINE, scan_log_path, scan_log_text
from gpufix.errors import InputError

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
area: gpu
status: test
falsepositives: [none known]
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


@pytest.mark.slow  # exhaustive (seconds): the whole suite and CI run it, the inner loop does not
def test_memory_does_not_grow_with_the_log(rules, tmp_path):
    line = (OOM.replace("CUDA", "cuda") + " step {i}\n")

    def peak(mb: int) -> int:
        path = tmp_path / f"{mb}.txt"
        with open(path, "w", encoding="utf-8") as f:
            chunk = "".join(line.format(i=i) for i in range(10000))
            for _ in range(mb * 1024 * 1024 // len(chunk) + 1):
                f.write(chunk)
        tracemalloc.start()
        scan_log_path(str(path), rules)
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    small, big = peak(2), peak(8)
    assert big < small * 1.3, (small, big)
    assert big < 16 * 1024 * 1024


def test_the_engine_states_only_the_log_itself(rules):
    """Facts stated inside the text are read by gpufix.core (tests/core/test_inputs.py)."""
    scan = scan_log_text("Nvidia driver version: 470.86\n" + OOM, rules)
    assert {f.name for f in scan.facts} == {"log.present", "log.text"}
    assert scan.extraction == "not run"


def test_max_line_constant_is_generous():
    assert MAX_LINE >= 4096


# --- the automaton and the bytes.find fallback: same hits, and the same as trying every line ---

FIXTURE_LOGS = sorted(Path(__file__).resolve().parents[1].glob("fixtures/*/log.txt"))


@functools.lru_cache(maxsize=1)
def installed_rule_set():
    """The installed rules that pass lint (other rules may be mid-edit; their regexes still count)."""
    from gpufix.engine.loader import RuleSet, check_files, check_set, rule_files

    rules, errors, _ = check_files(rule_files())
    bad = {e.split(":", 1)[0] for e in errors}
    rules = [r for r in rules if r.path not in bad]
    return RuleSet(tuple(rules), check_set(rules, []))


def reference_hits(data: bytes, plan) -> dict:
    """What the scanner must find, the slow obvious way: every regex on every visible line."""
    out: dict = {}
    for line_no, raw in enumerate(data.split(b"\n"), start=1):
        for segment in raw.split(b"\r"):
            if not segment:
                continue
            line = segment[:MAX_LINE].decode("utf-8", "replace")
            for sig in plan.signatures:
                if sig.pattern not in out:
                    m = sig.regex.search(line)
                    if m:
                        out[sig.pattern] = (line_no, {k: v for k, v in m.groupdict().items() if v is not None})
    return out


def both_ways(path, rules, monkeypatch) -> tuple:
    pytest.importorskip("ahocorasick")
    fast = scan_log_path(str(path), rules)
    with monkeypatch.context() as m:
        m.setattr(signatures, "ahocorasick", None)  # as if pyahocorasick were not installed
        slow = scan_log_path(str(path), rules)
    return fast, slow


def found(scan) -> dict:
    return {p: (h.line_no, h.groups) for p, h in scan.pattern_hits.items()}


def assert_same(fast, slow, data: bytes, plan) -> None:
    assert {p: (h.line_no, h.line, h.groups) for p, h in fast.pattern_hits.items()} == \
        {p: (h.line_no, h.line, h.groups) for p, h in slow.pattern_hits.items()}
    assert (fast.lines, fast.long_lines, fast.bytes) == (slow.lines, slow.long_lines, slow.bytes)
    assert found(fast) == reference_hits(data, plan)


def test_automaton_and_fallback_agree_on_the_fixture_logs(monkeypatch, tmp_path):
    from gpufix.engine.api import scan_plan

    assert FIXTURE_LOGS
    rules = installed_rule_set()
    plan = scan_plan(rules)
    matched = 0
    for log in FIXTURE_LOGS:
        fast, slow = both_ways(log, rules, monkeypatch)
        assert_same(fast, slow, log.read_bytes(), plan)
        matched += len(fast.pattern_hits)
    assert matched >= len(FIXTURE_LOGS) // 2  # the fixtures are error reports: most hold a signature


def _mangle(line: str, rnd: random.Random) -> bytes:
    """A real error line as logs garble it."""
    how = rnd.randrange(9)
    if how == 1:
        line = line.upper()  # matches only (?i) signatures
    elif how == 2:
        line = line.replace("i", "\u0130").replace("s", "\u017f").replace("k", "\u212a")  # (?i) folds these
    elif how == 3:
        # Pushed to the end of the visible part or past it. (Short words with colons: some
        # regexes backtrack quadratically on one long word, and the reference tries them all.)
        line = "x: " * (rnd.choice([MAX_LINE - 40, MAX_LINE - 5, MAX_LINE + 3]) // 3) + line
    raw = line.encode("utf-8")
    if how == 4:
        cut = rnd.randrange(len(raw) + 1)
        raw = raw[:cut] + b"\xff\xc3(" + raw[cut:]  # undecodable bytes inside the line
    elif how == 5:
        raw = b"downloading 10%\r 99%\r" + raw  # progress redraws before it on the same line
    ending = rnd.choice([b"\n", b"\r\n", b"\r", b"\n"])
    return raw + ending


def _generated_log(rnd: random.Random, real_lines: list[str], size: int) -> bytes:
    filler = [b"Epoch 3/100: loss=0.1234 acc=0.9 lr=1e-4", "训练进度 50%，设备 cuda:0".encode(),
              b"Requirement already satisfied: numpy in ./venv/lib/python3.10/site-packages (1.26.4)",
              b"  File \"/usr/lib/python3/dist-packages/torch/__init__.py\", line 12, in <module>",
              b"", b"torch.cuda.is_available() = True", b"\xe2\x94\x82 0 NVIDIA GeForce \xe2\x94\x82"]
    out = bytearray()
    while len(out) < size:
        r = rnd.random()
        if r < 0.15:
            out += _mangle(rnd.choice(real_lines), rnd)
        elif r < 0.16:
            out += b"y: " * rnd.choice([MAX_LINE // 3 + 1, MAX_LINE, 3000]) + rnd.choice([b"\n", b" tail\r\n"])
        else:
            out += rnd.choice(filler) + rnd.choice([b"\n", b"\r\n"])
    return bytes(out)


@functools.lru_cache(maxsize=1)
def _signature_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The fixture log lines that hit a signature on their own."""
    from gpufix import linear_re
    from gpufix.engine.api import scan_plan

    # One set match a line (the scanner's own per-line matcher), not a scan of each line on its own.
    matcher = linear_re.PatternSet([s.pattern for s in scan_plan(installed_rule_set()).signatures])
    return tuple(line for line in lines if matcher.which(line))


@pytest.mark.slow  # exhaustive (seconds): the whole suite and CI run it, the inner loop does not
@pytest.mark.parametrize("seed", range(8))
def test_automaton_and_fallback_agree_on_generated_logs(monkeypatch, tmp_path, seed):
    from gpufix.engine.api import scan_plan

    rules = installed_rule_set()
    plan = scan_plan(rules)
    real_lines = [line for log in FIXTURE_LOGS for line in log.read_text("utf-8", "replace").splitlines()
                  if line.strip()]
    rnd = random.Random(seed)
    # The lines that hold a signature count twice in the pool: a generated log then holds several
    # signatures whatever fixtures of prose or package lists (lines without one) are added.
    data = _generated_log(rnd, list(_signature_lines(tuple(real_lines))) + real_lines, 200_000)
    path = tmp_path / "log.txt"
    path.write_bytes(data)
    # Small blocks and automaton pieces: many lines and texts straddle a boundary.
    monkeypatch.setattr(log_scan, "BLOCK", rnd.choice([4096, 5000, 9973]))
    monkeypatch.setattr(log_scan, "AUTOMATON_PIECE", rnd.choice([1000, 777, 4096]))
    fast, slow = both_ways(path, rules, monkeypatch)
    assert_same(fast, slow, data, plan)
    # Not vacuous: the log exercises several unanchored patterns (how many depends on the fixture logs drawn).
    assert len(fast.pattern_hits) >= 2


def test_hits_straddling_real_block_and_piece_boundaries(rules, monkeypatch, tmp_path):
    # Default sizes: the hit lines cross the 1 MiB block boundary and a 256 KiB automaton piece.
    filler = b"a" * 99 + b"\n"
    at = OOM.index("CUDA out of memory")
    data = bytearray(filler * (log_scan.AUTOMATON_PIECE // 100))
    data = data[: log_scan.AUTOMATON_PIECE - at - 5 - 1] + b"\n"
    oom_line = data.count(b"\n") + 1
    data += OOM.encode() + b"\n"  # its literal starts 5 bytes before the piece boundary
    data += filler * ((BLOCK - len(data)) // 100)
    data += b"b" * (BLOCK - len(data) - 30) + b"\n"
    data += TOO_OLD.encode() + b"\r\n"  # starts 30 bytes before the first block ends
    path = tmp_path / "log.txt"
    path.write_bytes(bytes(data))
    from gpufix.engine.api import scan_plan

    fast, slow = both_ways(path, rules, monkeypatch)
    assert_same(fast, slow, bytes(data), scan_plan(rules))
    assert hits(fast) == {"oom": (oom_line, {"size": "20.00 MiB"}),
                          "too_old": (data.count(b"\n"), {"found": "11040"})}


FOLD_RULE = """
id: fold
title: T
severity: error
kind: setup
signatures:
  kernel: '(?i)no kernel image is available'
  version: '(?i)driver version: (?P<v>\\d+)'
  exact: 'Kernel Image'
when:
  any: [{signature: kernel}, {signature: version}, {signature: exact}]
diagnosis: D
area: gpu
status: test
falsepositives: [none known]
"""


@pytest.mark.parametrize("text, expected", [
    ("NO KERNEL IMAGE IS AVAILABLE", {"kernel"}),
    ("no \u212aernel image is available", {"kernel"}),  # Kelvin sign: (?i) matches it (Unicode simple folding)
    # Turkish dotted/dotless I are not simple case variants of i: RE2 (linear_re) does not fold them
    ("no kernel \u0130mage \u0131s available", set()),
    ("Driver Ver\u017fion: 535", {"version"}),  # long s
    ("kernel image", set()),  # case-sensitive 'Kernel Image' does not match other cases
    ("Kernel Image", {"exact"}),
])
def test_case_insensitive_signatures_see_every_case_variant(rules_dir, monkeypatch, tmp_path, text, expected):
    rules_dir.add("fold", FOLD_RULE)
    rules = rules_dir.load()
    path = tmp_path / "log.txt"
    path.write_bytes(("x" * 50 + "\n").encode() * 30 + text.encode() + b"\n")
    fast, slow = both_ways(path, rules, monkeypatch)
    assert set(fast.hits.get("fold", {})) == expected
    from gpufix.engine.api import scan_plan

    assert_same(fast, slow, path.read_bytes(), scan_plan(rules))


def test_automaton_keys_share_few_first_bytes():
    from gpufix.engine.api import scan_plan

    plan = scan_plan(installed_rule_set())
    texts = [t.lower() for t, _ic in signatures.searched_texts(plan.signatures, fold=False)]
    offsets = signatures.key_offsets(texts)
    for text, at in offsets.items():
        assert len(text) - at >= min(signatures.MIN_KEY, len(text))
    firsts = {t[at] for t, at in offsets.items()}
    assert len(firsts) * 2 < len({t[0] for t in texts})  # what makes the automaton fast


def test_key_offsets_drop_a_first_byte_the_greedy_cover_made_redundant():
    # greedy picks z first (in the most texts), yet j, k and q alone cover all six
    texts = [b"kzkzvj", b"zqxvzq", b"qqzvkz", b"jjzjqq", b"zkjqzx", b"kkvjvz"]
    offsets = signatures.key_offsets(texts)
    assert {t[at] for t, at in offsets.items()} == set(b"jkq")
    assert all(len(t) - at >= signatures.MIN_KEY for t, at in offsets.items())


def test_scan_text_for_finds_literal_signatures_without_the_automaton(rules, monkeypatch):
    from gpufix.engine.api import scan_plan

    sigs = scan_plan(rules).signatures
    monkeypatch.setattr(signatures, "ahocorasick", None)
    assert {h.line_no for h in log_scan.scan_text_for(f"x\n{TOO_OLD}\n", sigs).values()} == {2}


def test_the_automaton_is_used_when_pyahocorasick_is_installed(rules):
    pytest.importorskip("ahocorasick")
    from gpufix.engine.api import scan_plan

    scanner = log_scan._Scanner(scan_plan(rules))
    assert scanner.use_automaton and scanner.automaton is not None
    assert scanner.lowered  # the rule has a (?i) signature: the automaton reads the lowered block
