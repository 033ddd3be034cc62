"""A leader is a president where the article speaks of presidents.

"Лидер" is no post: "российский лидер", "лидер Туркменистана" name a head of state by how
news speak of one. An article that calls someone "президент" anywhere ("президент ОАЭ",
"Президент вылетел в Ашхабад", "Господин президент") says at which level its leaders meet,
and its leaders are presidents; an article that never does leaves the post unsaid, and gives
no row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..records import Fact
from .context import Sent

__all__ = ["leaders_as_presidents"]

LEADER = "лидер"
PRESIDENT = "президент"


def _speaks_of_presidents(sents: Sequence[Sent]) -> bool:
    return any(sent.lemma(i) == PRESIDENT for sent in sents for i in range(len(sent.tokens)))


def leaders_as_presidents(posts: Sequence[Fact], sents: Sequence[Sent]) -> list[Fact]:
    """Each "лидер" post as "президент" where the article speaks of presidents, else none."""
    presidents: bool | None = None
    out = []
    for fact in posts:
        role = fact.role("role")[0] if fact.role("role") else None
        if role is None or role.label.lower() != LEADER:
            out.append(fact)
            continue
        if presidents is None:
            presidents = _speaks_of_presidents(sents)
        if not presidents:
            continue
        named = replace(role, label=PRESIDENT)
        roles = tuple((name, named if m is role else m) for name, m in fact.roles)
        out.append(replace(fact, roles=roles))
    return out
