"""An object's code spelled by the places it joins.

News names a route by the initials of the countries or towns it joins ("газопровод ТАПИ"
for Туркменистан – Афганистан – Пакистан – Индия, "БТК" for Баку – Тбилиси – Карс) and
elsewhere tells it as a plain head word with those places ("газопровод, соединяющий ...").
An object with no name of its own whose ends, in order, spell an object's code is that
object.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..records import Fact, Mention

__all__ = ["spelled_codes"]

SPELLED = "infrastructure-code"
CODE = re.compile(r"(?<![\w-])([A-ZА-ЯЁ]{3,6})(?![\w-])")


def _code(label: str) -> str | None:
    codes = CODE.findall(label)
    return codes[0].upper().replace("Ё", "Е") if len(codes) == 1 else None


def _initials(ends: list[Mention]) -> str:
    return "".join(m.label[:1].upper() for m in ends).replace("Ё", "Е")


def _named(label: str) -> bool:
    """A label with a name of its own: a capital, a quote or a digit after its head."""
    return any(w[:1].isupper() or w[:1] in '«"“„' or w[:1].isdigit() for w in label.split()[1:])


def spelled_codes(facts: list[Fact]) -> list[Fact]:
    """Each unnamed object whose ends spell the code of one object of its kind put under
    that object (see the module docstring)."""
    coded: dict[str, list[Mention]] = {}
    for fact in facts:
        if fact.kind != "infrastructure" or not fact.role("object"):
            continue
        mention = fact.role("object")[0]
        code = _code(mention.label)
        if code is not None and mention not in coded.setdefault(code, []):
            coded[code].append(mention)
    if not coded:
        return facts
    alias: dict[str, Mention] = {}
    spelling: set[int] = set()
    for n, fact in enumerate(facts):
        if fact.kind != "infrastructure" or not fact.role("object"):
            continue
        mention = fact.role("object")[0]
        ends = fact.role("connects")
        if _named(mention.label) or len(ends) < 3:
            continue
        spelled = coded.get(_initials(ends), [])
        fits = {m.label: m for m in spelled if m.subtype == mention.subtype}
        if len(fits) == 1:
            alias[mention.label] = next(iter(fits.values()))
            spelling.add(n)
    if not alias:
        return facts
    out = []
    for n, fact in enumerate(facts):
        if fact.kind == "infrastructure":
            fact = replace(fact, roles=tuple((r, _renamed(m, alias)) for r, m in fact.roles))
        if n in spelling:
            # ends read from who builds it are the ends its code spells
            fact = replace(fact, rule=SPELLED, confidence=max(fact.confidence, Decimal("0.8")))
        out.append(fact)
    return out


def _renamed(mention: Mention, alias: dict[str, Mention]) -> Mention:
    if mention.kind != "infrastructure":
        return mention
    return alias.get(mention.label, mention)
