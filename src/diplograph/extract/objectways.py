"""The way goods travel by a route: "поставки пойдут через Грузию по трубопроводу X".

A route word with "по" says what carries the goods; "через" beside it in the same clause,
on the same verb or set beside the route, names a land the route passes, and so one it
connects.
"""

from __future__ import annotations

from ..records import Mention
from .context import Sent
from .frames import children, conjuncts, preposition
from .routes import PLACES

__all__ = ["passed_beside"]


def passed_beside(sent: Sent, head: int) -> list[Mention]:
    """The places of "через X" beside a route word governed by "по"."""
    if preposition(sent, head) != "по":
        return []
    token = sent.tokens[head]
    candidates = [token.head] if token.head >= 0 else []
    if token.head >= 0:
        candidates += [k for k in children(sent, token.head) if k != head]
    out: list[Mention] = []
    for k in candidates:
        if preposition(sent, k) != "через":
            continue
        for c in conjuncts(sent, k):
            named = sent.name_at(c, *PLACES)
            if named is not None and named.mention not in out:
                out.append(named.mention)
    return out
