"""Quantities of goods: the words that measure them ("партия", "тонна") and the end of a
quantity before the goods it counts ("более 500 тонн пшеницы")."""

from __future__ import annotations

from .context import Sent

__all__ = ["MEASURES", "past_measure"]


MEASURES = {
    "количество",
    "партия",
    "доза",
    "объем",
    # a surplus is a quantity of the goods: "экспорт излишков электроэнергии"
    "излишек",
    "избыток",
    "тонна",
    "тыс",
    "тысяча",
    "млн",
    "миллион",
    "млрд",
    "миллиард",
    "кубометр",
    "куб",
    "кубический",
    "метр",
    "м",
    "т",
    "баррель",
    "литр",
    "кг",
    "килограмм",
    # a container of the goods: "100 вагонов зерна"
    "вагон",
    "контейнер",
    "цистерна",
    "эшелон",
    # a share of the goods: "до 90% пальмового масла", "большую часть сои"
    "%",
    "процент",
    "часть",
    "доля",
    "половина",
    "треть",
    "четверть",
}


# words that bound or round a quantity: "более 500 тонн"
APPROXIMATE = {"более", "свыше", "около", "почти", "порядка", "до", "менее", "примерно"}


def past_measure(sent: Sent, j: int, hi: int) -> int:
    """The first word after a quantity at j ("большое количество", "55 тыс. тонн",
    "40 млрд куб. м"), or j when none stands there."""
    k = j
    if sent.lemma(k) in APPROXIMATE and k + 1 < hi and sent.tokens[k + 1].pos == "NUM":
        k += 1  # "более 100 тысяч тонн пшеницы"
    while k < hi and sent.tokens[k].pos in {"ADJ", "NUM"}:
        k += 1
    counted = any(sent.tokens[n].pos == "NUM" for n in range(j, k))
    if counted and k < hi and sent.lemma(k) not in MEASURES:
        # "570 тракторов", "шестнадцать локомотивов": pieces counted, the goods follow
        return j + next(n for n in range(k - j) if sent.tokens[j + n].pos == "NUM") + 1
    if k >= hi or sent.lemma(k) not in MEASURES:
        return j
    while k < hi and (sent.lemma(k) in MEASURES or sent.tokens[k].text == "."):
        k += 1
    return k
