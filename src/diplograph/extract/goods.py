"""Goods as a text lists them: noun phrases in one case, joined by commas and "и".

"коньяка и строительных материалов" -> "коньяк", "строительные материалы"; "молочных и
кондитерских изделий" -> two kinds of изделия; "цитрусовых" stands for its noun; ", а также
продукции металлургии" goes on with the list, ", а" alone starts another clause.
"""

from __future__ import annotations

from dataclasses import replace

from ..data.lexicon import lexicon
from ..nlp import nominative
from ..records import Mention
from .context import Sent
from .goodswords import (
    BACK,
    LISTED_HEADS,
    VAGUE_ADJECTIVES,
    adjectival,
    adjective_lemma,
    agreeing_noun,
    dash_after,
    generic_goods,
    namely,
    owner,
)
from .measures import past_measure

__all__ = [
    "NOT_GOODS",
    "generic_goods",
    "goods_after",
    "goods_label",
    "goods_mention",
    "lexicon_goods",
]

# heads that measure or qualify goods rather than name them
NOT_GOODS = {
    "объем",
    "рост",
    "число",
    "количество",
    "излишек",
    "избыток",
    "партия",
    "доза",
    # aid names no goods; what it includes does ("помощи, включающей медикаменты")
    "помощь",
    "доля",
    "часть",
    "основа",
    "сторона",
    "страна",
    "рынок",
    "партнер",
    "схема",
    "обмен",
    "процедура",
    "сертификация",
    "год",
    "месяц",
    "тонна",
    "млн",
    "млрд",
    "тысяча",
    # abbreviated and other measures: "500 тыс. тонн пшеницы" supplies wheat
    "тыс",
    "кг",
    "килограмм",
    "кубометр",
    "баррель",
    "литр",
    "миллион",
    "миллиард",
    "доллар",
    "евро",
    "процент",
    "цена",
    "стоимость",
    "сумма",
    "позиция",
    "номенклатура",
    "ассортимент",
    "товарооборот",
    "торговля",
    "увеличение",
    "рамка",
    "товар",
    "груз",
    "услуга",
    "потенциал",
    "возможность",
    "направление",
    "показатель",
    "место",
    # works done, not goods sent: "поставок техники, модернизации и строительства"
    "модернизация",
    "строительство",
    "ремонт",
    "обслуживание",
    "развитие",
    "создание",
    "реконструкция",
    "обучение",
    "подготовка",
    # what a country shares or lends, not goods: "экспортировать свой опыт", "капитал"
    "опыт",
    "знание",
    "капитал",
    "инвестиция",
    "кредит",
    "грант",
    "средство",
    "специалист",
    "кадр",
    "компетенция",
}


