"""A fund's capital told as it stands and as it is to grow: "ведется работа по увеличению
капитала фонда до 100 млн долларов. На данный момент он составляет 25 миллионов".

The sum an increase is to reach ("увеличение капитала до", "нарастить до") is a plan, not
the capital; the capital is the sum the next sentence says it stands at now, its currency
carried over from the plan's ("он составляет 25 миллионов").
"""

from __future__ import annotations

from decimal import Decimal

from ..grammars.money import find_amounts
from .context import Sent

__all__ = ["planned", "spent", "standing", "sum_of_other"]

INCREASE = {
    "увеличение",
    "увеличить",
    "увеличивать",
    "нарастить",
    "наращивание",
    "довести",
    "доведение",
    "пополнение",
    "пополнить",
    "расширение",
    "рост",
}
STANDS = {"составлять", "составить", "достигать", "насчитывать"}
CAPITAL_WORDS = {"капитал", "капитализация", "объем", "размер"}


def planned(sent: Sent, first: int) -> bool:
    """The money at token `first` is what an increase is to reach: "до" before it, an
    increase word not far before that."""
    if sent.lemma(first - 1) != "до":
        return False
    return any(sent.lemma(k) in INCREASE for k in range(max(0, first - 8), first - 1))


def standing(sent: Sent, before: Sent | None) -> tuple[Decimal, str] | None:
    """ "На данный момент он составляет 25 миллионов" after a sentence about the capital's
    increase: the capital as it stands, in the currency of the sentence before."""
    if before is None or not before.money or not before.has(*CAPITAL_WORDS):
        return None
    if not any(planned(before, before.token_at(m.start)) for m in before.money):
        return None
    pronoun = any(
        t.text.lower() in {"он", "она"} and sent.lemma(t.head) in STANDS for t in sent.tokens
    )
    if not pronoun:
        return None
    money = sent.money or find_amounts(sent.text)
    if not money:
        return None
    return money[0].amount, money[0].currency or before.money[-1].currency


# "профинансировал проекты на сумму $120 млн": what the fund spent, not what it holds
SPENT = {
    "профинансировать",
    "финансировать",
    "инвестировать",
    "вложить",
    "одобрить",
    "реализовать",
    "поддержать",
}


def spent(sent: Sent, first: int) -> bool:
    """The money at token `first` is what the fund has spent or approved."""
    return any(sent.lemma(k) in SPENT for k in range(max(0, first - 6), first))


def sum_of_other(sent: Sent, first: int) -> bool:
    """ "поступило 114 заявок на общую сумму $940 млн": the sum of what a noun before "на
    сумму" counts, not of the fund."""
    k = next((k for k in range(first - 1, max(-1, first - 4), -1) if sent.lemma(k) == "сумма"), -1)
    j = k - 1
    while j >= 0 and sent.tokens[j].pos == "ADJ":
        j -= 1
    noun = j - 1
    return (
        k >= 0
        and sent.lemma(j) == "на"
        and noun >= 0
        and sent.tokens[noun].pos == "NOUN"
        and sent.lemma(noun) not in {"фонд", "инвестфонд"}
    )
