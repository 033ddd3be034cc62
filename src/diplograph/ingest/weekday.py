"""The year of a dateline that prints none, told by the weekday the lead names.

"2 фев — ... сообщил в понедельник" with "в январе 2009 года" further on: of the years the
text prints, and the years after them (a January report read in February), only the one in
which 2 February is a Monday can be the page's. One fitting year or none: never a guess among
several, and never a year the text does not print (the day the tool runs must not change
its output).
"""

from __future__ import annotations

import re
from datetime import date

from ..grammars.datewords import MONTH_BY_FORM, WEEKDAY_BY_FORM
from .layout import MONTHS

WEEKDAY = re.compile(r"\bво?\s+(" + "|".join(WEEKDAY_BY_FORM) + r")\b", re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
DAY = re.compile(r"(\d{1,2})\s+([а-яё]+)", re.IGNORECASE)


def _day_and_month(day: str) -> tuple[int, int] | None:
    """The day and month of "2 фев", "8 марта": (2, 2), (8, 3)."""
    found = DAY.match(day.strip())
    if not found:
        return None
    word = found.group(2).lower()
    month = MONTH_BY_FORM.get(word) or MONTHS.get(word[:4]) or MONTHS.get(word[:3])
    return (int(found.group(1)), month) if month else None


def day_in_year(day: str, year: str) -> str | None:
    """A dateline's day in the year found for it: "2 фев", "2009" -> "2009-02-02"."""
    day_month = _day_and_month(day)
    if day_month is None:
        return None
    try:
        return date(int(year), day_month[1], day_month[0]).isoformat()
    except ValueError:
        return None


def year_by_weekday(day: str, lead: str, text: str) -> str | None:
    """The one year printed in `text` (or the year after it) in which `day` ("2 фев") falls
    on the weekday `lead` names, if exactly one does."""
    named = {WEEKDAY_BY_FORM[m.group(1).lower()] for m in WEEKDAY.finditer(lead)}
    if len(named) != 1:
        return None  # no weekday, or two ("в понедельник и вторник"): nothing to go by
    weekday = named.pop()
    day_month = _day_and_month(day)
    if day_month is None:
        return None
    printed = {int(y) for y in YEAR.findall(text)}
    fitting = set()
    for year in printed | {y + 1 for y in printed}:
        try:
            if date(year, day_month[1], day_month[0]).weekday() == weekday:
                fitting.add(year)
        except ValueError:
            continue  # 29 февраля of a common year
    return str(fitting.pop()) if len(fitting) == 1 else None
