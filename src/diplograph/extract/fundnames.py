"""Funds as a text names them: the phrase ("Российско-Китайский инвестиционный фонд", "фонда
прямых инвестиций"), when two phrases name one fund, and the memory an article keeps of the
fund it last created and of the abbreviations it defines ("Российский фонд прямых
инвестиций /РФПИ/").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..data.gazetteer import gazetteer
from ..records import Mention
from .context import Sent

__all__ = [
    "HEADS",
    "FundMemory",
    "FundPhrase",
    "as_org",
    "fund_phrases",
    "generic",
    "name_words",
    "same_fund",
]

HEADS = {"фонд", "инвестфонд"}
# "создание совместной инвестиционной компании": a vehicle for investing, created as a fund is
VEHICLES = {"компания", "платформа"}
CREATING = {"создание", "создать", "учредить", "учреждение", "создавать"}
ABBREVIATION = re.compile(r"\s*[(/]\s*([A-ZА-ЯЁ]{2,6})\s*[)/]")


@dataclass(frozen=True)
class FundPhrase:
    first: int
    last: int
    label: str
    mention: Mention
    head: int = -1


def _vehicle(sent: Sent, i: int) -> bool:
    """An investment company or platform that the text creates ("о создании совместно с X
    инвестиционной компании"): a fund by another name; not one that exists and acts."""
    if sent.lemma(i) not in VEHICLES or sent.lemma(i - 1) != "инвестиционный":
        return False
    head = sent.tokens[i].head
    return 0 <= head < len(sent.tokens) and sent.lemma(head) in CREATING


def fund_phrases(sent: Sent) -> list[FundPhrase]:
    out = []
    for i, token in enumerate(sent.tokens):
        if token.lemma not in HEADS and not _vehicle(sent, i):
            continue
        first, sized = i, None
        while first > 0 and (
            sent.tokens[first - 1].pos == "ADJ"
            or countries_word(sent, first - 1)
            or _in_money(sent, first - 1)
        ):
            first -= 1
            if sized is None and _in_money(sent, first):
                sized = first + 1  # "$1-миллиардный фонд": its size, not its name
        named_from = first if sized is None else sized
        last = i + 1
        while last < len(sent.tokens):
            t = sent.tokens[last]
            if t.pos in {"ADJ", "NOUN", "PROPN"} and t.feat("Case") == "Gen":
                last += 1
            elif (
                t.lemma == "и"
                and last + 1 < len(sent.tokens)
                and (
                    sent.tokens[last + 1].feat("Case") == "Gen"
                    and sent.tokens[last + 1].pos == "NOUN"
                    and sent.tokens[last + 1].lemma not in HEADS  # "... и фонда развития X"
                )
                and last > i + 1
            ):
                last += 1  # "Фонд реконструкции и развития Узбекистана"
            else:
                break
        # the head and its adjectives in the nominative; the genitive after it as written
        # ("фонд прямых инвестиций", which a normaliser may spoil)
        label = sent.phrase(named_from, i + 1)
        if last > i + 1:
            label += (
                " "
                + sent.text[
                    sent.tokens[i + 1].start - sent.start : sent.tokens[last - 1].stop - sent.start
                ]
            )
        if named_from == 0:
            label = label[:1].lower() + label[1:]
        # "инвестфонд" is how headlines shorten "инвестиционный фонд": one name, written out
        label = re.sub(r"(?i)\bинвестфонд\b", "инвестиционный фонд", label)
        mention = Mention(
            "fund", label, sent.index, sent.tokens[first].start, sent.tokens[last - 1].stop
        )
        out.append(FundPhrase(first, last, label, mention, i))
    return out


def _in_money(sent: Sent, k: int) -> bool:
    token = sent.tokens[k]
    return any(m.start <= token.start and token.stop <= m.stop for m in sent.money)


def countries_word(sent: Sent, k: int) -> bool:
    """ "Узбекско-Кыргызский", whatever part of speech the tagger gave it."""
    return bool(gazetteer().split_compound_adjective(sent.tokens[k].text))


def name_words(label: str) -> set[str]:
    words = set()
    for w in label.lower().replace("ё", "е").split():
        if w.startswith("инвестфонд"):
            words |= {"инвес", "фонд"}  # "инвестфонд" is "инвестиционный фонд"
        elif w.startswith("совместн"):
            # "совместный фонд X" is the joint fund's full name without its countries
            continue
        else:
            words.add(w[:5])
    return words


def same_fund(a: str, b: str) -> bool:
    return name_words(a) <= name_words(b) or name_words(b) <= name_words(a)


def generic(phrase: FundPhrase, sent: Sent) -> bool:
    """ "фонд", "совместный инвестиционный фонд", "этого фонда": no name of its own."""
    words = range(phrase.first, phrase.last)
    return phrase.last == phrase.head + 1 and all(
        sent.tokens[k].pos != "PROPN" and "-" not in sent.tokens[k].text for k in words
    )


class FundMemory:
    """The fund the article last created, and the abbreviations it defines ("Российский
    фонд прямых инвестиций /РФПИ/")."""

    def __init__(self, sents: Sequence[Sent]) -> None:
        self.fund: Mention | None = None
        self.since = -10
        self.capital = False
        self.abbreviations: dict[str, Mention] = {}
        self.renamed: dict[str, Mention] = {}
        self.founders: set[str] = set()
        for sent in sents:
            for phrase in fund_phrases(sent):
                found = ABBREVIATION.match(sent.text, phrase.mention.stop - sent.start)
                if found:
                    self.abbreviations[found.group(1)] = as_org(phrase)

    def recent(self, sent: Sent) -> bool:
        return self.fund is not None and sent.index - self.since <= 2


def as_org(phrase: FundPhrase) -> Mention:
    m = phrase.mention
    return Mention("org", m.label[:1].upper() + m.label[1:], m.sentence, m.start, m.stop)
