"""The project's import graph has no cycle, between packages or between modules.

Every import counts, wherever it is written (module top, inside a function, under
TYPE_CHECKING): a deferred import hides a cycle from the interpreter, not from the reader.
The packages are the ones pyproject.toml ships (plus benchmarks/), so a new package is
checked the moment it is declared.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def project_packages(root: Path) -> list[str]:
    conf = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    include = conf["tool"]["setuptools"]["packages"]["find"]["include"]
    return sorted({p.rstrip("*").rstrip(".") for p in include} | {"benchmarks"})


def module_files(root: Path, packages: list[str]) -> dict[str, Path]:
    mods = {}
    for pkg in packages:
        for f in sorted((root / pkg).rglob("*.py")):
            parts = list(f.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            mods[".".join(parts)] = f
    return mods


def _owner(name: str, mods: dict[str, Path]) -> str | None:
    """The project module an imported dotted name lives in (None: not ours)."""
    while name and name not in mods:
        name = name.rpartition(".")[0]
    return name or None


def _imported_names(mod: str, path: Path, mods: dict[str, Path]) -> set[str]:
    """Dotted names of what `mod` imports. `from pkg import sub` names the submodule when `sub` is
    one (the package's __init__ runs either way, as for `import pkg.sub`, and is not counted)."""
    package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([node.module] if node.module else []))
            for a in node.names:
                names.add(f"{base}.{a.name}" if f"{base}.{a.name}" in mods else base)
    return names


def import_graph(root: Path) -> dict[str, set[str]]:
    mods = module_files(root, project_packages(root))
    graph = {}
    for mod, path in mods.items():
        deps = {_owner(name, mods) for name in _imported_names(mod, path, mods)}
        graph[mod] = {d for d in deps if d and d != mod}
    return graph


def package_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for mod, deps in graph.items():
        top = mod.split(".")[0]
        out.setdefault(top, set()).update(d.split(".")[0] for d in deps if d.split(".")[0] != top)
    return out


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one node (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, it = work[-1]
            nxt = next(it, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph.get(nxt, ())))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w == node:
                        break
                if len(comp) > 1:
                    found.append(sorted(comp))
    return found


def test_no_import_cycle_between_modules():
    graph = import_graph(REPO)
    assert len(graph) > 80, "the project's modules were not found"
    assert cycles(graph) == []


def test_no_import_cycle_between_packages():
    packages = package_graph(import_graph(REPO))
    assert cycles(packages) == []
    # the layers: the gazetteer and the models below everything, the CLI above everything
    assert packages["gazetteer"] <= {"models"} and packages.get("fileio", set()) == set()
    assert packages["models"] == set()
    assert packages["fileio"] == set()
    assert not any("kepatuhan" in deps for pkg, deps in packages.items() if pkg not in ("kepatuhan", "benchmarks"))


@pytest.mark.parametrize(
    "late_import",
    [
        "from a.b import f",
        "import a.b",
        "from .b import f",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from a import b",
    ],
)
def test_the_check_finds_a_cycle_however_it_is_written(tmp_path, late_import):
    (tmp_path / "pyproject.toml").write_text('[tool.setuptools.packages.find]\ninclude = ["a*"]\n')
    (tmp_path / "benchmarks").mkdir()
    pkg = tmp_path / "a"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "b.py").write_text("from a.c import g\n\ndef f():\n    return g()\n")
    body = "\n".join("    " + ln for ln in late_import.splitlines())
    (pkg / "c.py").write_text(f"def g():\n{body}\n    return 1\n")
    assert cycles(import_graph(tmp_path)) == [["a.b", "a.c"]]


# Small modules with one job: the limits of issue 14, outside tests.
MAX_MODULE_LINES = 450
MAX_FUNCTION_LINES = 80
# The two generators of fixtures and of the demo mirror are scripts that tests load by file path
# (no package to split them into), a page template after another: over the module limit, while
# their functions keep to theirs. A database migration is one linear script: its upgrade() may
# be long.
LONG_MODULES = {"corpus/demo_sites/build.py", "corpus/fixtures/make_html_fixtures.py"}
LONG_FUNCTIONS = {"corpus/migrations/versions/0001_initial.py:upgrade"}


def oversize(root: Path, long_modules: set[str] = frozenset(), long_functions: set[str] = frozenset()) -> list[str]:
    """'path: N lines' for each module over the limit, 'path:name: N lines' for each function."""
    out = []
    for path in module_files(root, project_packages(root)).values():
        rel = path.relative_to(root).as_posix()
        src = path.read_text(encoding="utf-8")
        if src.count("\n") > MAX_MODULE_LINES and rel not in long_modules:
            out.append(f"{rel}: {src.count(chr(10))} lines")
        for node in ast.walk(ast.parse(src, rel)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = (node.end_lineno or node.lineno) - node.lineno + 1
                if n > MAX_FUNCTION_LINES and f"{rel}:{node.name}" not in long_functions:
                    out.append(f"{rel}:{node.name}: {n} lines")
    return sorted(out)


def test_no_module_or_function_over_the_size_limits():
    assert oversize(REPO, LONG_MODULES, LONG_FUNCTIONS) == []


def test_the_size_check_finds_a_long_module_and_a_long_function(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.setuptools.packages.find]\ninclude = ["a*"]\n')
    (tmp_path / "benchmarks").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "__init__.py").write_text("")
    body = "".join(f"    x{i} = {i}\n" for i in range(MAX_FUNCTION_LINES))
    (tmp_path / "a" / "long.py").write_text(f"def f():\n{body}    return 0\n" + "\n" * MAX_MODULE_LINES)
    (tmp_path / "a" / "short.py").write_text("def g():\n    return 1\n")
    assert oversize(tmp_path) == [
        f"a/long.py: {MAX_FUNCTION_LINES + 2 + MAX_MODULE_LINES} lines",
        f"a/long.py:f: {MAX_FUNCTION_LINES + 2} lines",
    ]
    assert oversize(tmp_path, {"a/long.py"}) == [f"a/long.py:f: {MAX_FUNCTION_LINES + 2} lines"]
    assert oversize(tmp_path, {"a/long.py"}, {"a/long.py:f"}) == []
