"""The one loader of the ontology and its shapes, for every stage that reads them.

The ontology and the shapes ship inside the package (diplograph.ontology), so an installed
diplograph finds them without the checkout; each is parsed once per process.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from rdflib import Graph

__all__ = ["ontology_dir", "ontology_graph", "shapes_graph"]


def ontology_dir() -> Path:
    """The package's ontology/: in a checkout the link to the top-level ontology/, installed
    a copy of it (package data)."""
    return Path(str(files("diplograph"))) / "ontology"


@cache
def ontology_graph() -> Graph:
    g = Graph()
    g.parse(ontology_dir() / "diplograph.ttl", format="turtle")
    return g


@cache
def shapes_graph() -> Graph:
    g = Graph()
    g.parse(ontology_dir() / "shapes.ttl", format="turtle")
    return g
