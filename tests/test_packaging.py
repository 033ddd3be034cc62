"""The wheel carries every subpackage, the ontology and the page's assets, found as
pyproject's `packages.find` finds them; and it declares every package the code imports."""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

from setuptools import find_namespace_packages

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# import name -> distribution name, where they differ
DISTRIBUTIONS = {"yaml": "pyyaml"}


def test_packages_are_found_with_the_ontology_inside():
    assert PYPROJECT["tool"]["setuptools"]["packages"]["find"]["where"] == ["src"]
    found = set(find_namespace_packages(where=str(SRC)))
    code = {".".join(p.parent.relative_to(SRC).parts) for p in SRC.rglob("*.py")}
    assert code <= found
    assert {"diplograph.ontology", "diplograph.ontology.competency"} <= found
    assert (SRC / "diplograph" / "ontology" / "diplograph.ttl").is_file()


def test_every_imported_package_is_declared():
    declared = set()
    project = PYPROJECT["project"]
    extras = [spec for specs in project["optional-dependencies"].values() for spec in specs]
    for spec in [*project["dependencies"], *extras]:
        name = spec.split(";")[0].split("[")[0]
        for stop in "<>=!~ ":
            name = name.split(stop)[0]
        declared.add(name.lower().replace("-", "_"))
    imported = set()
    for path in (SRC / "diplograph").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = {m for m in imported if m not in sys.stdlib_module_names} - {"diplograph"}
    missing = {m for m in third_party if DISTRIBUTIONS.get(m, m).lower() not in declared}
    assert not missing, f"imported but not declared in pyproject.toml: {sorted(missing)}"
