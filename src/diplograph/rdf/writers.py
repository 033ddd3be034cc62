"""The graph's files: Turtle (the union), TriG (a named graph per article), N-Quads and
JSON-LD, each replaced atomically (files.py)."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import groupby
from pathlib import Path

from rdflib import Graph

from ..files import atomic_file, write_atomic
from .namespace import DGR, PREFIXES, bind_prefixes
from .ntriples import RDF_TYPE, Block, blocks, quad_line
from .shards import Shards

__all__ = [
    "EXPORTS",
    "turtle_block",
    "write_jsonld",
    "write_nquads",
    "write_trig",
    "write_turtle",
]

# schema.org terms read as plain names ("headline", "sameAs"); the others by prefix
CONTEXT = {
    "@vocab": "https://schema.org/",
    "dg": "https://w3id.org/diplograph/ontology#",
    "dgr": "https://w3id.org/diplograph/id/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": "http://www.wikidata.org/entity/",
    "void": "http://rdfs.org/ns/void#",
    "dcat": "http://www.w3.org/ns/dcat#",
}
EXPORTS = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}


def _jsonld(whole: Graph) -> bytes:
    """JSON-LD with its nodes and values in a fixed order (rdflib lists them in the order of
    sets, which changes from one process to the next: string hashes are salted)."""

    def ordered(value: object, key: str = "") -> object:
        if isinstance(value, dict):
            return {k: ordered(v, k) for k, v in value.items()}
        if isinstance(value, list):
            items = [ordered(v) for v in value]
            if key == "@list":  # an RDF list keeps its order
                return items
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return value

    doc = ordered(json.loads(whole.serialize(format="json-ld", context=CONTEXT, sort_keys=True)))
    text = json.dumps(doc, indent=2, separators=(",", ": "), sort_keys=True, ensure_ascii=False)
    return text.encode("utf-8")


# --- Turtle and TriG from N-Triples blocks ---------------------------------------------------
# rdflib's writers need the whole graph in memory (minutes for a big corpus); these
# write one subject at a time from the sorted union (shards.merge), in the layout rdflib
# uses: `a` first, predicates and objects sorted, one prefixed name wherever it is safe.

LOCAL_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_\-]*$")
INTEGER = re.compile(r"^[+-]?[0-9]+$")
DECIMAL = re.compile(r"^[+-]?[0-9]*\.[0-9]+$")
XSD = "http://www.w3.org/2001/XMLSchema#"
SHORT_LITERALS = {f"{XSD}integer": INTEGER, f"{XSD}decimal": DECIMAL}
# longest namespace first: dgr:… must not be read as dg:…
_NAMESPACES = sorted(((ns, prefix) for prefix, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


@lru_cache(maxsize=65536)  # predicates, classes and code-list terms repeat on every line
def _qname(iri: str) -> tuple[str, str | None]:
    for namespace, prefix in _NAMESPACES:
        if iri.startswith(namespace) and LOCAL_NAME.match(iri[len(namespace) :]):
            return f"{prefix}:{iri[len(namespace) :]}", prefix
    return f"<{iri}>", None


@lru_cache(maxsize=65536)
def _turtle_term(term: str) -> tuple[str, str | None]:
    """An IRI or a typed literal in N-Triples form -> Turtle, and the prefix it uses."""
    if term.startswith("<"):
        return _qname(term[1:-1])
    lexical, _, datatype = term.rpartition("^^<")
    datatype = datatype[:-1]
    short = SHORT_LITERALS.get(datatype)
    if short and short.match(lexical[1:-1]):
        return lexical[1:-1], None
    text, prefix = _qname(datatype)
    return f"{lexical}^^{text}", prefix


class Prefixes:
    """Turns N-Triples terms into Turtle terms and remembers which prefixes it used."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def iri(self, iri: str) -> str:
        text, prefix = _qname(iri)
        if prefix:
            self.used.add(prefix)
        return text

    def term(self, term: str) -> str:
        if term.endswith(">"):  # an IRI or a typed literal: few, repeated, so cached
            text, prefix = _turtle_term(term)
            if prefix:
                self.used.add(prefix)
            return text
        return term  # a plain or language-tagged string: N-Triples form is Turtle too

    def header(self) -> str:
        lines = [f"@prefix {p}: <{PREFIXES[p]}> ." for p in sorted(self.used)]
        return "\n".join(lines) + "\n\n" if lines else ""


