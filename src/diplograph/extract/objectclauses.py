"""What the clause around a phrase with a head word says of it: that it names what its
subject is ("является важной автомагистралью страны"), what an office is for ("министр
автомобильных дорог"), or, by a quoted name in the genitive, which object a route word
speaks of ("маршрут «Южного коридора»").
"""

from __future__ import annotations

from dataclasses import replace

from .context import Sent
from .objectheads import head_at
from .objectlists import Structure
from .routes import PLACES, QUOTES

__all__ = ["denied", "is_predicate", "named_within", "of_office", "predicated_places"]

# verbs that say what their subject is: "X является крупнейшим портом региона"
COPULAS = {"являться", "стать", "становиться", "служить", "остаться", "оставаться"}
# who a ministry or an office is for: "министр автомобильных дорог", "комитет железных дорог"
OFFICES = {"министр", "замминистра", "вице-министр", "министерство", "ведомство", "комитет"}
OFFICES |= {"агентство", "департамент"}


def is_predicate(sent: Sent, noun: int) -> bool:
    """ "Автодорога X является важной автомагистралью страны": the noun after a verb that
    says what its subject is names no second object; it says what the subject is."""
    token = sent.tokens[noun]
    verb = token.head
    if verb < 0 or sent.lemma(verb) not in COPULAS:
        return False
    return token.rel in {"xcomp", "obl", "obj"} and token.feat("Case") != "Nom"


def predicated_places(sent: Sent, structures: list[Structure]) -> list[Structure]:
    """ "Трасса X является главной автомагистралью Кыргызстана": the country the
    predicate names is where its subject, the object, is."""
    out = []
    for structure in structures:
        token = sent.tokens[structure.head]
        verb = token.head
        if (
            token.rel in {"nsubj", "nsubj:pass"}
            and verb >= 0
            and sent.lemma(verb) in COPULAS
            and structure.located is None
            and structure.town is None
        ):
            for k, other in enumerate(sent.tokens):
                if other.head != verb or not is_predicate(sent, k) or head_at(sent, k) is None:
                    continue
                size = head_at(sent, k)
                named = sent.name_at(k + (size[1] if size else 1), *PLACES)
                if named is not None and sent.tokens[named.first].feat("Case") == "Gen":
                    structure = replace(structure, located=named.mention)
        out.append(structure)
    return out


def of_office(sent: Sent, noun: int) -> bool:
    """ "министр железных дорог", "комитет дорог": what a ministry or an official is for
    is a field of work, not an object."""
    k, seen = noun, {noun}
    while sent.tokens[k].rel == "conj" and sent.tokens[k].head >= 0:
        k = sent.tokens[k].head
        if k in seen:
            return False  # a loop the parse closed: no office above
        seen.add(k)
    head = sent.tokens[k].head
    return sent.tokens[k].rel == "nmod" and head >= 0 and sent.lemma(head) in OFFICES


def named_within(sent: Sent, opening: int, last: int) -> tuple[str, str] | None:
    """ "маршрут «Южного коридора»": a quoted name in the genitive headed by a word of
    the table is the object itself; the word before it says what part or way of it is
    spoken of. Its label, in the nominative, and its class."""
    if opening >= len(sent.tokens) or sent.tokens[opening].text not in QUOTES:
        return None
    close = last - 1
    if close <= opening + 1 or sent.tokens[close].text != QUOTES[sent.tokens[opening].text]:
        return None
    for k in range(opening + 1, close):
        head = head_at(sent, k)
        if head is not None and sent.tokens[k].feat("Case") == "Gen":
            return sent.phrase(opening + 1, close), head[0]
    return None


# a route flown or toured is no transport link of the questions: "авиакомпания откроет
# маршрут X – Y", "рейсы по маршруту X – Y", "туристический маршрут"
FLIGHTS = {"рейс", "перелет", "полет", "чартер", "авиарейс", "авиасообщение"}
LEISURE = {"туристический", "воздушный", "круизный", "экскурсионный", "паломнический"}


