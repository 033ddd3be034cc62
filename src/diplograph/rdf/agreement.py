"""When two reports of a fact agree, and when they disagree: the rules of `reports`, on the
values as the graph writes them (dates and amounts as their lexical forms).

Dates agree within a day (a report published the next day may date the talks by "вчера"
or by the day it went out), or when one is coarser and holds the other ("в марте" and "11
марта"). Amounts are read as the ranges their comparison states: "более 400 млн" holds 450
million, so the two do not disagree, while "450 млн" and "500 млн" do; "около" gives a
twentieth either way, the rounding news allows itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation

__all__ = [
    "DISAGREE_DAYS",
    "amounts_disagree",
    "chosen_date",
    "dates_agree",
    "days_apart",
    "lexical",
]

# Reports of one meeting dated this many days apart (and no more) disagree on its date;
# further apart, the same people met twice.
DISAGREE_DAYS = range(2, 8)
# "около X": within this share of X
ABOUT = Decimal("0.05")


def lexical(term: str) -> str:
    """The lexical form of a literal in N-Triples form ('"2024"^^<…>' -> '2024')."""
    if not term.startswith('"'):
        return term
    return term[1 : term.rindex('"')]


def _day(value: str) -> date | None:
    if len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def days_apart(a: str, b: str) -> int | None:
    """Days between two full dates (YYYY-MM-DD); None when either is coarser or missing."""
    one, two = _day(a), _day(b)
    if one is None or two is None:
        return None
    return abs((one - two).days)


def dates_agree(a: str, b: str) -> bool:
    """Two dates of reports of one event agree: within a day, or one coarser that holds the
    other ("2025-03" holds "2025-03-11"), or one not given."""
    if not a or not b:
        return True
    apart = days_apart(a, b)
    if apart is not None:
        return apart <= 1
    short, long = sorted((a, b), key=len)
    return long.startswith(short)


def chosen_date(dates: Iterable[str]) -> str:
    """The date a merged event carries: the most precise given, the one most reports give,
    then the earliest; every report's own date stays in its article's named graph."""
    given = [d for d in dates if d]
    if not given:
        return ""
    finest = max(len(d) for d in given)
    counts = Counter(d for d in given if len(d) == finest)
    return min(counts, key=lambda d: (-counts[d], d))


def _range(amount: str, comparison: str) -> tuple[Decimal | None, Decimal | None]:
    """The values a stated amount allows: "более X" from X up, "менее X" up to X, "около X"
    within ABOUT of X, a bare X itself."""
    try:
        value = Decimal(amount)
    except InvalidOperation:
        return None, None
    if comparison.endswith("#more_than>"):
        return value, None
    if comparison.endswith("#less_than>"):
        return None, value
    if comparison.endswith("#about>"):
        return value * (1 - ABOUT), value * (1 + ABOUT)
    return value, value


def amounts_disagree(one: Sequence[str], two: Sequence[str]) -> bool:
    """Two (amount, comparison) statements disagree when no value satisfies both."""
    low1, high1 = _range(*one)
    low2, high2 = _range(*two)
    if (low1, high1) == (None, None) or (low2, high2) == (None, None):
        return False
    below = high1 is not None and low2 is not None and high1 < low2
    above = high2 is not None and low1 is not None and high2 < low1
    return below or above
