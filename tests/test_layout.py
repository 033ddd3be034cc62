"""The layout's rules: the imports run down the flow and never in a circle, modules stay
small, and the page's JavaScript, CSS and HTML live in files of their own (package data)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "diplograph"

# The flow: a stage may import the stages before it, never one after it (nor a sibling of
# the same rank). The build runs the stages and may import them all; the command line and the
# library's surface sit on top; the records and the shared data sit under everything.
RANK = {
    "__init__": 0,
    "errors": 0,
    "records": 0,
    "files": 0,
    "data": 0,
    "grammars": 0,
    "ingest": 1,
    "nlp": 2,
    "extract": 3,
    "resolve": 4,
    "rdf": 5,
    "shacl": 6,
    "view": 7,
    "sparql": 7,
    "score": 7,
    "build": 8,
    "api": 9,
    "cli": 9,
    "__main__": 10,
}
MAX_LINES = 400
# Modules allowed over MAX_LINES, each with its reason.
LONG: dict[str, str] = {}


def modules() -> dict[str, Path]:
    """Dotted name (a package by its own name) -> file, for every module of the package."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = ("diplograph", *path.relative_to(PACKAGE).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = modules()


def stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def imports(module: str, path: Path) -> set[str]:
    """The package's modules that `module` imports, anywhere in it (a function's own imports
    too): `from .x import y` names the module x.y when y is one, else x."""
    is_package = path.name == "__init__.py"
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            names = [target] + [f"{target}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            if name in MODULES and name != module:
                found.add(name)
    return found


GRAPH = {module: imports(module, path) for module, path in MODULES.items()}


def test_the_stages_are_all_ranked():
    assert {stage(m) for m in MODULES} <= set(RANK)


def test_no_import_circle():
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            cycle = [*path[path.index(module) :], module]
            raise AssertionError("import circle: " + " -> ".join(cycle))
        if module in done:
            return
        for target in sorted(GRAPH[module]):
            visit(target, [*path, module])
        done.add(module)

    for module in sorted(GRAPH):
        visit(module, [])


def test_no_import_runs_back_up_the_flow():
    wrong = []
    for module, targets in GRAPH.items():
        for target in targets:
            here, there = stage(module), stage(target)
            if here != there and RANK[there] >= RANK[here] and RANK[there] > 0:
                wrong.append(f"{module} ({here}) imports {target} ({there})")
    assert not wrong, "\n".join(sorted(wrong))


def test_modules_are_small():
    long = {
        str(path.relative_to(PACKAGE)): n
        for path in MODULES.values()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert set(long) <= set(LONG), f"over {MAX_LINES} lines: {long}"


def test_page_scripts_are_small():
    long = {
        path.name: n
        for path in sorted((PACKAGE / "view" / "assets").glob("*.js"))
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"over {MAX_LINES} lines: {long}"


# What a page written in Python strings looks like: a document or an element with
# attributes, a style rule, a script's function or variable.
HTML = re.compile(r"<!doctype|<html\b|<(?:[a-z][a-z0-9]*)\s+[a-z-]+=[\"']", re.IGNORECASE)
CSS = re.compile(r"[#.]?[a-z][\w-]*\s*\{\s*[a-z-]+\s*:\s*[^;{}]+;", re.IGNORECASE)
JS = re.compile(r"\bfunction\s*\w*\s*\(|\b(?:var|let|const)\s+\w+\s*=|addEventListener\(")


def strings(tree: ast.AST) -> list[str]:
    """The string literals of a module, its docstrings aside; an f-string's literal parts
    joined, so that markup split around {fields} is still seen."""
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            found.append("".join(v.value for v in node.values if isinstance(v, ast.Constant)))
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            found.append(node.value)
    return found


def test_no_javascript_css_or_html_in_python():
    found = []
    for module, path in MODULES.items():
        for text in strings(ast.parse(path.read_text(encoding="utf-8"))):
            for kind, pattern in (("HTML", HTML), ("CSS", CSS), ("JavaScript", JS)):
                if pattern.search(text):
                    found.append(f"{module}: {kind} in {text[:60]!r}")
    assert not found, "\n".join(found)


def test_the_rules_catch_what_they_are_for():
    def flagged(source: str) -> bool:
        return any(
            pattern.search(text)
            for text in strings(ast.parse(source))
            for pattern in (HTML, CSS, JS)
        )

    assert flagged('page = f"<div class=\\"note\\">{text}</div>"')
    assert flagged('css = "body { margin: 0; }"')
    assert flagged('js = "var nodes = new vis.DataSet(data);"')
    assert not flagged('query = "SELECT ?s WHERE { ?s dg:country ?c . }"')
    assert not flagged('"""A docstring naming the <script id="dg-data"> element."""')
