"""Infrastructure: ports, terminals, cables, railways, pipelines, corridors, tunnels.

An object is a noun phrase headed by a word of data/infrastructure.tsv ("зерновой терминал",
"морской торговый порт Алят", "железная дорога Баку – Тбилиси – Карс"), with what its own
name says (routes.py): the places a route's name lists are what it connects, a city
adjective ("Бакинский порт") or an inflected name ("аэропорт Худжанда") is where it is. A
bare head ("магистраль", "тоннель") is an object only when a verb brings it in; before its
verb it is one named before (objectlinks.py). What the words around it say is read in
objectplaces.py.
"""

from __future__ import annotations

from dataclasses import replace

from ..data.gazetteer import gazetteer
from ..records import Mention
from .context import Named, Sent, place_mention
from .objectclauses import (
    denied,
    flown,
    is_predicate,
    name_after_way,
    named_within,
    of_office,
    predicated_places,
    service_route,
)
from .objectheads import head_at, kind_lemma, railway_short
from .objectlists import Structure, bracketed, each_named, each_quoted, without_parts
from .objectparties import parties
from .objectverbs import LINEAR, verb_places
from .routes import PLACES, QUOTES, honoree, own_name

__all__ = ["ALONG", "NOT_INFRASTRUCTURE", "WHERE", "Structure", "find_structures", "head_at"]

WHERE = {"в", "на", "у", "возле", "близ", "вблизи"}
ALONG = {"по", "через", "вдоль"}
VAGUE = {
    "этот",
    "тот",
    "такой",
    "данный",
    "весь",
    "каждый",
    "любой",
    "свой",
    "наш",
    "ваш",
    "единственный",
    "подобный",
}
# adjectives that say nothing of what the object is: "новая магистраль" is no name
PLAIN = {
    "новый",
    "крупный",
    "современный",
    "первый",
    "второй",
    "третий",
    "собственный",
    "будущий",
    "нынешний",
    "существующий",
    "большой",
    "главный",
    "ключевой",
    "важный",
    # "единый логистический центр": one, of whatever kind
    "единый",
    "крупнейший",
}


# adjectives of a kind, not of one object: "Железнодорожный коридор укрепит ..." after the
# railway is named
GENERIC = PLAIN | {
    "транспортный",
    "железнодорожный",
    "автомобильный",
    "автодорожный",
    "морской",
    "магистральный",
    "газовый",
    "нефтяной",
    "экспортный",
    "предлагаемый",
    "планируемый",
    "строящийся",
    "указанный",
    "данный",
}


# plants, factories, industrial zones, border checkpoints and airports are found (a fund may
# finance one, a terminal may stand at one) but are places, not infrastructure of the
# questions: news names an airport as where a guest was met, and the Conventions list
# transport links, not the places flights use
NOT_INFRASTRUCTURE = {"Plant", "EconomicZone", "Checkpoint", "Airport"}
# objects that stand at one place, unlike the LINEAR ones that run between places
POINTS = {"Port", "Airport", "Terminal", "LogisticsHub"}
# what runs or is built between two sides
BETWEEN = LINEAR | {"Bridge", "Tunnel"}
BUILD = {"строительство", "создание", "возведение", "строить", "построить", "создать"}
# an ordinal tells objects apart ("третья линия электропередачи"): it stays in the label
ORDINALS = {"первый", "второй", "третий"}


