"""The one SPARQL front-end, over two engines: Oxigraph (fast, in memory or on disk) and
rdflib (in memory, the scorer's engine).

    store = open_store(["graphs"])                    # engine chosen by size ("auto")
    store = open_store(path="corpus.store")           # a store made by `diplograph load`
    result = store.run("posts")                       # a CQ's name, a .rq file or SPARQL text
    result.serialize("json")                          # SPARQL 1.1 results: json, xml, csv, tsv
    result.text("table")                              # what `diplograph query` prints

Both engines see the same dataset (dataset.py) and give the same rows, as pyoxigraph terms:
the default graph holds the graph files and the ontology, without inference, quads flattened
into it (as the scorer reads them); the ontology, the shapes and the graphs of TriG, N-Quads
and JSON-LD files are named graphs, for `GRAPH ?g`, the Graph Store Protocol and a request's
own dataset (`Selection`). xsd:decimal values come out in their canonical
form (500000000, 0.8): rdflib keeps the lexical form of the file ("500000000.0"), Oxigraph
canonicalises it, and rdflib's rows are canonicalised to match.

Oxigraph answers joins two orders of magnitude faster than rdflib (bench/bench_sparql.py);
rdflib stays for small graphs, which it reads without any setup exactly as the scorer does.
The ontology's prefixes are predeclared for queries that do not declare them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..errors import GraphError
from ..rdf.namespace import PREFIXES
from .dataset import ONTOLOGY_GRAPH, PARSERS, SHAPES_GRAPH, graph_files, ontology_files
from .engine import GraphStore as GraphStore
from .engine import LimitError as LimitError
from .engine import ReadOnlyError as ReadOnlyError
from .engine import Selection, limit, query_error
from .rdflib_store import RdflibStore as RdflibStore
from .results import Result, Row, Term

__all__ = [
    "AUTO_BYTES",
    "BACKENDS",
    "GraphStore",
    "LimitError",
    "OxigraphStore",
    "RdflibStore",
    "ReadOnlyError",
    "open_store",
]

BACKENDS = ("auto", "oxigraph", "rdflib")
# graph files larger than this in total go to Oxigraph under "auto" (about 15,000 triples of
# Turtle; above it rdflib's parsing and joins dominate: bench/bench_sparql.py)
AUTO_BYTES = 1_000_000
OX_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
}


@dataclass(eq=False)
class OxigraphStore(GraphStore):
    """Oxigraph, in memory (path None) or persisted on disk at `path`."""

    path: Path | None = None
    read_only: bool = False
    store: ox.Store = field(init=False, repr=False)
    _count: int | None = field(init=False, default=None, repr=False)

    backend = "oxigraph"

    def __post_init__(self) -> None:
        if self.path is not None:
            self.path = Path(self.path)
        try:
            if self.path is None:
                self.store = ox.Store()
            elif self.read_only:
                if not (self.path / "CURRENT").is_file():
                    raise GraphError(
                        f"{self.path}: no store here; build one with `diplograph load`"
                    )
                self.store = ox.Store.read_only(str(self.path))
            else:
                if self.path.exists() and not self.path.is_dir():
                    raise GraphError(f"{self.path}: not a folder; a store is a folder")
                self.store = ox.Store(str(self.path))
        except OSError as error:
            message = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise GraphError(f"{self.path}: cannot open the store: {message}") from None

    def load(self, paths: Iterable[str | Path], *, ontology: bool = True) -> int:
        if self.read_only:
            raise ReadOnlyError(f"{self.path}: the store is open read-only")
        for path in graph_files(paths):
            self._bulk_load(path, None)
        # quads are also flattened into the default graph, so that queries see one set of
        # triples (as rdflib and the scorer do); Oxigraph's union default graph would repeat a
        # triple once per named graph holding it. The ontology's graphs are not data.
        if any(True for _ in self.store.named_graphs()):
            self.store.update(
                "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
                f"FILTER(?g NOT IN (<{ONTOLOGY_GRAPH}>, <{SHAPES_GRAPH}>)) }}"
            )
        if ontology:
            for path, name, default in ontology_files():
                self._bulk_load(path, ox.NamedNode(name))
                if default:
                    self._bulk_load(path, ox.DefaultGraph())
        if self.path is not None:
            self.store.flush()
            self.store.optimize()
        self._count = None
        return len(self)

    def _bulk_load(self, path: Path, graph: ox.NamedNode | ox.DefaultGraph | None) -> None:
        try:
            self.store.bulk_load(path=str(path), format=OX_FORMATS[path.suffix], to_graph=graph)
        except (SyntaxError, ValueError, OSError) as error:
            first = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise GraphError(
                f"{path}: cannot be parsed as {PARSERS[path.suffix]}: {first}"
            ) from None

    def __len__(self) -> int:
        if self._count is None:
            solutions = self.store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
            assert isinstance(solutions, ox.QuerySolutions)
            self._count = int(next(iter(solutions))["n"].value)
        return self._count

    def _execute(self, query: str, max_rows: int | None, selection: Selection | None) -> Result:
        try:
            if selection is None:
                result = self.store.query(query, prefixes=PREFIXES)
            else:
                result = self.store.query(
                    query,
                    prefixes=PREFIXES,
                    default_graph=[ox.NamedNode(g) for g in selection.default],
                    named_graphs=[ox.NamedNode(g) for g in selection.named],
                )
            if isinstance(result, ox.QueryBoolean):
                return Result("ask", boolean=bool(result))
            if isinstance(result, ox.QueryTriples):
                triples = []
                for triple in result:
                    triples.append(triple)
                    limit(len(triples), max_rows, "triples")
                return Result.of_triples(triples)
            variables = tuple(v.value for v in result.variables)
            rows: list[Row] = []
            for solution in result:
                rows.append(tuple(_ox_term(solution[i]) for i in range(len(variables))))
                limit(len(rows), max_rows)
        except (SyntaxError, OSError, RuntimeError, ValueError) as error:
            if isinstance(error, GraphError):
                raise
            raise query_error(error) from None
        return Result("select", variables, tuple(rows))

    def read_graph(self, name: str | None, *, max_triples: int | None = None) -> Result | None:
        if name is None:
            graph: ox.NamedNode | ox.DefaultGraph = ox.DefaultGraph()
        else:
            try:
                graph = ox.NamedNode(name)
            except ValueError:
                return None
            if not self.store.contains_named_graph(graph):
                return None
        triples = []
        for quad in self.store.quads_for_pattern(None, None, None, graph):
            triples.append(ox.Triple(quad.subject, quad.predicate, quad.object))
            limit(len(triples), max_triples, "triples")
        return Result.of_triples(triples)

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def close(self) -> None:
        if self.path is not None and not self.read_only:
            self.store.flush()


def _ox_term(term: object) -> Term | None:
    if term is None or isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return term
    return ox.Literal(str(term))  # RDF-star triples: rare, shown as text


def _total_bytes(files: Iterator[Path] | list[Path]) -> int:
    return sum(p.stat().st_size for p in files)


def open_store(
    graphs: Iterable[str | Path] = (),
    *,
    path: str | Path | None = None,
    backend: str = "auto",
    ontology: bool = True,
) -> GraphStore:
    """A store over graph files, or (with `path`) a persistent store opened read-only.

    backend "auto" takes rdflib for graph files under AUTO_BYTES in total and Oxigraph above;
    a persistent store is always Oxigraph.
    """
    if backend not in BACKENDS:
        raise GraphError(f"unknown backend {backend!r}; use {', '.join(BACKENDS)}")
    if path is not None:
        if backend == "rdflib":
            raise GraphError("a persistent store is an Oxigraph store; backend rdflib cannot")
        return OxigraphStore(Path(path), read_only=True)
    paths = list(graphs)
    if backend == "auto":
        large = _total_bytes(graph_files(paths)) > AUTO_BYTES
        backend = "oxigraph" if large else "rdflib"
    store: GraphStore = OxigraphStore() if backend == "oxigraph" else RdflibStore()
    store.load(paths, ontology=ontology)
    return store
