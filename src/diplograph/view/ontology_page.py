"""The ontology as one page a person reads offline: every class, property and code-list concept
with its labels, comments, alignments and an example from a graph, and a class diagram.

Terms are grouped as ontology/diplograph.ttl groups them: under its section banners, in file
order. This module computes plain records (a term's labels and comments by language, its facts
as links, its example as Turtle text); the template assets/ontology.html (its style
assets/ontology.css) writes the page: no script, no request, the diagram an inline SVG
(assets/diagram.svg, which alone is what the README shows). pyLODE, the
maintained library for this, cannot render ours: 3.4 fails on import and 3.2 runs a term's
labels together ("articleстатья").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import DCTERMS, OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.term import BNode, Node

from ..files import write_atomic
from ..rdf.namespace import DG, PREFIXES
from ..shacl.ontology import ontology_dir
from .diagram import class_diagram, diagram_layout
from .templates import template

__all__ = ["Section", "diagram", "render_docs", "sections", "write_docs"]

VANN = Namespace("http://purl.org/vocab/vann/")
_BANNER = re.compile(r"^# =+\n# (?P<title>[^\n]+)\n(?:#[^\n]*\n)*?# =+\n", re.M)
_SUBJECT = re.compile(r"^(dg:\w+)\n    a ", re.M)  # a definition: "dg:Port\n    a owl:Class ;"
_KINDS = {
    OWL.Class: "class",
    OWL.ObjectProperty: "object property",
    OWL.DatatypeProperty: "datatype property",
    SKOS.ConceptScheme: "concept scheme",
    SKOS.Concept: "concept",
}


@dataclass
class Section:
    title: str
    terms: list[URIRef] = field(default_factory=list)


@dataclass(frozen=True)
class Link:
    """A value as the page shows it: a term of the page (href "#Port"), a term or page
    elsewhere (external), a name in code, or plain text."""

    text: str
    href: str = ""
    external: bool = False
    code: bool = True


Value = list[Link]  # one link, or the members of a union ("A or B")


@dataclass(frozen=True)
class Said:
    lang: str
    text: str


@dataclass(frozen=True)
class Fact:
    label: str
    values: list[Value]


@dataclass(frozen=True)
class Entry:
    """A term's entry: what the template writes of it."""

    name: str  # its local name, the entry's id
    kind: str
    iri: str
    labels: list[Said]
    comments: list[Said]
    facts: list[Fact]
    example: str  # Turtle, or "" when the graph has none


@dataclass(frozen=True)
class Part:
    """A banner's section of the page: its terms as the contents list them, and their entries."""

    title: str
    links: list[Link]
    entries: list[Entry]


def sections(source: str) -> list[Section]:
    """The file's banners and the dg: terms defined under each, in file order."""
    found: list[Section] = []
    seen: set[str] = set()
    banners = list(_BANNER.finditer(source))
    for i, banner in enumerate(banners):
        end = banners[i + 1].start() if i + 1 < len(banners) else len(source)
        title = re.split(r"[:.] ", banner.group("title"), maxsplit=1)[0].rstrip(".")
        section = Section(title)
        for name in _SUBJECT.findall(source, banner.end(), end):
            if name not in seen:
                seen.add(name)
                section.terms.append(DG[name.removeprefix("dg:")])
        if section.terms:
            found.append(section)
    return found


def _qname(term: Node) -> str:
    iri = str(term)
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if iri.startswith(namespace) and iri != namespace:
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def _link(term: Node, ontology: Graph) -> Value:
    if isinstance(term, BNode):
        members = list(ontology.objects(term, OWL.unionOf))
        if members:
            return [link for m in Collection(ontology, members[0]) for link in _link(m, ontology)]
        return [Link("(anonymous)", code=False)]
    name = _qname(term)
    if str(term).startswith(str(DG)):
        return [Link(name, "#" + str(term)[len(str(DG)) :])]
    if isinstance(term, URIRef) and str(term).startswith(("http://", "https://")):
        return [Link(name, str(term), external=True)]
    return [Link(name)]


def _texts(graph: Graph, term: Node, prop: URIRef) -> dict[str, str]:
    out: dict[str, str] = {}
    for value in sorted(graph.objects(term, prop), key=str):
        if isinstance(value, Literal):
            out.setdefault(value.language or "", str(value))
    return out


