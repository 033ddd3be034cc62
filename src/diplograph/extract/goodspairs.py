"""Goods that news name as one class by a pair of words: "фрукты и овощи" ("овощей и фруктов",
"плодоовощная продукция") is the one trade class of fresh produce, not two goods; "вина и
фруктов" stays two."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..records import Mention
from .context import Sent

__all__ = ["PAIRED", "paired_goods"]

PAIRED = "фрукты и овощи"
# the labels that together make one class
HALVES = {"фрукты", "овощи"}
JOINED = re.compile(r"\s*(?:и|,)\s*")


def paired_goods(sent: Sent, goods: Sequence[Mention]) -> list[Mention]:
    """The goods with each pair of halves told side by side ("фруктов и овощей") made one."""
    out: list[Mention] = []
    for good in goods:
        last = out[-1] if out else None
        if (
            last is not None
            and {last.label, good.label} == HALVES
            and last.sentence == good.sentence == sent.index
            and _between(sent, last, good)
        ):
            out[-1] = replace(last, label=PAIRED, stop=max(last.stop, good.stop))
            continue
        out.append(good)
    return out


def _between(sent: Sent, first: Mention, second: Mention) -> bool:
    lo, hi = sorted((first.stop, second.start))
    if lo > hi:
        return False
    gap = sent.text[lo - sent.start : hi - sent.start]
    return lo >= sent.start and JOINED.fullmatch(gap) is not None
