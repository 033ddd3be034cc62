"""Flows of goods across clauses and sentences: the goods a flow's next sentence lists
("Речь идет прежде всего о пшенице, ячмене и мясе"), the flow back ("Обратно идут вагоны с
рудой"), and a clause whose verb a dash stands for ("..., Грузия – вино и сыр").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from ..records import Fact, Mention
from .context import Sent
from .goods import goods_after, goods_label, goods_mention

__all__ = ["find_elaborated", "gapped"]


def gapped(
    sent: Sent,
    lo: int,
    hi: int,
    stated: tuple[Mention, Mention | None, tuple[tuple[str, str], ...]],
) -> Iterable[Fact]:
    """ "Узбекистан поставляет в Таджикистан газ, Таджикистан – алюминий": a clause of a
    country, a dash for the verb, and goods, is a flow like the one just stated, from that
    country; to the first seller when it was the first buyer."""
    seller, buyer, status = stated
    country = sent.name_at(lo, "country")
    if country is None or country.last >= hi or sent.tokens[country.last].text not in {"–", "—"}:
        return
    start = country.last + 1
    spans = goods_after(sent, start, hi, sent.tokens[start].feat("Case") or "Acc")
    other = seller if buyer is not None and buyer.identity == country.mention.identity else buyer
    roles: list[tuple[str, Mention]] = [("exporter", country.mention)]
    if other is not None and other.identity != (country.mention.key or ""):
        roles.append(("importer", other))
    for first, last, shared in spans:
        good = goods_mention(sent, first, last, goods_label(sent, list(range(first, last)), shared))
        yield Fact(
            "export",
            (*roles, ("commodity", good)),
            status,
            (sent.index,),
            "export-goods-gapped",
            Decimal("0.7"),
        )


# "Речь идет прежде всего о пшенице, ячмене и мясе": the goods of the flow just named
ELABORATION = ("речь", "идти")


def find_elaborated(sent: Sent, flows: Sequence[Fact]) -> Iterable[Fact]:
    """The goods a sentence lists right after one that named a flow of goods: in general
    ("... увеличить импорт казахстанской сельскохозяйственной продукции. Речь идет прежде
    всего о пшенице, ячмене и мясе"), each a flow between the same countries; or the flow
    back ("Обратно идут вагоны с рудой и стеклом"), each a flow the other way."""
    if flows and _reversing(sent):
        yield from _reversed(sent, flows)
        return
    if not flows or [sent.lemma(i) for i in range(2)] != list(ELABORATION):
        return
    start = next((i for i in range(2, min(6, len(sent.tokens))) if sent.lemma(i) == "о"), None)
    if start is None:
        return
    flow = flows[0]
    roles = tuple((r, m) for r, m in flow.roles if r != "commodity")
    for first, last, shared in goods_after(sent, start + 1, len(sent.tokens), "Loc"):
        good = goods_mention(sent, first, last, goods_label(sent, list(range(first, last)), shared))
        yield Fact(
            "export",
            (*roles, ("commodity", good)),
            flow.values,
            (*flow.sentences, sent.index),
            "export-goods-listed",
            flow.confidence,
        )


# "Обратно идут ...", "В обратном направлении везут ...", "Взамен поставляются ..."
BACK = {"обратно", "взамен", "навстречу"}
# what carries goods rather than being them: "вагоны с рудой"
CARRIERS = {"вагон", "грузовик", "поезд", "состав", "фура", "судно", "танкер", "машина"}


def _reversing(sent: Sent) -> int | None:
    """The index after a sentence's opening words saying the flow goes back, if they do."""
    if sent.lemma(0) in BACK:
        return 1
    if sent.lemma(0) == "в" and sent.lemma(1) == "обратный":
        return 3
    return None


def _reversed(sent: Sent, flows: Sequence[Fact]) -> Iterable[Fact]:
    start = _reversing(sent) or 0
    spans: list[tuple[int, int, int | None]] = []
    for k in range(start, len(sent.tokens)):
        token = sent.tokens[k]
        if token.lemma == "с" and sent.lemma(k - 1) in CARRIERS:
            spans = goods_after(sent, k + 1, len(sent.tokens), "Ins")
        elif token.pos in {"NOUN", "ADJ"} and token.lemma not in CARRIERS:
            case = token.feat("Case") or "Nom"
            spans = goods_after(sent, k, len(sent.tokens), case)
        else:
            continue
        break
    seen: set[tuple[str, str]] = set()
    for flow in flows:
        exporter, importer = flow.role("exporter"), flow.role("importer")
        if not exporter or not importer or (exporter[0].label, importer[0].label) in seen:
            continue
        seen.add((exporter[0].label, importer[0].label))
        for first, last, shared in spans:
            label = goods_label(sent, list(range(first, last)), shared)
            yield Fact(
                "export",
                (
                    ("exporter", importer[0]),
                    ("importer", exporter[0]),
                    ("commodity", goods_mention(sent, first, last, label)),
                ),
                flow.values,
                (*flow.sentences, sent.index),
                "export-goods-back",
                flow.confidence,
            )
