"""Countries listed as the buyers or suppliers of goods: "Среди импортеров казахского мёда –
Китай, Иран и Турция", "Основными покупателями станут Вьетнам и Лаос", "Ключевые поставщики
— Перу, Чили и Египет", "Третье место по импорту армянского коньяка занимает Беларусь".

Such a sentence names one side of a flow and often leaves the other and the goods to the
article: the goods are the ones the sentence names after the role word, else the goods of the
flow told last; the other side is the goods' country ("казахского"), else that flow's."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from ..records import Fact, Mention
from .context import Named, Sent
from .flowsides import country_run
from .goods import goods_after, goods_label, goods_mention

__all__ = ["find_partner_lists"]

BUYERS = {"импортер", "покупатель", "получатель", "страна-покупатель", "страна-импортер"}
SUPPLIERS = {"поставщик", "экспортер", "страна-поставщик", "страна-экспортер"}
# "место по импорту X": a ranking of the buyers of X
RANKED_BY = {"импорт", "ввоз", "закупка", "поставка", "экспорт"}
# how far the list may stand from its role word: the goods' phrase between
REACH = 8
# "поставщики хурмы в Россию", "покупатели зерна из Казахстана": the other side
DIRECTIONS = {"в", "во", "на", "из", "от"}


def find_partner_lists(
    sent: Sent, flows: Sequence[Fact], stated: Sequence[Fact] = ()
) -> Iterable[Fact]:
    """Flows of the countries a sentence lists as buyers or suppliers; `flows` are the
    article's flows told before it, the last of them the one a bare list goes on with;
    `stated` the flows the sentence's own verbs told."""
    for k in range(len(sent.tokens)):
        role = _role_at(sent, k)
        if role is None:
            continue
        listed = _listed(sent, k, role)
        if not listed:
            continue
        goods, other, values = _goods_and_side(sent, k, role, flows)
        if not goods or other is None:
            continue
        side = "exporter" if role == "importer" else "importer"
        # a flow the sentence's own verbs already told
        told = {m.identity for flow in stated for m in flow.role(role)}
        for country in listed:
            if country.identity == other.identity or country.identity in told:
                continue
            for good in goods:
                yield Fact(
                    "export",
                    ((side, other), (role, country), ("commodity", good)),
                    values,
                    (sent.index,),
                    "export-partner-list",
                    Decimal("0.7"),
                )
        return


def _role_at(sent: Sent, k: int) -> str | None:
    lemma = sent.lemma(k)
    if lemma in BUYERS:
        return "importer"
    if lemma in SUPPLIERS:
        return "exporter"
    ranked = any(sent.lemma(j) in RANKED_BY for j in range(k + 2, k + 5))
    if lemma == "место" and sent.lemma(k + 1) == "по" and ranked:
        return "importer"
    return None


def _nouns(sent: Sent) -> list[Named]:
    """Countries named by a noun, not by an adjective ("казахского мёда" names goods)."""
    return [n for n in sent.names_of("country") if sent.tokens[n.first].pos != "ADJ"]


def _headed(sent: Sent, named: Named) -> str:
    """The preposition before a country: "в Россию" is where goods go, not a partner listed."""
    return sent.lemma(named.first - 1) if sent.lemma(named.first - 1) in DIRECTIONS else ""


def _listed(sent: Sent, k: int, role: str) -> list[Mention]:
    nouns = [n for n in _nouns(sent) if not _headed(sent, n)]
    after = [n for n in nouns if k < n.first <= k + REACH]
    if sent.lemma(k) == "место":
        # "Украина занимает второе место по импорту ...": the one ranked, either side
        before = [n for n in nouns if k - REACH <= n.first < k]
        first = after[0] if after else (before[-1] if before else None)
        return [first.mention] if first is not None else []
    if not after:
        return []
    run = country_run(sent, after[0])
    return list({n.mention.identity: n.mention for n in run}.values())


def _goods_and_side(
    sent: Sent, k: int, role: str, flows: Sequence[Fact]
) -> tuple[list[Mention], Mention | None, tuple[tuple[str, str | Decimal], ...]]:
    start = k + 1
    if sent.lemma(k) == "место":
        start = next(j for j in range(k + 2, k + 5) if sent.lemma(j) in RANKED_BY) + 1
    spans = goods_after(sent, start, min(len(sent.tokens), start + REACH), "Gen")
    adjectives = {
        i
        for n in sent.names_of("country")
        if sent.tokens[n.first].pos == "ADJ"
        for i in range(n.first, n.last)
    }
    goods = []
    for first, last, shared in spans:
        words = [i for i in range(first, last) if i not in adjectives]
        if words:
            goods.append(goods_mention(sent, first, last, goods_label(sent, words, shared)))
    # the goods' country ("импортеров казахского мёда") or where they go or come from
    # ("поставщики хурмы в Россию")
    stop = spans[-1][1] if spans else start
    owner = next((n.mention for n in sent.names_of("country") if start <= n.first < stop), None)
    wanted = {"importer": ("из", "от"), "exporter": ("в", "во", "на")}[role]
    owner = owner or next(
        (
            n.mention
            for n in _nouns(sent)
            if k < n.first <= k + REACH and _headed(sent, n) in wanted
        ),
        None,
    )
    flow = flows[-1] if flows else None
    told = flow.role("exporter" if role == "importer" else "importer") if flow else []
    if owner is None and told:
        owner = told[0]
    if goods:
        return goods, owner, ()
    if flow is None:
        return [], None, ()
    return flow.role("commodity"), owner, flow.values
