"""The country a route lies in, when no sentence says where it is but its towns do.

"железная дорога Лаокай – Ханой – Хайфон" in an article about Vietnam lies in Vietnam:
every town of its ends the gazetteer knows lies there. A route whose known towns lie in two
countries ("Баку – Тбилиси – Карс") crosses a border and stands in neither; a country the
article never names is no place to give it (the text, not the gazetteer, says what it is
about).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..data.gazetteer import gazetteer
from ..records import Fact, Mention
from .context import Sent, place_mention

__all__ = ["across", "in_country", "in_towns_country"]

TOWNS = {"city", "region"}


def _country_of(mention: Mention) -> str | None:
    place = gazetteer().by_key(mention.key) if mention.key else None
    if place is None or place.kind not in TOWNS or not place.country:
        return None
    return place.country


def in_towns_country(facts: list[Fact], sents: Sequence[Sent]) -> list[Fact]:
    """Each object no statement places, placed in the one country all the known towns it
    connects lie in, when the article names that country."""
    placed: set[str] = set()
    ends: dict[str, list[Mention]] = {}
    told: dict[str, set[int]] = {}
    for fact in facts:
        if fact.kind != "infrastructure" or not fact.role("object"):
            continue
        label = fact.role("object")[0].label
        if fact.role("place"):
            placed.add(label)
        ends.setdefault(label, []).extend(fact.role("connects"))
        told.setdefault(label, set()).update(fact.sentences)
    named: dict[str, list[Mention]] = {}
    by_sentence: dict[int, set[str]] = {}
    for sent in sents:
        for n in sent.names_of("country"):
            if n.mention.key:
                named.setdefault(n.mention.key, []).append(n.mention)
                by_sentence.setdefault(sent.index, set()).add(n.mention.key)
    chosen: dict[str, Mention] = {}
    for label, connects in ends.items():
        countries = {_country_of(m) for m in connects} - {None}
        if label in placed or len(countries) != 1:
            continue
        (country,) = countries
        if any(m.kind == "country" and m.key != country for m in connects):
            continue  # "ТАПИ ... через Герат и Кандагар": it joins other countries too
        unknown = [m for m in connects if m.kind != "country" and _country_of(m) is None]
        around = set().union(*(by_sentence.get(k, set()) for k in told[label])) - {country}
        # "ЛЭП Термез – Мазари-Шариф ... из Узбекистана в Афганистан": a town the gazetteer
        # does not know may lie in the other country its sentence names
        if country in named and not (unknown and around):
            chosen[label] = named[country][0]
    if not chosen:
        return facts
    out = []
    done: set[str] = set()
    for fact in facts:
        objects = fact.role("object") if fact.kind == "infrastructure" else []
        label = objects[0].label if objects else ""
        if label in chosen and label not in done:
            done.add(label)
            fact = replace(fact, roles=(*fact.roles, ("place", chosen[label])))
        out.append(fact)
    return out


def across(sent: Sent, first: int, last: int) -> Mention | None:
    """ "Трансафганская железная дорога" runs across Afghanistan, "Транскаспийский кабель"
    across the Caspian: a "транс-" adjective of a country or a sea in the object's name."""
    for k in range(first, last):
        lemma = sent.lemma(k)
        if lemma.startswith("транс") and len(lemma) > 9:
            place = gazetteer().by_adjective(lemma.removeprefix("транс").lstrip("-"))
            if place is not None and place.kind in {"country", "sea", "lake"}:
                token = sent.tokens[k]
                return place_mention(place, sent.index, token.start, token.stop)
    return None


def in_country(sent: Sent, place: Mention, country: Mention) -> bool:
    """A town the gazetteer puts in the country, or one the country's adjective qualifies
    ("узбекский Термез")."""
    if place.kind == "country":
        return place.key == country.key
    if country.key and _country_of(place) == country.key:
        return True
    k = next((j for j, t in enumerate(sent.tokens) if t.start == place.start), None)
    if k is None or k == 0 or place.sentence != sent.index:
        return False
    adjective = gazetteer().by_adjective(sent.lemma(k - 1))
    return adjective is not None and adjective.key == country.key
