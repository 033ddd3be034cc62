"""The period a trade figure is for, as the sentence says it.

Beside the dates the date grammar finds ("за январь-ноябрь 2024 года", "в прошлом году"),
news writes periods in shapes of its own: a year with a case ending ("в 2023-м", "за первые
полгода 2024-го"), half a year as "полгода", and a running total "с начала года", whose end
is the month it is counted to ("по состоянию на октябрь", "по итогам сентября"). A date the
figure is compared with ("чем в 2022 году") is not its period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..grammars.datewords import MONTH_BY_FORM, MONTH_COUNTS
from .context import Sent

__all__ = ["period_after", "period_of"]

_YEAR = r"((?:19|20)\d\d)"
_YEAR_END = r"(?:\s*-\s*(?:го|м|й|му|ом)\b|\s+г(?:од[а-я]{0,2}|г?\.|\b))?"
# "за первые полгода 2024-го", "во втором полугодии 2023 г."
_HALF_RE = re.compile(
    r"(?i:(?:(перв|втор)[а-я]*\s+)?(?:полгода|полугоди[а-я]*)\s+)" + _YEAR + _YEAR_END
)
# "в 2023-м", "2024-го": a year with its case ending
_SUFFIXED_RE = re.compile(r"(?<!\d)" + _YEAR + r"\s*-\s*(?:го|м|й|му|ом)\b")
# "с начала года", "с начала 2024 года", "с начала текущего года"
_RUNNING_RE = re.compile(
    r"(?i:с\s+начала\s+(?:(?:этого|текущего|нынешнего)\s+)?)(?:" + _YEAR + r"\s+)?(?i:года)"
)
# the month a running total is counted to: "по состоянию на ноябрь", "на 1 ноября", "по итогам
# октября", "по октябрь"
_UNTIL_RE = re.compile(
    r"(?i:(?:по\s+состоянию\s+)?на\s+(?:(?:1|первое)\s+)?|по\s+итогам\s+|по\s+)([а-яё]+)"
)
# "за 11 месяцев", "по итогам девяти месяцев" with no year: of the year it is told in
_COUNT_RE = re.compile(r"(?i:(?:за|итогам|течение)\s+(?:первые\s+)?([а-яё]+|\d\d?)\s+месяц[а-я]*)")
# "за январь-октябрь", "в январе – мае" with no year
_SPAN_RE = re.compile(r"(?i:(?:за|в|во)\s+([а-яё]+)\s*[-–—]\s*([а-яё]+))")
# words before a date that make it the base of a comparison
BASES = {"чем", "сравнение", "аналогичный", "относительно"}
RELATIVE = {"прошлый", "текущий", "этот", "нынешний", "минувший"}


@dataclass(frozen=True)
class Spoken:
    start: int
    stop: int
    value: str


def spoken(sent: Sent, year: int | None) -> list[Spoken]:
    """Periods the date grammar leaves unread, with offsets into the article."""
    found: list[Spoken] = []
    text = sent.text
    for m in _HALF_RE.finditer(text):
        second = (m.group(1) or "").lower() == "втор"
        months = "07/{0}-12" if second else "01/{0}-06"
        found.append(Spoken(m.start(), m.end(), m.group(2) + "-" + months.format(m.group(2))))
    for m in _SUFFIXED_RE.finditer(text):
        found.append(Spoken(m.start(), m.end(), m.group(1)))
    for m in _RUNNING_RE.finditer(text):
        base = int(m.group(1)) if m.group(1) else year
        if base is None:
            continue
        value = str(base)
        until = _until(text)
        if until:
            value = f"{base}-01/{base}-{until:02}"
        found.append(Spoken(m.start(), m.end(), value))
    if year is not None:
        for m in _COUNT_RE.finditer(text):
            n = MONTH_COUNTS.get(m.group(1).lower())
            if n and 1 < n < 12:
                found.append(Spoken(m.start(), m.end(), f"{year}-01/{year}-{n:02}"))
        for m in _SPAN_RE.finditer(text):
            a, b = (MONTH_BY_FORM.get(g.lower()) for g in m.groups())
            if a and b and int(a) < int(b):
                found.append(Spoken(m.start(), m.end(), f"{year}-{int(a):02}/{year}-{int(b):02}"))
    # the longest reading of a stretch of text
    found.sort(key=lambda s: (s.start, -(s.stop - s.start)))
    kept: list[Spoken] = []
    for item in found:
        if not any(k.start <= item.start < k.stop for k in kept):
            kept.append(item)
    return [Spoken(s.start + sent.start, s.stop + sent.start, s.value) for s in kept]


def _until(text: str) -> int | None:
    for m in _UNTIL_RE.finditer(text):
        month = MONTH_BY_FORM.get(m.group(1).lower())
        if month:
            return int(month)
    return None


def period_of(sent: Sent, offset: int, target: bool, year: int | None = None) -> str | None:
    """The period of the figure at character `offset`: for a stated figure the date nearest
    before it, else after it; for a target the date after it first ("к 2030 году")."""
    dates: list[Spoken] = [Spoken(d.start, d.stop, d.value) for d in sent.dates]
    for extra in spoken(sent, year):
        inside = [d for d in dates if extra.start <= d.start and d.stop <= extra.stop]
        if any(d.start < extra.stop and extra.start < d.stop and d not in inside for d in dates):
            continue  # the grammar read this stretch already
        dates = [d for d in dates if d not in inside] + [extra]
    dates.sort(key=lambda d: d.start)
    bases = [d for d in dates if _base(sent, d.start)]
    dates = [d for d in dates if d not in bases]
    before = [d for d in dates if d.stop <= offset]
    after = [d for d in dates if d.start >= offset]
    for date in (before[::-1] + after) if not target else (after + before[::-1]):
        return date.value
    # "по итогам прошлого года ... на 15% больше, чем в 2022 году", with no date line to
    # resolve "прошлого года": a growth is told against the year before the figure's
    relative = any(
        t.lemma in RELATIVE and sent.lemma(k + 1) == "год" for k, t in enumerate(sent.tokens)
    )
    if relative and bases and bases[0].value.isdigit() and not target:
        return str(int(bases[0].value) + 1)
    return None


def _base(sent: Sent, start: int) -> bool:
    """A date a figure is compared with: "чем в 2022 году", "по сравнению с 2013 годом"."""
    k = sent.token_at(start)
    return any(sent.lemma(i) in BASES for i in range(max(0, k - 4), k))


def period_after(sent: Sent, stop: int, year: int | None = None) -> str | None:
    """A date right after the figure ending at character `stop` ("с $6,5 млрд в 1996 году
    до $55 млрд в 2025-м"): the figure's own, before any date said ahead of it."""
    dates = [Spoken(d.start, d.stop, d.value) for d in sent.dates] + spoken(sent, year)
    for date in sorted(dates, key=lambda d: d.start):
        gap = sent.text[stop - sent.start : date.start - sent.start]
        if date.start >= stop and gap.strip().lower() in {"в", "во", ""}:
            return date.value
    return None
