"""Dates and periods in Russian news text, as ISO strings.

"11 марта 2025 года" -> "2025-03-11", "в марте 2025 года" -> "2025-03", "в 2024 году" -> "2024",
"за январь–июнь 2024 года" -> "2024-01/2024-06", "на 2022–2026 годы" -> "2022/2026",
"вчера" -> reference - 1 day, "в прошлом году" -> reference year - 1, "за полугодие" -> the
last half-year completed by the reference date.

The Yargy rules below are built bottom-up; the Yargy fact never leaves this module:
`find_dates` turns each match into a frozen `DateMention`. Like the money grammar it uses a
plain tokenizer with explicit word forms (months and period words are a closed class),
which is faster and more predictable than pymorphy lemmatisation.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from yargy import Parser, and_, or_, rule
from yargy.interpretation import fact
from yargy.predicates import eq, gte, in_, in_caseless, length_eq, lte
from yargy.tokenizer import Tokenizer

from diplograph.grammars.datewords import (
    MONTH_BY_FORM,
    MONTH_COUNTS,
    ORDINAL_BY_FORM,
    RELATIVE_SHIFTS,
    WEEKDAY_BY_FORM,
    YEAR_SHIFT_BY_FORM,
)
from diplograph.grammars.scanning import candidate_runs, scan

__all__ = ["DateMention", "find_dates", "parse_date_line"]


@dataclass(frozen=True)
class DateMention:
    """A date or period; start/stop are character offsets into the searched text.

    value is ISO 8601: "2025-03-11", "2025-03", "2025", or an interval "2024-01/2024-06",
    "2022/2026" (the form dg:period and schema:temporalCoverage use)."""

    start: int
    stop: int
    value: str


# ---------------------------------------------------------------------------
# Yargy fact (private). months holds a (first, last) month pair for quarters and the like,
# shift a day offset from the reference date for "вчера".
# ---------------------------------------------------------------------------

DateFact = fact(
    "DateFact",
    [
        "year",
        "month",
        "day",
        "end_year",
        "end_month",
        "end_day",
        "months",
        "shift",
        "year_shift",
        "last_half",
        "weekday",
    ],
)

# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------


def _month_number(value: str) -> int:
    return MONTH_BY_FORM[value.lower()]


DOT = eq(".")
DASH = in_({"-", "–", "—", "‑"})

YEAR_WORD = or_(
    rule(in_caseless({"год", "года", "году", "годом", "годе"})),
    rule(eq("г"), DOT.optional()),
)
YEARS_WORD = or_(
    rule(in_caseless({"годы", "годов", "годах", "годам", "годами"})),
    rule(in_caseless({"гг", "г"}), DOT.optional()),
    YEAR_WORD,
)

# Years are 1900..2100: four digits alone are a year only with a word or a month beside them.
YEAR_VALUE = and_(length_eq(4), gte(1900), lte(2100))
# "12.05.24": two-digit years are this century up to 69, then the last one
YEAR_SHORT_VALUE = length_eq(2)


def _short_year(value: str) -> int:
    year = int(value)
    return 2000 + year if year < 70 else 1900 + year


# "1".."31" and "01".."09": a closed set is cheaper than int() per token
DAY_VALUE = in_({str(n) for n in range(1, 32)} | {f"{n:02}" for n in range(1, 10)})
MONTH_VALUE = in_({str(n) for n in range(1, 13)} | {f"{n:02}" for n in range(1, 10)})
MONTH_NAME = in_caseless(set(MONTH_BY_FORM))

YEAR = rule(YEAR_VALUE).interpretation(DateFact.year.custom(int))
END_YEAR = rule(YEAR_VALUE).interpretation(DateFact.end_year.custom(int))
MONTH = rule(MONTH_NAME).interpretation(DateFact.month.custom(_month_number))
END_MONTH = rule(MONTH_NAME).interpretation(DateFact.end_month.custom(_month_number))
DAY = rule(DAY_VALUE).interpretation(DateFact.day.custom(int))
END_DAY = rule(DAY_VALUE).interpretation(DateFact.end_day.custom(int))

# Parts of a year a trade figure is reported for.
ORDINAL = in_caseless(set(ORDINAL_BY_FORM))
# "1-м квартале", "2-й квартал"
ORDINAL_SUFFIX = rule(DASH, in_caseless({"м", "й", "го", "му", "ом", "ый"})).optional()


def _quarter(value: str) -> tuple[int, int]:
    n = ORDINAL_BY_FORM[value.lower().split()[0].split("-")[0]]
    return (3 * n - 2, 3 * n)


def _half(value: str) -> tuple[int, int]:
    n = ORDINAL_BY_FORM[value.lower().split()[0].split("-")[0]]
    return (1, 6) if n == 1 else (7, 12)


QUARTER_WORD = in_caseless({"квартал", "квартала", "квартале", "кварталу", "кварталом"})
HALF_YEAR_WORD = in_caseless({"полугодие", "полугодия", "полугодии", "полугодию", "полугодием"})

QUARTER = rule(ORDINAL, ORDINAL_SUFFIX, QUARTER_WORD).interpretation(
    DateFact.months.custom(_quarter)
)
HALF_YEAR = rule(ORDINAL, ORDINAL_SUFFIX, HALF_YEAR_WORD).interpretation(
    DateFact.months.custom(_half)
)


def _first_months(value: str) -> tuple[int, int]:
    return (1, MONTH_COUNTS[value.lower().split()[0]])


# "за девять месяцев 2024 года" = January..September
MONTH_COUNT = rule(
    in_caseless(set(MONTH_COUNTS)),
    in_caseless({"месяцев", "месяца", "месяцах", "месяцам"}),
).interpretation(DateFact.months.custom(_first_months))


YEAR_SHIFT = rule(in_caseless(set(YEAR_SHIFT_BY_FORM))).interpretation(
    DateFact.year_shift.custom(lambda value: YEAR_SHIFT_BY_FORM[value.lower()])
)
# "За полугодие – более 400 миллионов": the half-year last completed
LAST_HALF = rule(in_caseless({"за"}), HALF_YEAR_WORD).interpretation(DateFact.last_half.const(True))

RELATIVE = rule(in_caseless(set(RELATIVE_SHIFTS))).interpretation(
    DateFact.shift.custom(lambda value: RELATIVE_SHIFTS[value.lower()])
)
# "в четверг", "во вторник": only after its preposition, so that a date line's "Четверг, 12
# марта" stays the date line's; "в четверг, 12 марта" is the date it names
WEEKDAY_NAME = in_caseless(set(WEEKDAY_BY_FORM))
WEEKDAY = rule(
    in_caseless({"в", "во"}),
    WEEKDAY_NAME.interpretation(
        DateFact.weekday.custom(lambda value: WEEKDAY_BY_FORM[value.lower()])
    ),
)

# ---------------------------------------------------------------------------
# Dates and periods
# ---------------------------------------------------------------------------

DATE = or_(
    # "в четверг, 12 марта 2025 года", "в четверг, 12 марта"
    rule(
        in_caseless({"в", "во"}),
        WEEKDAY_NAME,
        eq(",").optional(),
        DAY,
        MONTH,
        YEAR.optional(),
        YEAR_WORD.optional(),
    ),
    # "11 марта 2025 года", "11 марта 2025 г."
    rule(DAY, MONTH, YEAR, YEAR_WORD.optional()),
    # "10–11 марта 2025 года"
    rule(DAY, DASH, END_DAY, MONTH, YEAR, YEAR_WORD.optional()),
    # "11.03.2025", "12.05.24"
    rule(
        DAY,
        DOT,
        rule(MONTH_VALUE).interpretation(DateFact.month.custom(int)),
        DOT,
        or_(YEAR, rule(YEAR_SHORT_VALUE).interpretation(DateFact.year.custom(_short_year))),
        YEAR_WORD.optional(),
    ),
    # "2025-03-11"
    rule(
        YEAR,
        eq("-"),
        rule(MONTH_VALUE).interpretation(DateFact.month.custom(int)),
        eq("-"),
        DAY,
    ),
    # "11 марта": the year comes from the reference date
    rule(DAY, MONTH),
    # "в марте 2025 года", "март 2025"
    rule(MONTH, YEAR, YEAR_WORD.optional()),
    # "январь–июнь 2024 года", "в январе-сентябре 2024 года"
    rule(MONTH, DASH, END_MONTH, YEAR, YEAR_WORD.optional()),
    # "за январь-июль этого года", "в январе–августе прошлого года"
    rule(MONTH, DASH, END_MONTH, YEAR_SHIFT, YEAR_WORD),
    # "в первом квартале 2024 года", "за первое полугодие 2024 г.", "за 9 месяцев 2024 года"
    rule(or_(QUARTER, HALF_YEAR, MONTH_COUNT), YEAR, YEAR_WORD.optional()),
    # "в 2024 году", "по итогам 2024 года"
    rule(YEAR, YEAR_WORD),
    # "на 2022–2026 годы", "2022-2026 гг."
    rule(YEAR, DASH, END_YEAR, YEARS_WORD.optional()),
    # "с 2022 по 2026 год"
    rule(in_caseless({"с"}), YEAR, in_caseless({"по", "до"}), END_YEAR, YEARS_WORD),
    # "в прошлом году", "в марте прошлого года", "за 10 месяцев этого года"
    rule(or_(MONTH, QUARTER, HALF_YEAR, MONTH_COUNT).optional(), YEAR_SHIFT, YEAR_WORD),
    # "в первом квартале": of the reference year
    QUARTER,
    HALF_YEAR,
    LAST_HALF,
    RELATIVE,
    WEEKDAY,
).interpretation(DateFact)

# ---------------------------------------------------------------------------
# Parser, candidate windows, adapter
# ---------------------------------------------------------------------------

_PARSERS: dict[str, Any] = {}


def _parser() -> Any:
    parser = _PARSERS.get("date")
    if parser is None:
        parser = _PARSERS["date"] = Parser(DATE, tokenizer=Tokenizer())
    return parser


# Only the run of words around a year, a month, a dotted/ISO date or a relative word that
# the grammar could consume can hold a date, and yargy's cost grows with every token it sees
# (it predicts the whole grammar at each one), so it runs on those runs alone.
_ANCHOR_RE = re.compile(
    r"(?<!\d)(?:19|20)\d\d(?!\d)|\d\d?\.\d\d?\.\d\d"
    r"|(?<![а-яё])(?i:январ|феврал|март|апрел|ма[йяею]\b|июн|июл|август|сентябр|октябр|ноябр"
    r"|декабр|(?:поза|после)?(?:вчера|завтра)|сегодня|квартал|полугоди"
    r"|во?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b"
    r"|(?:позапрошл|прошл|минувш|предыдущ|текущ|нынешн|следующ|будущ|предстоящ|эт)[а-я]{0,3}"
    r"\s+год)"
)
_VOCABULARY = (
    set(MONTH_BY_FORM)
    | set(ORDINAL_BY_FORM)
    | set(MONTH_COUNTS)
    | set(RELATIVE_SHIFTS)
    | {"год", "года", "году", "годом", "годе", "годы", "годов", "годах", "годам", "годами"}
    | {"г", "гг", "м", "й", "го", "му", "ом", "ый", "с", "по", "до", "t"}
    | {"квартал", "квартала", "квартале", "кварталу", "кварталом"}
    | {"полугодие", "полугодия", "полугодии", "полугодию", "полугодием"}
    | {"месяцев", "месяца", "месяцах", "месяцам"}
    | set(YEAR_SHIFT_BY_FORM)
    | set(WEEKDAY_BY_FORM)
    | {"за", "в", "во"}
)
_LETTERS_RE = re.compile(r"[а-яёa-z]+", re.IGNORECASE)


# The first token of a match: a number, a month, an ordinal, a count of months, "вчера", "с".
_STARTERS = (
    set(MONTH_BY_FORM)
    | set(ORDINAL_BY_FORM)
    | set(MONTH_COUNTS)
    | set(RELATIVE_SHIFTS)
    | set(YEAR_SHIFT_BY_FORM)
    | {"с", "за", "в", "во"}
)


def _can_start(value: str) -> bool:
    return value[0].isdigit() or value.lower() in _STARTERS


def _is_date_word(word: str) -> bool:
    return all(part.lower() in _VOCABULARY for part in _LETTERS_RE.findall(word))


def _iso_day(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _value(found: Any, reference: datetime.date | None) -> str | None:
    if found.weekday is not None and found.day is None:
        if reference is None:
            return None
        # news tells the days just past: the last such day up to the day of the report
        back = (reference.weekday() - found.weekday) % 7
        return (reference - datetime.timedelta(days=back)).isoformat()
    if found.shift is not None:
        if reference is None:
            return None
        return (reference + datetime.timedelta(days=found.shift)).isoformat()
    if found.last_half:
        if reference is None:
            return None
        if reference.month > 6:
            return f"{reference.year}-01/{reference.year}-06"
        return f"{reference.year - 1}-07/{reference.year - 1}-12"
    year = found.year
    if year is None:
        if reference is None:
            return None
        year = reference.year + (found.year_shift or 0)
    if found.months is not None:
        first, last = found.months
        return f"{year}-{first:02}/{year}-{last:02}"
    if found.end_year is not None:
        return f"{year}/{found.end_year}" if found.end_year > year else None
    if found.end_month is not None:
        if found.end_month <= found.month:
            return None
        return f"{year}-{found.month:02}/{year}-{found.end_month:02}"
    if found.day is not None:
        start = _iso_day(year, found.month, found.day)
        if found.end_day is not None:
            end = _iso_day(year, found.month, found.end_day)
            if start is None or end is None or found.end_day <= found.day:
                return None
            return f"{start}/{end}"
        return start
    if found.month is not None:
        return f"{year}-{found.month:02}"
    return str(year)


@lru_cache(maxsize=50_000)
def _scan_run(run: str) -> tuple[tuple[int, int, Any], ...]:
    """The matches in one candidate run; runs repeat across a corpus ("в 2024 году",
    "11 марта"), so each is parsed once. The facts are only read, never changed."""
    return tuple(scan(_parser(), run, _can_start))


def find_dates(text: str, reference: datetime.date | None = None) -> list[DateMention]:
    """All dates and periods in text, sorted by position.

    reference (usually the article's date) resolves "вчера" and dates without a year;
    without it those are skipped."""
    found: list[DateMention] = []
    for run_start, run_stop in candidate_runs(text, _ANCHOR_RE, _is_date_word):
        for start, stop, fact_ in _scan_run(text[run_start:run_stop]):
            value = _value(fact_, reference)
            if value is not None:
                found.append(DateMention(run_start + start, run_start + stop, value))
    return sorted(set(found), key=lambda d: (d.start, d.stop))


# A date line of a news page: an optional label or weekday, the date, an optional time.
_LINE_HEAD_RE = re.compile(
    r"^[\W_]*(?:(?:date|published|дата|опубликовано|обновлено)\b[:\s]*)?"
    r"(?:(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\b[,\s]*)?"
    # "13:39 19/04/2024": some sites print the time first
    r"(?:\d{1,2}:\d{2}[,\s|·•]*)?$",
    re.IGNORECASE,
)
_LINE_TAIL_RE = re.compile(
    r"^[\s,|·•/–—-]*(?:(?:в\s*)?T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?"
    r"(?:\s*\((?:мск|msk|utc|gmt)[^)]*\)|\s*(?:мск|msk|utc|gmt))?)?"
    # "14:17 15.07.2022 4731": a count of views after the date
    r"(?:\s+\d{1,7})?[\s.]*$",
    re.IGNORECASE,
)


def parse_date_line(line: str) -> str | None:
    """The ISO date of a standalone date line ("11 марта 2025, 11:55", "11.03.2025 11:55",
    "date 2025-03-11"), or None when the line is not just a date (and maybe a time)."""
    for mention in find_dates(line):
        if len(mention.value) != 10:
            continue
        head, tail = line[: mention.start], line[mention.stop :]
        if _LINE_HEAD_RE.match(head) and _LINE_TAIL_RE.match(tail):
            return mention.value
        break
    return None
