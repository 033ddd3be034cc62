"""Goods exported or to be exported.

"Казахстан готов увеличить экспорт в Азербайджан ... как зерно, рис и ячмень";
"Армения намерена нарастить экспорт в Грузию коньяка и строительных материалов";
"поставок узбекской хлопковой пряжи" (the adjective names the exporter);
"импорт казахстанской продукции" (the subject imports). A sentence may hold several flows,
one per clause: "Россия увеличила поставки в Иран пшеницы, иранская сторона — экспорт в Россию
фруктов". Goods are the enumeration that follows the cue, or words of data/commodities.tsv.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal
from itertools import pairwise

from ..data.lexicon import lexicon
from ..nlp import nominative
from ..records import Fact, Mention
from .context import Named, Sent

__all__ = ["find_elaborated", "find_exports"]

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
}
IMPORT = {"импорт", "импортировать", "ввоз", "закупка", "закупать", "покупать"}
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
# heads that measure or qualify goods rather than name them
NOT_GOODS = {
    "объем",
    "рост",
    "число",
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
}
CLAUSE = {"а", "однако", "но"}


def _clauses(sent: Sent) -> list[tuple[int, int]]:
    """Token ranges split at ", а", ";" and dashes standing for a repeated verb."""
    cuts = [0]
    for i, token in enumerate(sent.tokens):
        if token.text == ";" or (
            token.lemma in CLAUSE and i > 0 and sent.tokens[i - 1].text == ","
        ):
            cuts.append(i)
        elif token.text in {"—", "–"} and sent.name_at(i + 1) is None:
            # "..., иранская — экспорт в Россию фруктов": the dash stands for the verb
            comma = max((j for j in range(cuts[-1], i) if sent.tokens[j].text == ","), default=None)
            if comma is not None:
                cuts.append(comma + 1)
    cuts.append(len(sent.tokens))
    cuts = sorted(set(cuts))
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _goods_after(sent: Sent, i: int, stop: int, case: str) -> list[tuple[int, int, int | None]]:
    """An enumeration of noun phrases in `case` starting at token i: "коньяка и строительных
    материалов" -> [(i, i+1, None), (i+2, i+4, None)]. An item of adjectives alone either
    shares the noun of the next ("молочных и кондитерских изделий": its third element is
    that noun's index) or stands for its noun ("цитрусовых"): the parser tells which."""
    out: list[tuple[int, int, int | None]] = []
    while i < stop:
        first = i
        while i < stop and sent.tokens[i].pos == "ADJ":
            i += 1
        if i > first and _ends_phrase(sent, i, stop) and sent.tokens[i - 1].feat("Case") == case:
            head = sent.tokens[i - 1].head
            shared = head > i and sent.tokens[i - 1].rel == "amod" and head < stop
            out.append((first, i, head if shared and sent.tokens[head].pos == "NOUN" else None))
        elif (
            i >= stop
            or sent.tokens[i].pos != "NOUN"
            or sent.tokens[i].feat("Case") != case
            or sent.tokens[i].lemma in NOT_GOODS
        ):
            break
        else:
            last = i + 1
            # a genitive tail: "продукция нефтехимии", "продукции металлургии"
            while (
                last < stop
                and sent.tokens[last].pos == "NOUN"
                and (sent.tokens[last].feat("Case") == "Gen" and case != "Gen")
            ):
                last += 1
            out.append((first, last, None))
            i = last
        if i < stop and sent.tokens[i].text == "," and sent.lemma(i + 1) in {"а", "но"}:
            break
        if i < stop and (sent.lemma(i) in {"и", "или"} or sent.tokens[i].text == ","):
            i += 1
            if sent.lemma(i) in {"также", "и"}:
                i += 1
            if sent.lemma(i - 1) == "а":
                break
            continue
        break
    return out


def _label(sent: Sent, words: list[int], shared: int | None) -> str:
    """The goods' name in the nominative, lower case (see _goods_after for `shared`)."""
    if shared is not None:
        return _with_noun(sent, words, shared).lower()
    first, last = words[0], words[-1] + 1
    label = sent.phrase(first, last).lower()
    if last - first == 1 and label == sent.tokens[first].text.lower() and sent.lemma(first):
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


def _ends_phrase(sent: Sent, i: int, stop: int) -> bool:
    """Nothing of a noun phrase at i: the enumeration goes on, or the clause ends."""
    return i >= stop or sent.lemma(i) in {"и", "или"} or sent.tokens[i].pos == "PUNCT"


def _lexicon_goods(sent: Sent, lo: int, hi: int) -> list[tuple[int, int, str]]:
    table = lexicon().commodities
    out = []
    i = lo
    while i < hi:
        pair = f"{sent.lemma(i)} {sent.lemma(i + 1)}"
        if i + 1 < hi and pair in table:
            out.append((i, i + 2, table[pair]))
            i += 2
            continue
        if sent.lemma(i) in table and sent.tokens[i].pos in {"NOUN", "ADJ"}:
            out.append((i, i + 1, table[sent.lemma(i)]))
        i += 1
    return out


def _country_in(sent: Sent, lo: int, hi: int) -> list[Named]:
    return [n for n in sent.names_of("country") if lo <= n.first and n.last <= hi]


def find_exports(sent: Sent) -> Iterable[Fact]:
    previous_subject: Mention | None = None
    for lo, hi in _clauses(sent):
        cue = next((i for i in range(lo, hi) if sent.lemma(i) in EXPORT | IMPORT), None)
        if cue is None:
            continue
        importing = sent.lemma(cue) in IMPORT
        countries = _country_in(sent, lo, hi)
        before = [n for n in countries if n.last <= cue]
        subject = before[-1].mention if before else previous_subject
        other: Mention | None = None
        j = cue + 1
        # "экспорт в Грузию", "поставки из Ирана"
        while j < hi and sent.lemma(j) in {"в", "из", "на"}:
            place = sent.name_at(j + 1, "country")
            if place is None:
                break
            if (sent.lemma(j) == "из") == importing:
                other = place.mention
            j = place.last
        verb = sent.tokens[cue].pos == "VERB"
        spans = _goods_after(sent, j, hi, "Acc" if verb else "Gen")
        if not spans and verb:
            spans = _goods_after(sent, j, hi, "Nom")
        if not spans and sent.lemma(j) in {"являться", "стать", "оставаться"}:
            # "статьями грузинского экспорта в Китай являются медная руда, вино и ..."
            spans = _goods_after(sent, j + 1, hi, "Nom")
        goods: list[Mention] = []
        origin: Mention | None = None
        for first, last, shared in spans:
            words = [k for k in range(first, last) if not _is_country_adj(sent, k)]
            adjective = [n for n in countries if first <= n.first < last]
            if adjective:
                origin = adjective[0].mention
            if not words:
                continue
            label = _label(sent, words, shared)
            goods.append(_mention(sent, words[0], words[-1] + 1, label))
        known = {g.label for g in goods}
        for first, last, label in _lexicon_goods(sent, lo, hi):
            if label not in known and not any(f <= first < la for f, la, _ in spans):
                goods.append(_mention(sent, first, last, label))
                known.add(label)
        after = [n for n in countries if n.first > cue and n.mention is not other]
        if origin is None and not importing:
            # "экспорт казахстанского зерна": the adjective of the cue or of the goods
            origin = next((n.mention for n in countries if n.last == cue), None)
        if importing:
            exporter = other or origin or (after[0].mention if after else None)
            importer = subject
        elif origin is not None and subject is not None and origin.key != subject.key:
            # "Турецкая сторона заинтересована в поставках узбекской пряжи"
            exporter, importer = origin, other or subject
        else:
            exporter = subject or origin
            importer = other or (after[0].mention if after else None)
        # an exporter carried over from the clause before is a guess worth keeping apart
        confidence = Decimal("0.8") if (before or origin or importing) else Decimal("0.45")
        previous_subject = subject
        if exporter is None or not goods:
            continue
        planned = any(t.lemma in PLANNED or t.feat("Tense") == "Fut" for t in sent.tokens[lo:hi])
        roles: list[tuple[str, Mention]] = [("exporter", exporter)]
        if importer is not None and importer.key != exporter.key:
            roles.append(("importer", importer))
        for good in goods:
            yield Fact(
                "export",
                (*roles, ("commodity", good)),
                (("status", "planned" if planned else "actual"),),
                (sent.index,),
                "export-goods",
                confidence,
            )


# "Речь идет прежде всего о пшенице, ячмене и мясе": the goods of the flow just named
ELABORATION = ("речь", "идти")


def find_elaborated(sent: Sent, flows: Sequence[Fact]) -> Iterable[Fact]:
    """The goods a sentence lists right after one that named a flow of goods in general
    ("... увеличить импорт казахстанской сельскохозяйственной продукции. Речь идет прежде
    всего о пшенице, ячмене и мясе"): each a flow between the same countries."""
    if not flows or [sent.lemma(i) for i in range(2)] != list(ELABORATION):
        return
    start = next((i for i in range(2, min(6, len(sent.tokens))) if sent.lemma(i) == "о"), None)
    if start is None:
        return
    flow = flows[0]
    roles = tuple((r, m) for r, m in flow.roles if r != "commodity")
    for first, last, shared in _goods_after(sent, start + 1, len(sent.tokens), "Loc"):
        good = _mention(sent, first, last, _label(sent, list(range(first, last)), shared))
        yield Fact(
            "export",
            (*roles, ("commodity", good)),
            flow.values,
            (*flow.sentences, sent.index),
            "export-goods-listed",
            flow.confidence,
        )


def _is_country_adj(sent: Sent, k: int) -> bool:
    return any(n.first <= k < n.last for n in sent.names_of("country"))


def _mention(sent: Sent, first: int, last: int, label: str) -> Mention:
    return Mention(
        "commodity", label, sent.index, sent.tokens[first].start, sent.tokens[last - 1].stop
    )