def goods_after(sent: Sent, i: int, stop: int, case: str) -> list[tuple[int, int, int | None]]:
    """An enumeration of noun phrases in `case` starting at token i: "коньяка и строительных
    материалов" -> [(i, i+1, None), (i+2, i+4, None)]. An item of adjectives alone either
    shares the noun of the next ("молочных и кондитерских изделий": its third element is
    that noun's index) or stands for its noun ("цитрусовых"): the parser tells which."""
    out: list[tuple[int, int, int | None]] = []
    while i < stop:
        size, back = len(out), False
        while i < stop and owner(sent, i) and not _ends_phrase(sent, i + 1, stop):
            back = back or sent.lemma(i) in BACK
            i += 1  # "ваших традиционных товаров": the determiner says no goods
        first = i
        while i < stop and adjectival(sent, i):
            i += 1
        if i > first and _ends_phrase(sent, i, stop) and sent.tokens[i - 1].feat("Case") == case:
            head = sent.tokens[i - 1].head
            shared = head > i and sent.tokens[i - 1].rel == "amod" and head < stop
            if not (shared and sent.tokens[head].pos == "NOUN"):
                # "подсолнечное и соевое масло" parsed as two items: a singular adjective
                # shares the noun of the next item it agrees with
                head, shared = agreeing_noun(sent, i - 1, stop)
            out.append((first, i, head if shared and sent.tokens[head].pos == "NOUN" else None))
        elif _counting(sent, i, stop) and all(
            sent.lemma(k) in VAGUE_ADJECTIVES for k in range(first, i)
        ):
            # "различных видов сельскохозяйственной техники": the adjectives count too
            # "ряда наименований сельскохозяйственной продукции": the goods are the genitive
            i, case = i + 1, "Gen"
            continue
        elif (
            sent.lemma(i) in COUNTING
            and i > first
            and all(sent.lemma(k) in VAGUE_ADJECTIVES for k in range(first, i))
            and sent.tokens[i + 1 if i + 1 < stop else i].pos in {"NOUN", "ADJ"}
            and i + 1 < stop
        ):
            i += 1  # "разного вида насосы": the kind's words say no goods
            continue
        elif i < stop and sent.lemma(i) in LISTED_HEADS and dash_after(sent, _tail(sent, i), stop):
            # "традиционных товаров – шерсти, кашемира", "товары цветной металлургии —
            # алюминий, ...": the goods are the list after the dash
            i = dash_after(sent, _tail(sent, i), stop)
            # the list after the dash may stand in the nominative ("товары – алюминий, хлопок")
            case = sent.tokens[i].feat("Case") or case if out else case
            continue
        elif (
            i >= stop
            or sent.tokens[i].pos != "NOUN"
            or not _in_case(sent, i, case, bool(out))
            or sent.tokens[i].lemma in NOT_GOODS
        ):
            break
        else:
            last = i + 1
            # a genitive tail: "продукция нефтехимии", "продукции металлургии"
            while last < stop:
                # "продукцию тяжелой промышленности": adjectives before a genitive noun
                noun = last
                while noun < stop and adjectival(sent, noun) and _genitive(sent, noun):
                    noun += 1
                if not (
                    noun < stop
                    and (sent.tokens[noun].pos == "NOUN" or _sector(sent, noun))
                    and _genitive(sent, noun)
                    # in a list of genitives, only a word the parse hangs on this item
                    and (case != "Gen" or first <= sent.tokens[noun].head < last)
                    and sent.tokens[noun].rel != "conj"
                ):
                    break
                last = noun + 1
            noun, shared = agreeing_noun(sent, i, stop) if last == i + 1 else (-1, False)
            # "подсолнечное" tagged a noun before "и рапсовое масло": an adjective still
            out.append((first, last, noun if shared and adjective_lemma(sent, i) else None))
            i = last
        if back and size:
            del out[size:]  # "масла и его фракций": a part of the goods just named
        if len(out) > size:
            i = _past_figures(sent, i, stop)  # "мясопродукты (82%), молокопродукты (11%)"
        singled = namely(sent, i + 1) if i < stop and sent.tokens[i].text == "," else 0
        if singled and out:
            # "продовольствия, прежде всего подсолнечного масла": the goods meant are the
            # ones the list names next, not the kind before them
            out.pop()
            i += 1 + singled
            # the tagger may miss the case of a word after them ("в первую очередь виноград")
            case = sent.tokens[i].feat("Case") or case if i < stop else case
            continue
        including = [sent.lemma(i + k) for k in (1, 2, 3)] == ["в", "тот", "число"]
        if out and i < stop and sent.tokens[i].text == "," and including:
            # "мясо-молочной продукции, в том числе говядины, сыров": the kind and each
            # of its goods named
            i += 4
            case = sent.tokens[i].feat("Case") or case if i < stop else case
            continue
        also = sent.lemma(i + 1) == "а" and sent.lemma(i + 2) == "также"
        if (
            i < stop
            and sent.tokens[i].text == ","
            and sent.lemma(i + 1) in {"а", "но"}
            and not also
        ):
            break
        if also and sent.tokens[i].text == ",":
            i += 3  # ", а также продукции металлургии": the list goes on
            continue
        if i < stop and (sent.lemma(i) in {"и", "или"} or sent.tokens[i].text == ","):
            i += 1
            if sent.lemma(i) in {"также", "и"}:
                i += 1
            if sent.lemma(i - 1) == "а":
                break
            if case == "Gen" and out:
                # "38 тысяч тонн нектаринов, 25 тысяч тонн томатов": each item measured
                i = past_measure(sent, i, stop)
            continue
        break
    return out


def goods_label(sent: Sent, words: list[int], shared: int | None) -> str:
    """The goods' name in the nominative, lower case (see goods_after for `shared`)."""
    if shared is not None:
        return _with_noun(sent, words, shared).lower()
    first, last = words[0], words[-1] + 1
    label = sent.phrase(first, last).lower()
    token = sent.tokens[first]
    # a plural object or subject is already nominative in form: "поставлять локомотивы",
    # "основу экспорта составляют тракторы"
    plural_object = token.feat("Case") in {"Acc", "Nom"} and token.feat("Number") == "Plur"
    if (
        last - first == 1
        and label == token.text.lower()
        and sent.lemma(first)
        and not plural_object
    ):
        # one word the dictionary could not inflect with the tagger's number ("ячмене" taken
        # for a plural, "сухофруктов" for a singular): its lemma is its nominative
        return sent.lemma(first)
    return label


