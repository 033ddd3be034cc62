"""Trade figures: turnover stated for a period, and targets to be reached.

"По итогам 2024 года товарооборот превысил $500 млн" -> turnover, 2024, more_than;
"стремимся довести товарооборот до $1 млрд" -> target. The countries come from the sentence
("азербайджано-казахстанский", "между Узбекистаном и Турцией"), else from the figure before,
else from the article's two main countries.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ..grammars.money import find_amounts
from ..records import Fact, Mention
from .context import Sent

__all__ = ["find_trade", "without_restated"]

TRADE_WORDS = {"товарооборот", "товарообмен", "торговля", "оборот", "торговый"}
TARGET_WORDS = {
    "довести",
    "цель",
    "стремиться",
    "планировать",
    "намереваться",
    "задача",
    "ориентир",
    "нарастить",
    "намерен",
    "планироваться",
    "рассчитывать",
    "прогнозировать",
}
FUTURE_VERBS = {"увеличить", "достичь", "достигнуть", "вырасти", "превысить", "довести"}
FUTURE_VERBS |= {"нарастить", "удвоить", "утроить", "поднять", "повысить"}
# verbs that state a figure reached
REPORTS = {"составить", "превысить", "достичь", "достигнуть", "вырасти", "приблизиться"}
# words that refer back to the figure just stated
ANAPHORS = {"он", "показатель", "цифра", "сумма", "объем", "уровень", "планка", "значение"}
MORE = {"превысить", "свыше", "более", "больше", "выше", "превышать"}
LESS = {"менее", "меньше", "ниже"}
# "товарооборот приблизился к 600 млн долларов": about (CQ Conventions)
APPROACH = {"приблизиться", "приближаться"}
# a figure whose currency and countries come from the one before is a guess worth keeping apart
CARRIED = Decimal("0.6")
ABOUT = {"около", "порядка", "почти", "примерно", "приблизительно", "порядок", "ориентировочно"}


def _comparison(sent: Sent, first: int) -> str:
    words = [sent.lemma(i) for i in range(max(0, first - 4), first)]
    text = " ".join(words)
    if "не менее" in text or "не меньше" in text:
        return "more_than"
    if "не более" in text or "не больше" in text:
        return "less_than"
    last = words[-3:]
    if any(w in ABOUT for w in last) or any(w in APPROACH for w in words):
        return "about"  # "около", "приблизился к"
    if any(w in MORE for w in words):
        return "more_than"
    if any(w in LESS for w in last):
        return "less_than"
    return "equal"


def _is_target(sent: Sent, lo: int, hi: int) -> bool:
    for i in range(lo, hi):
        token = sent.tokens[i]
        if token.lemma in TARGET_WORDS:
            return True
        if token.lemma in FUTURE_VERBS and (
            token.feat("VerbForm") == "Inf" or token.feat("Tense") == "Fut"
        ):
            return True
        if token.lemma == "к" and any(d for d in sent.dates if d.start >= token.start):
            return True
    return False


def find_trade(
    sent: Sent,
    previous: Sequence[Mention],
    main: Sequence[Mention],
    *,
    recent: bool = False,
    sides: Sequence[Mention] = (),
    last: Fact | None = None,
) -> list[Fact]:
    """Trade figures of a sentence; `recent` says a figure (`last`) was stated just before,
    so that "довести его до $2 млрд" is a target for the same countries and "за полугодие –
    более 400 миллионов" a figure in its currency; `sides` are all the countries the article
    is about, for "между тремя странами"."""
    if not sent.money:
        return _elliptic(sent, last) if recent and last is not None else []
    # "торговый" alone ("торговый порт") is not about trade volumes
    about_trade = sent.has("оборот", "товарооборот", "торговля", "товарообмен")
    # "увеличить его до", "этот показатель", "эта цифра достигнет": the figure before
    # "В прошлом году этот показатель превысил 1,1 млрд": a figure of the same countries
    referring = recent and sent.has(*ANAPHORS) and (_aims(sent) or sent.has(*REPORTS))
    if not about_trade and not referring:
        return []
    countries = _countries(sent)
    # how sure: the sentence names the countries; or they come from context
    confidence = Decimal("0.9") if len(countries) >= 2 else Decimal("0.7")
    if not about_trade:
        confidence = Decimal("0.6")
    if len(countries) < 2 and sent.has("три", "трое") and len(sides) >= 3:
        countries = list(sides[:3])
    if len(countries) < 2:
        countries = list(previous) if len(previous) >= 2 else list(main)
    if len(countries) < 2:
        return []
    facts = []
    lo = 0
    for money in sent.money:
        first = sent.token_at(money.start)
        target = _is_target(sent, lo, first)
        comparison = _comparison(sent, first)
        if target:
            comparison = "more_than" if comparison == "more_than" else ""
        values: list[tuple[str, object]] = [
            ("indicator", "target" if target else "turnover"),
            ("amount", money.amount),
            ("currency", money.currency),
        ]
        if comparison:
            values.append(("comparison", comparison))
        period = _period(sent, money.start, target)
        if period:
            values.append(("period", period))
        roles = tuple(("country", c) for c in countries)
        facts.append(
            Fact("trade", roles, tuple(values), (sent.index,), "trade-money", confidence)  # type: ignore[arg-type]
        )
        lo = sent.token_at(money.stop)
    return facts


def _aims(sent: Sent) -> bool:
    """The sentence sets a figure to reach: a target word, or an increase to come."""
    return any(
        t.lemma in TARGET_WORDS
        or (t.lemma in FUTURE_VERBS and (t.feat("VerbForm") == "Inf" or t.feat("Tense") == "Fut"))
        for t in sent.tokens
    )


def _elliptic(sent: Sent, last: Fact) -> list[Fact]:
    """ "За полугодие – более 400 миллионов": no verb before a bare amount, a dash standing
    for it; "увеличить его до 2 миллиардов": the figure before referred to. The amount is a
    figure like the one before, in its currency, for the period the sentence names."""
    currency = last.value("currency")
    referring = sent.has(*ANAPHORS) and (_aims(sent) or sent.has(*REPORTS))
    # "рассчитывают на рост товарооборота до 2 млрд": trade again, in the same currency
    referring = referring or sent.has("оборот", "товарооборот", "торговля", "товарообмен")
    for amount in find_amounts(sent.text):
        first = sent.token_at(amount.start + sent.start)
        stop = sent.token_at(amount.stop + sent.start)
        before = sent.tokens[:first]
        gapped = not any(t.pos in {"VERB", "AUX"} for t in before) and any(
            t.text in {"–", "—", "-"} for t in before
        )
        if not (gapped or referring):
            continue
        if stop < len(sent.tokens) and sent.tokens[stop].pos == "NOUN":
            continue  # "2 млн тонн": a quantity of something else
        target = referring and _is_target(sent, 0, first)
        comparison = _comparison(sent, first)
        if target:
            comparison = "more_than" if comparison == "more_than" else ""
        values: list[tuple[str, object]] = [
            ("indicator", "target" if target else last.value("indicator")),
            ("amount", amount.amount),
            ("currency", currency),
        ]
        if comparison:
            values.append(("comparison", comparison))
        period = _period(sent, amount.start + sent.start, target)
        if period:
            values.append(("period", period))
        roles = tuple(("country", c) for c in last.role("country"))
        return [Fact("trade", roles, tuple(values), (sent.index,), "trade-elliptic", CARRIED)]  # type: ignore[arg-type]
    return []


def _period(sent: Sent, offset: int, target: bool) -> str | None:
    before = [d for d in sent.dates if d.stop <= offset]
    after = [d for d in sent.dates if d.start >= offset]
    for date in (before[::-1] + after) if not target else (after + before[::-1]):
        return date.value
    return None


def _countries(sent: Sent) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for named in sent.names_of("country"):
        seen.setdefault(named.mention.key or named.mention.label, named.mention)
    return list(seen.values())


def without_restated(facts: list[Fact]) -> list[Fact]:
    """A figure said twice, once with its period ("довести товарооборот до $5 млрд" in the
    headline, "... до $5 млрд к 2026 году" in the body), is the one with the period."""

    def same(fact: Fact) -> tuple[object, ...]:
        countries = tuple(sorted(m.key or m.label for m in fact.role("country")))
        return (countries, fact.value("indicator"), fact.value("amount"), fact.value("currency"))

    dated = {same(f) for f in facts if f.kind == "trade" and f.value("period")}
    return [
        f for f in facts if not (f.kind == "trade" and not f.value("period") and same(f) in dated)
    ]
