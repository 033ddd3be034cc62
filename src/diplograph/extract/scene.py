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
from .tree import Tree
from .venues import frame

__all__ = ["gathering_town", "lead_scene", "visited"]

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
            while (
                k >= 0
                and sent.lemma(k) not in GATHERINGS
                and (k in names or sent.tokens[k].feat("Case") == "Gen" or _acronym(sent, k))
            ):
                k -= 1
            if sent.lemma(k) in GATHERINGS:
                found[named.mention.identity] = named.mention
    return next(iter(found.values())) if len(found) == 1 else None


def _acronym(sent: Sent, k: int) -> bool:
    """ "саммита ШОС", "выставки ЭКСПО": a name in capitals the tagger left alone."""
    text = sent.tokens[k].text
    return text.isupper() and text.isalpha()


def lead_scene(sents: Sequence[Sent], told: int) -> Mention | None:
    """ "6 января в Бишкеке министры трех стран договорились о ...": the one town a sentence
    of the lead, told before the event, sets itself in, before its subject and verb."""
    found: dict[str, Mention] = {}
    for sent in sents[:LEAD]:
        if sent.index >= told:
            break
        for named in frame(sent, Tree(sent.tokens)):
            if named.mention.kind in {"city", "place"}:
                found[named.mention.identity] = named.mention
    return next(iter(found.values())) if len(found) == 1 else None
