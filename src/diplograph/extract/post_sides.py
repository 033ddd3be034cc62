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


def colleague_side(sent: Sent, person: Mention, main: Sequence[Mention]) -> Mention | None:
    """ "премьер X встретился с белорусским коллегой Y" in an article on Russia and Belarus: X
    is of the side the colleague is not."""
    if len(main) != 2:
        return None
    first = sent.token_at(person.start)
    for k in range(first + 1, len(sent.tokens)):
        if sent.lemma(k) != "коллега":
            continue
        if any(first < n.first < k for n in sent.names_of("person")):
            return None  # someone else named between: whose colleague is not told
        named = next(
            (n for j in (k - 1, k - 2) if (n := sent.name_at(j, "country")) is not None), None
        )
        if named is None or named.mention.identity not in {_key(m) for m in main}:
            return None
        return next(m for m in main if _key(m) != named.mention.identity)
    return None


VISIT_NOUNS = {"визит", "поездка", "турне"}
VISIT_VERBS = {"посетить", "прибыть", "приехать"}


def visited(sent: Sent, person: Mention) -> Mention | None:
    """ "X совершил визит в Бангладеш, где провел переговоры с премьер-министром Y": the one
    the visitor met there, named with a bare title after "с", is of the country visited."""
    first = sent.token_at(person.start)
    k = first - 1
    while k >= 0 and sent.tokens[k].pos in {"NOUN", "ADJ", "PROPN"} and k > first - 6:
        k -= 1
    if k < 0 or sent.lemma(k) not in {"с", "со"}:
        return None  # the visitor himself, or someone the sentence names otherwise
    for named in sent.names_of("country", "city"):
        if named.last > k:
            continue
        before = [sent.lemma(j) for j in range(max(named.first - 3, 0), named.first)]
        went = any(w in VISIT_NOUNS for w in before) and "в" in before
        if went or (before and before[-1] in VISIT_VERBS):
            return _country_of(named.mention, person.sentence)
    return None


def _country_of(place: Mention, sentence: int) -> Mention | None:
    entry = gazetteer().by_key(place.key) if place.key else None
    if entry is None:
        return None
    key = entry.key if entry.kind == "country" else entry.country
    country = gazetteer().by_key(key) if key else None
    return place_mention(country, sentence, 0, 0) if country is not None else None
