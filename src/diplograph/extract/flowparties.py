"""Who sells and who buys around a flow cue: the countries at, before and after it, a list
that goes on from a group ("странам, таким как ..."), a denial, an exchange."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from ..data.lexicon import lexicon
from ..records import Fact, Mention
from .context import Named, Sent
from .flowclauses import (
    listed_after,
    toward,
)
from .flowpairs import REGIONS
from .flowsides import country_run
from .frames import subtree
from .goods import (
    goods_after,
    goods_label,
    goods_mention,
)
from .measures import MEASURES


def _dative_country(sent: Sent, j: int) -> Mention | None:
    """A country in the dative, the parse aside: "продает Кыргызстану уголь"."""
    named = sent.name_at(j, "country")
    if named is None or sent.tokens[j].feat("Case") != "Dat" or sent.tokens[j].pos == "ADJ":
        return None
    return named.mention


def _owns(sent: Sent, named: Named) -> bool:
    """A country named right before a cue says whose flow it is ("казахстанский экспорт"),
    unless it is one of the cue verb's subjects ("Бразилия и Аргентина экспортируют")."""
    return sent.tokens[named.last - 1].rel not in {"nsubj", "conj", "nsubj:pass"}


def _country_at(sent: Sent, k: int) -> Mention | None:
    """The country a word or its phrase names: "Кыргызстану", "ЖД Грузии", "пакистанским
    партнерам", "казахские компании"."""
    first, last = subtree(sent, k)
    inside = [n for n in sent.names_of("country") if first <= n.first < last]
    own = next((n for n in inside if n.first == k), None)
    chosen = own or (inside[0] if inside else None)
    return chosen.mention if chosen is not None else None


def _in_return(sent: Sent, lo: int, cue: int) -> bool:
    """ "а взамен получает", "в обмен получает": goods received back."""
    words = [sent.lemma(k) for k in range(lo, cue)]
    return "взамен" in words or "обмен" in words


def _exchanged(sent: Sent, lo: int, hi: int) -> list[Mention]:
    """The goods of "в обмен на электроэнергию", "взамен на зерно" in a clause."""
    for k in range(lo, hi - 2):
        if sent.lemma(k) in {"обмен", "взамен"} and sent.lemma(k + 1) == "на":
            table = lexicon().commodities
            found = goods_after(sent, k + 2, hi, "Acc")
            out = []
            for first, last, shared in found:
                words = [n for n in range(first, last) if not _is_country_adj(sent, n)]
                label = goods_label(sent, words, shared) if words else ""
                if label in table.values():
                    out.append(goods_mention(sent, words[0], words[-1] + 1, label))
            return out
    return []


# objects of "поставить" that are set, not sent
SET_NOT_SENT = {"подпись", "задача", "цель", "вопрос", "рекорд", "точка", "условие", "диагноз"}


def _denied(sent: Sent, cue: int) -> bool:
    """ "не будут поставлять", "не будет осуществлять поставки": "не" on the cue or on the
    verb its noun is the object of."""
    heads = [cue]
    if sent.tokens[cue].pos == "NOUN" and sent.tokens[cue].rel == "obj":
        heads.append(sent.tokens[cue].head)
    return any(
        sent.lemma(k) == "не" and sent.tokens[k].head in heads for k in range(max(0, cue - 6), cue)
    )


def _synonym(sent: Sent, words: list[int]) -> str | None:
    """The table's name of goods one word names by another name ("электричество" ->
    "электроэнергия"), else None."""
    lemma = sent.lemma(words[0])
    label = lexicon().commodities.get(lemma) if len(words) == 1 else None
    return label if label and not label.startswith(lemma[:-2]) else None


def _seller_before(
    flows: Sequence[Fact], goods: Sequence[Mention], buyer: Mention | None
) -> Mention | None:
    """The seller of a flow just before of the same goods, when it is not the buyer now."""
    labels = {g.label for g in goods}
    for flow in flows:
        sellers, bought = flow.role("exporter"), flow.role("commodity")
        if not sellers or not bought or bought[0].label not in labels:
            continue
        if buyer is None or sellers[0].identity != buyer.identity:
            return sellers[0]
    return None


