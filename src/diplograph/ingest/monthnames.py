"""Dates with the month in words in an order the date grammar does not read: the month first
("Июнь 06 2024"), or in English ("21 August 2023", "Aug 21, 2023"); each rewritten as figures."""

from __future__ import annotations

import re

# "Июнь 06 2024, 15:30": the month first, in the nominative
RU_MONTHS = (
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
)
MONTH_FIRST = re.compile(
    r"^(?P<month>январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)"
    r"\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def month_first(match: re.Match[str]) -> str:
    month = match.group("month").lower()
    number = next(n for n, stem in enumerate(RU_MONTHS, 1) if month.startswith(stem))
    return f"{match.group('day')}.{number:02d}.{match.group('year')}"


# a site in English prints its date so: "21 August 2023, 20:55", "Aug 21, 2023"
ENGLISH = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
EN_MONTH = r"(?P<{}>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?"
ENGLISH_DATE = re.compile(
    r"\b(?:(?P<day>\d{1,2})\s+"
    + EN_MONTH.format("month")
    + r",?|"
    + EN_MONTH.format("month2")
    + r"\s+(?P<day2>\d{1,2}),?)\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def english(match: re.Match[str]) -> str:
    month = (match.group("month") or match.group("month2")).lower()
    number = next((n for n, name in enumerate(ENGLISH, 1) if name.startswith(month[:3])), 0)
    if not number or not ENGLISH[number - 1].startswith(month.rstrip(".")):
        return match.group(0)
    return f"{match.group('day') or match.group('day2')}.{number:02d}.{match.group('year')}"
