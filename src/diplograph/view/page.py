"""Draw a diplograph RDF graph as one self-contained, offline, interactive HTML page.

The page is vis-network (the library pyvis wraps), inlined from the pyvis package, with our own
template: pyvis's template links Bootstrap from a CDN even with ``cdn_resources="in_line"``, and
a page that a journalist opens from disk on a train must make no request at all. The page keeps
pyvis's convention of global ``network`` (vis.Network), ``nodes`` and ``edges`` (vis.DataSet).

What is drawn: entities and fact nodes (subjects typed with a ``dg:`` class), joined by the
object properties between them. Articles and sentences are evidence, shown in the tooltip and
the side panel; SKOS code-list values (``dg:turnover``, ``dg:more_than``) and literals (amounts,
dates, periods) are text on the fact node that states them. An entity's panel lists the facts
it takes part in (a person's dg:PostHolding with its post and country, meetings, signings), each
with its key values and the sentences that state it. Labels are Russian, English (@en) on a
switch; standard properties the ontology does not label get short names here (_FALLBACK_LABELS).
The search box, the switch and the legend sit in a side bar beside the canvas, never over it.

Layout is computed here, with a fixed seed, and physics stays off in the browser: a browser-side
stabilisation of a few thousand nodes takes minutes (BASELINES.md), while positions given up front
make a 10^4-node page interactive in seconds (bench/bench_view.py), and the page is
byte-identical for the same graph. Small graphs are then spread until no two labels overlap.
"""

from __future__ import annotations

import html
import importlib.util
import json
import math
import os
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SKOS
from rdflib.term import Node

from ..errors import GraphError
from ..rdf.shards import blocks as _blocks

__all__ = ["PagePart", "page_graph", "render_html", "write_html"]

