"""Where an object is and what it connects, read from the words around it, in order.

- after it: "в Баку", "в порту Алят", "Худжанда" (genitive), "по дну Каспийского моря",
  "на побережье Оманского залива", "между Баку и Актау", "из Актау в Баку", "через
  Узбекистан и Казахстан";
- in a relative clause: ", который связывает Китай и Европу", ", по которому грузы из Китая
  идут в Европу";
- before it: "строительство в Стамбуле логистического центра", "в нем терминала";
- from the verbs it is an argument of (objectverbs.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal

from ..records import Fact, Mention
from .context import Named, Sent
from .infrastructure import ALONG, BETWEEN, NOT_INFRASTRUCTURE, POINTS, WHERE, Structure
from .objectcountries import across, in_country
from .objectparties import PARTIES, parties
from .objectverbs import LINEAR, built_where, verb_places
from .objectways import passed_beside
from .routes import DASHES, PLACES

__all__ = ["place_rank", "places_from", "structure_facts"]

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
    "провинция",
    "штат",
    "округ",
    # "на севере Ирана": a part of the country is in the country
    "север",
    "юг",
    "запад",
    "восток",
    "северо-запад",
    "северо-восток",
    "юго-запад",
    "юго-восток",
    # "в страны Европы": the countries of a region are the region
    "страна",
}
RIVERS = {"река", "озеро", "море", "канал"}
# how closely a kind of place says where an object stands: a town before a region, a river
# or sea it crosses before the country
SPECIFIC = {"city": 0, "place": 1, "region": 2, "infrastructure": 2, "water": 3, "country": 4}
DISTANCES = {"километр", "км", "метр", "м", "миля"}
CONNECT = {"связывать", "соединять", "связать", "соединить", "связывающий", "соединяющий"}
RELATIVE = {"который", "расположенный", "проходящий", "идущий", "пролегающий", "построенный"}
RELATIVE |= {"соединяющий", "связывающий", "ведущий"}
# ends read from who builds an object, not from the object's own words
SIDES = Decimal("0.6")


# words that make an object generic or anaphoric rather than a thing of its own
def _identity(m: Mention) -> str:
    """One place however inflected: "Супса" from a name and "Супсе" the tagger left as is."""
    if m.key:
        return m.key
    label = m.label.lower()
    return label[: max(3, len(label) - 2)]


def _same(a: Mention, b: Mention) -> bool:
    return _identity(a) == _identity(b)


def structure_facts(sent: Sent, structures: list[Structure]) -> Iterable[Fact]:
    """Where each object is and what it connects, read from the words around it."""
    by_first = {s.first: s for s in structures}
    by_last = {s.last: s for s in structures}
    for k, structure in enumerate(structures):
        if structure.mention.subtype in NOT_INFRASTRUCTURE:
            continue
        stop = structures[k + 1].first if k + 1 < len(structures) else len(sent.tokens)
        places: list[Mention] = []
        connects: list[Mention] = [n.mention for n in structure.connects]
        if structure.located is not None:
            places.append(structure.located)
        before = _place_before(sent, structure.first, by_last)
        if before is not None:
            places.append(before)
        linear = structure.mention.subtype in LINEAR
        after_places, after_connects = _read_after(sent, structure, stop, by_first, linear)
        span = (structure.first, structure.last)
        cls = structure.mention.subtype or ""
        verb_where, verb_connects = verb_places(sent, structure.head, cls, span)
        places += verb_where + after_places + built_where(sent, structure.head)
        crossed = across(sent, structure.first, structure.last)
        if crossed is not None:
            # a sea it crosses is where it lies; a country, a land it passes through
            (places if crossed.kind == "water" else connects).append(crossed)
        if structure.town is not None:
            places.append(structure.town)  # "порт Актау", unless "в провинции X" says more
        if structure.owner is not None:
            places.append(structure.owner)  # "иранский порт «Астара»", when nothing says more
        roles: list[tuple[str, Mention]] = [("object", structure.mention)]
        # "порт Гвадар на побережье Аравийского моря": a sea or a country says less than
        # the town
        places.sort(key=_vague)
        roles += [("place", m) for m in places[:1]]
        ends = [*connects, *after_connects, *verb_connects]
        if linear:
            ends += passed_beside(sent, structure.head)
        countries, built = parties(sent, structure.head) if cls in BETWEEN else ([], False)
        # "Россия откроет маршрут в Лаос": where it starts, unless an end already lies
        # there ("Узбекистан построит дорогу из узбекского Термеза в ...")
        starts = len(countries) == 1 and built and ends and not structure.connects
        if starts and not any(in_country(sent, m, countries[0]) for m in ends):
            ends += countries
        seen = set()
        for m in ends:
            if _identity(m) not in seen and not (places and _same(m, places[0])):
                seen.add(_identity(m))
                roles.append(("connects", m))
        yield Fact("infrastructure", tuple(roles), (), (sent.index,), "infrastructure-phrase")
        if len(countries) > 1 and not ends and not structure.plural:
            # "Венгрия и Сербия договорились построить нефтепровод": the two sides, unless
            # the article names its ends elsewhere (objectfacts.py); of several ("обсудили
            # о новых коридорах") the sides say no one's ends
            sides = tuple(("connects", m) for m in countries)
            yield Fact("infrastructure", (roles[0], *sides), (), (sent.index,), PARTIES, SIDES)


WATERS = {"море", "моря", "залив", "залива", "река", "реки", "озеро", "озера", "океан"}


def _vague(place: Mention) -> bool:
    """A sea, a river or a country: where an object is only roughly."""
    words = set(place.label.lower().split())
    return place.kind in {"water", "country"} or bool(words & WATERS)


def place_rank(place: Mention) -> tuple[bool, int]:
    """How little a place says of where an object stands: lower says more."""
    return _vague(place), SPECIFIC.get(place.kind, 2)


def _where_inside(inner: Structure) -> Mention:
    """ "терминал в порту Джибути": a thing inside a port stands in the port's town."""
    if inner.mention.subtype in POINTS:
        return inner.town or inner.located or inner.mention
    return inner.mention


