"""Goods told as the part of a flow they make up: "основу экспорта составили масло и кофе",
"в структуре импорта преобладают машины", "наш экспорт составляют тракторы"; or as what a
flow holds: "большая доля закупок включала рис и чай"."""

from __future__ import annotations

from .context import Sent
from .frames import children, subtree
from .goods import goods_after

__all__ = ["share_goods"]


# verbs saying what part of a flow goods make up: "основу экспорта составили масло и кофе",
# "в структуре импорта преобладают машины", "в объеме импорта масло составляет 65%"
SHARE_VERBS = {
    "составлять",
    "составить",
    "формировать",
    "сформировать",
    "занимать",
    "преобладать",
    "доминировать",
    # "в список экспорта входят алюминий и хлопок": what a list of the flow holds
    "входить",
    "войти",
}


# verbs saying what a flow holds, the flow (or a part of it) their subject and the goods
# their object: "поставки включали рис и чай", "импорт охватывает станки"
CONTENT_VERBS = {"включать", "включить", "охватывать", "охватить"}


def share_goods(sent: Sent, cue: int) -> list[tuple[int, int, int | None]]:
    """The goods a flow noun is made of, told as the subject of a verb saying what part of
    the flow they are: the flow noun hangs on the verb's object or oblique ("основу экспорта",
    "в объеме импорта"), the goods are its subject."""
    noun = sent.tokens[cue].head
    held = _held_goods(sent, cue) or _sent_out(sent, cue)
    if held:
        return held
    if sent.tokens[cue].rel in {"nsubj", "obj"}:
        verb = noun  # "наш экспорт составляют тракторы": the flow noun is the argument
    elif sent.tokens[cue].rel == "nmod" and noun >= 0 and sent.tokens[noun].rel in {"obj", "obl"}:
        verb = sent.tokens[noun].head
    else:
        return []
    if verb < 0 or sent.lemma(verb) not in SHARE_VERBS:
        return []
    # the parser may take a subject after the verb for a second object
    for subject in children(sent, verb, "nsubj", "obj"):
        first, last = subtree(sent, subject)
        case = sent.tokens[subject].feat("Case") or "Nom"
        if not first <= cue < last and case in {"Nom", "Acc"}:
            spans = goods_after(sent, first, last, case)
            if spans:
                return spans
    return []


def _held_goods(sent: Sent, cue: int) -> list[tuple[int, int, int | None]]:
    """The object of a verb saying what the flow holds, the flow noun its subject or the
    genitive of its subject ("основная часть поставок включала пшеницу")."""
    subject = cue
    if sent.tokens[cue].rel == "nmod" and sent.tokens[cue].head >= 0:
        subject = sent.tokens[cue].head  # "часть поставок", "доля экспорта"
    verb = sent.tokens[subject].head
    if sent.tokens[subject].rel != "nsubj" or verb < 0 or sent.lemma(verb) not in CONTENT_VERBS:
        return []
    for goods in children(sent, verb, "obj"):
        first, last = subtree(sent, goods)
        spans = goods_after(sent, first, last, sent.tokens[goods].feat("Case") or "Acc")
        if spans:
            return spans
    return []


def _sent_out(sent: Sent, cue: int) -> list[tuple[int, int, int | None]]:
    """ "на экспорт" said of goods: the noun it hangs on ("перевалка нефтепродуктов на
    экспорт") or the object of its verb ("отправить зерно на экспорт")."""
    if sent.lemma(cue - 1) != "на" or sent.lemma(cue) != "экспорт" or sent.tokens[cue].head < 0:
        return []
    head = sent.tokens[cue].head
    # "перевалка нефтепродуктов на экспорт": the genitive of the noun; "зерна на экспорт"
    of = [
        k for k in children(sent, head, "nmod") if k < cue and sent.tokens[k].feat("Case") == "Gen"
    ]
    found = children(sent, head, "obj") if sent.tokens[head].pos == "VERB" else [*of, head]
    for goods in found:
        first, last = subtree(sent, goods)
        spans = goods_after(
            sent, first, min(last, cue - 1), sent.tokens[goods].feat("Case") or "Acc"
        )
        if spans:
            return spans
    return []
