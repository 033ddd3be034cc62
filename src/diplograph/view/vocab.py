"""Reading a graph for the page: its triples by subject, names and classes of terms.

Lookups go to the data graph first, then to the shipped ontology (labels of classes and
properties, code lists, subclasses); standard properties the ontology does not label get
short names here (FALLBACK_LABELS). rdflib's own lookups (and URIRef equality) are slow in
the per-node loops of a page of 10^4 nodes; dictionaries are not.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS
from rdflib.term import Node

from ..rdf.namespace import DCTERMS, DG, NIF, ORG, PROV, SCHEMA
from ..shacl.ontology import ontology_graph

# Looked up once: attribute access on rdflib namespaces is slow in the per-node loops.
TYPE = URIRef(RDF.type)
LABEL = URIRef(RDFS.label)
ALT = URIRef(SKOS.altLabel)
PREF = URIRef(SKOS.prefLabel)
NOTATION = URIRef(SKOS.notation)
IN_SCHEME = URIRef(SKOS.inScheme)
SUBCLASS = URIRef(RDFS.subClassOf)
SAME_AS = URIRef(SCHEMA.sameAs)
DERIVED = URIRef(PROV.wasDerivedFrom)
ANCHOR = URIRef(NIF.anchorOf)
BEGIN = URIRef(NIF.beginIndex)
PART_OF = URIRef(DCTERMS.isPartOf)
HEADLINE = URIRef(SCHEMA.headline)
PUBLISHED = URIRef(SCHEMA.datePublished)

# Evidence, not things: shown in tooltips and the side panel only.
EVIDENCE_CLASSES = frozenset({DG.Sentence, DG.Article})
# Code lists whose members are words on a fact node ("товарооборот", "более"), not nodes.
CONCEPT_CLASSES = frozenset({DG.Indicator, DG.Comparison, DG.FlowStatus})
# Shown elsewhere (labels, links, provenance line), so not repeated as "property: value".
NOT_PROPS = frozenset({TYPE, LABEL, ALT, PREF, SAME_AS, DERIVED})
PROVENANCE = frozenset({DG.extractedBy, DG.confidence})

# Short (Russian, English) names for the standard properties the builder uses, which the
# ontology does not label (it is not theirs to label). Read along the drawn arrow: a post
# holding -> its holder, its post, its organisation. Labels in the data or the ontology win.
FALLBACK_LABELS: dict[str, tuple[str, str]] = {
    str(ORG.member): ("лицо", "holder"),
    str(ORG.role): ("должность", "post"),
    str(ORG.organization): ("организация", "organisation"),
    str(ORG.memberOf): ("член", "member of"),
    str(ORG.headOf): ("глава", "head of"),
    str(ORG.hasMembership): ("должность", "post"),
    str(ORG.subOrganizationOf): ("входит в", "part of"),
    f"{SCHEMA}publisher": ("издатель", "publisher"),
    f"{SCHEMA}mentions": ("упоминает", "mentions"),
    f"{SCHEMA}inLanguage": ("язык", "language"),
    f"{SCHEMA}location": ("место", "location"),
    f"{SCHEMA}sameAs": ("то же, что", "same as"),
    f"{DCTERMS}isPartOf": ("часть", "part of"),
    f"{DCTERMS}identifier": ("код", "code"),
    f"{PROV}wasDerivedFrom": ("источник", "source"),
    # two facts that state different things of one matter (issue 17; its ontology term may
    # come with labels of its own, which win)
    f"{DG}disagreesWith": ("расходится с", "disagrees with"),
}
# Drawn against the triple's direction, so that the arrow reads as a sentence:
# "Мурат Нуртлеу -занимает-> (министр иностранных дел) -страна-> Казахстан".
REVERSED: dict[str, tuple[str, str]] = {str(ORG.member): ("занимает", "holds")}


@dataclass(frozen=True)
class Index:
    """All triples of a graph by subject and predicate, read in one pass.

    rdflib's own lookups (and URIRef equality) are slow in Python; dictionaries are not.
    Subjects and objects are sorted so that the page does not depend on the order the graph
    was parsed in, nor on PYTHONHASHSEED (rdflib's store yields its triples from a set).
    """

    out: Mapping[Node, Mapping[Node, Sequence[Node]]]

    @staticmethod
    def of(graph: Graph) -> Index:
        out: dict[Node, dict[Node, list[Node]]] = {}
        for s, p, o in graph:
            out.setdefault(s, {}).setdefault(p, []).append(o)
        for preds in out.values():
            for objs in preds.values():
                if len(objs) > 1:
                    objs.sort(key=_term_key)
        ordered = {s: out[s] for s in sorted(out, key=_term_key)}
        return Index(ordered)

    def values(self, s: Node, p: Node) -> Sequence[Node]:
        return self.out.get(s, {}).get(p, ())

    def pairs(self, s: Node) -> Iterator[tuple[Node, Node]]:
        preds = self.out.get(s, {})
        for p in sorted(preds, key=str):
            for o in preds[p]:
                yield p, o


def _term_key(term: Node) -> tuple[str, str, str]:
    if isinstance(term, Literal):
        return ("l", str(term), f"{term.language or ''}|{term.datatype or ''}")
    return ("b" if isinstance(term, BNode) else "u", str(term), "")


def local_name(iri: Node) -> str:
    text = str(iri)
    for sep in ("#", "/"):
        tail = text.rstrip(sep).rsplit(sep, 1)[-1]
        if tail != text:
            return tail
    return text


@lru_cache(maxsize=1)
def ontology_index() -> Index:
    """The shipped ontology (labels of properties and classes, code lists, subclasses).

    Missing or not yet parseable (it is written alongside this module), the view falls back to
    local names, so a broken ontology never stops the page being drawn.
    """

    try:  # the build has parsed it already for the shapes: one parse per process
        return Index.of(ontology_graph())
    except Exception:
        return Index({})


@dataclass(frozen=True)
class Vocab:
    """Lookups over the data graph first, then the ontology."""

    data: Index
    onto: Index
    _supers: dict[Node, frozenset[Node]] = field(default_factory=dict)

    def values(self, s: Node, p: URIRef) -> Sequence[Node]:
        return self.data.values(s, p) or self.onto.values(s, p)

    def types(self, s: Node) -> Sequence[Node]:
        return self.data.values(s, TYPE) or self.onto.values(s, TYPE)

    def text(self, s: Node, p: URIRef, langs: Sequence[str] = ("ru", "en", "")) -> str | None:
        found = [o for o in self.values(s, p) if isinstance(o, Literal)]
        for lang in langs:
            hits = sorted(str(o) for o in found if (o.language or "") == lang)
            if hits:
                return hits[0]
        return min((str(o) for o in found), default=None)

    def name(self, term: Node, lang: str = "ru") -> str:
        """A short human name: label, SKOS prefLabel, notation, our fallback, local name.

        ``lang`` is the language tried first ("ru" or "en"); the other follows.
        """
        langs = ("ru", "en", "") if lang == "ru" else ("en", "ru", "")
        fallback = FALLBACK_LABELS.get(str(term))
        return (
            self.text(term, LABEL, langs)
            or self.text(term, PREF, langs)
            or (fallback[0 if lang == "ru" else 1] if fallback else None)
            or self.text(term, NOTATION, langs)
            or local_name(term)
        )

    def supers(self, cls: Node) -> frozenset[Node]:
        """Every superclass (transitively), memoised: there are few classes, many nodes."""
        if cls not in self._supers:
            seen: set[Node] = set()
            todo = [cls]
            while todo:
                for sup in self.values(todo.pop(), SUBCLASS):
                    if sup not in seen and isinstance(sup, URIRef):
                        seen.add(sup)
                        todo.append(sup)
            self._supers[cls] = frozenset(seen)
        return self._supers[cls]

    def is_concept(self, term: Node) -> bool:
        if self.values(term, NOTATION) or self.values(term, IN_SCHEME):
            return True
        return any(t in CONCEPT_CLASSES for t in self.types(term))


def dg_class(vocab: Vocab, subject: Node) -> URIRef | None:
    """The most specific dg: class of a drawable subject, or None for evidence/concepts."""
    types = [t for t in vocab.data.values(subject, TYPE) if isinstance(t, URIRef)]
    ours = sorted({t for t in types if str(t).startswith(str(DG))}, key=str)
    if not ours or any(t in EVIDENCE_CLASSES for t in ours) or vocab.is_concept(subject):
        return None
    implied: set[Node] = set().union(*(vocab.supers(t) for t in ours))
    specific = [t for t in ours if t not in implied]
    return URIRef((specific or ours)[0])
