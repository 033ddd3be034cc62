"""Plain immutable records that flow between the stages.

ingest  -> Article (text, title, date, publisher, sentences)
nlp     -> Analysis (per sentence: tokens with lemma, morphology, syntax; NER spans)
extract -> Mention, Fact (each fact holds mentions and the sentences that state it)
resolve -> Entity, Statement (mentions replaced by canonical entities)
rdf     -> rdflib graph
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

__all__ = [
    "Analysis",
    "AnalyzedSentence",
    "Article",
    "Entity",
    "Fact",
    "FactKind",
    "Mention",
    "Sentence",
    "Span",
    "Statement",
    "Token",
]


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article; start/stop are offsets into Article.text."""

    index: int
    start: int
    stop: int
    text: str


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None
    date: str | None
    publisher: str | None
    sentences: tuple[Sentence, ...]
    source: str = ""
    url: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Token:
    """One word; start/stop are offsets into Article.text, head is an index in the sentence."""

    start: int
    stop: int
    text: str
    lemma: str
    pos: str
    feats: tuple[tuple[str, str], ...]
    head: int
    rel: str

    def feat(self, name: str) -> str | None:
        for key, value in self.feats:
            if key == name:
                return value
        return None


@dataclass(frozen=True)
class Span:
    """A named-entity span found by the NER tagger; normal is its nominative form."""

    start: int
    stop: int
    type: str
    text: str
    normal: str


@dataclass(frozen=True)
class AnalyzedSentence:
    sentence: Sentence
    tokens: tuple[Token, ...]
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class Analysis:
    article: Article
    sentences: tuple[AnalyzedSentence, ...]


@dataclass(frozen=True)
class Mention:
    """A thing named in a sentence, before it is resolved to an entity.

    kind: person, country, place, org, role (a post spoken of without a name, resolved to its
    holder), infrastructure, commodity, document, fund.
    key: a gazetteer key when the gazetteer knows the thing.
    countries: for a role mention ("главы МИД Азербайджана и Казахстана"), whose post it is.
    """

    kind: str
    label: str
    sentence: int
    start: int
    stop: int
    key: str | None = None
    subtype: str | None = None
    countries: tuple[str, ...] = ()

    @property
    def identity(self) -> str:
        """What makes two mentions one thing: the gazetteer key when known ("Казахстана" and
        "Республика Казахстан" are one country), else the label."""
        return self.key or self.label


class FactKind(StrEnum):
    """The kinds of fact the extractors find (Fact.kind, Statement.kind). A StrEnum: a kind
    equals its name as a string, so code that spells it so still agrees; rdf/kinds.py says
    how each is drawn in the ontology."""

    POST = "post"
    MEETING = "meeting"
    SIGNING = "signing"
    TRADE = "trade"
    EXPORT = "export"
    FUND = "fund"
    INFRASTRUCTURE = "infrastructure"


@dataclass(frozen=True)
class Fact:
    """An n-ary fact as the text states it: roles map to mentions, values to literals."""

    kind: str
    roles: tuple[tuple[str, Mention], ...]
    values: tuple[tuple[str, str | Decimal], ...]
    sentences: tuple[int, ...]
    rule: str
    confidence: Decimal = Decimal("0.8")

    def role(self, name: str) -> list[Mention]:
        return [m for r, m in self.roles if r == name]

    def value(self, name: str) -> str | Decimal | None:
        for key, value in self.values:
            if key == name:
                return value
        return None


@dataclass(frozen=True)
class Entity:
    """A canonical thing of the article: one per real person, place, organisation..."""

    key: str
    kind: str
    label: str
    subtype: str | None = None
    label_en: str | None = None
    wikidata: str | None = None
    geonames: str | None = None
    alt_labels: tuple[str, ...] = ()
    country: str | None = None
    identifier: str | None = None  # ISO 3166-1 alpha-2 code of a country


@dataclass(frozen=True)
class Statement:
    """A resolved fact: roles hold entity keys."""

    kind: str
    roles: tuple[tuple[str, str], ...]
    values: tuple[tuple[str, str | Decimal], ...]
    sentences: tuple[int, ...]
    rule: str
    confidence: Decimal = Decimal("0.8")

    def role(self, name: str) -> list[str]:
        return [k for r, k in self.roles if r == name]

    def value(self, name: str) -> str | Decimal | None:
        for key, value in self.values:
            if key == name:
                return value
        return None
