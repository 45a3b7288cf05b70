"""The layers hold: import-linter's contracts (pyproject.toml), no import cycles, and every
import made inside a function says why it is lazy.

The checks read this checkout's sources, not whatever is installed: the package is laid out
afresh in a temporary directory from pyproject's package-dir mapping (the top-level engine/,
probes/, tui/ and rules/ folders become gpufix.engine, ...), and import-linter and grimp run
on that copy in a subprocess. So they work with any install mode, editable or not.
"""
from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAZY = "lazy:"

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = pytest.importorskip("tomli")


def package_dirs() -> dict[str, Path]:
    """pyproject's package-dir: dotted package -> its folder in this checkout."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return {name: ROOT / folder for name, folder in config["tool"]["setuptools"]["package-dir"].items()}


def lay_out(target: Path) -> Path:
    """This checkout's gpufix as one plain package tree under `target` (Python files only)."""
    dirs = package_dirs()
    for name, folder in sorted(dirs.items(), key=lambda kv: kv[0].count(".")):
        dest = target.joinpath(*name.split("."))
        shutil.copytree(folder, dest, dirs_exist_ok=True,
                        ignore=lambda d, names: [n for n in names if n == "__pycache__" or (
                            not n.endswith(".py") and not (Path(d) / n).is_dir())])
    return target


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return lay_out(tmp_path_factory.mktemp("layout"))


def run_python(tree: Path, code: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


def lint_imports(tree: Path) -> subprocess.CompletedProcess:
    """import-linter with this checkout's pyproject.toml, on the package laid out in `tree`."""
    pytest.importorskip("importlinter", reason="pip install -e '.[test]' installs import-linter")
    config = str(ROOT / "pyproject.toml")
    return run_python(tree, "import sys; from importlinter.cli import lint_imports; "
                            f"sys.exit(lint_imports(config_filename={config!r}, no_cache=True, no_logo=True))")


def test_the_layer_contracts_hold(tree: Path):
    proc = lint_imports(tree)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "0 broken" in proc.stdout


def test_an_upward_import_breaks_the_contracts(tmp_path: Path):
    """The contracts can fail: the engine importing the CLI, even inside a function, is caught."""
    bad = lay_out(tmp_path / "bad")
    (bad / "gpufix" / "engine" / "upward.py").write_text(textwrap.dedent("""
        def f():
            from gpufix.cli import main  # lazy: a deliberate violation
            return main
    """), encoding="utf-8")
    (bad / "gpufix" / "probes" / "gui.py").write_text("import textual\n", encoding="utf-8")
    proc = lint_imports(bad)
    assert proc.returncode != 0
    assert "gpufix.engine.upward -> gpufix.cli" in proc.stdout, proc.stdout[-3000:]
    assert "gpufix.probes.gui -> textual" in proc.stdout, proc.stdout[-3000:]


CYCLES = textwrap.dedent("""
    import sys
    import grimp

    graph = grimp.build_graph("gpufix", exclude_type_checking_imports=True)
    index, low, stack, on_stack, cycles = {}, {}, [], set(), []
    sys.setrecursionlimit(10000)

    def visit(v):  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.find_modules_directly_imported_by(v):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                part.append(w)
                if w == v:
                    break
            if len(part) > 1:
                cycles.append(sorted(part))

    for m in sorted(graph.modules):
        if m not in index:
            visit(m)
    spread = {"gpufix.cli", "gpufix.core.pipeline", "gpufix.engine.api", "gpufix.probes.runner", "gpufix.tui.app"}
    print(len(graph.modules), "modules", "missing:", sorted(spread - graph.modules))
    for c in cycles:
        print("cycle:", " <-> ".join(c))
    sys.exit(1 if cycles else 0)
""")


def test_no_import_cycles_counting_imports_inside_functions(tree: Path):
    pytest.importorskip("grimp", reason="import-linter installs grimp")
    proc = run_python(tree, CYCLES)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-2000:]
    # The whole package was read (every top-level folder), not a part of it.
    assert int(proc.stdout.split()[0]) > 80 and "missing: []" in proc.stdout, proc.stdout


