"""One small SPARQL interface over two engines: Oxigraph (fast, on disk) and rdflib (in memory).

    store = open_store(["graphs"])                    # engine chosen by size ("auto")
    store = open_store(path="corpus.store")           # a store made by `diplograph load`
    result = store.run("posts")                       # a CQ's name, a .rq file or SPARQL text
    result.serialize("json")                          # SPARQL 1.1 results: json, xml, csv, tsv
    result.text("table")                              # what `diplograph query` prints

Both engines see the same dataset and give byte-identical answers: the graph files plus the
ontology's top-level Turtle files, without inference, quads flattened into one graph (as the
scorer reads them); `GRAPH ?g` and the Graph Store Protocol still see the named graphs of
TriG, N-Quads and JSON-LD files. Results pass through neutral terms, so the serialisers are
written once. xsd:decimal values come out in their canonical form (500000000, 0.8): rdflib
keeps the lexical form of the file ("500000000.0"), Oxigraph canonicalises it.

Oxigraph answers joins two orders of magnitude faster than rdflib (BASELINES.md and
bench/bench_sparql.py); rdflib stays for small graphs, which it reads without any setup exactly
as the scorer does. The ontology's prefixes are predeclared for queries that do not declare
them.
"""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NamedTuple
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from ..errors import GraphError
from ..rdf.namespace import PREFIXES
from .dataset import PARSERS, graph_files, input_files, query_text, render_table

__all__ = [
    "AUTO_BYTES",
    "BACKENDS",
    "MEDIA_TYPES",
    "RESULT_FORMATS",
    "Answer",
    "GraphStore",
    "LimitError",
    "OxigraphStore",
    "RdflibStore",
    "ReadOnlyError",
    "Result",
    "Term",
    "is_update",
    "open_store",
    "uses_service",
]

BACKENDS = ("auto", "oxigraph", "rdflib")
# graph files larger than this in total go to Oxigraph under "auto" (about 15,000 triples of
# Turtle: rdflib parses that in ~0.4 s; above it rdflib's parsing and joins dominate)
AUTO_BYTES = 1_000_000
RESULT_FORMATS = ("json", "xml", "csv", "tsv")
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "table": "text/plain; charset=utf-8",
}
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
XSD_DECIMAL = XSD + "decimal"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
OX_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
}


class ReadOnlyError(GraphError):
    """An update sent to a store that only answers queries."""


class LimitError(GraphError):
    """A result larger than the row (or triple) limit the caller set."""


# --- what a query may do, read from its text --------------------------------------------------

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_COMMENT = re.compile(r"#[^\n]*")
_STRING = re.compile(
    r"\"\"\"[\s\S]*?\"\"\"|'''[\s\S]*?'''|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'"
)
_IRI = re.compile(r"<[^<>\s]*>")
_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+\S*:\s*<>|BASE\s+<>)\s*)*"
    r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE\b", re.IGNORECASE)


def _code(query: str) -> str:
    """The query's keywords: \\u escapes decoded first (SPARQL decodes them before parsing,
    so they could hide a keyword), then strings, IRIs and comments blanked out."""

    def decode(match: re.Match[str]) -> str:
        try:
            return chr(int(match.group(1) or match.group(2), 16))
        except (ValueError, OverflowError):
            return match.group(0)

    text = _ESCAPE.sub(decode, query)
    # strings before comments ('#' inside a string), IRIs after strings ('<' in a string)
    text = _STRING.sub('""', text)
    text = _IRI.sub("<>", text)
    return _COMMENT.sub("", text)


def is_update(query: str) -> bool:
    """True for SPARQL Update requests (INSERT, DELETE, LOAD, CLEAR, ...)."""
    return bool(_UPDATE.match(_code(query)))


def uses_service(query: str) -> bool:
    """True when the query calls another endpoint (SERVICE), outside strings and comments."""
    return bool(_SERVICE.search(_code(query)))


# --- neutral results ---------------------------------------------------------------------------


class Term(NamedTuple):
    """An RDF term as both engines give it: kind is uri, bnode or literal."""

    kind: str
    value: str
    datatype: str = ""
    language: str = ""


Row = tuple[Term | None, ...]


