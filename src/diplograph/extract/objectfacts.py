"""Passes over an article's object facts once every sentence is read.

- A description stands for an object named elsewhere: a subject before its verb of no name
  ("Предлагаемая железнодорожная линия свяжет ...") for the latest object of its kind named
  before; an unnamed object of a headline for the one object of its kind the body names.
- A plain description that says nothing of where ("транспортный коридор", "газопровод") is
  the object of its kind the article names: the latest named before it, else the only one.
- An object stands in one place: the most specific its statements give.
"""

from __future__ import annotations

from dataclasses import replace

from ..records import Fact, Mention
from .objectparties import PARTIES
from .objectplaces import place_rank
from .objectverbs import LINEAR

__all__ = [
    "absorbed",
    "folded",
    "given_objects",
    "nowhere_dropped",
    "on_routes",
    "one_place",
    "sides_give_way",
]


def one_place(facts: list[Fact]) -> list[Fact]:
    """An object stands in one place: of the places its statements give ("мост через реку
    Амур", "в Благовещенске открыли мост"), the most specific, the first named of equals;
    the others are where its ends or its builders are."""
    best: dict[str, Mention] = {}
    for fact in facts:
        if fact.kind != "infrastructure" or not fact.role("object"):
            continue
        label = fact.role("object")[0].label
        for place in fact.role("place"):
            held = best.get(label)
            if held is None or place_rank(place) < place_rank(held):
                best[label] = place
    out = []
    for fact in facts:
        objects = fact.role("object") if fact.kind == "infrastructure" else []
        chosen = best.get(objects[0].label) if objects else None
        if chosen is not None and any(m != chosen for m in fact.role("place")):
            roles = tuple((r, m) for r, m in fact.roles if r != "place" or m == chosen)
            fact = replace(fact, roles=roles)
        out.append(fact)
    return out


def _compatible_kind(description: Mention, named: Mention) -> bool:
    # "транспортный коридор", "маршрут": words of any route; a bridge is only a bridge
    if description.subtype == named.subtype:
        return True
    return description.subtype == "Corridor" and named.subtype in LINEAR


def _unnamed(label: str) -> bool:
    words = label.split()
    return not any(w[:1].isupper() or w[:1] in '«"“„' or w[:1].isdigit() for w in words[1:])


def given_objects(facts: list[Fact], given: set[Mention], headline: bool) -> list[Fact]:
    """A description stands for an object the text names elsewhere: a subject before its verb
    of no name ("Предлагаемая железнодорожная линия свяжет ...", "Магистральный трубопровод
    должен ...") for the latest object of its kind named before; an unnamed object of a
    headline that says nothing of where it is ("построят экспортный нефтепровод") for the one
    object of its kind the body names."""
    named: list[Mention] = []
    for fact in facts:
        if fact.kind == "infrastructure":
            named += [m for m in fact.role("object") if m not in named]
    alias: dict[Mention, Mention] = {}
    for mention in named:
        if mention in given:
            before = [
                m
                for m in named
                if m.sentence < mention.sentence
                and m.label != mention.label
                and m not in given
                and _compatible_kind(mention, m)
            ]
            if before:
                alias[mention] = max(before, key=lambda m: (m.sentence, m.start))
    if headline:
        located = {
            m
            for f in facts
            if f.kind == "infrastructure"
            and (f.role("place") or f.role("connects"))
            and f.rule != PARTIES
            for m in f.role("object")
        }
        for mention in named:
            if mention.sentence != 0 or mention in located or not _unnamed(mention.label):
                continue
            # the body may tell the headline's words again ("второй железной
            # дороги между X и Y"): those are the same description
            body = {
                m.label: m
                for m in named
                if m.sentence > 0 and m.subtype == mention.subtype and m.label != mention.label
            }
            body = {k: m for k, m in body.items() if m not in alias}
            if len(body) == 1:
                (route,) = body.values()
                for again in named:
                    if again.label == mention.label:
                        alias[again] = route
    return _renamed(facts, alias)


def absorbed(facts: list[Fact], plain: set[Mention]) -> list[Fact]:
    """A description of words of its kind alone ("транспортный коридор", "этот газопровод",
    "магистральный трубопровод") with no place and no ends anywhere in the article is no
    object of its own but one the article names: the latest of a compatible kind named
    before it, else the only one. With no such object it stays as it is."""
    objects: list[Mention] = []
    placed: set[str] = set()
    for fact in facts:
        if fact.kind != "infrastructure":
            continue
        objects += [m for m in fact.role("object") if m not in objects]
        if fact.role("place") or fact.role("connects"):
            placed.update(m.label for m in fact.role("object"))
    named = [m for m in objects if m not in plain]
    alias: dict[Mention, Mention] = {}
    for mention in objects:
        if mention not in plain or mention.label in placed:
            continue
        fits = [m for m in named if m.label != mention.label and _compatible_kind(mention, m)]
        before = [m for m in fits if (m.sentence, m.start) < (mention.sentence, mention.start)]
        if before:
            alias[mention] = max(before, key=lambda m: (m.sentence, m.start))
        elif len({m.label for m in fits}) == 1:
            alias[mention] = fits[0]
    return _renamed(facts, alias)