def test_a_cycle_is_found(tmp_path: Path):
    pytest.importorskip("grimp", reason="import-linter installs grimp")
    bad = lay_out(tmp_path / "bad")
    (bad / "gpufix" / "errors.py").write_text(
        (bad / "gpufix" / "errors.py").read_text(encoding="utf-8")
        + "\n\ndef f():\n    import gpufix.facts  # lazy: a deliberate cycle\n", encoding="utf-8")
    (bad / "gpufix" / "facts.py").write_text(
        (bad / "gpufix" / "facts.py").read_text(encoding="utf-8") + "\nimport gpufix.errors\n", encoding="utf-8")
    proc = run_python(bad, CYCLES)
    assert proc.returncode == 1 and "cycle: gpufix.errors <-> gpufix.facts" in proc.stdout, proc.stdout


# --- imports inside functions ---------------------------------------------------------------

def _imports_gpufix(node: ast.stmt) -> bool:
    if isinstance(node, ast.Import):
        return any(a.name == "gpufix" or a.name.startswith("gpufix.") for a in node.names)
    if isinstance(node, ast.ImportFrom):
        return node.level > 0 or (node.module or "").split(".")[0] == "gpufix"
    return False


def lazy_imports_without_reason(source: str) -> list[int]:
    """Lines of function-level gpufix imports with no `# lazy: reason` on the import or on the
    comment lines right above its group of consecutive imports."""
    lines = source.splitlines()
    bad: list[int] = []

    def check_body(body: list[ast.stmt]) -> None:
        group: list[ast.stmt] = []
        prev_end = 0
        for i, stmt in enumerate(body + [None]):  # type: ignore[list-item]
            is_import = isinstance(stmt, (ast.Import, ast.ImportFrom))
            if is_import:
                if not group:
                    group_start_after = prev_end
                group.append(stmt)
                continue
            if group:
                first = group[0].lineno
                above = lines[group_start_after:first - 1]
                comments = [ln for ln in above if ln.strip().startswith("#")]
                span = lines[first - 1:group[-1].end_lineno or group[-1].lineno]
                reason = any(LAZY in ln for ln in comments + span)
                bad.extend(s.lineno for s in group if _imports_gpufix(s) and not reason)
                group = []
            if stmt is not None:
                prev_end = stmt.end_lineno or stmt.lineno

    for fn in ast.walk(ast.parse(source)):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(fn):
                for field in ("body", "orelse", "finalbody", "handlers"):
                    block = getattr(node, field, None)
                    if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
                        check_body(block)
                if isinstance(node, ast.Try):
                    for h in node.handlers:
                        check_body(h.body)
    return sorted(set(bad))


def source_files() -> list[Path]:
    out = []
    for name, folder in package_dirs().items():
        if name.count(".") > 1 or name == "gpufix.rules":
            continue  # nested packages are walked from their parent; rules/ holds data
        out += [p for p in folder.rglob("*.py") if "scripts" not in p.relative_to(folder).parts]
    return sorted(set(out))


def test_every_import_inside_a_function_says_why_it_is_lazy():
    """Imports inside functions only where they keep start-up fast, each with its reason
    (`# lazy: ...` on the line or right above the group). Scripts run in the target
    interpreter (probes/scripts, verify/scripts) are not part of the package's import graph."""
    files = source_files()
    assert len(files) > 80
    offenders = []
    for path in files:
        for line in lazy_imports_without_reason(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(ROOT)}:{line}")
    assert not offenders, "imports inside functions without a `# lazy: reason` comment:\n" + "\n".join(offenders)


def test_the_lazy_import_check_can_fail():
    src = textwrap.dedent("""
        def a():
            from gpufix.facts import ok
            return ok

        def b():
            # lazy: a reason
            from gpufix.facts import ok
            import json
            return ok

        def c():
            x = 1
            from gpufix import facts  # lazy: on the line
            import gpufix.errors
            return x
    """)
    assert lazy_imports_without_reason(src) == [3]
