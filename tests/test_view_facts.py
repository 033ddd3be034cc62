"""What the page knows of a fact: the countries it is between, its time, its disagreements."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS
from test_view import DG, DGR, ID, graph

from diplograph.view.facts import DISAGREES, disagreements, entity_countries, fact_ends, when
from diplograph.view.model import build_model


def local(ids: tuple[str, ...]) -> set[str]:
    return {i.removeprefix(DGR) for i in ids}


@pytest.mark.parametrize(
    ("entity", "countries"),
    [
        ("georgia", {"georgia"}),  # a country is its own
        ("tbilisi", {"georgia"}),  # a city: its dg:country
        ("poti", {"georgia"}),  # a port: where it lies
        ("abashidze", {"georgia"}),  # a person: the country of the post they hold
        ("guest", set()),  # nobody says where the guest is from
        ("fm", set()),  # a post is no one's country
    ],
)
def test_entity_countries(entity: str, countries: set[str]) -> None:
    assert local(entity_countries(build_model(graph()))[DGR + entity]) == countries


def test_a_port_in_a_city_belongs_to_the_city_s_country() -> None:
    g = graph()
    g.add((ID.batumi, RDF.type, DG.City))
    g.add((ID.batumi, DG.country, ID.georgia))
    g.add((ID.port2, RDF.type, DG.Port))
    g.add((ID.port2, DG.locatedIn, ID.batumi))
    assert local(entity_countries(build_model(g))[DGR + "port2"]) == {"georgia"}


def test_a_fact_is_between_what_it_links_and_their_countries() -> None:
    ends = fact_ends(build_model(graph()))
    assert local(ends[DGR + "trade-1"]) == {"georgia", "armenia"}
    # the talks name two people and a city, no country: the city's and the host's post's
    assert local(ends[DGR + "meeting-1"]) == {"abashidze", "guest", "tbilisi", "georgia"}
    assert local(ends[DGR + "post-1"]) == {"abashidze", "fm", "georgia"}
    assert DGR + "georgia" not in ends  # entities have no ends


def test_disagreement_reads_both_ways_whichever_way_it_is_stated() -> None:
    g = graph()
    g.add((ID["trade-2"], RDF.type, DG.TradeFigure))
    g.add((ID["trade-2"], DG.country, ID.georgia))
    g.add((ID["trade-2"], DG.amount, Literal(750_000_000)))
    g.add((ID["trade-2"], URIRef(DISAGREES), ID["trade-1"]))
    model = build_model(g)
    assert disagreements(model) == {
        DGR + "trade-1": (DGR + "trade-2",),
        DGR + "trade-2": (DGR + "trade-1",),
    }
    assert disagreements(build_model(graph())) == {}


def test_a_fact_without_a_label_keeps_its_raw_values() -> None:
    g = graph()
    g.add((ID["trade-1"], RDFS.label, Literal("Товарооборот: Грузия, Армения", lang="ru")))
    raw = dict(build_model(g).nodes[DGR + "trade-1"].raw)
    assert raw["indicator"] == "turnover" and raw["comparison"] == "more_than"
    assert raw["period"] == "2023" and raw["currency"] == "USD"
    assert float(raw["amount"]) == 900_000_000


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"date": "2024-05-14"}, "2024-05-14"),
        ({"period": "2024-01/2024-06"}, "2024-01/2024-06"),
        ({"date": "2024-05", "period": "2023"}, "2024-05"),  # a date is when it happened
        ({"amount": "5"}, ""),
    ],
)
def test_when(raw: dict[str, str], expected: str) -> None:
    assert when(raw) == expected