def nowhere_dropped(facts: list[Fact], lone: set[Mention]) -> list[Fact]:
    """One object told in words of its kind alone ("железнодорожная линия") that no
    statement of the article places or ends anywhere is no object a reader could find: news
    speaks so of a kind of thing ("модернизировать железнодорожную
    линию"). Several of a kind planned ("строительство логистических центров") stay."""
    placed: set[str] = set()
    for fact in facts:
        if fact.kind == "infrastructure" and (fact.role("place") or fact.role("connects")):
            placed.update(m.label for m in fact.role("object"))
    labels = {m.label for m in lone} - placed
    return [
        f
        for f in facts
        if f.kind != "infrastructure" or not any(m.label in labels for m in f.role("object"))
    ]


def on_routes(facts: list[Fact]) -> list[Fact]:
    """ "строительство железнодорожной линии на участке «X – Y»": a line of no name of its
    own that lies on a route or a section the article names is that route."""
    alias: dict[Mention, Mention] = {}
    for fact in facts:
        if fact.kind != "infrastructure" or not fact.role("object"):
            continue
        mention = fact.role("object")[0]
        if mention.subtype not in LINEAR or not _unnamed(mention.label):
            continue
        for place in fact.role("place"):
            if place.kind == "infrastructure" and place.subtype in LINEAR:
                alias[mention] = place
    if not alias:
        return facts
    out = []
    for fact in _renamed(facts, alias):
        objects = fact.role("object") if fact.kind == "infrastructure" else []
        if objects and any(m == objects[0] for m in fact.role("place")):
            fact = replace(fact, roles=tuple((r, m) for r, m in fact.roles if r != "place"))
        out.append(fact)
    return out


def folded(facts: list[Fact], plain: set[Mention]) -> list[Fact]:
    """A description of a route in words of its kind ("магистральная железная дорога")
    that shares an end with the one route of its kind the article names ("железная дорога
    Лаокай – Ханой – Хайфон") is that route told again: its ends and places are the named
    one's. A port or a terminal is not folded: news names several in one breath."""
    objects: list[Mention] = []
    ends: dict[str, set[str]] = {}
    for fact in facts:
        if fact.kind != "infrastructure" or not fact.role("object"):
            continue
        objects += [m for m in fact.role("object") if m not in objects]
        label = fact.role("object")[0].label
        ends.setdefault(label, set()).update(m.identity for m in fact.role("connects"))
    labels = {m.label for m in plain}
    named = [m for m in objects if m.label not in labels and m.subtype in LINEAR]
    alias: dict[Mention, Mention] = {}
    for mention in objects:
        if mention.label not in labels or mention.subtype not in LINEAR:
            continue
        fits = {
            m.label: m for m in named if _compatible_kind(mention, m) and _same_field(mention, m)
        }
        if len(fits) != 1:
            continue
        (route,) = fits.values()
        if ends.get(mention.label, set()) & ends.get(route.label, set()):
            alias[mention] = route
    return _renamed(facts, alias)


# what a route carries: a transport corridor is no energy corridor
FIELDS = ("транспортн", "энергетическ", "газов", "нефтян", "железнодорожн", "автомобильн")


def _same_field(description: Mention, named: Mention) -> bool:
    """Two routes of one class that their adjectives give different loads are two."""

    def fields(m: Mention) -> set[str]:
        return {f for w in m.label.lower().split() for f in FIELDS if w.startswith(f)}

    a, b = fields(description), fields(named)
    return not (a and b and not a & b)


def sides_give_way(facts: list[Fact]) -> list[Fact]:
    """The countries that build an object are its ends only when the article names no other:
    "Румыния и Болгария построят мост" over a bridge the text says joins two towns."""
    ended = {
        m.label
        for f in facts
        if f.kind == "infrastructure" and f.rule != PARTIES and f.role("connects")
        for m in f.role("object")
    }
    return [
        f for f in facts if f.rule != PARTIES or not any(m.label in ended for m in f.role("object"))
    ]


def _renamed(facts: list[Fact], alias: dict[Mention, Mention]) -> list[Fact]:
    """The objects' facts with each object said under another name put under that one."""
    if not alias:
        return facts
    return [
        replace(fact, roles=tuple((r, alias.get(m, m)) for r, m in fact.roles))
        if fact.kind == "infrastructure"
        else fact
        for fact in facts
    ]
