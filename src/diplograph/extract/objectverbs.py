"""Where an object is and what it connects, read from the verbs it is an argument of.

A small table of predicates and the roles their dependents fill, read off the parse:
- a route is laid, built or passes ("будет проложена от Актау до Сиазани", "пройдет через
  территорию Кыргызстана", "по дну моря будет проложена линия"): "от", "из", "до", "к" name
  its ends; "через" and "по территории" the places it passes (for a bridge or a tunnel,
  what it crosses: where it is); "по дну", "в" and "на" in the locative, where it is;
- it connects ("соединит Кашгар с Андижаном", "которая свяжет центр страны с долиной"):
  the object of the verb and what follows "с";
- it begins or ends ("начинается в Ыгдыре", "заканчиваться в Садараке"): the place of "в".
The object is the verb's subject or object, or the verb is a participle or relative clause
on it ("газопровод, ведущий в Ыгдыр", "дорога, которая свяжет ...").
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records import Mention
from .context import Named, Sent
from .frames import children, conjuncts, objects, obliques, preposition, subtree
from .routes import DASHES, PLACES

__all__ = ["LINEAR", "built_where", "read_verb", "verb_places", "verbs_of"]

# what runs from one place to another, and so can be said to connect them
LINEAR = {"Railway", "Road", "Corridor", "Pipeline", "PowerLine", "Cable"}

LAY = {
    "достигнуть",
    "достигать",
    "достичь",
    "проложить",
    "прокладывать",
    "построить",
    "строить",
    "пройти",
    "проходить",
    "пролегать",
    "протянуться",
    "тянуться",
    # "дорога уже доходит до Джульфы": how far it runs
    "доходить",
    "дойти",
    "идти",
    "вести",
    "ведущий",
    "проходящий",
    "пролегающий",
    "связывающий",
    "соединяющий",
    "доставлять",
    "транспортировать",
    # "между Благовещенском и Хэйхэ открыли мост": opened between its ends
    "открыть",
    "открывать",
    "открываться",
    "открыться",
}
# verbs of an object coming into being or at work: of these only where it is ("в Монголии
# запущена линия", "в Узбекистане введен в эксплуатацию терминал")
STAND = {"запустить", "запускать", "ввести", "вводить", "работать", "действовать"}
STAND |= {"функционировать", "находиться", "располагаться", "расположить", "появиться"}
STAND |= {"строиться", "реконструировать", "модернизировать", "возводить", "возвести"}
CONNECT = {"связать", "связывать", "соединить", "соединять", "связывающий", "соединяющий"}
ENDS = {"начинаться", "заканчиваться", "завершаться", "брать", "оканчиваться"}
ENDS |= {"начаться", "закончиться", "завершиться", "взять", "окончиться"}
# verbs of how far a route runs: what they take is an end ("достигнет границы X")
REACH = {"достигнуть", "достигать", "достичь"}
END_PREPOSITIONS = {"от", "из", "до", "к"}
TOWARDS = {"в", "до", "через", "к"}
# words between a preposition and the place that say which part of it: "по территории Грузии"
TRANSIT_NOUNS = {"территория", "страна"}
KINDS_OF_PLACE = {"город", "провинция", "область", "регион", "район", "штат", "порт", "станция"}
WHERE_NOUNS = {"дно", "акватория", "побережье", "берег", "район", "окрестность"}


def verbs_of(sent: Sent, head: int, span: tuple[int, int] | None = None) -> list[int]:
    """The predicates the object headed by `head` is an argument of; a participle or a
    relative clause may hang on any word of its name (`span`): "линии Регар – Гузар,
    которая соединит ..." hangs on "Гузар"."""
    token = sent.tokens[head]
    out = []
    if token.rel in {"nsubj", "nsubj:pass", "obj"} and token.head >= 0:
        # "начинается в Баку и заканчивается в Супсе": verbs sharing the subject
        out += [
            k
            for k in conjuncts(sent, token.head)
            if (k == token.head or token.rel != "obj")
            # "пути, связывающие порт с рынками Африки": what a verb joins is an end
            and not (token.rel == "obj" and sent.lemma(k) in CONNECT)
        ]
    first, last = span or (head, head + 1)
    # "моста «Хайратон» – единственной артерии, связывающей две страны": and on a word
    # set beside it
    beside = [k for k in children(sent, head, "appos") if k >= last]
    for word in [*range(first, last), *beside]:
        for k in children(sent, word, "acl", "acl:relcl"):
            out += conjuncts(sent, k) + _ends_after(sent, k)
    # ", по которому грузы идут ...": the relative word says whose clause it is, wherever
    # the parser hung it
    k = last + 1 if sent.lemma(last) == "," else -1
    if sent.tokens[k].pos == "ADP" if 0 <= k < len(sent.tokens) else False:
        k += 1
    if 0 <= k < len(sent.tokens) and sent.lemma(k) == "который" and sent.tokens[k].head >= 0:
        out += conjuncts(sent, sent.tokens[k].head)
    # "трубопровод должен транспортировать газ из Нигерии в Алжир": the verb of a
    # predicate of intent or ability
    out += [x for k in out for x in children(sent, k, "xcomp")]
    return [k for k in dict.fromkeys(out) if sent.lemma(k) in LAY | CONNECT | ENDS | STAND]


