"""Which way a clause's flow goes when it names no buyer country: to a region or a market
(no row, or no buyer), or both ways between two countries ("взаимные поставки", "экспорт и
импорт")."""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Mention
from .context import Named, Sent
from .flowclauses import EXPORT, IMPORT
from .frames import children, conjuncts

__all__ = ["REGION", "directed", "market_end", "mutual", "region_partner"]

# a place that is no country, or a group of countries ("в страны Европы", "в регион"):
# the ontology's buyer is one country, so such a flow gives no row
REGION = "region"
REGIONS = {"страна", "регион", "государство", "континент"}
# where goods go to whoever buys there: a row with no buyer; other words after "в" and "на"
# ("в два раза", "на 20%") say no direction
MARKETS = {"рынок", "биржа"}


def directed(sent: Sent, cue: int, hi: int) -> str | None:
    """The head word of where the clause says the goods go, other than to a country ("в
    европейские страны", "на мировые рынки"): then no side is the buyer."""
    for k in range(cue + 1, hi - 1):
        if sent.tokens[k].text == ",":
            break  # "..., что вылилось в рост товарооборота" is another clause's direction
        if sent.lemma(k) not in {"в", "на"}:
            continue
        j = k + 1
        while j < hi and sent.tokens[j].pos == "ADJ":
            j += 1
        # a known country in the locative is where something is ("предприятия в Индонезии")
        if j >= hi or (sent.tokens[j].feat("Case") == "Loc" and sent.name_at(j, "country")):
            continue
        token = sent.tokens[j]
        toward_it = token.feat("Case") in {"Acc", None}  # "в Ташкенте" is where, not whither
        if toward_it and (token.pos == "PROPN" or token.lemma in REGIONS):
            return REGION
        if token.lemma in MARKETS:
            return token.lemma
    return None


def market_end(sent: Sent, j: int) -> int:
    """The word after "на мировой рынок", "на рынки" at j (where goods go), or 0."""
    if sent.lemma(j) not in {"в", "на"}:
        return 0
    k = j + 1
    while k < len(sent.tokens) and sent.tokens[k].pos == "ADJ":
        k += 1
    return k + 1 if sent.lemma(k) in MARKETS else 0


# words that make "страны" the two sides, not a region: "обе страны", "наших государств"
SIDES_WORDS = {"наш", "ваш", "оба", "два", "этот", "обе", "свой", "двух"}
PARTNER_CASES = {"с", "со", "у", "из", "в", "во", "на"}


def region_partner(sent: Sent, lo: int, hi: int, cue: int) -> bool:
    """The clause names the other side as a group of countries or a region, not a country:
    "у соседних стран", "с государствами Африки", "в страны ЕС": no one country buys or sells.
    The group hangs on the cue or a word the cue hangs on."""
    spine, k = set(), cue
    while 0 <= k < len(sent.tokens) and k not in spine:
        spine.add(k)
        k = sent.tokens[k].head
    for k in range(lo, hi):
        token = sent.tokens[k]
        if token.lemma not in REGIONS or token.feat("Number") != "Plur" or token.head not in spine:
            continue
        j = k - 1
        while j >= lo and sent.tokens[j].pos in {"ADJ", "DET", "NUM"}:
            if sent.lemma(j) in SIDES_WORDS:
                break
            j -= 1
        if j < lo or sent.lemma(j) not in PARTNER_CASES or sent.lemma(j) in SIDES_WORDS:
            continue
        # an adjective ("соседних", "третьих") or a place after ("Африки", "ЕС") says which
        following = sent.name_at(k + 1)
        said = j < k - 1 or (following is not None and following.mention.kind != "country")
        if said:
            return True
    return False


MUTUAL = {"взаимный", "обоюдный"}


def mutual(
    sent: Sent,
    cue: int,
    lo: int,
    hi: int,
    countries: Sequence[Named],
    sides: Sequence[Mention],
) -> list[tuple[Mention, Mention | None]]:
    """Both directions between two countries when the flow is mutual: "взаимные поставки",
    "экспорт и импорт" ("обе страны нарастят взаимные экспорт и импорт ..."). The countries
    are the two the clause names, else the article's two sides."""
    adjectives = {sent.lemma(k) for k in children(sent, cue, "amod")}
    # "экспорт и импорт": two nouns of one clause ("закупает ..., а поставляет ..." are two
    # flows, each stated)
    coordinated = {sent.lemma(k) for k in conjuncts(sent, cue) if lo <= k < hi}
    both_ways = (
        sent.tokens[cue].pos == "NOUN" and bool(coordinated & EXPORT) and bool(coordinated & IMPORT)
    )
    # "Россия и Китай поставляют друг другу": each to the other
    each_other = any(sent.lemma(k) == sent.lemma(k + 1) == "друг" for k in range(lo, hi - 1))
    if not (adjectives & MUTUAL or both_ways or each_other):
        return []
    named = list({n.mention.identity: n.mention for n in countries}.values())
    pair = named if len(named) == 2 else list(sides) if len(sides) == 2 else []
    if len(pair) != 2:
        return []
    a, b = pair
    return [(a, b), (b, a)]
