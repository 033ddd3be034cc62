"""The world's towns by their Cyrillic names, and the country each lies in (towns.tsv).

The hand-kept gazetteer knows a few hundred cities with their ids; a railway in Vietnam or a
port in Somalia runs through towns it lacks. This table, derived from GeoNames by
scripts/build_towns.py, answers one question about a name the tagger already read as a place:
which country is it in? The gazetteer asks it (``Gazetteer.by_town``) only after its own
entries, and only for places: "Королёв" the town never turns Королёв the person into a place.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import NamedTuple

__all__ = ["TOWN_PREFIX", "Town", "Towns", "towns"]

TOWN_PREFIX = "town-"  # "town-152224", "town-152224-1": its GeoNames id and spelling


class Town(NamedTuple):
    key: str
    name: str  # as GeoNames spells it in Cyrillic, and as the text did
    iso: str  # the ISO 3166-1 code of its country


class Towns:
    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        """``rows``: (name, ISO country code, GeoNames id), in the table's order."""
        self._by_name: dict[str, Town] = {}
        self._by_key: dict[str, Town] = {}
        spellings: dict[str, int] = {}
        for name, iso, geonames in rows:
            # each spelling is its own entry, labelled as the text spells the town ("Вьентьян",
            # not another language's "Вентян")
            n = spellings[geonames] = spellings.get(geonames, -1) + 1
            town = Town(f"{TOWN_PREFIX}{geonames}" + (f"-{n}" if n else ""), name, iso)
            self._by_key[town.key] = town
            # the names are plain words (build_towns.py): their lookup key is their case fold
            self._by_name.setdefault(name.casefold().replace("ё", "е"), town)

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

    def by_name(self, key: str) -> Town | None:
        """The town whose name, normalised as the gazetteer does, is ``key``."""
        return self._by_name.get(key)

    def by_key(self, key: str) -> Town | None:
        return self._by_key.get(key)


@lru_cache(maxsize=1)
def towns() -> Towns:
    """The packaged towns table, loaded once per process (on the first town asked for)."""
    return Towns.load()