def _ends_after(sent: Sent, clause: int) -> list[int]:
    """ ", который проходит через X и заканчивается в Y": a verb of where a route ends,
    with no subject of its own, after a relative clause shares its subject, wherever the
    parse hung it."""
    return [
        k
        for k, token in enumerate(sent.tokens)
        if k > clause
        and token.rel == "conj"
        and sent.lemma(k) in ENDS
        and not children(sent, k, "nsubj", "nsubj:pass")
    ]


def _place(sent: Sent, k: int) -> Named | None:
    """The place an argument names: itself ("до Актау"), or a place in its phrase
    ("до азербайджанского города Сиазань", "через территорию Грузии", "центр Узбекистана");
    a country's adjective there says whose the place is, not which."""
    first, last = subtree(sent, k)
    inside = [
        n
        for n in sent.names_of(*PLACES)
        if first <= n.first < last and not (n.last - n.first == 1 and _adjective(sent, n.first))
    ]
    own = next((n for n in inside if n.first <= k < n.last), None)
    # "границей с Узбекистаном": a place the argument is next to is not the argument's
    inside = [n for n in inside if preposition(sent, n.first) != "с"]
    # "от крупнейшего в Туркменистане месторождения Галкыныш": a place with a preposition
    # of its own says where a word of the argument is; the argument's name comes first
    inside.sort(key=lambda n: n.first != k and preposition(sent, n.first) != "")
    if not inside and sent.lemma(k) in KINDS_OF_PLACE:
        # "в провинции Фарах, ...": the name after a kind of place, wherever the parse hung it
        return sent.name_at(last, *PLACES)
    return own or (inside[0] if inside else None)


def _reached(sent: Sent, k: int) -> Named | None:
    """The place a route reaches: the argument's own, or the one a dash sets beside it
    ("конечной точки – населенного пункта X"), however the parse hung it."""
    n = len(sent.tokens)
    if k + 1 < n and sent.tokens[k + 1].text in DASHES:
        beside = (sent.name_at(j, *PLACES) for j in range(k + 2, min(k + 6, n)))
        named = next((b for b in beside if b is not None), None)
        if named is not None:
            return named
    return _place(sent, k)


def _adjective(sent: Sent, i: int) -> bool:
    """A country's or city's adjective; a capitalised word inside the sentence is a name the
    tagger took for one ("Между Благовещенском и ...")."""
    token = sent.tokens[i]
    return token.pos == "ADJ" and (i == 0 or not token.text[:1].isupper())


