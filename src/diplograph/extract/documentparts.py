"""Documents told as parts or members of a signing the sentence before told: "Документ
состоит из трех соглашений: о тарифах, о персонале и о налогах", "Пакет включает
соглашение о ... и протокол о ...", "Одно из них – контракт о поставке ...".

The sentence right after a signing names what that signing held: the parts of the document
("состоит из", "включает") or one of the documents it counted ("одно из них", "один из этих
документов"). Each is a document signed with that signing, by its signatories, on its date.
Parts given by their topics alone ("из трех соглашений: о X, о Y") take the kind the
sentence counts ("Соглашение о X").
"""

from __future__ import annotations

from ..records import Mention
from .context import Sent
from .documentlists import listed_documents, named_documents
from .documents import DOCUMENTS, document_mention, document_span

__all__ = ["members_of_set", "parts_of_signing"]

# "состоит из", "включает", "включает в себя": the document's parts
HOLDING = {"состоять", "включать"}
MEMBER = {"один", "одна", "одно"}
DASHES = {"—", "–", "-", ":"}
# "Среди них есть и ...", "В их число вошли ...", "Среди них были ..."
LINKS = {"есть", "быть", "и", "также", "войти", "оказаться", "стать", "значиться"}


def parts_of_signing(sent: Sent) -> list[Mention]:
    """The documents a sentence names as the parts or members of the signing before it."""
    return _members(sent) or _among(sent) or _parts(sent)


def members_of_set(sent: Sent) -> list[Mention]:
    """ "Среди соглашений есть и протокол о ...": the documents of a kind named among the
    documents of that kind (not "среди них", which needs the set right before)."""
    if sent.lemma(0) != "среди" or sent.lemma(1) not in DOCUMENTS:
        return []
    return [m for m in _among(sent) if sent.lemma(sent.token_at(m.start)) in DOCUMENTS]


def _among(sent: Sent) -> list[Mention]:
    """ "Среди них – договор о ...", "В их числе соглашение о ... и меморандум о ...", "В их
    число вошли ...", "Среди соглашений есть и протокол о ...": the sentence opens on the
    set the signing counted and names its members."""
    k = 0
    while k < len(sent.tokens) and sent.tokens[k].pos in {"CCONJ", "ADV", "PUNCT"}:
        k += 1
    lemmas = [sent.lemma(i) for i in range(k, k + 3)]
    if lemmas[0] == "среди" and (lemmas[1] == "они" or lemmas[1] in DOCUMENTS):
        k += 2
    elif lemmas[:3] in (["в", "они", "число"], ["в", "их", "число"]):
        k += 3
    else:
        return []
    if sent.lemma(k - 1) in DOCUMENTS and sent.tokens[k - 1].feat("Number") != "Plur":
        return []
    while k < len(sent.tokens) and (
        sent.lemma(k) in LINKS or sent.tokens[k].text in DASHES or sent.tokens[k].pos == "AUX"
    ):
        k += 1
    if k >= len(sent.tokens) or any(t.pos == "VERB" for t in sent.tokens[k:]):
        return []
    return [m for m in named_documents(sent, k) if " " in m.label]


def _members(sent: Sent) -> list[Mention]:
    """ "Одно из них – контракт о ...", "Один из этих документов – меморандум о ...": the
    sentence opens on one of the counted documents and names it after a dash or "стать"."""
    k = 0
    while k < len(sent.tokens) and sent.tokens[k].pos in {"CCONJ", "ADV", "PUNCT"}:
        k += 1
    if sent.lemma(k) not in MEMBER or sent.lemma(k + 1) != "из":
        return []
    referent = next(
        (j for j in range(k + 2, min(k + 5, len(sent.tokens))) if sent.tokens[j].pos != "DET"),
        None,
    )
    if referent is None or sent.lemma(referent) not in {"они", *DOCUMENTS}:
        return []
    for j in range(referent + 1, min(referent + 5, len(sent.tokens))):
        if sent.lemma(j) in DOCUMENTS - {"документ"} and sent.tokens[j].pos == "NOUN":
            told = any(
                sent.tokens[i].text in DASHES or sent.lemma(i) in {"стать", "являться", "быть"}
                for i in range(referent + 1, j)
            )
            if told:
                first, last = document_span(sent, j)
                return [document_mention(sent, j, first, last)]
    return []


def _parts(sent: Sent) -> list[Mention]:
    """ "Документ состоит из трех соглашений: о X, о Y и о Z", "включает соглашение о X и
    протокол о Y"."""
    verb = next((i for i, t in enumerate(sent.tokens) if t.lemma in HOLDING), None)
    whole = DOCUMENTS | {"он", "она", "оно"}
    if verb is None or not any(sent.lemma(i) in whole for i in range(verb)):
        return []
    kind = next(
        (
            j
            for j in range(verb + 1, min(verb + 6, len(sent.tokens)))
            if sent.lemma(j) in DOCUMENTS and sent.tokens[j].pos == "NOUN"
        ),
        None,
    )
    if kind is None:
        return []
    topics = _topics(sent, kind + 1)
    if topics:
        name = sent.lemma(kind).capitalize()
        return [
            Mention(
                "document",
                f"{name} {_text(sent, a, b)}",
                sent.index,
                sent.tokens[a].start,
                sent.tokens[b - 1].stop,
            )
            for a, b in topics
        ]
    listed = listed_documents(sent, verb, None)
    if listed:
        return listed
    if sent.tokens[kind].feat("Number") == "Plur":
        return []  # "из трех соглашений" alone names none of them
    first, _ = document_span(sent, kind)
    return [m for m in named_documents(sent, first) if " " in m.label]


def _topics(sent: Sent, k: int) -> list[tuple[int, int]]:
    """ ": о X, о Y и о Z": the spans "о X", "о Y", "о Z"; none unless there are two."""
    while k < len(sent.tokens) and sent.tokens[k].text in DASHES | {","}:
        k += 1
    starts: list[int] = []
    for i in range(k, len(sent.tokens)):
        opens = sent.lemma(i) in {"о", "об"}
        if opens and (i == k or sent.lemma(i - 1) in {",", "и", "а"}):
            starts.append(i)
        elif sent.tokens[i].pos == "VERB" or sent.tokens[i].text in {";", "."}:
            break
    if len(starts) < 2 or starts[0] != k:
        return []
    spans = []
    for a, b in zip(starts, [*starts[1:], None], strict=True):
        stop = b - 1 if b is not None else _end(sent, a)
        while stop > a + 1 and sent.tokens[stop - 1].pos in {"PUNCT", "CCONJ"}:
            stop -= 1
        spans.append((a, stop))
    return spans


def _end(sent: Sent, a: int) -> int:
    for i in range(a, len(sent.tokens)):
        if sent.tokens[i].pos == "VERB" or sent.tokens[i].text in {";", "."}:
            return i
    return len(sent.tokens)


def _text(sent: Sent, a: int, b: int) -> str:
    return sent.text[sent.tokens[a].start - sent.start : sent.tokens[b - 1].stop - sent.start]
