"""A capital standing for its country's government: "попросил Ашхабад увеличить поставки",
"Астана готова нарастить экспорт"; never the place something happens in ("в Пекине")."""

from __future__ import annotations

from ..data.gazetteer import gazetteer
from .context import Named, Sent, place_mention

__all__ = ["CAPITALS", "acting_capitals"]

# capitals that news names for their governments: "попросил Ашхабад увеличить поставки",
# "Вашингтон ввел пошлины"; names that are also common words or people stay out (Лима, Сантьяго)
CAPITALS = frozenset(
    {
        "abu-dhabi",
        "abuja",
        "addis-ababa",
        "amman",
        "ankara",
        "ashgabat",
        "astana",
        "athens",
        "baghdad",
        "baku",
        "bangkok",
        "beijing",
        "beirut",
        "belgrade",
        "berlin",
        "bishkek",
        "bogota",
        "brasilia",
        "bucharest",
        "budapest",
        "buenos-aires",
        "cairo",
        "canberra",
        "caracas",
        "chisinau",
        "damascus",
        "doha",
        "dushanbe",
        "hanoi",
        "harare",
        "havana",
        "islamabad",
        "jakarta",
        "kabul",
        "kuala-lumpur",
        "kyiv",
        "london",
        "manila",
        "minsk",
        "moscow",
        "muscat",
        "nairobi",
        "new-delhi",
        "ottawa",
        "paris",
        "pretoria",
        "pyongyang",
        "riga",
        "riyadh",
        "rome",
        "seoul",
        "sofia",
        "tallinn",
        "tashkent",
        "tbilisi",
        "tehran",
        "tokyo",
        "ulaanbaatar",
        "vienna",
        "vilnius",
        "warsaw",
        "washington",
        "yerevan",
    }
)


def acting_capitals(sent: Sent, lo: int, hi: int) -> list[Named]:
    """A capital that acts, as subject or object, not a place ("в Ашхабаде", "из Баку"):
    its country."""
    out = []
    for named in sent.names_of("city"):
        key = named.mention.key
        if key not in CAPITALS or not (lo <= named.first and named.last <= hi):
            continue
        # "поставит Каракасу тракторы": a capital in the dative receives
        if sent.tokens[named.first].feat("Case") not in {"Nom", "Acc", "Dat"}:
            continue
        if named.first > 0 and sent.tokens[named.first - 1].pos == "ADP":
            continue
        city = gazetteer().by_key(key)
        country = gazetteer().by_key(city.country) if city is not None else None
        if country is None:
            continue
        mention = named.mention
        own = place_mention(country, mention.sentence, mention.start, mention.stop)
        out.append(Named(named.first, named.last, own))
    return out
