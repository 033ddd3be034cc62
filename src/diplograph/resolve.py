"""Stage 4: mentions -> canonical entities; facts -> statements about entity keys.

One entity per real thing within an article: "Байрамова", "Байрамов" and "Джейхун Байрамов"
are one person (surname agreement); "главы МИД Азербайджана и Казахстана" are the people the
article names as holding that post for those countries, or nobody (never a guess). Keys are
built from names and gazetteer keys only, so the same thing gets the same key in any article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .extract import Extraction
from .gazetteer import gazetteer
from .records import Entity, Fact, Mention, Statement

__all__ = ["Resolution", "resolve", "slug"]

TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)
KIND_PREFIX = {
    "person": "person",
    "country": "country",
    "city": "city",
    "water": "water",
    "region": "region",
    "place": "place",
    "org": "organization",
    "infrastructure": "infrastructure",
    "commodity": "commodity",
    "document": "document",
    "fund": "fund",
    "project": "project",
    "role": "role",
}


def slug(text: str) -> str:
    """An ASCII IRI segment from a name: "Джейхун Байрамов" -> "dzheykhun-bayramov"."""
    out = []
    for ch in text.lower():
        if ch in TRANSLIT:
            out.append(TRANSLIT[ch])
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
        else:
            out.append("-")
    return re.sub(r"-+", "-", "".join(out)).strip("-")[:80] or "x"


@dataclass(frozen=True)
class Resolution:
    extraction: Extraction
    entities: tuple[Entity, ...]
    statements: tuple[Statement, ...]
    mentioned: tuple[str, ...]


class _Registry:
    def __init__(self, article_id: str) -> None:
        self.article_id = article_id
        self.entities: dict[str, Entity] = {}
        self.surnames: dict[str, str] = {}
        self.qualifiers: dict[tuple[str, str], str] = {}

    def person(self, mention: Mention) -> str:
        words = mention.label.split()
        surname = words[-1].lower()
        if len(words) == 1:
            key = self.surnames.get(surname)
            if key is not None:
                return key
        key = f"person/{slug(mention.label)}"
        if len(words) > 1:
            self.surnames.setdefault(surname, key)
        self._add(Entity(key, "person", mention.label))
        return key

    def add(self, mention: Mention) -> str:
        if mention.kind == "person":
            return self.person(mention)
        if mention.key:
            place = gazetteer().by_key(mention.key)
            key = f"{KIND_PREFIX[mention.kind]}/{mention.key}"
            if place is not None:
                self._add(
                    Entity(
                        key,
                        mention.kind,
                        place.label_ru,
                        label_en=place.label_en or None,
                        wikidata=place.wikidata or None,
                        geonames=place.geonames or None,
                        country=f"country/{place.country}" if place.country else None,
                    )
                )
                country = gazetteer().by_key(place.country) if place.country else None
                if country is not None:
                    # a city's country is part of the graph, so dg:country never dangles
                    self.add(
                        Mention(
                            "country", country.label_ru, mention.sentence, 0, 0, key=country.key
                        )
                    )
                return key
        key = f"{KIND_PREFIX[mention.kind]}/{slug(mention.label)}"
        qualifier = self.qualifiers.get((mention.kind, mention.label), "")
        if qualifier:
            key = f"{key}-{slug(qualifier)}"
        self._add(Entity(key, mention.kind, mention.label, subtype=mention.subtype))
        return key

    def _add(self, entity: Entity) -> None:
        self.entities.setdefault(entity.key, entity)


def resolve(extraction: Extraction) -> Resolution:
    article = extraction.analysis.article
    registry = _Registry(article.id)
    # people with full names first, so that surnames alone find them
    for mention in sorted(
        (m for m in extraction.mentions if m.kind == "person"), key=lambda m: -len(m.label)
    ):
        registry.person(mention)
    for fact in extraction.facts:
        for _, mention in fact.roles:
            if mention.kind == "person":
                registry.person(mention)
    holders = _holders(extraction.facts, registry)
    for fact in extraction.facts:
        _qualify(fact, registry)
    # the same fact said twice ("товарооборот превысил..." in the lead and the body) is one
    # statement with both sentences as evidence and the higher confidence
    merged: dict[tuple[object, ...], Statement] = {}
    for fact in extraction.facts:
        statement = _statement(fact, registry, holders)
        if statement is None:
            continue
        key = (statement.kind, tuple(sorted(statement.roles)), statement.values)
        seen = merged.get(key)
        if seen is not None:
            statement = replace(
                seen,
                sentences=tuple(sorted(set(seen.sentences) | set(statement.sentences))),
                confidence=max(seen.confidence, statement.confidence),
            )
        merged[key] = statement
    statements = list(merged.values())
    mentioned = sorted({registry.add(m) for m in extraction.mentions if m.kind != "place"})
    return Resolution(
        extraction,
        tuple(sorted(registry.entities.values(), key=lambda e: e.key)),
        tuple(statements),
        tuple(mentioned),
    )


def _holders(facts: Iterable[Fact], registry: _Registry) -> dict[tuple[str, str], str]:
    """(post label, country key) -> the person the article says holds it."""
    out: dict[tuple[str, str], str] = {}
    for fact in facts:
        if fact.kind != "post":
            continue
        person = registry.person(fact.role("holder")[0])
        for country in fact.role("country"):
            role = fact.role("role")[0]
            out.setdefault((role.subtype or role.label, country.key or country.label), person)
    return out


def _qualify(fact: Fact, registry: _Registry) -> None:
    """Generic names ("зерновой терминал", "совместный фонд") are told apart by their place or
    founders; names of their own ("порт Алят") need nothing more."""
    qualifier = ""
    if fact.kind == "infrastructure":
        places = fact.role("place")
        if places and places[0].kind != "infrastructure":
            qualifier = places[0].key or places[0].label
    elif fact.kind == "fund":
        qualifier = "-".join(sorted(m.key or m.label for m in fact.role("founder")))
    elif fact.kind == "signing":
        qualifier = registry.article_id
    for mention in fact.role(
        {"infrastructure": "object", "fund": "fund"}.get(fact.kind, "document")
    ):
        own_name = any(w[:1].isupper() for w in mention.label.split()[1:]) or "«" in mention.label
        if qualifier and not own_name:
            registry.qualifiers.setdefault((mention.kind, mention.label), qualifier)


def _statement(
    fact: Fact, registry: _Registry, holders: dict[tuple[str, str], str]
) -> Statement | None:
    roles: list[tuple[str, str]] = []
    for role, mention in fact.roles:
        if mention.kind == "role" and mention.countries:
            for country in mention.countries:
                person = holders.get((mention.subtype or mention.label, country))
                if person is not None:
                    roles.append((role, person))
            continue
        if role == "role":
            roles.append((role, registry.add(mention)))
            continue
        roles.append((role, registry.add(mention)))
    roles = list(dict.fromkeys(roles))
    required = {
        "post": "holder",
        "meeting": "participant",
        "trade": "country",
        "fund": "fund",
        "infrastructure": "object",
        "export": "commodity",
        "signing": "document",
    }[fact.kind]
    if not any(r == required for r, _ in roles):
        return None
    return Statement(
        fact.kind, tuple(roles), fact.values, fact.sentences, fact.rule, fact.confidence
    )