def _by_language(texts: dict[str, str]) -> list[Said]:
    """English first, then the other languages in order."""
    return [
        Said(lang, texts[lang]) for lang in sorted(texts, key=lambda lang: (lang != "en", lang))
    ]


def _labels(graph: Graph, term: Node) -> list[Said]:
    return _by_language(_texts(graph, term, RDFS.label) or _texts(graph, term, SKOS.prefLabel))


def _comments(graph: Graph, term: Node) -> list[Said]:
    return _by_language(_texts(graph, term, RDFS.comment) or _texts(graph, term, SKOS.definition))


def _rows(ontology: Graph, term: URIRef) -> list[tuple[str, list[Node]]]:
    g = ontology

    def objects(prop: URIRef) -> list[Node]:
        return sorted(g.objects(term, prop), key=str)

    def subjects(prop: URIRef) -> list[Node]:
        return sorted(g.subjects(prop, term), key=str)

    disjoint = set(g.objects(term, OWL.disjointWith)) | set(g.subjects(OWL.disjointWith, term))
    for axiom in g.subjects(RDF.type, OWL.AllDisjointClasses):
        head = g.value(axiom, OWL.members)
        members = list(Collection(g, head)) if head is not None else []
        if term in members:
            disjoint |= set(members) - {term}
    in_domain = [
        p for p in g.subjects(RDFS.domain, None) if term in _union(g, g.value(p, RDFS.domain))
    ]
    in_range = [
        p for p in g.subjects(RDFS.range, None) if term in _union(g, g.value(p, RDFS.range))
    ]
    return [
        ("type", [t for t in objects(RDF.type) if t not in _KINDS]),
        ("subclass of", objects(RDFS.subClassOf)),
        ("subclasses", subjects(RDFS.subClassOf)),
        ("disjoint with", sorted(disjoint, key=str)),
        ("sub-property of", objects(RDFS.subPropertyOf)),
        ("inverse of", objects(OWL.inverseOf)),
        ("domain", objects(RDFS.domain)),
        ("range", objects(RDFS.range)),
        ("properties", sorted(in_domain, key=str)),
        ("values of", sorted(in_range, key=str)),
        ("in scheme", objects(SKOS.inScheme)),
        ("top concepts", objects(SKOS.hasTopConcept)),
        ("notation", objects(SKOS.notation)),
        ("close match", objects(SKOS.closeMatch)),
        ("see also", objects(RDFS.seeAlso)),
    ]


def _union(g: Graph, node: Node | None) -> set[Node]:
    if node is None:
        return set()
    lists = list(g.objects(node, OWL.unionOf))
    return set(Collection(g, lists[0])) if lists else {node}


def _example(term: URIRef, kind: str, data: Graph) -> str:
    """Turtle from the data: a class's first instance, a property's first statement."""
    if kind == "class":
        instances = sorted(data.subjects(RDF.type, term), key=str)
        if not instances:
            return ""
        subject = instances[0]
        pairs = sorted(
            data.predicate_objects(subject),
            key=lambda po: (_order(po[0]), str(po[0]), str(po[1])),
        )
    elif kind.endswith("property"):
        statements = sorted(data.subject_objects(term), key=lambda so: (str(so[0]), str(so[1])))
        if not statements:
            return ""
        subject, obj = statements[0]
        pairs = [(term, obj)]
    else:
        users = sorted(data.subject_predicates(term), key=lambda sp: (str(sp[0]), str(sp[1])))
        if not users:
            return ""
        subject, prop = users[0]
        pairs = [(prop, term)]
    lines = [_turtle(subject)]
    shown = pairs[:8]
    for i, (p, o) in enumerate(shown):
        end = " ." if i == len(shown) - 1 else " ;"
        lines.append(f"    {'a' if p == RDF.type else _turtle(p)} {_turtle(o)}{end}")
    if len(pairs) > len(shown):
        lines[-1] = lines[-1][:-2] + " ;\n    # … " + f"{len(pairs) - len(shown)} more"
    return "\n".join(lines)


def _order(predicate: Node) -> int:
    """An instance's type, then its label, then the ontology's own properties, then the rest."""
    if predicate == RDF.type:
        return 0
    if predicate == RDFS.label:
        return 1
    return 2 if str(predicate).startswith(str(DG)) else 3


