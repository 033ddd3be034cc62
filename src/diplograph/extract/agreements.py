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
    "договоренность",
    "устав",
}
STOP = {"по", "между", "в", "на", "с", ",", "."}
TOPIC_NOUNS = {"область", "сфера", "рамка", "направление", "отрасль", "часть"}


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
        # "меморандум о взаимопонимании в области морских перевозок", "дорожная карта по
        # расширению сотрудничества"; "по итогам", "в ходе" begin something else
        if (
            token.lemma in {"о", "об"}
            or (token.lemma in {"в", "по"} and sent.lemma(last + 1) in TOPIC_NOUNS)
            or (
                token.lemma == "по"
                and sent.tokens[last + 1 : last + 2]
                and (
                    sent.tokens[last + 1].feat("Case") == "Dat"
                    and sent.lemma(last + 1) not in {"итог"}
                )
            )
        ):
            last += 1
            continue
        if token.pos in {"ADJ", "NOUN", "PROPN"} and (
            token.feat("Case") in {"Gen", "Loc", "Dat"}
            or sent.tokens[last - 1].lemma in {"о", "об"}
        ):
            last += 1
            continue
        if token.text in {"–", "—", "-"} and sent.name_at(last + 1) is not None:
            last += 1  # "железной дороги Решт – Астара"
            continue
        if token.text == "«":
            close = next(
                (j for j in range(last, len(sent.tokens)) if sent.tokens[j].text == "»"), None
            )
            if close is not None and close - last <= 8:
                last = close + 1
                continue
        break
    while last - 1 > head and sent.tokens[last - 1].lemma in {"в", "по", "о", "об", "–", "—", "-"}:
        last -= 1
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