def flown(sent: Sent, first: int, noun: int) -> bool:
    """ "Авиакомпания откроет маршрут Алматы – Урумчи", "рейсы по маршруту Ташкент –
    Анкара", "туристический маршрут": a route of flights or tours, not of the ground."""
    if sent.lemma(noun) != "маршрут":
        return False

    def air(k: int) -> bool:
        lemma = sent.lemma(k)
        return lemma in FLIGHTS or lemma.startswith("авиа")

    if any(sent.lemma(j) in LEISURE or air(j) for j in range(first, noun)):
        return True
    if sent.lemma(first - 1) == "по" and first >= 2 and air(first - 2):
        return True
    verb = sent.tokens[noun].head
    return verb >= 0 and any(
        t.head == verb and t.rel in {"nsubj", "nsubj:pass"} and air(k)
        for k, t in enumerate(sent.tokens)
    )


WAYS = {"через", "по", "из", "от", "до", "в", "на", "между"}


def name_after_way(sent: Sent, last: int) -> str | None:
    """ "нефтепровода по территории Казахстана «Восточный путь»": a quoted name
    that closes the phrase after the way an unnamed object runs is the object's name."""
    if sent.lemma(last) not in WAYS:
        return None
    j = last + 1
    while j < len(sent.tokens) and j - last <= 4 and sent.tokens[j].pos in {"NOUN", "PROPN", "ADJ"}:
        j += 1
    if j == last + 1 or j >= len(sent.tokens) or sent.tokens[j].text not in QUOTES:
        return None
    if any(head_at(sent, k) is not None for k in range(last + 1, j)):
        return None  # "линии на участке «X – Y»": the name of the section
    closing = QUOTES[sent.tokens[j].text]
    close = next(
        (k for k in range(j + 1, min(j + 8, len(sent.tokens))) if sent.tokens[k].text == closing),
        None,
    )
    if close is None or close == j + 1 or not sent.tokens[j + 1].text[:1].isupper():
        return None
    after = sent.tokens[close + 1] if close + 1 < len(sent.tokens) else None
    if after is not None and after.pos not in {"PUNCT", "CCONJ"}:
        return None
    return sent.text[sent.tokens[j].start - sent.start : sent.tokens[close].stop - sent.start]


# a service that runs on a route: "железнодорожное сообщение по маршруту X – Y"
SERVICES = {"сообщение"}
SERVICE_KINDS = {"железнодорожный": "Railway", "автомобильный": "Road", "автобусный": "Road"}


def service_route(sent: Sent, structure: Structure) -> Structure:
    """ "железнодорожное сообщение по маршруту Ташкент — Термез — Кабул": the
    route is the rail link of those places, and the link's words name it."""
    noun = structure.first - 2
    if (
        not structure.connects
        or sent.lemma(structure.head) != "маршрут"
        or structure.first != structure.head
        or sent.lemma(structure.first - 1) != "по"
        or sent.lemma(noun) not in SERVICES
        or sent.lemma(noun - 1) not in SERVICE_KINDS
    ):
        return structure
    words = structure.mention.label.split(" ", 1)
    if len(words) < 2:
        return structure
    label = f"{sent.phrase(noun - 1, noun + 1)} {words[1]}"
    cls = SERVICE_KINDS[sent.lemma(noun - 1)]
    mention = replace(structure.mention, label=label, subtype=cls)
    return replace(structure, mention=mention)


def denied(sent: Sent, noun: int) -> bool:
    """ "когда нет газопровода, соединяющего ...", "не существует моста": a subject in the
    genitive is the genitive of negation; the text says the object is not there."""
    token = sent.tokens[noun]
    if token.rel not in {"nsubj", "nsubj:pass"} or token.feat("Case") != "Gen":
        return False
    return not any(t.head == noun and t.rel == "case" for t in sent.tokens)
