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
from dataclasses import replace
from decimal import Decimal

from ..records import Fact, Mention
from .context import Named, Sent
from .discourse import Holders, unique_people
from .events import Occasion, occasions, places_in
from .meetingevents import Event, agree, dates_agree, day_before, inside, same, shared
from .memory import dateline_city, headline_town, lead_date
from .oneside import LEGAL_ACTS
from .scene import dateline_day, gathering_town, lead_scene, visited, visited_before
from .unnamed import ANYONE, unnamed

__all__ = ["find_meetings"]

SPECIFIC = {"city": 0, "place": 1, "region": 2, "country": 3}
LEAD = 3  # the sentences after the headline that tell the headline's event
REACH = 2  # sentences between an occasion naming nobody and the event it belongs to


def _fits(event: Event, occasion: Occasion, place: Mention | None, date: str | None) -> bool:
    """Whether an occasion may be the event: the same place, day and kind of contact (a
    call has no place: "В Тегеране прошло заседание" after a call is another event)."""
    if event.call and place is not None and not occasion.call:
        return False
    if occasion.call and not event.call and event.place is not None:
        return False  # "в ходе телефонного разговора" before a visit: not the visit
    return agree(event.place, place) and dates_agree(event.date, date)


def _persons(by_index: dict[int, Sent], k: int) -> list[Named]:
    sent = by_index.get(k)
    return sent.names_of("person") if sent is not None else []


def _looks_back(event: Event, date: str | None) -> bool:
    """ "Багдад и Тегеран в 2019 году подписали соглашение" after a ceremony told undated:
    a year alone, said by a sentence naming nobody, tells the story behind the event."""
    return bool(date and len(date) == 4 and event.people and event.date is None)


def _best_place(places: Sequence[Named]) -> Mention | None:
    ranked = sorted(places, key=lambda n: SPECIFIC.get(n.mention.kind, 4))
    return ranked[0].mention if ranked else None


def _first(occasion: Occasion) -> str | None:
    return occasion.dates[0] if occasion.dates else None


def _merged(found: list[tuple[Occasion, list[Mention]]]) -> list[tuple[Occasion, list[Mention]]]:
    """The occasions of one sentence that share people are one ("Эрдоган, находящийся в
    Нахчыване с визитом, провел встречу с Алиевым"); one with other people is another
    ("посетил Самарканд, где встретился с хокимом")."""
    out: list[tuple[Occasion, list[Mention]]] = []
    for occasion, people in found:
        for n, (seen, seen_people) in enumerate(out):
            if people and shared(people, seen_people):
                union = replace(
                    seen,
                    places=[*seen.places, *occasion.places],
                    dates=[*seen.dates, *occasion.dates],
                    visit=seen.visit or occasion.visit,
                    call=seen.call or occasion.call,
                    signing=seen.signing or occasion.signing,
                    joins=seen.joins or occasion.joins,
                )
                out[n] = (union, unique_people([*seen_people, *people]))
                break
        else:
            out.append((occasion, people))
    return out


