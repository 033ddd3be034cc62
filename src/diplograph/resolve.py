"""Stage 4: mentions -> canonical entities; facts -> statements about entity keys.

One entity per real thing within an article: "Байрамова", "Байрамов" and "Джейхун Байрамов"
are one person (surname agreement); "главы МИД Азербайджана и Казахстана" are the people the
article names as holding that post for those countries, or nobody (never a guess). Keys are
built from names and gazetteer keys only, so the same thing gets the same key in any article.

The gazetteer also knows ministries and people by name: "МИД Азербайджана" (which the tagger
sees as "МИД" and a country) is organization/mfa-azerbaijan in every article, and a person whose
full name, or first name and surname, is a gazetteer person's gets its label, English label and
Wikidata link (the key stays person/<slug of the Russian label>). A surname alone links nothing.

Things (goods, objects, funds, documents, organisations, places the gazetteer lacks) are
minted from their names as written, letters kept (`mint`): "commodity/мед" and
"commodity/медь" are two IRIs, where a transliteration made both "med".
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .data.gazetteer import Entry, gazetteer
from .extract import Extraction
from .extract.names import same_person
from .records import Entity, Fact, Mention, Statement

__all__ = ["Resolution", "mint", "resolve", "slug"]

# the soft and hard signs (written ' here) leave no letter
_LATIN = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch ' y ' e yu ya"
TRANSLIT = {
    cyrillic: latin.strip("'")
    for cyrillic, latin in zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", _LATIN.split(), strict=True)
}
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


def mint(text: str) -> str:
    """The IRI segment of a thing's name: its own letters and digits, lower case, words
    joined by "-" ("медь" and "мед" stay two things, as a transliteration would not keep
    them). Two names get one segment only when they differ in case, ё/е or punctuation
    alone, that is when they are one name. A name too long for a readable IRI is cut and
    keeps a digest of the whole, so that no two long names meet either."""
    text = unicodedata.normalize("NFC", text).lower().replace("ё", "е")
    letters = "".join(ch if unicodedata.category(ch)[0] in "LN" else "-" for ch in text)
    segment = re.sub(r"-+", "-", letters).strip("-") or "x"
    if len(segment) > 80:
        digest = hashlib.sha256(segment.encode("utf-8")).hexdigest()[:10]
        segment = f"{segment[:69].rstrip('-')}-{digest}"
    return segment


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
    def __init__(
        self, article_id: str, organizations: dict[tuple[int, int], tuple[Entry, ...]] | None = None
    ) -> None:
        self.article_id = article_id
        self.entities: dict[str, Entity] = {}
        self.surnames: dict[str, str] = {}
        self.person_keys: dict[str, str] = {}  # a person's label as extracted -> its entity
        self.qualifiers: dict[tuple[str, str], str] = {}
        # (sentence, start) of an org mention -> the gazetteer ministries it names
        self.organizations = organizations or {}

    def people(self, mentions: Iterable[Mention]) -> None:
        """One entity per person, whatever the case form or how much of the name: the
        mentions are grouped by surname and given name ("Шавкат Мирзиёев", "Ш. Мирзиёев",
        "Мирзиёев"), each group labelled by its fullest name, the one written most often."""
        groups: list[list[str]] = []
        counts: Counter[str] = Counter(m.label for m in mentions)
        for label in sorted(counts, key=lambda x: (-len(x.split()), -counts[x], x)):
            for group in groups:
                if all(same_person(label, other) for other in group):
                    group.append(label)
                    break
            else:
                groups.append([label])
        for group in groups:
            best = group[0]
            self.person(Mention("person", best, 0, 0, 0))
            key = self.person_keys[best]
            for label in group[1:]:
                self.person_keys[label] = key

    def person(self, mention: Mention) -> str:
        key = self.person_keys.get(mention.label)
        if key is not None:
            return key
        words = mention.label.split()
        surname = words[-1].lower()
        if len(words) == 1:
            key = self.surnames.get(surname)
            if key is not None:
                return key
        known = gazetteer().by_person(mention.label) if len(words) > 1 else None
        if known is not None:
            key = f"person/{slug(known.label_ru)}"
            entity = Entity(
                key,
                "person",
                known.label_ru,
                label_en=known.label_en or None,
                wikidata=known.wikidata or None,
            )
        else:
            key = f"person/{slug(mention.label)}"
            entity = Entity(key, "person", mention.label)
        if len(words) > 1:
            self.surnames.setdefault(surname, key)
        self.person_keys[mention.label] = key
        self._add(entity)
        return key

    def known_organizations(self, mention: Mention) -> tuple[Entry, ...]:
        if mention.kind != "org":
            return ()
        found = self.organizations.get((mention.sentence, mention.start))
        if found:
            return found
        one = gazetteer().by_organization(mention.label)
        return (one,) if one is not None else ()

    def organization(self, org: Entry, sentence: int) -> str:
        key = f"organization/{org.key}"
        self._add(
            Entity(
                key,
                "org",
                org.label_ru,
                subtype="GovernmentBody",
                label_en=org.label_en or None,
                wikidata=org.wikidata or None,
                country=f"country/{org.country}" if org.country else None,
            )
        )
        self._country_of(org, sentence)
        return key

    def _country_of(self, entry: Entry, sentence: int) -> None:
        country = gazetteer().by_key(entry.country) if entry.country else None
        if country is not None:
            # a city's or ministry's country is part of the graph, so dg:country never dangles
            self.add(Mention("country", country.label_ru, sentence, 0, 0, key=country.key))

    def add(self, mention: Mention) -> str:
        if mention.kind == "person":
            return self.person(mention)
        orgs = self.known_organizations(mention)
        if orgs:
            keys = [self.organization(org, mention.sentence) for org in orgs]
            return keys[0]
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
                        identifier=place.iso or None,
                    )
                )
                self._country_of(place, mention.sentence)
                return key
        key = f"{KIND_PREFIX[mention.kind]}/{mint(mention.label)}"
        qualifier = self.qualifiers.get((mention.kind, mention.label), "")
        if qualifier:
            key = f"{key}-{mint(qualifier)}"
        self._add(Entity(key, mention.kind, mention.label, subtype=mention.subtype))
        return key

    def _add(self, entity: Entity) -> None:
        self.entities.setdefault(entity.key, entity)


def resolve(extraction: Extraction) -> Resolution:
    article = extraction.analysis.article
    registry = _Registry(article.id, _organizations(extraction))
    registry.people(
        [
            *(m for m in extraction.mentions if m.kind == "person"),
            *(m for f in extraction.facts for _, m in f.roles if m.kind == "person"),
        ]
    )
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
    mentioned_keys = {registry.add(m) for m in extraction.mentions if m.kind != "place"}
    # "МИД Азербайджана и Казахстана" names two ministries through one mention
    for m in extraction.mentions:
        for org in registry.known_organizations(m)[1:]:
            mentioned_keys.add(registry.organization(org, m.sentence))
    mentioned = sorted(mentioned_keys)
    return Resolution(
        extraction,
        tuple(sorted(registry.entities.values(), key=lambda e: e.key)),
        tuple(statements),
        tuple(mentioned),
    )


def _organizations(extraction: Extraction) -> dict[tuple[int, int], tuple[Entry, ...]]:
    """Ministries the gazetteer knows, by the (sentence, start) of their org mention.

    The tagger names "МИД" and "Азербайджана" apart, so the ministry is the org's name followed
    by the country as printed ("МИД Азербайджана"); "МИД Азербайджана и Казахстана" names two.
    Only a name the gazetteer lists links: a bare "МИД" stays a mention of its own."""
    gz = gazetteer()
    text = extraction.analysis.article.text
    countries = sorted(
        (m for m in extraction.mentions if m.kind == "country" and m.stop > m.start),
        key=lambda m: m.start,
    )
    out: dict[tuple[int, int], tuple[Entry, ...]] = {}
    for mention in extraction.mentions:
        if mention.kind != "org" or (mention.sentence, mention.start) in out:
            continue
        own = gz.by_organization(mention.label)
        if own is not None:
            out[(mention.sentence, mention.start)] = (own,)
            continue
        found: list[Entry] = []
        end = mention.stop
        for country in countries:
            if country.start < end or country.sentence != mention.sentence:
                continue
            gap = text[end : country.start].strip()
            if gap not in ("", "и", ",") or (gap and not found):
                break
            org = gz.by_organization(f"{mention.label} {text[country.start : country.stop]}")
            if org is None and found:
                # the second of a pair is printed alone ("и Казахстана"): same kind of body
                org = _same_kind(found[0], country.key or "")
            if org is None:
                break
            found.append(org)
            end = country.stop
        if found:
            out[(mention.sentence, mention.start)] = tuple(dict.fromkeys(found))
    return out


def _same_kind(org: Entry, country: str) -> Entry | None:
    """The gazetteer body of `country` that is to it what `org` is to its own country."""
    prefix = org.key.removesuffix(f"-{org.country}")
    other = gazetteer().by_key(f"{prefix}-{country}") if country else None
    return other if other is not None and other.kind == "organization" else None


def _holders(facts: Iterable[Fact], registry: _Registry) -> dict[tuple[str, str], str]:
    """(post label, country key) -> the person the article says holds it."""
    out: dict[tuple[str, str], str] = {}
    for fact in facts:
        if fact.kind != "post":
            continue
        person = registry.person(fact.role("holder")[0])
        for country in fact.role("country"):
            role = fact.role("role")[0]
            out.setdefault((role.subtype or role.label, country.identity), person)
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
        qualifier = "-".join(sorted(m.identity for m in fact.role("founder")))
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
        if mention.kind == "role" and role != "role":
            # a post spoken of stands for the people who hold it, or for nobody
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
    # an event may name none of its people (not one whose posts no one holds here): such a
    # meeting needs its place or its date
    told = any(r == "place" for r, _ in roles) or fact.value("date") is not None
    unnamed = fact.kind == "meeting" and not fact.role("participant") and told
    if not any(r == required for r, _ in roles) and not unnamed:
        return None
    return Statement(
        fact.kind, tuple(roles), fact.values, fact.sentences, fact.rule, fact.confidence
    )
