"""Signed documents: "главы МИД подписали План совместных действий", "было подписано
соглашение о ...", "стороны подписали меморандум о взаимопонимании"."""

from __future__ import annotations

from ..records import Fact, Mention
from .context import Named, Sent

__all__ = ["DOCUMENTS", "find_signing"]

SIGN = {"подписать", "подписание", "подписывать", "подписанный", "заключить", "парафировать"}
DOCUMENTS = {
    "план",
    "соглашение",
    "меморандум",
    "договор",
    "протокол",
    "карта",
    "программа",
    "декларация",
    "заявление",
    "коммюнике",
    "контракт",
    "конвенция",
    "хартия",
    "документ",
    "договоренность",
    "устав",
    "пакет",
}
STOP = {"по", "между", "в", "на", "с", ",", "."}


def find_signing(sent: Sent, roles: list[Named]) -> Fact | None:
    cue = next((i for i, t in enumerate(sent.tokens) if t.lemma in SIGN), None)
    if cue is None:
        return None
    head = next(
        (i for i in range(len(sent.tokens)) if sent.lemma(i) in DOCUMENTS and abs(i - cue) <= 8),
        None,
    )
    if head is None:
        return None
    first = head
    while first > 0 and sent.tokens[first - 1].pos == "ADJ":
        first -= 1
    last = head + 1
    while last < len(sent.tokens):
        token = sent.tokens[last]
        if token.lemma == "о" or token.lemma == "об":  # "меморандум о взаимопонимании"
            last += 1
            continue
        if token.pos in {"ADJ", "NOUN", "PROPN"} and (
            token.feat("Case") in {"Gen", "Loc"} or sent.tokens[last - 1].lemma in {"о", "об"}
        ):
            last += 1
            continue
        break
    label = sent.phrase(first, last)
    label = label[:1].upper() + label[1:]
    document = Mention(
        "document", label, sent.index, sent.tokens[first].start, sent.tokens[last - 1].stop
    )
    signers: list[Mention] = [n.mention for n in sent.names_of("person")]
    signers += [n.mention for n in roles if n.mention.sentence == sent.index]
    if not signers:
        signers = [n.mention for n in sent.names_of("country")]
    out: list[tuple[str, Mention]] = [("document", document)]
    out += [("signatory", m) for m in signers]
    values: list[tuple[str, str]] = []
    dates = [d.value for d in sent.dates]
    periods = [d for d in dates if "/" in d]
    points = [d for d in dates if "/" not in d]
    if points:
        values.append(("date", points[0]))
    if periods:
        values.append(("period", periods[0]))
    return Fact("signing", tuple(out), tuple(values), (sent.index,), "signing-verb")
