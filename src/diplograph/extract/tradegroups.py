"""Trade with a group, not a country: "наш товарооборот со странами региона достиг $30
млрд", "торговля с государствами союза выросла до ...". The figure's trade word has its
partner in "с" and the instrumental plural of a word for countries in general: the figure is
a country's trade with many, never one between two countries."""

from __future__ import annotations

from .context import Sent

__all__ = ["with_group"]

TRADE_NOUNS = {"оборот", "товарооборот", "торговля", "товарообмен"}
GROUPS = {"страна", "государство", "партнер", "регион", "член"}


def with_group(sent: Sent, lo: int, first: int) -> bool:
    """The trade word nearest before the figure at token `first` (after `lo`) trades with a
    group of countries."""
    noun = next((k for k in range(first - 1, lo - 1, -1) if sent.lemma(k) in TRADE_NOUNS), None)
    if noun is None:
        return False
    return any(
        t.head == noun
        and t.lemma in GROUPS
        and t.feat("Number") == "Plur"
        and t.feat("Case") == "Ins"
        and sent.lemma(k - 1) == "с"
        for k, t in enumerate(sent.tokens)
    )
