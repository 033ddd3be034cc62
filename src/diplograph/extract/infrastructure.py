"""Infrastructure: ports, terminals, cables, railways, pipelines, corridors.

An object is a noun phrase headed by a word of data/infrastructure.tsv ("зерновой терминал",
"морской торговый порт Алят", "железная дорога Баку – Тбилиси – Карс"). Where it is and what it
connects is read around it:
- after it: "в Баку", "в порту Алят", "Худжанда" (genitive), "по дну Каспийского моря",
  "на побережье Оманского залива", "между Баку и Актау", "из Актау в Баку";
- in a relative clause: ", который связывает Китай и Европу", "которая соединит Грузию и Румынию";
- before it: "строительство в Стамбуле логистического центра", "создать в порту Туркменбаши
  терминал";
- in its own name: the places of a dash chain ("Баку – Тбилиси – Карс") are what it connects;
  a city adjective ("Бакинский порт") is where it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..data.gazetteer import gazetteer
from ..data.lexicon import lexicon
from ..records import Fact, Mention
from .context import Named, Sent, place_mention

__all__ = ["Structure", "anaphoric_links", "find_structures", "structure_facts"]

PLACES = ("city", "country", "water", "region", "place")
WHERE = {"в", "на", "у", "возле", "близ", "вблизи"}
ALONG = {"по", "через", "вдоль"}
LANDFORMS = {
    "дно",
    "акватория",
    "территория",
    "побережье",
    "берег",
    "район",
    "окрестность",
    "река",
    "озеро",
    "море",
    "город",
    "порт",
    "граница",
}
CONNECT = {"связывать", "соединять", "связать", "соединить", "связывающий", "соединяющий"}
RELATIVE = {"который", "расположенный", "проходящий", "идущий", "пролегающий", "построенный"}
DASHES = {"-", "–", "—"}
DIRECTIONS = {"север", "юг", "запад", "восток"}
# words that make an object generic or anaphoric rather than a thing of its own
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
}


@dataclass(frozen=True)
class Structure:
    first: int
    last: int
    mention: Mention
    connects: tuple[Named, ...] = ()
    located: Mention | None = None


def _head(sent: Sent, i: int) -> tuple[str, int] | None:
    """The ontology class and length of an infrastructure head at token i."""
    table = lexicon().infrastructure
    pair = f"{sent.lemma(i)} {sent.lemma(i + 1)}"
    if pair in table:
        return table[pair], 2
    if sent.lemma(i) in table and sent.tokens[i].pos in {"NOUN", "PROPN"}:
        return table[sent.lemma(i)], 1
    return None


def _chain(sent: Sent, i: int) -> list[Named]:
    """Places joined by dashes: "Баку – Тбилиси – Карс"."""
    out: list[Named] = []
    while True:
        place = sent.name_at(i, *PLACES)
        if place is None:
            return out if len(out) >= 2 else []
        out.append(place)
        i = place.last
        if i < len(sent.tokens) and sent.tokens[i].text in DASHES:
            i += 1
            continue
        return out if len(out) >= 2 else []


def find_structures(sent: Sent) -> list[Structure]:
    out = []
    i = 0
    while i < len(sent.tokens):
        head = _head(sent, i)
        if head is None:
            i += 1
            continue
        cls, size = head
        first = i
        while (
            first > 0 and sent.tokens[first - 1].pos == "ADJ" and not _is_country(sent, first - 1)
        ):
            first -= 1
        if sent.lemma(first - 1) in VAGUE or sent.lemma(first) in VAGUE:
            i += size
            continue
        last = i + size
        named = False
        connects: list[Named] = []
        located: Mention | None = None
        # "линия электропередачи 500 кВ Регар – Гузар", "железная дорога ML-1 Карачи – Пешавар"
        ends = last + _designation(sent, last)
        chain = _chain(sent, ends)
        if chain:
            last = ends
        name = sent.name_at(last, *PLACES)
        if chain:
            # "железная дорога Баку – Тбилиси – Карс": the name lists the ends; in
            # «Север – Юг» the parts are directions, not places
            connects = [c for c in chain if c.mention.label.lower() not in DIRECTIONS]
            last = chain[-1].last
            named = True
        elif last < len(sent.tokens) and sent.tokens[last].text == "«":
            close = next(
                (j for j in range(last, len(sent.tokens)) if sent.tokens[j].text == "»"), None
            )
            if close is not None and close - last <= 6:
                last = close + 1
                named = True
        elif name is not None:
            written = " ".join(t.text for t in sent.tokens[name.first : name.last]).lower()
            inflected = written.replace("ё", "е") != name.mention.label.lower().replace("ё", "е")
            if inflected and name.mention.kind in PLACES:
                located = name.mention  # "аэропорт Худжанда": the airport of Khujand
            last = name.last
            named = True
        plural = sent.tokens[i].feat("Number") == "Plur"
        has_adj = any(sent.lemma(j) not in PLAIN for j in range(first, i))
        placed = sent.lemma(last) in WHERE and sent.name_at(last + 1, *PLACES) is not None
        if (plural and (not named or located is not None) and not (placed and has_adj)) or not (
            has_adj or named or size == 2 or _located(sent, last)
        ):
            i = last
            continue
        if located is None:
            located = _adjective_city(sent, first, i)
        label = sent.phrase(first, last)
        if first == 0:
            label = label[:1].lower() + label[1:]  # capital of the sentence, not of a name
        mention = Mention(
            "infrastructure",
            label,
            sent.index,
            sent.tokens[first].start,
            sent.tokens[last - 1].stop,
            subtype=cls,
        )
        out.append(Structure(first, last, mention, tuple(connects), located))
        i = last
    return out


# what runs from one place to another, and so can be said to connect them
LINEAR = {"Railway", "Road", "Corridor", "Pipeline", "PowerLine", "Cable"}
# an antecedent found across a sentence boundary is a guess worth keeping apart
CARRIED = Decimal("0.6")


def anaphoric_links(
    sent: Sent, own: Sequence[Structure], recent: Sequence[Structure]
) -> Iterable[Fact]:
    """ "Этот маршрут соединяет Россию с Индией", "Новая магистраль ... соединит Кашгар с
    Андижаном": a sentence opening on a bare head of a kind that runs between places says
    what the one named just before connects."""
    i = 0
    while i < len(sent.tokens) and sent.tokens[i].pos in {"DET", "ADJ"}:
        i += 1
    head = _head(sent, i)
    if head is None or head[0] not in LINEAR or any(s.first <= i < s.last for s in own):
        return
    antecedent = next((s for s in reversed(recent) if s.mention.subtype in LINEAR), None)
    if antecedent is None:
        return
    for k in range(i + head[1], min(i + head[1] + 8, len(sent.tokens))):
        if sent.tokens[k].pos == "PUNCT":
            return
        if sent.lemma(k) in CONNECT:
            ends = _places_from(sent, k + 1)
            if len(ends) < 2:
                return
            roles = [("object", antecedent.mention), *(("connects", e.mention) for e in ends)]
            sentences = (antecedent.mention.sentence, sent.index)
            yield Fact(
                "infrastructure", tuple(roles), (), sentences, "infrastructure-anaphora", CARRIED
            )
            return


CODE = re.compile(r"^[A-ZА-Я]{1,4}-?\d{1,4}$")
UNITS = {"кв", "км", "мвт", "гвт"}


def _designation(sent: Sent, i: int) -> int:
    """Tokens of a voltage, length or code between a head and the places of its name."""
    if i < len(sent.tokens) and CODE.match(sent.tokens[i].text):
        return 1
    if (
        i + 1 < len(sent.tokens)
        and sent.tokens[i].pos == "NUM"
        and sent.tokens[i + 1].text.lower().rstrip(".") in UNITS
    ):
        return 2
    return 0


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
    return sent.lemma(i) in WHERE | ALONG | {"между", "из"}


def structure_facts(sent: Sent, structures: list[Structure]) -> Iterable[Fact]:
    """Where each object is and what it connects, read from the words around it."""
    by_first = {s.first: s for s in structures}
    by_last = {s.last: s for s in structures}
    for k, structure in enumerate(structures):
        stop = structures[k + 1].first if k + 1 < len(structures) else len(sent.tokens)
        places: list[Mention] = []
        connects: list[Mention] = [n.mention for n in structure.connects]
        if structure.located is not None:
            places.append(structure.located)
        before = _place_before(sent, structure.first, by_last)
        if before is not None:
            places.append(before)
        after_places, after_connects = _read_after(sent, structure, stop, by_first)
        if not places:
            places += after_places[:1]
        connects += after_connects
        roles: list[tuple[str, Mention]] = [("object", structure.mention)]
        roles += [("place", m) for m in places[:1]]
        roles += [("connects", m) for m in connects]
        yield Fact("infrastructure", tuple(roles), (), (sent.index,), "infrastructure-phrase")


def _place_before(sent: Sent, first: int, by_last: dict[int, Structure]) -> Mention | None:
    """ "строительство в Стамбуле логистического центра": a place right before the object;
    "расширение порта Энзели и строительство в нем терминала": the object named before."""
    inner = by_last.get(first)
    if inner is not None and sent.lemma(inner.first - 1) in WHERE:
        return inner.mention
    if sent.lemma(first - 1) in {"он", "она"} and sent.lemma(first - 2) in WHERE:
        earlier = [s for last, s in by_last.items() if last <= first - 2]
        if earlier:
            return max(earlier, key=lambda s: s.last).mention
    for named in sent.names_of(*PLACES):
        if named.last == first and sent.lemma(named.first - 1) in WHERE:
            return named.mention
    return None


def _read_after(
    sent: Sent, structure: Structure, stop: int, by_first: dict[int, Structure]
) -> tuple[list[Mention], list[Mention]]:
    places: list[Mention] = []
    connects: list[Mention] = []
    i = structure.last
    relative = False
    n = len(sent.tokens)
    while i < n and i - structure.last <= 14:
        token = sent.tokens[i]
        word = token.lemma
        if token.text == ",":
            if sent.lemma(i + 1) in RELATIVE and not relative:
                relative = True
                i += 2
                continue
            break
        if token.pos == "PUNCT" and token.text not in DASHES:
            break
        if token.pos == "VERB" and word not in CONNECT and not relative:
            break
        if word in WHERE | ALONG:
            j = _skip_landform(sent, i + 1)
            inner = by_first.get(i + 1) or by_first.get(j)
            if inner is not None:
                places.append(inner.mention)
                i = inner.last
                continue
            place = sent.name_at(j, *PLACES)
            if place is not None:
                places.append(place.mention)
                i = place.last
                continue
        if word in {"между", "из"} or word in CONNECT:
            ends = _places_from(sent, i + 1)
            connects += [p.mention for p in ends]
            if ends:
                i = ends[-1].last
                if word == "из":
                    # "грузы из Китая идут в Европу"
                    for k in range(i, min(i + 4, n)):
                        target = sent.name_at(k + 1, *PLACES)
                        if sent.lemma(k) in {"в", "до"} and target is not None:
                            connects.append(target.mention)
                            i = target.last
                            break
                continue
        if i >= stop:
            break
        i += 1
    return places, connects


def _skip_landform(sent: Sent, i: int) -> int:
    """ "по дну Черного моря", "на черноморском побережье Грузии" -> the place's index."""
    j = i
    while j < len(sent.tokens) and sent.tokens[j].pos == "ADJ" and sent.name_at(j) is None:
        j += 1
    if sent.lemma(j) in LANDFORMS:
        j += 1
        while j < len(sent.tokens) and sent.tokens[j].pos == "ADJ" and sent.name_at(j) is None:
            j += 1
    return j


PLACE_WORDS = {"порт", "город", "территория"}


def _place_after(sent: Sent, i: int) -> bool:
    while i < len(sent.tokens) and sent.lemma(i) in PLACE_WORDS:
        i += 1
    return sent.name_at(i, *PLACES) is not None


def _places_from(sent: Sent, i: int) -> list[Named]:
    """Places joined by "и", "с", "в", dashes or commas: "Баку и Актау", "Россию с Индией",
    "китайский Кашгар с пакистанским портом Гвадар"."""
    out = []
    while i < len(sent.tokens):
        while i < len(sent.tokens):
            named = sent.name_at(i, *PLACES)
            if named is None and (sent.tokens[i].pos == "ADJ" or sent.lemma(i) in PLACE_WORDS):
                i += 1
            elif named is not None and sent.tokens[i].pos == "ADJ" and _place_after(sent, i + 1):
                i += 1  # "китайский Кашгар": the country's adjective says whose the place is
            else:
                break
        place = sent.name_at(i, *PLACES)
        if place is None:
            break
        out.append(place)
        i = place.last
        if i < len(sent.tokens) and sent.lemma(i) in {"и", "с", "в", "до", ",", *DASHES}:
            i += 1
            continue
        break
    return out
