"""Goods named again by a general word and a word pointing back: "будет экспортировать свое
топливо", "этот продукт", "данное сырье" stand for the goods the flow before named."""

from __future__ import annotations

from collections.abc import Sequence

from ..data.lexicon import lexicon
from ..records import Fact, Mention
from .context import Sent

__all__ = ["points_back", "referred_goods", "told_goods"]

# general words that name goods already named
HYPERNYMS = {
    "топливо",
    "сырье",
    "продукция",
    "продукт",
    "энергоноситель",
    "напиток",
    "энергоресурс",
    "ресурс",
}
# words pointing back at them
POINTING = {"свой", "этот", "данный", "указанный", "тот"}


def referred_goods(sent: Sent, words: Sequence[int], told: Sequence[Mention]) -> bool:
    """The item's words are a general word for goods after a word pointing back ("свое
    топливо", "этот продукт"), and goods were told before it to stand for."""
    if not told or not words or sent.lemma(words[-1]) not in HYPERNYMS:
        return False
    k = words[0] - 1
    return sent.lemma(k) in POINTING or sent.lemma(words[0]) in POINTING


def told_goods(facts: Sequence[Fact]) -> list[Mention]:
    """The goods of flows, each label once, in order."""
    out: list[Mention] = []
    for fact in facts:
        for good in fact.role("commodity"):
            if good.label not in {g.label for g in out}:
                out.append(good)
    return out


def points_back(sent: Sent, words: Sequence[int]) -> bool:
    """ "импортеров этого напитка", "данной продукции": a word pointing back before goods
    words the table does not know names no goods of its own (what it points at does)."""
    if not words or sent.lemma(words[0] - 1) not in POINTING - {"свой"}:
        return False
    table = lexicon().commodities
    lemmas = [sent.lemma(k) for k in words]
    return not any(lemma in table for lemma in [*lemmas, " ".join(lemmas)])
