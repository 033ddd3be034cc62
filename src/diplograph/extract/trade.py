"""Trade figures: turnover stated for a period, and targets to be reached.

"По итогам 2024 года товарооборот превысил $500 млн" -> turnover, 2024, more_than;
"стремимся довести товарооборот до $1 млрд" -> target. The countries come from the sentence
("азербайджано-казахстанский", "между Узбекистаном и Турцией"), else from the figure before,
else from the article's two main countries.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ..records import Fact, Mention
from .context import Sent

__all__ = ["find_trade"]

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
FUTURE_VERBS = {"увеличить", "достичь", "достигнуть", "вырасти", "превысить"}
MORE = {"превысить", "свыше", "более", "больше", "выше", "превышать"}
LESS = {"менее", "меньше", "ниже"}
ABOUT = {"около", "порядка", "почти", "примерно", "приблизительно", "порядок", "ориентировочно"}


def _comparison(sent: Sent, first: int) -> str:
    words = [sent.lemma(i) for i in range(max(0, first - 4), first)]
    text = " ".join(words)
    if "не менее" in text or "не меньше" in text:
        return "more_than"
    if "не более" in text or "не больше" in text:
        return "less_than"
    last = words[-3:]
    if any(w in ABOUT for w in last):
        return "about"
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
) -> list[Fact]:
    """Trade figures of a sentence; `recent` says a figure was stated just before, so that
    "довести его до $2 млрд" is a target for the same countries; `sides` are all the
    countries the article is about, for "между тремя странами"."""
    if not sent.money:
        return []
    # "торговый" alone ("торговый порт") is not about trade volumes
    about_trade = sent.has("оборот", "товарооборот", "торговля", "товарообмен")
    referring = recent and sent.has(*TARGET_WORDS) and sent.has("он", "показатель", "объем")
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
