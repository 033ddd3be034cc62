"""The words that head an infrastructure object: a word or a pair of the table
(data/infrastructure.tsv), the short "ж/д", a section word named by its ends ("участок Решт
– Астара"), and a rare loanword the lemmatiser left inflected ("хаба").
"""

from __future__ import annotations

from ..data.lexicon import lexicon
from .context import Sent
from .routes import PLACES, own_name

__all__ = ["head_at", "kind_lemma", "railway_short"]

# words for a stretch of a route: an object only with a name of the places it runs between
# ("участок Решт – Астара", "ветка Джизак – Бекабад"); alone they are too vague
SECTIONS = {"участок", "линия", "ветка", "отрезок"}
SECTION_KINDS = {"железнодорожный": "Railway", "автомобильный": "Road", "автодорожный": "Road"}


# case endings of a masculine noun: "хаба", "хабом", "хабов"
ENDINGS = ("ами", "ах", "ам", "ом", "ов", "а", "у", "е", "ы")


def kind_lemma(sent: Sent, i: int) -> str:
    """The lemma of token i, or the head word of the table a rare loanword inflects when
    the lemmatiser left it as written ("хаба" for "хаб")."""
    lemma = sent.lemma(i)
    table = lexicon().infrastructure
    if lemma in table or i >= len(sent.tokens) or lemma != sent.tokens[i].text.lower():
        return lemma
    for ending in ENDINGS:
        stem = lemma[: -len(ending)]
        if lemma.endswith(ending) and len(stem) >= 3 and stem in table and stem[-1] not in "аяоеь":
            return stem
    return lemma


def head_at(sent: Sent, i: int) -> tuple[str, int] | None:
    """The ontology class and length of an infrastructure head at token i."""
    table = lexicon().infrastructure
    if railway_short(sent, i):
        # "ж/д линия Решт – Астара": the short form qualifies the section word after it
        return "Railway", 4 if _section(sent, i + 3) else 3
    pair = f"{sent.lemma(i)} {kind_lemma(sent, i + 1)}"
    if pair in table:
        return table[pair], 2
    lemma = kind_lemma(sent, i)
    # a word the lemmatiser did not know, or one a noun's relation shows the tagger took
    # for an adjective ("Автодорога ... является"), is still a noun
    noun = sent.tokens[i].pos in {"NOUN", "PROPN"} or lemma != sent.lemma(i)
    if lemma in table and (noun or sent.tokens[i].rel in {"nsubj", "nsubj:pass", "obj"}):
        return table[lemma], 1
    if _section(sent, i):
        return SECTION_KINDS.get(sent.lemma(i - 1), "Corridor"), 1
    return None


def _section(sent: Sent, i: int) -> bool:
    """ "участок Решт – Астара": a section word named by the places at its ends, one of
    them a place the gazetteer or the tagger knows."""
    if sent.lemma(i) not in SECTIONS or sent.tokens[i].pos != "NOUN":
        return False
    own = own_name(sent, i + 1)
    if own is None or len(own.connects) < 2:
        return False
    return any(n.mention.key or sent.name_at(n.first, *PLACES) for n in own.connects)


def railway_short(sent: Sent, i: int) -> bool:
    """ "ж/д": the short form of "железная дорога" news writes, three tokens to the tagger."""
    words = [sent.tokens[k].text.lower() for k in range(i, min(i + 3, len(sent.tokens)))]
    return words == ["ж", "/", "д"]
