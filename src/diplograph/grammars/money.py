"""Money amounts in Russian news text: "$500 млн", "2,5 миллиарда долл.", "полмиллиарда евро".

The Yargy rules below are built bottom-up (numbers -> multipliers -> currencies -> MONEY).
Yargy facts never leave this module: `find_money` turns each match into a frozen `Money`.

Why a plain (non-morphological) tokenizer: every word the grammar needs (currencies,
multipliers, number words) is a small closed class, so explicit inflected forms are both
faster (no pymorphy call per token) and more predictable than lemmatisation, which guesses
on rare currency names ("драмов", "лари", "сомони").

Why a custom NUM token: Yargy's tokenizer drops whitespace, so "1 000 000" and "1, 2"
would look alike to rules. A number with its decimal separator and thin/normal/non-breaking
thousands spaces is therefore one token, and `parse_numeral` reads it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from yargy import Parser, or_, rule
from yargy.interpretation import fact
from yargy.parser import prepare_match, prepare_trees
from yargy.predicates import caseless, custom, eq, in_, in_caseless
from yargy.tokenizer import RULES, Tokenizer, TokenRule

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
# Numbers
# ---------------------------------------------------------------------------

_GROUP_SPACE = "[ \u00a0\u202f\u2009]"
NUM_PATTERN = (
    # "1 000 000", "12 500,5": groups of three digits after spaces of any width
    rf"\d{{1,3}}(?:{_GROUP_SPACE}\d{{3}})+(?:[.,]\d+)?(?!\d)"
    # "500", "1,2", "2,456", "1,000,000", "11.03.2025" (the last one is rejected later)
    r"|\d+(?:[.,]\d+)*"
)
NUM = "NUM"


def parse_numeral(value: str) -> Decimal | None:
    """Read one NUM token. A single comma or dot is decimal ("2,456" = 2.456, Russian
    style); several equal separators group thousands ("1,000,000"); with mixed separators
    the last one is decimal ("1.000,5"). Anything else (dates like "11.03.2025") is None."""
    digits = re.sub(_GROUP_SPACE, "", value)
    seps = re.findall(r"[.,]", digits)
    try:
        if len(seps) <= 1:
            return Decimal(digits.replace(",", "."))
        head, _, tail = digits.rpartition(seps[-1])
        if len(set(seps)) == 1:
            groups = digits.split(seps[0])
            if any(len(group) != 3 for group in groups[1:]):
                return None
            return Decimal("".join(groups))
        groups = re.split(r"[.,]", head)
        if any(len(group) != 3 for group in groups[1:]):
            return None
        return Decimal("".join(groups) + "." + tail)
    except InvalidOperation:
        return None


def _is_numeral(value: str) -> bool:
    return parse_numeral(value) is not None


# Number words (inflected forms an amount takes before a multiplier or currency).
_UNITS: dict[int, tuple[str, ...]] = {
    1: ("один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну"),
    2: ("два", "две", "двух", "двум", "двумя"),
    3: ("три", "трех", "трёх", "трем", "трём", "тремя"),
    4: ("четыре", "четырех", "четырёх", "четырем", "четырём", "четырьмя"),
    5: ("пять", "пяти", "пятью"),
    6: ("шесть", "шести", "шестью"),
    7: ("семь", "семи", "семью"),
    8: ("восемь", "восьми", "восемью", "восьмью"),
    9: ("девять", "девяти", "девятью"),
    10: ("десять", "десяти", "десятью"),
}
_TEENS = {
    11: "одиннадцать",
    12: "двенадцать",
    13: "тринадцать",
    14: "четырнадцать",
    15: "пятнадцать",
    16: "шестнадцать",
    17: "семнадцать",
    18: "восемнадцать",
    19: "девятнадцать",
}
for _value, _word in _TEENS.items():
    _UNITS[_value] = (_word, _word[:-1] + "и", _word + "ю")
_TENS: dict[int, tuple[str, ...]] = {
    20: ("двадцать", "двадцати", "двадцатью"),
    30: ("тридцать", "тридцати", "тридцатью"),
    40: ("сорок", "сорока"),
    50: ("пятьдесят", "пятидесяти"),
    60: ("шестьдесят", "шестидесяти"),
    70: ("семьдесят", "семидесяти"),
    80: ("восемьдесят", "восьмидесяти"),
    90: ("девяносто", "девяноста"),
}
_HUNDREDS: dict[int, tuple[str, ...]] = {
    100: ("сто", "ста"),
    200: ("двести", "двухсот"),
    300: ("триста", "трехсот", "трёхсот"),
    400: ("четыреста", "четырехсот", "четырёхсот"),
    500: ("пятьсот", "пятисот"),
    600: ("шестьсот", "шестисот"),
    700: ("семьсот", "семисот"),
    800: ("восемьсот", "восьмисот"),
    900: ("девятьсот", "девятисот"),
}
_HALF_OF_TWO = ("полтора", "полторы", "полутора")

WORD_VALUES: dict[str, Decimal] = {"полтора": Decimal("1.5")}
for _table in (_UNITS, _TENS, _HUNDREDS):
    for _value, _spellings in _table.items():
        for _form in _spellings:
            WORD_VALUES[_form] = Decimal(_value)
for _form in _HALF_OF_TWO:
    WORD_VALUES[_form] = Decimal("1.5")


def _words_value(value: str) -> Decimal:
    """ "двадцать пять" -> 25. Words must fall in magnitude (hundreds, tens, units), so a
    run like "пять десять" is not a number: NaN, which find_money drops."""
    total, previous = Decimal(0), Decimal("Infinity")
    for word in value.lower().split():
        number = WORD_VALUES[word]
        # "сто" then "двадцать" then "пять": each next word is of a smaller order
        order = Decimal(100) if number >= 100 else Decimal(20) if number >= 20 else Decimal(1)
        if order >= previous or (number == Decimal("1.5") and total):
            return Decimal("NaN")
        total, previous = total + number, order
    return total


# ---------------------------------------------------------------------------
# Yargy fact (private: adapted to Money in find_money)
#
# Why lookup functions instead of one rule per value: yargy predicts every alternative of
# the grammar at every token, so "one predicate + a dictionary" keeps the prediction set
# (and the run time) small; a rule per currency made that set about five times larger.
# ---------------------------------------------------------------------------

MoneyFact = fact("MoneyFact", ["number", "multiplier", "remainder", "currency", "qualifier"])

DOT = eq(".")
DASH = in_({"-", "‑", "–"})

NUMERAL = custom(_is_numeral, types=NUM)
NUMBER_WORD = in_caseless(set(WORD_VALUES))

NUMBER = or_(
    rule(NUMERAL).interpretation(MoneyFact.number.custom(parse_numeral)),
    NUMBER_WORD.repeatable(max=3).interpretation(MoneyFact.number.custom(_words_value)),
)

# ---------------------------------------------------------------------------
# Multipliers
# ---------------------------------------------------------------------------

_NOUN_ENDINGS = ("", "а", "ов", "у", "ом", "е", "ы", "ам", "ами", "ах")


def _forms(stem: str, endings: tuple[str, ...] = _NOUN_ENDINGS) -> set[str]:
    return {stem + ending for ending in endings}


MULTIPLIER_VALUES: dict[str, Decimal] = {"тыс": Decimal(10**3)}
for _form in ("тысяча", "тысячи", "тысяч", "тысячу", "тысячей", "тысячам", "тысячами"):
    MULTIPLIER_VALUES[_form] = Decimal(10**3)
MULTIPLIER_VALUES["тысячах"] = MULTIPLIER_VALUES["тысяче"] = Decimal(10**3)
for _word, _abbr, _power in (
    ("миллион", "млн", 6),
    ("миллиард", "млрд", 9),
    ("триллион", "трлн", 12),
):
    MULTIPLIER_VALUES[_abbr] = Decimal(10**_power)
    for _form in _forms(_word):
        MULTIPLIER_VALUES[_form] = Decimal(10**_power)
        # "полмиллиарда", "полумиллиарде": half of the unit
        MULTIPLIER_VALUES["пол" + _form] = MULTIPLIER_VALUES["полу" + _form] = (
            Decimal(10**_power) / 2
        )
MULTIPLIER_ABBRS = {"тыс", "млн", "млрд", "трлн"}
MULTIPLIER_WORDS = {
    form for form in MULTIPLIER_VALUES if form not in MULTIPLIER_ABBRS and form[:3] != "пол"
}
HALF_WORDS = {form for form in MULTIPLIER_VALUES if form[:3] == "пол"}


def _multiplier(value: str) -> Decimal:
    # the chain text: "млрд.", "миллиардов", "полмиллиарда", "пол-миллиарда"
    key = re.sub(r"[\s.\-‑–]", "", value.lower())
    return MULTIPLIER_VALUES[key]


MULTIPLIER_WORD = in_caseless(MULTIPLIER_WORDS)

MULTIPLIER = or_(
    rule(MULTIPLIER_WORD),
    rule(in_caseless(MULTIPLIER_ABBRS), DOT.optional()),
).interpretation(MoneyFact.multiplier.custom(_multiplier))

# A bare full word or a half is an amount by itself: "миллиард долларов" = 1 × 10^9.
WORD_AMOUNT = or_(
    rule(MULTIPLIER_WORD),
    rule(in_caseless(HALF_WORDS)),
    rule(caseless("пол"), DASH, MULTIPLIER_WORD),
).interpretation(MoneyFact.multiplier.custom(_multiplier))


def _remainder(value: str) -> Decimal:
    # "200 млн" of "1 млрд 200 млн": number × multiplier in one go
    number, multiplier = value.rsplit(maxsplit=1)
    parsed = parse_numeral(number)
    return Decimal("NaN") if parsed is None else parsed * _multiplier(multiplier)


# "1 млрд 200 млн долларов"
REMAINDER = rule(
    NUMERAL, or_(rule(MULTIPLIER_WORD), rule(in_caseless(MULTIPLIER_ABBRS), DOT.optional()))
).interpretation(MoneyFact.remainder.custom(_remainder))

AMOUNT = or_(
    rule(NUMBER, MULTIPLIER.optional(), REMAINDER.optional()),
    WORD_AMOUNT,
)

# ---------------------------------------------------------------------------
# Currencies
# ---------------------------------------------------------------------------

# Inflected forms of each currency name. Bare "манат" is read as AZN: the sources this
# project reads are mostly Azerbaijani; "туркменских манатов" switches to TMT (qualifiers).
CURRENCY_FORMS: dict[str, set[str]] = {
    "USD": _forms("доллар"),
    "EUR": {"евро"},
    "RUB": {"рубль", "рубля", "рублей", "рублю", "рублем", "рублём", "рубле", "рубли"}
    | {"рублям", "рублями", "рублях"},
    "CNY": {"юань", "юаня", "юаней", "юаню", "юанем", "юане", "юани", "юаням", "юанями"},
    "KZT": {"тенге"},
    "AZN": _forms("манат"),
    "UZS": _forms("сум"),
    "TRY": {"лира", "лиры", "лир", "лиру", "лирой", "лирам", "лирами", "лирах", "лире"},
    "UAH": {"гривна", "гривны", "гривен", "гривень", "гривну", "гривной", "гривнам", "гривнах"},
    "GEL": {"лари"},
    "AMD": {"драм", "драма", "драмов", "драму", "драмом", "драмам", "драмах"},
    "KGS": {"сом", "сома", "сомов", "сому", "сомом", "сомам", "сомах"},
    "TJS": {"сомони"},
    "JPY": {"иена", "иены", "иен", "иену", "иеной", "иенам", "иенах"}
    | {"йена", "йены", "йен", "йену", "йеной", "йенам", "йенах"},
    "INR": {"рупия", "рупии", "рупий", "рупиям", "рупиях"},
    "AED": _forms("дирхам"),
    "CHF": _forms("франк"),
    # "фунтов стерлингов": the grammar asks for "стерлингов" after "фунт" (a pound of weight
    # is a "фунт" too)
    "GBP": _forms("фунт"),
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
    rule(in_caseless(CURRENCY_FORMS["GBP"]), in_caseless(_forms("стерлинг"))),
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


def make_tokenizer() -> Any:
    """Yargy's default rules with INT replaced by NUM (see the module docstring)."""
    rules = [TokenRule(NUM, NUM_PATTERN)] + [r for r in RULES if r.type != "INT"]
    return Tokenizer(rules)


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
    | _forms("стерлинг")
    | {"пол", "us", "сша"}
)
_WORD_RE = re.compile(r"\S+")
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