DG = Namespace("https://w3id.org/diplograph/ontology#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
DCTERMS = Namespace("http://purl.org/dc/terms/")

# Looked up once: attribute access on rdflib namespaces is slow in the per-node loops.
_TYPE = URIRef(RDF.type)
_LABEL = URIRef(RDFS.label)
_ALT = URIRef(SKOS.altLabel)
_PREF = URIRef(SKOS.prefLabel)
_NOTATION = URIRef(SKOS.notation)
_IN_SCHEME = URIRef(SKOS.inScheme)
_SUBCLASS = URIRef(RDFS.subClassOf)
_SAME_AS = URIRef(SCHEMA.sameAs)
_DERIVED = URIRef(PROV.wasDerivedFrom)
_ANCHOR = URIRef(NIF.anchorOf)
_BEGIN = URIRef(NIF.beginIndex)
_PART_OF = URIRef(DCTERMS.isPartOf)
_HEADLINE = URIRef(SCHEMA.headline)
_PUBLISHED = URIRef(SCHEMA.datePublished)

# Evidence, not things: shown in tooltips and the side panel only.
_EVIDENCE_CLASSES = frozenset({DG.Sentence, DG.Article})
# Code lists whose members are words on a fact node ("товарооборот", "более"), not nodes.
_CONCEPT_CLASSES = frozenset({DG.Indicator, DG.Comparison, DG.FlowStatus})
_FACT_CLASSES = frozenset({"PostHolding", "Meeting", "TradeFigure", "ExportFlow", "Signing"})
# Shown elsewhere (labels, links, provenance line), so not repeated as "property: value".
_NOT_PROPS = frozenset({_TYPE, _LABEL, _ALT, _PREF, _SAME_AS, _DERIVED})
_PROVENANCE = frozenset({DG.extractedBy, DG.confidence})
# Order of the words in a fact node's second label line: "товарооборот более 2 млрд USD · 2024".
_SUMMARY_ORDER = {
    "indicator": 0,
    "comparison": 1,
    "status": 2,
    "amount": 3,
    "capital": 3,
    "currency": 4,
    "period": 5,
    "date": 6,
}
_DATE_LIKE = frozenset({"period", "date"})

# Short (Russian, English) names for the standard properties the builder uses, which the
# ontology does not label (it is not theirs to label). Read along the drawn arrow: a post
# holding -> its holder, its post, its organisation. Labels in the data or the ontology win.
_ORG = "http://www.w3.org/ns/org#"
_FALLBACK_LABELS: dict[str, tuple[str, str]] = {
    f"{_ORG}member": ("лицо", "holder"),
    f"{_ORG}role": ("должность", "post"),
    f"{_ORG}organization": ("организация", "organisation"),
    f"{_ORG}memberOf": ("член", "member of"),
    f"{_ORG}headOf": ("глава", "head of"),
    f"{_ORG}hasMembership": ("должность", "post"),
    f"{_ORG}subOrganizationOf": ("входит в", "part of"),
    f"{SCHEMA}publisher": ("издатель", "publisher"),
    f"{SCHEMA}mentions": ("упоминает", "mentions"),
    f"{SCHEMA}inLanguage": ("язык", "language"),
    f"{SCHEMA}location": ("место", "location"),
    f"{SCHEMA}sameAs": ("то же, что", "same as"),
    f"{DCTERMS}isPartOf": ("часть", "part of"),
    f"{DCTERMS}identifier": ("код", "code"),
    f"{PROV}wasDerivedFrom": ("источник", "source"),
}
# Drawn against the triple's direction, so that the arrow reads as a sentence:
# "Мурат Нуртлеу -занимает-> (министр иностранных дел) -страна-> Казахстан".
_REVERSED: dict[str, tuple[str, str]] = {f"{_ORG}member": ("занимает", "holds")}
# The order in which a fact's links are listed ("должность: …, страна: …"); others follow.
_LINK_ORDER = {
    f"{_ORG}member": 0,
    f"{_ORG}role": 1,
    f"{_ORG}organization": 2,
    str(DG.document): 1,
    str(DG.commodity): 1,
    str(DG.participant): 2,
    str(DG.signatory): 2,
    str(DG.founder): 2,
    str(DG.exporter): 2,
    str(DG.importer): 3,
    str(DG.finances): 3,
    str(DG.place): 4,
    str(DG.locatedIn): 4,
    str(DG.connects): 4,
    str(DG.country): 5,
}

# (colour, vis shape) per class; label-below shapes only, since only they can be sized.
_STYLE: dict[str, tuple[str, str]] = {
    "Person": ("#d62728", "dot"),
    "Country": ("#1f77b4", "diamond"),
    "City": ("#6baed6", "dot"),
    "Region": ("#9ecae1", "dot"),
    "Place": ("#4a90c2", "dot"),
    "BodyOfWater": ("#17becf", "dot"),
    "Organization": ("#2ca02c", "square"),
    "GovernmentBody": ("#1b7a1b", "square"),
    "InvestmentFund": ("#8c6bb1", "hexagon"),
    "Project": ("#c994c7", "hexagon"),
    "Role": ("#8c564b", "triangleDown"),
    "Document": ("#7f7f7f", "triangleDown"),
    "Commodity": ("#bcbd22", "star"),
    "Infrastructure": ("#ff7f0e", "triangle"),
    "Port": ("#ff7f0e", "triangle"),
    "Terminal": ("#fdae6b", "triangle"),
    "Cable": ("#e377c2", "triangle"),
    "Railway": ("#a0522d", "triangle"),
    "Road": ("#b8860b", "triangle"),
    "Pipeline": ("#636363", "triangle"),
    "Corridor": ("#e6550d", "triangle"),
    "Airport": ("#fd8d3c", "triangle"),
    "LogisticsHub": ("#d9a400", "triangle"),
    "EconomicZone": ("#a1d99b", "triangle"),
    "Bridge": ("#9c7a5b", "triangle"),
    "PowerLine": ("#f0c929", "triangle"),
    "Plant": ("#756bb1", "triangle"),
    "PostHolding": ("#c5b0d5", "square"),
    "Meeting": ("#ff9896", "square"),
    "TradeFigure": ("#9edae5", "square"),
    "ExportFlow": ("#dbdb8d", "square"),
    "Signing": ("#f7b6d2", "square"),
}
_SPARE_COLOURS = ("#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#31a354")
_GLYPH = {
    "dot": "●",
    "square": "■",
    "diamond": "◆",
    "triangle": "▲",
    "triangleDown": "▼",
    "star": "★",
    "hexagon": "⬢",
}

_FACT_SIZE = 7
_TOOLTIP_SENTENCES = 3
_SENTENCE_CHARS = 400
_SEED = 20250311
# Nodes per component up to which repulsion is exact; beyond, it is estimated from a sample.
_EXACT_REPULSION = 600
_REPULSION_SAMPLE = 160
# Above this many nodes the page hides edges while dragging/zooming and skips dimming.
_LARGE = 3000
# Fact nodes: their small font; labels are measured as characters x font size x _CHAR.
_FACT_FONT = 10
_FONT = 13
_WIDER = 1.4  # components are laid out this much wider than tall
_CHAR = 0.58  # average glyph width of the sans-serif labels, in font sizes


# --------------------------------------------------------------------------- RDF reading


@dataclass(frozen=True)
class _Index:
    """All triples of a graph by subject and predicate, read in one pass.

    rdflib's own lookups (and URIRef equality) are slow in Python; dictionaries are not.
    Objects are sorted so that the page does not depend on the order the graph was parsed in.
    """

    out: Mapping[Node, Mapping[Node, Sequence[Node]]]

    @staticmethod
    def of(graph: Graph) -> _Index:
        out: dict[Node, dict[Node, list[Node]]] = {}
        for s, p, o in graph:
            out.setdefault(s, {}).setdefault(p, []).append(o)
        for preds in out.values():
            for objs in preds.values():
                if len(objs) > 1:
                    objs.sort(key=_term_key)
        return _Index(out)

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


def _local(iri: Node) -> str:
    text = str(iri)
    for sep in ("#", "/"):
        tail = text.rstrip(sep).rsplit(sep, 1)[-1]
        if tail != text:
            return tail
    return text


@lru_cache(maxsize=1)
def _ontology() -> _Index:
    """The shipped ontology (labels of properties and classes, code lists, subclasses).

    Missing or not yet parseable (it is written alongside this module), the view falls back to
    local names, so a broken ontology never stops the page being drawn.
    """
    from ..shacl.ontology import ontology_graph

    try:  # the build has parsed it already for the shapes: one parse per process
        return _Index.of(ontology_graph())
    except Exception:
        return _Index({})


@dataclass(frozen=True)
class _Vocab:
    """Lookups over the data graph first, then the ontology."""

    data: _Index
    onto: _Index
    _supers: dict[Node, frozenset[Node]] = field(default_factory=dict)

    def values(self, s: Node, p: URIRef) -> Sequence[Node]:
        return self.data.values(s, p) or self.onto.values(s, p)

    def types(self, s: Node) -> Sequence[Node]:
        return self.data.values(s, _TYPE) or self.onto.values(s, _TYPE)

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
        fallback = _FALLBACK_LABELS.get(str(term))
        return (
            self.text(term, _LABEL, langs)
            or self.text(term, _PREF, langs)
            or (fallback[0 if lang == "ru" else 1] if fallback else None)
            or self.text(term, _NOTATION, langs)
            or _local(term)
        )

    def supers(self, cls: Node) -> frozenset[Node]:
        """Every superclass (transitively), memoised: there are few classes, many nodes."""
        if cls not in self._supers:
            seen: set[Node] = set()
            todo = [cls]
            while todo:
                for sup in self.values(todo.pop(), _SUBCLASS):
                    if sup not in seen and isinstance(sup, URIRef):
                        seen.add(sup)
                        todo.append(sup)
            self._supers[cls] = frozenset(seen)
        return self._supers[cls]

    def is_concept(self, term: Node) -> bool:
        if self.values(term, _NOTATION) or self.values(term, _IN_SCHEME):
            return True
        return any(t in _CONCEPT_CLASSES for t in self.types(term))


def _dg_class(vocab: _Vocab, subject: Node) -> URIRef | None:
    """The most specific dg: class of a drawable subject, or None for evidence/concepts."""
    types = [t for t in vocab.data.values(subject, _TYPE) if isinstance(t, URIRef)]
    ours = sorted({t for t in types if str(t).startswith(str(DG))}, key=str)
    if not ours or any(t in _EVIDENCE_CLASSES for t in ours) or vocab.is_concept(subject):
        return None
    implied: set[Node] = set().union(*(vocab.supers(t) for t in ours))
    specific = [t for t in ours if t not in implied]
    return URIRef((specific or ours)[0])


# --------------------------------------------------------------------------- the drawn model


@dataclass(frozen=True)
class _Evidence:
    text: str
    headline: str
    date: str
    order: tuple[str, str, int, str]


@dataclass(frozen=True)
class _NodeData:
    id: str
    cls: str
    cls_label: str
    label: str
    fact: bool
    names: tuple[str, ...]  # every label, for search and focus
    props: tuple[tuple[str, str], ...]  # (property name, value text) for literals and concepts
    summary: str  # the literal/concept text put on a fact node
    links: tuple[tuple[str, str], ...]  # (kind, url) from schema:sameAs
    provenance: str
    evidence: tuple[Node, ...]  # dg:Sentence IRIs
    en: str = ""  # the @en label, when there is one
    canvas: str = ""  # what the node says on the canvas
    canvas_en: str = ""  # the same in English, when it differs


@dataclass(frozen=True)
class _EdgeData:
    source: str
    target: str
    prop: str  # IRI
    label: str
    label_en: str = ""
    reversed: bool = False  # drawn object -> subject (see _REVERSED)


@dataclass(frozen=True)
class _Model:
    nodes: Mapping[str, _NodeData]
    edges: tuple[_EdgeData, ...]
    sentences: Mapping[Node, _Evidence]
    vocab: _Vocab
    classes: Mapping[str, tuple[str, str]]  # local name -> (Russian, English) label
    english: Mapping[str, str]  # Russian term (property, class, code) -> its English label


_SCALES = (
    (10**12, "трлн", "trillion"),
    (10**9, "млрд", "billion"),
    (10**6, "млн", "million"),
    (10**3, "тыс.", "thousand"),
)


def _format_amount(value: Literal) -> tuple[str, str, str]:
    """(exact, short Russian, short English): "2 500 000 000", "2,5 млрд", "2.5 billion"."""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value), str(value), str(value)
    if number.is_finite() and number == number.to_integral_value():
        number = number.quantize(Decimal(1))  # 300000000.0 (an xsd:double) is 300 000 000
    exact = f"{number:,}".replace(",", " ")
    for scale, ru, en in _SCALES:
        if abs(number) >= scale:
            short = f"{number / scale:.2f}".rstrip("0").rstrip(".")
            return exact, f"{short.replace('.', ',')} {ru}", f"{short} {en}"
    return exact, exact, exact


def _value_text(vocab: _Vocab, prop_local: str, obj: Node) -> tuple[str, str, str]:
    """(exact, short Russian, short English) text of a literal or a code-list value."""
    if isinstance(obj, Literal):
        if prop_local in ("amount", "capital"):
            return _format_amount(obj)
        return str(obj), str(obj), str(obj)
    name = vocab.name(obj)
    return name, name, vocab.name(obj, "en")


def _fact_head(label: str) -> str:
    """What a small fact node says on the canvas: its label up to the names it lists
    ("Встреча (Астана): Джейхун Байрамов, …" -> "Встреча (Астана)"); the names are its
    neighbours, drawn next to it, and the whole label is in the tooltip and the panel."""
    head = label.split(": ", 1)[0]
    return head if head else label


def _link_kind(url: str) -> str:
    if "wikidata.org/" in url:
        return "Wikidata"
    if "geonames.org/" in url:
        return "GeoNames"
    return "sameAs"


