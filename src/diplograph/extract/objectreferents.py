"""A place word with no name that stands for a place named before.

"договорились о создании в республике железнодорожного участка", "создание на острове
терминала": news names the island or the country once and then says "на острове", "в
республике". An object no statement places, with such a word right before or after it,
stands in the place the word refers to: the latest place the text named after the same word
("на острове Калимантан"), or, for a country's words, the latest country named before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..records import Fact, Mention
from .context import Sent
from .routes import PLACES

__all__ = ["placed_by_word"]

WHERE = {"в", "на"}
COUNTRY_WORDS = {"республика", "страна"}
PLACE_WORDS = {"остров", "полуостров", "провинция", "область", "штат", "город"}


def _word_near(sent: Sent, mention: Mention) -> int | None:
    """The index of a bare place word right before ("в республике участка") or right after
    ("терминал на острове") the object, with no name of its own."""
    tokens = sent.tokens
    first = next((k for k, t in enumerate(tokens) if t.start == mention.start), None)
    last = next((k for k, t in enumerate(tokens) if t.stop == mention.stop), None)
    if first is None or last is None:
        return None
    words = COUNTRY_WORDS | PLACE_WORDS
    for k in (first - 1, last + 2):
        if not 0 < k < len(tokens) or sent.lemma(k - 1) not in WHERE:
            continue
        bare = sent.name_at(k + 1, *PLACES) is None
        if sent.lemma(k) in words and tokens[k].feat("Case") == "Loc" and bare:
            return k
    return None


def _referent(sents: Sequence[Sent], at: int, k: int) -> Mention | None:
    """The latest place before word k of sentence `at` that the word can stand for."""
    word = sents[at].lemma(k)
    for sent in reversed(sents[: at + 1]):
        names = [n for n in sent.names if sent.index < at or n.last <= k]
        for named in reversed(names):
            if word in COUNTRY_WORDS and named.mention.kind == "country":
                return named.mention
            if word in PLACE_WORDS and sent.lemma(named.first - 1) == word:
                return named.mention
    return None


def placed_by_word(facts: list[Fact], sents: Sequence[Sent]) -> list[Fact]:
    """Each object no statement places, placed where a bare place word beside it refers."""
    by_index = {s.index: n for n, s in enumerate(sents)}
    placed = {
        m.label
        for f in facts
        if f.kind == "infrastructure" and f.role("place")
        for m in f.role("object")
    }
    chosen: dict[str, Mention] = {}
    for fact in facts:
        objects = fact.role("object") if fact.kind == "infrastructure" else []
        if not objects or objects[0].label in placed or objects[0].label in chosen:
            continue
        mention = objects[0]
        at = by_index.get(mention.sentence)
        k = _word_near(sents[at], mention) if at is not None else None
        if at is None or k is None:
            continue
        referent = _referent(sents, at, k)
        if referent is not None:
            chosen[mention.label] = referent
    if not chosen:
        return facts
    out = []
    for fact in facts:
        objects = fact.role("object") if fact.kind == "infrastructure" else []
        label = objects[0].label if objects else ""
        if label in chosen:
            fact = replace(fact, roles=(*fact.roles, ("place", chosen.pop(label))))
        out.append(fact)
    return out
