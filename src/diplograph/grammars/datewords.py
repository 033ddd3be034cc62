"""The words dates are made of, as closed tables of inflected forms: months, ordinals of
quarters and half-years, counts of months, years told by their distance ("прошлом году"),
days told by theirs ("вчера"). No rules here: dates.py builds them on these tables.
"""

from __future__ import annotations

__all__ = [
    "MONTH_BY_FORM",
    "MONTH_COUNTS",
    "ORDINAL_BY_FORM",
    "RELATIVE_SHIFTS",
    "YEAR_SHIFT_BY_FORM",
]


def _soft(stem: str) -> set[str]:
    return {stem + ending for ending in ("ь", "я", "е", "ю", "ем", "ём")}


def _hard(stem: str) -> set[str]:
    return {stem + ending for ending in ("", "а", "е", "у", "ом")}


MONTH_FORMS: dict[int, set[str]] = {
    1: _soft("январ"),
    2: _soft("феврал"),
    3: _hard("март"),
    4: _soft("апрел"),
    5: {"май", "мая", "мае", "маю", "маем"},
    6: _soft("июн"),
    7: _soft("июл"),
    8: _hard("август"),
    9: _soft("сентябр"),
    10: _soft("октябр"),
    11: _soft("ноябр"),
    12: _soft("декабр"),
}
MONTH_BY_FORM = {form: month for month, forms in MONTH_FORMS.items() for form in forms}

ORDINALS = {
    1: ("перв", "i", "1"),
    2: ("втор", "ii", "2"),
    3: ("трет", "iii", "3"),
    4: ("четверт", "четвёрт", "iv", "4"),
}
ORDINAL_ENDINGS = (
    *("ый", "ий", "ого", "ому", "ым", "ом", "ое", "ая", "ой", "ую"),
    *("ьего", "ьем", "ьему", "ьим", "ье", "ья", "ьей"),
)


def _ordinal_forms(stems: tuple[str, ...]) -> set[str]:
    return {stem + ending for stem in stems for ending in ORDINAL_ENDINGS} | set(stems)


ORDINAL_BY_FORM = {form: n for n, stems in ORDINALS.items() for form in _ordinal_forms(stems)}

MONTH_COUNTS = {
    "два": 2,
    "двух": 2,
    "три": 3,
    "трех": 3,
    "трёх": 3,
    "четыре": 4,
    "четырех": 4,
    "четырёх": 4,
    "пять": 5,
    "пяти": 5,
    "шесть": 6,
    "шести": 6,
    "семь": 7,
    "семи": 7,
    "восемь": 8,
    "восьми": 8,
    "девять": 9,
    "девяти": 9,
    "десять": 10,
    "десяти": 10,
    "одиннадцать": 11,
    "одиннадцати": 11,
} | {str(n): n for n in range(2, 12)}


def _adjective_forms(*stems: str) -> set[str]:
    """Masculine singular forms of adjectives that qualify "год": "прошлом", "текущего"."""
    endings = ("ый", "ий", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем")
    return {stem + ending for stem in stems for ending in endings}


# "в прошлом году", "до конца этого года", "в первом квартале текущего года": a year told
# by its distance from the publication year
YEAR_SHIFT_FORMS: dict[int, set[str]] = {
    -2: _adjective_forms("позапрошл"),
    -1: _adjective_forms("прошл", "минувш", "предыдущ"),
    0: _adjective_forms("текущ", "нынешн") | {"этот", "этого", "этому", "этим", "этом"},
    1: _adjective_forms("следующ", "будущ", "предстоящ"),
}
YEAR_SHIFT_BY_FORM = {form: n for n, forms in YEAR_SHIFT_FORMS.items() for form in forms}

_SOFT_ADJECTIVE = ("ий", "его", "ему", "им", "ем", "яя", "ей", "юю", "ее", "ие", "их", "ими")
RELATIVE_SHIFTS = {
    "позавчера": -2,
    "вчера": -1,
    "сегодня": 0,
    "завтра": 1,
    "послезавтра": 2,
    # "о своей вчерашней встрече": the day told by an adjective; "сегодняшний" stays out, as
    # "на сегодняшний день" dates a state of things, not an event
    **{"позавчерашн" + ending: -2 for ending in _SOFT_ADJECTIVE},
    **{"вчерашн" + ending: -1 for ending in _SOFT_ADJECTIVE},
}

# "в четверг": a day of the week, told by a report of the days just past (Monday = 0)
WEEKDAY_BY_FORM = {
    "понедельник": 0,
    "вторник": 1,
    "среду": 2,
    "четверг": 3,
    "пятницу": 4,
    "субботу": 5,
    "воскресенье": 6,
}