def _build_model(graph: Graph) -> _Model:
    vocab = _Vocab(_Index.of(graph), _ontology())
    classes: dict[Node, URIRef] = {}
    for subject in vocab.data.out:
        cls = _dg_class(vocab, subject)
        if cls is not None:
            classes[subject] = cls

    def node_id(term: Node) -> str:
        return f"_:{term}" if isinstance(term, BNode) else str(term)

    sentences: dict[Node, _Evidence] = {}
    nodes: dict[str, _NodeData] = {}
    edges: list[_EdgeData] = []
    class_labels: dict[str, tuple[str, str]] = {}
    english: dict[str, str] = {}

    def term(node: Node) -> str:
        ru, en = vocab.name(node), vocab.name(node, "en")
        if en != ru:
            english.setdefault(ru, en)
        return ru

    for subject, cls in classes.items():
        cls_local = _local(cls)
        if cls_local not in class_labels:
            cls_ru = vocab.text(cls, _LABEL, ("ru", "en")) or cls_local
            cls_en = vocab.text(cls, _LABEL, ("en",)) or cls_local
            class_labels[cls_local] = (cls_ru, cls_en)
            if cls_en != cls_ru:
                english.setdefault(cls_ru, cls_en)
        labels = [o for o in vocab.data.values(subject, _LABEL) if isinstance(o, Literal)]
        alts = [o for o in vocab.data.values(subject, _ALT) if isinstance(o, Literal)]
        names = tuple(sorted({str(o) for o in (*labels, *alts)}))
        props: list[tuple[int, str, str, str, str, str]] = []
        links: list[tuple[str, str]] = []
        evidence: list[Node] = []
        provenance: list[str] = []
        for p, o in vocab.data.pairs(subject):
            if p == _SAME_AS and isinstance(o, URIRef):
                links.append((_link_kind(str(o)), str(o)))
            elif p == _DERIVED:
                evidence.append(o)
            elif p in _PROVENANCE:
                provenance.append(f"{term(p)}: {o}")
            elif p in _NOT_PROPS:
                continue
            elif o in classes:
                turned = _REVERSED.get(str(p))
                if turned is None:
                    edge = _EdgeData(
                        node_id(subject), node_id(o), str(p), term(p), vocab.name(p, "en")
                    )
                else:
                    term(p)  # the name read from the fact's side, for the panel
                    english.setdefault(*turned)
                    edge = _EdgeData(node_id(o), node_id(subject), str(p), *turned, True)
                edges.append(edge)
            elif isinstance(o, Literal | URIRef):
                local = _local(p)
                exact, short, short_en = _value_text(vocab, local, o)
                if isinstance(o, URIRef) and short_en != short:
                    english.setdefault(short, short_en)
                rank = _SUMMARY_ORDER.get(local, 99)
                props.append((rank, local, term(p), exact, short, short_en))
        props.sort()
        for sentence in evidence:
            if sentence not in sentences:
                sentences[sentence] = _evidence(vocab, sentence)
        fact = cls_local in _FACT_CLASSES or (cls_local not in _STYLE and bool(evidence))
        summary = _summary(props, False) if fact else ""
        summary_en = _summary(props, True) if fact else ""
        ru = vocab.text(subject, _LABEL, ("ru",))
        label = ru or vocab.text(subject, _LABEL) or ""
        en = vocab.text(subject, _LABEL, ("en",)) if ru else None
        canvas, canvas_en = label, en or label
        if fact:
            # a figure with an indicator says what it is in its numbers ("товарооборот более
            # 500 млн USD · 2024"); other facts show the head of their label, then the numbers
            said = bool(summary) and any(prop[1] == "indicator" for prop in props)
            head = "" if said else _fact_head(label or class_labels[cls_local][0])
            head_en = "" if said else _fact_head(en or label or class_labels[cls_local][1])
            canvas = "\n".join(part for part in (head, summary) if part)
            canvas_en = "\n".join(part for part in (head_en, summary_en) if part)
        if not label:
            # a trade figure is its numbers; other unlabelled facts are named by their class
            label = (summary or class_labels[cls_local][0]) if fact else _local(subject)
            if label == summary:
                en, summary = summary_en, ""
            if not fact:
                canvas = canvas_en = label
        nodes[node_id(subject)] = _NodeData(
            id=node_id(subject),
            cls=cls_local,
            cls_label=class_labels[cls_local][0],
            label=label,
            fact=fact,
            names=names or (label,),
            props=tuple((name, exact) for _, _, name, exact, _, _ in props),
            summary=summary,
            links=tuple(sorted(set(links))),
            provenance=" · ".join(sorted(provenance)),
            evidence=tuple(sorted(set(evidence), key=lambda s: sentences[s].order)),
            en=en if en and en != label else "",
            canvas=canvas,
            canvas_en=canvas_en if canvas_en != canvas else "",
        )
    edges = sorted(
        set(edges), key=lambda e: (e.source, _LINK_ORDER.get(e.prop, 9), e.target, e.prop)
    )
    return _Model(nodes, tuple(edges), sentences, vocab, class_labels, english)


def _summary(props: Iterable[tuple[int, str, str, str, str, str]], english: bool) -> str:
    """The literal and code-list words put on a fact node, in Russian or English."""
    words: list[str] = []
    when: list[str] = []
    for rank, local, _, _, short, short_en in props:
        if rank == 99:
            continue
        (when if local in _DATE_LIKE else words).append(short_en if english else short)
    return " · ".join(part for part in (" ".join(words), " · ".join(when)) if part)


def _evidence(vocab: _Vocab, sentence: Node) -> _Evidence:
    text = vocab.text(sentence, _ANCHOR) or _local(sentence)
    articles = vocab.data.values(sentence, _PART_OF)
    article = articles[0] if articles else None
    headline = (vocab.text(article, _HEADLINE) or "") if article is not None else ""
    date = (vocab.text(article, _PUBLISHED) or "") if article is not None else ""
    begin = vocab.text(sentence, _BEGIN) or "0"
    start = int(begin) if begin.isdigit() else 0
    return _Evidence(text, headline, date, (date, headline, start, text))


# --------------------------------------------------------------------------- selection


def _norm(text: str) -> str:
    return text.casefold().replace("ё", "е")


class _Net:
    """An undirected graph of node ids, just what choosing and laying out a page needs
    (networkx's Graph did this; importing networkx cost a cold build 0.09 s)."""

    def __init__(self, adjacency: dict[str, set[str]]) -> None:
        self.adjacency = adjacency

    @classmethod
    def of(cls, nodes: Iterable[str], edges: Iterable[tuple[str, str]]) -> _Net:
        adjacency: dict[str, set[str]] = {n: set() for n in sorted(nodes)}
        for a, b in edges:
            adjacency.setdefault(a, set()).add(b)
            adjacency.setdefault(b, set()).add(a)
        return cls(adjacency)

    @property
    def nodes(self) -> list[str]:
        return list(self.adjacency)

    def __iter__(self) -> Iterator[str]:
        return iter(self.adjacency)

    def number_of_nodes(self) -> int:
        return len(self.adjacency)

    def neighbors(self, node: str) -> set[str]:
        return self.adjacency[node]

    def degree(self, node: str) -> int:
        near = self.adjacency[node]
        return len(near) + (node in near)  # a loop counts twice, as in networkx

    @property
    def edges(self) -> Iterator[tuple[str, str]]:
        seen: set[str] = set()
        for a, near in self.adjacency.items():
            for b in near:
                if b not in seen:
                    yield a, b
            seen.add(a)

    def subgraph(self, keep: Iterable[str]) -> _Net:
        kept = set(keep)
        return _Net({n: near & kept for n, near in self.adjacency.items() if n in kept})

    def ego(self, center: str, radius: int) -> _Net:
        """The nodes within `radius` hops of `center`, with the edges among them."""
        reached, frontier = {center}, {center}
        for _ in range(radius):
            frontier = {m for n in frontier for m in self.adjacency[n]} - reached
            reached |= frontier
        return self.subgraph(reached)

    def components(self) -> Iterator[set[str]]:
        seen: set[str] = set()
        for start in self.adjacency:
            if start in seen:
                continue
            part, todo = {start}, [start]
            while todo:
                for m in self.adjacency[todo.pop()]:
                    if m not in part:
                        part.add(m)
                        todo.append(m)
            seen |= part
            yield part


