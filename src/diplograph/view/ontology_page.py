"""The ontology as one page a person reads offline: every class, property and code-list concept
with its labels, comments, alignments and an example from a graph, and a class diagram.

Terms are grouped as ontology/diplograph.ttl groups them: under its section banners, in file
order. The page is the package's template (assets/ontology.html) filled in: no script, no
request, the diagram an inline SVG (`diagram` alone is what the README shows). pyLODE, the
maintained library for this, cannot render ours: 3.4 fails on import and 3.2 runs a term's
labels together ("articleстатья").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from importlib.resources import files
from pathlib import Path
from string import Template

from rdflib import DCTERMS, OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.term import BNode, Node

from ..files import write_atomic
from ..rdf.namespace import DG, PREFIXES
from ..shacl.ontology import ontology_dir
from .diagram import class_diagram

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


def _link(term: Node, ontology: Graph) -> str:
    if isinstance(term, BNode):
        members = list(ontology.objects(term, OWL.unionOf))
        if members:
            parts = [_link(m, ontology) for m in Collection(ontology, members[0])]
            return " or ".join(parts)
        return "(anonymous)"
    name = escape(_qname(term))
    if str(term).startswith(str(DG)):
        return f'<a href="#{escape(str(term)[len(str(DG)) :])}"><code>{name}</code></a>'
    if isinstance(term, URIRef) and str(term).startswith(("http://", "https://")):
        return f'<a class="out" href="{escape(str(term))}"><code>{name}</code></a>'
    return f"<code>{name}</code>"


def _texts(graph: Graph, term: Node, prop: URIRef) -> dict[str, str]:
    out: dict[str, str] = {}
    for value in sorted(graph.objects(term, prop), key=str):
        if isinstance(value, Literal):
            out.setdefault(value.language or "", str(value))
    return out


def _labels(graph: Graph, term: Node) -> str:
    labels = _texts(graph, term, RDFS.label) or _texts(graph, term, SKOS.prefLabel)
    return " ".join(
        f'<span class="label" lang="{lang}">{escape(text)}</span>'
        for lang, text in sorted(labels.items(), key=lambda item: (item[0] != "en", item[0]))
    )


def _comments(graph: Graph, term: Node) -> str:
    comments = _texts(graph, term, RDFS.comment) or _texts(graph, term, SKOS.definition)
    return "".join(
        f'<p lang="{lang}">{escape(text)}</p>'
        for lang, text in sorted(comments.items(), key=lambda item: (item[0] != "en", item[0]))
    )


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
    return f'<pre class="example">{escape(chr(10).join(lines))}</pre>'


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


def _term(ontology: Graph, data: Graph, term: URIRef) -> str:
    kind = _kind(ontology, term)
    name = str(term)[len(str(DG)) :]
    rows = "".join(
        f"<tr><th>{label}</th><td>{', '.join(_link(v, ontology) for v in values)}</td></tr>"
        for label, values in _rows(ontology, term)
        if values
    )
    example = _example(term, kind, data)
    return (
        f'<section class="term" id="{escape(name)}">'
        f'<h3><code>dg:{escape(name)}</code> <span class="kind">{kind}</span></h3>'
        f'<p class="labels">{_labels(ontology, term)}</p>'
        f'<p class="iri"><code>{escape(str(term))}</code></p>'
        f"{_comments(ontology, term)}"
        f'<table class="facts">{rows}</table>'
        f"{'<h4>Example from the graph</h4>' + example if example else ''}"
        "</section>\n"
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
    metadata = "".join(
        f"<tr><th>{label}</th><td>{', '.join(_value(v) for v in values)}</td></tr>"
        for label, values in facts
        if values
    )
    toc = "".join(
        f'<li><a href="#section-{i}">{escape(s.title)}</a> '
        + " ".join(_link(t, ontology) for t in s.terms)
        + "</li>"
        for i, s in enumerate(parts)
    )
    body = "".join(
        f'<h2 id="section-{i}">{escape(s.title)}</h2>\n'
        + "".join(_term(ontology, data, t) for t in s.terms)
        for i, s in enumerate(parts)
    )
    external = sorted(
        (
            t
            for k in _KINDS
            for t in ontology.subjects(RDF.type, k)
            if isinstance(t, URIRef) and not str(t).startswith(str(DG))
        ),
        key=_qname,
    )
    page = Template(files(__package__).joinpath("assets/ontology.html").read_text(encoding="utf-8"))
    return page.substitute(
        title=escape(titles.get("en", "ontology")),
        title_ru=escape(titles.get("ru", "")),
        metadata=metadata,
        comment=_comments(ontology, header),
        diagram=class_diagram(ontology, [(s.title, s.terms) for s in parts]),
        toc=toc,
        body=body,
        external=", ".join(_link(t, ontology) for t in external),
    )


def _value(value: Node) -> str:
    if isinstance(value, URIRef):
        return f'<a class="out" href="{escape(str(value))}"><code>{escape(str(value))}</code></a>'
    return escape(str(value))


def write_docs(out: Path, data: Graph, *, diagram_file: Path | None = None) -> None:
    """The ontology's page into `out` (and its diagram alone into `diagram_file`), with its
    examples taken from `data`."""
    source = ontology_dir() / "diplograph.ttl"
    write_atomic(out, render_docs(source, data).encode("utf-8"))
    if diagram_file is not None:
        write_atomic(diagram_file, diagram(source).encode("utf-8"))
