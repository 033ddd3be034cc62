"""National bodies and companies a reader knows the country of without being told
("Газпром", "Мажилис", "Халк Маслахаты"): the table bodies.tsv, matched on words in any case."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..data import read_table
from ..data.gazetteer import Place, gazetteer

__all__ = ["ORG_NOUNS", "body_at", "body_country", "body_in", "country_by_lemmas", "words"]

# nouns that head an organisation's name ("комитет", "министерство", "фонд")
ORG_NOUNS = {
    "комитет",
    "министерство",
    "управление",
    "агентство",
    "фонд",
    "служба",
    "департамент",
    "отдел",
    "кабинет",
    "администрация",
    "корпорация",
    "компания",
    "банк",
    "палата",
    "ассоциация",
    "организация",
    "совет",
    "госсовет",
    "центр",
    "союз",
    "академия",
    "университет",
    "институт",
}
QUOTES = str.maketrans({q: " " for q in '«»"„“”()'})


def words(text: str) -> list[str]:
    return text.translate(QUOTES).lower().replace("ё", "е").split()


@cache
def _bodies(table: str = "bodies.tsv") -> tuple[tuple[tuple[str, ...], str, str], ...]:
    return tuple((tuple(words(name)), country, name) for name, country in read_table(table))


def _same(word: str, name: str) -> bool:
    """A word of the text is the name's word in any case ("газпрома", "мажилиса")."""
    if len(name) <= 4:
        return word == name
    return word.startswith(name[: max(4, len(name) - 2)]) and len(word) <= len(name) + 3


@cache
def _by_opening(table: str) -> dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]:
    """The table's bodies by the first four letters of their first word, in table order: a
    word of the text can be a name's first word only if it opens with them (see _same)."""
    out: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for body in _bodies(table):
        if body[0]:
            out.setdefault(body[0][0][:4], []).append(body)
    return {opening: tuple(bodies) for opening, bodies in out.items()}


def body_at(text: Sequence[str], k: int, table: str = "bodies.tsv") -> tuple[int, str, str] | None:
    """The known body (or region, from regions.tsv) whose name begins at word k of `text`
    (lower case): its length in words, its country's key and its name in the nominative."""
    if not 0 <= k < len(text):
        return None
    for name, country, label in _by_opening(table).get(text[k][:4], ()):
        if k + len(name) <= len(text) and all(_same(text[k + n], w) for n, w in enumerate(name)):
            return len(name), country, label
    return None


def body_in(text: Sequence[str], a: int, b: int, taken: set[int]) -> tuple[int, int, str] | None:
    """The first known body named within words [a, b) of `text` that no other reading took:
    its range and its name in the nominative."""
    for k in range(a, b):
        found = body_at(text, k) if k not in taken else None
        if found is not None and k + found[0] <= b:
            return k, k + found[0], found[2]
    return None


def body_country(text: Sequence[str], table: str = "bodies.tsv") -> str | None:
    """The country of the first known body (or region) named anywhere in `text`."""
    for k in range(len(text)):
        found = body_at(text, k, table)
        if found is not None:
            return found[1]
    return None


def country_by_lemmas(lemmas: Sequence[str]) -> tuple[int, Place] | None:
    """A country's name of two or three words the tagger did not mark, from the start of
    `lemmas` ("непризнанного Исламского Эмирата" names Afghanistan): its length in words."""
    for n in (3, 2):
        place = gazetteer().by_name(" ".join(lemmas[:n])) if len(lemmas) >= n else None
        if place is not None and place.kind == "country":
            return n, place
    return None
