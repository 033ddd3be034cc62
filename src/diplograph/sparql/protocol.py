"""The SPARQL 1.1 Protocol's vocabulary, without HTTP: what a request asks for (content
negotiation by Accept, or `format=`), which dataset it names (default-graph-uri,
named-graph-uri), and the SPARQL 1.1 Service Description of the endpoint."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from .. import __version__
from .engine import Selection
from .results import GRAPH_FORMATS, RESULT_FORMATS, Result

__all__ = ["MEDIA", "Wants", "describe_service", "negotiate", "selection"]

# each format's media types, the preferred one first
MEDIA: dict[str, tuple[str, ...]] = {
    "json": ("application/sparql-results+json", "application/json"),
    "xml": ("application/sparql-results+xml", "application/xml", "text/xml"),
    "csv": ("text/csv",),
    "tsv": ("text/tab-separated-values",),
    "turtle": ("text/turtle", "application/x-turtle"),
    "ntriples": ("application/n-triples", "text/plain"),
    "rdfxml": ("application/rdf+xml",),
    "jsonld": ("application/ld+json",),
}
FORMAT_NAMES = {
    "nt": "ntriples",
    "n-triples": "ntriples",
    "ttl": "turtle",
    "n3": "turtle",
    "rdf": "rdfxml",
    "rdf+xml": "rdfxml",
    "json-ld": "jsonld",
}
# W3C's IRIs of the formats (http://www.w3.org/ns/formats/), for the service description
FORMAT_IRIS = {
    "json": "SPARQL_Results_JSON",
    "xml": "SPARQL_Results_XML",
    "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV",
    "turtle": "Turtle",
    "ntriples": "N-Triples",
    "rdfxml": "RDF_XML",
    "jsonld": "JSON-LD",
}


@dataclass(frozen=True)
class Wants:
    """The format a request accepts for solutions (SELECT, ASK) and for graphs (CONSTRUCT,
    DESCRIBE); None where it accepts none that the endpoint writes (406)."""

    results: str | None = "json"
    graph: str | None = "turtle"


# what `format=` names, for solutions and for graphs
PAIRS = {
    "json": Wants("json", "jsonld"),
    "xml": Wants("xml", "rdfxml"),
    "csv": Wants("csv", None),
    "tsv": Wants("tsv", None),
    "turtle": Wants(None, "turtle"),
    "ntriples": Wants(None, "ntriples"),
    "rdfxml": Wants(None, "rdfxml"),
    "jsonld": Wants(None, "jsonld"),
}


def negotiate(accept: str | None, explicit: str | None = None) -> Wants:
    """What the client asks for, for each kind of answer: a media type its Accept header
    names (q-values honoured), else the format `format=` names (a format's name or a media
    type), else what Accept's wildcards allow; JSON and Turtle when it says nothing.

    Accept's own types come before `format=`, because SPARQLWrapper sends its default
    `format=xml` whatever Accept it was told to send."""
    ranges = _ranges(accept or "")
    exact = [r for r in ranges if "*" not in r[2]]
    named = _named(explicit)
    if not ranges:
        return Wants(named.results or "json", named.graph or "turtle")
    results = _best(exact, RESULT_FORMATS) or named.results or _best(ranges, RESULT_FORMATS)
    graph = _best(exact, GRAPH_FORMATS) or named.graph or _best(ranges, GRAPH_FORMATS)
    return Wants(results, graph)


def _named(explicit: str | None) -> Wants:
    """The formats `format=` (or `output=`) names: "xml" is SPARQL XML for solutions and
    RDF/XML for graphs, "json" SPARQL JSON and JSON-LD; a media type names its own."""
    if not explicit:
        return Wants(None, None)
    name = FORMAT_NAMES.get(explicit.lower(), explicit.lower())
    if name in PAIRS:
        return PAIRS[name]
    ranges = _ranges(explicit)
    return Wants(_best(ranges, RESULT_FORMATS), _best(ranges, GRAPH_FORMATS))


def _ranges(accept: str) -> list[tuple[float, int, str]]:
    out = []
    for order, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media:
            out.append((quality, order, media.lower()))
    return out


def _best(ranges: list[tuple[float, int, str]], formats: Sequence[str]) -> str | None:
    """The format of the best range that one of `formats` fits: a higher q, then a more
    specific range, then the one named first; a q of 0 refuses what it names."""
    refused = {m for q, _, m in ranges if q <= 0}
    choices = []
    for quality, order, media in ranges:
        if quality <= 0:
            continue
        for rank, fmt in enumerate(formats):
            types = [t for t in MEDIA[fmt] if _fits(media, t) and t not in refused]
            if types:
                specific = 0 if "*" not in media else 1 if not media.startswith("*") else 2
                choices.append((-quality, specific, order, rank, fmt))
    return min(choices)[4] if choices else None


def _fits(media_range: str, media: str) -> bool:
    if media_range in {"*/*", "*"}:
        return True
    kind, _, sub = media_range.partition("/")
    media_kind, _, media_sub = media.partition("/")
    return kind == media_kind and sub in {"*", media_sub}


def selection(params: Mapping[str, Sequence[str]]) -> Selection | None:
    """The dataset a request names: default-graph-uri and named-graph-uri, both repeatable;
    None when it names none (the endpoint's own dataset)."""
    default = tuple(params.get("default-graph-uri", ()))
    named = tuple(params.get("named-graph-uri", ()))
    if not default and not named:
        return None
    return Selection(default, named)


SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
DCT = "http://purl.org/dc/terms/"


def describe_service(
    endpoint_iri: str,
    *,
    triples: int,
    graphs: Mapping[str, int],
    allow_service: bool,
) -> Result:
    """The endpoint's SPARQL 1.1 Service Description: an sd:Service with its endpoint, the
    language and result formats it supports, and its default dataset (the default graph and
    every named graph, with their sizes)."""
    service = ox.NamedNode(endpoint_iri)
    out: list[ox.Triple] = []

    def add(s: ox.NamedNode | ox.BlankNode, p: str, o: ox.NamedNode | ox.BlankNode | ox.Literal):
        out.append(ox.Triple(s, ox.NamedNode(p), o))

    out.append(ox.Triple(service, RDF_TYPE, ox.NamedNode(SD + "Service")))
    add(service, SD + "endpoint", service)
    add(service, SD + "supportedLanguage", ox.NamedNode(SD + "SPARQL11Query"))
    for fmt in (*RESULT_FORMATS, *GRAPH_FORMATS):
        add(
            service,
            SD + "resultFormat",
            ox.NamedNode(f"http://www.w3.org/ns/formats/{FORMAT_IRIS[fmt]}"),
        )
    if allow_service:
        add(service, SD + "feature", ox.NamedNode(SD + "BasicFederatedQuery"))
    add(service, DCT + "title", ox.Literal("diplograph SPARQL endpoint (read-only)", language="en"))
    add(service, DCT + "hasVersion", ox.Literal(__version__))
    dataset = ox.BlankNode("dataset")
    add(service, SD + "defaultDataset", dataset)
    out.append(ox.Triple(dataset, RDF_TYPE, ox.NamedNode(SD + "Dataset")))
    default = ox.BlankNode("default")
    add(dataset, SD + "defaultGraph", default)
    out.append(ox.Triple(default, RDF_TYPE, ox.NamedNode(SD + "Graph")))
    add(default, VOID + "triples", ox.Literal(str(triples), datatype=_INTEGER))
    add(
        default,
        DCT + "description",
        ox.Literal(
            "the data and the ontology, without inference; the shapes are not in it", language="en"
        ),
    )
    for number, (name, size) in enumerate(sorted(graphs.items())):
        node, graph = ox.BlankNode(f"named{number}"), ox.BlankNode(f"graph{number}")
        add(dataset, SD + "namedGraph", node)
        out.append(ox.Triple(node, RDF_TYPE, ox.NamedNode(SD + "NamedGraph")))
        add(node, SD + "name", ox.NamedNode(name))
        add(node, SD + "graph", graph)
        out.append(ox.Triple(graph, RDF_TYPE, ox.NamedNode(SD + "Graph")))
        add(graph, VOID + "triples", ox.Literal(str(size), datatype=_INTEGER))
    return Result.of_triples(out)


_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
