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
from ..rdf.namespace import PREFIXES
from .dataset import PARSERS, graph_files, ontology_files
from .engine import GraphStore, Selection, limit, query_error
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
        from rdflib import URIRef

        for path in graph_files(paths):
            self._parse(path)
        if ontology:
            for path, name, default in ontology_files():
                self.named.add(name)
                self._parse(path, into=self.dataset.graph(URIRef(name)))
                if default:
                    self._parse(path)
        return len(self)

    def _parse(self, path: Path, into: Any = None) -> None:
        from rdflib import Dataset, URIRef

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
                (self.graph if into is None else into).parse(path, format=fmt)
        except Exception as error:  # parsers raise many types; the user needs one line
            first = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise GraphError(f"{path}: cannot be parsed as {fmt}: {first}") from None

    def __len__(self) -> int:
        return len(self.graph)

    def _execute(self, query: str, max_rows: int | None, selection: Selection | None) -> Result:
        import rdflib.plugins.sparql as rdflib_sparql

        # GRAPH needs the dataset; without named graphs the plain graph is the same data
        target = (
            self._selected(selection) if selection else self.dataset if self.named else self.graph
        )
        # FROM <iri> names a graph of the dataset; rdflib would otherwise fetch it from the web
        loading = rdflib_sparql.SPARQL_LOAD_GRAPHS
        rdflib_sparql.SPARQL_LOAD_GRAPHS = False
        try:
            with warnings.catch_warnings():  # rdflib 7 warns about its own Dataset internals
                warnings.simplefilter("ignore", DeprecationWarning)
                result = target.query(query, initNs=PREFIXES)
                return self._result(result, max_rows)
        except GraphError:
            raise
        except Exception as error:  # rdflib raises pyparsing and other errors on bad SPARQL
            raise query_error(error) from None
        finally:
            rdflib_sparql.SPARQL_LOAD_GRAPHS = loading

    def _selected(self, selection: Selection) -> Any:
        """A dataset of the chosen graphs: their merge as the default graph, and the named."""
        from rdflib import Dataset, URIRef

        chosen = Dataset()
        for name in selection.default:
            if name in self.named:
                for triple in self.dataset.graph(URIRef(name)):
                    chosen.default_graph.add(triple)
        for name in selection.named:
            if name in self.named:
                graph = chosen.graph(URIRef(name))
                for triple in self.dataset.graph(URIRef(name)):
                    graph.add(triple)
        return chosen

    def _result(self, result: Any, max_rows: int | None) -> Result:
        if result.type == "ASK":
            return Result("ask", boolean=bool(result.askAnswer))
        if result.type in {"CONSTRUCT", "DESCRIBE"}:
            limit(len(result.graph), max_rows, "triples")
            return Result.of_triples([_ox_triple(t) for t in result.graph])
        variables = tuple(str(v) for v in result.vars or ())
        rows: list[Row] = []
        for row in result:
            rows.append(tuple(_rdflib_term(v) for v in row))
            limit(len(rows), max_rows)
        return Result("select", variables, tuple(rows))

    def read_graph(self, name: str | None, *, max_triples: int | None = None) -> Result | None:
        from rdflib import URIRef

        if name is not None and name not in self.named:
            return None
        graph = self.graph if name is None else self.dataset.graph(URIRef(name))
        limit(len(graph), max_triples, "triples")
        return Result.of_triples([_ox_triple(t) for t in graph])

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


def _ox_triple(triple: Any) -> ox.Triple:
    # rdflib's triples hold no None
    s, p, o = (_rdflib_term(term) for term in triple)
    return ox.Triple(s, p, o)  # type: ignore[arg-type]