def candidate_runs(
    text: str, anchors: re.Pattern[str], is_part: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """Character spans of the whitespace-separated words around each anchor match that
    `is_part` accepts: the only places a grammar needs to look at. Shared with dates.py."""
    words = [(match.start(), match.end(), match.group()) for match in _WORD_RE.finditer(text)]
    starts = [start for start, _, _ in words]
    runs: list[tuple[int, int]] = []
    for anchor in anchors.finditer(text):
        index = bisect_right(starts, anchor.start()) - 1
        if runs and words[index][0] < runs[-1][1]:
            continue  # this anchor's word is already inside the previous run
        first = last = index
        while first > 0 and is_part(words[first - 1][2]):
            first -= 1
        while last + 1 < len(words) and is_part(words[last + 1][2]):
            last += 1
        runs.append((words[first][0], words[last][1]))
    return runs


def scan(
    parser: Any, text: str, can_start: Callable[[str], bool]
) -> Iterator[tuple[int, int, Any]]:
    """Leftmost-longest matches of parser's grammar in a short text: (start, stop, fact).

    Yargy's findall predicts the whole grammar at every token; starting a chart (all=False)
    only at tokens whose text `can_start` a match is several times cheaper on the short runs
    candidate_runs gives. Shared with dates.py."""
    position = 0
    for token in parser.tokenizer(text):
        start = token.span.start
        if start < position or not can_start(token.value):
            continue
        chart = parser.chart(text[start:], all=False)
        best = max(chart.matches(parser.rule), key=lambda state: state.range[1], default=None)
        match = prepare_match(next(prepare_trees([best]))) if best is not None else None
        if match is not None:
            position = start + match.span.stop
            yield start + match.span.start, position, match.fact


def _plain(amount: Decimal) -> Decimal:
    # exact and without exponent or trailing zeros: 1.2 × 10^9 -> Decimal("1200000000")
    if amount == amount.to_integral_value():
        return Decimal(int(amount))
    return Decimal(format(amount.normalize(), "f"))


_RANGE_TAIL_RE = re.compile(r"\s*[-‑–—]\s*\d")


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
    if _RANGE_TAIL_RE.match(text, stop):
        return None
    currency = QUALIFIED.get((found.qualifier or "", found.currency), found.currency)
    # a final abbreviation dot is usually also the sentence's full stop: leave it out
    if text[stop - 1] == ".":
        stop -= 1
    return Money(start, stop, _plain(number * multiplier + remainder), currency)


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
            found.append(Money(start, stop, _plain(number * multiplier + remainder), ""))
    return sorted(set(found), key=lambda m: (m.start, m.stop))


def parse_number(text: str) -> Decimal | None:
    """A bare quantity: "14,3", "1 200", "пять", "двадцать пять", "полтора"; else None."""
    match = _parser("number").match(text.strip())
    if match is None:
        return None
    number = match.fact.number
    if number is None or number.is_nan():
        return None
    return _plain(number)
