"""A query's result, and what it is written as: the SPARQL 1.1 results formats and the RDF
formats of graphs (Turtle, N-Triples, RDF/XML, JSON-LD) by pyoxigraph's own writers, and
the plain text `diplograph query` prints for people.

Both engines give their rows as pyoxigraph terms, so one set of writers serves both, and the
same rows are the same bytes. The rows pass to the writers through SPARQL TSV (each term in
N-Triples form, which is TSV's), because pyoxigraph makes result sets only by running a query
or by parsing one; a store collects the rows first, to stop at the row limit.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from ..errors import GraphError
from ..rdf.namespace import PREFIXES

__all__ = [
    "GRAPH_FORMATS",
    "MEDIA_TYPES",
    "RESULT_FORMATS",
    "TEXT_FORMATS",
    "Answer",
    "Result",
    "Row",
    "Term",
]

RESULT_FORMATS = ("json", "xml", "csv", "tsv")
GRAPH_FORMATS = ("turtle", "ntriples", "rdfxml", "jsonld")
TEXT_FORMATS = ("table", "csv", "tsv", "json", "xml")
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
    "table": "text/plain; charset=utf-8",
}
RDF_WRITERS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}
WRITERS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Row = tuple[Term | None, ...]


@dataclass(frozen=True)
class Answer:
    """A serialised answer: `body` in `media_type`; `rows` solutions (or triples)."""

    body: bytes
    media_type: str
    rows: int


@dataclass(frozen=True)
class Result:
    """A query's result: solutions (SELECT), a boolean (ASK) or a graph (CONSTRUCT,
    DESCRIBE), its triples sorted so that the output is stable."""

    kind: str  # "select", "ask" or "graph"
    variables: tuple[str, ...] = ()
    rows: tuple[Row, ...] = ()
    boolean: bool = False
    graph: tuple[ox.Triple, ...] = ()

    @property
    def size(self) -> int:
        return len(self.graph) if self.kind == "graph" else len(self.rows)

    @classmethod
    def of_triples(cls, triples: list[ox.Triple]) -> Result:
        # Oxigraph yields CONSTRUCT triples in evaluation order, rdflib in a set's
        return cls("graph", graph=tuple(sorted(triples, key=str)))

    def table(self) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
        """Columns and rows of plain strings (the lexical value; unbound is empty)."""
        rows = [tuple("" if t is None else t.value for t in row) for row in self.rows]
        return self.variables, rows

    def serialize(self, fmt: str = "json") -> Answer:
        """SPARQL 1.1 results in `fmt` (json, xml, csv, tsv); a graph in `fmt` if that is a
        graph format (turtle, ntriples, rdfxml, jsonld), else as Turtle."""
        if self.kind == "graph":
            fmt = fmt if fmt in GRAPH_FORMATS else "turtle"
            try:
                body = ox.serialize(self.graph, format=RDF_WRITERS[fmt], prefixes=PREFIXES)
            except (ValueError, OSError) as error:  # RDF/XML cannot write every IRI
                raise GraphError(f"the graph cannot be written as {fmt}: {error}") from None
            return Answer(body or b"", MEDIA_TYPES[fmt], self.size)
        if fmt not in RESULT_FORMATS:
            raise GraphError(f"unknown results format {fmt!r}; use json, xml, csv or tsv")
        body = self._results().serialize(format=WRITERS[fmt])
        return Answer(body or b"", MEDIA_TYPES[fmt], self.size)

    def text(self, fmt: str = "table") -> str:
        """What `diplograph query --format fmt` prints: a table, plain CSV/TSV of the values
        (header without '?', one line per row), SPARQL JSON/XML, or Turtle."""
        if self.kind == "graph":
            return self.serialize("turtle").body.decode("utf-8")
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
            raise GraphError(f"unknown format {fmt!r}; use {', '.join(TEXT_FORMATS)}")
        return render_table(columns, rows)

    def _results(self) -> ox.QuerySolutions | ox.QueryBoolean:
        if self.kind == "ask":
            answer = b'{"head":{},"boolean":%s}' % (b"true" if self.boolean else b"false")
            return ox.parse_query_results(answer, ox.QueryResultsFormat.JSON)
        lines = ["\t".join(f"?{name}" for name in self.variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in self.rows]
        tsv = ("\n".join(lines) + "\n").encode("utf-8")
        return ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV)


def render_table(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Columns padded to their widest cell, a rule under the header, and the row count."""
    widths = [len(c) for c in columns]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    lines = [_line(columns, widths), _line(["-" * w for w in widths], widths)]
    lines += [_line(row, widths) for row in rows]
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines) + "\n"


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()
