"""Infrastructure: ports, terminals, cables, railways, pipelines, corridors.

An object is a noun phrase headed by a word of data/infrastructure.tsv ("зерновой терминал",
"морской торговый порт Алят", "фибероптический кабель"); what follows it says where it is
("в Баку", "в порту Алят", "по дну Каспийского моря") and what it connects ("между Баку и
Актау", "из Актау в Баку", "Баку – Тбилиси – Карс").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..lexicon import lexicon
from ..records import Fact, Mention
from .context import Named, Sent

__all__ = ["Structure", "find_structures", "structure_facts"]

PLACES = ("city", "country", "water", "region", "place")
WHERE = {"в", "на", "у", "возле", "близ"}
ALONG = {"по", "через", "вдоль"}


@dataclass(frozen=True)
class Structure:
    first: int
    last: int
    mention: Mention


def _head(sent: Sent, i: int) -> tuple[str, int] | None:
    """The ontology class and length of an infrastructure head at token i."""
    table = lexicon().infrastructure
    pair = f"{sent.lemma(i)} {sent.lemma(i + 1)}"
    if pair in table:
        return table[pair], 2
    if sent.lemma(i) in table and sent.tokens[i].pos in {"NOUN", "PROPN"}:
        return table[sent.lemma(i)], 1
    return None


def find_structures(sent: Sent) -> list[Structure]:
    out = []
    i = 0
    while i < len(sent.tokens):
        head = _head(sent, i)
        if head is None:
            i += 1
            continue
        cls, size = head
        first = i
        while (
            first > 0 and sent.tokens[first - 1].pos == "ADJ" and not _is_country(sent, first - 1)
        ):
            first -= 1
        last = i + size
        named = False
        # a proper name in apposition: "порт Алят", "терминал «Восток»"
        name = sent.name_at(last, *PLACES)
        if name is not None and sent.tokens[last].feat("Case") in {
            "Nom",
            None,
            sent.tokens[i].feat("Case"),
        }:
            last = name.last
            named = True
        elif last < len(sent.tokens) and sent.tokens[last].text == "«":
            close = next(
                (j for j in range(last, len(sent.tokens)) if sent.tokens[j].text == "»"), None
            )
            if close is not None and close - last <= 6:
                last = close + 1
                named = True
        plural = sent.tokens[i].feat("Number") == "Plur"
        has_adj = first < i
        if (plural and not named) or not (has_adj or named or size == 2 or _located(sent, last)):
            i = last
            continue
        label = sent.phrase(first, last)
        label = label[:1].lower() + label[1:] if not named or first < i else label
        mention = Mention(
            "infrastructure",
            label,
            sent.index,
            sent.tokens[first].start,
            sent.tokens[last - 1].stop,
            subtype=cls,
        )
        out.append(Structure(first, last, mention))
        i = last
    return out


def _is_country(sent: Sent, i: int) -> bool:
    return any(n.first <= i < n.last for n in sent.names_of("country"))


def _located(sent: Sent, i: int) -> bool:
    return sent.lemma(i) in WHERE | ALONG | {"между", "из"}


def structure_facts(sent: Sent, structures: list[Structure]) -> Iterable[Fact]:
    """Where each object is and what it connects, read from the words after it."""
    by_first = {s.first: s for s in structures}
    for k, structure in enumerate(structures):
        stop = structures[k + 1].first if k + 1 < len(structures) else len(sent.tokens)
        roles: list[tuple[str, Mention]] = [("object", structure.mention)]
        i = structure.last
        located = False
        while i < len(sent.tokens):
            word = sent.lemma(i)
            token = sent.tokens[i]
            if token.pos in {"VERB", "PUNCT"} and token.text not in {"–", "—", "-"}:
                break
            if word in WHERE and not located:
                inner = by_first.get(i + 1)
                if inner is not None:
                    roles.append(("place", inner.mention))
                    located = True
                    break
                place = _place_after(sent, i + 1)
                if place is not None:
                    roles.append(("place", place.mention))
                    located = True
                    i = place.last
                    continue
            if word in ALONG:
                j = i + 1
                while (
                    j < len(sent.tokens)
                    and sent.tokens[j].pos == "NOUN"
                    and sent.lemma(j) in {"дно", "акватория", "территория"}
                ):
                    j += 1
                place = _place_after(sent, j)
                if place is not None:
                    roles.append(("place", place.mention))
                    located = True
                    i = place.last
                    continue
            if word == "между" or word == "из":
                ends = _places_from(sent, i + 1, stop)
                roles += [("connects", p.mention) for p in ends]
                if ends:
                    i = ends[-1].last
                    continue
            if word in {"–", "—", "-"}:
                ends = _places_from(sent, i + 1, stop)
                roles += [("connects", p.mention) for p in ends]
            if i >= stop and i > structure.last + 8:
                break
            i += 1
        yield Fact("infrastructure", tuple(roles), (), (sent.index,), "infrastructure-phrase")


def _place_after(sent: Sent, i: int) -> Named | None:
    return sent.name_at(i, *PLACES)


def _places_from(sent: Sent, i: int, stop: int) -> list[Named]:
    """Places joined by "и", "в", dashes or commas: "Баку и Актау", "Актау в Баку"."""
    out = []
    while i < len(sent.tokens):
        place = _place_after(sent, i)
        if place is None:
            break
        out.append(place)
        i = place.last
        if i < len(sent.tokens) and sent.lemma(i) in {"и", "в", "до", "–", "—", "-", ","}:
            i += 1
            continue
        break
    return out
