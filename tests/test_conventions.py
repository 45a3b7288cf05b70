"""Conventions from ARCHITECTURE.md's recipes that no other test checks, and the check that
every test ARCHITECTURE.md names exists (so the recipes cannot point at tests that are gone).

One test per convention, each listing all offenders (Sigma's tests/test_rules.py style).
"""
from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "probes"
SCREENS = ROOT / "tui" / "screens"
WIDGETS = ROOT / "tui" / "widgets"

# probes/ modules that are machinery, not probes, with the reason they are.
PROBE_MACHINERY = {
    "__init__": "package marker",
    "base": "Probe, ProbeContext, the runner protocol",
    "runner": "runs probes concurrently with timeouts; replays recordings",
    "registry": "the list of probes",
    "redact": "credential redaction shared by the environment and config probes",
    "pasted": "facts from pasted text (the log reader), not a probe of this machine",
    "prose": "facts stated in prose and partial pastes (the log reader), not a probe of this machine",
    "rocm_text": "AMD GPU facts from pasted text (the log reader), not a probe of this machine",
    "jetson_text": "a Jetson's L4T/JetPack release and an l4t image's tag from pasted text (the log reader)",
    "env_paths": "which Python pip belongs to and which one runs the program, from a paste's paths (the log reader)",
    "prestart": "starts the torch subprocess before gpufix's own modules load",
    "processes": "child processes in their own group, killed as a group; the --python version handshake",
    "pip_http": "HTTP through pip's index, proxy and CA settings (index-check probe, knowledge update)",
    "index_pages": "pure readers of package-index pages (PEP 691/503, JSON API, wheel names, metadata)",
}

# What screens and widgets may not import: work belongs in the core and the fix service.
BUSINESS = ("gpufix.engine", "gpufix.knowledge", "gpufix.core.pipeline", "gpufix.core.logs",
            "gpufix.core.verification", "gpufix.verify.runner", "gpufix.remedy.execute",
            "gpufix.remedy.snapshot", "subprocess")
# probes' plain data types are fine (a widget lists ProbeResults); collectors are not.
BUSINESS_PROBES_ALLOWED = ("gpufix.probes.runner.ProbeResult", "gpufix.probes.base")


def _imports(path: Path) -> list[tuple[str, str]]:
    """(module, name) for every import in a file; name is '' for `import x`."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.extend((a.name, "") for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.extend((node.module, a.name) for a in node.names)
    return out


def test_architecture_md_names_only_tests_that_exist():
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    refs = set(re.findall(r"`(tests/[\w/]+\.py)(?:::(\w+))?`", text))
    assert len(refs) >= 15, "ARCHITECTURE.md's recipes should name the tests that enforce them"
    missing = []
    for path, name in sorted(refs):
        file = ROOT / path
        if not file.is_file():
            missing.append(f"{path}: no such file")
        elif name and not re.search(rf"^(async )?def {name}\(", file.read_text(encoding="utf-8"), re.M):
            missing.append(f"{path}::{name}: no such test")
    assert not missing, "ARCHITECTURE.md names tests that do not exist:\n" + "\n".join(missing)


def test_every_probe_module_is_registered_with_a_parser():
    from gpufix.probes.registry import ALL_PROBES, ONLINE_PROBES

    registered = {p.collect.__module__ for p in ALL_PROBES + ONLINE_PROBES}
    problems = []
    for path in sorted(PROBES.glob("*.py")):
        stem = path.stem
        if stem in PROBE_MACHINERY:
            continue
        module = importlib.import_module(f"gpufix.probes.{stem}")
        probe = getattr(module, "PROBE", None)
        if probe is None:
            problems.append(f"probes/{stem}.py: no PROBE (a probe module defines one; machinery is "
                            f"listed in PROBE_MACHINERY with its reason)")
            continue
        if module.__name__ not in registered:
            problems.append(f"probes/{stem}.py: PROBE is not in probes/registry.py's ALL_PROBES")
        if not any(name.startswith("parse") and callable(getattr(module, name)) for name in vars(module)):
            problems.append(f"probes/{stem}.py: no pure parser (a parse_* function)")
        if not probe.files:
            problems.append(f"probes/{stem}.py: PROBE declares no recorded files")
        if not probe.facts:
            problems.append(f"probes/{stem}.py: PROBE declares no facts (a failure could not mark them unknown)")
    assert not problems, "\n".join(problems)


def _screen_modules() -> list[Path]:
    return [p for p in sorted(SCREENS.glob("*.py")) if p.stem != "__init__"]


def test_every_screen_has_its_own_stylesheet():
    problems = []
    for path in _screen_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = [n for n in tree.body if isinstance(n, ast.ClassDef)
                   and any("Screen" in ast.unparse(b) for b in n.bases)]
        if len(classes) != 1:
            problems.append(f"tui/screens/{path.name}: {len(classes)} screen classes (one per module)")
            continue
        css = [n.value.value for n in classes[0].body if isinstance(n, ast.Assign)
               and any(getattr(t, "id", "") == "CSS_PATH" for t in n.targets) and isinstance(n.value, ast.Constant)]
        if css != [f"{path.stem}.tcss"]:
            problems.append(f"tui/screens/{path.name}: CSS_PATH should be {path.stem}.tcss, is {css}")
        elif not (SCREENS / f"{path.stem}.tcss").is_file():
            problems.append(f"tui/screens/{path.stem}.tcss: missing")
    assert not problems, "\n".join(problems)


def test_screens_and_widgets_hold_no_business_logic():
    problems = []
    for path in _screen_modules() + [p for p in sorted(WIDGETS.glob("*.py")) if p.stem != "__init__"]:
        for module, name in _imports(path):
            full = f"{module}.{name}" if name else module
            if any(full == allowed or full.startswith(allowed + ".") or module == allowed
                   for allowed in BUSINESS_PROBES_ALLOWED):
                continue
            if module.startswith("gpufix.probes") or any(module == b or module.startswith(b + ".") for b in BUSINESS):
                problems.append(f"{path.relative_to(ROOT)}: imports {full} (reach it through tui/services.py)")
    assert not problems, "\n".join(problems)


def test_the_business_logic_check_can_fail(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from gpufix.engine.api import evaluate\nimport subprocess\n", encoding="utf-8")
    found = [m for m, _ in _imports(bad) if any(m == b or m.startswith(b + ".") for b in BUSINESS)]
    assert found == ["gpufix.engine.api", "subprocess"]


def test_every_interface_string_has_english_and_chinese():
    from gpufix.ui_strings import _TEXT, LANGS  # noqa: PLC2701 - the table itself is what is checked

    problems = [f"{key}: missing {lang}" for key, texts in _TEXT.items() for lang in LANGS
                if not (texts.get(lang) or "").strip()]
    # The same {placeholders} in every language, or one of them prints a raw brace or fails.
    for key, texts in _TEXT.items():
        fields = {lang: sorted(re.findall(r"\{(\w+)", texts.get(lang, ""))) for lang in LANGS}
        if len({tuple(v) for v in fields.values()}) > 1:
            problems.append(f"{key}: placeholders differ between languages: {fields}")
    assert not problems, "\n".join(problems)


def test_every_screen_is_driven_by_a_test():
    tests_text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests" / "tui").glob("test_*.py"))
    problems = []
    for path in _screen_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and any("Screen" in ast.unparse(b) for b in node.bases):
                if not re.search(rf"\b{node.name}\b", tests_text):
                    problems.append(f"tui/screens/{path.name}: {node.name} is named by no test in tests/tui/")
    assert not problems, "\n".join(problems)