def _best_match(model: _Model, graph: _Net, needle: str) -> str:
    wanted = _norm(needle.strip())
    best: tuple[int, int, int, str] | None = None
    for node_id, node in model.nodes.items():
        if node_id not in graph:
            continue
        for name in node.names:
            text = _norm(name)
            if wanted not in text:
                continue
            rank = 0 if text == wanted else 1 if text.startswith(wanted) else 2
            key = (rank, -graph.degree(node_id), len(text), node_id)
            if best is None or key < best:
                best = key
    if best is None:
        raise GraphError(f"no node has a label containing {needle!r}")
    return best[3]


def _select(
    model: _Model,
    focus: str | None,
    depth: int,
    classes: Sequence[str],
    max_nodes: int,
    degrees: Mapping[str, int] | None = None,
) -> tuple[_Net, str | None, int]:
    """The subgraph to draw, the focused node, and how many nodes max_nodes left out."""
    full = _Net.of(model.nodes, ((e.source, e.target) for e in model.edges))
    chosen: _Net = full
    if classes:
        wanted = {name.split(":")[-1] for name in classes}
        vocab = model.vocab
        kinds: dict[str, set[str]] = {}
        for node in model.nodes.values():
            if node.cls not in kinds:
                cls = DG[node.cls]
                kinds[node.cls] = {node.cls} | {_local(s) for s in vocab.supers(cls)}
        seeds = {n for n, node in model.nodes.items() if kinds[node.cls] & wanted}
        if not seeds:
            present = ", ".join(sorted(kinds))
            raise GraphError(f"no nodes of class {', '.join(sorted(wanted))}; present: {present}")
        keep = set(seeds)
        for seed in seeds:
            keep.update(full.neighbors(seed))
        chosen = full.subgraph(keep)
    focus_id = None
    if focus is not None:
        focus_id = _best_match(model, chosen, focus)
        chosen = chosen.ego(focus_id, depth)
    omitted = 0
    if chosen.number_of_nodes() > max_nodes:
        degree = chosen.degree if degrees is None else lambda n: degrees.get(n, chosen.degree(n))
        ranked = sorted(chosen.nodes, key=lambda n: (n != focus_id, -degree(n), n))
        omitted = chosen.number_of_nodes() - max_nodes
        chosen = chosen.subgraph(ranked[:max_nodes])
    return chosen, focus_id, omitted


# --------------------------------------------------------------------------- layout