def find_structures(sent: Sent) -> list[Structure]:
    out = []
    predicates: set[int] = set()
    i = 0
    while i < len(sent.tokens):
        head = head_at(sent, i)
        if head is None:
            i += 1
            continue
        cls, size = head
        first = i
        # the adjectives that qualify the head, not a predicate before it ("Открыт газопровод")
        while (
            first > 0
            and sent.tokens[first - 1].pos == "ADJ"
            and (
                first - 1 < sent.tokens[first - 1].head < i + size
                # a head the tagger took for an adjective has its adjectives beside it
                or (
                    sent.tokens[i].pos == "ADJ"
                    and sent.tokens[first - 1].head == sent.tokens[i].head
                )
            )
            and not _is_country(sent, first - 1)
            and head_at(sent, first - 1) is None
        ):
            first -= 1
        # of a two-word head ("железной дороге", "линия электропередачи"), the word the
        # parse hangs the phrase on
        noun = next((k for k in range(i, i + size) if not i <= sent.tokens[k].head < i + size), i)
        predicate = (
            _said_of(sent, first)
            or (sent.tokens[i].rel == "conj" and sent.tokens[i].head in predicates)
            or is_predicate(sent, noun)
        )
        if predicate:
            predicates.add(i)  # "... но и первый интеллектуальный порт": and its conjuncts
        if (
            sent.lemma(first - 1) in VAGUE
            or sent.lemma(first) in VAGUE
            or predicate
            or of_office(sent, noun)
            or flown(sent, first, noun)
            or denied(sent, noun)
        ):
            i += size
            continue
        last = i + size
        named = False
        connects: tuple[Named, ...] = ()
        located: Mention | None = None
        town: Mention | None = None
        name = sent.name_at(last, *PLACES)
        own = own_name(sent, last, cls in LINEAR)
        if own is not None:
            # "железная дорога Баку – Тбилиси – Карс", «Турецкий поток», "газопровод TANAP"
            last, connects, named = own.last, own.connects, True
        elif name is not None:
            written = " ".join(t.text for t in sent.tokens[name.first : name.last]).lower()
            inflected = written.replace("ё", "е") != name.mention.label.lower().replace("ё", "е")
            if inflected and name.mention.kind in PLACES:
                located = name.mention  # "аэропорт Худжанда": the airport of Khujand
            elif (
                cls in POINTS
                and name.mention.kind in set(PLACES) - {"country"}
                and not any(n.first == first - 1 for n in sent.names_of("country"))
            ):
                # "порт Актау": a port called by its town stands there, unless a country
                # adjective says where ("иранский порт Астара")
                town = name.mention
            elif cls in POINTS and name.mention.kind == "country":
                # "порт Джибути", "порт Сингапур": a port called by a country's name is
                # the port of its city of that name
                town = replace(name.mention, kind="place", key=None)
            last = name.last
            named = True
        elif honoree(sent, last) is not None:
            last, named = honoree(sent, last) or last, True  # "порт имени X"
        if cls in POINTS and located is None:
            in_brackets = bracketed(sent, last)
            located = in_brackets.mention if in_brackets is not None else None
        if _quoted_name(sent, first, last):
            i = last  # «Грузинская железная дорога»: a company named after what it runs
            continue
        # "китайско-киргизско-узбекский коридор": the countries it joins name it
        joined = [n for n in sent.names_of("country") if n.first == first - 1 == n.last - 1]
        joined = joined if len(joined) > 1 else []
        # "по сети европейских автодорог": a network of them is one thing
        network = sent.lemma(first - 1) == "сеть" and not joined
        plural = sent.tokens[i].feat("Number") == "Plur" and not network
        several = []
        if plural and cls in POINTS and name is not None and own is None:
            several = each_named(sent, i, size, cls, name)
        elif plural and own is not None:
            several = each_quoted(sent, i, size, cls, i + size)
        if several:
            out += several
            i = several[-1].last
            continue
        has_adj = any(sent.lemma(j) not in PLAIN for j in range(first, i))
        # "порты в Актау" stand there; "маршруты в Лаос" only lead there
        placed = (
            sent.lemma(last) in WHERE
            and sent.name_at(last + 1, *PLACES) is not None
            and sent.tokens[min(last + 1, len(sent.tokens) - 1)].feat("Case") != "Acc"
        )
        specific = has_adj or size == 2 or bool(joined)
        # "строительство логистических центров": objects planned are things of their own,
        # "модернизация морских портов" speaks of ports in general
        planned = specific and sent.lemma(sent.tokens[noun].head) in BUILD
        if (
            plural
            and (not named or located is not None)
            and not (placed and has_adj)
            and not planned
        ) or not (
            specific
            or named
            or _located(sent, last)
            or _laid(sent, noun, cls)
            or (cls in BETWEEN and len(parties(sent, noun)[0]) > 1)
        ):
            i = last
            continue
        if located is None:
            located = _adjective_city(sent, first, i)
        # "новый международный аэропорт": "новый" says nothing of which airport
        start = first
        while start < i and sent.lemma(start) in PLAIN - ORDINALS:
            start += 1
        start = first - 1 if joined or network else start
        label = sent.phrase(start, last)
        later = None if named else name_after_way(sent, last)
        if later is not None:
            label = f"{label} {later}"  # "нефтепровода по территории страны «X»"
            named = True
        if railway_short(sent, i) and size == 4:
            label = sent.phrase(i + 3, last)  # "ж/д линия Решт – Астара": the line's name
        elif railway_short(sent, i):
            label = label.replace(sent.phrase(i, i + 3), "железная дорога", 1)
        for k in range(i, i + size):
            if kind_lemma(sent, k) != sent.lemma(k):
                # "зернового хаба": the lemmatiser left the word as written
                label = label.replace(sent.tokens[k].text, kind_lemma(sent, k), 1)
            elif sent.tokens[k].pos == "ADJ" and sent.tokens[noun].feat("Gender") == "Masc":
                # "торгово-логистического комплекса": a compound the phrase left inflected
                label = label.replace(sent.tokens[k].text, sent.lemma(k), 1)
        inner = named_within(sent, i + size, last)
        if inner is not None:
            label, cls = inner  # "маршрут «Южного коридора»": the corridor it names
        if all(t.pos == "PUNCT" for t in sent.tokens[:start]):
            label = label[:1].lower() + label[1:]  # capital of the sentence, not of a name
        mention = Mention(
            "place" if cls in NOT_INFRASTRUCTURE else "infrastructure",
            label,
            sent.index,
            sent.tokens[first].start,
            sent.tokens[last - 1].stop,
            subtype=cls,
        )
        topic = sent.tokens[noun].rel in {"nsubj", "nsubj:pass"}
        # the subject before its verb, of no name and only words of its kind, speaks of
        # what the text has named before: news puts the known first
        given = (
            topic
            and 0 <= noun < sent.tokens[noun].head
            and not (named or joined or located or town)
            and all(sent.lemma(j) in GENERIC for j in range(first, i))
            and _adjective_city(sent, first, i) is None
        )
        # "иранский порт": where it is; "Китайско-Пакистанский коридор": what it connects
        adjectives = [n for n in sent.names_of("country") if n.first == first - 1 == n.last - 1]
        owner = adjectives[0] if len(adjectives) == 1 else None
        if joined and cls in LINEAR and not connects:
            connects = tuple(joined)
        out.append(
            Structure(
                first,
                last,
                mention,
                connects,
                located,
                noun,
                topic,
                owner.mention if owner is not None else None,
                town,
                given and owner is None,
                # words of its kind alone, nothing after its head: a description
                plain=not (named or joined or located or town or owner)
                and last == i + size
                and all(sent.lemma(j) in GENERIC - ORDINALS for j in range(first, i)),
                plural=plural,
            )
        )
        i = last
    return without_parts(sent, predicated_places(sent, _along_routes(sent, out)))


