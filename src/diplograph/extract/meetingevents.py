"""A meeting as the reader gathers it from the clauses telling of it, and how two places,
dates or people of them agree."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..data.gazetteer import gazetteer
from ..records import Mention
from .names import same_person

__all__ = [
    "Event",
    "agree",
    "dates_agree",
    "day_before",
    "inside",
    "same",
    "shared",
]

DATELINE_DAYS = 3  # a dateline this many days before the page's date tells the event's day


@dataclass
class Event:
    label: str
    people: list[Mention] = field(default_factory=list)
    place: Mention | None = None
    date: str | None = None
    sentences: list[int] = field(default_factory=list)
    call: bool = False
    sides: str = ""  # how an event that names nobody yet names its people: "стороны"
    visit: Mention | None = None  # where its people came on a visit
    visitors: list[Mention] = field(default_factory=list)
    name: str = ""  # what a session goes by, when the text names it


def inside(small: Mention, big: Mention) -> bool:
    if small.identity == big.identity:
        return True
    if big.kind != "country":
        return False
    if small.kind == "place":
        return True  # a place the gazetteer does not know may well be in that country
    place = gazetteer().by_key(small.key) if small.key else None
    return place is not None and place.country == big.key


def agree(a: Mention | None, b: Mention | None) -> bool:
    return a is None or b is None or inside(a, b) or inside(b, a)


def dates_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def shared(people: Sequence[Mention], others: Sequence[Mention]) -> int:
    return sum(1 for p in people if any(same(p, q) for q in others))


def same(a: Mention, b: Mention) -> bool:
    if a.kind == b.kind == "person":
        return same_person(a.label, b.label)
    return a == b


def day_before(told: str | None, published: str | None) -> str | None:
    """The dateline's day when it is a day or three before the page's date, else None."""
    if not told or not published or len(published) != 10:
        return None
    days = (datetime.date.fromisoformat(published) - datetime.date.fromisoformat(told)).days
    return told if 0 < days <= DATELINE_DAYS else None