def turtle_block(block: Block, prefixes: Prefixes, indent: str = "") -> str:
    """One subject as Turtle: `<s> a dg:X ;\\n    p o1,\\n        o2 ;\\n    q o3 .`"""
    types = [o for p, o in block.pairs if p == RDF_TYPE]
    rest = [(p, o) for p, o in block.pairs if p != RDF_TYPE]
    groups: list[tuple[str, list[str]]] = []
    if types:
        groups.append(("a", types))
    for predicate, pairs in groupby(rest, key=lambda pair: pair[0]):
        groups.append((prefixes.iri(predicate[1:-1]), [o for _, o in pairs]))
    parts = []
    for predicate, objects in groups:
        shown = f",\n{indent}        ".join(prefixes.term(o) for o in objects)
        parts.append(f"{predicate} {shown}")
    body = f" ;\n{indent}    ".join(parts)
    return f"{indent}{prefixes.term(block.subject)} {body} .\n"


def _with_header(path: Path, prefixes: Prefixes, body: Path) -> None:
    """Prefixes are known once the body is written; the header goes first all the same."""
    with atomic_file(path) as out, body.open("rb") as f:
        out.write(prefixes.header().encode("utf-8"))
        shutil.copyfileobj(f, out, 1 << 20)


def write_turtle(blocks: Iterable[Block], path: Path, scratch: Path) -> int:
    """The merged graph as Turtle; returns the number of triples."""
    prefixes = Prefixes()
    body = scratch / "body.ttl"
    count = 0
    with body.open("w", encoding="utf-8") as out:
        first = True
        for block in blocks:
            if not first:
                out.write("\n")
            first = False
            out.write(turtle_block(block, prefixes))
            count += len(block.pairs)
    _with_header(path, prefixes, body)
    body.unlink()
    return count


def _graphs(main: Shards, held: Shards) -> Iterator[tuple[str, Shards, str]]:
    """(graph IRI, shards, article id): each article's graph, then its held-back facts."""
    for article_id in sorted(main.ids | held.ids):
        if article_id in main:
            yield str(DGR[f"graph/{article_id}"]), main, article_id
        if article_id in held and held.size_of(article_id):
            yield str(DGR[f"graph/{article_id}/held-back"]), held, article_id


def write_trig(main: Shards, held: Shards, path: Path, scratch: Path) -> None:
    """A named graph per article (<…/graph/ID>) and one for its held-back facts
    (<…/graph/ID/held-back>), in article order; one article in memory at a time."""
    prefixes = Prefixes()
    body = scratch / "body.trig"
    with body.open("w", encoding="utf-8") as out:
        first = True
        for name, shards, article_id in _graphs(main, held):
            if not first:
                out.write("\n")
            first = False
            text = "\n".join(
                turtle_block(b, prefixes, "    ") for b in blocks(shards.lines(article_id))
            )
            out.write(f"<{name}> {{\n{text}}}\n")
    _with_header(path, prefixes, body)
    body.unlink()


def write_nquads(main: Shards, held: Shards, path: Path) -> None:
    with atomic_file(path) as out:
        for name, shards, article_id in _graphs(main, held):
            out.write("".join(quad_line(line, name) for line in shards.lines(article_id)).encode())


def write_jsonld(merged_lines: Path, path: Path) -> None:
    """JSON-LD of the merged graph, compacted with the schema.org context (rdflib's writer:
    the whole graph in memory, so only when asked for)."""
    graph = Graph()
    bind_prefixes(graph)
    graph.parse(merged_lines, format="nt")
    write_atomic(path, _jsonld(graph))