def verb_places(
    sent: Sent, head: int, cls: str, span: tuple[int, int] | None = None
) -> tuple[list[Mention], list[Mention]]:
    """(places where the object is, places it connects) from its verbs."""
    places: list[Mention] = []
    connects: list[Mention] = []
    for verb in verbs_of(sent, head, span):
        where, ends = read_verb(sent, verb, cls in LINEAR)
        places += where
        connects += ends
    return places, connects


def read_verb(sent: Sent, verb: int, linear: bool) -> tuple[list[Mention], list[Mention]]:
    """(where, what it connects) as the dependents of one route verb say."""
    places: list[Mention] = []
    connects: list[Mention] = []
    lemma = sent.lemma(verb)
    if lemma in CONNECT:
        ends = [k for k in objects(sent, verb) if not _is_relative(sent, k)]
        ends += [k for _, k in obliques(sent, verb, "с", "между")]
        # "соединяющей Персидский залив с Черным морем": the parse may hang the other end
        # on the first
        ends += [c for k in ends for c in children(sent, k, "nmod") if preposition(sent, c) == "с"]
        connects += _mentions(sent, ends)
        connects += _where_an_end_is(sent, verb, ends)
    if lemma in REACH and linear:
        # "должна достигнуть конечной точки – города X": what a route reaches is an end
        reached = (_reached(sent, k) for k in children(sent, verb, "obj", "iobj"))
        connects += [n.mention for n in reached if n is not None]
    arguments = list(obliques(sent, verb))
    head = sent.tokens[verb].head
    if sent.tokens[verb].rel == "xcomp" and head >= 0:
        # "в Казахстане планируют построить дорогу": the place hangs on the verb of intent
        arguments += [(p, k) for p, k in obliques(sent, head) if p in {"в", "на"}]
    if linear and lemma in LAY:
        # "грузы из Китая идут в Европу": the source may hang on what travels
        for subject in children(sent, verb, "nsubj", "nsubj:pass"):
            arguments += obliques(sent, subject, "из", "от")
    for prep, k in arguments:
        where = _place(sent, k)
        if where is None:
            continue
        case = sent.tokens[k].feat("Case")
        noun = sent.lemma(k)
        if lemma in STAND:
            if prep in {"в", "на"} and case == "Loc":
                places.append(where.mention)
            continue
        # "через города Герат и Кандагар": every place of a list is a way or an end
        every = _listed(sent, where)
        # "пройдет с западной границы Туркменистана": "с" with the genitive is "from"
        start = prep == "с" and case == "Gen" and linear and lemma in LAY
        if prep in END_PREPOSITIONS or prep == "между" or start:
            connects += every
        elif prep == "через" and linear and where.mention.kind == "water":
            places.append(where.mention)  # "кабель через Черное море" lies in the sea
        elif prep == "через" or (prep == "по" and noun in TRANSIT_NOUNS):
            (connects if linear else places).extend(every if linear else [where.mention])
        elif prep in {"в", "на"} and lemma in ENDS:
            connects += every
        elif prep in {"в", "на"} and lemma in CONNECT:
            continue  # "соединит Кашгар с портом Гвадар на побережье ...": where the end is
        elif prep in {"в", "на"} and case == "Acc" and linear and noun not in WHERE_NOUNS:
            connects += every  # "ведущий в город Ыгдыр"
        elif prep in {"в", "на", "по"} and (case == "Loc" or noun in WHERE_NOUNS):
            places.append(where.mention)
    if linear and lemma in LAY:
        connects += _further(sent)
    return places, connects


def _where_an_end_is(sent: Sent, verb: int, ends: list[int]) -> list[Mention]:
    """ "соединяет систему Турции с запасами газа в России": a place in the locative right
    after an end names that end, wherever the parse hung it."""
    out: list[Mention] = []
    for k in ends:
        if _place(sent, k) is not None:
            continue
        last = subtree(sent, k)[1]
        named = sent.name_at(last + 1, *PLACES) if sent.lemma(last) in {"в", "на"} else None
        if named is None or sent.tokens[named.first].head not in {verb, k}:
            continue
        if sent.tokens[named.first].feat("Case") == "Loc":
            out.append(named.mention)
    return out


