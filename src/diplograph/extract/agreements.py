"""Signed documents: "главы МИД подписали План совместных действий", "было подписано
соглашение о ...", "стороны подписали меморандум о взаимопонимании"."""

from __future__ import annotations

from decimal import Decimal

from ..records import Fact, Mention
from .context import Named, Sent

__all__ = ["DOCUMENTS", "find_signings"]

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
PLANNING = {
    "планировать",
    "планироваться",
    "намереваться",
    "предстоять",
    "готовиться",
    "собираться",
    "договориться",
    "подготовить",
    "рассчитывать",
    "намерен",
}
# who signs when the sentence names nobody: the people of the talks ("Министры подписали")
SIDES = {
    "министр",
    "сопредседатель",
    "сторона",
    "глава",
    "руководитель",
    "вице-премьер",
    "премьер",
    "президент",
    "лидер",
    "делегация",
    "они",
    "стороны",
    "участник",
}
TOPIC_NOUNS = {"область", "сфера", "рамка", "направление", "отрасль", "часть"}


def _document(sent: Sent, head: int) -> tuple[int, int]:
    """The token range of a document's name around its head word."""
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
        # the tagger's case is sometimes wrong ("протокол заседания" as Acc); the tree is not
        attached = token.rel in {"nmod", "amod", "flat", "appos"} and first <= token.head < last
        if token.pos in {"ADJ", "NOUN", "PROPN"} and (
            token.feat("Case") in {"Gen", "Loc", "Dat"}
            or sent.tokens[last - 1].lemma in {"о", "об"}
            or attached
        ):
            last += 1
            continue
        following = sent.tokens[last + 1] if last + 1 < len(sent.tokens) else None
        if (
            token.lemma == "и"
            and following is not None
            and following.pos in {"NOUN", "ADJ"}
            and (following.feat("Case") == sent.tokens[last - 1].feat("Case"))
        ):
            last += 1  # "о строительстве и эксплуатации"
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
    return first, last


def _not_yet(sent: Sent, cue: int) -> bool:
    """ "подготовить к подписанию", "планируется подписать", "будет подписан": not signed yet."""
    token = sent.tokens[cue]
    if sent.lemma(cue - 1) == "к" or token.feat("Tense") == "Fut":
        return True
    if token.feat("VerbForm") == "Inf" and sent.has(*PLANNING):
        return True
    return sent.has("будет", "предстоять") and token.feat("VerbForm") in {"Part", "Inf"}


def find_signings(sent: Sent, roles: list[Named]) -> list[Fact]:
    """Every document the sentence says was signed: "подписали меморандум о ... и дорожную
    карту по ..." gives two."""
    cue = next((i for i, t in enumerate(sent.tokens) if t.lemma in SIGN), None)
    if cue is None or _not_yet(sent, cue):
        return []
    documents: list[Mention] = []
    i = max(0, cue - 8)
    while i < min(len(sent.tokens), cue + 30):
        if sent.lemma(i) in DOCUMENTS and (abs(i - cue) <= 8 or documents):
            first, last = _document(sent, i)
            # the name up to its head word in the nominative, what follows as written:
            # "Меморандума о сотрудничестве в сфере энергетики" -> "Меморандум о сотрудничестве..."
            label = sent.phrase(first, i + 1)
            if last > i + 1:
                tail = sent.text[
                    sent.tokens[i + 1].start - sent.start : sent.tokens[last - 1].stop - sent.start
                ]
                label = f"{label} {tail}"
            label = label[:1].upper() + label[1:]
            documents.append(
                Mention(
                    "document",
                    label,
                    sent.index,
                    sent.tokens[first].start,
                    sent.tokens[last - 1].stop,
                )
            )
            i = last
            # another document follows only after "и" or a comma
            if sent.lemma(i) not in {"и", ","}:
                break
            continue
        i += 1
    if not documents:
        return []
    signers: list[Mention] = [n.mention for n in sent.names_of("person")]
    signers += [n.mention for n in roles if n.mention.sentence == sent.index]
    sides = not signers and any(sent.lemma(i) in SIDES for i in range(0, cue))
    if not signers and not sides:
        signers = [n.mention for n in sent.names_of("country")]
    values: list[tuple[str, str]] = [("sides", "yes")] if sides else []
    dates = [d.value for d in sent.dates]
    periods = [d for d in dates if "/" in d]
    points = [d for d in dates if "/" not in d]
    if points:
        values.append(("date", points[0]))
    if periods:
        values.append(("period", periods[0]))
    return [
        Fact(
            "signing",
            (("document", document), *(("signatory", m) for m in signers)),
            tuple(values),
            (sent.index,),
            "signing-verb",
            Decimal("0.7") if sides or not signers else Decimal("0.9"),
        )
        for document in documents
    ]
