"""Signings told more than once: one document signed in two sentences is one signing; a
document told first unsigned and later in full with its signatories is that one; documents
only counted give rows only for signatories who signed nothing named."""

from __future__ import annotations

from dataclasses import replace

from ..records import Fact
from .names import same_person

__all__ = ["merged", "restated", "unnamed"]


def merged(facts: list[Fact]) -> list[Fact]:
    """One document signed in two sentences ("В Пекине подписано соглашение ... Документ
    подписали ...") is one signing, with all its signatories."""
    out: dict[str, Fact] = {}
    for fact in facts:
        key = fact.role("document")[0].label.lower()
        seen = out.get(key)
        if seen is None:
            out[key] = fact
            continue
        roles = tuple(dict.fromkeys((*seen.roles, *(r for r in fact.roles if r[0] != "document"))))
        values = tuple(
            dict.fromkeys(
                (*seen.values, *(v for v in fact.values if v[0] not in dict(seen.values)))
            )
        )
        out[key] = replace(
            seen,
            roles=roles,
            values=values,
            sentences=tuple(sorted({*seen.sentences, *fact.sentences})),
            confidence=max(seen.confidence, fact.confidence),
        )
    return list(out.values())


def _words(label: str) -> set[str]:
    return {w[:5] for w in label.lower().replace("ё", "е").split() if len(w) > 2}


def restated(facts: list[Fact]) -> list[Fact]:
    """ "Подписан меморандум о взаимопонимании. Меморандум о взаимопонимании ... комиссии
    подписали министр X и министр Y": the document told first, unsigned, then told in full
    with its signatories further on, is that document."""
    signed = [f for f in facts if f.role("signatory")]
    out: list[Fact] = []
    for fact in facts:
        label = fact.role("document")[0].label
        fuller = next(
            (
                g
                for g in signed
                if g is not fact
                and not fact.role("signatory")
                and label.split()[0].lower() == g.role("document")[0].label.split()[0].lower()
                and _words(label) <= _words(g.role("document")[0].label)
                and g.sentences[0] >= fact.sentences[0]
            ),
            None,
        )
        if fuller is None and not _told_before(fact, out):
            out.append(fact)
    return out


def _told_before(fact: Fact, earlier: list[Fact]) -> bool:
    """ "подписали декларацию о строительстве газопровода ... Подписание декларации по
    строительству газопровода между X и Y": a document nobody is said to sign, told again
    with fewer or more words, is the one told first."""
    label = fact.role("document")[0].label
    # "меморандум о взаимопонимании" is many documents: a name of three words or more is one
    return not fact.role("signatory") and any(
        g.sentences[0] < fact.sentences[0]
        and label.split()[0].lower() == g.role("document")[0].label.split()[0].lower()
        and len(shared := _words(label) & _words(g.role("document")[0].label)) >= 3
        and shared in (_words(label), _words(g.role("document")[0].label))
        for g in earlier
    )


def unnamed(counted: list[Fact], named: list[Fact]) -> list[Fact]:
    """Documents only counted: a row per named signatory, unless the article names what
    those people signed."""
    signed = [m.label for f in named for m in f.role("signatory")]
    return [
        f
        for f in counted
        if f.role("signatory")
        and not all(any(same_person(m.label, s) for s in signed) for m in f.role("signatory"))
    ]
