"""Make examples/countries.ttl: ISO 3166 codes and English names of the gazetteer's countries,
keyed by their Wikidata IRIs, so that one SPARQL query can join a diplograph graph with it.

    .venv/bin/pip install pycountry && .venv/bin/python scripts/build_countries_extract.py

A small open-data extract of our own making: the codes come from pycountry (ISO 3166-1), the
Wikidata IRIs from the gazetteer (each verified against a public table, see its source column).
"""

from __future__ import annotations

from pathlib import Path

import pycountry
from rdflib import RDF, Graph, Literal, Namespace, URIRef

from diplograph.data.gazetteer import gazetteer

ISO = Namespace("https://w3id.org/diplograph/examples/iso3166#")
SCHEMA = Namespace("https://schema.org/")
OUT = Path(__file__).resolve().parents[1] / "examples" / "countries.ttl"


def main() -> None:
    graph = Graph()
    graph.bind("iso", ISO)
    graph.bind("schema", SCHEMA)
    graph.bind("wd", "http://www.wikidata.org/entity/")
    for place in gazetteer().places():
        if place.kind != "country" or not place.wikidata or not place.iso:
            continue
        country = pycountry.countries.get(alpha_2=place.iso)
        if country is None:
            continue
        node = URIRef(f"http://www.wikidata.org/entity/{place.wikidata}")
        graph.add((node, RDF.type, SCHEMA.Country))
        graph.add((node, SCHEMA.name, Literal(country.name, lang="en")))
        graph.add((node, ISO.alpha2, Literal(country.alpha_2)))
        graph.add((node, ISO.alpha3, Literal(country.alpha_3)))
        graph.add((node, ISO.numeric, Literal(country.numeric)))
    text = graph.serialize(format="turtle")
    header = (
        "# ISO 3166-1 codes of the gazetteer's countries, keyed by Wikidata IRIs.\n"
        "# Made by scripts/build_countries_extract.py from pycountry and the gazetteer.\n"
    )
    OUT.write_text(header + text, encoding="utf-8")
    print(f"{len(graph)} triples -> {OUT}")


if __name__ == "__main__":
    main()
