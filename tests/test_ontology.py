"""The ontology, its shapes, its namespace class and the competency queries agree.

The instance graph below is made up for these tests (a meeting of the foreign ministers of
Uzbekistan and Turkey in Tashkent); it is not taken from any article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pyoxigraph
import pyshacl
import pytest
import rdflib
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import Node

from diplograph.rdf.namespace import DG, DGR, ORG, PROV, SCHEMA, bind_prefixes

ONTOLOGY_DIR = Path(__file__).parents[1] / "ontology"
ONTOLOGY_TTL = ONTOLOGY_DIR / "diplograph.ttl"
SHAPES_TTL = ONTOLOGY_DIR / "shapes.ttl"
QUERY_DIR = ONTOLOGY_DIR / "competency"
NS = str(DG)

# CQ.md: the columns of each competency question, in order.
COLUMNS = {
    "meetings": ["meetingLabel", "date", "placeLabel", "participantLabel"],
    "posts": ["personLabel", "postLabel", "organizationLabel", "countryLabel"],
    "trade": [
        "countryALabel",
        "countryBLabel",
        "indicator",
        "period",
        "amount",
        "currency",
        "comparison",
    ],
    "funds": ["fundLabel", "founderLabel", "capital", "currency", "projectLabel"],
    "infrastructure": ["objectLabel", "kind", "placeLabel", "connectsLabel"],
    "commodities": ["exporterLabel", "importerLabel", "commodityLabel"],
    "agreements": ["documentLabel", "signatoryLabel", "date"],
    "sources": ["articleTitle", "publisherLabel", "date"],
    "links": ["entityLabel", "wikidata"],
    # the project's own question (README): facts that sources state differently
    "conflicts": [
        "kind",
        "aboutLabel",
        "period",
        "valueA",
        "articleA",
        "publisherA",
        "valueB",
        "articleB",
        "publisherB",
    ],
}

# The spec fixes these Russian class labels: infrastructure.rq returns them as 'kind'.
KINDS = {
    "Port": "порт",
    "Terminal": "терминал",
    "Cable": "кабель",
    "Railway": "железная дорога",
    "Road": "автомобильная дорога",
    "Pipeline": "трубопровод",
    "Corridor": "транспортный коридор",
    "Airport": "аэропорт",
    "LogisticsHub": "логистический центр",
    "EconomicZone": "экономическая зона",
    "Bridge": "мост",
    "Tunnel": "тоннель",
    "PowerLine": "линия электропередачи",
    "Plant": "завод",
}

CLASS_ALIGNMENT = (RDFS.subClassOf, OWL.equivalentClass)
PROPERTY_ALIGNMENT = (RDFS.subPropertyOf, OWL.equivalentProperty, OWL.inverseOf)

VALID = """
@prefix dg:      <https://w3id.org/diplograph/ontology#> .
@prefix dgr:     <https://w3id.org/diplograph/id/> .
@prefix schema:  <https://schema.org/> .
@prefix org:     <http://www.w3.org/ns/org#> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix nif:     <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .

# --- source and evidence
dgr:article-t1 a dg:Article ;
    schema:headline "Ташкент и Анкара договорились о новом транзитном маршруте"@ru ;
    schema:datePublished "2025-05-20"^^xsd:date ;
    schema:publisher dgr:org-kaspiy-news ;
    schema:inLanguage "ru" ;
    dcterms:identifier "t1-3f9a0c" ;
    schema:url "https://news.example.org/2025/05/20/tashkent-ankara"^^xsd:anyURI .
dgr:org-kaspiy-news a dg:Organization ; rdfs:label "Kaspiy News"@ru .

dgr:article-t1-s1 a dg:Sentence ; dcterms:isPartOf dgr:article-t1 ;
    nif:anchorOf "Министры иностранных дел Узбекистана и Турции провели переговоры в Ташкенте." ;
    nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "77"^^xsd:nonNegativeInteger .