def _place_before(sent: Sent, first: int, by_last: dict[int, Structure]) -> Mention | None:
    """ "строительство в Стамбуле логистического центра": a place right before the object;
    "расширение порта Энзели и строительство в нем терминала": the object named before."""
    inner = by_last.get(first)
    if inner is not None and sent.lemma(inner.first - 1) in WHERE:
        return _where_inside(inner)
    if sent.lemma(first - 1) in {"он", "она"} and sent.lemma(first - 2) in WHERE:
        earlier = [s for last, s in by_last.items() if last <= first - 2]
        if earlier:
            return max(earlier, key=lambda s: s.last).mention
    for named in sent.names_of(*PLACES):
        if named.last == first and sent.lemma(named.first - 1) in WHERE:
            return named.mention
    return None


def _read_after(
    sent: Sent, structure: Structure, stop: int, by_first: dict[int, Structure], linear: bool
) -> tuple[list[Mention], list[Mention]]:
    places: list[Mention] = []
    connects: list[Mention] = []
    i = structure.last
    relative = False
    n = len(sent.tokens)
    inner = by_first.get(i)
    if (
        inner is not None
        and structure.mention.subtype in POINTS
        and inner.mention.subtype == "Port"
        and sent.tokens[inner.head].feat("Case") == "Gen"
    ):
        # "хаб порта Туркменбаши", "терминал порта Поти": a thing of a port stands in its town
        places.append(_where_inside(inner))
    while i < n and i - structure.last <= 14:
        token = sent.tokens[i]
        word = token.lemma
        if token.text == ",":
            if sent.lemma(i + 1) in RELATIVE and not relative and _agrees(sent, i + 1, structure):
                relative = True
                i += 2
                continue
            again = i + 2 if sent.tokens[min(i + 1, n - 1)].pos == "ADV" else i + 1
            if linear and connects and sent.lemma(again) == "через":
                i = again  # "от X к Y, снова через Z": the way it goes on
                continue
            break
        if token.pos == "PUNCT" and token.text not in DASHES:
            break
        if token.pos == "NOUN" and token.feat("Case") == "Nom" and not relative:
            # "через порт Зарубино необходимо соглашение между Россией и Кореей": a new
            # subject begins what is said of something else
            break
        if token.pos == "VERB" and word not in CONNECT and not relative:
            break
        if word in WHERE | ALONG:
            j = _skip_landform(sent, i + 1)
            inner = by_first.get(i + 1) or by_first.get(j)
            if inner is not None:
                # "на КПП": an indeclinable head the tagger may call accusative
                towards = word == "в" and sent.tokens[inner.head].feat("Case") == "Acc"
                if not towards:
                    places.append(_where_inside(inner))
                elif linear:
                    connects.append(_where_inside(inner))
                # "из порта Оля в порт Ноушехр": where a ship goes from the port, not where
                # the port is
                i = inner.last
                continue
            place = sent.name_at(j, *PLACES)
            if len([n for n in sent.names_of("country") if n.first == j]) > 1:
                place = None  # "вблизи узбекско-кыргызских границ": between two, in neither
                if sent.lemma(j + 1) == "граница" and word in WHERE and not places:
                    # "мост на армяно-иранской границе": the border itself is the place
                    token = sent.tokens[j]
                    border = f"{_feminine(sent.lemma(j))} граница"
                    places.append(
                        Mention("place", border, sent.index, token.start, sent.tokens[j + 1].stop)
                    )
                    i = j + 2
                    continue
            if place is not None:
                case = sent.tokens[place.first].feat("Case")
                ahead = _noun_after(sent, i + 1)
                towards = word in {"в", "на"} and sent.tokens[ahead].feat("Case") == "Acc"
                if towards and linear and sent.lemma(ahead) not in LANDFORMS - {"страна"}:
                    # "дорога в Таджикистан и Туркменистан", "газопровод в страны Европы":
                    # where a route leads is one of its ends
                    ends = places_from(sent, place.first) or [place]
                    connects += [e.mention for e in ends]
                    i = ends[-1].last
                    continue
                corridor = structure.mention.subtype == "Corridor"
                if word == "через" and linear and (place.mention.kind != "water" or corridor):
                    # "газопровод через Узбекистан и Казахстан"; "коридор через Каспийское
                    # море": a sea is a leg of a corridor, but where a pipe lies
                    ends = places_from(sent, place.first) or [place]
                    connects += [e.mention for e in ends]
                    i = ends[-1].last
                    continue
                # "в Пакистан" is a direction, not where; after the ends, "на побережье ..."
                # says where the last end is ("по дну моря" is still the object's way)
                if not (word in {"в", "на"} and case == "Acc") and not (connects and word in WHERE):
                    water = j > i + 1 and sent.lemma(j - 1) in RIVERS
                    # "через реку Араз": a river, whatever the tagger made of its name
                    places.append(replace(place.mention, kind="water") if water else place.mention)
                i = place.last
                continue
        if word in RIVERS and not places:
            # "маршрут с использованием реки Или": the river it runs on is where it is
            river = sent.name_at(i + 1, "water")
            if river is not None:
                places.append(river.mention)
                i = river.last
                continue
        ends_word = word in {"между", "из", "от", "до"} or word in CONNECT
        # a port stands in one place: "порт ... от сингапурской компании" names a party;
        # "в 70 километрах от границы" is a distance
        distance = sent.lemma(i - 1) in DISTANCES and sent.tokens[i - 1].feat("Case") == "Loc"
        point = structure.mention.subtype in POINTS or distance
        if ends_word and not point:
            ends = places_from(sent, i + 1)
            connects += [p.mention for p in ends]
            if word in CONNECT and not ends:
                # "соединяет систему Турции с запасами газа в России": what it joins is
                # the verb's to say (objectverbs.py); a place inside is where an end is
                break
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