def _with_noun(sent: Sent, words: list[int], noun: int) -> str:
    """ "молочных" sharing "изделий" -> "молочные изделия": the adjectives and the noun as
    one phrase in the nominative, as if they stood together."""
    tokens = [sent.tokens[k] for k in (*words, noun)]
    first, last = words[0], words[0] + len(tokens) - 1
    # the adjectives take the noun's gender and number, which the tagger could not see
    agree = dict(tokens[-1].feats)
    together = []
    for k, token in enumerate(tokens):
        start = tokens[0].start + sum(len(t.text) + 1 for t in tokens[:k])
        head, feats = token.head, token.feats
        if k < len(tokens) - 1:
            head = last
            own = dict(feats)
            own.update((key, agree[key]) for key in ("Gender", "Number") if key in agree)
            if "Gender" not in agree or own.get("Number") == "Plur":
                own.pop("Gender", None)  # a plural adjective has no gender
            feats = tuple(sorted(own.items()))
        together.append(
            replace(token, start=start, stop=start + len(token.text), head=head, feats=feats)
        )
    return nominative(together, first)


def _genitive(sent: Sent, i: int) -> bool:
    return sent.tokens[i].feat("Case") == "Gen"


def _sector(sent: Sent, i: int) -> bool:
    """A name that can say whose goods they are ("продукции АПК", "продукция КамАЗа"), not
    where they come from (a place is the flow's side)."""
    named = sent.name_at(i)
    return sent.tokens[i].pos == "PROPN" and (named is None or named.mention.kind == "org")


# nouns that count kinds of goods rather than name them
COUNTING = {"ряд", "наименование", "вид", "линейка", "спектр", "гамма"}


def _counting(sent: Sent, i: int, stop: int) -> bool:
    """A counting noun followed by the goods in the genitive ("ряд видов техники")."""
    if sent.lemma(i) not in COUNTING or i + 1 >= stop:
        return False
    following = sent.tokens[i + 1]
    return following.feat("Case") == "Gen" and following.pos in {"NOUN", "ADJ"}


def _in_case(sent: Sent, i: int, case: str, listed: bool) -> bool:
    """The noun at i is in `case`, or is coordinated with the items before it: the tagger
    may miss the case of a later item ("уголь, газ, минеральные воды")."""
    token = sent.tokens[i]
    return token.feat("Case") == case or (listed and token.rel == "conj")


def _ends_phrase(sent: Sent, i: int, stop: int) -> bool:
    """Nothing of a noun phrase at i: the enumeration goes on, or the clause ends."""
    return i >= stop or sent.lemma(i) in {"и", "или"} or sent.tokens[i].pos == "PUNCT"


def _tail(sent: Sent, i: int) -> int:
    """Past the genitive words after a head: "товары цветной металлургии"."""
    j = i + 1
    while j < len(sent.tokens) and j < i + 4 and _genitive(sent, j):
        j += 1
    return j


def _past_figures(sent: Sent, i: int, stop: int) -> int:
    """Past a bracket of figures after an item ("(82,2%)", "(15 тыс. тонн)"): its share or
    amount, which goes on with the list; a bracket with words in it is left alone."""
    if i >= stop or sent.tokens[i].text != "(":
        return i
    for k in range(i + 1, min(stop, i + 8)):
        token = sent.tokens[k]
        if token.text == ")":
            return k + 1
        if token.pos not in {"NUM", "SYM", "PUNCT"} and token.lemma not in NOT_GOODS:
            return i
    return i


def lexicon_goods(sent: Sent, lo: int, hi: int) -> list[tuple[int, int, str]]:
    table = lexicon().commodities
    out = []
    i = lo
    while i < hi:
        pair = f"{sent.lemma(i)} {sent.lemma(i + 1)}"
        if i + 1 < hi and pair in table:
            out.append((i, i + 2, table[pair]))
            i += 2
            continue
        # "ГСМ": an abbreviation the tagger takes for a name, no place or body
        pos = sent.tokens[i].pos
        tagged = pos in {"NOUN", "ADJ"} or (pos == "PROPN" and sent.name_at(i) is None)
        if sent.lemma(i) in table and tagged:
            out.append((i, i + 1, table[sent.lemma(i)]))
        i += 1
    return out


def goods_mention(sent: Sent, first: int, last: int, label: str) -> Mention:
    return Mention(
        "commodity", label, sent.index, sent.tokens[first].start, sent.tokens[last - 1].stop
    )