dgr:article-t1-s2 a dg:Sentence ; dcterms:isPartOf dgr:article-t1 ;
    nif:anchorOf "Товарооборот двух стран в 2024 году составил около 3,2 млрд долларов." ;
    nif:beginIndex "78"^^xsd:nonNegativeInteger ; nif:endIndex "146"^^xsd:nonNegativeInteger .

# --- places
dgr:country-uzbekistan a dg:Country ; rdfs:label "Узбекистан"@ru , "Uzbekistan"@en ;
    schema:sameAs <http://www.wikidata.org/entity/Q265> , <https://sws.geonames.org/1512440/> .
dgr:country-turkey a dg:Country ; rdfs:label "Турция"@ru , "Turkey"@en ;
    skos:altLabel "Турецкая Республика"@ru ;
    schema:sameAs <http://www.wikidata.org/entity/Q43> .
dgr:country-azerbaijan a dg:Country ; rdfs:label "Азербайджан"@ru .
dgr:country-turkmenistan a dg:Country ; rdfs:label "Туркменистан"@ru .
dgr:city-tashkent a dg:City ; rdfs:label "Ташкент"@ru , "Tashkent"@en ;
    dg:country dgr:country-uzbekistan ;
    schema:sameAs <http://www.wikidata.org/entity/Q269> .
dgr:city-baku a dg:City ; rdfs:label "Баку"@ru ; dg:country dgr:country-azerbaijan .
dgr:city-turkmenbashi a dg:City ; rdfs:label "Туркменбаши"@ru ;
    dg:country dgr:country-turkmenistan ; schema:sameAs <https://sws.geonames.org/161616/> .
dgr:water-caspian-sea a dg:BodyOfWater ; rdfs:label "Каспийское море"@ru ;
    dg:country dgr:country-azerbaijan , dgr:country-turkmenistan .

# --- people and posts
dgr:person-bakhtiyor-saidov a dg:Person ; rdfs:label "Бахтиёр Саидов"@ru .
dgr:person-hakan-fidan a dg:Person ; rdfs:label "Хакан Фидан"@ru , "Hakan Fidan"@en .
dgr:role-foreign-minister a dg:Role ; rdfs:label "министр иностранных дел"@ru .
dgr:org-mfa-uzbekistan a dg:GovernmentBody ;
    rdfs:label "Министерство иностранных дел Узбекистана"@ru ;
    dg:country dgr:country-uzbekistan .

dgr:fact-post-saidov a dg:PostHolding ;
    org:member dgr:person-bakhtiyor-saidov ; org:role dgr:role-foreign-minister ;
    org:organization dgr:org-mfa-uzbekistan ;
    prov:wasDerivedFrom dgr:article-t1-s1 ; dg:extractedBy "post-apposition" ; dg:confidence 0.9 .
dgr:fact-post-fidan a dg:PostHolding ;
    org:member dgr:person-hakan-fidan ; org:role dgr:role-foreign-minister ;
    dg:country dgr:country-turkey ;
    prov:wasDerivedFrom dgr:article-t1-s1 ; dg:extractedBy "post-apposition" ; dg:confidence 0.9 .

# --- meeting
dgr:fact-meeting-tashkent a dg:Meeting ; rdfs:label "Переговоры в Ташкенте"@ru ;
    dg:participant dgr:person-bakhtiyor-saidov , dgr:person-hakan-fidan ;
    dg:place dgr:city-tashkent ; dg:date "2025-05-19"^^xsd:date ;
    prov:wasDerivedFrom dgr:article-t1-s1 ; dg:extractedBy "meeting-talks" ; dg:confidence 0.8 .

# --- trade figures: a stated turnover, and a target among three countries
dgr:fact-trade-2024 a dg:TradeFigure ;
    dg:country dgr:country-uzbekistan , dgr:country-turkey ;
    dg:indicator dg:turnover ; dg:comparison dg:about ; dg:period "2024" ;
    dg:amount 3200000000.0 ; dg:currency "USD" ; dg:disagreesWith dgr:fact-trade-2024-t2 ;
    prov:wasDerivedFrom dgr:article-t1-s2 ; dg:extractedBy "trade-turnover" ; dg:confidence 0.95 .
