"""Namespaces of diplograph: the ontology's own terms as a closed class, and the others.

Code reaches ontology terms only through `DG`, so a misspelt term fails at import or test
time instead of silently minting a new IRI (rdflib's `DefinedNamespace` with `_fail = True`).
`tests/test_ontology.py` checks that `DG` and `ontology/diplograph.ttl` list the same terms.

```python
>>> DG.TradeFigure
rdflib.term.URIRef('https://w3id.org/diplograph/ontology#TradeFigure')
>>> DGR["country/kazakhstan"]
rdflib.term.URIRef('https://w3id.org/diplograph/id/country/kazakhstan')

```
"""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import (
    DCAT,
    DCTERMS,
    FOAF,
    GEO,
    ORG,
    OWL,
    PROV,
    QB,
    RDF,
    RDFS,
    SH,
    SKOS,
    TIME,
    VOID,
    XSD,
    DefinedNamespace,
    Namespace,
)
from rdflib.term import URIRef

__all__ = [
    "DCTERMS",
    "DG",
    "DGR",
    "FOAF",
    "GEO",
    "GN",
    "NIF",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "QB",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SEM",
    "SH",
    "SKOS",
    "TIME",
    "WD",
    "XSD",
    "bind_prefixes",
]


class DG(DefinedNamespace):
    """diplograph ontology terms (ontology/diplograph.ttl)."""

    _fail = True
    _NS = Namespace("https://w3id.org/diplograph/ontology#")

    # Sources and evidence
    Article: URIRef  # a news article, source of facts
    Sentence: URIRef  # a sentence of an article: the evidence of a fact
    extractedBy: URIRef  # noqa: N815  (name of the rule that produced a fact node)
    confidence: URIRef  # the extractor's confidence in a fact node, 0..1

    # People, organisations and posts
    Person: URIRef
    Organization: URIRef
    GovernmentBody: URIRef  # ministry, agency
    Role: URIRef  # a post title
    PostHolding: URIRef  # fact: person holds post (in organisation, for country)

    # Places
    Place: URIRef
    Country: URIRef
    City: URIRef
    BodyOfWater: URIRef
    Region: URIRef
    country: URIRef  # the country of a place, organisation, post; the countries of a figure

    # Meetings and signings
    Meeting: URIRef  # fact: talks with participants, place, date
    participant: URIRef
    place: URIRef
    date: URIRef
    Document: URIRef  # a signed document
    Signing: URIRef  # fact: document signed by signatories
    document: URIRef
    signatory: URIRef

    # Trade figures and their code lists
    TradeFigure: URIRef  # fact: trade volume between countries
    Indicator: URIRef
    Comparison: URIRef
    indicator: URIRef
    comparison: URIRef
    period: URIRef  # ISO 8601 year, month or interval string
    amount: URIRef  # xsd:decimal, plain units
    currency: URIRef  # ISO 4217 code
    Indicators: URIRef  # concept scheme
    turnover: URIRef
    target: URIRef
    Comparisons: URIRef  # concept scheme
    more_than: URIRef
    less_than: URIRef
    about: URIRef
    equal: URIRef

    # Investment funds and projects
    InvestmentFund: URIRef
    Project: URIRef
    founder: URIRef
    capital: URIRef
    finances: URIRef

    # Infrastructure (each kind's Russian rdfs:label is the 'kind' column)
    Infrastructure: URIRef
    Port: URIRef
    Terminal: URIRef
    Cable: URIRef
    Railway: URIRef
    Road: URIRef
    Pipeline: URIRef
    Corridor: URIRef
    Airport: URIRef
    LogisticsHub: URIRef
    EconomicZone: URIRef
    Bridge: URIRef
    Tunnel: URIRef
    PowerLine: URIRef
    Plant: URIRef
    locatedIn: URIRef  # noqa: N815
    connects: URIRef

    # Commodities and export flows
    Commodity: URIRef
    ExportFlow: URIRef  # fact: country exports (or plans to export) a commodity
    FlowStatus: URIRef
    exporter: URIRef
    importer: URIRef
    commodity: URIRef
    status: URIRef
    FlowStatuses: URIRef  # concept scheme
    planned: URIRef
    actual: URIRef

    # Many reports of one fact
    disagreesWith: URIRef  # noqa: N815  (two reports of one thing that cannot both be true)


# Instances (entities and fact nodes) minted by the builder.
DGR = Namespace("https://w3id.org/diplograph/id/")

# schema.org in its canonical https form. A plain Namespace, not rdflib's SDO: SDO is a 2021
# snapshot that warns on real newer terms, so it cannot tell those from typos anyway.
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")

# Link targets: Wikidata entities (the form links.rq expects) and GeoNames features.
WD = Namespace("http://www.wikidata.org/entity/")
GN = Namespace("https://sws.geonames.org/")

# Prefix -> namespace, in the order they are bound; stable so that serialised Turtle is too.
PREFIXES: dict[str, str] = {
    "dg": str(DG),
    "dgr": str(DGR),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "prov": str(PROV),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "nif": str(NIF),
    "sem": str(SEM),
    "qb": str(QB),
    "geo": str(GEO),
    "foaf": str(FOAF),
    "time": str(TIME),
    "wd": str(WD),
    "gn": str(GN),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "sh": str(SH),
    "void": str(VOID),
    "dcat": str(DCAT),
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind every diplograph prefix on `graph` (replacing rdflib's defaults) and return it.

    `replace=True` moves a prefix rdflib bound elsewhere (rdflib's `geo`, `time`…) onto
    ours, so output never shows generated prefixes such as `schema1:`.
    """
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, Namespace(namespace), override=True, replace=True)
    return graph
