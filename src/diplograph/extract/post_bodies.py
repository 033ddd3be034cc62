"""The country of a post whose title names a body the reader knows the country of: a national
company or parliament news names alone ("глава Газпрома", "председатель Мажилиса"), or a body
of a town or region ("председатель Гомельского облисполкома", "губернатор Астраханской
области": the town's country)."""

from __future__ import annotations

from functools import cache

from ..data.gazetteer import Place, gazetteer
from ..data.towns import towns
from ..records import Mention
from .bodies import body_country, words
from .context import place_mention
from .titles import Title

__all__ = ["known_body"]

# adjective endings a town's name takes: "гомельского" (Гомель), "минского" (Минск),
# "астраханской" (Астрахань)
ENDINGS = ("ского", "скому", "ским", "ском", "ская", "ской", "скую", "ское", "ские", "ских", "ский")


def _town_country(word: str) -> str | None:
    """The country of the town or region an adjective names ("гомельского" -> Беларусь)."""
    known = gazetteer().by_adjective(word) if word.endswith(ENDINGS) else None
    if known is not None and known.kind in {"region", "city"} and known.country:
        return known.country  # "московского" is Moscow's before any town "Москов"
    for ending in ENDINGS:
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        for name in (f"{stem}ск", stem, f"{stem}ь"):
            town = towns().by_name(name) if len(name) >= 4 else None
            place = gazetteer().by_key(town.key) if town is not None else None
            if place is not None and place.country:
                return place.country
        place = gazetteer().by_adjective(word)
        if place is not None and place.kind in {"region", "city"} and place.country:
            return place.country
    return None


@cache
def _english_names() -> dict[str, str]:
    """Countries by their English name, as companies written in Latin script carry them
    ("Uzbekistan Airways", "Kazakhstan Temir Zholy")."""
    places = gazetteer().places()
    return {p.label_en.lower(): p.key for p in places if p.kind == "country" and p.label_en}


def _named_in_latin(text: list[str]) -> str | None:
    return next((_english_names()[w] for w in text if w in _english_names()), None)


def _city_named(word: str) -> str | None:
    """The country of a city a body's name ends on in the genitive ("ассоциации
    предпринимателей Тегерана", "хокимията Ташкента")."""
    for name in (word[:-1], f"{word[:-1]}ь", f"{word[:-1]}а") if len(word) > 4 else ():
        place = gazetteer().by_name(name)
        if place is not None and place.kind == "city" and place.country:
            return place.country
    return None


def known_body(title: Title, sentence: int) -> Mention | None:
    """The country of the body a title names, when the reader knows it without being told."""
    text = [w for o in title.orgs[:1] for w in words(o.label)] + words(title.label)[1:]
    key = (
        body_country(text)
        or body_country(text, "regions.tsv")
        or next((c for w in text if (c := _town_country(w))), None)
        or _named_in_latin(text)
        or next((c for w in [o for o in text if o[-1:] in "аыи"] if (c := _city_named(w))), None)
    )
    place: Place | None = gazetteer().by_key(key) if key else None
    if place is None or place.kind != "country":
        return None
    return place_mention(place, sentence, 0, 0)
