"""Goods exported or to be exported: "Казахстан готов увеличить экспорт в Азербайджан ... как
зерно, масличные культуры, рис и ячмень"; "импорт турецкого текстиля"."""

from __future__ import annotations

from collections.abc import Iterable

from ..lexicon import lexicon
from ..records import Fact, Mention
from .context import Sent

__all__ = ["find_exports"]

EXPORT = {"экспорт", "экспортировать", "поставка", "поставлять", "поставить", "вывоз", "экспортный"}
IMPORT = {"импорт", "импортировать", "ввоз", "закупка", "закупать"}
PLANNED = {
    "готовый",
    "готов",
    "планировать",
    "намереваться",
    "намерен",
    "увеличить",
    "нарастить",
    "расширить",
    "начать",
    "рассматривать",
    "предложить",
    "стремиться",
    "возможность",
}


def _goods(sent: Sent) -> list[Mention]:
    table = lexicon().commodities
    out: list[Mention] = []
    seen = set()
    i = 0
    while i < len(sent.tokens):
        pair = f"{sent.lemma(i)} {sent.lemma(i + 1)}"
        for key, size in ((pair, 2), (sent.lemma(i), 1)):
            if key in table and sent.tokens[i].pos in {"NOUN", "ADJ"} and table[key] not in seen:
                token = sent.tokens[i + size - 1]
                seen.add(table[key])
                out.append(
                    Mention("commodity", table[key], sent.index, sent.tokens[i].start, token.stop)
                )
                i += size - 1
                break
        i += 1
    return out


def find_exports(sent: Sent) -> Iterable[Fact]:
    cue = next((i for i, t in enumerate(sent.tokens) if t.lemma in EXPORT | IMPORT), None)
    if cue is None:
        return
    goods = _goods(sent)
    if not goods:
        return
    importing = sent.lemma(cue) in IMPORT
    countries = sent.names_of("country")
    before = [n for n in countries if n.last <= cue]
    after = [n for n in countries if n.first > cue]
    subject = before[-1].mention if before else None
    other = None
    for named in after:
        word = sent.lemma(named.first - 1)
        if (importing and word == "из") or (not importing and word in {"в", "на"}):
            other = named.mention
            break
    if other is None and after:
        other = after[0].mention
    exporter, importer = (other, subject) if importing else (subject, other)
    if exporter is None:
        return
    planned = any(t.lemma in PLANNED or t.feat("Tense") == "Fut" for t in sent.tokens)
    roles: list[tuple[str, Mention]] = [("exporter", exporter)]
    if importer is not None and importer.key != exporter.key:
        roles.append(("importer", importer))
    for good in goods:
        yield Fact(
            "export",
            (*roles, ("commodity", good)),
            (("status", "planned" if planned else "actual"),),
            (sent.index,),
            "export-goods",
        )
