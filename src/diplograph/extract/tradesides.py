"""The two countries a trade figure with no country of its own belongs to.

A short report names each side once ("министр Узбекистана встретился с послом Казахстана"),
so no country is named twice and the article has no main pair; when it names exactly two
countries, those are the sides of a figure that names none.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Mention
from .context import Sent

__all__ = ["the_two_before", "trade_sides"]


def trade_sides(sents: Sequence[Sent], main: Sequence[Mention]) -> list[Mention]:
    if len(main) >= 2:
        return list(main)
    seen: dict[str, Mention] = {}
    for sent in sents:
        for named in sent.names_of("country"):
            seen.setdefault(named.mention.identity, named.mention)
    return list(seen.values()) if len(seen) == 2 else list(main)


# "между двумя странами", "двух государств", "обеих стран": the pair just named
PAIRED = {"два", "оба", "обе"}
STATES = {"страна", "государство"}


def the_two_before(sent: Sent, before: Sent | None) -> list[Mention]:
    """ "Основным партнером Таджикистана является Россия. Товарооборот между двумя странами
    составил ...": the two countries of the sentence before are the figure's sides."""
    if before is None or not any(
        t.lemma in STATES and any(u.head == k and u.lemma in PAIRED for u in sent.tokens)
        for k, t in enumerate(sent.tokens)
    ):
        return []
    seen: dict[str, Mention] = {}
    for named in before.names_of("country"):
        seen.setdefault(named.mention.identity, named.mention)
    return list(seen.values()) if len(seen) == 2 else []