def _along_routes(sent: Sent, found: list[Structure]) -> list[Structure]:
    """ "железная дорога по маршруту Мазари-Шариф – Кабул – Пешавар": the route an object
    follows is no object of its own; its places are what the object connects."""
    out: list[Structure] = []
    for structure in found:
        before = out[-1] if out else None
        if (
            before is not None
            and structure.connects
            and structure.first == before.last + 1
            and sent.lemma(before.last) == "по"
            and sent.lemma(structure.head) == "маршрут"
            and structure.first == structure.head
        ):
            out[-1] = replace(before, connects=before.connects + structure.connects)
            continue
        out.append(service_route(sent, structure))
    return out


def _quoted_name(sent: Sent, first: int, last: int) -> bool:
    """The whole phrase stands in quotes of its own: a name, not an object."""
    if first == 0 or last >= len(sent.tokens):
        return False
    opening = sent.tokens[first - 1].text
    return opening in QUOTES and sent.tokens[last].text == QUOTES[opening]


def _said_of(sent: Sent, first: int) -> bool:
    """ "порт Чанкай — это не только хороший глубоководный порт": what follows "это" says
    what a thing named before is, and is no second thing."""
    k = first - 1
    while k >= 0 and sent.tokens[k].pos in {"PART", "CCONJ"} and sent.lemma(k) != "это":
        k -= 1
    if k < 0 or sent.tokens[k].text.lower() != "это":
        return False
    return sent.tokens[k].rel == "expl" or (
        k > 0 and sent.tokens[k - 1].text in {"—", "–", "--", "-"}
    )


def _laid(sent: Sent, head: int, cls: str) -> bool:
    """ "проложить тоннель через перевал": a bare head that a verb brings in, after it, and
    says where it runs or stands is a thing of its own; before its verb ("Магистраль свяжет
    ...") it is one named before."""
    token = sent.tokens[head]
    new = token.rel == "obj" or (token.rel in {"nsubj", "nsubj:pass"} and token.head < head)
    if not new:
        return False
    where, ends = verb_places(sent, head, cls)
    return bool(where or ends)


def _adjective_city(sent: Sent, first: int, head: int) -> Mention | None:
    """ "Бакинский порт": the port of Baku."""
    for j in range(first, head):
        place = gazetteer().by_adjective(sent.lemma(j))
        if place is not None and place.kind == "city":
            token = sent.tokens[j]
            return place_mention(place, sent.index, token.start, token.stop)
    return None


def _is_country(sent: Sent, i: int) -> bool:
    return any(n.first <= i < n.last for n in sent.names_of("country"))


def _located(sent: Sent, i: int) -> bool:
    if sent.lemma(i) == "от":
        # "ЛЭП от Сангтуды до ...": a bare head run from a place
        return sent.name_at(i + 1, *PLACES) is not None
    return sent.lemma(i) in WHERE | ALONG | {"между", "из"}
