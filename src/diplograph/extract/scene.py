"""Where an article's events happen when they say no place of their own: the one place the
article's visits go to, or the town of the gathering its lead tells of ("на форуме в X").

A reader keeps one scene for a whole story: "Джайшанкар - первый глава МИД, который посетил
Армению" told paragraphs after the meeting still says where the meeting was.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ..records import Mention
from .context import Sent
from .meetingevents import Event, dates_agree, inside, shared
from .tree import Tree
from .venues import frame

__all__ = [
    "dateline_day",
    "gathering_town",
    "lead_scene",
    "visited",
    "visited_before",
    "where_visited",
]

# participles of a gathering under way or held: "проходящего в X форума"
HELD = {"проходить", "проходящий", "состояться", "состоявшийся", "пройти", "прошедший"}
HELD_REACH = 6  # words from the town to the gathering: "в Москве Российско-саудовского форума"
LEAD = 3  # the headline and the first sentences of the lead
# gatherings whose town is the scene of what is done on them: "на полях форума в Астане"
GATHERINGS = {"форум", "саммит", "выставка", "конференция", "съезд", "ярмарка", "биеннале"}


class _Event(Protocol):
    visit: Mention | None
    date: str | None
    call: bool


def visited(events: Sequence[_Event]) -> Mention | None:
    """The one place the article's visits went to, told before or after; a visit of a past
    year ("в ходе визита в Нью-Йорк в 2019 году") is the story behind, not the scene."""
    places = {
        e.visit.identity: e.visit
        for e in events
        if e.visit is not None and not e.call and not (e.date and len(e.date) == 4)
    }
    return next(iter(places.values())) if len(places) == 1 else None


def gathering_town(sents: Sequence[Sent]) -> Mention | None:
    """ "Одной из сенсаций экономического форума в Петербурге стало ...": the one town of a
    gathering the lead names, where what the article tells was done."""
    found: dict[str, Mention] = {}
    for sent in sents[:LEAD]:
        names = {i for n in sent.names for i in range(n.first, n.last)}
        for named in sent.names_of("city", "region"):
            k = named.first - 1
            if sent.lemma(k) not in {"в", "во"} or sent.tokens[named.first].feat("Case") != "Loc":
                continue
            k -= 1
            if _held_at(sent, k, named.last):
                found[named.mention.identity] = named.mention
                continue
            while (
                k >= 0
                and sent.lemma(k) not in GATHERINGS
                and (k in names or sent.tokens[k].feat("Case") == "Gen" or _acronym(sent, k))
            ):
                k -= 1
            if sent.lemma(k) in GATHERINGS:
                found[named.mention.identity] = named.mention
    return next(iter(found.values())) if len(found) == 1 else None


def _held_at(sent: Sent, k: int, after: int) -> bool:
    """ "в ходе проходящего в Москве инвестиционного форума": a town said inside the
    participle that goes before a gathering (its adjectives between) is the gathering's."""
    if sent.lemma(k) not in HELD or sent.tokens[k].feat("VerbForm") != "Part":
        return False
    for j in range(after, min(after + HELD_REACH, len(sent.tokens))):
        if sent.lemma(j) in GATHERINGS:
            return True
        if sent.tokens[j].pos not in {"ADJ", "PROPN", "PUNCT"}:
            return False
    return False


def _acronym(sent: Sent, k: int) -> bool:
    """ "саммита ШОС", "выставки ЭКСПО": a name in capitals the tagger left alone."""
    text = sent.tokens[k].text
    return text.isupper() and text.isalpha()


def lead_scene(sents: Sequence[Sent], told: int, country: bool = False) -> Mention | None:
    """ "6 января в Бишкеке министры трех стран договорились о ...": the one town a sentence
    of the lead, told before the event, sets itself in, before its subject and verb; with
    `country`, the one country when it names no town ("В Туркменистане начато ...")."""
    found: dict[str, Mention] = {}
    lands: dict[str, Mention] = {}
    for sent in sents[:LEAD]:
        if sent.index >= told:
            break
        for named in frame(sent, Tree(sent.tokens)):
            if named.mention.kind in {"city", "place"}:
                found[named.mention.identity] = named.mention
            elif named.mention.kind == "country":
                lands[named.mention.identity] = named.mention
    if not found and country and len(lands) == 1:
        return next(iter(lands.values()))
    return next(iter(found.values())) if len(found) == 1 else None


def visited_before(event: Event, before: Sequence[Event]) -> Mention | None:
    """An event with no place of its own, of someone at an event told before, is where that
    one was: the country visited ("В тот же день министра принял президент"), the city of
    the summit ("Затем глава государства встретился с ...")."""
    for earlier in reversed(before):
        if shared(event.people, earlier.people) and not earlier.call:
            if not dates_agree(event.date, earlier.date):
                return None  # "в декабре в Берлине ... В четверг они обсуждали": another time
            return where_visited(earlier) or earlier.place
    # "министр в ходе визита в Индию ... встреча делегации с министром портов": an article
    # telling of one visit tells of what happened on it
    visits = {e.visit.identity for e in before if e.visit is not None}
    if len(visits) == 1 and not event.call:
        return next(where_visited(e) for e in before if e.visit is not None)
    return None


def where_visited(event: Event) -> Mention | None:
    """The town of the country visited where the visit's talks were ("посетил Эфиопию ... В
    Аддис-Абебе был принят"): where the visitor's next meetings are too."""
    if event.visit is not None and event.place is not None and inside(event.place, event.visit):
        return event.place
    return event.visit


DATELINE_WORDS = 8  # "Кёнджу, Южная Корея, 30 октября": the words before a dateline's day


def dateline_day(sents: Sequence[Sent]) -> str | None:
    """ "Кёнджу, Южная Корея, 30 октября (Agency).": the day of a dateline that opens a
    sentence of the lead with a place, its country after a comma."""
    for sent in sents[:LEAD]:
        if len(sent.tokens) < 3 or sent.tokens[1].text != ",":
            continue
        if sent.name_at(0, "city", "place") is None:
            continue
        for date in sent.dates:
            if len(date.value) == 10 and sent.token_at(date.start) <= DATELINE_WORDS:
                return date.value
    return None