def _canonical_decimal(value: str) -> str:
    try:
        number = Decimal(value)
    except InvalidOperation:
        return value
    if not number.is_finite():
        return value
    text = format(number.normalize(), "f")
    return "0" if text in {"-0", "0"} else text


def _literal(value: str, datatype: str, language: str) -> Term:
    if language:
        return Term("literal", value, RDF_LANGSTRING, language)
    if datatype == XSD_DECIMAL:
        value = _canonical_decimal(value)
    return Term("literal", value, datatype or XSD_STRING)


@dataclass(frozen=True)
class Answer:
    """A serialised answer: `body` in `media_type`; `rows` solutions (or triples)."""

    body: bytes
    media_type: str
    rows: int


@dataclass(frozen=True)
class Result:
    """A query's result: solutions (SELECT), a boolean (ASK) or a graph as Turtle."""

    kind: str  # "select", "ask" or "graph"
    variables: tuple[str, ...] = ()
    rows: tuple[Row, ...] = ()
    boolean: bool = False
    turtle: bytes = b""
    triples: int = 0

    @property
    def size(self) -> int:
        return self.triples if self.kind == "graph" else len(self.rows)

    def table(self) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
        """Columns and rows of plain strings (the lexical value; unbound is empty)."""
        rows = [tuple("" if t is None else t.value for t in row) for row in self.rows]
        return self.variables, rows

    def serialize(self, fmt: str = "json") -> Answer:
        """SPARQL 1.1 results in `fmt` (json, xml, csv, tsv); graphs as Turtle."""
        if self.kind == "graph":
            return Answer(self.turtle, MEDIA_TYPES["turtle"], self.triples)
        if fmt not in RESULT_FORMATS:
            raise GraphError(f"unknown results format {fmt!r}; use json, xml, csv or tsv")
        if self.kind == "ask":
            body = _ask(self.boolean, fmt)
        else:
            body = {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}[fmt](self)
        return Answer(body, MEDIA_TYPES[fmt], self.size)

    def text(self, fmt: str = "table") -> str:
        """What `diplograph query --format fmt` prints: a table, plain CSV/TSV of the values
        (header without '?', one line per row), SPARQL JSON/XML, or Turtle."""
        if self.kind == "graph":
            return self.turtle.decode("utf-8")
        if fmt in {"json", "xml"}:
            return self.serialize(fmt).body.decode("utf-8")
        if self.kind == "ask":
            return "true\n" if self.boolean else "false\n"
        columns, rows = self.table()
        if fmt in {"csv", "tsv"}:
            out = io.StringIO()
            writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
            writer.writerow(columns)
            writer.writerows(rows)
            return out.getvalue()
        if fmt != "table":
            raise GraphError(f"unknown format {fmt!r}; use table, csv, tsv, json or xml")
        from .dataset import Table

        return render_table(Table(columns, tuple(rows)))


def _ask(answer: bool, fmt: str) -> bytes:
    word = "true" if answer else "false"
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": answer}).encode("utf-8")
    if fmt == "xml":
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head></head><boolean>{word}</boolean></sparql>\n"
        ).encode()
    return (
        f"_askResult\r\n{word}\r\n".encode() if fmt == "csv" else f"?_askResult\n{word}\n".encode()
    )


def _json(result: Result) -> bytes:
    bindings = []
    for row in result.rows:
        binding: dict[str, dict[str, str]] = {}
        for name, term in zip(result.variables, row, strict=True):
            if term is None:
                continue
            if term.kind == "literal":
                item = {"type": "literal", "value": term.value}
                if term.language:
                    item["xml:lang"] = term.language
                elif term.datatype != XSD_STRING:
                    item["datatype"] = term.datatype
            else:
                item = {"type": term.kind, "value": term.value}
            binding[name] = item
        bindings.append(binding)
    data = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _xml(result: Result) -> bytes:
    parts = [
        '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
        "<head>" + "".join(f"<variable name={quoteattr(n)}/>" for n in result.variables),
        "</head><results>",
    ]
    for row in result.rows:
        parts.append("<result>")
        for name, term in zip(result.variables, row, strict=True):
            if term is None:
                continue
            if term.kind == "uri":
                value = f"<uri>{escape(term.value)}</uri>"
            elif term.kind == "bnode":
                value = f"<bnode>{escape(term.value)}</bnode>"
            elif term.language:
                value = (
                    f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
                )
            elif term.datatype != XSD_STRING:
                value = (
                    f"<literal datatype={quoteattr(term.datatype)}>{escape(term.value)}</literal>"
                )
            else:
                value = f"<literal>{escape(term.value)}</literal>"
            parts.append(f"<binding name={quoteattr(name)}>{value}</binding>")
        parts.append("</result>")
    parts.append("</results></sparql>\n")
    return "".join(parts).encode("utf-8")


