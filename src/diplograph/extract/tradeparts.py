"""Parts of a trade sentence that are no turnover of its countries: a one-way flow ("из них
экспорт – $300 млн"), and a region trading with a country ("товарооборот области с
Казахстаном")."""

from __future__ import annotations

from .bodies import body_at
from .context import Sent

__all__ = ["after_figure", "one_way", "regional"]

# one-way flows: "экспорт Турции в Иран составил $4 млрд" is no turnover of the pair
ONE_WAY = {"экспорт", "импорт", "ввоз", "вывоз"}
REGIONS = {"регион", "область", "край", "губерния", "провинция", "штат", "аймак"}
TRADE_NOUNS = {"оборот", "товарооборот", "торговля", "товарообмен"}


def after_figure(sent: Sent, first: int) -> int:
    """The token after the money starting at token `first`."""
    for money in sent.money:
        if sent.token_at(money.start) == first:
            return sent.token_at(money.stop)
    return first


def regional(sent: Sent) -> bool:
    """A region of a country named as a side: "с Рязанской областью", "между Беларусью и
    российским регионом" (a region word with its adjective or name), "поставок с Якутией"
    (a region of a federation, known by its name alone)."""
    words = [t.text.lower() for t in sent.tokens]
    return any(
        t.lemma in REGIONS
        and any(sent.tokens[c].rel in {"amod", "flat:name"} for c in _kids(sent, k))
        for k, t in enumerate(sent.tokens)
    ) or any(
        sent.lemma(n.first - 1) in {"с", "со"} and body_at(words, n.first, "regions.tsv")
        for n in sent.names
        if n.mention.kind != "country"
    )


def _kids(sent: Sent, k: int) -> list[int]:
    return [i for i, t in enumerate(sent.tokens) if t.head == k]


def one_way(sent: Sent, lo: int, first: int, about_trade: bool) -> bool:
    """The figure is an export or import alone: the flow word nearest before it is one
    ("из них экспорт – $300 млн"), or a sentence with no trade word names one anywhere
    ("$7 млрд из этой суммы пришлись на экспорт нефти")."""
    if not about_trade:
        return sent.has(*ONE_WAY)
    # "составил $300 млн, из которых $220 млн – экспорт": a part of the figure before it,
    # named by the flow after a dash
    stop = after_figure(sent, first)
    if sent.tokens[stop : stop + 1] and sent.tokens[stop].text == ".":
        stop += 1  # "220 млн долл. – экспорт"
    dash = sent.tokens[stop : stop + 1] and sent.tokens[stop].text in {"–", "—", "-"}
    if dash and sent.lemma(stop + 1) in ONE_WAY:
        return True
    # "свыше $27 млн из которых приходится на долю экспорта": the part the clause after names
    tail = []
    for token in sent.tokens[stop : stop + 8]:
        if token.text in {".", ",", ";", "–", "—"}:
            break
        tail.append(token.lemma)
    if "из" in tail and "который" in tail and ONE_WAY & set(tail):
        return True
    for i in range(first - 1, lo - 1, -1):
        if sent.tokens[i].lemma in ONE_WAY:
            return True
        if sent.tokens[i].lemma in TRADE_NOUNS:
            return False
    return False
