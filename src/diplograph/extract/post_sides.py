"""The country of an official the text names with a bare title, read from the article's two
sides: the other side of a meeting whose other participants are all of one of them, and the
home side of a page whose dateline is a city of one of them.

News names its own side's officials without their country ("ТБИЛИСИ ... министр финансов X",
"переговоры министра инвестиций X с министром экономики Венгрии Y") and the other side's
with it; these rules read that habit, and only where the article is about two countries.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..data.gazetteer import gazetteer
from ..records import Fact, Mention
from .context import Sent, place_mention
from .memory import dateline_city as dateline
from .names import same_person

__all__ = ["home_side", "other_side"]


def _key(mention: Mention) -> str:
    return mention.identity


def other_side(
    person: Mention,
    meetings: Sequence[Fact],
    countries_of: Callable[[Mention], set[str]],
    main: Sequence[Mention],
) -> Mention | None:
    """ "переговоры министра X с министром Венгрии Y" in an article on Uzbekistan and
    Hungary: X, the one participant of no stated country, is of the side no one else is."""
    if len(main) != 2:
        return None
    sides = {_key(m): m for m in main}
    for meeting in meetings:
        people = meeting.role("participant")
        if not any(same_person(p.label, person.label) for p in people):
            continue
        others = [p for p in people if not same_person(p.label, person.label)]
        if not others:
            continue
        known = [countries_of(p) for p in others]
        if any(not k for k in known):
            continue  # two of no stated country: which is whose is not told
        keys = set().union(*known)
        if len(keys) == 1 and keys <= set(sides):
            (other,) = set(sides) - keys
            return sides[other]
    return None


def home_side(
    person: Mention, title_has_org: bool, sents: Sequence[Sent], main: Sequence[Mention]
) -> Mention | None:
    """ "ТБИЛИСИ, 12 мар — ... министр финансов X": an official of a government named with a
    bare title on a page from a city of one of the article's countries is of that country.
    A company's or a body's officer is not: its country is its own."""
    if title_has_org or not main:
        return None
    city = dateline(sents)
    place = gazetteer().by_key(city.key) if city is not None and city.key else None
    country = place.country if place is not None and place.kind == "city" else None
    if country is None or country not in {_key(m) for m in main}:
        return None
    entry = gazetteer().by_key(country)
    return place_mention(entry, person.sentence, 0, 0) if entry is not None else None