def _force_layout(n: int, pairs: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Fruchterman-Reingold in a unit box, as networkx does it, with sampled repulsion.

    networkx's own spring_layout needs SciPy above 500 nodes (not a dependency) and its dense
    form is O(n^2) in memory; estimating repulsion from a random sample of nodes keeps a
    10^4-node component to about a second. Coordinates are kept as separate x and y arrays
    and sums over edges use bincount, both several times faster than einsum / add.at here.
    """
    if n == 1:
        return np.zeros((1, 2))
    x, y = rng.random(n), rng.random(n)
    k2 = 1.0 / n
    k = math.sqrt(k2)
    exact = n <= _EXACT_REPULSION
    iterations = 150 if n <= 200 else 60 if exact else 45
    temperature = 0.1
    step = temperature / (iterations + 1)
    src, dst = pairs[:, 0], pairs[:, 1]
    for _ in range(iterations):
        if exact:
            ox, oy, weight = x, y, k2
        else:
            pick = rng.choice(n, _REPULSION_SAMPLE, replace=False)
            ox, oy, weight = x[pick], y[pick], k2 * n / _REPULSION_SAMPLE
        dx = x[:, None] - ox[None, :]
        dy = y[:, None] - oy[None, :]
        push = weight / np.maximum(dx * dx + dy * dy, 1e-4)
        fx = (dx * push).sum(axis=1)
        fy = (dy * push).sum(axis=1)
        if len(pairs):
            ex, ey = x[src] - x[dst], y[src] - y[dst]
            pull = np.sqrt(ex * ex + ey * ey) / k
            fx += np.bincount(dst, ex * pull, n) - np.bincount(src, ex * pull, n)
            fy += np.bincount(dst, ey * pull, n) - np.bincount(src, ey * pull, n)
        moved = temperature / np.maximum(np.sqrt(fx * fx + fy * fy), 1e-2)
        x += fx * moved
        y += fy * moved
        temperature -= step
    pos = np.column_stack((x - x.mean(), y - y.mean()))
    radius = float(np.sqrt((pos * pos).sum(axis=1)).max())
    return pos / radius if radius > 0 else pos


def _spread(pos: np.ndarray, room: np.ndarray, rounds: int = 120) -> np.ndarray:
    """Push apart nodes whose labels would overlap: each pair closer than the ellipse that
    their half-extents (``room``: pixels, x and y, per node) span moves apart along the line
    between them, half the overlap each."""
    n = len(pos)
    if n < 2:
        return pos
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    gap_x = room[:, 0][:, None] + room[:, 0][None, :]
    gap_y = room[:, 1][:, None] + room[:, 1][None, :]
    eye = np.eye(n, dtype=bool)
    for _ in range(rounds):
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        reach = np.sqrt((dx / gap_x) ** 2 + (dy / gap_y) ** 2)
        reach[eye] = np.inf
        close = reach < 1.0
        if not close.any():
            break
        # coincident nodes are split along a fixed, index-based direction
        same = close & (reach < 1e-6)
        dx = np.where(same, np.sign(np.arange(n)[:, None] - np.arange(n)[None, :]), dx)
        near = np.maximum(reach[close], 1e-6)
        share = np.zeros_like(reach)
        share[close] = (1.0 - near) / near * 0.5
        damp = np.sqrt(np.maximum(close.sum(axis=1), 1))
        x += (dx * share).sum(axis=1) / damp
        y += (dy * share).sum(axis=1) / damp
    return np.column_stack((x, y))


def _layout(
    graph: _Net, room: Mapping[str, tuple[float, float]] | None = None
) -> dict[str, tuple[int, int]]:
    """Pixel positions: each connected component laid out alone, then packed in rows.

    ``room`` (half-extents of a node with its label) lets small components be spread until
    no two labels overlap."""
    rng = np.random.default_rng(_SEED)
    components = sorted((sorted(c) for c in graph.components()), key=lambda c: (-len(c), c[0]))
    placed: list[tuple[list[str], np.ndarray, float, float]] = []
    for members in components:
        index = {node: i for i, node in enumerate(members)}
        pairs = np.array(
            sorted((index[a], index[b]) for a, b in graph.subgraph(members).edges),
            dtype=np.int64,
        ).reshape(-1, 2)
        radius = 95.0 * math.sqrt(len(members)) if len(members) > 1 else 20.0
        pos = _force_layout(len(members), pairs, rng) * radius
        pos[:, 0] *= _WIDER  # labels are wide and screens are landscape
        if room is not None and 1 < len(members) <= _EXACT_REPULSION:
            pos = _spread(pos, np.array([room[m] for m in members], dtype=float))
        # the box it takes: its nodes' extent, and room for the labels at the edges
        half_w = float(np.abs(pos[:, 0]).max()) + 60.0
        half_h = float(np.abs(pos[:, 1]).max()) + 30.0
        placed.append((members, pos, half_w, half_h))
    # shelf packing: rows as wide as a landscape box (4:3) of the components' area
    area = sum(4 * w * h for _, _, w, h in placed)
    width = max(math.sqrt(area * 4 / 3) * 1.15, max((2 * w for _, _, w, _ in placed), default=0.0))
    positions: dict[str, tuple[int, int]] = {}
    x = y = row_height = 0.0
    for members, pos, half_w, half_h in placed:
        if x > 0 and x + 2 * half_w > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        centre = (x + half_w, y + half_h)
        for node, (px, py) in zip(members, pos, strict=True):
            positions[node] = (round(centre[0] + px), round(centre[1] + py))
        x += 2 * half_w
        row_height = max(row_height, 2 * half_h)
    return positions


# --------------------------------------------------------------------------- page


def _style(cls: str) -> tuple[str, str]:
    if cls in _STYLE:
        return _STYLE[cls]
    spare = _SPARE_COLOURS[sum(map(ord, cls)) % len(_SPARE_COLOURS)]
    return spare, "dot"


def _tooltip(
    model: _Model,
    node: _NodeData,
    relations: Sequence[tuple[str, str]],
    evidence: Sequence[Node],
    mentions: bool,
) -> str:
    lines = [f"{node.cls_label} ({node.cls})", node.label]
    others = [n for n in node.names if n != node.label]
    if others:
        lines.append("также: " + "; ".join(others))
    lines.extend(f"{name}: {value}" for name, value in node.props)
    grouped: dict[str, list[str]] = defaultdict(list)
    for name, target in relations:
        grouped[name].append(target)
    lines.extend(f"{name}: {'; '.join(targets)}" for name, targets in grouped.items())
    lines.extend(f"{kind}: {url}" for kind, url in node.links)
    if node.provenance:
        lines.append(node.provenance)
    if evidence:
        lines.append("")
        lines.append("Упоминания:" if mentions else "Источник:")
        for sentence in evidence[:_TOOLTIP_SENTENCES]:
            ev = model.sentences[sentence]
            text = ev.text if len(ev.text) <= _SENTENCE_CHARS else ev.text[:_SENTENCE_CHARS] + "…"
            lines.append(f"«{text}»")
            source = ", ".join(part for part in (ev.headline, ev.date) if part)
            if source:
                lines.append(f"  — {source}")
        if len(evidence) > _TOOLTIP_SENTENCES:
            lines.append(f"… ещё {len(evidence) - _TOOLTIP_SENTENCES}")
    return "\n".join(lines)


def _size(node: _NodeData, degree: int) -> float:
    return _FACT_SIZE if node.fact else round(12 + 4 * math.sqrt(degree), 1)


def _room(node: _NodeData, size: float) -> tuple[float, float]:
    """Half the width and height a node and the label under it take on the canvas."""
    font = _FACT_FONT if node.fact else _FONT
    lines = node.canvas.split("\n")
    width = max(2 * size, _CHAR * font * max(len(line) for line in lines)) + 8
    height = 2 * size + 1.25 * font * len(lines) + 6
    return width / 2, height / 2


def _page_data(model: _Model, chosen: _Net, omitted: int) -> dict[str, Any]:
    room = None
    if chosen.number_of_nodes() <= _EXACT_REPULSION:
        room = {n: _room(model.nodes[n], _size(model.nodes[n], chosen.degree(n))) for n in chosen}
    positions = _layout(chosen, room)
    large = chosen.number_of_nodes() > _LARGE
    drawn = sorted(chosen.nodes)
    sentence_ids = sorted(
        {s for n in drawn for s in model.nodes[n].evidence},
        key=lambda s: (model.sentences[s].order, str(s)),
    )
    sentence_index = {s: i for i, s in enumerate(sentence_ids)}
    # a fact's tooltip names what it links (participants, place), drawn or not
    relations: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    for e in model.edges:
        if e.reversed and model.nodes[e.target].fact:
            name = model.vocab.name(URIRef(e.prop))
            relations[e.target].append((name, model.nodes[e.source].label))
        elif model.nodes[e.source].fact:
            relations[e.source].append((e.label, model.nodes[e.target].label))
    vis_nodes: list[dict[str, Any]] = []
    info: dict[str, dict[str, Any]] = {}
    for node_id in drawn:
        node = model.nodes[node_id]
        colour, shape = _style(node.cls)
        degree = chosen.degree(node_id)
        evidence: Sequence[Node] = node.evidence
        mentions = False
        if not evidence:
            # an entity has no evidence of its own: show the sentences of the facts about it
            borrowed = {s for n in chosen.neighbors(node_id) for s in model.nodes[n].evidence}
            evidence = sorted(borrowed, key=lambda s: (model.sentences[s].order, str(s)))
            mentions = bool(evidence)
        x, y = positions[node_id]
        item: dict[str, Any] = {
            "id": node_id,
            "label": node.canvas,
            "title": _tooltip(model, node, relations[node_id], evidence, mentions),
            "x": x,
            "y": y,
            "shape": shape,
            "color": colour,
            "size": _size(node, degree),
        }
        if node.fact:
            item["font"] = {"size": _FACT_FONT, "color": "#444444"}
        vis_nodes.append(item)
        # empty fields are left out: at 10^4 nodes every byte of the page is paid 10^4 times
        # the panel lists an entity's facts with their own evidence, so it needs no borrowing
        entry: dict[str, Any] = {
            "cls": node.cls,
            "label": node.label,
            "en": node.en,
            "canvasEn": node.canvas_en,
            "degree": degree,
            "names": list(node.names),
            "summary": node.summary,
            "props": [list(p) for p in node.props],
            "links": [list(link) for link in node.links],
            "provenance": node.provenance,
            "evidence": [sentence_index[s] for s in node.evidence if s in sentence_index],
            "fact": node.fact,
        }
        if entry["names"] == [node.label]:
            del entry["names"]
        info[node_id] = {k: v for k, v in entry.items() if v or k == "degree"}
    vis_edges = [
        {
            "id": f"e{i}",
            "from": e.source,
            "to": e.target,
            "label": e.label,
            # read from the fact's side in the panel: the holder of a post, not "holds"
            **({"inverse": model.vocab.name(URIRef(e.prop))} if e.reversed else {}),
        }
        for i, e in enumerate(e for e in model.edges if e.source in chosen and e.target in chosen)
    ]
    options = {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "interaction": {
            "tooltipDelay": 150,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "navigationButtons": False,
        },
        "nodes": {
            "borderWidth": 1,
            "font": {
                "size": _FONT,
                "face": "sans-serif",
                "color": "#222222",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
        },
        "edges": {
            "smooth": False,
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": "#a0a8b0", "highlight": "#333333", "hover": "#333333"},
            "font": {"size": 9, "color": "#666666", "strokeWidth": 2, "align": "middle"},
            "width": 1,
        },
    }
    sentences = [
        [model.sentences[s].text, model.sentences[s].headline, model.sentences[s].date]
        for s in sentence_ids
    ]
    drawn_classes = sorted({model.nodes[n].cls for n in drawn})
    return {
        "nodes": vis_nodes,
        "edges": vis_edges,
        "info": info,
        "classes": {c: list(model.classes[c]) for c in drawn_classes},
        "english": dict(sorted(model.english.items())),
        "sentences": sentences,
        "options": options,
        "dim": not large,
        "omitted": omitted,
    }


def _json_for_script(data: Any) -> str:
    """JSON that cannot end the <script> element it sits in, whatever the articles say."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


@lru_cache(maxsize=1)
def _vis_js() -> str:
    # found, not imported: importing pyvis costs 0.2 s (it pulls in IPython and jinja2)
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed: the page inlines its vis-network")
    folder = Path(next(iter(spec.submodule_search_locations)))
    path = folder / "lib" / "vis-9.1.2" / "vis-network.min.js"
    text = path.read_text(encoding="utf-8")
    if "</script" in text.lower():  # would end the inline element early
        raise RuntimeError(f"{path} cannot be inlined")
    return text


def _legend(model: _Model, chosen: _Net) -> str:
    counts = Counter(model.nodes[n].cls for n in chosen.nodes)
    rows = []
    for cls in sorted(counts, key=lambda c: (c in _FACT_CLASSES, c)):
        colour, shape = _style(cls)
        name = html.escape(cls)
        ru = html.escape(model.classes[cls][0])
        rows.append(
            f'<label class="dg-legend-row" title="dg:{name}">'
            f'<input type="checkbox" checked data-class="{name}">'
            f'<span class="dg-glyph" style="color:{colour}">{_GLYPH.get(shape, "●")}</span>'
            f'<span class="dg-cls" data-class-label="{name}">{ru}</span>'
            f' <span class="dg-count">{counts[cls]}</span></label>'
        )
    return "\n".join(rows)


_SIDE_WIDTH = 280

_CSS = (
    """
html, body { margin: 0; height: 100%; font: 13px/1.35 system-ui, sans-serif; color: #222; }
#dg-network { position: absolute; top: 0; right: 0; bottom: 0; left: SIDEpx;
  background: #fbfbfa; }
#dg-side { position: absolute; top: 0; left: 0; bottom: 0; width: SIDEpx; box-sizing: border-box;
  padding: 10px 12px; overflow: auto; background: #fff; border-right: 1px solid #ddd; z-index: 10; }
#dg-side h1 { font-size: 15px; margin: 0 0 6px; }
#dg-side h2 { font-size: 13px; margin: 0; display: inline; }
#dg-search { width: 100%; box-sizing: border-box; padding: 4px 6px; font-size: 13px; }
#dg-results { list-style: none; margin: 4px 0 0; padding: 0; max-height: 220px; overflow: auto; }
#dg-results li { padding: 2px 4px; cursor: pointer; border-radius: 3px; }
#dg-results li:hover, #dg-results li.active { background: #e8eef6; }
#dg-results li small { color: #777; }
.dg-note { margin-top: 6px; color: #8a4b00; }
#dg-stats { margin: 6px 0; color: #666; }
#dg-lang { display: block; margin: 6px 0; cursor: pointer; }
#dg-legend { margin-top: 8px; border-top: 1px solid #eee; padding-top: 6px; }
#dg-legend summary { cursor: pointer; margin-bottom: 4px; }
.dg-legend-row { display: block; white-space: nowrap; cursor: pointer; }
.dg-glyph { display: inline-block; width: 1.2em; text-align: center; font-size: 14px; }
.dg-count { color: #888; }
.dg-box { position: absolute; background: rgba(255,255,255,.97); border: 1px solid #ccc;
  border-radius: 6px; box-shadow: 0 1px 4px rgba(0,0,0,.12); padding: 8px 10px; z-index: 10; }
#dg-panel { top: 10px; right: 10px; bottom: 10px; width: 360px; overflow: auto; }
#dg-panel[hidden] { display: none; }
#dg-panel .dg-close { float: right; cursor: pointer; border: 0; background: none;
  font-size: 18px; line-height: 1; }
#dg-panel .dg-kind { color: #666; }
#dg-panel .dg-title { font-size: 16px; font-weight: 600; margin: 2px 0 4px; }
#dg-panel h3 { font-size: 12px; text-transform: uppercase; color: #666; margin: 10px 0 3px; }
#dg-panel ul { margin: 0; padding-left: 16px; }
#dg-panel blockquote { margin: 4px 0 8px; padding-left: 8px; border-left: 3px solid #ccd; }
#dg-panel cite { display: block; color: #666; font-style: normal; font-size: 12px; }
#dg-panel .dg-link { color: #1a5fb4; cursor: pointer; text-decoration: underline; }
#dg-panel .dg-fact { margin: 6px 0 10px; }
#dg-panel .dg-fact-keys { margin: 2px 0; }
#dg-panel .dg-again { color: #888; font-size: 12px; margin: 2px 0 6px 11px; }
div.vis-tooltip { position: absolute; visibility: hidden; z-index: 20; max-width: 460px;
  white-space: pre-wrap; background: #fffef5; border: 1px solid #999; border-radius: 4px;
  box-shadow: 2px 2px 8px rgba(0,0,0,.2); padding: 6px 8px; font-size: 12px;
  pointer-events: none; }
"""
).replace("SIDE", str(_SIDE_WIDTH))

# The page's own code. Data arrives as JSON in a non-executed <script> element; every text
# from the graph is put into the DOM with textContent, never innerHTML.
_APP_JS = r"""
var nodes, edges, network;
var diplograph = {ready: false};
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("dg-data").textContent);
  var info = data.info, sentences = data.sentences, classes = data.classes || {};
  var english = data.english || {};
  nodes = new vis.DataSet(data.nodes);
  edges = new vis.DataSet(data.edges);
  network = new vis.Network(document.getElementById("dg-network"),
                            {nodes: nodes, edges: edges}, data.options);
  network.once("afterDrawing", function () {
    diplograph.ready = true;
    document.body.setAttribute("data-ready", "true");
  });
  var byClass = {};
  Object.keys(info).forEach(function (id) {
    var d = info[id];
    ["props", "links", "evidence"].forEach(function (k) { d[k] = d[k] || []; });
    d.names = d.names || [d.label];
    if (d.en && d.names.indexOf(d.en) < 0) d.names.push(d.en);
    (byClass[d.cls] = byClass[d.cls] || []).push(id);
  });
  var hiddenClasses = {};

  // the interface in Russian, or English on the switch (labels @en where the graph has them)
  var lang = "ru";
  var UI = {
    ru: {props: "Свойства", links: "Ссылки", rel: "Связи", facts: "Факты", src: "Источник",
         also: "также: ", again: "то же предложение — выше", more: "… ещё ",
         find: "Найти узел по названию…"},
    en: {props: "Properties", links: "Links", rel: "Relations", facts: "Facts", src: "Source",
         also: "also: ", again: "the same sentence as above", more: "… and ",
         find: "Find a node by name…"}
  };
  function t(key) { return UI[lang][key]; }
  function tr(text) { return lang === "en" && english[text] ? english[text] : text; }
  function name(id) { var d = info[id]; return d ? (lang === "en" && d.en) || d.label : id; }
  function kind(d) {
    var c = classes[d.cls];
    return c ? (lang === "en" ? c[1] : c[0]) : d.cls;
  }

  function norm(s) { return s.toLowerCase().replace(/ё/g, "е"); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  // neighbourhood highlighting: everything else fades (shape and label)
  var fonts = {}, canvasRu = {};
  data.nodes.forEach(function (n) {
    fonts[n.id] = n.font || {color: "#222222"};
    canvasRu[n.id] = n.label;
  });
  function faded(id, keep) {
    var font = Object.assign({}, fonts[id]);
    if (!keep) font.color = "#d0d0d0";
    return {id: id, opacity: keep ? 1 : 0.15, font: font};
  }
  var dimmed = false;
  function highlight(id) {
    if (!data.dim) return;
    var keep = {};
    keep[id] = true;
    network.getConnectedNodes(id).forEach(function (n) { keep[n] = true; });
    nodes.update(nodes.getIds().map(function (n) { return faded(n, keep[n]); }));
    dimmed = true;
  }
  function clearHighlight() {
    if (!dimmed) return;
    nodes.update(nodes.getIds().map(function (n) { return faded(n, true); }));
    dimmed = false;
  }

  var panel = document.getElementById("dg-panel");
  var body = document.getElementById("dg-panel-body");
  var shownId = null;
  function section(title) { body.appendChild(el("h3", title)); }
  function link(id) {
    var a = el("span", name(id), "dg-link");
    a.addEventListener("click", function () { focusNode(id); });
    return a;
  }
  function quote(i, seen) {
    var s = sentences[i];
    if (seen) {
      if (seen[i]) {
        body.appendChild(el("div", "«" + s[0].slice(0, 60) + "…» (" + t("again") + ")",
                            "dg-again"));
        return;
      }
      seen[i] = true;
    }
    var q = el("blockquote", "«" + s[0] + "»");
    var src = [s[1], s[2]].filter(Boolean).join(", ");
    if (src) q.appendChild(el("cite", "— " + src));
    body.appendChild(q);
  }
  function linked(id) {
    return edges.get({filter: function (e) { return e.from === id || e.to === id; }});
  }
  // the facts (and sourced things) an entity takes part in, each with its key values
  var FACT_ORDER = ["PostHolding", "Meeting", "Signing", "TradeFigure", "ExportFlow"];
  function factRank(id) {
    var r = FACT_ORDER.indexOf(info[id].cls);
    return [r < 0 ? FACT_ORDER.length : r, name(id)];
  }
  function showFacts(id, facts, seen) {
    facts.sort(function (a, b) {
      var x = factRank(a), y = factRank(b);
      return x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0);
    });
    section(t("facts") + " (" + facts.length + ")");
    facts.slice(0, 40).forEach(function (f) {
      var d = info[f], box = el("div", null, "dg-fact");
      box.appendChild(el("span", kind(d) + " · ", "dg-kind"));
      box.appendChild(link(f));
      var keys = [];
      linked(f).forEach(function (e) {
        var other = e.from === f ? e.to : e.from;
        var label = e.to === f && e.inverse ? e.inverse : e.label;
        if (other !== id) keys.push(tr(label) + ": " + name(other));
      });
      d.props.forEach(function (p) { keys.push(tr(p[0]) + ": " + tr(p[1])); });
      if (keys.length) box.appendChild(el("div", keys.join(" · "), "dg-fact-keys"));
      body.appendChild(box);
      d.evidence.forEach(function (i) { quote(i, seen); });
    });
    if (facts.length > 40) body.appendChild(el("div", t("more") + (facts.length - 40)));
  }
  function showPanel(id) {
    var d = info[id];
    if (!d) return;
    shownId = id;
    body.textContent = "";
    body.appendChild(el("div", kind(d) + " (" + d.cls + ")", "dg-kind"));
    body.appendChild(el("div", name(id), "dg-title"));
    if (d.summary) body.appendChild(el("div", d.summary));
    var others = d.names.filter(function (n) { return n !== name(id); });
    if (others.length) body.appendChild(el("div", t("also") + others.join("; ")));
    if (d.props.length) {
      section(t("props"));
      var ul = el("ul");
      d.props.forEach(function (p) { ul.appendChild(el("li", tr(p[0]) + ": " + tr(p[1]))); });
      body.appendChild(ul);
    }
    if (d.links.length) {
      section(t("links"));
      var ul2 = el("ul");
      d.links.forEach(function (l) {
        var li = el("li", l[0] + ": ");
        if (/^https?:\/\//.test(l[1])) {
          var a = el("a", l[1]);
          a.href = l[1]; a.target = "_blank"; a.rel = "noopener noreferrer";
          li.appendChild(a);
        } else { li.appendChild(document.createTextNode(l[1])); }
        ul2.appendChild(li);
      });
      body.appendChild(ul2);
    }
    var rel = [], facts = [];
    linked(id).forEach(function (e) {
      var other = e.from === id ? e.to : e.from;
      var o = info[other];
      if (!d.fact && o && (o.fact || o.evidence.length)) {
        if (facts.indexOf(other) < 0) facts.push(other);
      } else { rel.push([e, other]); }
    });
    if (rel.length) {
      section(t("rel"));
      var ul3 = el("ul");
      rel.forEach(function (pair) {
        var e = pair[0], out = e.from === id || !!e.inverse;
        var label = tr(e.from === id ? e.label : e.inverse || e.label);
        var li = el("li", out ? label + " → " : "← " + label + ": ");
        li.appendChild(link(pair[1]));
        ul3.appendChild(li);
      });
      body.appendChild(ul3);
    }
    var seen = {};
    if (d.evidence.length) {
      section(t("src"));
      d.evidence.forEach(function (i) { quote(i, seen); });
    }
    if (facts.length) showFacts(id, facts, seen);
    if (d.provenance) body.appendChild(el("div", d.provenance, "dg-kind"));
    panel.hidden = false;
  }
  function hidePanel() { panel.hidden = true; shownId = null; }
  document.getElementById("dg-close").addEventListener("click", function () {
    hidePanel(); clearHighlight(); network.unselectAll();
  });

  function focusNode(id) {
    var d = info[id];
    if (!d) return false;
    if (hiddenClasses[d.cls]) {
      var box = document.querySelector('input[data-class="' + CSS.escape(d.cls) + '"]');
      if (box) { box.checked = true; setClass(d.cls, true); }
    }
    network.selectNodes([id]);
    // the node stays clear of the side panel that opens on the right
    var shift = -Math.min(panel.offsetWidth || 370, 370) / 2;
    network.focus(id, {scale: Math.max(network.getScale(), 1.0), offset: {x: shift, y: 0},
                       animation: false});
    highlight(id);
    showPanel(id);
    return true;
  }

  function matches(query, limit) {
    var q = norm(query.trim());
    if (!q) return [];
    var found = [];
    Object.keys(info).forEach(function (id) {
      var best = 3;
      info[id].names.concat([info[id].label]).forEach(function (n) {
        var s = norm(n);
        // whole name, then its start or the start of a word in it, then anywhere
        var words = s.split(/[\s,:;()«»"-]+/);
        var r = s === q ? 0 : s.indexOf(q) === 0 || words.some(function (w) {
          return w.indexOf(q) === 0;
        }) ? 1 : s.indexOf(q) >= 0 ? 2 : 3;
        if (r < best) best = r;
      });
      // people, places and things before the facts that name them
      if (best < 3) found.push([best, info[id].fact ? 1 : 0, -info[id].degree, info[id].label, id]);
    });
    found.sort(function (a, b) {
      for (var i = 0; i < 5; i++) { if (a[i] < b[i]) return -1; if (a[i] > b[i]) return 1; }
      return 0;
    });
    return found.slice(0, limit).map(function (f) { return f[4]; });
  }
  function search(query) {
    var hit = matches(query, 1);
    return hit.length && focusNode(hit[0]) ? hit[0] : null;
  }

  var input = document.getElementById("dg-search");
  var results = document.getElementById("dg-results");
  input.addEventListener("input", function () {
    results.textContent = "";
    matches(input.value, 12).forEach(function (id) {
      var li = el("li", name(id) + " ");
      li.appendChild(el("small", kind(info[id])));
      li.addEventListener("click", function () { focusNode(id); results.textContent = ""; });
      results.appendChild(li);
    });
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { search(input.value); results.textContent = ""; }
    if (ev.key === "Escape") { results.textContent = ""; }
  });

  function setClass(cls, visible) {
    if (visible) delete hiddenClasses[cls]; else hiddenClasses[cls] = true;
    nodes.update((byClass[cls] || []).map(function (id) { return {id: id, hidden: !visible}; }));
  }
  Array.prototype.forEach.call(document.querySelectorAll("input[data-class]"), function (box) {
    box.addEventListener("change", function () {
      setClass(box.getAttribute("data-class"), box.checked);
    });
  });

  function setLanguage(code) {
    lang = code === "en" ? "en" : "ru";
    var en = lang === "en";
    nodes.update(Object.keys(info).map(function (id) {
      return {id: id, label: en && info[id].canvasEn ? info[id].canvasEn : canvasRu[id]};
    }));
    edges.update(data.edges.map(function (e) {
      return {id: e.id, label: en && english[e.label] ? english[e.label] : e.label};
    }));
    Array.prototype.forEach.call(document.querySelectorAll("[data-class-label]"), function (s) {
      var c = classes[s.getAttribute("data-class-label")];
      if (c) s.textContent = en ? c[1] : c[0];
    });
    input.placeholder = t("find");
    document.documentElement.lang = lang;
    if (shownId !== null) showPanel(shownId);
  }
  var langBox = document.getElementById("dg-english");
  langBox.addEventListener("change", function () { setLanguage(langBox.checked ? "en" : "ru"); });

  network.on("click", function (params) {
    if (params.nodes.length) { highlight(params.nodes[0]); showPanel(params.nodes[0]); }
    else { clearHighlight(); hidePanel(); }
  });

  diplograph.search = search;
  diplograph.focusNode = focusNode;
  diplograph.setClass = setClass;
  diplograph.setLanguage = function (code) {
    langBox.checked = code === "en";
    setLanguage(code);
  };
})();
"""

_TEMPLATE = """<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="diplograph">
<title>{title}</title>
<style>{css}</style>
<script>{vis}</script>
</head>
<body>
<div id="dg-network"></div>
<nav id="dg-side">
<h1>{title}</h1>
<input id="dg-search" type="search" placeholder="Найти узел по названию…" autocomplete="off"
 aria-label="Найти узел">
<ul id="dg-results"></ul>
<label id="dg-lang"><input id="dg-english" type="checkbox"> English labels</label>
<div id="dg-stats">{stats}</div>
{notes}
<details id="dg-legend" open>
<summary><h2>Классы · Classes</h2></summary>
{legend}
</details>
</nav>
<aside id="dg-panel" class="dg-box" hidden>
<button id="dg-close" class="dg-close" type="button" aria-label="Закрыть">×</button>
<div id="dg-panel-body"></div>
</aside>
<script id="dg-data" type="application/json">{data}</script>
<script>{app}</script>
</body>
</html>
"""


def render_html(
    graph: Graph,
    *,
    focus: str | None = None,
    depth: int = 2,
    classes: Sequence[str] = (),
    max_nodes: int = 2000,
    title: str = "diplograph",
    nodes_in_graph: int | None = None,
    degrees: Mapping[str, int] | None = None,
) -> str:
    """The whole page drawing ``graph``; the same graph always gives the same bytes.

    ``focus`` (a label substring) draws the ``depth``-hop neighbourhood of the best-matching
    node; ``classes`` (dg: local names such as "Port") keeps nodes of those classes (and their
    subclasses) and their direct neighbours; the two combine, classes first. Over ``max_nodes``
    nodes, the most connected are drawn and a note says how many were left out. Raises
    GraphError when ``focus`` or ``classes`` match nothing.

    When ``graph`` is only the part of a bigger graph that the page draws (``page_graph``),
    ``nodes_in_graph`` and ``degrees`` (the nodes' degrees in the whole graph) make the page
    rank, cut and count as it would over the whole.
    """
    if depth < 0:
        raise ValueError(f"depth must be >= 0, not {depth}")
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be >= 1, not {max_nodes}")
    if isinstance(classes, str):
        classes = (classes,)
    model = _build_model(graph)
    chosen, focus_id, omitted = _select(model, focus, depth, classes, max_nodes, degrees)
    if nodes_in_graph is not None:
        omitted = max(nodes_in_graph - chosen.number_of_nodes(), 0)
    data = _page_data(model, chosen, omitted)
    notes = []
    if focus_id is not None:
        notes.append(
            f'<div class="dg-note" id="dg-focus-note">Окрестность узла'
            f" «{html.escape(model.nodes[focus_id].label)}», радиус {depth}</div>"
        )
    if omitted:
        total = chosen.number_of_nodes() + omitted
        notes.append(
            f'<div class="dg-note" id="dg-omitted" data-omitted="{omitted}">'
            f"Показаны {chosen.number_of_nodes()} самых связанных узлов из {total}:"
            f" {omitted} не показаны (предел {max_nodes}).</div>"
        )
    stats = f"{chosen.number_of_nodes()} узлов, {len(data['edges'])} связей"
    return _TEMPLATE.format(
        title=html.escape(title),
        css=_CSS,
        vis=_vis_js(),
        stats=stats,
        notes="\n".join(notes),
        legend=_legend(model, chosen),
        data=_json_for_script(data),
        app=_APP_JS,
    )


class PagePart(NamedTuple):
    """What a page of a big graph is drawn from: the part of it that the page shows, the
    number of nodes of the whole, and the degrees in the whole of the nodes in the part."""

    graph: Graph
    nodes_in_graph: int
    degrees: dict[str, int]


def page_graph(union: Path, max_nodes: int = 2000) -> PagePart:
    """The part of a big graph that a page of ``max_nodes`` nodes draws.

    ``union`` is N-Triples whose lines of one subject are together and in sorted order (a
    build's merged graph). It is read in three passes, so that the whole graph is never held
    (in rdflib, 10^6 triples take 35 s and 1.2 GB): the nodes and their links, counted into
    degrees; then every line of the most connected ``max_nodes`` nodes and the classes and
    names of the nodes they point to; then the sentences and articles of their evidence.
    The nodes that point to them (a country has thousands of facts) are left out: their
    count is in the degrees. render_html draws the same page from it as from the whole."""
    dg = f"<{DG}"
    evidence = {f"<{c}>" for c in _EVIDENCE_CLASSES}
    concepts = {f"<{c}>" for c in _CONCEPT_CLASSES}
    unlinked = {f"<{p}>" for p in (*_NOT_PROPS, *_PROVENANCE)}
    marks = {f"<{_NOTATION}>", f"<{_IN_SCHEME}>"}
    names = {f"<{_TYPE}>", f"<{_LABEL}>", f"<{_ALT}>", f"<{_PREF}>"}
    index: dict[str, int] = {}
    nodes: set[int] = set()
    links: list[tuple[int, int]] = []
    with union.open(encoding="utf-8") as lines:
        for block in _blocks(lines):
            ours = [o for p, o in block.pairs if p == f"<{_TYPE}>" and o.startswith(dg)]
            if not ours or evidence & set(ours) or concepts & set(ours):
                continue
            if any(p in marks for p, _ in block.pairs):
                continue
            me = index.setdefault(block.subject, len(index))
            nodes.add(me)
            for p, o in block.pairs:
                if o.startswith("<") and p not in unlinked:
                    links.append((me, index.setdefault(o, len(index))))
    near: dict[int, set[int]] = {n: set() for n in nodes}
    for a, b in links:
        if b in nodes:
            near[a].add(b)
            near[b].add(a)
    iri = {i: term for term, i in index.items() if i in nodes}
    degree = {n: len(near[n]) + (n in near[n]) for n in nodes}  # as _Net.degree counts
    near.clear()
    index.clear()
    top = set(sorted(nodes, key=lambda n: (-degree[n], iri[n][1:-1]))[:max_nodes])
    # what the drawn nodes point to: its class and name tell an entity from a value
    pointed = {b for a, b in links if a in top and b in nodes} - top
    del links
    chosen, around = {iri[n] for n in top}, {iri[n] for n in pointed}
    degrees = {iri[n][1:-1]: degree[n] for n in top | pointed}
    kept: list[str] = []
    sentences: set[str] = set()
    derived = f"<{_DERIVED}>"
    with union.open(encoding="utf-8") as lines:
        for block in _blocks(lines):
            if block.subject in chosen:
                kept.extend(f"{block.subject} {p} {o} .\n" for p, o in block.pairs)
                sentences.update(o for p, o in block.pairs if p == derived)
            elif block.subject in around:
                kept.extend(f"{block.subject} {p} {o} .\n" for p, o in block.pairs if p in names)
    articles = {s.split("/sentence/")[0] + ">" for s in sentences if "/sentence/" in s}
    with union.open(encoding="utf-8") as lines:
        for block in _blocks(lines):
            if block.subject in sentences or block.subject in articles:
                kept.extend(f"{block.subject} {p} {o} .\n" for p, o in block.pairs)
    graph = Graph()
    graph.parse(data="".join(kept), format="nt")
    return PagePart(graph, len(nodes), degrees)


def write_html(graph: Graph, path: str | os.PathLike[str], **kw: Any) -> None:
    """Render and replace ``path`` atomically: readers see the old page or the new, never half."""
    page = render_html(graph, **kw).encode("utf-8")
    target = Path(path)
    folder = target.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(page)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private; a page is meant to be read like any other output
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
