"""Stage 5: resolved statements -> RDF under the diplograph ontology.

IRIs are minted from names and gazetteer keys (entities) or from a hash of the article and
the fact's content (fact nodes), never from counters: a rebuild, or another article naming the
same thing, gives the same IRI. No blank nodes, so serialisations are stable byte for byte.
Every fact node points to the sentences that state it (prov:wasDerivedFrom -> dg:Sentence with
the sentence text and its character offsets in the article).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from ..records import Article, Entity, FactKind, Statement
from ..resolve import Resolution, mint
from .kinds import fact_kind
from .namespace import DCTERMS, DG, DGR, GN, NIF, ORG, PROV, SCHEMA, SKOS, WD, bind_prefixes

__all__ = [
    "MIN_CONFIDENCE",
    "Triples",
    "article_graph",
    "article_iri",
    "article_triples",
    "date_literal",
    "entity_iri",
]

Triples = set[tuple[URIRef, URIRef, URIRef | Literal]]

CLASSES = {
    "person": DG.Person,
    "country": DG.Country,
    "city": DG.City,
    "water": DG.BodyOfWater,
    "region": DG.Region,
    "place": DG.Place,
    "org": DG.Organization,
    "fund": DG.InvestmentFund,
    "project": DG.Project,
    "commodity": DG.Commodity,
    "document": DG.Document,
    "role": DG.Role,
}
INFRASTRUCTURE = {
    "Port": DG.Port,
    "Terminal": DG.Terminal,
    "Cable": DG.Cable,
    "Railway": DG.Railway,
    "Road": DG.Road,
    "Pipeline": DG.Pipeline,
    "Corridor": DG.Corridor,
    "Airport": DG.Airport,
    "LogisticsHub": DG.LogisticsHub,
    "EconomicZone": DG.EconomicZone,
    "Bridge": DG.Bridge,
    "Tunnel": DG.Tunnel,
    "PowerLine": DG.PowerLine,
    "Plant": DG.Plant,
}
INDICATORS = {"turnover": DG.turnover, "target": DG.target}
COMPARISONS = {
    "more_than": DG.more_than,
    "less_than": DG.less_than,
    "about": DG.about,
    "equal": DG.equal,
}
STATUSES = {"planned": DG.planned, "actual": DG.actual}


def article_iri(article: Article) -> URIRef:
    return DGR[f"article/{article.id}"]


def entity_iri(key: str) -> URIRef:
    return DGR[key]


def date_literal(value: str) -> Literal:
    datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(value), XSD.string)
    return Literal(value, datatype=datatype)


def _decimal(value: Decimal | str) -> Literal:
    """The canonical xsd:decimal form ("500000000.0"), which Turtle's shorthand also writes,
    so that every export parses back to the same literal."""
    text = format(Decimal(value), "f")
    return Literal(text if "." in text else f"{text}.0", datatype=XSD.decimal)


def _label(g: Triples, node: URIRef, text: str, lang: str = "ru") -> None:
    g.add((node, RDFS.label, Literal(text, lang=lang)))


MIN_CONFIDENCE = Decimal("0.5")


def article_graph(
    resolution: Resolution, *, min_confidence: Decimal = MIN_CONFIDENCE, held_back: bool = False
) -> Graph:
    """The triples of one article as an rdflib Graph (see `article_triples`)."""
    g = Graph()
    bind_prefixes(g)
    for triple in article_triples(resolution, min_confidence=min_confidence, held_back=held_back):
        g.add(triple)
    return g


def article_triples(
    resolution: Resolution, *, min_confidence: Decimal = MIN_CONFIDENCE, held_back: bool = False
) -> Triples:
    """The triples of one article: the article, its evidence, entities and facts. A plain
    set: a build writes them straight to N-Triples, and an rdflib Graph costs far more.

    Facts whose confidence is below `min_confidence` stay out; with `held_back`, the set
    holds just those facts instead (the build keeps them in a named graph of their own)."""
    article = resolution.extraction.analysis.article
    g: Triples = set()
    if held_back and all(st.confidence >= min_confidence for st in resolution.statements):
        return g
    a = article_iri(article)
    g.add((a, RDF.type, DG.Article))
    g.add((a, DCTERMS.identifier, Literal(article.id)))
    g.add((a, SCHEMA.inLanguage, Literal("ru")))
    if article.title:
        g.add((a, SCHEMA.headline, Literal(article.title, lang="ru")))
        _label(g, a, article.title)
    else:
        _label(g, a, article.source or article.id)
    if article.date:
        g.add((a, SCHEMA.datePublished, date_literal(article.date)))
    if article.url:
        g.add((a, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.publisher:
        publisher = DGR[f"organization/{mint(article.publisher)}"]
        g.add((publisher, RDF.type, DG.Organization))
        _label(g, publisher, article.publisher)
        g.add((a, SCHEMA.publisher, publisher))

    entities = {e.key: e for e in resolution.entities}
    kinds: dict[str, str] = {}
    for statement in resolution.statements:
        for role, key in statement.roles:
            kinds.setdefault(key, role)
    for entity in entities.values():
        _entity(g, entity)
    for key in resolution.mentioned:
        g.add((a, SCHEMA.mentions, entity_iri(key)))
    for statement in resolution.statements:
        if (statement.confidence < min_confidence) == held_back:
            _statement(g, article, statement, entities)
    return g


def _entity(g: Triples, entity: Entity) -> None:
    node = entity_iri(entity.key)
    if entity.kind == "infrastructure":
        cls = INFRASTRUCTURE.get(entity.subtype or "", DG.Infrastructure)
    elif entity.kind == "org" and entity.subtype == "GovernmentBody":
        cls = DG.GovernmentBody
    else:
        cls = CLASSES[entity.kind]
    g.add((node, RDF.type, cls))
    _label(g, node, entity.label)
    if entity.label_en:
        _label(g, node, entity.label_en, "en")
    if entity.wikidata:
        g.add((node, SCHEMA.sameAs, WD[entity.wikidata]))
    if entity.geonames:
        g.add((node, SCHEMA.sameAs, GN[f"{entity.geonames}/"]))
    if entity.identifier:
        # the ISO 3166-1 alpha-2 code, the key other open datasets join countries on
        g.add((node, DCTERMS.identifier, Literal(entity.identifier)))
    if entity.country and entity.kind != "country":
        g.add((node, DG.country, entity_iri(entity.country)))
    for alt in entity.alt_labels:
        g.add((node, SKOS.altLabel, Literal(alt, lang="ru")))


def _fact_iri(article: Article, statement: Statement) -> URIRef:
    content = repr((article.id, statement.kind, sorted(statement.roles), statement.values))
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:12]
    return DGR[f"{statement.kind}/{digest}"]


def _evidence(g: Triples, article: Article, node: URIRef, statement: Statement) -> None:
    for s in _sentences(g, article, statement):
        g.add((node, PROV.wasDerivedFrom, s))
    g.add((node, DG.extractedBy, Literal(statement.rule)))
    g.add((node, DG.confidence, _decimal(statement.confidence)))


def _names(entities: dict[str, Entity], keys: Iterable[str]) -> str:
    return ", ".join(entities[k].label for k in keys if k in entities)


def _statement(g: Triples, article: Article, st: Statement, entities: dict[str, Entity]) -> None:
    iri = entity_iri
    info = fact_kind(st.kind)
    if info.about is not None:
        # statements about an entity itself: its evidence goes on the entity
        subject = iri(st.role(info.about)[0])
        if info.kind is FactKind.FUND:
            for key in st.role("founder"):
                g.add((subject, DG.founder, iri(key)))
            for key in st.role("project"):
                g.add((subject, DG.finances, iri(key)))
            capital = st.value("capital")
            if capital is not None:
                g.add((subject, DG.capital, _decimal(capital)))
                g.add((subject, DG.currency, Literal(str(st.value("currency")))))
        else:
            for key in st.role("place"):
                g.add((subject, DG.locatedIn, iri(key)))
            for key in st.role("connects"):
                g.add((subject, DG.connects, iri(key)))
        for s in _sentences(g, article, st):
            g.add((subject, PROV.wasDerivedFrom, s))
        return
    node = _fact_iri(article, st)
    _evidence(g, article, node, st)
    assert info.node_class is not None
    g.add((node, RDF.type, info.node_class))
    if info.kind is FactKind.POST:
        holder = st.role("holder")[0]
        g.add((node, ORG.member, iri(holder)))
        for key in st.role("role"):
            g.add((node, ORG.role, iri(key)))
        for key in st.role("organization"):
            g.add((node, ORG.organization, iri(key)))
        for key in st.role("country"):
            g.add((node, DG.country, iri(key)))
        role = _names(entities, st.role("role"))
        _label(g, node, f"{role}: {_names(entities, [holder])}")
    elif info.kind is FactKind.MEETING:
        for key in st.role("participant"):
            g.add((node, DG.participant, iri(key)))
        places = st.role("place")
        for key in places:
            g.add((node, DG.place, iri(key)))
        date = st.value("date") or article.date
        if date:
            g.add((node, DG.date, date_literal(str(date))))
        kind = str(st.value("kind") or "Встреча")
        where = f" ({_names(entities, places)})" if places else ""
        who = _names(entities, st.role("participant"))
        _label(g, node, f"{kind}{where}: {who}" if who else f"{kind}{where}")
    elif info.kind is FactKind.TRADE:
        for key in st.role("country"):
            g.add((node, DG.country, iri(key)))
        indicator = str(st.value("indicator"))
        g.add((node, DG.indicator, INDICATORS[indicator]))
        comparison = st.value("comparison")
        if comparison:
            g.add((node, DG.comparison, COMPARISONS[str(comparison)]))
        period = st.value("period")
        if period:
            g.add((node, DG.period, Literal(str(period))))
        amount = st.value("amount")
        if amount is not None:
            g.add((node, DG.amount, _decimal(amount)))
        currency = st.value("currency")
        if currency:
            g.add((node, DG.currency, Literal(str(currency))))
        what = "Товарооборот" if indicator == "turnover" else "Цель по товарообороту"
        _label(g, node, f"{what}: {_names(entities, st.role('country'))}")
    elif info.kind is FactKind.EXPORT:
        for role, prop in (
            ("exporter", DG.exporter),
            ("importer", DG.importer),
            ("commodity", DG.commodity),
        ):
            for key in st.role(role):
                g.add((node, prop, iri(key)))
        g.add((node, DG.status, STATUSES[str(st.value("status") or "actual")]))
        _label(g, node, f"Экспорт: {_names(entities, st.role('commodity'))}")
    elif info.kind is FactKind.SIGNING:
        document = st.role("document")[0]
        g.add((node, DG.document, iri(document)))
        for key in st.role("signatory"):
            g.add((node, DG.signatory, iri(key)))
        date = st.value("date") or article.date
        if date:
            g.add((node, DG.date, date_literal(str(date))))
        period = st.value("period")
        if period:
            g.add((iri(document), DG.period, Literal(str(period))))
        _label(g, node, f"Подписание: {_names(entities, [document])}")


def _sentences(g: Triples, article: Article, st: Statement) -> list[URIRef]:
    """The evidence sentences of a statement, added to the graph."""
    out = []
    for index in st.sentences:
        sentence = article.sentences[index]
        s = DGR[f"article/{article.id}/sentence/{index}"]
        out.append(s)
        if (s, RDF.type, DG.Sentence) in g:  # evidence of an earlier fact too: made once
            continue
        g.add((s, RDF.type, DG.Sentence))
        g.add((s, NIF.anchorOf, Literal(sentence.text)))
        g.add((s, NIF.beginIndex, Literal(sentence.start, datatype=XSD.nonNegativeInteger)))
        g.add((s, NIF.endIndex, Literal(sentence.stop, datatype=XSD.nonNegativeInteger)))
        g.add((s, DCTERMS.isPartOf, article_iri(article)))
    return out
