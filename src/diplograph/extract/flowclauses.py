"""Where a sentence's flows of goods begin and end, and which way they go: clauses cut at
", а", ";" and dashes standing for a verb, and within a clause at each further cue that has
its own goods ("Казахстан, кроме закупок зерна, ввозит из Китая станки": two flows); the
source and destinations a clause names.
"""

from __future__ import annotations

from itertools import pairwise

from ..records import Mention
from .context import Sent
from .goods import NOT_GOODS
from .goodswords import LISTED_HEADS

__all__ = [
    "CUES",
    "EXPORT",
    "GIVE",
    "IMPORT",
    "MOVE",
    "PLANNED",
    "RECEIVE",
    "TRANSIT",
    "flow_clauses",
    "flow_ends",
    "listed_after",
    "passed",
    "route",
    "toward",
]

EXPORT = {
    "экспорт",
    "экспортировать",
    "поставка",
    "поставлять",
    "поставить",
    "вывоз",
    "экспортный",
    "экспортер",
    "продавать",
    "поставляться",
    "экспортироваться",
    "продаваться",
    "поставщик",
    "отгрузка",
    "отгружать",
    "отгрузить",
}
IMPORT = {
    "импорт",
    "импортировать",
    "ввоз",
    "ввозить",
    "закупка",
    "закупать",
    "закупить",
    "покупать",
    "импортироваться",
    "импортер",
    "покупатель",
}
# goods carried through: an export only of the country whose goods they are ("транзит
# казахстанской нефти"); "транзит товаров" says no goods
TRANSIT = {"транзит", "транспортировать", "транспортировка", "прокачка", "прокачать"}
# goods carried or passed on, read like goods in transit: "дорога будет перевозить уголь из
# Монголии в Китай", "по ЛЭП будет передаваться электроэнергия из Таджикистана"
MOVE = {
    "перевозить",
    "перевезти",
    "перевозка",
    "доставить",
    "доставлять",
    "передаваться",
    "поступать",
    "поступить",
}
# goods given or sent: "передала Шри-Ланке 20 тысяч тонн риса", "направит в Монголию партию
# лекарств", "предоставит 2 млн доз вакцины"; an export only of goods the table knows or
# goods counted ("передать послание", "предоставить кредит" send none)
GIVE = {
    "передать",
    "передавать",
    "передача",
    "отправить",
    "отправлять",
    "отправка",
    "направить",
    "направлять",
    "направляться",
    "предоставить",
    "предоставлять",
}
# goods received: an import only from a country named as the source ("получает из Армении
# электроэнергию"); "получить кредит" moves no goods
RECEIVE = {"получать", "получить"}
PLANNED = {
    "готовый",
    "готов",
    "планировать",
    "намереваться",
    "намерен",
    "увеличить",
    "нарастить",
    "расширить",
    "начать",
    "рассматривать",
    "предложить",
    "стремиться",
    "возможность",
    "заинтересованность",
    "заинтересовать",
    "рассчитывать",
    "предлагать",
}
CLAUSE = {"а", "однако", "но"}


def _clauses(sent: Sent) -> list[tuple[int, int]]:
    """Token ranges split at ", а", ";" and dashes standing for a repeated verb."""
    cuts = [0]
    for i, token in enumerate(sent.tokens):
        # ", а также ...": the list goes on; ", а затем в Турцию": so does the way
        also = sent.lemma(i + 1) in {"также", "затем", "потом", "далее", "оттуда"}
        after_comma = i > 0 and sent.tokens[i - 1].text == ","
        if token.text == ";" or (
            after_comma and ((token.lemma in CLAUSE and not also) or _contrast(sent, i))
        ):
            cuts.append(i)
        elif (
            token.text in {"—", "–"}
            and sent.name_at(i + 1) is None
            # "и далее – в Китай" goes on along the way
            and sent.lemma(i - 1) not in {"далее", "дальше", "затем", "потом"}
            # "в Россию – 12 млн бутылок, Беларусь – ...": a figure of a listed country
            and _past_figure(sent, i, len(sent.tokens)) == i
            # "товары цветной металлургии — алюминий, ...": the dash says which goods
            and not _goods_named(sent, i)
        ):
            # "..., иранская — экспорт в Россию фруктов": the dash stands for the verb
            comma = max((j for j in range(cuts[-1], i) if sent.tokens[j].text == ","), default=None)
            if comma is not None:
                cuts.append(comma + 1)
    cuts.append(len(sent.tokens))
    cuts = sorted(set(cuts))
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _contrast(sent: Sent, i: int) -> bool:
    """ "..., в то время как экспорт Турции в Иран ...", "..., тогда как ...": a clause set
    against the one before, with its own flow."""
    words = [sent.tokens[k].text.lower() for k in range(i, min(i + 4, len(sent.tokens)))]
    return words == ["в", "то", "время", "как"] or words[:2] == ["тогда", "как"]


CUES = EXPORT | IMPORT | TRANSIT | MOVE | RECEIVE | GIVE


def flow_clauses(sent: Sent) -> list[tuple[int, int]]:
    """The clauses of `_clauses`, each cut again before every cue after its first that is
    not joined to the one before ("экспорт и импорт", "экспортных поставок" are one cue):
    "готовы нарастить экспорт угля в Китай и впредь увеличивать поставки стали" are two
    flows, the second taking the first's subject."""
    out: list[tuple[int, int]] = []
    for lo, hi in _clauses(sent):
        cues = [i for i in range(lo, hi) if sent.lemma(i) in CUES]
        starts = [lo]
        for before, k in pairwise(cues):
            between = {sent.lemma(j) for j in range(before + 1, k)}
            if not between or between <= {"и", "или"}:
                continue
            start = k
            while start - 1 > before and sent.tokens[start - 1].pos == "ADJ":
                start -= 1  # "российского импорта": the adjective names a side
            starts.append(_with_subject(sent, before, k, start))
        out += list(pairwise([*starts, hi]))
    return out


