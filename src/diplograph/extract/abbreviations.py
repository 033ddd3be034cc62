"""Abbreviations: the ones a text defines ("министерства инвестиций и внешней торговли
(МИВТ)") and the few the news never spells out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .context import Sent

__all__ = ["COMMON_ABBREVIATIONS", "abbreviation", "abbreviations", "initials"]

# bodies the news names by their abbreviation alone, never spelling it out
COMMON_ABBREVIATIONS = {
    "РФПИ": "Российский фонд прямых инвестиций",
    "РЭЦ": "Российский экспортный центр",
    "ЕАБР": "Евразийский банк развития",
    "ЕЭК": "Евразийская экономическая комиссия",
}
SMALL_WORDS = {"и", "по", "с", "в", "на", "о", "об", "для", "при"}


def initials(words: Iterable[str]) -> str:
    """ "министр инвестиций, промышленности и торговли" -> "МИПТ"."""
    return "".join(w[:1].upper() for w in words if w.strip(",") and w.lower() not in SMALL_WORDS)


def abbreviation(text: str) -> bool:
    capitals = sum(1 for c in text if c.isupper())
    return 2 <= len(text) <= 8 and capitals >= 2 and capitals >= len(text) - 1


def abbreviations(sents: Sequence[Sent]) -> dict[str, str]:
    """Abbreviations the text defines: "министерства инвестиций и внешней торговли (МИВТ)",
    "Российского фонда прямых инвестиций /РФПИ/" -> the name in the nominative."""
    out: dict[str, str] = {}
    for sent in sents:
        tokens = sent.tokens
        for i in range(1, len(tokens) - 2):
            word = tokens[i + 1].text
            if tokens[i].text not in {"(", "/"} or tokens[i + 2].text not in {")", "/"}:
                continue
            if not abbreviation(word) or word in out:
                continue
            for first in range(i - 1, max(-1, i - 9), -1):
                words = [t.text for t in tokens[first:i]]
                # "Российско-Кыргызский фонд развития (РКФР)": each half of a compound counts
                halves = [h for w in words for h in w.split("-")]
                if word.upper() in {initials(words), initials(halves)}:
                    out[word] = sent.phrase(first, i)
                    break
            else:
                # "Катарский фонд развития (QFFD)": the initials of its name in another
                # language; the organisation named right before the bracket is what it means
                named = next((n for n in sent.names_of("org") if n.first < i <= n.last), None)
                if named is not None and word.isascii():
                    out[word] = named.mention.label.split(" (")[0].split(" /")[0]
    return COMMON_ABBREVIATIONS | out