def _noun_after(sent: Sent, i: int) -> int:
    """The first word after i that is no adjective: the noun a preposition governs."""
    while i + 1 < len(sent.tokens) and sent.tokens[i].pos == "ADJ":
        i += 1
    return min(i, len(sent.tokens) - 1)


def _agrees(sent: Sent, relative: int, structure: Structure) -> bool:
    """ "инициативы о создании коридора, которая была рассмотрена в Уфе": a relative word
    agrees in gender and number with the noun it stands for; one that does not speaks of
    another noun."""
    word, noun = sent.tokens[relative], sent.tokens[structure.head]
    for feature in ("Number", "Gender"):
        a, b = word.feat(feature), noun.feat(feature)
        if a and b and a != b:
            return False
        if feature == "Number" and a == "Plur":
            return True  # plural relatives have no gender
    return True


def _feminine(adjective: str) -> str:
    """ "армяно-иранский" -> "армяно-иранская": the adjective of "граница" (the tagger gives
    a compound adjective no case to inflect it by)."""
    for ending in ("ый", "ий", "ой"):
        if adjective.endswith(ending):
            return adjective[:-2] + "ая"
    return adjective


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


# words before a place that say which part of it: "границу Ирана", "центр Узбекистана"
PLACE_WORDS = {"порт", "город", "г", "территория", "граница", "центр", "столица", "юг", "север"}
PLACE_WORDS |= {"запад", "восток", "район", "регион", "область"}


def _place_after(sent: Sent, i: int) -> bool:
    while i < len(sent.tokens) and sent.lemma(i) in PLACE_WORDS:
        i += 1
    return sent.name_at(i, *PLACES) is not None


def places_from(sent: Sent, i: int) -> list[Named]:
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
        if sent.lemma(i) == "в" and sent.lemma(i + 1) in {"сторона", "направление"}:
            i += 2  # "от Пянджа в сторону Тахора": the way it runs
            continue
        if i < len(sent.tokens) and sent.lemma(i) in {"и", "с", "в", "до", "к", ",", *DASHES}:
            i += 1
            continue
        break
    return out
