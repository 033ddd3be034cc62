"""Amounts in Russian text: numerals ("1 000 000", "2,5"), number words ("двадцать пять",
"полтора") and multipliers ("млн", "миллиардов", "полмиллиарда"), as Yargy rules.

The rules interpret into `MoneyFact`, which money.py completes with a currency; no Yargy
fact leaves the grammars package.

Why a custom NUM token: Yargy's tokenizer drops whitespace, so "1 000 000" and "1, 2"
would look alike to rules. A number with its decimal separator and thin/normal/non-breaking
thousands spaces is therefore one token, and `parse_numeral` reads it.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from yargy import or_, rule
from yargy.interpretation import fact
from yargy.predicates import caseless, custom, eq, in_, in_caseless
from yargy.tokenizer import RULES, Tokenizer, TokenRule

__all__ = [
    "AMOUNT",
    "DOT",
    "MULTIPLIER",
    "MULTIPLIER_VALUES",
    "NUMBER",
    "REMAINDER",
    "WORD_AMOUNT",
    "WORD_VALUES",
    "MoneyFact",
    "forms",
    "make_tokenizer",
    "parse_numeral",
    "plain",
]

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


def forms(stem: str, endings: tuple[str, ...] = _NOUN_ENDINGS) -> set[str]:
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
    for _form in forms(_word):
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


def make_tokenizer() -> Any:
    """Yargy's default rules with INT replaced by NUM (see the module docstring)."""
    rules = [TokenRule(NUM, NUM_PATTERN)] + [r for r in RULES if r.type != "INT"]
    return Tokenizer(rules)


def plain(amount: Decimal) -> Decimal:
    # exact and without exponent or trailing zeros: 1.2 × 10^9 -> Decimal("1200000000")
    if amount == amount.to_integral_value():
        return Decimal(int(amount))
    return Decimal(format(amount.normalize(), "f"))
