"""People's names and phrases in the nominative: "Мурата Нуртлеу" -> "Мурат Нуртлеу",
"фонда прямых инвестиций" -> "фонд прямых инвестиций"."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..records import Token
from .taggers import models

__all__ = ["nominative", "person_name"]


# Endings of inflected masculine names the dictionary does not know ("Хаканом Фиданом",
# "Саидовым", "Мирзиёева"): case -> (ending, replacement), longest first.
NAME_ENDINGS = {
    "Ins": (
        ("ским", "ский"),
        ("овым", "ов"),
        ("евым", "ев"),
        ("ёвым", "ёв"),
        ("иным", "ин"),
        ("ом", ""),
        ("ем", ""),
        ("ём", ""),
    ),
    "Gen": (
        ("ского", "ский"),
        ("ова", "ов"),
        ("ева", "ев"),
        ("ёва", "ёв"),
        ("ина", "ин"),
        ("а", ""),
        ("я", "й"),
    ),
    "Acc": (
        ("ского", "ский"),
        ("ова", "ов"),
        ("ева", "ев"),
        ("ёва", "ёв"),
        ("ина", "ин"),
        ("а", ""),
        ("я", "й"),
    ),
    "Dat": (("скому", "ский"), ("ову", "ов"), ("еву", "ев"), ("ину", "ин"), ("у", ""), ("ю", "й")),
    "Loc": (("ском", "ский"), ("ове", "ов"), ("еве", "ев"), ("ине", "ин"), ("е", "")),
}
FEMININE_ENDINGS = {
    "Ins": (("ской", "ская"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ой", "а")),
    "Gen": (("ской", "ская"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ы", "а")),
    "Acc": (("скую", "ская"), ("ову", "ова"), ("еву", "ева"), ("ину", "ина"), ("у", "а")),
    "Dat": (("ской", "ская"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("е", "а")),
}


def person_name(tokens: Sequence[Token], case: str | None = None) -> str:
    """A person's name in the nominative, spelled as the text spells it ("Бахтиёр").

    The dictionary inflects the names it knows; for the others ("Хаканом Фиданом") the
    endings of Russian name declension are undone, by the case and gender the tagger gave.
    `case` is the case of the title the name stands in apposition to ("с министром ...
    Хаканом Фиданом"), which the tagger sometimes gets right where the name is unknown."""
    vocab = models().vocab
    words = []
    # the parts of one name agree in case: a known surname's case tells the unknown name's
    span_case = next((t.feat("Case") for t in tokens if t.feat("Case") not in (None, "Nom")), None)
    title_nominative = case == "Nom"
    case = case or span_case
    for token in tokens:
        word = token.text
        own = token.feat("Case")
        if title_nominative:
            pass  # "Заместитель премьер-министра ... Сулаймон Давлатзода": already nominative
        elif own in (None, "Nom") and case not in (None, "Nom"):
            word = _undo_ending(token, case) or word
        elif own not in (None, "Nom") and token.pos in {"PROPN", "NOUN", "ADJ"}:
            word = _inflect_name(vocab, token) or _undo_ending(token, own) or word
        words.append(_shape_like(word, token.text))
    return " ".join(words)


def _shape_like(word: str, original: str) -> str:
    """Capitals where the text had them: "касым-жомарт" -> "Касым-Жомарт"."""
    parts = word.split("-")
    shapes = original.split("-")
    if len(parts) != len(shapes):
        return word[:1].upper() + word[1:]
    return "-".join(
        p[:1].upper() + p[1:] if s[:1].isupper() else p for p, s in zip(parts, shapes, strict=True)
    )


def _inflect_name(vocab: Any, token: Token) -> str | None:
    for form in vocab(token.text.lower()):
        if not ({"Name", "Surn", "Patr"} & set(form.tag.grammemes)):
            continue
        if form.feats.get("Case") != token.feat("Case"):
            continue
        nominative = form.inflect({"Nom"})
        if nominative is not None:
            word = str(nominative.word)
            return word if "ё" in token.text.lower() else word.replace("ё", "е")
    return None


def _undo_ending(token: Token, case: str) -> str | None:
    table = FEMININE_ENDINGS if token.feat("Gender") == "Fem" else NAME_ENDINGS
    word = token.text
    for ending, replacement in table.get(case, ()):
        if word.lower().endswith(ending) and len(word) - len(ending) >= 2:
            return word[: len(word) - len(ending)] + replacement
    return None


class _Word:
    """The shape natasha.norm expects of a token."""

    def __init__(self, index: int, head: int, start: int, form: _Form) -> None:
        self.id = index
        self.head_id = head
        self.start = start
        self.stop = start + len(form[0])
        self.text, self.pos = form[0], form[1]
        self.feats = dict(form[2])


# a word of a phrase as normalisation sees it: text, POS, features, head within the phrase,
# spaces before it; no offsets, so that one phrase in two sentences is one cache entry
_Form = tuple[str, str, tuple[tuple[str, str], ...], int, int]


def nominative(tokens: Sequence[Token], first: int, *, syntax: bool = True) -> str:
    """A contiguous phrase in the nominative; `first` is its first token's sentence index.

    With syntax, only the head and the words agreeing with it change ("фонда прямых
    инвестиций" -> "фонд прямых инвестиций"); without, every word does (names:
    "Мурата Нуртлеу" -> "Мурат Нуртлеу").
    """
    if not tokens:
        return ""
    forms = []
    for i, token in enumerate(tokens):
        head = token.head - first
        gap = token.start - tokens[i - 1].stop if i else 0
        head = head if 0 <= head < len(tokens) else -1
        forms.append((token.text, token.pos, token.feats, head, gap))
    return _nominative(tuple(forms), syntax)


@lru_cache(maxsize=100_000)
def _nominative(forms: tuple[_Form, ...], syntax: bool) -> str:
    """Phrases repeat across a corpus ("министр иностранных дел"): inflected once each."""
    from natasha.norm import normalize, syntax_normalize

    words: list[Any] = []
    start = 0
    for i, form in enumerate(forms):
        start += form[4]
        words.append(_Word(i, form[3], start, form))
        start += len(form[0])
    method = syntax_normalize if syntax else normalize
    return str(method(models().vocab, words))