class _Clusters:
    def __init__(self, holders: Holders, titled: bool = False) -> None:
        self.holders = holders
        self.titled = titled  # sentence 0 is the headline
        self.events: list[Event] = []

    def add(self, occasions_: list[Occasion], before: Sequence[Mention] = ()) -> None:
        """The occasions of one sentence; `before`, the people of the sentence before."""
        found = []
        for occasion in occasions_:
            named = [n.mention for n in occasion.people if n.mention.kind == "person"]
            people = [m for n in occasion.people for m in self.holders.people(n.mention, named)]
            last = self.events[-1] if self.events else None
            if occasion.he and last is not None and occasion.sentence - max(last.sentences) <= 1:
                # "Он встретился с X" after a sentence telling of one person
                actors = last.visitors or last.people
                people += actors if len(actors) == 1 else []
            elif occasion.he and len(before) == 1:
                # "Сегодня в Брянск прибыл посол X. С ним встретился губернатор Y."
                people += before
            if occasion.bare:
                # "заявил министр на переговорах с X": the one holder of that title
                people += self._bare(occasion.bare, people)
            if occasion.guest:
                # "Гостя также принял X": the one who came on the visit told
                people += next((e.visitors for e in reversed(self.events) if e.visitors), [])
            found.append((occasion, unique_people(people)))
        for occasion, people in _merged(found):
            self._add(occasion, people)

    def _add(self, occasion: Occasion, people: list[Mention]) -> None:
        place = _best_place(occasion.places)
        date = _first(occasion) or self._arrival_day(occasion, people, place)
        if not people:
            event = self._named_by(occasion.sides) or self._recent(occasion)
            if event is None or not _fits(event, occasion, place, date) or _looks_back(event, date):
                # an event not told before: its people may come in the next sentences
                event = Event(occasion.label, sides=occasion.sides)
                self.events.append(event)
            self._absorb(event, occasion, [], place, date)
            return
        event = self._match(occasion, people, place, date)
        if event is not None and occasion.name and event.visit is not None and not event.name:
            # "визит X в Y ... Тогда он принял участие в саммите Z": a session of its own on
            # the visit, at its time and place
            event = Event(occasion.label, place=event.place, date=event.date)
            self.events.append(event)
        if event is None:
            last = self.events[-1] if self.events else None
            # "В Ереване прошло заседание комиссии. Комиссию возглавили X и Y.": an event
            # that named nobody is the one whose people are named next; before any event
            # with people, however far
            if (
                last is not None
                and not last.people
                and _fits(last, occasion, place, date)
                and (
                    occasion.sentence - max(last.sentences) <= REACH
                    or not any(e.people for e in self.events)
                )
            ):
                event = last
            else:
                event = Event(occasion.label)
                self.events.append(event)
        self._absorb(event, occasion, people, place, date)

    def _bare(self, word: str, people: list[Mention]) -> list[Mention]:
        found = unique_people(
            [
                h
                for h, _, _ in self.holders.posts
                if self.holders.holds(h, word) and not shared([h], people)
            ]
        )
        return found if len(found) == 1 else []

    def _arrival_day(
        self, occasion: Occasion, people: list[Mention], place: Mention | None
    ) -> str | None:
        """ "X прибыл в Тбилиси 3 марта ... В Сигнахи состоялась встреча с Y": an undated
        event somewhere else, told right after its person's dated arrival, is of that day."""
        last = self.events[-1] if self.events else None
        if (
            last is None
            or last.visit is None
            or place is None
            or not last.date
            or len(last.date) != 10
            or occasion.sentence - max(last.sentences) > 1
            or not shared(people, last.people)
        ):
            return None
        return last.date

    def _recent(self, occasion: Occasion) -> Event | None:
        """The last event, when told close enough for an occasion naming nobody to be it:
        "Соглашение было подписано в Бухаресте" paragraphs later is another event."""
        last = self.events[-1] if self.events else None
        if last is None or not last.sentences:
            return last
        return last if occasion.sentence - max(last.sentences) <= REACH + 1 else None

    def _named_by(self, sides: str) -> Event | None:
        """ "Министры подписали", "лидеры обсудили": the last event with two such people."""
        if not sides or sides in ANYONE:
            return None
        for event in reversed(self.events):
            if sum(1 for p in event.people if self.holders.holds(p, sides)) >= 2:
                return event
        return None

    def _match(
        self, occasion: Occasion, people: list[Mention], place: Mention | None, date: str | None
    ) -> Event | None:
        for event in reversed(self.events):
            common = shared(people, event.people)
            if not common or not _fits(event, occasion, place, date):
                continue
            new = len(people) - common
            old = len(event.people) - shared(event.people, people)
            # the headline's event, its names spelt short or otherwise, is the one the
            # body tells with one of its people ("Токаев и Жапаров обсудили ...")
            headline = (
                self.titled
                and event.sentences == [0]
                and len(people) > 1
                and occasion.sentence <= LEAD
            )
            if new and old and common < 2 and not headline:
                continue  # one of them meets someone else
            return event
        last = self.events[-1] if self.events else None
        # a signing on a visit of its own ("в ходе визита X в Y подписали") was signed there
        joins = occasion.joins and not occasion.visit
        if (joins or (occasion.told and self._recent(occasion) is last)) and (
            last is not None and _fits(last, occasion, place, date)
        ):
            # signed at the event told before; a co-chair of the session told; "во время
            # переговоров X отметил" of the talks just told
            return last
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
                and inside(place, event.place)
            )
        ):
            event.place = place
        finer = bool(date and event.date and len(date) > len(event.date))
        if date and (not event.date or (finer and date.startswith(event.date or ""))):
            event.date = date  # "в 2024 году ... 5 марта": the day refines the year
        event.call |= occasion.call
        event.sides = event.sides or occasion.sides
        event.name = event.name or occasion.name
        if occasion.visit and place is not None:
            event.visit = event.visit or place
        visitors = [m for n in occasion.visitors for m in self.holders.people(n.mention)]
        event.visitors = event.visitors or unique_people(visitors)
        if occasion.sentence not in event.sentences:
            event.sentences.append(occasion.sentence)

    def finish(self, sents: Sequence[Sent]) -> None:
        """When no event names people, "стороны" are the people of the sentences just
        before, where that sentence says they were; else the two or more people the article
        last named together ("Путин проведет переговоры с Анваром ... До этого руководители
        государств встречались во Владивостоке")."""
        if any(e.people for e in self.events):
            return
        by_index = {s.index: s for s in sents}
        for event in self.events:
            if not event.sides:
                continue
            for told in sorted(event.sentences):
                for back in range(1, REACH + 1):
                    sent = by_index.get(told - back)
                    if sent is None or not sent.names_of("person"):
                        continue
                    event.people = unique_people([n.mention for n in sent.names_of("person")])
                    event.place = event.place or _best_place(places_in(sent))
                    # "26 июля министр вручил ... В ходе встречи стороны отметили"
                    days = [d.value for d in sent.dates if len(d.value) == 10]
                    event.date = event.date or (days[0] if len(days) == 1 else None)
                    event.sentences.append(sent.index)
                    return
                together = [
                    people
                    for k in range(told)
                    if len(people := unique_people([n.mention for n in _persons(by_index, k)])) > 1
                ]
                if together:
                    event.people = together[-1]
                    return


