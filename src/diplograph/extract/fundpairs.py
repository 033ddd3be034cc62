"""Bilateral funds told as a set: "X создал совместные двусторонние фонды с Y, Z и W" is one
fund per partner, each named as such funds are named, by the two countries' adjectives
("X-ский инвестиционный фонд" with Y), and founded by the two of them.

The set is a plural fund word with a joint adjective ("совместные", "двусторонние"); the
country named before it is the one that creates them all, those after it its partners.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..data.gazetteer import gazetteer
from ..records import Fact, Mention
from .context import Sent

__all__ = ["bilateral"]

JOINT = {"совместный", "общий", "двусторонний"}
ENDINGS = ("ий", "ый", "ой")


def bilateral(facts: list[Fact], sents: Sequence[Sent]) -> list[Fact]:
    """Each fact of a plural set of joint funds split into one fact per partner."""
    by_index = {sent.index: sent for sent in sents}
    out: list[Fact] = []
    for fact in facts:
        fund = fact.role("fund")[0] if fact.role("fund") else None
        sent = by_index.get(fund.sentence) if fund is not None else None
        split = _split(fact, fund, sent) if fund is not None and sent is not None else []
        out += split or [fact]
    return out


def _split(fact: Fact, fund: Mention, sent: Sent) -> list[Fact]:
    first, stop = sent.token_at(fund.start), sent.token_at(fund.stop)
    words = range(first, stop)
    head = next((k for k in reversed(words) if sent.tokens[k].pos == "NOUN"), None)
    if head is None or sent.tokens[head].feat("Number") != "Plur":
        return []
    if not any(sent.lemma(k) in JOINT for k in words):
        return []
    founders = fact.role("founder")
    if any(f.kind != "country" or f.sentence != sent.index for f in founders):
        return []
    creators = [f for f in founders if f.stop <= fund.start]
    partners = [f for f in founders if f.start >= fund.stop]
    if len(creators) != 1 or len(partners) < 2:
        return []
    kept = [
        sent.lemma(k)
        for k in words
        if k != head and sent.tokens[k].pos == "ADJ" and sent.lemma(k) not in JOINT
    ]
    first_part = _adjective(creators[0])
    out = []
    for partner in partners:
        second = _adjective(partner)
        if not first_part or not second:
            return []
        combining = first_part[: -len(ENDINGS[0])] + "о"
        label = " ".join([f"{combining.capitalize()}-{second}", *kept, sent.lemma(head)])
        mention = replace(fund, label=label)
        roles = (("fund", mention), ("founder", creators[0]), ("founder", partner))
        out.append(replace(fact, roles=roles))
    return out


def _adjective(country: Mention) -> str | None:
    """The country's adjective as its name is spelled ("Кыргызстан" -> "кыргызский")."""
    place = gazetteer().by_key(country.key) if country.key else None
    if place is None:
        return None
    label = country.label.lower()
    return next(
        (
            a
            for a in place.adjectives
            if a.endswith(ENDINGS) and a[:3] == label[:3] and " " not in a
        ),
        None,
    )