def _csv(result: Result) -> bytes:
    """SPARQL 1.1 CSV: plain values, CRLF lines (RFC 4180)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if t is None else _csv_value(t) for t in row])
    return out.getvalue().encode("utf-8")


def _csv_value(term: Term) -> str:
    return f"_:{term.value}" if term.kind == "bnode" else term.value


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _tsv(result: Result) -> bytes:
    """SPARQL 1.1 TSV: '?var' header, terms in Turtle syntax, LF lines."""
    lines = ["\t".join(f"?{n}" for n in result.variables)]
    for row in result.rows:
        lines.append("\t".join("" if t is None else _tsv_term(t) for t in row))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _tsv_term(term: Term) -> str:
    if term.kind == "uri":
        return f"<{term.value}>"
    if term.kind == "bnode":
        return f"_:{term.value}"
    text = '"' + term.value.translate(_TSV_ESCAPES) + '"'
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype != XSD_STRING:
        return f"{text}^^<{term.datatype}>"
    return text


# --- the interface and its two engines ---------------------------------------------------------


class GraphStore(ABC):
    """A read-mostly dataset that answers SPARQL: load files, run queries, read graphs."""

    backend = ""

    @abstractmethod
    def load(self, paths: Iterable[str | Path], *, ontology: bool = True) -> int:
        """Add graph files (a folder: its .ttl files, else its other graph files) and, unless
        `ontology` is false, the ontology's top-level Turtle files; return the triple count."""

    @abstractmethod
    def __len__(self) -> int:
        """Triples in the default graph (what queries without GRAPH see)."""

    @abstractmethod
    def _execute(self, query: str, max_rows: int | None) -> Result: ...

    @abstractmethod
    def graph_turtle(self, name: str | None, *, max_triples: int | None = None) -> bytes | None:
        """The default graph (name None) or a named graph as Turtle; None if there is no such
        named graph. LimitError past `max_triples`."""

    @abstractmethod
    def graph_names(self) -> list[str]:
        """IRIs of the named graphs (from TriG, N-Quads or JSON-LD files), sorted."""

    def run(self, query: str, *, max_rows: int | None = None) -> Result:
        """Run a competency question's name, a .rq file or SPARQL text (for local users: it
        may read files; the endpoint calls `sparql`)."""
        return self.sparql(query_text(query), max_rows=max_rows)

    def sparql(self, text: str, *, max_rows: int | None = None) -> Result:
        """Run SPARQL text. Updates raise ReadOnlyError, bad SPARQL GraphError, more than
        `max_rows` results LimitError."""
        if is_update(text):
            raise ReadOnlyError("updates are not allowed: the store is read-only")
        return self._execute(text, max_rows)

    def query(self, text: str, fmt: str = "json", *, max_rows: int | None = None) -> Answer:
        """SPARQL text answered in a SPARQL 1.1 results format (graphs as Turtle)."""
        return self.sparql(text, max_rows=max_rows).serialize(fmt)

    def close(self) -> None:  # noqa: B027 (nothing to release for in-memory engines)
        """Release files held by the engine."""


def _limit(count: int, max_rows: int | None, what: str = "rows") -> None:
    if max_rows is not None and count > max_rows:
        raise LimitError(f"the row limit was hit: the result has more than {max_rows} {what}")


