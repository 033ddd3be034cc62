"""Money amounts in Russian news text: "$500 млн", "2,5 миллиарда долл.", "полмиллиарда евро".

The Yargy rules are built bottom-up: amounts (numbers.py) -> currencies -> MONEY. Yargy
facts never leave this module: `find_money` turns each match into a frozen `Money`.

Why a plain (non-morphological) tokenizer: every word the grammar needs (currencies,
multipliers, number words) is a small closed class, so explicit inflected forms are both
faster (no pymorphy call per token) and more predictable than lemmatisation, which guesses
on rare currency names ("драмов", "лари", "сомони").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from yargy import Parser, or_, rule
from yargy.predicates import caseless, custom, eq, in_, in_caseless

from .numbers import (
    AMOUNT,
    DOT,
    MULTIPLIER,
    MULTIPLIER_VALUES,
    NUMBER,
    REMAINDER,
    WORD_AMOUNT,
    WORD_VALUES,
    MoneyFact,
    forms,
    make_tokenizer,
    parse_numeral,
    plain,
)
from .scanning import candidate_runs, scan

__all__ = [
    "Money",
    "candidate_runs",
    "find_amounts",
    "find_money",
    "parse_number",
    "parse_numeral",
    "scan",
]


@dataclass(frozen=True)
class Money:
    """A money amount; start/stop are character offsets into the searched text."""

    start: int
    stop: int
    amount: Decimal  # plain units: "$1,2 млрд" -> Decimal("1200000000")
    currency: str  # ISO 4217


# ---------------------------------------------------------------------------
# Currencies
# ---------------------------------------------------------------------------

# Inflected forms of each currency name. Bare "манат" is read as AZN: the sources this
# project reads are mostly Azerbaijani; "туркменских манатов" switches to TMT (qualifiers).
CURRENCY_FORMS: dict[str, set[str]] = {
    "USD": forms("доллар"),
    "EUR": {"евро"},
    "RUB": {"рубль", "рубля", "рублей", "рублю", "рублем", "рублём", "рубле", "рубли"}
    | {"рублям", "рублями", "рублях"},
    "CNY": {"юань", "юаня", "юаней", "юаню", "юанем", "юане", "юани", "юаням", "юанями"},
    "KZT": {"тенге"},
    "AZN": forms("манат"),
    "UZS": forms("сум"),
    "TRY": {"лира", "лиры", "лир", "лиру", "лирой", "лирам", "лирами", "лирах", "лире"},
    "UAH": {"гривна", "гривны", "гривен", "гривень", "гривну", "гривной", "гривнам", "гривнах"},
    "GEL": {"лари"},
    "AMD": {"драм", "драма", "драмов", "драму", "драмом", "драмам", "драмах"},
    "KGS": {"сом", "сома", "сомов", "сому", "сомом", "сомам", "сомах"},
    "TJS": {"сомони"},
    "JPY": {"иена", "иены", "иен", "иену", "иеной", "иенам", "иенах"}
    | {"йена", "йены", "йен", "йену", "йеной", "йенам", "йенах"},
    "INR": {"рупия", "рупии", "рупий", "рупиям", "рупиях"},
    "AED": forms("дирхам"),
    "CHF": forms("франк"),
    # "фунтов стерлингов": the grammar asks for "стерлингов" after "фунт" (a pound of weight
    # is a "фунт" too)
    "GBP": forms("фунт"),
}
CURRENCY_ABBRS: dict[str, str] = {"долл": "USD", "руб": "RUB"}
CURRENCY_CODES = {
    "USD",
    "EUR",
    "RUB",
    "CNY",
    "KZT",
    "AZN",
    "TMT",
    "UZS",
    "TRY",
    "UAH",
    "GEL",
    "AMD",
    "KGS",
    "TJS",
    "BYN",
    "GBP",
    "JPY",
    "INR",
    "AED",
    "CHF",
}
CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₸": "KZT", "₼": "AZN"}

CURRENCY_BY_WORD: dict[str, str] = {
    **{form: code for code, forms in CURRENCY_FORMS.items() for form in forms},
    **CURRENCY_ABBRS,
    **{code.lower(): code for code in CURRENCY_CODES},
    **CURRENCY_SIGNS,
    "us$": "USD",
}


def _currency_code(value: str) -> str:
    # the chain text: "долларов", "долл.", "фунтов стерлингов", "US$", "€", "USD"
    return CURRENCY_BY_WORD[value.lower().split()[0].rstrip(".")]


# An adjective before the currency name may change the code: (adjective stem, base) -> code.
QUALIFIED: dict[tuple[str, str], str] = {
    ("белорусск", "RUB"): "BYN",
    ("туркменск", "AZN"): "TMT",
    ("канадск", "USD"): "CAD",
    ("австралийск", "USD"): "AUD",
    ("гонконгск", "USD"): "HKD",
    ("сингапурск", "USD"): "SGD",
}
_QUALIFIER_STEMS = (
    "американск",
    "российск",
    "китайск",
    "казахстанск",
    "азербайджанск",
    "узбекск",
    "турецк",
    "украинск",
    "грузинск",
    "армянск",
    "кыргызск",
    "киргизск",
    "таджикск",
    "японск",
    "индийск",
    "швейцарск",
    "эмиратск",
    *{stem for stem, _ in QUALIFIED},
)
_QUALIFIER_RE = re.compile(
    "(" + "|".join(_QUALIFIER_STEMS) + ")(ий|ого|ому|им|ом|ие|их|ими)$", re.IGNORECASE
)


def _is_qualifier(value: str) -> bool:
    return _QUALIFIER_RE.match(value) is not None


def _qualifier_stem(value: str) -> str:
    match = _QUALIFIER_RE.match(value)
    return match.group(1).lower() if match else ""


QUALIFIER = custom(_is_qualifier, types="RU").interpretation(
    MoneyFact.qualifier.custom(_qualifier_stem)
)

CURRENCY_NAME = or_(
    rule(in_caseless(set(CURRENCY_BY_WORD) - set(CURRENCY_FORMS["GBP"]) - set(CURRENCY_ABBRS))),
    rule(in_caseless(set(CURRENCY_ABBRS)), DOT.optional()),
    rule(in_caseless(CURRENCY_FORMS["GBP"]), in_caseless(forms("стерлинг"))),
).interpretation(MoneyFact.currency.custom(_currency_code))

# "долларов США", "долл. США": the country is part of the currency name
SUFFIX_CURRENCY = rule(QUALIFIER.optional(), CURRENCY_NAME, in_caseless({"сша"}).optional())

# "$500 млн", "US$ 3 млн", "€50 млн", "USD 40 млн" (codes are upper case: "try" is a word)
PREFIX_CURRENCY = or_(
    rule(caseless("us"), eq("$")),
    rule(in_(set(CURRENCY_SIGNS) | CURRENCY_CODES)),
).interpretation(MoneyFact.currency.custom(_currency_code))

MONEY = or_(
    rule(PREFIX_CURRENCY, AMOUNT),
    rule(AMOUNT, SUFFIX_CURRENCY),
).interpretation(MoneyFact)

BARE_NUMBER = rule(NUMBER).interpretation(MoneyFact)

# "более 400 миллионов", "полмиллиарда": an amount whose currency the text left to the
# figure before it
BARE_AMOUNT = or_(
    rule(NUMBER, MULTIPLIER, REMAINDER.optional()),
    WORD_AMOUNT,
).interpretation(MoneyFact)

# ---------------------------------------------------------------------------
# Parsers (built once, lazily: building activates every rule)
# ---------------------------------------------------------------------------


_PARSERS: dict[str, Any] = {}


def _parser(name: str) -> Any:
    parser = _PARSERS.get(name)
    if parser is None:
        grammar = {"money": MONEY, "number": BARE_NUMBER, "amount": BARE_AMOUNT}[name]
        parser = _PARSERS[name] = Parser(grammar, tokenizer=make_tokenizer())
    return parser


# Only the run of words around a currency marker that the grammar could consume can hold
# money, and yargy's cost grows with every token it sees (it predicts the whole grammar at
# each one), so it runs on those runs alone. Stems start a word: "иен" not in "клиент".
_ANCHOR_RE = re.compile(
    r"[$€£₽₸₼]|\b(?:" + "|".join(sorted(CURRENCY_CODES)) + r")\b"
    r"|(?<![а-яё])(?i:долл|евро|руб|юан|тенге|манат|сум|лир|грив|лари|драм|сом|фунт|иен|йен"
    r"|рупи|дирхам|франк)"
)
_VOCABULARY = (
    set(WORD_VALUES)
    | set(MULTIPLIER_VALUES)
    | set(CURRENCY_BY_WORD)
    | forms("стерлинг")
    | {"пол", "us", "сша"}
)
_LETTERS_RE = re.compile(r"[а-яёa-z]+", re.IGNORECASE)


def _is_money_word(word: str) -> bool:
    return all(
        part.lower() in _VOCABULARY or _is_qualifier(part) for part in _LETTERS_RE.findall(word)
    )


# The first token of a match: a number, a number or multiplier word, a sign or a code.
_STARTERS = (
    set(WORD_VALUES)
    | set(MULTIPLIER_VALUES)
    | set(CURRENCY_SIGNS)
    | {code.lower() for code in CURRENCY_CODES}
    | {"пол", "us"}
)


def _can_start(value: str) -> bool:
    return value[0].isdigit() or value.lower() in _STARTERS


_RANGE_TAIL_RE = re.compile(r"\s*[-‑–—]\s*\d")
# "$1-миллиардный фонд", "$20-миллионный грант": the multiplier is glued to the number as an
# adjective the grammar's words do not cover
_ADJECTIVE_MULTIPLIER_RE = re.compile(
    r"[-‑](миллиард|миллион|триллион)н(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)\b", re.I
)
_ADJECTIVE_MULTIPLIERS = {"миллиард": 10**9, "миллион": 10**6, "триллион": 10**12}


def _to_money(start: int, stop: int, found: Any, text: str) -> Money | None:
    if found.currency is None:
        return None
    number = found.number if found.number is not None else Decimal(1)
    multiplier = found.multiplier if found.multiplier is not None else Decimal(1)
    remainder = found.remainder if found.remainder is not None else Decimal(0)
    # a remainder must be of a smaller order: "1 млрд 200 млн", not "5 млн 3 млрд"
    if number.is_nan() or remainder.is_nan() or remainder >= multiplier:
        return None
    # "$1–2 млрд": the match stops at the lower bound of a range and would read "$1"
    glued = _ADJECTIVE_MULTIPLIER_RE.match(text, stop)
    if glued and found.multiplier is None:
        multiplier = Decimal(_ADJECTIVE_MULTIPLIERS[glued.group(1).lower()])
        stop = glued.end()
    elif _RANGE_TAIL_RE.match(text, stop):
        return None
    currency = QUALIFIED.get((found.qualifier or "", found.currency), found.currency)
    # a final abbreviation dot is usually also the sentence's full stop: leave it out
    if text[stop - 1] == ".":
        stop -= 1
    return Money(start, stop, plain(number * multiplier + remainder), currency)


@lru_cache(maxsize=50_000)
def _scan_run(run: str) -> tuple[tuple[int, int, Any], ...]:
    """The matches in one candidate run; runs repeat across a corpus ("1 млрд долларов"),
    so each is parsed once. The facts are only read, never changed."""
    return tuple(scan(_parser("money"), run, _can_start))


def find_money(text: str) -> list[Money]:
    """All money amounts in text, sorted by position."""
    found: list[Money] = []
    for run_start, run_stop in candidate_runs(text, _ANCHOR_RE, _is_money_word):
        for start, stop, fact_ in _scan_run(text[run_start:run_stop]):
            money = _to_money(run_start + start, run_start + stop, fact_, text)
            if money is not None:
                found.append(money)
    return sorted(set(found), key=lambda m: (m.start, m.stop))


_MULTIPLIER_RE = re.compile(
    r"(?<![а-яё])(?i:млн|млрд|трлн|тыс|(?:пол(?:у)?)?(?:миллион|миллиард|триллион)|тысяч)"
)


def find_amounts(text: str) -> list[Money]:
    """Amounts with a multiplier and no currency ("более 400 миллионов"), sorted by
    position, currency "": a caller that knows the figure before supplies it. Amounts that
    are money (with a currency) are left to find_money."""
    money = find_money(text)
    found: list[Money] = []
    for run_start, run_stop in candidate_runs(text, _MULTIPLIER_RE, _is_money_word):
        run = text[run_start:run_stop]
        for start, stop, fact_ in scan(_parser("amount"), run, _can_start):
            start, stop = run_start + start, run_start + stop
            if any(m.start <= start < m.stop for m in money):
                continue
            number = fact_.number if fact_.number is not None else Decimal(1)
            multiplier = fact_.multiplier if fact_.multiplier is not None else Decimal(1)
            remainder = fact_.remainder if fact_.remainder is not None else Decimal(0)
            if number.is_nan() or remainder.is_nan() or remainder >= multiplier:
                continue
            if text[stop - 1] == ".":
                stop -= 1
            found.append(Money(start, stop, plain(number * multiplier + remainder), ""))
    return sorted(set(found), key=lambda m: (m.start, m.stop))


def parse_number(text: str) -> Decimal | None:
    """A bare quantity: "14,3", "1 200", "пять", "двадцать пять", "полтора"; else None."""
    match = _parser("number").match(text.strip())
    if match is None:
        return None
    number = match.fact.number
    if number is None or number.is_nan():
        return None
    return plain(number)
