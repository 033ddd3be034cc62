"""What a build holds, said in VoID and DCAT, and the code lists its facts use.

A build's graph describes itself: a void:Dataset (and dcat:Dataset) with its size (triples,
entities, classes, properties, each class's and property's share), its sources (every
dg:Article, which carries its schema:url when ingest knew it), the vocabularies it uses, its
licence and the diplograph version that made it. Its numbers count the data, the code lists
included, and not the description itself: VoID describes a dataset from outside.

The code lists (dg:Indicators, dg:Comparisons, dg:FlowStatuses: SKOS concept schemes of the
ontology) travel with the data whose facts use them, so that a validator or a store given the
data alone knows what dg:more_than is (a dg:Comparison, its notation and labels): the shapes
hold with or without the ontology, with or without RDFS inference.

The union streams past `Tally.see` line by line; `Tally.lines` then gives the lines to add.
Data subjects are under https://w3id.org/diplograph/id/, the code lists' under the ontology's
namespace and the description's under https://w3id.org/diplograph/void/, which sort in that
order: the added lines go after the data and the union stays sorted. In graph.trig (and
graph.nq) they are the default graph, after the articles' named graphs.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import cast

from rdflib import DCAT, DCTERMS, PROV, RDF, SKOS, Graph, Literal, Namespace, URIRef

from .. import __version__
from .namespace import DG, DGR, PREFIXES, SCHEMA
from .ntriples import blocks, ntriples
from .writers import Prefixes, turtle_block

__all__ = ["DESCRIPTION", "LICENSE", "VOID", "Tally", "append_default_graph", "code_lists"]

Triple = tuple[URIRef, URIRef, URIRef | Literal]

VOID = Namespace("http://rdfs.org/ns/void#")
DESCRIPTION = Namespace("https://w3id.org/diplograph/void/")
# the software's licence; the sentences quoted as evidence stay their publishers' (RIGHTS)
LICENSE = URIRef("https://spdx.org/licenses/MIT")
RIGHTS = (
    "Facts extracted by diplograph from the articles named as sources; the sentences quoted "
    "as their evidence (nif:anchorOf) remain their publishers'."
)
RUSSIAN = URIRef("http://id.loc.gov/vocabulary/iso639-1/ru")
ONTOLOGY_VERSION = URIRef(f"https://w3id.org/diplograph/ontology/{__version__}")

_TYPE = f"<{RDF.type}>".encode()
_ARTICLE = f"<{DG.Article}>".encode()
_DATA_SPACE = f"<{DGR}".encode()
_ADDED = f"<{DG}".encode()  # the first added line sorts at or after this
_NAMESPACES = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))  # dgr:… is not dg:…


def code_lists(ontology: Graph) -> dict[bytes, set[Triple]]:
    """Each concept of the ontology's schemes (as an N-Triples term) -> the triples of its
    whole scheme: the scheme and all its concepts, so that skos:hasTopConcept never dangles."""
    out: dict[bytes, set[Triple]] = {}
    for scheme in sorted(ontology.subjects(RDF.type, SKOS.ConceptScheme), key=str):
        members = sorted(ontology.subjects(SKOS.inScheme, scheme), key=str)
        triples: set[Triple] = set()
        for node in (scheme, *members):
            for s, p, o in ontology.triples((node, None, None)):
                if isinstance(o, URIRef | Literal):
                    triples.add((cast(URIRef, s), cast(URIRef, p), o))
        for concept in members:
            out[f"<{concept}>".encode()] = triples
    return out


class Tally:
    """Counts of a build's union as it streams past (sorted canonical N-Triples lines), and
    the lines to add after it: the code lists its facts use, then its description."""

    def __init__(self, ontology: Graph, *, license: URIRef = LICENSE) -> None:
        self.license = license
        self.lists = code_lists(ontology)
        self.used: set[bytes] = set()
        self.triples = 0
        self.subjects = 0
        self.entities = 0
        self.classes: Counter[bytes] = Counter()
        self.properties: Counter[bytes] = Counter()
        self.articles: list[bytes] = []
        self._last = b""

    def see(self, line: bytes) -> None:
        subject, predicate, rest = line.split(b" ", 2)
        if subject >= _ADDED:
            raise ValueError(f"a data subject sorts among the added lines: {subject!r}")
        obj = rest[:-3]  # the line ends with " .\n"
        self._count(subject, predicate, obj)
        if obj in self.lists:
            self.used.add(obj)

    def _count(self, subject: bytes, predicate: bytes, obj: bytes) -> None:
        self.triples += 1
        if subject != self._last:
            self._last = subject
            self.subjects += 1
            self.entities += subject.startswith(_DATA_SPACE)
        self.properties[predicate] += 1
        if predicate == _TYPE:
            self.classes[obj] += 1
            if obj == _ARTICLE:
                self.articles.append(subject)

    def lines(self) -> list[bytes]:
        """The code lists the data uses, then the description: sorted N-Triples lines, each
        after every line seen."""
        lists: set[Triple] = set()
        for concept in sorted(self.used):
            lists |= self.lists[concept]
        added = ntriples(lists).splitlines(True)
        for line in added:  # the code lists are data too
            subject, predicate, rest = line.split(b" ", 2)
            self._count(subject, predicate, rest[:-3])
        return added + ntriples(self.description()).splitlines(True)

    def description(self) -> set[Triple]:
        articles = sorted(a[1:-1].decode() for a in self.articles)
        digest = hashlib.sha256("\n".join(articles).encode()).hexdigest()[:12]
        dataset = DESCRIPTION[digest]
        software = DESCRIPTION[f"software/diplograph/{__version__}"]
        n = len(articles)
        out: set[Triple] = {
            (dataset, RDF.type, VOID.Dataset),
            (dataset, RDF.type, DCAT.Dataset),
            (dataset, DCTERMS.title, Literal(f"diplograph graph of {n} article(s)", lang="en")),
            (dataset, DCTERMS.title, Literal(f"Граф diplograph (статей: {n})", lang="ru")),
            (dataset, DCTERMS.license, self.license),
            (dataset, DCTERMS.rights, Literal(RIGHTS, lang="en")),
            (dataset, DCTERMS.language, RUSSIAN),
            (dataset, DCTERMS.conformsTo, ONTOLOGY_VERSION),
            (dataset, PROV.wasAttributedTo, software),
            (dataset, VOID.uriSpace, Literal(str(DGR))),
            (dataset, VOID.triples, Literal(self.triples)),
            (dataset, VOID.entities, Literal(self.entities)),
            (dataset, VOID.distinctSubjects, Literal(self.subjects)),
            (dataset, VOID.classes, Literal(len(self.classes))),
            (dataset, VOID.properties, Literal(len(self.properties))),
            (software, RDF.type, PROV.SoftwareAgent),
            (software, RDF.type, SCHEMA.SoftwareApplication),
            (software, SCHEMA.name, Literal("diplograph")),
            (software, SCHEMA.softwareVersion, Literal(__version__)),
            (software, DCTERMS.license, LICENSE),
        }
        out |= {(dataset, DCTERMS.source, URIRef(article)) for article in articles}
        for term, count in self.classes.items():
            cls = URIRef(term[1:-1].decode())
            part = DESCRIPTION[f"{digest}/class/{_name(cls)}"]
            out |= {(dataset, VOID.classPartition, part), (part, VOID["class"], cls)}
            out.add((part, VOID.entities, Literal(count)))
        terms = [t[1:-1].decode() for t in (*self.classes, *self.properties)]
        for namespace in {_namespace(t) for t in terms} - {None, str(RDF)}:
            out.add((dataset, VOID.vocabulary, URIRef(str(namespace))))
        return out


def _namespace(iri: str) -> str | None:
    return next((ns for _, ns in _NAMESPACES if iri.startswith(ns)), None)


def _name(iri: str) -> str:
    """A readable, unique tail for a class partition's IRI: dg-Person, skos-Concept."""
    for prefix, namespace in _NAMESPACES:
        rest = iri[len(namespace) :]
        if iri.startswith(namespace) and rest and rest.replace("_", "").isalnum():
            return f"{prefix}-{rest}"
    return hashlib.sha256(iri.encode()).hexdigest()[:12]


def append_default_graph(folder: Path, lines: Sequence[bytes]) -> None:
    """The added lines as the default graph of the folder's graph.trig (and graph.nq, when
    there is one), after the articles' named graphs. TriG allows a directive between graphs:
    the prefixes its header lacks are declared before the block."""
    trig = folder / "graph.trig"
    declared: set[str] = set()
    with trig.open("rb") as f:
        for raw in f:
            if not raw.startswith(b"@prefix "):
                break
            declared.add(raw.split()[1].decode()[:-1])
    prefixes = Prefixes()
    text = "\n".join(
        turtle_block(block, prefixes, "    ")
        for block in blocks(line.decode("utf-8") for line in lines)
    )
    head = "".join(f"@prefix {p}: <{PREFIXES[p]}> .\n" for p in sorted(prefixes.used - declared))
    with trig.open("a", encoding="utf-8") as out:
        out.write(f"\n{head}\n{{\n{text}}}\n" if head else f"\n{{\n{text}}}\n")
    nquads = folder / "graph.nq"
    if nquads.is_file():
        with nquads.open("ab") as out:
            out.writelines(lines)
