"""A predicate's arguments, read off the dependency parse (Natasha's syntax, UD relations).

The fact rules name the roles of a predicate by what the parse says of its dependents rather
than by word order, so one rule covers "X продает Y уголь", "уголь X продает Y" and
"X готов продавать Y уголь":
- `subjects`: nsubj / nsubj:pass, or those of the governing verb when the predicate is an
  infinitive it controls ("Казахстан готов поставлять", "стороны намерены создать");
- `objects`: obj; `datives`: iobj, or a bare dative ("продает Кыргызстану");
- `obliques`: a dependent under a preposition ("до Актау", "через территорию Грузии");
- each expands over its conjuncts ("уголь, газ и воды" is three objects).
"""

from __future__ import annotations

from collections.abc import Iterable

from .context import Sent

__all__ = [
    "children",
    "conjuncts",
    "datives",
    "governor",
    "objects",
    "obliques",
    "preposition",
    "subjects",
    "subtree",
]

SUBJECT = {"nsubj", "nsubj:pass"}
# an infinitive or predicate adjective whose subject is its governor's ("готов поставлять")
CONTROLLED = {"xcomp", "csubj", "ccomp"}


def children(sent: Sent, i: int, *rels: str) -> list[int]:
    return [k for k, t in enumerate(sent.tokens) if t.head == i and (not rels or t.rel in rels)]


def conjuncts(sent: Sent, i: int) -> list[int]:
    """i and the words coordinated with it, in order ("уголь, газ и воды")."""
    out = [i]
    k = 0
    while k < len(out):
        out += [c for c in children(sent, out[k], "conj") if c not in out]
        k += 1
    return sorted(out)


def subtree(sent: Sent, i: int) -> tuple[int, int]:
    """The token range [first, last) that i and its dependents span."""
    first = last = i
    stack, seen = [i], {i}
    while stack:
        k = stack.pop()
        first, last = min(first, k), max(last, k)
        for c in children(sent, k):
            if c not in seen:  # a parser's cycle must not loop
                seen.add(c)
                stack.append(c)
    return first, last + 1


def governor(sent: Sent, i: int) -> int:
    """The predicate a word's clause hangs on: itself, or its head while it is controlled."""
    seen = 0
    while sent.tokens[i].rel in CONTROLLED | {"conj"} and sent.tokens[i].head >= 0 and seen < 5:
        if sent.tokens[i].rel == "conj" and children(sent, i, *SUBJECT):
            break
        i = sent.tokens[i].head
        seen += 1
    return i


def subjects(sent: Sent, i: int) -> list[int]:
    """The subjects of predicate i, climbing through the verbs that control it."""
    seen = 0
    while True:
        own = children(sent, i, *SUBJECT)
        if own:
            return [c for s in own for c in conjuncts(sent, s)]
        token = sent.tokens[i]
        if token.rel not in CONTROLLED | {"conj"} or token.head < 0 or seen >= 5:
            return []
        i = token.head
        seen += 1


def objects(sent: Sent, i: int) -> list[int]:
    return [c for o in children(sent, i, "obj") for c in conjuncts(sent, o)]


def preposition(sent: Sent, i: int) -> str:
    """The lemma of the preposition governing word i, or ''."""
    for k in children(sent, i, "case"):
        return sent.tokens[k].lemma
    return ""


def datives(sent: Sent, i: int) -> list[int]:
    """The recipient: iobj, or a dependent in the dative with no preposition."""
    out = []
    for k in children(sent, i):
        token = sent.tokens[k]
        if token.rel == "iobj" or (
            token.feat("Case") == "Dat"
            and token.pos in {"NOUN", "PROPN"}
            and not preposition(sent, k)
            and token.rel not in SUBJECT | {"obj", "conj"}
        ):
            out += conjuncts(sent, k)
    return out


def obliques(sent: Sent, i: int, *prepositions: str) -> Iterable[tuple[str, int]]:
    """(preposition, word) of each dependent of i under one of `prepositions`, conjuncts
    included ("через Узбекистан и Казахстан")."""
    for k in children(sent, i):
        prep = preposition(sent, k)
        if prep and (not prepositions or prep in prepositions):
            for c in conjuncts(sent, k):
                yield prep, c
