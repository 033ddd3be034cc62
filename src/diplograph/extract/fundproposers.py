"""Who proposes a fund founds it: "предложение Пакистана о создании совместно с X
инвестиционной компании", "инициатива Казахстана о создании фонда", "решение ОТГ об
учреждении фонда". The owner of the proposal, decision or initiative (its genitive) is a
founder beside those who create it with them."""

from __future__ import annotations

from ..records import Mention
from .context import Sent
from .fundfounders import DECISIONS, party
from .fundnames import FundMemory

__all__ = ["proposers"]

# "инициатива", "предложение": DECISIONS and these
PROPOSALS = DECISIONS | {"инициатива", "призыв"}


def proposers(sent: Sent, cue: int | None, memory: FundMemory) -> list[Mention]:
    """The countries or organisations whose proposal the creating noun at `cue` is about."""
    if cue is None or sent.tokens[cue].pos != "NOUN":
        return []
    proposal = sent.tokens[cue].head
    if not 0 <= proposal < len(sent.tokens) or sent.lemma(proposal) not in PROPOSALS:
        return []
    if sent.lemma(cue - 1) not in {"о", "об", "по"}:
        return []
    out: list[Mention] = []
    for k, token in enumerate(sent.tokens):
        if token.head == proposal and token.rel == "nmod" and token.feat("Case") == "Gen":
            out += [m for m in party(sent, k, memory) if m.kind in {"country", "org"}]
    return out
