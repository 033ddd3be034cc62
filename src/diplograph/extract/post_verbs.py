"""Posts said by a verb: "Фонд возглавляет X", "X возглавил компанию Y": X is the "глава" of
the organisation the verb's object names (by its name, or an abbreviation the text defines).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from ..records import Fact, Mention
from .context import Sent
from .titles import Context

__all__ = ["heads_by_verb"]

LEAD_VERBS = {"возглавлять", "возглавить"}


def _org(sent: Sent, i: int, context: Context) -> Mention | None:
    """The organisation token `i` is in: a named one, or an abbreviation the text defines."""
    for named in sent.names_of("org"):
        if named.first <= i < named.last:
            label = named.mention.label.split(" /")[0].split(" (")[0]
            return Mention("org", context.abbreviations.get(label, label), sent.index, 0, 0)
    word = sent.tokens[i].text
    if word in context.abbreviations:
        return Mention("org", context.abbreviations[word], sent.index, 0, 0)
    return None


def heads_by_verb(sent: Sent, context: Context) -> Iterable[Fact]:
    """ "Сейчас РКФР возглавляет X": X, "глава", the fund the abbreviation stands for."""
    for v, token in enumerate(sent.tokens):
        if sent.lemma(v) not in LEAD_VERBS or token.pos != "VERB":
            continue
        args = [i for i, t in enumerate(sent.tokens) if t.head == v]
        subject = next((i for i in args if sent.tokens[i].rel.startswith("nsubj")), None)
        obj = next((i for i in args if sent.tokens[i].rel == "obj"), None)
        if subject is None or obj is None:
            continue
        person = next((n for n in sent.names_of("person") if n.first <= subject < n.last), None)
        # "компанию «X»": the name hangs from the noun
        named = [obj] + [i for i, t in enumerate(sent.tokens) if t.head == obj]
        org = next((o for o in (_org(sent, i, context) for i in named) if o is not None), None)
        if person is None or org is None:
            continue
        role = Mention("role", "глава", sent.index, 0, 0, subtype="глава")
        roles = (("holder", person.mention), ("role", role), ("organization", org))
        yield Fact("post", roles, (), (sent.index,), "post-led-by", Decimal("0.9"))
