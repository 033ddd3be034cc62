"""Investment funds: their name, founders, capital and the projects they finance.

"создание совместного фонда прямых инвестиций с первоначальным капиталом в $300 млн" makes a
fund; "совместный" means the sides of the talks found it. A later sentence naming the fund's
project ("Первым проектом фонда станет строительство терминала...") links it to the object.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Fact, Mention
from .context import Sent
from .infrastructure import Structure

__all__ = ["find_fund", "fund_projects"]

JOINT = {"совместный", "общий", "двусторонний"}
CAPITAL = {"капитал", "капитализация", "объем", "размер", "уставный", "взнос"}


def find_fund(sent: Sent, main: Sequence[Mention]) -> Fact | None:
    for i, token in enumerate(sent.tokens):
        if token.lemma != "фонд":
            continue
        first = i
        while first > 0 and sent.tokens[first - 1].pos == "ADJ":
            first -= 1
        last = i + 1
        while (
            last < len(sent.tokens)
            and sent.tokens[last].pos in {"ADJ", "NOUN"}
            and (sent.tokens[last].feat("Case") == "Gen")
        ):
            last += 1
        if last == i + 1 and first == i:
            continue  # a bare "фонд" refers back; it does not make a new fund
        label = sent.phrase(first, last).lower()
        roles: list[tuple[str, Mention]] = [
            ("fund", Mention("fund", label, sent.index, token.start, sent.tokens[last - 1].stop))
        ]
        founders = [n.mention for n in sent.names_of("country")]
        if not founders and any(sent.lemma(j) in JOINT for j in range(first, i)):
            founders = list(main)
        roles += [("founder", m) for m in founders]
        values: list[tuple[str, object]] = []
        if sent.money and sent.has(*CAPITAL):
            money = sent.money[0]
            values = [("capital", money.amount), ("currency", money.currency)]
        return Fact("fund", tuple(roles), tuple(values), (sent.index,), "fund-phrase")  # type: ignore[arg-type]
    return None


def fund_projects(sent: Sent, fund: Mention, structures: Sequence[Structure]) -> Fact | None:
    """A sentence that speaks of the fund and its project names the project's object."""
    if (
        not structures
        or not sent.has("фонд")
        or not sent.has("проект", "финансировать", "профинансировать", "инвестировать")
    ):
        return None
    roles = [("fund", fund), ("project", structures[0].mention)]
    return Fact("fund", tuple(roles), (), (sent.index,), "fund-project")
