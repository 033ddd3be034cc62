"""Meetings: talks, visits, calls, sessions, signings; who took part, where and when.

Each clause with a cue is an occasion (events.py); occasions are told apart or taken
together as a reader does:
- one with people joins the event whose people it shares, when places and dates agree
  (a person meeting someone else is another event: "глава МИПТ встретился также с ...");
- a signing whose signatories were not at an event yet joins the last one ("После встречи
  министры ... подписали"), unless it was signed elsewhere;
- one that names nobody ("Переговоры прошли в Авазе", "Стороны обсудили") adds to the last
  event, or, before any, to the next one told within two sentences; when no event names
  people, "стороны" are the people of the sentences just before.
The place is the most specific one said (a city in the country visited), else the dateline's
city; a telephone call has none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from ..data.gazetteer import gazetteer
from ..records import Fact, Mention
from .context import Named, Sent
from .discourse import Holders, unique_people
from .events import Occasion, occasions, places_in
from .people import same_person

__all__ = ["find_meetings"]

SPECIFIC = {"city": 0, "place": 1, "region": 2, "country": 3}
REACH = 2  # sentences between an occasion naming nobody and the event it belongs to


@dataclass
class Event:
    label: str
    people: list[Mention] = field(default_factory=list)
    place: Mention | None = None
    date: str | None = None
    sentences: list[int] = field(default_factory=list)
    call: bool = False


def _inside(small: Mention, big: Mention) -> bool:
    if (small.key or small.label) == (big.key or big.label):
        return True
    if big.kind != "country":
        return False
    if small.kind == "place":
        return True  # a place the gazetteer does not know may well be in that country
    place = gazetteer().by_key(small.key) if small.key else None
    return place is not None and place.country == big.key


def _agree(a: Mention | None, b: Mention | None) -> bool:
    return a is None or b is None or _inside(a, b) or _inside(b, a)


def _dates_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _best_place(places: Sequence[Named]) -> Mention | None:
    ranked = sorted(places, key=lambda n: SPECIFIC.get(n.mention.kind, 4))
    return ranked[0].mention if ranked else None


def _first(occasion: Occasion) -> str | None:
    return occasion.dates[0] if occasion.dates else None


def _shared(people: Sequence[Mention], others: Sequence[Mention]) -> int:
    return sum(1 for p in people if any(_same(p, q) for q in others))


def _same(a: Mention, b: Mention) -> bool:
    if a.kind == b.kind == "person":
        return same_person(a.label, b.label)
    return a == b


class _Clusters:
    def __init__(self, holders: Holders) -> None:
        self.holders = holders
        self.events: list[Event] = []
        self.pending: list[Occasion] = []

    def people(self, occasion: Occasion) -> list[Mention]:
        found = [m for n in occasion.people for m in self.holders.people(n.mention)]
        return unique_people(found)

    def add(self, occasion: Occasion) -> None:
        people = self.people(occasion)
        place = _best_place(occasion.places)
        date = _first(occasion)
        if not people:
            last = self.events[-1] if self.events else None
            if last is not None and _agree(last.place, place) and _dates_agree(last.date, date):
                self._absorb(last, occasion, [], place, date)
            elif last is None:
                self.pending.append(occasion)
            return
        event = self._match(occasion, people, place, date)
        if event is None:
            event = Event(occasion.label)
            self.events.append(event)
            # "В Ереване прошло заседание комиссии. Комиссию возглавили X и Y.": before the
            # first event that names people, what names nobody is that event
            for earlier in self.pending:
                if len(self.events) == 1 or occasion.sentence - earlier.sentence <= REACH:
                    self._absorb(event, earlier, [], _best_place(earlier.places), _first(earlier))
            self.pending = []
        self._absorb(event, occasion, people, place, date)

    def _match(
        self, occasion: Occasion, people: list[Mention], place: Mention | None, date: str | None
    ) -> Event | None:
        for event in reversed(self.events):
            shared = _shared(people, event.people)
            if not shared or not _agree(event.place, place) or not _dates_agree(event.date, date):
                continue
            new = len(people) - shared
            old = len(event.people) - _shared(event.people, people)
            if new and old and shared < 2:
                continue  # one of them meets someone else
            return event
        last = self.events[-1] if self.events else None
        if (
            occasion.joins
            and last is not None
            and _agree(last.place, place)
            and _dates_agree(last.date, date)
        ):
            return last  # signed at the event told before; a co-chair of the session told
        return None

    def _absorb(
        self,
        event: Event,
        occasion: Occasion,
        people: list[Mention],
        place: Mention | None,
        date: str | None,
    ) -> None:
        event.people = unique_people([*event.people, *people])
        if place is not None and (
            event.place is None
            or (
                SPECIFIC.get(place.kind, 4) < SPECIFIC.get(event.place.kind, 4)
                and _inside(place, event.place)
            )
        ):
            event.place = place
        event.date = event.date or date
        event.call |= occasion.call
        if occasion.sentence not in event.sentences:
            event.sentences.append(occasion.sentence)

    def finish(self, sents: Sequence[Sent]) -> None:
        """Occasions with only "стороны" and no event at all: the people of the sentences
        just before are the sides, where that sentence says they were."""
        if self.events:
            return
        by_index = {s.index: s for s in sents}
        for occasion in self.pending:
            if not occasion.sides:
                continue
            for back in range(1, REACH + 1):
                sent = by_index.get(occasion.sentence - back)
                if sent is None or not sent.names_of("person"):
                    continue
                event = Event(occasion.label)
                people = [n.mention for n in sent.names_of("person")]
                self.events.append(event)
                self._absorb(event, occasion, people, _best_place(places_in(sent)), None)
                event.sentences.append(sent.index)
                for other in self.pending:
                    self._absorb(event, other, [], _best_place(other.places), _first(other))
                return


def _dateline(sents: Sequence[Sent]) -> Mention | None:
    """ "Душанбе, 22 февраля. /Корр./." names where the news happened."""
    for sent in sents[:3]:
        if sent.tokens and sent.lemma(1) == ",":
            named = sent.name_at(0, "city")
            if named is not None:
                return named.mention
    return None


def find_meetings(
    sents: Sequence[Sent], roles: dict[int, list[Named]], holders: Holders, signings: list[Fact]
) -> tuple[list[Fact], list[Fact]]:
    """The article's meetings, and its signings with the date and people of their event."""
    clusters = _Clusters(holders)
    for sent in sents:
        for occasion in occasions(sent, roles.get(sent.index, [])):
            clusters.add(occasion)
    clusters.finish(sents)
    dateline = _dateline(sents)
    meetings = []
    for n, event in enumerate(clusters.events):
        if event.call:
            event.place = None
        elif event.place is None and n == 0:
            event.place = dateline
        roles_out: list[tuple[str, Mention]] = [("participant", m) for m in event.people]
        if event.place is not None:
            roles_out.append(("place", event.place))
        values: list[tuple[str, str]] = [("kind", event.label)]
        if event.date:
            values.append(("date", event.date))
        meetings.append(
            Fact(
                "meeting",
                tuple(roles_out),
                tuple(values),
                tuple(sorted(event.sentences)),
                "meeting-occasion",
            )
        )
    return meetings, [_signed_at(f, clusters.events) for f in signings]


def _signed_at(fact: Fact, events: Sequence[Event]) -> Fact:
    """A document signed at an event bears its date; "Министры подписали" means its people."""
    event = next((e for e in events if fact.sentences[0] in e.sentences), None)
    if event is None:
        return replace(fact, values=tuple(v for v in fact.values if v[0] != "sides"))
    values = tuple(v for v in fact.values if v[0] != "sides")
    roles = fact.roles
    if fact.value("sides"):
        roles = (*roles, *(("signatory", m) for m in event.people))
    if event.date and not fact.value("date"):
        values = (*values, ("date", event.date))
    confidence = fact.confidence if not fact.value("sides") else Decimal("0.7")
    return replace(fact, roles=roles, values=values, confidence=confidence)
