"""Stage 6: check a graph against ontology/shapes.ttl with pySHACL.

The ontology and the shapes ship inside the package (diplograph.ontology), so an installed
diplograph validates without the checkout; both are parsed once per process.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from rdflib import RDFS, Graph, URIRef
from rdflib.term import Node

from ..errors import ShapeViolation

__all__ = [
    "check",
    "ontology_dir",
    "ontology_graph",
    "shapes_graph",
    "validate",
    "violating_nodes",
]


def ontology_dir() -> Path:
    """The installed copy (package data), or the checkout's ontology/ in an editable install."""
    # ontology/ has no __init__.py, so it is reached as a folder of the package
    installed = Path(str(files("diplograph"))) / "ontology"
    if (installed / "diplograph.ttl").is_file():
        return installed
    return Path(__file__).resolve().parents[3] / "ontology"


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


def validate(graph: Graph) -> tuple[bool, str]:
    """(conforms, the report as text); no inference, as the competency queries run."""
    conforms, _, text = _pyshacl(graph)
    return bool(conforms), str(text)


def violating_nodes(graph: Graph) -> set[Node]:
    """The focus nodes of the graph's violations (empty when it conforms)."""
    conforms, results, _ = _pyshacl(graph)
    if conforms:
        return set()
    focus = URIRef("http://www.w3.org/ns/shacl#focusNode")
    return set(results.objects(None, focus))


def _pyshacl(graph: Graph) -> tuple[Any, Graph, str]:
    """pySHACL's (conforms, results graph, text) for `graph`, without inference."""
    from pyshacl import validate as shacl

    # The shapes need only the class hierarchy (sh:targetClass dg:Infrastructure reaches
    # dg:Port); pySHACL's ont_graph mixing copies the whole ontology node by node, which costs
    # a minute on a small graph, so the subclass triples are added to a copy instead.
    data = Graph()
    for triple in graph:
        data.add(triple)
    for triple in ontology_graph().triples((None, RDFS.subClassOf, None)):
        data.add(triple)
    conforms, results, text = shacl(
        data, shacl_graph=shapes_graph(), inference="none", advanced=True
    )
    return conforms, results, str(text)


def check(graph: Graph) -> None:
    conforms, report = validate(graph)
    if not conforms:
        raise ShapeViolation(report)