dgr:fact-trade-target a dg:TradeFigure ;
    dg:country dgr:country-uzbekistan , dgr:country-turkey , dgr:country-azerbaijan ;
    dg:indicator dg:target ; dg:period "2030" ; dg:amount 5000000000.0 ; dg:currency "USD" ;
    prov:wasDerivedFrom dgr:article-t1-s2 ; dg:extractedBy "trade-target" ; dg:confidence 0.7 .

# --- another source gives the same year's turnover otherwise: both kept, linked both ways
dgr:article-t2 a dg:Article ;
    schema:headline "Узбекистан и Турция нарастили взаимную торговлю"@ru ;
    schema:datePublished "2025-05-21"^^xsd:date ;
    schema:inLanguage "ru" ;
    dcterms:identifier "t2-77b1e4" .
dgr:article-t2-s1 a dg:Sentence ; dcterms:isPartOf dgr:article-t2 ;
    nif:anchorOf "В 2024 году товарооборот Узбекистана и Турции составил 2,9 млрд долларов." ;
    nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "74"^^xsd:nonNegativeInteger .
dgr:fact-trade-2024-t2 a dg:TradeFigure ;
    dg:country dgr:country-uzbekistan , dgr:country-turkey ;
    dg:indicator dg:turnover ; dg:comparison dg:equal ; dg:period "2024" ;
    dg:amount 2900000000.0 ; dg:currency "USD" ; dg:disagreesWith dgr:fact-trade-2024 ;
    prov:wasDerivedFrom dgr:article-t2-s1 ; dg:extractedBy "trade-turnover" ; dg:confidence 0.9 .

# --- infrastructure: a port typed with its parent class too, a terminal in it, a cable
dgr:infra-port-turkmenbashi a dg:Port , dg:Infrastructure ;
    rdfs:label "порт Туркменбаши"@ru ; dg:locatedIn dgr:city-turkmenbashi .
dgr:infra-container-terminal a dg:Terminal ; rdfs:label "контейнерный терминал"@ru ;
    dg:locatedIn dgr:infra-port-turkmenbashi ;
    prov:wasDerivedFrom dgr:article-t1-s2 ; dg:extractedBy "infra-located" ; dg:confidence 0.6 .
dgr:infra-caspian-cable a dg:Cable ; rdfs:label "волоконно-оптический кабель"@ru ;
    dg:locatedIn dgr:water-caspian-sea ;
    dg:connects dgr:city-baku , dgr:city-turkmenbashi .

# --- fund
dgr:project-tashkent-technopark a dg:Project ; rdfs:label "технопарк в Ташкенте"@ru .
dgr:fund-uz-tr a dg:InvestmentFund ; rdfs:label "узбекско-турецкий инвестиционный фонд"@ru ;
    dg:founder dgr:country-uzbekistan , dgr:country-turkey ;
    dg:capital 500000000.0 ; dg:currency "USD" ;
    dg:finances dgr:infra-container-terminal , dgr:project-tashkent-technopark ;
    prov:wasDerivedFrom dgr:article-t1-s2 ; dg:extractedBy "fund-capital" ; dg:confidence 0.85 .

# --- exports
dgr:commodity-cotton-yarn a dg:Commodity ; rdfs:label "хлопковая пряжа"@ru .
dgr:commodity-cars a dg:Commodity ; rdfs:label "автомобили"@ru .
dgr:fact-export-yarn a dg:ExportFlow ;
    dg:exporter dgr:country-uzbekistan ; dg:importer dgr:country-turkey ;
    dg:commodity dgr:commodity-cotton-yarn ; dg:status dg:actual ;
    prov:wasDerivedFrom dgr:article-t1-s2 ; dg:extractedBy "export-to" ; dg:confidence 0.75 .