_BARE = {XSD.decimal: re.compile(r"^-?[0-9]+\.[0-9]+$"), XSD.integer: re.compile(r"^-?[0-9]+$")}


def _turtle(term: Node) -> str:
    bare = _BARE.get(term.datatype) if isinstance(term, Literal) and term.datatype else None
    if bare is not None and bare.match(str(term)):
        return str(term)
    if isinstance(term, Literal):
        text = str(term)
        if len(text) > 90:
            text = text[:89] + "…"
        quoted = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
        if term.language:
            return f"{quoted}@{term.language}"
        if term.datatype and term.datatype != XSD.string:
            return f"{quoted}^^{_qname(term.datatype)}"
        return quoted
    name = _qname(term)
    return name if name != str(term) else f"<{name}>"


def _kind(ontology: Graph, term: URIRef) -> str:
    types = set(ontology.objects(term, RDF.type))
    return next((name for t, name in _KINDS.items() if t in types), "term")


def _entry(ontology: Graph, data: Graph, term: URIRef) -> Entry:
    kind = _kind(ontology, term)
    return Entry(
        name=str(term)[len(str(DG)) :],
        kind=kind,
        iri=str(term),
        labels=_labels(ontology, term),
        comments=_comments(ontology, term),
        facts=[
            Fact(label, [_link(v, ontology) for v in values])
            for label, values in _rows(ontology, term)
            if values
        ],
        example=_example(term, kind, data),
    )


def diagram(ontology_file: Path) -> str:
    """The class diagram alone, as an SVG document (docs/ontology.svg)."""
    ontology = Graph().parse(ontology_file, format="turtle")
    groups = [(s.title, s.terms) for s in sections(ontology_file.read_text(encoding="utf-8"))]
    return class_diagram(ontology, groups)


def render_docs(ontology_file: Path, data: Graph) -> str:
    """The page of the ontology in `ontology_file`, its examples taken from `data`."""
    ontology = Graph().parse(ontology_file, format="turtle")
    parts = sections(ontology_file.read_text(encoding="utf-8"))
    header = ontology.value(predicate=RDF.type, object=OWL.Ontology)
    assert isinstance(header, URIRef), "the ontology has no owl:Ontology header"
    titles = _texts(ontology, header, DCTERMS.title)
    facts: list[tuple[str, list[Node]]] = [
        ("IRI", [header]),
        ("version IRI", list(ontology.objects(header, OWL.versionIRI))),
        ("version", list(ontology.objects(header, OWL.versionInfo))),
        ("licence", list(ontology.objects(header, DCTERMS.license))),
        ("creators", list(ontology.objects(header, DCTERMS.creator))),
        ("created", list(ontology.objects(header, DCTERMS.created))),
        ("modified", list(ontology.objects(header, DCTERMS.modified))),
        ("preferred prefix", list(ontology.objects(header, VANN.preferredNamespacePrefix))),
        ("namespace", list(ontology.objects(header, VANN.preferredNamespaceUri))),
    ]
    metadata = [Fact(label, [[_value(v)] for v in values]) for label, values in facts if values]
    external = sorted(
        (
            t
            for k in _KINDS
            for t in ontology.subjects(RDF.type, k)
            if isinstance(t, URIRef) and not str(t).startswith(str(DG))
        ),
        key=_qname,
    )
    return template("ontology.html").render(
        title=titles.get("en", "ontology"),
        title_ru=titles.get("ru", ""),
        metadata=metadata,
        comments=_comments(ontology, header),
        diagram=diagram_layout(ontology, [(s.title, s.terms) for s in parts]),
        parts=[
            Part(
                s.title,
                [link for t in s.terms for link in _link(t, ontology)],
                [_entry(ontology, data, t) for t in s.terms],
            )
            for s in parts
        ],
        external=[link for t in external for link in _link(t, ontology)],
    )


def _value(value: Node) -> Link:
    if isinstance(value, URIRef):
        return Link(str(value), str(value), external=True)
    return Link(str(value), code=False)


def write_docs(out: Path, data: Graph, *, diagram_file: Path | None = None) -> None:
    """The ontology's page into `out` (and its diagram alone into `diagram_file`), with its
    examples taken from `data`."""
    source = ontology_dir() / "diplograph.ttl"
    write_atomic(out, render_docs(source, data).encode("utf-8"))
    if diagram_file is not None:
        write_atomic(diagram_file, diagram(source).encode("utf-8"))
