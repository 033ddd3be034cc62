"""The drawn model of a graph: its nodes (entities and facts) and the links between them.

What is drawn: entities and fact nodes (subjects typed with a dg: class), joined by the object
properties between them. Articles and sentences are evidence, shown in the tooltip and the
side panel; SKOS code-list values (dg:turnover, dg:more_than) and literals (amounts, dates,
periods) are text on the fact node that states them. Labels are Russian, English (@en) on a
switch.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..rdf.kinds import FACT_NODE_CLASSES
from ..rdf.namespace import DG, ORG
from .style import STYLE
from .vocab import (
    ALT,
    ANCHOR,
    BEGIN,
    DERIVED,
    HEADLINE,
    LABEL,
    NOT_PROPS,
    PART_OF,
    PROVENANCE,
    PUBLISHED,
    REVERSED,
    SAME_AS,
    Index,
    Vocab,
    dg_class,
    local_name,
    ontology_index,
)

# Classes of the fact nodes: small on the canvas, listed in the panel of what they link.
FACT_CLASSES = tuple(local_name(c) for c in FACT_NODE_CLASSES)  # the panel's order
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
# The order in which a fact's links are listed ("должность: …, страна: …"); others follow.
_LINK_ORDER = {
    str(ORG.member): 0,
    str(ORG.role): 1,
    str(ORG.organization): 2,
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


@dataclass(frozen=True)
class Evidence:
    text: str
    headline: str
    date: str
    order: tuple[str, str, int, str]


@dataclass(frozen=True)
class NodeData:
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
    # (property local name, value as the graph writes it: a literal's lexical form, a code's
    # local name) for literals and code-list values: "period" "2024", "indicator" "target"
    raw: tuple[tuple[str, str], ...] = ()
    summary_en: str = ""  # the summary in English, when it differs


@dataclass(frozen=True)
class EdgeData:
    source: str
    target: str
    prop: str  # IRI
    label: str
    label_en: str = ""
    reversed: bool = False  # drawn object -> subject (see REVERSED)


@dataclass(frozen=True)
class Model:
    nodes: Mapping[str, NodeData]
    edges: tuple[EdgeData, ...]
    sentences: Mapping[Node, Evidence]
    vocab: Vocab
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


def _value_text(vocab: Vocab, prop_local: str, obj: Node) -> tuple[str, str, str]:
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


def build_model(graph: Graph) -> Model:
    vocab = Vocab(Index.of(graph), ontology_index())
    classes: dict[Node, URIRef] = {}
    for subject in vocab.data.out:
        cls = dg_class(vocab, subject)
        if cls is not None:
            classes[subject] = cls

    def node_id(term: Node) -> str:
        return f"_:{term}" if isinstance(term, BNode) else str(term)

    sentences: dict[Node, Evidence] = {}
    nodes: dict[str, NodeData] = {}
    edges: list[EdgeData] = []
    class_labels: dict[str, tuple[str, str]] = {}
    english: dict[str, str] = {}

    def term(node: Node) -> str:
        ru, en = vocab.name(node), vocab.name(node, "en")
        if en != ru:
            _english(english, ru, en)
        return ru

    for subject, cls in classes.items():
        cls_local = local_name(cls)
        if cls_local not in class_labels:
            cls_ru = vocab.text(cls, LABEL, ("ru", "en")) or cls_local
            cls_en = vocab.text(cls, LABEL, ("en",)) or cls_local
            class_labels[cls_local] = (cls_ru, cls_en)
            if cls_en != cls_ru:
                _english(english, cls_ru, cls_en)
        labels = [o for o in vocab.data.values(subject, LABEL) if isinstance(o, Literal)]
        alts = [o for o in vocab.data.values(subject, ALT) if isinstance(o, Literal)]
        names = tuple(sorted({str(o) for o in (*labels, *alts)}))
        props: list[tuple[int, str, str, str, str, str]] = []
        raw: list[tuple[str, str]] = []
        links: list[tuple[str, str]] = []
        evidence: list[Node] = []
        provenance: list[str] = []
        for p, o in vocab.data.pairs(subject):
            if p == SAME_AS and isinstance(o, URIRef):
                links.append((_link_kind(str(o)), str(o)))
            elif p == DERIVED:
                evidence.append(o)
            elif p in PROVENANCE:
                provenance.append(f"{term(p)}: {o}")
            elif p in NOT_PROPS:
                continue
            elif o in classes:
                turned = REVERSED.get(str(p))
                if turned is None:
                    edge = EdgeData(
                        node_id(subject), node_id(o), str(p), term(p), vocab.name(p, "en")
                    )
                else:
                    term(p)  # the name read from the fact's side, for the panel
                    _english(english, *turned)
                    edge = EdgeData(node_id(o), node_id(subject), str(p), *turned, True)
                edges.append(edge)
            elif isinstance(o, Literal | URIRef):
                local = local_name(p)
                exact, short, short_en = _value_text(vocab, local, o)
                if isinstance(o, URIRef) and short_en != short:
                    _english(english, short, short_en)
                rank = _SUMMARY_ORDER.get(local, 99)
                raw.append((local, str(o) if isinstance(o, Literal) else local_name(o)))
                props.append((rank, local, term(p), exact, short, short_en))
        props.sort()
        for sentence in evidence:
            if sentence not in sentences:
                sentences[sentence] = _evidence(vocab, sentence)
        fact = cls_local in FACT_CLASSES or (cls_local not in STYLE and bool(evidence))
        summary = _summary(props, False) if fact else ""
        summary_en = _summary(props, True) if fact else ""
        ru = vocab.text(subject, LABEL, ("ru",))
        label = ru or vocab.text(subject, LABEL) or ""
        en = vocab.text(subject, LABEL, ("en",)) if ru else None
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
            label = (summary or class_labels[cls_local][0]) if fact else local_name(subject)
            if label == summary:
                en, summary = summary_en, ""
            if not fact:
                canvas = canvas_en = label
        nodes[node_id(subject)] = NodeData(
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
            evidence=tuple(sorted(set(evidence), key=lambda s: (sentences[s].order, str(s)))),
            en=en if en and en != label else "",
            canvas=canvas,
            canvas_en=canvas_en if canvas_en != canvas else "",
            raw=tuple(sorted(raw)),
            summary_en=summary_en if summary and summary_en != summary else "",
        )
    edges = sorted(
        set(edges), key=lambda e: (e.source, _LINK_ORDER.get(e.prop, 9), e.target, e.prop)
    )
    return Model(nodes, tuple(edges), sentences, vocab, class_labels, english)


def _english(english: dict[str, str], ru: str, en: str) -> None:
    """One English word for a Russian one that two terms share ("организация": the class's
    "organization", org:organization's "organisation"): the first in sorted order, not the
    first met, which follows the graph's hash order and so PYTHONHASHSEED."""
    english[ru] = min(english.get(ru, en), en)


def _summary(props: Iterable[tuple[int, str, str, str, str, str]], english: bool) -> str:
    """The literal and code-list words put on a fact node, in Russian or English."""
    words: list[str] = []
    when: list[str] = []
    for rank, local, _, _, short, short_en in props:
        if rank == 99:
            continue
        (when if local in _DATE_LIKE else words).append(short_en if english else short)
    return " · ".join(part for part in (" ".join(words), " · ".join(when)) if part)


def _evidence(vocab: Vocab, sentence: Node) -> Evidence:
    text = vocab.text(sentence, ANCHOR) or local_name(sentence)
    articles = vocab.data.values(sentence, PART_OF)
    article = articles[0] if articles else None
    headline = (vocab.text(article, HEADLINE) or "") if article is not None else ""
    date = (vocab.text(article, PUBLISHED) or "") if article is not None else ""
    begin = vocab.text(sentence, BEGIN) or "0"
    start = int(begin) if begin.isdigit() else 0
    return Evidence(text, headline, date, (date, headline, start, text))
