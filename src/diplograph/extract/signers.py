"""Who of the people of a signing's clause signs: not those who look on ("в присутствии
президентов"), hold the talks or visit during which it is signed ("в ходе переговоров X с
Y"), nor a role whose names follow it ("его коллеги – X и Y")."""

from __future__ import annotations

from .context import Named, Sent
from .tree import Tree

__all__ = ["WITNESSES", "titles", "witness"]

WITNESSES = {"присутствие", "участие"}


def witness(sent: Sent, tree: Tree, person: Named) -> bool:
    """ "в присутствии президентов", "в ходе визита президента": not said to sign. The case
    says it where the tree is unsure: who signs a passive is in the instrumental ("подписано
    X и Y"), who looks on in the genitive after the witness word."""
    case = sent.tokens[person.first].feat("Case")
    passive = any(t.rel == "nsubj:pass" for t in sent.tokens)
    ancestors = tree.ancestors(person.first)[:3]
    # "подписан в ходе переговоров X с Y": who holds the talks is not said to sign
    if any(sent.lemma(k) in WITNESSES | {"визит", "переговоры", "поездка"} for k in ancestors):
        if case == "Nom" and not passive:
            return False  # "По итогам переговоров X и Y подписали": the parse hung them wrong
        joined = _with(sent, person.first)
        return not (passive and case == "Ins" and not joined)
    k = person.first - 1
    while k >= 0 and sent.tokens[k].pos in {"NOUN", "PROPN", "ADJ"}:
        if sent.lemma(k) in WITNESSES:
            return case == "Gen"
        k -= 1
    return False


def _with(sent: Sent, k: int) -> bool:
    """ "с его казахстанским коллегой X": the person, titles and all, follows "с"."""
    for j in range(k - 1, max(-1, k - 6), -1):
        if sent.lemma(j) == "с":
            return True
        if sent.tokens[j].pos not in {"NOUN", "ADJ", "DET", "PRON", "PROPN"}:
            return False
    return False


def titles(role: Named, people: list[Named]) -> bool:
    """ "его коллеги – X и Y": a role followed by the names it titles is not another signer."""
    return any(role.last <= p.first <= role.last + 2 for p in people)