def _with_subject(sent: Sent, before: int, cue: int, start: int) -> int:
    """A verb cue's clause takes in its own subject and auxiliaries standing after the cue
    before: "поставки газа подразумевают, что Баку будет продавать свою нефть в Грузию"."""
    if sent.tokens[cue].pos != "VERB":
        return start
    for k in range(before + 1, cue):
        token = sent.tokens[k]
        if token.head == cue and token.rel in {"nsubj", "aux", "aux:pass", "nsubj:pass"}:
            return min(start, k)
    return start


def flow_ends(sent: Sent, lo: int, hi: int) -> tuple[Mention | None, Mention | None]:
    """(source, destination) of goods in a clause: "из Туркмении", "в Китай" (a direction,
    in the accusative), "для Бразилии", wherever they stand; "через Грузию" is the way,
    neither."""
    source = destination = None
    for i in range(lo, hi):
        place = sent.name_at(i + 1, "country")
        if place is None:
            continue
        if sent.lemma(i) == "из" and source is None:
            source = place.mention
        elif (
            sent.lemma(i) in {"в", "на"}
            and destination is None
            and sent.tokens[place.first].feat("Case") in {"Acc", None}
        ):
            destination = place.mention
        elif (
            sent.lemma(i) == "для"
            and destination is None
            and lo - 1 <= sent.tokens[place.first].head < hi
        ):
            # "поставщик удобрений для Бразилии": goods meant for a country, said of the cue
            # or of its goods
            destination = place.mention
    return source, destination


def toward(sent: Sent, i: int) -> bool:
    """A country named as a direction ("в Китай", "через Грузию"), not as a side."""
    if sent.lemma(i - 1) == "через":
        return True
    return sent.lemma(i - 1) in {"в", "на"} and sent.tokens[i].feat("Case") == "Acc"


def route(
    sent: Sent, lo: int, cue: int, destination: Mention | None
) -> tuple[Mention | None, Mention | None]:
    """ "из X в Y" before the cue: the source and, unless the clause gives one after the
    cue, the destination."""
    for i in range(lo, cue - 3):
        start = sent.name_at(i + 1, "country") if sent.lemma(i) == "из" else None
        if start is None or sent.lemma(start.last) not in {"в", "на"}:
            continue
        end = sent.name_at(start.last + 1, "country")
        if end is not None and end.last <= cue and toward(sent, end.first):
            return start.mention, destination or end.mention
    return None, destination


def listed_after(sent: Sent, destination: Mention, hi: int, case: str = "Acc") -> list[Mention]:
    """The countries listed after a destination: "в Казахстан, Туркменистан и далее – в
    Китай" -> Туркменистан, Китай."""
    named = next((n for n in sent.names_of("country") if n.mention is destination), None)
    if named is None:
        return []
    out: list[Mention] = []
    i = named.last
    joints = {",", "и", "а", "также", "далее", "затем", "потом", "оттуда", "-", "–", "—", "в", "на"}
    figured = False  # after "Россия – 119 тысяч тонн," the tagger may take any case
    while i < hi:
        past = _past_figure(sent, i, hi)
        figured, i = figured or past > i, past
        if i < hi and (sent.tokens[i].text.lower() in joints or sent.lemma(i) in joints):
            i += 1
            continue
        more = sent.name_at(i, "country")
        if more is None or passed(sent, i):
            break
        if not figured and sent.tokens[i].feat("Case") not in {case, None}:
            break
        out.append(more.mention)
        i = more.last
    return out


DASHES = {"-", "–", "—"}
# what a figure of goods counts, besides measures: "2 млн бутылок", "500 голов"
UNITS = {"бутылка", "голова", "штука", "единица", "вагон", "контейнер", "упаковка", "партия"}


def _goods_named(sent: Sent, dash: int) -> bool:
    """A kind of goods before a dash, with its genitive words: "товары цветной металлургии"."""
    k = dash - 1
    while k > dash - 4 and sent.tokens[k].feat("Case") == "Gen" and k > 0:
        k -= 1
    return sent.lemma(k) in LISTED_HEADS


def _past_figure(sent: Sent, i: int, hi: int) -> int:
    """Past a country's figure in a list: "Франция - на 20%, Литва - на 15%", "Россия – 119
    тысяч тонн, Китай – 55 тысяч тонн", "Иран (14 %)": the list goes on after it."""
    if i >= hi or sent.tokens[i].text not in DASHES | {"("}:
        return i
    end = next(
        (k for k in range(i + 1, min(hi, i + 8)) if sent.tokens[k].text in {",", ")", ";", "и"}),
        hi,
    )
    inside = sent.tokens[i + 1 : end]
    # only figures and what they count: "– 12 млн бутылок"; "– 100 тонн алюминия" names goods
    words = [t for t in inside if t.pos not in {"NUM", "SYM", "PUNCT", "ADP", "ADV"}]
    if not any(t.pos == "NUM" for t in inside) or any(
        t.lemma not in NOT_GOODS | UNITS for t in words
    ):
        return i
    return end + 1 if end < hi and sent.tokens[end].text == ")" else end


def passed(sent: Sent, i: int) -> bool:
    """A place the goods pass: "через Грузию", "по территории Грузии"."""
    if sent.lemma(i - 1) == "территория":
        i -= 1
    return sent.lemma(i - 1) in {"через", "по"}