def _query_error(error: Exception) -> GraphError:
    text = str(error).strip()
    message = text.splitlines()[0] if text else type(error).__name__
    return GraphError(f"query failed: {message}")


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
        files = input_files(paths, ontology=ontology)
        for path in files:
            try:
                self.store.bulk_load(path=str(path), format=OX_FORMATS[path.suffix])
            except (SyntaxError, ValueError, OSError) as error:
                first = str(error).splitlines()[0] if str(error) else type(error).__name__
                raise GraphError(
                    f"{path}: cannot be parsed as {PARSERS[path.suffix]}: {first}"
                ) from None
        # quads are also flattened into the default graph, so that queries see one set of
        # triples (as rdflib and the scorer do); Oxigraph's union default graph would repeat a
        # triple once per named graph holding it
        if any(True for _ in self.store.named_graphs()):
            self.store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        if self.path is not None:
            self.store.flush()
            self.store.optimize()
        self._count = None
        return len(self)

    def __len__(self) -> int:
        if self._count is None:
            solutions = self.store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
            assert isinstance(solutions, ox.QuerySolutions)
            self._count = int(next(iter(solutions))["n"].value)
        return self._count

    def _execute(self, query: str, max_rows: int | None) -> Result:
        try:
            result = self.store.query(query, prefixes=PREFIXES)
            if isinstance(result, ox.QueryBoolean):
                return Result("ask", boolean=bool(result))
            if isinstance(result, ox.QueryTriples):
                triples = []
                for triple in result:
                    triples.append(triple)
                    _limit(len(triples), max_rows, "triples")
                return Result("graph", turtle=_ox_turtle(triples), triples=len(triples))
            variables = tuple(v.value for v in result.variables)
            rows: list[Row] = []
            for solution in result:
                rows.append(tuple(_ox_term(solution[i]) for i in range(len(variables))))
                _limit(len(rows), max_rows)
        except (SyntaxError, OSError, RuntimeError, ValueError) as error:
            if isinstance(error, GraphError):
                raise
            raise _query_error(error) from None
        return Result("select", variables, tuple(rows))

    def graph_turtle(self, name: str | None, *, max_triples: int | None = None) -> bytes | None:
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
            _limit(len(triples), max_triples, "triples")
        return _ox_turtle(triples)

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def close(self) -> None:
        if self.path is not None and not self.read_only:
            self.store.flush()


def _ox_term(term: object) -> Term | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Term("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    if isinstance(term, ox.Literal):
        return _literal(term.value, term.datatype.value, term.language or "")
    return Term("literal", str(term), XSD_STRING)  # RDF-star triples: rare, shown as text


def _ox_turtle(triples: list[ox.Triple]) -> bytes:
    # sorted: Oxigraph yields CONSTRUCT triples in evaluation order, output must be stable
    triples.sort(key=str)
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b""


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
            raise _query_error(error) from None

    def _result(self, result: Any, max_rows: int | None) -> Result:
        if result.type == "ASK":
            return Result("ask", boolean=bool(result.askAnswer))
        if result.type in {"CONSTRUCT", "DESCRIBE"}:
            _limit(len(result.graph), max_rows, "triples")
            return Result("graph", turtle=_rdflib_turtle(result.graph), triples=len(result.graph))
        variables = tuple(str(v) for v in result.vars or ())
        rows: list[Row] = []
        for row in result:
            rows.append(tuple(_rdflib_term(v) for v in row))
            _limit(len(rows), max_rows)
        return Result("select", variables, tuple(rows))

    def graph_turtle(self, name: str | None, *, max_triples: int | None = None) -> bytes | None:
        from rdflib import URIRef

        if name is not None and name not in self.named:
            return None
        graph = self.graph if name is None else self.dataset.graph(URIRef(name))
        _limit(len(graph), max_triples, "triples")
        return _rdflib_turtle(graph)

    def graph_names(self) -> list[str]:
        return sorted(self.named)


def _rdflib_term(value: object) -> Term | None:
    from rdflib import BNode, Literal, URIRef

    if value is None:
        return None
    if isinstance(value, URIRef):
        return Term("uri", str(value))
    if isinstance(value, BNode):
        return Term("bnode", str(value))
    if isinstance(value, Literal):
        datatype = str(value.datatype) if value.datatype else ""
        return _literal(str(value), datatype, value.language or "")
    return Term("literal", str(value), XSD_STRING)


def _rdflib_turtle(graph: object) -> bytes:
    from rdflib import Graph

    from ..rdf.namespace import bind_prefixes

    out = Graph()
    for triple in graph:  # type: ignore[attr-defined]
        out.add(triple)
    return bind_prefixes(out).serialize(format="turtle").encode("utf-8")


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