def find_meetings(
    sents: Sequence[Sent],
    roles: dict[int, list[Named]],
    holders: Holders,
    signings: list[Fact],
    lead: str | None = None,
    titled: bool = False,
    published: str | None = None,
) -> tuple[list[Fact], list[Fact]]:
    """The article's meetings, and its signings with the date and people of their event.
    `lead` is the dateline's date of a page whose header gave none: an event the text does
    not date takes it, as it would take the publication date."""
    clusters = _Clusters(holders, titled)
    before: list[Mention] = []
    for sent in sents:
        clusters.add(occasions(sent, roles.get(sent.index, [])), before)
        before = unique_people([n.mention for n in sent.names_of("person")])
    clusters.finish(sents)
    dateline = dateline_city(sents)
    # "Кёнджу, 30 октября (Agency)" on a page of the 31st: what it tells was on the 30th
    told_on = day_before(lead_date(sents) or dateline_day(sents), published)
    meetings = []
    # "Документ подписал президент", the document a law: one side alone, no meeting
    acts = [
        (f.sentences[0], m)
        for f in signings
        if f.role("document") and f.role("document")[0].label.lower().split(" ")[0] in LEGAL_ACTS
        for m in f.role("signatory")
    ]
    events = [
        e
        for e in clusters.events
        if (e.people or unnamed(e))
        and not (
            len(e.people) == 1
            and e.visit is None
            and any(k in e.sentences and same(m, e.people[0]) for k, m in acts)
        )
    ]
    scene = visited(clusters.events)
    for n, event in enumerate(events):
        if event.call:
            event.place = None
        elif not event.people:
            pass  # an event naming nobody is where and when the text says, no more
        elif event.place is None and n == 0:
            town = headline_town(sents[0]) if titled else None
            # a visit told elsewhere may be another event's ("также посетил Худжанд")
            opening = lead_scene(sents, max(event.sentences)) if event.sentences else None
            event.place = town or gathering_town(sents) or opening or dateline or scene
            if event.place is None and event.sentences:
                # "В Туркменистане начато строительство ... В церемонии приняли участие"
                event.place = lead_scene(sents, max(event.sentences), country=True)
        elif event.place is None:
            event.place = visited_before(event, events[:n]) or scene
        roles_out: list[tuple[str, Mention]] = [("participant", m) for m in event.people]
        if event.place is not None:
            roles_out.append(("place", event.place))
        values: list[tuple[str, str]] = [("kind", event.name or event.label)]
        if event.people:
            event.date = event.date or lead or told_on
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
    # an event naming nobody dates no signing: its sentences may only set the scene
    named = [e for e in events if e.people]
    return meetings, [_signed_at(f, named, holders) for f in signings]


def _signed_at(fact: Fact, events: Sequence[Event], holders: Holders) -> Fact:
    """A document signed at an event bears its date; "Министры подписали" means its
    ministers, "стороны подписали" its people."""
    event = next((e for e in events if fact.sentences[0] in e.sentences), None)
    if event is None:
        return replace(fact, values=tuple(v for v in fact.values if v[0] != "sides"))
    values = tuple(v for v in fact.values if v[0] != "sides")
    roles = fact.roles
    sides = str(fact.value("sides") or "")
    if sides:
        people = [p for p in event.people if sides in ANYONE or holders.holds(p, sides)]
        roles = (*roles, *(("signatory", m) for m in people or event.people))
    if event.date and not fact.value("date"):
        values = (*values, ("date", event.date))
    confidence = fact.confidence if not fact.value("sides") else Decimal("0.7")
    return replace(fact, roles=roles, values=values, confidence=confidence)
