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
from .titles import MAX_TITLE

__all__ = [
    "article_side",
    "delegation_side",
    "home_side",
    "inviting_side",
    "other_side",
    "reporting_side",
]


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


def delegation_side(sent: Sent, person: Mention, delegation: Mention | None) -> Mention | None:
    """ "В ходе визита казахстанской делегации в Кабул вице-премьер X передал ...": the one
    named in the nominative in a sentence on the visit of a country's delegation (it the
    subject, or the visit's) is of that delegation's country; one the delegation is received
    by ("делегацию принял премьер X") is not."""
    if delegation is None:
        return None
    visiting = any(
        sent.lemma(i) == "делегация"
        and (
            sent.tokens[i].feat("Case") == "Nom"
            or (sent.tokens[i].feat("Case") == "Gen" and _visit_before(sent, i))
        )
        for i in range(len(sent.tokens))
    )
    first = sent.token_at(person.start)
    if not visiting or sent.tokens[first].feat("Case") != "Nom":
        return None
    return _country_of(delegation, person.sentence)


def inviting_side(sent: Sent, person: Mention) -> Mention | None:
    """ "В Ашхабад по приглашению главы МИД X прибыла делегация": the one who invites is of the
    country the guests go to (a place after "в" in the accusative: where to)."""
    first = sent.token_at(person.start)
    invited = any(
        sent.lemma(k) == "приглашение" and sent.lemma(k - 1) == "по"
        for k in range(max(1, first - MAX_TITLE), first)
    )
    if not invited:
        return None
    # "в Баку", undeclined, is where to when the guests arrive
    arrive = any(sent.lemma(k) in VISIT_VERBS for k in range(len(sent.tokens)))
    for named in sent.names_of("country", "city"):
        where_to = arrive or sent.tokens[named.first].feat("Case") == "Acc"
        if sent.lemma(named.first - 1) == "в" and where_to:
            return _country_of(named.mention, person.sentence)
    return None


def reporting_side(sent: Sent, person: Mention) -> Mention | None:
    """ "В пресс-службе Минэнерго РК сообщили, что министр энергетики X ...": an official the
    press service of a country's body tells of with a bare title is of that country."""
    first = sent.token_at(person.start)
    for k in range(first):
        if sent.lemma(k) != "пресс-служба":
            continue
        named = next((n for n in sent.names_of("country") if k < n.first <= k + 4), None)
        if named is not None and named.last <= first:
            return _country_of(named.mention, person.sentence)
    return None


def _visit_before(sent: Sent, i: int) -> bool:
    k = i - 1
    while k >= 0 and sent.tokens[k].pos == "ADJ":
        k -= 1
    return k >= 0 and sent.lemma(k) in VISIT_NOUNS


def _country_of(place: Mention, sentence: int) -> Mention | None:
    entry = gazetteer().by_key(place.key) if place.key else None
    if entry is None:
        return None
    key = entry.key if entry.kind == "country" else entry.country
    country = gazetteer().by_key(key) if key else None
    return place_mention(country, sentence, 0, 0) if country is not None else None


def visitor_side(person: Mention, sents: Sequence[Sent], main: Sequence[Mention]) -> Mention | None:
    """ "Визит президента X в Саудовскую Аравию", "X прибыл в Монголию": a visitor named by a
    bare title is not of the country visited; of the article's two sides, the other."""
    sides = {_key(m): m for m in main}
    if len(sides) != 2:
        return None
    for sent in sents:
        for named in sent.names_of("person"):
            if not same_person(named.mention.label, person.label):
                continue
            went = _visited_from(sent, named.first, named.last)
            if went is not None and _key(went) in sides:
                (other,) = set(sides) - {_key(went)}
                return _country_of(sides[other], person.sentence)
    return None


def _visited_from(sent: Sent, first: int, last: int) -> Mention | None:
    """The country a person named at [first, last) goes to: after "в" right after a visit
    noun the name hangs from ("визит президента X в ...") or a visit verb after the name."""
    before = {sent.lemma(j) for j in range(max(first - 4, 0), first)}
    start = last if before & VISIT_NOUNS else None
    for j in range(last, min(last + 4, len(sent.tokens))):
        if start is None and sent.lemma(j) in VISIT_VERBS:
            start = j + 1
    if start is None:
        return None
    for place in sent.names_of("country", "city"):
        if start <= place.first <= start + 3 and sent.lemma(place.first - 1) in {"в", "во"}:
            return _country_of(place.mention, sent.index)
    return None


def article_side(
    person: Mention,
    posts: Sequence[Fact],
    sents: Sequence[Sent],
    main: Sequence[Mention],
) -> Mention | None:
    """The last guess for an official named with a bare title: in an article about two
    countries whose other officials are all named as one's, the other's ("министр X" beside
    officials "КНР" and "Китая" in an article on China and Mongolia); else the country the
    article names most, the one it is told from or about."""
    keys = {c.identity for f in posts for c in f.role("country")}
    sides = {_key(m): m for m in main}
    if len(sides) == 2 and len(keys) == 1 and keys <= set(sides):
        (other,) = set(sides) - keys
        return _country_of(sides[other], person.sentence)
    counts: dict[str, int] = {}
    for sent in sents:
        for named in sent.names_of("country"):
            counts[named.mention.identity] = counts.get(named.mention.identity, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None  # no country the article is plainly about
    entry = gazetteer().by_key(ranked[0][0])
    return place_mention(entry, person.sentence, 0, 0) if entry is not None else None
