"""Tests live beside what they test: tests/ mirrors the package layout (tests/README.md).

The convention, checked here for every test module:

1. It sits in tests/<package>/, where <package> is one of gpufix's subpackages (engine,
   probes, knowledge, verify, remedy, fleet, tui), ``core`` for the modules of src/gpufix itself
   (cli, facts, fact_catalog, pipeline, areas, reports, commands, gpufix.core...), or
   ``rules`` for the shipped rule set (data, tested through the engine, the knowledge base
   or the CLI, so its tests may import anything). Only tests of the repository as a whole
   (architecture, the checkout guard, ARCHITECTURE.md's conventions, packaging, README, this
   layout) sit in tests/ itself.
2. Its folder is a package it imports at module level (imports inside a test are helpers,
   not its subject): a test in tests/probes/ imports gpufix.probes, one in tests/core/ a
   module of src/gpufix. The modules every test builds data with (gpufix.facts, errors,
   diagnosis) and the CLI entry point (gpufix.cli) count only when nothing else is imported,
   so a probe test that builds facts is not a core test.
3. A module that imports no gpufix module, or only gpufix.cli, drives a command or a script
   as a user does; its folder is the feature it exercises, and its docstring says which.
"""
from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
SUBPACKAGES = ("engine", "probes", "knowledge", "verify", "remedy", "fleet", "tui")
FOLDERS = {*SUBPACKAGES, "core", "rules"}
REPOSITORY_WIDE = {"test_architecture.py", "test_checkout_guard.py", "test_conventions.py", "test_packaging.py",
                   "test_readme.py", "test_layout.py"}
BUILDERS = {"gpufix.facts", "gpufix.errors", "gpufix.diagnosis", "gpufix.cli"}
NOT_TESTS = {"fixtures", "data", "__snapshots__", "__pycache__"}


def package_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in SUBPACKAGES else "core"


def imported_modules(tree: ast.Module) -> set[str]:
    """gpufix modules imported at module level (``from gpufix import pipeline`` -> gpufix.pipeline)."""
    out: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module \
                and node.module.split(".")[0] == "gpufix":
            for alias in node.names:
                # `from gpufix import pipeline` and `from gpufix.probes import nvml` name modules
                shallow = node.module == "gpufix" or node.module.count(".") == 1 \
                    and node.module.split(".")[1] in SUBPACKAGES
                out.add(f"{node.module}.{alias.name}" if shallow else node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.split(".")[0] == "gpufix")
    return out


def subjects(path: Path) -> set[str]:
    """The packages a test module imports, data builders aside; empty for a command-line test."""
    modules = imported_modules(ast.parse(path.read_text(encoding="utf-8")))
    real = {m for m in modules if not m.startswith(tuple(BUILDERS))}
    if not real:
        real = {m for m in modules if m != "gpufix.cli" and not m.startswith("gpufix.cli.")}
    return {package_of(m) for m in real}


def all_test_modules() -> list[Path]:
    return sorted(p for p in TESTS.rglob("test_*.py") if not NOT_TESTS & set(p.relative_to(TESTS).parts))


def test_every_test_module_sits_beside_what_it_tests():
    problems = []
    for path in all_test_modules():
        rel = path.relative_to(TESTS)
        if len(rel.parts) == 1:
            if rel.name not in REPOSITORY_WIDE:
                problems.append(f"tests/{rel}: only repository-wide tests sit in tests/ itself; "
                                f"move it to tests/<package>/")
            continue
        folder = rel.parts[0]
        if folder not in FOLDERS or len(rel.parts) != 2:
            problems.append(f"tests/{rel}: test folders are tests/<package>/ ({', '.join(sorted(FOLDERS))})")
            continue
        if folder == "rules":
            continue
        found = subjects(path)
        if found and folder not in found:
            problems.append(f"tests/{rel}: imports nothing of gpufix.{folder} but {', '.join(sorted(found))}; "
                            f"move it to tests/{sorted(found)[0]}/")
        if not found:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            if not (ast.get_docstring(tree) or "").strip():
                problems.append(f"tests/{rel}: a command-line test says in its docstring what it drives")
    assert not problems, "\n".join(problems)


def test_every_subpackage_has_its_test_folder():
    for name in (*SUBPACKAGES, "core", "rules"):
        assert any((TESTS / name).glob("test_*.py")), f"tests/{name}/ has no tests"


def test_the_rule_catches_a_misplaced_module(tmp_path):
    # The checker itself: facts are data, the packages are subjects; a command-line test is free.
    probe_test = tmp_path / "test_x.py"
    probe_test.write_text("from gpufix.facts import ok\nfrom gpufix.probes import nvcc, nvml\n"
                          "from gpufix.engine.api import diagnose\n\ndef helper():\n"
                          "    from gpufix.tui.app import make_app\n")
    assert subjects(probe_test) == {"probes", "engine"}
    cli_test = tmp_path / "test_y.py"
    cli_test.write_text('"""`gpufix verify` end to end."""\nfrom gpufix.cli import main\n')
    assert subjects(cli_test) == set()
    facts_test = tmp_path / "test_z.py"
    facts_test.write_text("from gpufix.facts import FactBase\n")
    assert subjects(facts_test) == {"core"}