dgr:fact-export-cars a dg:ExportFlow ;
    dg:exporter dgr:country-turkey ; dg:commodity dgr:commodity-cars ; dg:status dg:planned ;
    prov:wasDerivedFrom dgr:article-t1-s2 ; dg:extractedBy "export-plan" ; dg:confidence 0.6 .

# --- signing
dgr:document-transport-memo a dg:Document ;
    rdfs:label "Меморандум о сотрудничестве в области транспорта"@ru ; dg:period "2025/2027" .
dgr:fact-signing-memo a dg:Signing ; dg:document dgr:document-transport-memo ;
    dg:signatory dgr:person-bakhtiyor-saidov , dgr:person-hakan-fidan ;
    dg:date "2025-05"^^xsd:gYearMonth ;
    prov:wasDerivedFrom dgr:article-t1-s1 ; dg:extractedBy "signing" ; dg:confidence 0.8 .
"""

USD = "USD"
SAIDOV, FIDAN = "Бахтиёр Саидов", "Хакан Фидан"
UZ, TR, AZ = "Узбекистан", "Турция", "Азербайджан"
FUND, TECHNOPARK = "узбекско-турецкий инвестиционный фонд", "технопарк в Ташкенте"
TERMINAL, PORT, CABLE = "контейнерный терминал", "порт Туркменбаши", "волоконно-оптический кабель"
MEMO = "Меморандум о сотрудничестве в области транспорта"
WD = "http://www.wikidata.org/entity/"

EXPECTED = {
    "meetings": [
        ("Переговоры в Ташкенте", "2025-05-19", "Ташкент", SAIDOV),
        ("Переговоры в Ташкенте", "2025-05-19", "Ташкент", FIDAN),
    ],
    "posts": [
        (SAIDOV, "министр иностранных дел", "Министерство иностранных дел Узбекистана", UZ),
        (FIDAN, "министр иностранных дел", None, TR),
    ],
    "trade": [
        (TR, UZ, "turnover", "2024", Decimal(3200000000), USD, "about"),
        (TR, UZ, "turnover", "2024", Decimal(2900000000), USD, "equal"),
        (TR, UZ, "target", "2030", Decimal(5000000000), USD, None),
        (AZ, TR, "target", "2030", Decimal(5000000000), USD, None),
        (AZ, UZ, "target", "2030", Decimal(5000000000), USD, None),
    ],
    "funds": [
        (FUND, UZ, Decimal(500000000), USD, TERMINAL),
        (FUND, UZ, Decimal(500000000), USD, TECHNOPARK),
        (FUND, TR, Decimal(500000000), USD, TERMINAL),
        (FUND, TR, Decimal(500000000), USD, TECHNOPARK),
    ],
    "infrastructure": [
        (PORT, "порт", "Туркменбаши", None),
        (TERMINAL, "терминал", PORT, None),
        (CABLE, "кабель", "Каспийское море", "Баку"),
        (CABLE, "кабель", "Каспийское море", "Туркменбаши"),
    ],
    "commodities": [
        (UZ, TR, "хлопковая пряжа"),
        (TR, None, "автомобили"),
    ],
    "agreements": [
        (MEMO, SAIDOV, "2025-05"),
        (MEMO, FIDAN, "2025-05"),
    ],
    "sources": [
        ("Ташкент и Анкара договорились о новом транзитном маршруте", "Kaspiy News", "2025-05-20"),
        ("Узбекистан и Турция нарастили взаимную торговлю", "", "2025-05-21"),
    ],
    "links": [
        (UZ, WD + "Q265"),
        (TR, WD + "Q43"),
        ("Ташкент", WD + "Q269"),
    ],
    "conflicts": [
        (
            "TradeFigure",
            None,
            "2024",
            "2900000000 USD",
            "Узбекистан и Турция нарастили взаимную торговлю",
            None,
            "около 3200000000 USD",
            "Ташкент и Анкара договорились о новом транзитном маршруте",
            "Kaspiy News",
        ),
    ],
}


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_TTL, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_TTL, format="turtle")


@pytest.fixture(scope="module")
def valid() -> Graph:
    return Graph().parse(data=VALID, format="turtle")


@pytest.fixture(scope="module")
def query_graph(valid: Graph, ontology: Graph, shapes: Graph) -> Graph:
    """What the scorer queries: the data plus every top-level .ttl file of ontology/."""
    graph = Graph()
    for part in (valid, ontology, shapes):
        for triple in part:
            graph.add(triple)
    return graph


def own_terms(ontology: Graph, *types: URIRef) -> list[URIRef]:
    return sorted(
        s
        for t in types
        for s in ontology.subjects(RDF.type, t)
        if isinstance(s, URIRef) and s.startswith(NS)
    )


def literal_langs(graph: Graph, subject: Node, predicate: URIRef) -> set[str | None]:
    return {o.language for o in graph.objects(subject, predicate) if isinstance(o, Literal)}


def validate(data: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, Graph, str]:
    conforms, results, text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none"
    )
    return bool(conforms), results, str(text)


# --- the ontology -----------------------------------------------------------------------------


def test_ontology_header_says_why_schema_same_as(ontology: Graph) -> None:
    headers = list(ontology.subjects(RDF.type, OWL.Ontology))
    assert len(headers) == 1
    comment = " ".join(str(c) for c in ontology.objects(headers[0], RDFS.comment))
    assert "schema:sameAs" in comment and "owl:sameAs" in comment


def test_every_term_has_labels_and_comments_in_english_and_russian(ontology: Graph) -> None:
    terms = own_terms(ontology, OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    assert len(terms) > 50
    for term in terms:
        assert {"en", "ru"} <= literal_langs(ontology, term, RDFS.label), term
        assert {"en", "ru"} <= literal_langs(ontology, term, RDFS.comment), term
        # one label per language: the Russian one is used as data ('kind')
        for lang in ("en", "ru"):
            labels = [o for o in ontology.objects(term, RDFS.label) if o.language == lang]
            assert len(labels) == 1, (term, lang)


def test_concepts_and_schemes_are_labelled(ontology: Graph) -> None:
    for scheme, members in {
        DG.Indicators: {DG.turnover, DG.target},
        DG.Comparisons: {DG.more_than, DG.less_than, DG.about, DG.equal},
        DG.FlowStatuses: {DG.planned, DG.actual},
    }.items():
        assert (scheme, RDF.type, SKOS.ConceptScheme) in ontology
        assert set(ontology.subjects(SKOS.inScheme, scheme)) == members
        for concept in members:
            assert {"en", "ru"} <= literal_langs(ontology, concept, SKOS.prefLabel)
            notation = ontology.value(concept, SKOS.notation)
            assert str(notation) == concept.removeprefix(NS)


def _aligned(ontology: Graph, term: URIRef, links: tuple[URIRef, ...]) -> bool:
    """True when a non-dg term is reached through `links`, directly or via dg: parents."""
    seen, todo = set(), [term]
    while todo:
        node = todo.pop()
        for link in links:
            for parent in ontology.objects(node, link):
                if not isinstance(parent, URIRef):
                    continue
                if not parent.startswith(NS):
                    return True
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
    return False


def test_every_class_is_aligned_to_a_standard_vocabulary(ontology: Graph) -> None:
    for term in own_terms(ontology, OWL.Class):
        assert _aligned(ontology, term, CLASS_ALIGNMENT), term


def test_every_property_is_aligned_to_a_standard_vocabulary(ontology: Graph) -> None:
    for term in own_terms(ontology, OWL.ObjectProperty, OWL.DatatypeProperty):
        assert _aligned(ontology, term, PROPERTY_ALIGNMENT), term


@pytest.mark.parametrize(("name", "label"), sorted(KINDS.items()))
def test_infrastructure_kind_has_the_spec_russian_label(
    ontology: Graph, name: str, label: str
) -> None:
    term = DG[name]
    assert (term, RDFS.subClassOf, DG.Infrastructure) in ontology
    assert Literal(label, lang="ru") in set(ontology.objects(term, RDFS.label))


def test_namespace_class_and_ontology_declare_the_same_terms(ontology: Graph) -> None:
    declared = {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(NS)}
    listed = {DG[name] for name in DG.__annotations__}
    assert listed - declared == set(), "in namespace.py, not in diplograph.ttl"
    assert declared - listed == set(), "in diplograph.ttl, not in namespace.py"


def test_no_instance_data_in_the_ontology(ontology: Graph) -> None:
    # the only dg: individuals allowed are the code-list concepts
    concept_classes = {DG.Indicator, DG.Comparison, DG.FlowStatus}
    for subject, cls in ontology.subject_objects(RDF.type):
        if str(cls).startswith(NS):
            assert cls in concept_classes, (subject, cls)
    assert not list(ontology.subjects(SCHEMA.sameAs, None))


def test_binding_prefixes_gives_stable_names() -> None:
    graph = bind_prefixes(Graph())
    bound = {prefix: str(ns) for prefix, ns in graph.namespaces()}
    assert bound["dg"] == NS
    assert bound["dgr"] == str(DGR)
    assert bound["schema"] == "https://schema.org/"
    assert bound["wd"] == "http://www.wikidata.org/entity/"
    assert bound["gn"] == "https://sws.geonames.org/"


def test_misspelt_term_fails() -> None:
    with pytest.raises(AttributeError):
        _ = DG.TradeFigur


# --- the shapes -------------------------------------------------------------------------------


def test_every_class_has_a_node_shape(ontology: Graph, shapes: Graph) -> None:
    targets = {
        o
        for s, o in shapes.subject_objects(SH.targetClass)
        if (s, RDF.type, SH.NodeShape) in shapes
    }
    classes = set(own_terms(ontology, OWL.Class))
    assert classes - targets == set()
    assert targets - classes == set()


def _subclasses(ontology: Graph, cls: Node) -> set[Node]:
    return set(ontology.transitive_subjects(RDFS.subClassOf, cls)) - {cls}


def _or_classes(shapes: Graph, members: Node) -> set[Node]:
    """The classes an sh:or list names, through the named shapes it lists too."""
    found: set[Node] = set()
    for member in rdflib.collection.Collection(shapes, members):
        found.update(shapes.objects(member, SH["class"]))
        for inner in shapes.objects(member, SH["or"]):
            found |= _or_classes(shapes, inner)
    return found


def test_shapes_name_each_subclass_where_they_name_a_class(ontology: Graph, shapes: Graph) -> None:
    """SHACL reads rdfs:subClassOf from the data graph: a shape that named dg:Place alone would
    miss a dg:City in data validated without the ontology."""
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        targets = set(shapes.objects(shape, SH.targetClass))
        for cls in targets:
            assert _subclasses(ontology, cls) <= targets, (shape, cls)
    ors = list(shapes.subject_objects(SH["or"]))
    for holder, cls in shapes.subject_objects(SH["class"]):
        if not _subclasses(ontology, cls):
            continue
        lists = [m for _, m in ors if holder in rdflib.collection.Collection(shapes, m)]
        assert lists, f"sh:class {cls} alone: name its subclasses in an sh:or"
        for members in lists:
            assert _subclasses(ontology, cls) <= _or_classes(shapes, members), cls


def test_shapes_use_only_declared_terms(ontology: Graph, shapes: Graph) -> None:
    declared = {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(NS)}
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef) and t.startswith(NS)}
    assert used - declared == set()


def test_valid_instance_graph_conforms(valid: Graph, shapes: Graph, ontology: Graph) -> None:
    conforms, _, text = validate(valid, shapes, ontology)
    assert conforms, text


def test_valid_instance_graph_conforms_without_the_ontology(valid: Graph, shapes: Graph) -> None:
    # with RDFS inference too: tests/test_conformance.py (owlrl, once loaded, changes how
    # rdflib reads literals in this process)
    conforms, _, text = pyshacl.validate(valid, shacl_graph=shapes, inference="none")
    assert conforms, text


@pytest.mark.parametrize("place", [DGR["commodity-cars"], DGR["infra-caspian-cable"]])
def test_a_meeting_place_that_is_no_place_is_caught_without_the_ontology(
    valid: Graph, shapes: Graph, place: URIRef
) -> None:
    data = Graph()
    for triple in valid:
        data.add(triple)
    data.set((DGR["fact-meeting-tashkent"], DG.place, place))
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    assert not conforms, text
    assert "dg:place" in text or str(DG.place) in text, text


Edit = Callable[[Graph], None]


def _replace(subject: URIRef, predicate: URIRef, value: Node) -> Edit:
    def edit(graph: Graph) -> None:
        graph.remove((subject, predicate, None))
        graph.add((subject, predicate, value))

    return edit


def _remove(subject: URIRef, predicate: URIRef, value: Node | None = None) -> Edit:
    def edit(graph: Graph) -> None:
        graph.remove((subject, predicate, value))

    return edit


def _add(subject: URIRef, predicate: URIRef, value: Node) -> Edit:
    def edit(graph: Graph) -> None:
        graph.add((subject, predicate, value))

    return edit


TRADE = DGR["fact-trade-2024"]
MEETING = DGR["fact-meeting-tashkent"]
TASHKENT = DGR["city-tashkent"]
SENTENCE = DGR["article-t1-s2"]
TERMINAL_NODE = DGR["infra-container-terminal"]
NIF_BEGIN = URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex")

# (name, edit, focus node, path that must be reported)
BROKEN = [
    ("amount as string", _replace(TRADE, DG.amount, Literal("3200000000")), TRADE, DG.amount),
    ("amount as integer", _replace(TRADE, DG.amount, Literal(3200000000)), TRADE, DG.amount),
    (
        "missing @ru label",
        _remove(TASHKENT, RDFS.label, Literal("Ташкент", lang="ru")),
        TASHKENT,
        RDFS.label,
    ),
    (
        "two @ru labels",
        _add(TASHKENT, RDFS.label, Literal("Тошкент", lang="ru")),
        TASHKENT,
        RDFS.label,
    ),
    (
        "label without language",
        _add(TASHKENT, RDFS.label, Literal("Tashkent")),
        TASHKENT,
        RDFS.label,
    ),
    ("currency lower case", _replace(TRADE, DG.currency, Literal("usd")), TRADE, DG.currency),
    ("fact without evidence", _remove(MEETING, PROV.wasDerivedFrom), MEETING, PROV.wasDerivedFrom),
    (
        "evidence not a sentence",
        _replace(MEETING, PROV.wasDerivedFrom, DGR["article-t1"]),
        MEETING,
        PROV.wasDerivedFrom,
    ),
    (
        "trade figure with one country",
        _remove(TRADE, DG.country, DGR["country-turkey"]),
        TRADE,
        DG.country,
    ),
    ("indicator not in the list", _replace(TRADE, DG.indicator, DG.about), TRADE, DG.indicator),
    (
        "a figure disagreeing with a meeting",
        _add(TRADE, DG.disagreesWith, MEETING),
        TRADE,
        DG.disagreesWith,
    ),
    (
        "a meeting disagreeing with a literal",
        _add(MEETING, DG.disagreesWith, Literal("2025-05-21")),
        MEETING,
        DG.disagreesWith,
    ),
    ("period not ISO", _replace(TRADE, DG.period, Literal("2024-13")), TRADE, DG.period),
    (
        "confidence above 1",
        _replace(TRADE, DG.confidence, Literal(Decimal("1.5"))),
        TRADE,
        DG.confidence,
    ),
    ("date as plain string", _replace(MEETING, DG.date, Literal("19 мая 2025")), MEETING, DG.date),
    (
        "sentence begins after it ends",
        _replace(SENTENCE, NIF_BEGIN, Literal(500, datatype=rdflib.XSD.nonNegativeInteger)),
        SENTENCE,
        NIF_BEGIN,
    ),
    (
        "link to a wiki page",
        _replace(TASHKENT, SCHEMA.sameAs, URIRef("https://www.wikidata.org/wiki/Q269")),
        TASHKENT,
        SCHEMA.sameAs,
    ),
    (
        # checked through dgsh:InfrastructureShape: SHACL targets instances of subclasses too
        "terminal located in a commodity",
        _replace(TERMINAL_NODE, DG.locatedIn, DGR["commodity-cars"]),
        TERMINAL_NODE,
        DG.locatedIn,
    ),
    (
        "post without person",
        _remove(DGR["fact-post-fidan"], ORG.member),
        DGR["fact-post-fidan"],
        ORG.member,
    ),
]


@pytest.mark.parametrize(
    ("edit", "focus", "path"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN]
)
def test_broken_instance_graph_does_not_conform(
    valid: Graph, shapes: Graph, ontology: Graph, edit: Edit, focus: URIRef, path: URIRef
) -> None:
    data = Graph()
    for triple in valid:
        data.add(triple)
    edit(data)
    conforms, results, text = validate(data, shapes, ontology)
    assert not conforms
    reported = {
        (results.value(r, SH.focusNode), results.value(r, SH.resultPath))
        for r in results.subjects(RDF.type, SH.ValidationResult)
    }
    assert (focus, path) in reported, text


def test_code_lists_in_the_ontology_conform(shapes: Graph, ontology: Graph) -> None:
    # pyshacl copies only class and property axioms from ont_graph, not the concepts, so the
    # code lists are checked by validating the ontology itself as data
    conforms, _, text = pyshacl.validate(ontology, shacl_graph=shapes, inference="none")
    assert conforms, text


def test_broken_code_list_does_not_conform(shapes: Graph, ontology: Graph) -> None:
    broken = Graph()
    for triple in ontology:
        broken.add(triple)
    broken.remove((DG.turnover, SKOS.notation, None))
    conforms, results, text = pyshacl.validate(broken, shacl_graph=shapes, inference="none")
    assert not conforms
    assert (None, SH.focusNode, DG.turnover) in results, text


# --- the competency queries -------------------------------------------------------------------


def query_text(name: str) -> str:
    return (QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8")


def test_there_is_one_query_per_question() -> None:
    assert sorted(p.stem for p in QUERY_DIR.glob("*.rq")) == sorted(COLUMNS)


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_query_is_standard_sparql(name: str) -> None:
    text = query_text(name)
    assert text.startswith("# "), "first line states the question"
    # Oxigraph is strict: undeclared prefixes raise
    pyoxigraph.Store().query(text)
    # rdflib without its built-in prefixes, as the scorer runs it
    query = prepareQuery(text, initNs={})
    assert [str(v) for v in query.algebra["PV"]] == COLUMNS[name]


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_query_uses_only_declared_terms(name: str, ontology: Graph) -> None:
    declared = {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(NS)}
    used = {DG[t] for t in re.findall(r"\bdg:(\w+)", query_text(name))}
    assert used - declared == set()


def _value(node: Node | None) -> object:
    if node is None:
        return None
    if isinstance(node, Literal) and node.datatype == rdflib.XSD.decimal:
        return node.toPython()
    return str(node)


def _key(row: tuple[object, ...]) -> tuple[str, ...]:
    return tuple("" if v is None else str(v) for v in row)


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_query_returns_expected_rows(name: str, query_graph: Graph) -> None:
    result = query_graph.query(prepareQuery(query_text(name), initNs={}))
    rows = [tuple(_value(r[v]) for v in result.vars) for r in result]  # type: ignore[index]
    assert len(rows) == len(set(rows)), "rows are distinct"
    assert sorted(rows, key=_key) == sorted(EXPECTED[name], key=_key)
