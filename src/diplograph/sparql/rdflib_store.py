"""The rdflib engine: no setup, the scorer's own engine; for small graphs.

Its rows are given as pyoxigraph terms, as Oxigraph's are, with xsd:decimal values in
canonical form (rdflib keeps the file's "500000000.0"; Oxigraph says 500000000), so that the
two engines answer alike, byte for byte.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ..errors import GraphError
from ..rdf.namespace import PREFIXES, bind_prefixes
from .dataset import PARSERS, input_files
from .engine import GraphStore, limit, query_error
from .results import Result, Row, Term

__all__ = ["RdflibStore"]

XSD_DECIMAL = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")


class RdflibStore(GraphStore):
    """rdflib in memory: no setup, the scorer's own engine; for small graphs."""

    backend = "rdflib"

    def __init__(self) -> None:
        from rdflib import Dataset

        # the default graph holds every triple (quads flattened); named graphs beside it
        self.dataset = Dataset()
        self.graph = self.dataset.default_graph
        self.named: set[str] = set()

    def load(self, paths: Iterable[str | Path], *, ontology: bool = True) -> int:
        from rdflib import Dataset, URIRef

        files = input_files(paths, ontology=ontology)
        for path in files:
            fmt = PARSERS[path.suffix]
            try:
                if fmt in {"trig", "nquads", "json-ld"}:
                    ds = Dataset()
                    ds.parse(path, format=fmt)
                    default = str(ds.default_graph.identifier)
                    for s, p, o, g in ds.quads():
                        self.graph.add((s, p, o))
                        name = str(getattr(g, "identifier", g))
                        if g is not None and name != default:
                            self.named.add(name)
                            self.dataset.graph(URIRef(name)).add((s, p, o))
                else:
                    self.graph.parse(path, format=fmt)
            except Exception as error:  # parsers raise many types; the user needs one line
                first = str(error).splitlines()[0] if str(error) else type(error).__name__
                raise GraphError(f"{path}: cannot be parsed as {fmt}: {first}") from None
        return len(self)

    def __len__(self) -> int:
        return len(self.graph)

    def _execute(self, query: str, max_rows: int | None) -> Result:
        try:
            # GRAPH needs the dataset; without named graphs the plain graph is the same data
            target = self.dataset if self.named else self.graph
            with warnings.catch_warnings():  # rdflib 7 warns about its own Dataset internals
                warnings.simplefilter("ignore", DeprecationWarning)
                result = target.query(query, initNs=PREFIXES)
                return self._result(result, max_rows)
        except GraphError:
            raise
        except Exception as error:  # rdflib raises pyparsing and other errors on bad SPARQL
            raise query_error(error) from None

    def _result(self, result: Any, max_rows: int | None) -> Result:
        if result.type == "ASK":
            return Result("ask", boolean=bool(result.askAnswer))
        if result.type in {"CONSTRUCT", "DESCRIBE"}:
            limit(len(result.graph), max_rows, "triples")
            return Result("graph", turtle=_rdflib_turtle(result.graph), triples=len(result.graph))
        variables = tuple(str(v) for v in result.vars or ())
        rows: list[Row] = []
        for row in result:
            rows.append(tuple(_rdflib_term(v) for v in row))
            limit(len(rows), max_rows)
        return Result("select", variables, tuple(rows))

    def graph_turtle(self, name: str | None, *, max_triples: int | None = None) -> bytes | None:
        from rdflib import URIRef

        if name is not None and name not in self.named:
            return None
        graph = self.graph if name is None else self.dataset.graph(URIRef(name))
        limit(len(graph), max_triples, "triples")
        return _rdflib_turtle(graph)

    def graph_names(self) -> list[str]:
        return sorted(self.named)


def _rdflib_term(value: object) -> Term | None:
    from rdflib import BNode, Literal, URIRef

    if value is None:
        return None
    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, BNode):
        return ox.BlankNode(str(value))
    if isinstance(value, Literal):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        if value.datatype is None:
            return ox.Literal(str(value))
        datatype = ox.NamedNode(str(value.datatype))
        text = _canonical_decimal(str(value)) if datatype == XSD_DECIMAL else str(value)
        return ox.Literal(text, datatype=datatype)
    return ox.Literal(str(value))


def _canonical_decimal(value: str) -> str:
    try:
        number = Decimal(value)
    except InvalidOperation:
        return value
    if not number.is_finite():
        return value
    text = format(number.normalize(), "f")
    return "0" if text in {"-0", "0"} else text


def _rdflib_turtle(graph: object) -> bytes:
    from rdflib import Graph

    out = Graph()
    for triple in graph:  # type: ignore[attr-defined]
        out.add(triple)
    return bind_prefixes(out).serialize(format="turtle").encode("utf-8")