def _countries_at(sent: Sent, k: int) -> list[Mention]:
    """The countries a dative names: "Кыргызстану", "странам региона, таким как Лаос и
    Непал" (each of the list), "Лаосу и Непалу"."""
    if sent.lemma(k) not in REGIONS:
        first = _country_at(sent, k)
        named = next((n for n in sent.names_of("country") if n.mention is first), None)
        return _list_from(sent, named) if named is not None else []
    # "странам региона, таким как Лаос": the parse may hang the list anywhere
    j = k + 1
    while j < len(sent.tokens) and sent.tokens[j].rel == "nmod" and sent.tokens[j].head == k:
        j += 1  # "странам континента"
    words = [sent.lemma(n) for n in range(j, min(j + 4, len(sent.tokens)))]
    for namely in SUCH_AS:
        if words[: len(namely)] == list(namely):
            return _list_from(sent, sent.name_at(j + len(namely), "country"))
    return []


def _list_from(sent: Sent, named: Named | None) -> list[Mention]:
    """Each country of the run that starts at ``named``, once."""
    out = [listed.mention for listed in country_run(sent, named)]
    return list({m.identity: m for m in out}.values())


# words that go on from a group of countries to the ones meant: "странам, таким как Лаос"
SUCH_AS = (
    (",", "такой", "как"),
    (",", "в", "тот", "число"),
    (",", "включая"),
    (",", "в", "частность"),
    (",", "прежде", "весь"),
)


def _counted(sent: Sent, first: int) -> bool:
    """Goods after a quantity: "20 тысяч тонн риса", "партию лекарств", "5 млн доз"."""
    k = first - 1
    return k >= 0 and (
        sent.tokens[k].pos == "NUM" or sent.lemma(k) in MEASURES or sent.tokens[k].text == "."
    )


def _sole_country(
    sent: Sent, earlier: Sequence[Mention], taken: set[Mention | None]
) -> Mention | None:
    """The one country the sentence names, those given to aside; when it names none, the one
    country the two sentences before name."""
    own = {m.identity for m in taken if m is not None}
    # a country the goods go to is no giver ("направлялся в Китай, а затем в Японию")
    ahead = [n.mention for n in sent.names_of("country") if toward(sent, n.first)]
    ahead += [m for n in ahead for m in listed_after(sent, n, len(sent.tokens))]
    own |= {m.identity for m in ahead}
    for named in ([n.mention for n in sent.names_of("country")], list(earlier)):
        found = {m.identity: m for m in named if m.identity not in own}
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _genitive_after(sent: Sent, cue: int) -> Named | None:
    """A country in the genitive right after a noun cue: "поставки РФ", "экспорт Ирана"."""
    if sent.tokens[cue].pos != "NOUN":
        return None
    named = sent.name_at(cue + 1, "country")
    if named is None or sent.tokens[named.first].pos == "ADJ":
        return None
    return named if sent.tokens[named.last - 1].feat("Case") == "Gen" else None


def _partner(country: Mention, pair: tuple[Mention, Mention | None] | None) -> Mention | None:
    """The other country of the flow before, when `country` was one of its two."""
    if pair is None or pair[1] is None:
        return None
    seller, buyer = pair[0], pair[1]
    own = country.identity
    if own == seller.identity:
        return buyer
    return seller if own == buyer.identity else None


def _other_side(exporter: Mention, sides: Sequence[Mention]) -> Mention | None:
    keys = [side.identity for side in sides]
    if len(sides) != 2 or exporter.identity not in keys:
        return None
    return sides[1 - keys.index(exporter.identity)]


def _is_country_adj(sent: Sent, k: int) -> bool:
    return any(n.first <= k < n.last for n in sent.names_of("country"))


def _facts(
    sent: Sent,
    pairs: Sequence[tuple[Mention, Mention | None]],
    goods: Sequence[Mention],
    status: tuple[tuple[str, str], ...],
) -> Iterable[Fact]:
    for seller, buyer in pairs:
        roles: list[tuple[str, Mention]] = [("exporter", seller)]
        if buyer is not None:
            roles.append(("importer", buyer))
        for good in goods:
            yield Fact(
                "export",
                (*roles, ("commodity", good)),
                status,
                (sent.index,),
                "export-goods",
                # as sure when the exporter is carried over from the clause before: the
                # clauses share their subject ("сторона передаст ..., а также предлагает
                # расширить поставки ...")
                Decimal("0.8"),
            )