def _listed(sent: Sent, where: Named) -> list[Mention]:
    """A place and the places coordinated with it ("провинции Фарах, Гильменд и Кандагар")."""
    out = [where.mention]
    for other in conjuncts(sent, where.first):
        # "между Благовещенском и городом Хэйхэ": the name after a kind of place
        named = _place(sent, other) if other != where.first else None
        if named is not None:
            out.append(named.mention)
    return out


def _further(sent: Sent) -> list[Mention]:
    """ "... и далее — в Пакистан и Индию": the route goes on, whatever the parse made of it."""
    out: list[Mention] = []
    n = len(sent.tokens)
    for i, token in enumerate(sent.tokens):
        if token.lemma != "далее":
            continue
        j = i + 1
        while j < n and sent.tokens[j].text in {"—", "–", "-", ","}:
            j += 1
        if sent.lemma(j) not in TOWARDS:
            continue
        j += 1
        while j < n:
            named = sent.name_at(j, *PLACES)
            if named is None and sent.tokens[j].pos == "ADJ":
                j += 1
                continue
            if named is None:
                break
            out.append(named.mention)
            j = named.last
            if sent.lemma(j) not in {"и", ","}:
                break
            j += 2 if sent.lemma(j + 1) in TOWARDS else 1
    return out


def _both_sides(sent: Sent, k: int) -> list[Mention]:
    """ "соединит страны", "связывающей две страны", "обе страны": the countries the
    sentence names, when it names two or more; never guessed from further away."""
    token = sent.tokens[k]
    if sent.lemma(k) not in {"страна", "государство"}:
        return []
    counted = any(sent.lemma(c) in {"два", "оба"} for c in children(sent, k))
    if token.feat("Number") != "Plur" and not counted:
        return []
    found: list[Mention] = []
    for named in sent.names_of("country"):
        if named.mention.key not in {m.key for m in found}:
            found.append(named.mention)
    return found if len(found) >= 2 else []


def _is_relative(sent: Sent, k: int) -> bool:
    return sent.lemma(k) == "который"


def _mentions(sent: Sent, words: Iterable[int]) -> list[Mention]:
    """The places of arguments and of what is coordinated with them ("энергосистемы
    Таджикистана и Узбекистана" -> both)."""
    out = []
    for k in words:
        for c in conjuncts(sent, k):
            where = _place(sent, c)
            if where is None:
                out += [m for m in _both_sides(sent, c) if m not in out]
                continue
            for other in conjuncts(sent, where.first):
                named = sent.name_at(other, *PLACES) if other != where.first else where
                if named is not None and named.mention not in out:
                    out.append(named.mention)
    return out


BUILDING = {"строительство", "создание", "прокладка", "возведение", "реконструкция"}
PROJECTS = {"проект", "реализация"}


def built_where(sent: Sent, head: int) -> list[Mention]:
    """ "В Афганистане возобновилось строительство дороги в Таджикистан": where the
    building of an object goes on is where the object is."""
    build = sent.tokens[head].head
    if build < 0 or sent.lemma(build) not in BUILDING:
        return []
    # "проект строительства терминала реализуют в порту Поти": the project of building
    seen = {build}
    while sent.tokens[build].rel == "nmod" and sent.lemma(sent.tokens[build].head) in PROJECTS:
        build = sent.tokens[build].head
        if build in seen:
            return []  # a loop the parse closed
        seen.add(build)
    verb = sent.tokens[build].head
    if verb < 0 or sent.tokens[build].rel not in {"nsubj", "nsubj:pass", "obj"}:
        return []
    out = []
    for _, k in obliques(sent, verb, "в", "на"):
        named = sent.name_at(k, *PLACES)
        if named is None and sent.lemma(k) == "порт":
            named = sent.name_at(k + 1, *PLACES)  # "в порту Поти": in the port's town
        if named is not None and sent.tokens[k].feat("Case") == "Loc":
            out.append(named.mention)
    return out
