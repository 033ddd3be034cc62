"""A fast SPARQL store for built graphs: Oxigraph, in memory or on disk.

rdflib stays the engine of `diplograph query` over a few files (no setup, exactly as the scorer
runs); for corpora and for the endpoint, graphs are loaded once into an Oxigraph store, which
answers joins two orders of magnitude faster (BASELINES.md). `diplograph load DIR --store PATH`
writes a persistent store that later queries open in well under a second.

Quads from TriG and N-Quads are queried as one graph (the union of the named graphs), as the
scorer flattens them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import GraphError
from .namespace import PREFIXES
from .query import PARSERS, graph_files
from .validate import ontology_dir

__all__ = [
    "MEDIA_TYPES",
    "Answer",
    "GraphStore",
    "is_update",
    "uses_service",
]

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
}
RESULTS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "table": "text/plain; charset=utf-8",
}
_COMMENT = re.compile(r"#[^\n]*")
_STRING = re.compile(
    r"\"\"\"[\s\S]*?\"\"\"|'''[\s\S]*?'''|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'"
)
_IRI = re.compile(r"<[^<>\s]*>")
_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+\S*:\s*\S+|BASE\s+\S+)\s*)*"
    r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)


def _code(query: str) -> str:
    """The query without comments, strings and IRIs, for keyword checks."""
    return _IRI.sub("<>", _STRING.sub('""', _COMMENT.sub("", query)))


def is_update(query: str) -> bool:
    return bool(_UPDATE.match(_code(query)))


def uses_service(query: str) -> bool:
    return bool(re.search(r"\bSERVICE\b", _code(query), re.IGNORECASE))


@dataclass(frozen=True)
class Answer:
    """A query's answer, already serialised: `body` in `media_type`; `rows` for SELECT."""

    body: bytes
    media_type: str
    rows: int


class GraphStore:
    """Oxigraph over graph files (and the ontology), in memory or persisted at `path`."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self.store = ox.Store()
            elif read_only:
                if not (self.path / "CURRENT").exists():
                    raise GraphError(
                        f"{self.path}: no store here; build one with `diplograph load`"
                    )
                self.store = ox.Store.read_only(str(self.path))
            else:
                self.store = ox.Store(str(self.path))
        except OSError as error:
            raise GraphError(f"{self.path}: cannot open the store: {error}") from None

    @classmethod
    def from_files(cls, paths: Iterable[str | Path], *, ontology: bool = True) -> GraphStore:
        store = cls()
        store.load(paths, ontology=ontology)
        return store

    def load(self, paths: Iterable[str | Path], *, ontology: bool = True) -> int:
        files = graph_files(paths)
        if ontology:
            files += sorted(ontology_dir().glob("*.ttl"))
        for path in files:
            try:
                self.store.bulk_load(path=str(path), format=FORMATS[path.suffix])
            except (SyntaxError, ValueError, OSError) as error:
                fmt = PARSERS[path.suffix]
                raise GraphError(f"{path}: cannot be parsed as {fmt}: {error}") from None
        self.store.optimize() if self.path is not None else None
        return len(self.store)

    def __len__(self) -> int:
        return len(self.store)

    def query(self, query: str, fmt: str = "json", *, max_rows: int | None = None) -> Answer:
        """Run a query; SELECT/ASK in `fmt` (json, xml, csv, tsv), graphs as Turtle."""
        if is_update(query):
            raise PermissionError("updates are not allowed: the store is read-only")
        try:
            result = self.store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise GraphError(f"query failed: {str(error).splitlines()[0]}") from None
        except OSError as error:
            raise GraphError(f"query failed: {error}") from None
        if isinstance(result, ox.QueryTriples):
            triples = list(result)
            if max_rows is not None and len(triples) > max_rows:
                raise OverflowError(f"the result has more than {max_rows} triples (the limit)")
            data = ox.serialize(triples, format=ox.RdfFormat.TURTLE)
            return Answer(data or b"", MEDIA_TYPES["turtle"], len(triples))
        if isinstance(result, ox.QueryBoolean):
            solutions_format = RESULTS.get(fmt, RESULTS["json"])
            body = result.serialize(format=solutions_format)
            return Answer(body or b"", MEDIA_TYPES[fmt if fmt in RESULTS else "json"], 1)
        variables = result.variables
        rows = []
        for i, solution in enumerate(result):
            if max_rows is not None and i >= max_rows:
                raise OverflowError(f"the result has more than {max_rows} rows (the limit)")
            rows.append(solution)
        body = _serialize(variables, rows, fmt if fmt in RESULTS else "json")
        return Answer(body, MEDIA_TYPES[fmt if fmt in RESULTS else "json"], len(rows))


def _serialize(variables: list[ox.Variable], rows: list[ox.QuerySolution], fmt: str) -> bytes:
    """Solutions already read (to count them) written in a SPARQL results format."""
    import io

    names = [v.value for v in variables]
    if fmt in {"csv", "tsv"}:
        out = io.StringIO()
        if fmt == "csv":
            import csv

            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(names)
            for row in rows:
                writer.writerow(["" if row[n] is None else _plain(row[n]) for n in names])
        else:
            out.write("\t".join(f"?{n}" for n in names) + "\n")
            for row in rows:
                out.write("\t".join("" if row[n] is None else str(row[n]) for n in names) + "\n")
        return out.getvalue().encode("utf-8")
    if fmt == "json":
        import json

        bindings = []
        for row in rows:
            binding = {}
            for name in names:
                term = row[name]
                if term is not None:
                    binding[name] = _json_term(term)
            bindings.append(binding)
        data = {"head": {"vars": names}, "results": {"bindings": bindings}}
        return json.dumps(data, ensure_ascii=False).encode("utf-8")
    from xml.sax.saxutils import escape, quoteattr

    parts = [
        '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
        "<head>" + "".join(f"<variable name={quoteattr(n)}/>" for n in names) + "</head>",
        "<results>",
    ]
    for row in rows:
        parts.append("<result>")
        for name in names:
            term = row[name]
            if term is None:
                continue
            parts.append(
                f"<binding name={quoteattr(name)}>{_xml_term(term, escape, quoteattr)}</binding>"
            )
        parts.append("</result>")
    parts.append("</results></sparql>\n")
    return "".join(parts).encode("utf-8")


def _plain(term: object) -> str:
    return str(getattr(term, "value", term))


def _json_term(term: object) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    assert isinstance(term, ox.Literal)
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def _xml_term(term: object, escape: Callable[[str], str], quoteattr: Callable[[str], str]) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    assert isinstance(term, ox.Literal)
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"
