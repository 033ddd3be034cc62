"""Towns the tagger left alone after the word saying they are towns: "в г.Термезе", "в
городе Чэнду", "в с. Х"."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..data.gazetteer import gazetteer
from ..records import Mention, Token

__all__ = ["towns_after_words"]

TOWN_WORDS = {"г", "город", "с", "село", "пос", "поселок", "посёлок"}
SHORT_TOWN_WORDS = {"г", "с", "пос"}  # abbreviations: with their dot


def towns_after_words(
    sentence: int, tokens: Sequence[Token], taken: set[int]
) -> Iterable[tuple[int, Mention]]:
    """(index, town) of each one-word town after a town word, when the gazetteer knows it
    as a town."""
    gz = gazetteer()
    for i, token in enumerate(tokens):
        if i in taken or not token.text[:1].isupper() or i < 1:
            continue
        dot = tokens[i - 1].text == "."
        k = i - 2 if dot else i - 1
        word = tokens[k].text.lower() if k >= 0 else ""
        if word not in TOWN_WORDS and tokens[k].lemma not in TOWN_WORDS - SHORT_TOWN_WORDS:
            continue
        if word in SHORT_TOWN_WORDS and not dot:
            continue  # "с" alone is the preposition
        place = gz.by_name(token.lemma) or gz.by_name(token.text)
        if place is not None and place.kind == "city":
            yield (
                i,
                Mention("city", place.label_ru, sentence, token.start, token.stop, key=place.key),
            )
